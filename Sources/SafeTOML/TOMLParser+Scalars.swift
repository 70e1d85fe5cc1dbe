extension Parser {
    /// A boolean, number or date-time: the run of characters up to the next delimiter,
    /// then read as a whole (a date and a time may be separated by one space).
    mutating func scalar() throws(TOMLError) -> TOMLValue {
        let start = pos
        while let c = current, Self.isScalarByte(c) { pos += 1 }
        // `1979-05-27 07:32:00`: a space between a full date and a time.
        if pos - start == 10, current == 0x20, let h1 = at(pos + 1), let h2 = at(pos + 2), at(pos + 3) == 0x3A,
           Self.isDigit(h1), Self.isDigit(h2), at(start + 4) == 0x2D {
            pos += 1
            while let c = current, Self.isScalarByte(c) { pos += 1 }
        }
        let token = Array(b[start..<pos])
        guard !token.isEmpty else {
            if let c = current, let problem = unexpected(c) { throw fail(problem) }
            throw fail(.expectedValue)
        }
        if token == Array("true".utf8) { return .bool(true) }
        if token == Array("false".utf8) { return .bool(false) }
        if token.contains(0x3A) || (token.count >= 10 && token[4] == 0x2D && Self.isDigit(token[0])) {
            var reader = DateTimeReader(token)
            guard let value = reader.read() else { throw fail(.badDateTime) }
            return value
        }
        return try number(token)
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    static func isScalarByte(_ c: UInt8) -> Bool {
        isBare(c) || c == 0x2B || c == 0x2E || c == 0x3A
    }

    func number(_ token: [UInt8]) throws(TOMLError) -> TOMLValue {
        var digits = token[...]
        var negative = false
        if let sign = digits.first, sign == 0x2B || sign == 0x2D {
            negative = sign == 0x2D
            digits = digits.dropFirst()
        }
        if digits.elementsEqual("inf".utf8) { return .float(negative ? -.infinity : .infinity) }
        if digits.elementsEqual("nan".utf8) { return .float(.nan) }
        if digits.count > 2, digits.first == 0x30, let radix = [UInt8(0x78): Int64(16), 0x6F: 8, 0x62: 2][digits[digits.startIndex + 1]] {
            guard digits.count == token.count else { throw fail(.badNumber) }
            return .integer(try integer(digits.dropFirst(2), radix: radix, negative: false))
        }
        let isFloat = digits.contains { $0 == 0x2E || $0 == 0x65 || $0 == 0x45 }
        guard isFloat else {
            // No leading zeros in a decimal integer.
            if digits.count > 1 && digits.first == 0x30 { throw fail(.badNumber) }
            return .integer(try integer(digits, radix: 10, negative: negative))
        }
        return .float(try float(token, unsigned: digits))
    }

    /// Digits in `radix` with single underscores between them, accumulated with overflow
    /// reported (negative numbers accumulate downwards, so Int64.min is reachable).
    func integer(_ digits: ArraySlice<UInt8>, radix: Int64, negative: Bool) throws(TOMLError) -> Int64 {
        guard let first = digits.first, first != 0x5F, digits.last != 0x5F else { throw fail(.badNumber) }
        var result: Int64 = 0
        var previousUnderscore = false
        for c in digits {
            if c == 0x5F {
                guard !previousUnderscore else { throw fail(.badNumber) }
                previousUnderscore = true
                continue
            }
            previousUnderscore = false
            guard let digit = Self.hexDigit(c).map(Int64.init), digit < radix else { throw fail(.badNumber) }
            let shifted = result.multipliedReportingOverflow(by: radix)
            let next = negative ? shifted.partialValue.subtractingReportingOverflow(digit)
                                : shifted.partialValue.addingReportingOverflow(digit)
            guard !shifted.overflow, !next.overflow else { throw fail(.numberOutOfRange) }
            result = next.partialValue
        }
        return result
    }

    /// `[+-] int [. digits] [eE [+-] digits]`, underscores only between digits; the
    /// checked text is then read by the standard library.
    func float(_ token: [UInt8], unsigned digits: ArraySlice<UInt8>) throws(TOMLError) -> Double {
        var i = digits.startIndex
        func run() -> Int {
            // Digits with single underscores between them; returns how many digits.
            var count = 0
            var previous: UInt8 = 0
            while i < digits.endIndex {
                let c = digits[i]
                if Self.isDigit(c) { count += 1 } else if c == 0x5F, Self.isDigit(previous), i + 1 < digits.endIndex, Self.isDigit(digits[i + 1]) {} else { break }
                previous = c
                i += 1
            }
            return count
        }
        let intStart = i
        guard run() > 0 else { throw fail(.badNumber) }
        if i - intStart > 1 && digits[intStart] == 0x30 { throw fail(.badNumber) }
        if i < digits.endIndex, digits[i] == 0x2E {
            i += 1
            guard i < digits.endIndex, Self.isDigit(digits[i]), run() > 0 else { throw fail(.badNumber) }
        }
        if i < digits.endIndex, digits[i] == 0x65 || digits[i] == 0x45 {
            i += 1
            if i < digits.endIndex, digits[i] == 0x2B || digits[i] == 0x2D { i += 1 }
            guard i < digits.endIndex, Self.isDigit(digits[i]), run() > 0 else { throw fail(.badNumber) }
        }
        guard i == digits.endIndex else { throw fail(.badNumber) }
        let text = String(decoding: token.filter { $0 != 0x5F }, as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw fail(.numberOutOfRange) }
        return value
    }
}

/// `1979-05-27T07:32:00.999-07:00` and its local forms (TOML 1.0: seconds required).
struct DateTimeReader {
    let t: [UInt8]
    var i = 0

    init(_ token: [UInt8]) { t = token }

    mutating func digits(_ count: Int) -> Int? {
        guard i + count <= t.count else { return nil }
        var value = 0
        for _ in 0..<count {
            let c = t[i]
            guard c >= 0x30 && c <= 0x39 else { return nil }
            value = value * 10 + Int(c - 0x30)
            i += 1
        }
        return value
    }

    mutating func expect(_ c: UInt8) -> Bool {
        guard i < t.count, t[i] == c else { return false }
        i += 1
        return true
    }

    mutating func read() -> TOMLValue? {
        if t.count > 2 && t[2] == 0x3A {
            guard let time = time(), i == t.count else { return nil }
            return .time(time)
        }
        guard let date = date() else { return nil }
        if i == t.count { return .date(date) }
        guard i < t.count, t[i] == 0x54 || t[i] == 0x74 || t[i] == 0x20 else { return nil }
        i += 1
        guard let time = time() else { return nil }
        if i == t.count { return .dateTime(TOMLDateTime(date: date, time: time, offsetMinutes: nil)) }
        if t[i] == 0x5A || t[i] == 0x7A {
            i += 1
            guard i == t.count else { return nil }
            return .dateTime(TOMLDateTime(date: date, time: time, offsetMinutes: 0))
        }
        guard t[i] == 0x2B || t[i] == 0x2D else { return nil }
        let sign = t[i] == 0x2D ? -1 : 1
        i += 1
        guard let h = digits(2), expect(0x3A), let m = digits(2), i == t.count, h <= 23, m <= 59 else { return nil }
        return .dateTime(TOMLDateTime(date: date, time: time, offsetMinutes: sign * (h * 60 + m)))
    }

    mutating func date() -> TOMLDate? {
        guard let y = digits(4), expect(0x2D), let m = digits(2), expect(0x2D), let d = digits(2) else { return nil }
        guard (1...12).contains(m), d >= 1 else { return nil }
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        guard d <= days else { return nil }
        return TOMLDate(year: y, month: m, day: d)
    }

    mutating func time() -> TOMLTime? {
        guard let h = digits(2), expect(0x3A), let m = digits(2), expect(0x3A), let s = digits(2) else { return nil }
        // 60 for a leap second, as RFC 3339 allows.
        guard h <= 23, m <= 59, s <= 60 else { return nil }
        var nanosecond = 0
        if expect(0x2E) {
            var count = 0
            while i < t.count, t[i] >= 0x30 && t[i] <= 0x39 {
                if count < 9 { nanosecond = nanosecond * 10 + Int(t[i] - 0x30) }
                count += 1
                i += 1
            }
            guard count > 0 else { return nil }
            for _ in count..<max(count, 9) { nanosecond *= 10 }
        }
        return TOMLTime(hour: h, minute: m, second: s, nanosecond: nanosecond)
    }
}
