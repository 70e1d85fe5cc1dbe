import Foundation

/// An amount of money in đồng as officers write it, read in one place for the Desk's
/// forms and the command line's options (no I/O):
///
/// - digits: `120000000`;
/// - grouped by three with dots (Vietnamese) or commas (English): `120.000.000`,
///   `120,000,000`, with a zero decimal part after the other mark: `1.500.000,00`,
///   `1,500,000.00`;
/// - a number and a word: `120 triệu`, `1,2 tỷ`, `500 nghìn` (`ngàn`, `tỉ` too), whose
///   decimal mark is a comma (or a dot followed by one or two digits: `1.5 tỷ`);
/// - each optionally followed by `đồng` or `đ`.
///
/// Anything else is refused, never read as its digits: "120 triệu" is not 120 đồng,
/// "1.500.000,50" is not a whole number of đồng.
public enum MoneyAmount {
    /// Why a text is not an amount, to show beside the field or on the command line.
    public static func problem(_ text: String) -> Localized {
        Localized(vi: "Số tiền không hợp lệ: \"\(text)\". Ghi theo dạng 120.000.000, 120000000, 120 triệu hoặc 1,2 tỷ",
                  en: "Not an amount: \"\(text)\". Write it as 120.000.000, 120000000, 120 triệu or 1,2 tỷ")
    }

    static let words: [(String, Int64)] = [
        ("nghìn", 1_000), ("ngàn", 1_000), ("triệu", 1_000_000), ("tỷ", 1_000_000_000), ("tỉ", 1_000_000_000),
    ]

    /// The amount in đồng, or nil when the text is not one of the forms above (or is
    /// negative, fractional in đồng, or beyond Int64).
    public static func parse(_ text: String) -> Int64? {
        var words = text.precomposedStringWithCanonicalMapping.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).map(String.init)
        if let last = words.last, ["đồng", "đ", "d"].contains(last), words.count > 1 { words.removeLast() }
        if let last = words.last, last.count > 1, last.hasSuffix("đ"), last.dropLast().allSatisfy({ $0.isASCII && $0.isNumber || $0 == "." || $0 == "," }) {
            words[words.count - 1] = String(last.dropLast())
        }
        switch words.count {
        case 1:
            return plain(words[0])
        case 2:
            guard let scale = Self.words.first(where: { $0.0 == words[1] })?.1 else { return nil }
            return scaled(words[0], by: scale)
        default:
            return nil
        }
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

    /// A number with no word: digits, grouped digits, and a zero decimal part.
    static func plain(_ s: String) -> Int64? {
        if isDigits(s) { return Int64(s) }
        for (group, decimal) in [(Character("."), Character(",")), (Character(","), Character("."))] {
            let parts = s.split(separator: decimal, omittingEmptySubsequences: false)
            guard parts.count <= 2 else { continue }
            if parts.count == 2 {
                guard isDigits(parts[1]), parts[1].allSatisfy({ $0 == "0" }) else { continue }
                // "1,000" is a thousand grouped, not one with three zero decimals.
                if parts[1].count == 3 && !parts[0].contains(group) { continue }
            }
            // "1.500" alone is grouped (1500); "1,5" alone is neither form here.
            if parts.count == 1 && !parts[0].contains(group) { continue }
            if let digits = groupedDigits(parts[0], mark: group) { return Int64(digits) }
        }
        return nil
    }

    /// A number times a word's scale: "120" "1,2" "1.500" "2,75" "1.5".
    static func scaled(_ s: String, by scale: Int64) -> Int64? {
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
              fraction.isEmpty || isDigits(fraction), fraction.count <= 9,
              let wholeValue = Int64(wholeDigits) else { return nil }
        if !s.isEmpty, s.last == "," { return nil }
        let (product, overflow) = wholeValue.multipliedReportingOverflow(by: scale)
        guard !overflow else { return nil }
        var fractional: Int64 = 0
        if !fraction.isEmpty {
            // fraction × scale must be whole: "1,2 tỷ" = 1.200.000.000; "1,0000001 nghìn" is not.
            var denominator: Int64 = 1
            for _ in fraction { denominator *= 10 }
            guard let numerator = Int64(fraction) else { return nil }
            let (scaledNumerator, o2) = numerator.multipliedReportingOverflow(by: scale)
            guard !o2, scaledNumerator % denominator == 0 else { return nil }
            fractional = scaledNumerator / denominator
        }
        let (total, o3) = product.addingReportingOverflow(fractional)
        return o3 ? nil : total
    }
}
