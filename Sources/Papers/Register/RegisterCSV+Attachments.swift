import Foundation
import Ledger
import Procedure

/// §7.8: the CSV register's attachments column: for each public attachment its number,
/// name, size (as the HTML copy says it, and in bytes) and SHA-256, never its content.
/// One cell per proposal, files by number, "; " between them; a name is folded to one
/// line like every value of the register, and the cell goes through `CSV.field` like
/// every other (a name starting with `=` cannot start the cell: the number comes first).
extension RegisterCSV {
    /// The cell of `files`, those attached up to the chain's event `seq` (the register's
    /// checkpoint: a file attached while the register was being printed is left out).
    public static func attachmentsCell(_ files: [AttachmentRecord], upTo seq: Int64, _ language: Language) -> String {
        files.filter { $0.seq <= seq }.sorted { $0.number < $1.number }.map { f in
            PapersText.registerAttachmentEntry(f.number, RegisterEntry.flatten(f.name), AttachmentRules.sizeText(f.size), f.size, f.sha256)[language]
        }.joined(separator: "; ")
    }

    /// The attachments column's header: its label in either language, or its id.
    static func isAttachmentsHeader(_ name: String) -> Bool {
        let text = name.trimmingCharacters(in: .whitespaces)
        return text == "attachments" || text == PapersText.registerAttachments.vi || text == PapersText.registerAttachments.en
    }
}
