import Foundation
import Procedure
import Ledger

/// The public register as CSV, written and read by `CSV` (RFC 4180, byte-order mark,
/// formulas kept as text).
public enum RegisterCSV {
    public static func render(_ register: PublicRegister) -> String {
        // The last record carries the checkpoint in its first field; `parse` skips it.
        // §7.8: a column lists each entry's attachments (names, sizes, hashes), before the
        // hash of the last event, which stays the last column.
        let lang = register.language
        let at = register.columns.firstIndex(of: .lastEvent) ?? register.columns.count
        var header: [String] = register.columns.map { $0.label[lang] }
        header.insert(PapersText.registerAttachments[lang], at: at)
        var records: [[String]] = [header]
        for entry in register.entries {
            let files = register.attachments[entry.proposalID] ?? []
            var values: [String] = register.columns.map { entry[$0] }
            values.insert(attachmentsCell(files, upTo: register.checkpoint.seq, lang), at: at)
            records.append(values)
        }
        let foot: [String] = [PaperAnchor.line(register.checkpoint, lang)] + Array(repeating: "", count: register.columns.count)
        records.append(foot)
        return CSV.document(records)
    }

    /// The register lines of a CSV copy: header fields mapped by id or label.
    public static func parse(_ text: String) throws -> PrintedRegister {
        let rows = try CSV.records(text)
        guard let header = rows.first else {
            throw CSVError(line: 1, reason: PapersText.emptyFile)
        }
        var columns: [RegisterField?] = []
        var language: Language = .vi
        let attachmentsColumn = header.fields.firstIndex(where: isAttachmentsHeader)
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
        var checkpoint: ChainCheckpoint?
        for row in rows.dropFirst() {
            if let first = row.fields.first, let code = PaperAnchor.labelled(in: first), row.fields.dropFirst().allSatisfy(\.isEmpty) {
                checkpoint = ChainCheckpoint(code: code)
                continue
            }
            var values: [RegisterField: String] = [:]
            for (index, value) in row.fields.enumerated() where index < columns.count {
                if let field = columns[index] { values[field] = value }
            }
            let id = idColumn < row.fields.count ? row.fields[idColumn] : ""
            let hash = hashColumn < row.fields.count ? row.fields[hashColumn] : ""
            var line = PrintedRegister.Line(location: row.line, proposalID: id, hash: hash, values: values)
            if let attachmentsColumn { line.attachments = attachmentsColumn < row.fields.count ? row.fields[attachmentsColumn] : "" }
            lines.append(line)
        }
        var printed = PrintedRegister(language: language, lines: lines)
        printed.checkpoint = checkpoint
        return printed
    }
}
