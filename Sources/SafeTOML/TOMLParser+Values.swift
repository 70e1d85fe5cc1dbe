extension Parser {
    /// A value; `depth` counts the levels above it (header, dotted keys, arrays, inline
    /// tables) so that nesting, and with it recursion, stays under ``TOML/maximumDepth``.
    mutating func value(depth: Int) throws(TOMLError) -> TOMLValue {
        guard depth <= TOML.maximumDepth else { throw fail(.tooDeep(TOML.maximumDepth)) }
        guard let c = current else { throw fail(.expectedValue) }
        switch c {
        case 0x22:
            if at(pos + 1) == 0x22 && at(pos + 2) == 0x22 { return .string(try multiLineBasicString()) }
            return .string(try basicString())
        case 0x27:
            if at(pos + 1) == 0x27 && at(pos + 2) == 0x27 { return .string(try multiLineLiteralString()) }
            return .string(try literalString())
        case 0x5B: return try array(depth: depth)
        case 0x7B: return try inlineTable(depth: depth)
        default: return try scalar()
        }
    }

    // MARK: - Strings

    /// `"…"` with escapes, on one line.
    mutating func basicString() throws(TOMLError) -> String {
        pos += 1
        var out: [UInt8] = []
        while true {
            guard let c = current else { throw fail(.unterminatedString) }
            if c == 0x22 { pos += 1; break }
            if c == 0x0A || c == 0x0D { throw fail(.newlineInString) }
            if c == 0x5C { try escape(into: &out); continue }
            try refuseControl(c)
            out.append(c)
            pos += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `'…'` as written, on one line.
    mutating func literalString() throws(TOMLError) -> String {
        pos += 1
        let start = pos
        while true {
            guard let c = current else { throw fail(.unterminatedString) }
            if c == 0x27 { break }
            if c == 0x0A || c == 0x0D { throw fail(.newlineInString) }
            try refuseControl(c)
            pos += 1
        }
        defer { pos += 1 }
        return String(decoding: b[start..<pos], as: UTF8.self)
    }

    /// At three quotes `quote`: the close of a multi-line string, after which up to two
    /// more quotes belong to the content. Moves past them and says so.
    mutating func closesMultiLine(_ c: UInt8, quote: UInt8, into out: inout [UInt8]) -> Bool {
        guard c == quote && at(pos + 1) == quote && at(pos + 2) == quote else { return false }
        var quotes = 3
        while at(pos + quotes) == quote && quotes < 5 { quotes += 1 }
        out.append(contentsOf: repeatElement(quote, count: quotes - 3))
        pos += quotes
        return true
    }

    /// A line end inside a multi-line string: kept as LF (CRLF read as one).
    mutating func lineEnd(_ c: UInt8, into out: inout [UInt8]) throws(TOMLError) -> Bool {
        guard c == 0x0A || c == 0x0D else { return false }
        try newline()
        out.append(0x0A)
        return true
    }

    /// `"""…"""`: a line end right after the opening is dropped, a backslash at a line's
    /// end joins it to the next non-blank character, up to two quotes may precede the close.
    mutating func multiLineBasicString() throws(TOMLError) -> String {
        pos += 3
        if atNewline { try newline() }
        var out: [UInt8] = []
        while true {
            guard let c = current else { throw fail(.unterminatedString) }
            if closesMultiLine(c, quote: 0x22, into: &out) { return String(decoding: out, as: UTF8.self) }
            if try lineEnd(c, into: &out) { continue }
            if c == 0x5C {
                // A line-ending backslash: spaces, then a line end, then all blank up to
                // the next other character.
                var k = pos + 1
                while let s = at(k), s == 0x20 || s == 0x09 { k += 1 }
                if at(k) == 0x0A || (at(k) == 0x0D && at(k + 1) == 0x0A) {
                    pos = k
                    while let s = current {
                        if s == 0x20 || s == 0x09 { pos += 1 } else if s == 0x0A || s == 0x0D { try newline() } else { break }
                    }
                    continue
                }
                try escape(into: &out)
                continue
            }
            try refuseControl(c)
            out.append(c)
            pos += 1
        }
    }

    /// `'''…'''` as written; a line end right after the opening is dropped.
    mutating func multiLineLiteralString() throws(TOMLError) -> String {
        pos += 3
        if atNewline { try newline() }
        var out: [UInt8] = []
        while true {
            guard let c = current else { throw fail(.unterminatedString) }
            if closesMultiLine(c, quote: 0x27, into: &out) { return String(decoding: out, as: UTF8.self) }
            if try lineEnd(c, into: &out) { continue }
            try refuseControl(c)
            out.append(c)
            pos += 1
        }
    }

    /// One escape after `\` (TOML 1.0: \b \t \n \f \r \" \\ \uXXXX \UXXXXXXXX).
    mutating func escape(into out: inout [UInt8]) throws(TOMLError) {
        let backslash = pos
        pos += 1
        guard let c = current else { throw fail(.unterminatedString) }
        pos += 1
        switch c {
        case 0x62: out.append(0x08)
        case 0x74: out.append(0x09)
        case 0x6E: out.append(0x0A)
        case 0x66: out.append(0x0C)
        case 0x72: out.append(0x0D)
        case 0x22: out.append(0x22)
        case 0x5C: out.append(0x5C)
        case 0x75, 0x55:
            let count = c == 0x75 ? 4 : 8
            var code: UInt32 = 0
            for _ in 0..<count {
                guard let d = current, let digit = Self.hexDigit(d) else { throw fail(.badUnicodeEscape) }
                code = code << 4 | digit
                pos += 1
            }
            guard let scalar = Unicode.Scalar(code) else { throw fail(.badUnicodeEscape) }
            guard code != 0 || allowsNULEscapes else { throw fail(.nulEscape) }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
            // The character as typed after the backslash, or its code when it is not printable;
            // the column is the backslash's.
            pos = backslash
            throw fail(.badEscape(c >= 0x21 && c < 0x7F ? String(UnicodeScalar(c)) : (describe(c) ?? "↵")))
        }
    }

    static func hexDigit(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: UInt32(c - 0x30)
        case 0x41...0x46: UInt32(c - 0x41 + 10)
        case 0x61...0x66: UInt32(c - 0x61 + 10)
        default: nil
        }
    }

    // MARK: - Arrays and inline tables

    mutating func array(depth: Int) throws(TOMLError) -> TOMLValue {
        pos += 1
        var items: [TOMLValue] = []
        while true {
            try skipBlank()
            guard let c = current else { throw fail(.unterminatedArray) }
            if c == 0x5D { pos += 1; return .array(items) }
            items.append(try value(depth: depth + 1))
            try skipBlank()
            guard let next = current else { throw fail(.unterminatedArray) }
            if next == 0x2C { pos += 1; continue }
            if next == 0x5D { pos += 1; return .array(items) }
            throw fail(.unterminatedArray)
        }
    }

    /// `{ a = 1, b.c = 2 }`, on one line, no trailing comma (TOML 1.0).
    mutating func inlineTable(depth: Int) throws(TOMLError) -> TOMLValue {
        let table = TableBuilder(origin: .dotted, line: line)
        pos += 1
        skipSpaces()
        if current == 0x7D { pos += 1; return .table(table.freeze()) }
        while true {
            if atNewline || current == 0x0D { throw fail(.newlineInInlineTable) }
            if current == 0x7D { throw fail(.trailingCommaInInlineTable) }
            let path = try key()
            skipSpaces()
            guard current == 0x3D else { throw fail(.expectedEquals) }
            pos += 1
            skipSpaces()
            let item = try value(depth: depth + path.count)
            do {
                try table.insert(path, item, line: line)
            } catch {
                throw fail(error)
            }
            skipSpaces()
            guard let c = current else { throw fail(.unterminatedInlineTable) }
            if c == 0x2C { pos += 1; skipSpaces(); continue }
            if c == 0x7D { pos += 1; return .table(table.freeze()) }
            if c == 0x0A || c == 0x0D { throw fail(.newlineInInlineTable) }
            throw fail(.unterminatedInlineTable)
        }
    }
}
