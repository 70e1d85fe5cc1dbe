import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat new --from DOSSIER.toml` creates a draft; `--template` prints a commented template.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new",
        abstract: "Tạo bản nháp đề xuất từ tệp hồ sơ TOML (--template in mẫu có chú thích).")

    @OptionGroup var options: GlobalOptions
    @Option(help: "Tệp hồ sơ TOML, hoặc - để đọc từ đầu vào chuẩn.") var from: String?
    @Flag(help: "In mẫu hồ sơ TOML có chú thích tiếng Việt.") var template = false
    @Flag(help: "In JSON.") var json = false

    func run() throws {
        try dexuat.run(options) {
            if template {
                print(DossierFile.template, terminator: "")
                return
            }
            guard let from else {
                throw InputError(CLIText.needsFileTomlTemplateTemplate)
            }
            let text = try readInput(from)
            let ledger = try options.openLedger()
            let dossier = try DossierFile.parse(text, file: from, checklistItems: try ledger.settings().checklist.items.map(\.id))
            let proposal = try ledger.create(dossier, by: try Identity.actor(in: ledger))
            try report(proposal, ledger: ledger, options: options, json: json)
            let missing = proposal.dossier.missingItems(checklist: try ledger.settings().checklist)
            if !missing.isEmpty && !json {
                say(CLIText.stillMissingBeforeSubmission[options.lang]
                    + missing.map { $0.label[options.lang] }.joined(separator: "; "))
            }
        }
    }
}

/// `dexuat edit ID --from FILE`: replaces the dossier of a draft or a returned proposal.
struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: "Sửa hồ sơ của bản nháp hoặc hồ sơ bị trả lại.")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "Mã đề xuất.", completion: .custom(ProposalCompletion.ids)) var id: String
    @Option(help: "Tệp hồ sơ TOML, hoặc - để đọc từ đầu vào chuẩn.") var from: String
    @Option(name: .customLong("version"), help: "Phiên bản đã xem (từ chối nếu người khác đã thay đổi).") var seen: Int?
    @Flag(help: "In JSON.") var json = false

    func run() throws {
        try dexuat.run(options) {
            let dossier = try DossierFile.parse(try readInput(from), file: from)
            try step(options, id, seen, json: json) { _ in [.editDraft(dossier: dossier)] }
        }
    }
}

/// Performs the actions of one command on a proposal in one transaction and prints the result.
func step(_ options: GlobalOptions, _ id: String, _ seen: Int?, onBehalfOf: String? = nil, json: Bool,
          _ actions: (Proposal) throws -> [Action]) throws {
    let ledger = try options.openLedger()
    let actor = try Identity.actor(in: ledger, onBehalfOf: onBehalfOf)
    let current = try lookUp(id, in: ledger)
    let proposal = try ledger.perform(try actions(current), on: current.id, seenVersion: seen, by: actor)
    try report(proposal, ledger: ledger, options: options, json: json)
}

/// One line after a successful step, or the full `show --json` object.
func report(_ proposal: Proposal, ledger: Ledger, options: GlobalOptions, json: Bool) throws {
    if json {
        try printJSON(try ShowJSON(proposal, ledger: ledger, lang: options.lang))
        return
    }
    let due = proposal.nextDue(calendar: try ledger.calendar(), settings: try ledger.settings())
    let dueText = due.map { (CLIText.newDue[options.lang]) + $0.due.vietnamese + " (" + $0.step.label[options.lang] + ")" } ?? ""
    say("\(proposal.id) — \(proposal.stateLabel[options.lang]) [\(proposal.state.rawValue)], " +
        (CLIText.version(proposal.version)[options.lang]) + dueText)
}
