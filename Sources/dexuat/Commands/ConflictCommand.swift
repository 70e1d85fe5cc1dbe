import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat conflict declare|list`: conflicts of interest (PROCEDURE.md §7.4). Whoever
/// declares one is treated as the proposer is: refused in every step of the proposal.
struct ConflictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflict",
        abstract: "Xung đột lợi ích: khai báo và xem (người khai báo không thực hiện bước nào của đề xuất).",
        subcommands: [Declare.self, ListConflicts.self])

    struct Declare: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "declare", abstract: "Khai báo xung đột lợi ích với một đề xuất, nêu lý do.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "Mã đề xuất.", completion: .custom(ProposalCompletion.ids)) var id: String
        @Option(help: "Lý do (văn bản, @TỆP hoặc - để đọc từ stdin).") var reason: String
        @Flag(help: "In JSON của đề xuất sau khi khai báo.") var json = false

        func run() throws {
            try dexuat.run(options) {
                let text = try textArgument(reason)
                if TextInput.isBlank(text) { throw InputError(CLIText.conflictReasonRequired) }
                let ledger = try options.openLedger()
                let actor = try Identity.actor(in: ledger)
                let current = try lookUp(id, in: ledger)
                let proposal = try ledger.declareConflict(on: current.id, reason: text, by: actor)
                if json {
                    try printJSON(try ShowJSON(proposal, ledger: ledger, lang: options.lang))
                } else {
                    say(CLIText.conflictDeclared(proposal.id)[options.lang])
                }
            }
        }
    }

    struct ListConflicts: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Liệt kê xung đột lợi ích đã khai báo (mọi đề xuất, hoặc một đề xuất).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "Mã đề xuất (bỏ trống: mọi đề xuất).", completion: .custom(ProposalCompletion.ids)) var id: String?
        @Flag(help: "In JSON.") var json = false

        func run() throws {
            try dexuat.run(options) {
                let ledger = try options.openLedger()
                let proposalID = try id.map { try lookUp($0, in: ledger).id }
                let org = try ledger.organization()
                let rows = try ledger.conflicts(of: proposalID)
                if json {
                    try printJSON(rows.map { ConflictJSON($0, name: org.officer($0.officer)?.name ?? "") })
                    return
                }
                if rows.isEmpty { say(CLIText.noConflicts[options.lang]); return }
                for row in rows {
                    let name = org.officer(row.officer)?.name ?? row.officer
                    say("\(row.proposalID)  \(row.day.vietnamese)  \(name) (\(row.officer)): \(row.reason)")
                }
            }
        }
    }
}

/// One declared conflict in `conflict list --json` and `show --json`.
struct ConflictJSON: Encodable {
    var proposal: String
    var officer: String
    var officerName: String
    var reason: String
    var day: String
    @NullEncoded var seq: Int64?

    init(_ r: ConflictRecord, name: String) {
        proposal = r.proposalID
        officer = r.officer
        officerName = name
        reason = r.reason
        day = r.day.iso
        seq = r.seq
    }

    init(_ c: DeclaredConflict, proposal: String, name: String) {
        self.proposal = proposal
        officer = c.officer
        officerName = name
        reason = c.reason
        day = c.day.iso
        seq = nil
    }
}
