import Foundation

/// An amount of money in đồng as officers write it, read in one place for the Desk's
/// forms, the command line's options, the paper imports (CSV, TOML) and the offline forms
/// (no I/O). The grammar (docs/IMPORT.md, "Amounts"):
///
/// - digits: `120000000`;
/// - grouped by three with dots (Vietnamese), commas (English) or spaces: `120.000.000`,
///   `120,000,000`, `120 000 000`, the first group of one to three digits;
/// - a decimal part that is zero, after the other mark: `1500000.00`, `1.500.000,00`,
///   `1,500,000.00`, `1 500 000,00`. One mark followed by exactly three digits after one
///   to three digits is a group (`1.500` and `1,500` are 1.500 đồng); after more digits it
///   is refused as ambiguous (`1500.000`);
/// - a number and a word: `120 triệu`, `1,2 tỷ`, `500 nghìn` (`ngàn`, `tỉ` too), whose
///   decimal mark is a comma (or a dot followed by one or two digits: `1.5 tỷ`);
/// - each optionally followed by `đồng`, `đ`, `d`, `₫`, `VND` or `VNĐ`.
///
/// Anything else is refused, never read as its digits: "120 triệu" is not 120 đồng,
/// "1.500.000,50" is not a whole number of đồng, "-5" is negative, and nothing above
/// `maximum` is an amount.
public enum MoneyAmount {
    /// Why a text is not an amount.
    public enum Problem: Error, Sendable, Hashable {
        /// Not one of the forms, or ambiguous ("1500.000", "12.34.567").
        case notAnAmount
        /// A decimal part that is not zero: đồng have none ("1500000.50", "1,5").
        case fraction
        /// A minus sign or an accountant's parentheses.
        case negative
        /// Above `maximum`.
        case tooLarge
    }

    /// The largest amount accepted: 999.999.999.999.999 đồng. Every amount below it is
    /// exact in a JSON reader's double, and no ward's proposal comes near it.
    public static let maximum: Int64 = 999_999_999_999_999

    /// Why a text is not an amount, to show beside the field or on the command line.
    public static func problem(_ text: String) -> Localized {
        guard case .failure(let problem) = read(text) else { return problem(text, .notAnAmount) }
        return Self.problem(text, problem)
    }

    /// The message of one problem.
    public static func problem(_ text: String, _ problem: Problem) -> Localized {
        switch problem {
        case .notAnAmount:
            Localized(vi: "Số tiền không hợp lệ: \"\(text)\". Ghi theo dạng 120.000.000, 120000000, 120 triệu hoặc 1,2 tỷ",
                      en: "Not an amount: \"\(text)\". Write it as 120.000.000, 120000000, 120 triệu or 1,2 tỷ")
        case .fraction:
            Localized(vi: "Số tiền không hợp lệ: \"\(text)\". Số tiền tính bằng đồng, không có phần lẻ",
                      en: "Not an amount: \"\(text)\". Amounts are in whole đồng, with no fractional part")
        case .negative:
            Localized(vi: "Số tiền không hợp lệ: \"\(text)\". Số tiền không được âm",
                      en: "Not an amount: \"\(text)\". An amount cannot be negative")
        case .tooLarge:
            Localized(vi: "Số tiền không hợp lệ: \"\(text)\". Số tiền không được quá \(format(maximum))",
                      en: "Not an amount: \"\(text)\". An amount cannot exceed \(format(maximum))")
        }
    }

    static let words: [(String, Int64)] = [
        ("nghìn", 1_000), ("ngàn", 1_000), ("triệu", 1_000_000), ("tỷ", 1_000_000_000), ("tỉ", 1_000_000_000),
    ]

    /// The currency written after an amount, alone or stuck to it.
    static let currencies = ["đồng", "vnđ", "vnd", "đ", "₫", "d"]

    /// The amount in đồng, or nil when the text is not one of the forms above (or is
    /// negative, fractional in đồng, or beyond `maximum`).
    public static func parse(_ text: String) -> Int64? {
        try? read(text).get()
    }

    /// The amount in đồng, or why the text is not one.
    public static func read(_ text: String) -> Result<Int64, Problem> {
        var s = text.precomposedStringWithCanonicalMapping.lowercased()
            .replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
            .replacingOccurrences(of: "\t", with: " ").trimmingCharacters(in: .whitespaces)
        for currency in currencies where s.hasSuffix(currency) {
            let rest = s.dropLast(currency.count)
            // A letter stuck to the currency is a word ("trieud"), not an amount and a currency.
            guard let last = rest.last, last == " " || last.isASCII && (last.isNumber || last == "." || last == ",") else { continue }
            s = rest.trimmingCharacters(in: .whitespaces)
            break
        }
        if s.hasPrefix("-") || s.hasPrefix("\u{2212}") || (s.hasPrefix("(") && s.hasSuffix(")") && s.count > 2) {
            let inner = s.hasPrefix("(") ? String(s.dropFirst().dropLast()) : String(s.dropFirst())
            return unsigned(inner.trimmingCharacters(in: .whitespaces)).flatMap { _ in .failure(.negative) }
        }
        return unsigned(s)
    }

    /// A number with no sign, and perhaps a word: "1 500 000,00", "1,2 tỷ".
    static func unsigned(_ s: String) -> Result<Int64, Problem> {
        var parts = s.split(separator: " ").map(String.init)
        var scale: Int64 = 1
        if let last = parts.last, parts.count > 1, let word = words.first(where: { $0.0 == last }) {
            scale = word.1
            parts.removeLast()
        }
        guard let number = spaceGrouped(parts) else { return .failure(.notAnAmount) }
        let result = scale == 1 ? plain(number) : scaled(number, by: scale)
        return result.flatMap { $0 > maximum ? .failure(.tooLarge) : .success($0) }
    }

    /// The words of a number grouped by spaces, joined: "1" "500" "000,00" → "1500000,00";
    /// nil when the groups are not of three digits after a first of one to three.
    static func spaceGrouped(_ parts: [String]) -> String? {
        guard let first = parts.first else { return nil }
        if parts.count == 1 { return first }
        guard isDigits(first), first.count <= 3 else { return nil }
        for part in parts.dropFirst().dropLast() where part.count != 3 || !isDigits(part) { return nil }
        let last = parts[parts.count - 1]
        let lastGroup = last.prefix(3)
        let rest = last.dropFirst(3)
        guard lastGroup.count == 3, isDigits(lastGroup) else { return nil }
        // Only a decimal part may follow the last group: "000,00", "000.00".
        if let mark = rest.first {
            guard mark == "." || mark == ",", isDigits(rest.dropFirst()) else { return nil }
        }
        return parts.joined()
    }

    /// "18.000.000 đồng": how an amount is written back (GLOSSARY: dot for thousands).
    public static func format(_ amount: Int64) -> String {
        grouped(String(amount)) + " đồng"
    }

    /// "18000000" → "18.000.000".
    public static func grouped(_ digits: String) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(".") }
            result.append(digit)
        }
        return result
    }

    // MARK: - The forms

    static func isDigits<S: StringProtocol>(_ s: S) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    /// Digits, or groups of three after a first group of one to three, separated by `mark`.
    static func groupedDigits(_ s: Substring, mark: Character) -> String? {
        let groups = s.split(separator: mark, omittingEmptySubsequences: false)
        guard let first = groups.first, isDigits(first), first.count <= (groups.count > 1 ? 3 : 18) else { return nil }
        for group in groups.dropFirst() where group.count != 3 || !isDigits(group) { return nil }
        return groups.joined()
    }

    /// Digits as a number, or too large.
    static func value(_ digits: String) -> Result<Int64, Problem> {
        guard let value = Int64(digits) else { return .failure(.tooLarge) }
        return .success(value)
    }

    /// A number with no word: digits, grouped digits, and a zero decimal part.
    static func plain(_ s: String) -> Result<Int64, Problem> {
        if isDigits(s) { return value(s) }
        let dots = s.filter { $0 == "." }.count
        let commas = s.filter { $0 == "," }.count
        let decimal: Character
        let group: Character
        switch (dots, commas) {
        case (0, 0):
            return .failure(.notAnAmount)
        case (_, 0) where dots > 1, (0, _) where commas > 1:
            // One mark several times: groups only ("1.500.000"; "1.500.000.00" is refused).
            let mark: Character = dots > 0 ? "." : ","
            guard let digits = groupedDigits(Substring(s), mark: mark) else { return .failure(.notAnAmount) }
            return value(digits)
        case (1, 0), (0, 1):
            let mark: Character = dots == 1 ? "." : ","
            let halves = s.split(separator: mark, omittingEmptySubsequences: false)
            let (whole, tail) = (halves[0], halves[1])
            guard isDigits(whole), isDigits(tail) else { return .failure(.notAnAmount) }
            if tail.count == 3 {
                // "1.500" and "1,500" are a thousand and a half; "1500.000" could be either.
                guard whole.count <= 3 else { return .failure(.notAnAmount) }
                return value(String(whole + tail))
            }
            guard tail.allSatisfy({ $0 == "0" }) else { return .failure(.fraction) }
            return value(String(whole))
        default:
            // Both marks: the last one is the decimal mark and comes once; the other groups.
            guard let lastMark = s.last(where: { $0 == "." || $0 == "," }) else { return .failure(.notAnAmount) }
            decimal = lastMark
            group = decimal == "." ? "," : "."
            let halves = s.split(separator: decimal, omittingEmptySubsequences: false)
            guard halves.count == 2, let digits = groupedDigits(halves[0], mark: group), isDigits(halves[1]) else {
                return .failure(.notAnAmount)
            }
            guard halves[1].allSatisfy({ $0 == "0" }) else { return .failure(.fraction) }
            return value(digits)
        }
    }

    /// A number times a word's scale: "120" "1,2" "1.500" "2,75" "1.5".
    static func scaled(_ s: String, by scale: Int64) -> Result<Int64, Problem> {
        var whole = Substring(s)
        var fraction = Substring("")
        if let comma = s.firstIndex(of: ",") {
            whole = s[..<comma]
            fraction = s[s.index(after: comma)...]
        } else if let dot = s.lastIndex(of: "."), s.filter({ $0 == "." }).count == 1, (1...2).contains(s.distance(from: dot, to: s.endIndex) - 1) {
            whole = s[..<dot]
            fraction = s[s.index(after: dot)...]
        }
        guard let wholeDigits = whole.contains(".") ? groupedDigits(whole, mark: ".") : (isDigits(whole) ? String(whole) : nil),
              fraction.isEmpty || isDigits(fraction), fraction.count <= 9 else { return .failure(.notAnAmount) }
        if !s.isEmpty, s.last == "," { return .failure(.notAnAmount) }
        // "1,500 triệu" reads as 1,5 triệu in Vietnamese and as 1.500 triệu in English:
        // a comma followed by exactly three digits before a word is refused, not guessed.
        if s.contains(","), fraction.count == 3 { return .failure(.notAnAmount) }
        guard let wholeValue = Int64(wholeDigits) else { return .failure(.tooLarge) }
        let (product, overflow) = wholeValue.multipliedReportingOverflow(by: scale)
        guard !overflow else { return .failure(.tooLarge) }
        var fractional: Int64 = 0
        if !fraction.isEmpty {
            // fraction × scale must be whole: "1,2 tỷ" = 1.200.000.000; "1,0000001 nghìn" is not.
            var denominator: Int64 = 1
            for _ in fraction { denominator *= 10 }
            guard let numerator = Int64(fraction) else { return .failure(.notAnAmount) }
            let (scaledNumerator, o2) = numerator.multipliedReportingOverflow(by: scale)
            guard !o2, scaledNumerator % denominator == 0 else { return .failure(.fraction) }
            fractional = scaledNumerator / denominator
        }
        let (total, o3) = product.addingReportingOverflow(fractional)
        return o3 ? .failure(.tooLarge) : .success(total)
    }
}
