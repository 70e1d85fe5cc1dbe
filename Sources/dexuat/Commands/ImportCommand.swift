import ArgumentParser
import Foundation
import Ledger
import Papers
import Procedure
import SafeTOML

/// `dexuat import FILE.csv|FILE.toml`: proposals collected on paper, recorded by the clerk
/// (or head) of the receiving unit on behalf of their proposers, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Nhập đề xuất nhận bằng giấy từ CSV hoặc TOML (văn thư ghi thay người đề xuất); có dòng sai thì không nhập gì.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "Tệp .csv (một dòng một đề xuất) hoặc .toml (mỗi đề xuất một bảng [[proposal]]); - để đọc từ đầu vào chuẩn (cần --format).") var file: String
    @Option(help: "csv hoặc toml (mặc định: theo đuôi tệp; bắt buộc với -).") var format: String?
    @Flag(name: .customLong("check"), help: "Chỉ kiểm tra, không ghi gì.") var checkOnly = false

    func run() throws {
        try dexuat.run(options) {
            let kind = (format ?? (file == "-" ? "" : (file as NSString).pathExtension)).lowercased()
            guard kind == "csv" || kind == "toml" else {
                if let format {
                    throw InputError(CLIText.formatCsvTomlNot(format))
                }
                if file == "-" {
                    throw InputError(CLIText.readingStandardInputNeedsFormat)
                }
                throw InputError(CLIText.onlyCsvTomlFilesCan(file))
            }
            let text = try readInput(file)
            let ledger = try options.openLedger()
            let actor = try Identity.actor(in: ledger)
            // The ward's checklist: a self-check item outside it is refused with its line.
            let items = try ledger.settings().checklist.items.map(\.id)
            let parsed: (rows: [PaperProposal], problems: [PaperImportProblem])
            if kind == "csv" {
                let read = PaperImportCSV.read(text, checklistItems: items)
                parsed = (read.rows, read.problems)
                say(CLIText.importSeparator(PaperImportCSV.separatorName(read.separator))[options.lang])
            } else {
                parsed = Self.parseTOML(text, file: file, checklistItems: items)
            }
            var problems = parsed.problems
            var created: [Proposal] = []
            do {
                // With unreadable rows, the readable ones are still checked, so that one run names every bad row.
                let progress = ProgressLine(CLIText.importing[options.lang])
                defer { progress.finish() }
                created = try ledger.importPaperProposals(parsed.rows, by: actor, dryRun: checkOnly || !problems.isEmpty,
                                                          progress: progress.update)
            } catch let rejected as PaperImportRejected {
                problems += rejected.problems
            }
            if !problems.isEmpty {
                let all = PaperImportRejected(problems: problems.sorted { $0.line < $1.line })
                fail("\(file): " + all.message(options.lang), code: 2)
            }
            let org = checkOnly ? try ledger.organization() : nil
            for (row, proposal) in zip(parsed.rows, created) {
                say(CLIText.line(row.line)[options.lang] + "\(proposal.id) \(proposal.title)")
                if let org {
                    for line in ImportListing.lines(proposal, recorder: actor.login, organization: org, language: options.lang) { say(line) }
                }
            }
            say(checkOnly
                ? CLIText.validProposalsNothingWrittenCheck(created.count)[options.lang]
                : CLIText.importedProposalsAwaitingRegistration(created.count)[options.lang])
        }
    }

    /// A TOML file of `[[proposal]]` tables, each a dossier in the format of
    /// `dexuat new --template` (with `[proposal.resources]`, `[[proposal.targets]]`,
    /// `[proposal.self_check]`) plus `proposer = "login"`.
    static func parseTOML(_ text: String, file: String, checklistItems: [String]? = nil) -> (rows: [PaperProposal], problems: [PaperImportProblem]) {
        let table: TOMLTable
        do {
            table = try TOML.parse(text)
        } catch {
            return ([], [PaperImportProblem(line: error.line, reason: CLIText.tomlSyntaxError(error))])
        }
        guard !table.isEmpty else {
            return ([], [PaperImportProblem(line: 1, reason: CLIText.emptyFileEachProposalProposal)])
        }
        if let unknown = table.keys.first(where: { $0 != "proposal" }) {
            return ([], [PaperImportProblem(line: table.line(of: unknown) ?? 1, reason: CLIText.unknownKeyEachProposalProposal(unknown))])
        }
        guard let items = table["proposal"]?.array, !items.isEmpty else {
            return ([], [PaperImportProblem(line: 1, reason: CLIText.noProposalTable)])
        }
        var rows: [PaperProposal] = []
        var problems: [PaperImportProblem] = []
        for (index, item) in items.enumerated() {
            guard var entry = item.table else {
                problems.append(PaperImportProblem(line: table.line(of: "proposal") ?? 1, reason: CLIText.proposalMustProposalTable))
                continue
            }
            // The line of its [[proposal]] header, for messages.
            let line = entry.line
            guard let proposer = entry["proposer"]?.string, !proposer.isEmpty else {
                problems.append(PaperImportProblem(line: line, reason: CLIText.proposerProposerSLoginMissing))
                continue
            }
            entry.removeValue(forKey: "proposer")
            do {
                let dossier = try DossierFile.dossier(from: entry, file: "[[proposal]] #\(index + 1)", checklistItems: checklistItems,
                                                      place: { name, _ in name })
                rows.append(PaperProposal(line: line, proposer: proposer, dossier: dossier))
            } catch let problem as DossierFile.Problem {
                problems.append(PaperImportProblem(line: problem.line, reason: problem.text))
            } catch let error as InputError {
                problems.append(PaperImportProblem(line: line, reason: error.text))
            } catch {
                problems.append(PaperImportProblem(line: line, reason: CLIText.unexpectedError(error)))
            }
        }
        return (rows, problems)
    }
}
