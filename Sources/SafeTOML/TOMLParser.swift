/// A TOML 1.0 reader written to be safe on any bytes: every index is checked, integers are
/// built with overflow-reporting arithmetic, nesting is bounded (``TOML/maximumDepth``)
/// and so is recursion, and every fault is a thrown ``TOMLError`` with its line.
///
/// Stricter than the spec on one point: a NUL, raw or escaped (`\u0000`), is refused,
/// because the text it would reach (SQLite, C strings, the terminal) may cut there. The
/// escape is TOML 1.0 all the same: `allowingNULEscapes: true` reads it as the spec says
/// (for a conformance run; a raw NUL byte is refused either way, as TOML refuses it).
public enum TOML {
    /// The deepest nesting accepted: header keys, dotted keys, arrays and inline tables
    /// together.
    public static let maximumDepth = 100

    /// Parses a document given as bytes; refuses text that is not UTF-8.
    public static func parse(bytes: [UInt8], allowingNULEscapes: Bool = false) throws(TOMLError) -> TOMLTable {
        var parser = Parser(bytes)
        parser.allowsNULEscapes = allowingNULEscapes
        return try parser.document()
    }

    /// The 1-based line of the first bytes that are not UTF-8 (overlong forms, surrogates,
    /// past U+10FFFF, cut sequences), or nil for valid UTF-8: for a caller that refuses a
    /// file before reading it as TOML or CSV, to name the line.
    public static func invalidUTF8Line(in bytes: [UInt8]) -> Int? {
        UTF8Check.firstProblem(in: bytes)?.0
    }

    public static func parse(_ text: String) throws(TOMLError) -> TOMLTable {
        try parse(bytes: Array(text.utf8))
    }
}

struct Parser {
    let b: [UInt8]
    var pos = 0
    var line = 1
    var allowsNULEscapes = false

    init(_ bytes: [UInt8]) { b = bytes }

    func at(_ index: Int) -> UInt8? { index >= 0 && index < b.count ? b[index] : nil }
    var current: UInt8? { at(pos) }

    /// Where the current line starts, for the column of a fault.
    var lineStart = 0

    /// The fault at the current position: its line, and its column in characters (1-based).
    func fail(_ problem: TOMLProblem) -> TOMLError {
        var column = 1
        var i = lineStart
        while i < pos && i < b.count {
            if b[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return TOMLError(line: line, column: column, problem: problem)
    }

    mutating func document() throws(TOMLError) -> TOMLTable {
        if let (badLine, problem) = UTF8Check.firstProblem(in: b) {
            throw TOMLError(line: badLine, problem: problem)
        }
        let root = TableBuilder(origin: .root, line: 1)
        var section = root
        var sectionDepth = 0
        // A byte-order mark is not TOML, but editors on Windows write one.
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { pos = 3 }
        while let c = current {
            if c == 0x20 || c == 0x09 { pos += 1; continue }
            if c == 0x0A || c == 0x0D { try newline(); continue }
            if c == 0x23 { try comment(); continue }
            if c == 0x5B {
                let headerLine = line
                let isArray = at(pos + 1) == 0x5B
                pos += isArray ? 2 : 1
                skipSpaces()
                let path = try key()
                skipSpaces()
                guard current == 0x5D, !isArray || at(pos + 1) == 0x5D else { throw fail(.unterminatedHeader) }
                pos += isArray ? 2 : 1
                guard path.count <= TOML.maximumDepth else { throw fail(.tooDeep(TOML.maximumDepth)) }
                do {
                    section = isArray ? try root.appendTable(path, line: headerLine) : try root.openTable(path, line: headerLine)
                } catch {
                    throw TOMLError(line: headerLine, problem: error)
                }
                sectionDepth = path.count
                try lineEnd()
                continue
            }
            let keyLine = line
            let path = try key()
            skipSpaces()
            guard current == 0x3D else { throw fail(.expectedEquals) }
            pos += 1
            skipSpaces()
            let value = try value(depth: sectionDepth + path.count)
            do {
                try section.insert(path, value, line: keyLine)
            } catch {
                throw TOMLError(line: keyLine, problem: error)
            }
            try lineEnd()
        }
        return root.freeze()
    }

    // MARK: - Whitespace, line ends, comments

    mutating func skipSpaces() {
        while let c = current, c == 0x20 || c == 0x09 { pos += 1 }
    }

    /// Consumes LF or CRLF; a lone CR is refused.
    mutating func newline() throws(TOMLError) {
        if current == 0x0D {
            guard at(pos + 1) == 0x0A else { throw fail(.loneCarriageReturn) }
            pos += 1
        }
        pos += 1
        line += 1
        lineStart = pos
    }

    var atNewline: Bool { current == 0x0A || (current == 0x0D && at(pos + 1) == 0x0A) }

    /// From `#` to the end of the line (not consumed); controls other than tab refused.
    mutating func comment() throws(TOMLError) {
        pos += 1
        while let c = current {
            if c == 0x0A { return }
            if c == 0x0D {
                guard at(pos + 1) == 0x0A else { throw fail(.loneCarriageReturn) }
                return
            }
            try refuseControl(c)
            pos += 1
        }
    }

    func refuseControl(_ c: UInt8) throws(TOMLError) {
        if c == 0 { throw fail(.nul) }
        if (c < 0x20 && c != 0x09) || c == 0x7F { throw fail(.controlCharacter(c)) }
    }

    /// After a key/value pair or a header: spaces, perhaps a comment, then a line end or
    /// the end of the text.
    mutating func lineEnd() throws(TOMLError) {
        skipSpaces()
        if current == 0x23 { try comment() }
        guard let c = current else { return }
        if c == 0x0A || c == 0x0D { try newline(); return }
        if c == 0 { throw fail(.nul) }
        throw fail(.expectedLineEnd)
    }

    /// Inside arrays: spaces, line ends and comments, any number.
    mutating func skipBlank() throws(TOMLError) {
        while let c = current {
            if c == 0x20 || c == 0x09 { pos += 1 } else if c == 0x0A || c == 0x0D { try newline() } else if c == 0x23 { try comment() } else { return }
        }
    }

    // MARK: - Keys

    /// A dotted key: bare, "basic" or 'literal' parts, spaces allowed around the dots.
    mutating func key() throws(TOMLError) -> [String] {
        var parts: [String] = []
        while true {
            guard let c = current else { throw fail(.expectedKey) }
            if c == 0x22 {
                guard at(pos + 1) != 0x22 || at(pos + 2) != 0x22 else { throw fail(.expectedKey) }
                parts.append(try basicString())
            } else if c == 0x27 {
                guard at(pos + 1) != 0x27 || at(pos + 2) != 0x27 else { throw fail(.expectedKey) }
                parts.append(try literalString())
            } else {
                let start = pos
                while let c = current, Self.isBare(c) { pos += 1 }
                guard pos > start else { throw fail(unexpected(c) ?? .expectedKey) }
                parts.append(String(decoding: b[start..<pos], as: UTF8.self))
            }
            guard parts.count <= TOML.maximumDepth else { throw fail(.tooDeep(TOML.maximumDepth)) }
            skipSpaces()
            guard current == 0x2E else { return parts }
            pos += 1
            skipSpaces()
        }
    }

    static func isBare(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x2D
    }

    /// The fault of finding `c` where something else was due; nil for a line end.
    func unexpected(_ c: UInt8) -> TOMLProblem? {
        if c == 0 { return .nul }
        if c == 0x0D && at(pos + 1) != 0x0A { return .loneCarriageReturn }
        if (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D) || c == 0x7F { return .controlCharacter(c) }
        return describe(c).map(TOMLProblem.unexpected)
    }

    /// A byte named for a message, or nil for a line end.
    func describe(_ c: UInt8) -> String? {
        if c == 0x0A || c == 0x0D { return nil }
        if c >= 0x21 && c < 0x7F { return "\"" + String(UnicodeScalar(c)) + "\"" }
        return "U+" + String(c, radix: 16, uppercase: true)
    }
}

/// UTF-8 as the Unicode standard defines it: no overlong forms, no surrogates, nothing
/// above U+10FFFF, no truncated sequence.
enum UTF8Check {
    static func firstProblem(in b: [UInt8]) -> (Int, TOMLProblem)? {
        var i = 0
        var line = 1
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                if c == 0x0A { line += 1 }
                i += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return (line, .invalidUTF8)
            }
            guard i + length <= b.count else { return (line, .invalidUTF8) }
            guard b[i + 1] >= low && b[i + 1] <= high else { return (line, .invalidUTF8) }
            var k = 2
            while k < length {
                guard b[i + k] >= 0x80 && b[i + k] <= 0xBF else { return (line, .invalidUTF8) }
                k += 1
            }
            i += length
        }
        return nil
    }
}
