import Foundation
import Procedure

/// The public register as CSV, written and read by `CSV` (RFC 4180, byte-order mark,
/// formulas kept as text).
public enum RegisterCSV {
    public static func render(_ register: PublicRegister) -> String {
        // The last record carries the checkpoint in its first field; `parse` skips it.
        CSV.document([register.columns.map { $0.label[register.language] }]
                     + register.entries.map { entry in register.columns.map { entry[$0] } }
                     + [[PaperAnchor.line(register.checkpoint, register.language)] + Array(repeating: "", count: max(0, register.columns.count - 1))])
    }

    /// The register lines of a CSV copy: header fields mapped by id or label.
    public static func parse(_ text: String) throws -> PrintedRegister {
        let rows = try CSV.records(text)
        guard let header = rows.first else {
            throw CSVError(line: 1, reason: PapersText.emptyFile)
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
            throw CSVError(line: header.line, reason: PapersText.headerLacks(RegisterField.id.label, RegisterField.lastEvent.label))
        }
        var lines: [PrintedRegister.Line] = []
        for row in rows.dropFirst() {
            if let first = row.fields.first, PaperAnchor.labelled(in: first) != nil, row.fields.dropFirst().allSatisfy(\.isEmpty) { continue }
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
