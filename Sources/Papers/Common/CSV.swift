import Procedure

/// CSV as every Papers file writes and reads it (RFC 4180): CRLF line ends, fields quoted
/// when they hold a comma, a quote or a line break, quotes doubled; UTF-8 with a byte-order
/// mark so that spreadsheet programs read the Vietnamese letters right.
///
/// Two guards the RFC does not ask for: controls become U+FFFD and bidi controls go
/// (`Markup.printable`), and a field that a spreadsheet would take for a formula (starting
/// with `=`, `+`, `-` or `@` and not a number, or with a tab or CR, which some programs skip
/// before looking for `=`) is written with a leading apostrophe. The reader takes that
/// apostrophe off again, so that what `field` writes `records` reads back unchanged.
public enum CSV {
    public static let byteOrderMark = "\u{FEFF}"

    /// The characters that start a formula in Excel, LibreOffice and Google Sheets.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// Whether the text needs the apostrophe: it would start a formula, or it already
    /// starts with an apostrophe the reader would otherwise take off.
    static func needsGuard(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if first == "\t" || first == "\r" || first == "\r\n" { return true }
        if formulaStarts.contains(first) { return Double(text) == nil }
        return first == "'" && text.dropFirst().first.map { formulaStarts.contains($0) || $0 == "\r\n" || $0 == "'" } == true
    }

    /// One field: controls replaced, a formula kept as text, quoted when it must be, its
    /// quotes doubled.
    public static func field(_ text: String) -> String {
        let printable = Markup.printable(text)
        let guarded = needsGuard(printable) ? "'" + printable : printable
        let needsQuotes = guarded.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return guarded }
        return "\"" + guarded.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record, CRLF-terminated.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A whole file: the byte-order mark and the records.
    public static func document(_ records: [[String]]) -> String {
        byteOrderMark + records.map(record).joined()
    }

    /// A field as it was before `field` guarded it.
    static func unguard(_ field: String) -> String {
        guard field.first == "'", let second = field.dropFirst().first,
              formulaStarts.contains(second) || second == "\r\n" || second == "'" else { return field }
        return String(field.dropFirst())
    }

    /// The separators a file may use: what Excel writes under English regional settings
    /// (`,`), under Vietnamese ones (`;`), and "Text (Tab delimited)".
    public static let separators: [Character] = [",", ";", "\t"]

    /// The separator of a CSV text, read from its first record (its header): the one of
    /// `separators` that occurs there most often outside quotes; a comma when none does;
    /// nil when two occur equally often (the file is refused rather than guessed).
    public static func separator(of text: String) -> Character? {
        var counts: [Character: Int] = [:]
        var quoted = false
        var started = false
        for c in text {
            if !started && c == "\u{FEFF}" { started = true; continue }
            started = true
            if c == "\"" { quoted.toggle(); continue }
            if quoted { continue }
            if c == "\n" || c == "\r\n" || c == "\r" { break }
            if separators.contains(c) { counts[c, default: 0] += 1 }
        }
        guard let most = counts.values.max() else { return "," }
        let leaders = separators.filter { counts[$0] == most }
        return leaders.count == 1 ? leaders[0] : nil
    }

    /// The records of a CSV text, each with the line it starts on (1-based). A quoted field
    /// may span lines; a leading byte-order mark is skipped; the apostrophe `field` puts
    /// before a formula is taken off. Throws on an unterminated quote or a stray quote.
    public static func records(_ text: String, separator: Character = ",") throws -> [(line: Int, fields: [String])] {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var recordLine = 1
        var fieldStarted = false
        var chars = Array(text)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        func endField() {
            fields.append(unguard(field))
            field = ""
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty && !fieldStarted) { records.append((recordLine, fields)) }
            fields = []
            fieldStarted = false
        }
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
            } else if c == separator {
                endField()
                afterQuote = false
                fieldStarted = true
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                endRecord()
                afterQuote = false
                line += 1
                recordLine = line
            } else if c == "\"" {
                guard field.isEmpty && !afterQuote else {
                    throw CSVError(line: line, reason: PapersText.misplacedDoubleQuote)
                }
                quoted = true
                fieldStarted = true
            } else {
                if afterQuote {
                    throw CSVError(line: line, reason: PapersText.textAfterClosingQuote)
                }
                field.append(c)
                fieldStarted = true
            }
            i += 1
        }
        if quoted { throw CSVError(line: recordLine, reason: PapersText.unterminatedQuotedField) }
        if fieldStarted || !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}

/// A CSV syntax error, with the line it is on.
public struct CSVError: Error, Sendable, Hashable {
    public var line: Int
    public var reason: Localized

    public func message(_ language: Language) -> String {
        (PapersText.linePrefix(line)[language]) + reason[language]
    }
}
