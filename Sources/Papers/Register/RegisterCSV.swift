import Foundation
import Procedure

/// The public register as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a
/// comma, a quote or a line break, quotes doubled), UTF-8 with a byte-order mark so that
/// spreadsheet programs read the Vietnamese letters right.
public enum RegisterCSV {
    public static let byteOrderMark = "\u{FEFF}"

    public static func render(_ register: PublicRegister) -> String {
        var lines = [register.columns.map { field($0.label[register.language]) }.joined(separator: ",")]
        for entry in register.entries {
            lines.append(register.columns.map { field(entry[$0]) }.joined(separator: ","))
        }
        return byteOrderMark + lines.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ text: String) -> String {
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }

    /// The records of a CSV text, each with the line it starts on (1-based). A quoted field
    /// may span lines. Throws on an unterminated quote or a stray quote.
    public static func records(_ text: String) throws -> [(line: Int, fields: [String])] {
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
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !fieldStarted) { records.append((recordLine, fields)) }
            fields = []
            field = ""
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
            } else if c == "," {
                fields.append(field)
                field = ""
                afterQuote = false
                fieldStarted = true
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                endRecord()
                afterQuote = false
                line += 1
                recordLine = line
            } else if c == "\"" {
                guard field.isEmpty && !afterQuote else {
                    throw CSVError(line: line, reason: Localized(vi: "dấu nháy kép đặt sai chỗ", en: "misplaced double quote"))
                }
                quoted = true
                fieldStarted = true
            } else {
                if afterQuote {
                    throw CSVError(line: line, reason: Localized(vi: "có ký tự sau dấu nháy đóng", en: "text after a closing quote"))
                }
                field.append(c)
                fieldStarted = true
            }
            i += 1
        }
        if quoted { throw CSVError(line: recordLine, reason: Localized(vi: "thiếu dấu nháy kép đóng", en: "unterminated quoted field")) }
        if fieldStarted || !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }

    /// The register lines of a CSV copy: header fields mapped by id or label.
    public static func parse(_ text: String) throws -> PrintedRegister {
        let rows = try records(text)
        guard let header = rows.first else {
            throw CSVError(line: 1, reason: Localized(vi: "tệp rỗng", en: "empty file"))
        }
        var columns: [RegisterField?] = []
        var language: Language = .vi
        for name in header.fields {
            let field = RegisterField(header: name)
            if let field, field.label.en == name.trimmingCharacters(in: .whitespaces), field.label.vi != field.label.en {
                language = .en
            }
            columns.append(field)
        }
        guard let idColumn = columns.firstIndex(of: .id), let hashColumn = columns.firstIndex(of: .lastEvent) else {
            throw CSVError(line: header.line, reason: Localized(
                vi: "dòng tiêu đề thiếu cột \"\(RegisterField.id.label.vi)\" hoặc \"\(RegisterField.lastEvent.label.vi)\"",
                en: "the header lacks \"\(RegisterField.id.label.en)\" or \"\(RegisterField.lastEvent.label.en)\""))
        }
        var lines: [PrintedRegister.Line] = []
        for row in rows.dropFirst() {
            var values: [RegisterField: String] = [:]
            for (index, value) in row.fields.enumerated() where index < columns.count {
                if let field = columns[index] { values[field] = value }
            }
            let id = idColumn < row.fields.count ? row.fields[idColumn] : ""
            let hash = hashColumn < row.fields.count ? row.fields[hashColumn] : ""
            lines.append(PrintedRegister.Line(location: row.line, proposalID: id, hash: hash, values: values))
        }
        return PrintedRegister(language: language, lines: lines)
    }
}

/// A CSV syntax error, with the line it is on.
public struct CSVError: Error, Sendable, Hashable {
    public var line: Int
    public var reason: Localized

    public func message(_ language: Language) -> String {
        (language == .vi ? "dòng \(line): " : "line \(line): ") + reason[language]
    }
}
