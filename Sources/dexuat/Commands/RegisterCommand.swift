import ArgumentParser
import Foundation
import Ledger
import Papers
import Procedure

/// `dexuat register`: the public register (sổ công khai) as printable HTML or CSV.
struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "In sổ công khai đề xuất (HTML khổ A4 hoặc CSV); mỗi dòng ghi mã băm sự kiện cuối để đối chiếu bằng verify --register.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "html (mặc định) hoặc csv.") var format: String = "html"
    @Option(help: "Ghi vào tệp này (mặc định: in ra màn hình).") var output: String?
    @Flag(help: "Cho phép thay tệp --output đã có.") var force = false
    @Option(help: "Kỳ: 2026, 2026-H1, 2026-Q3 hoặc 2026-07 (theo ngày gửi đề xuất).") var period: String?

    func run() throws {
        try dexuat.run(options) {
            guard format == "html" || format == "csv" else {
                throw InputError(CLIText.formatHtmlCsvNot(format))
            }
            var chosen: RegisterPeriod?
            if let period {
                guard let parsed = RegisterPeriod(period) else {
                    throw InputError(CLIText.invalidPeriod(period))
                }
                chosen = parsed
            }
            let ledger = try options.openLedger()
            let hashes = try ledger.lastEvents().mapValues(\.hash)
            var register = PublicRegister(proposals: try ledger.allProposals(), lastHashes: hashes, organization: try ledger.organization(),
                                          settings: try ledger.settings(), period: chosen, language: options.lang,
                                          printedOn: Day.inVietnam(Date()), checkpoint: try ledger.chainHead().checkpoint)
            register.attachments = Dictionary(grouping: try ledger.attachmentsOfPublicProposals(), by: \.proposalID)
            let text = format == "csv" ? RegisterCSV.render(register) : RegisterHTML.render(register)
            guard let output = try OutputTarget(output, force: force, database: options.databasePath).write(text) else { return }
            say(CLIText.wrotePublicRegisterProposals(register.entries.count, output)[options.lang])
        }
    }
}
