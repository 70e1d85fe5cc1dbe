import ArgumentParser
import Foundation
import Ledger
import Procedure
import Desk
import Terminal

/// `dexuat show ID`: the dossier, each step with its due date and on-time mark, the ballots,
/// the decisions with their reasons, the notices and the timeline.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Xem chi tiết một đề xuất: hồ sơ, các bước và hạn, biểu quyết, quyết định, lịch sử.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "Mã đề xuất.", completion: .custom(ProposalCompletion.ids)) var id: String
    @Flag(help: "In JSON.") var json = false

    func run() throws {
        try dexuat.run(options) {
            let ledger = try options.openLedger()
            let proposal = try lookUp(id, in: ledger)
            if json {
                try printJSON(try ShowJSON(proposal, ledger: ledger, lang: options.lang))
            } else {
                let inputs = ProposalDocument.Inputs(
                    proposal: proposal, history: try ledger.history(of: proposal.id), organization: try ledger.organization(),
                    settings: try ledger.settings(), calendar: try ledger.calendar(), today: Day.inVietnam(Date()), language: options.lang,
                    attachments: try ledger.attachments(ofVisible: proposal))
                // Stored text is made visible before it reaches the terminal: no escape from the data gets out.
                for line in ProposalDocument.lines(inputs) { print(Sanitizer.visible(line.map(\.text).joined())) }
            }
        }
    }
}

