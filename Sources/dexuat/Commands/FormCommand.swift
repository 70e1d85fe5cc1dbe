import ArgumentParser
import Foundation
import Ledger
import Papers
import Procedure

/// `dexuat form export|import`: plain-text ballot and evaluation forms filled offline.
struct FormCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form",
        abstract: "Phiếu điền ngoại tuyến (biểu quyết, đánh giá): xuất ra tệp văn bản, điền bằng trình soạn thảo bất kỳ, rồi ghi nhận.",
        subcommands: [FormExport.self, FormImport.self])
}

struct FormExport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Xuất phiếu biểu quyết (--kind ballot) hoặc đánh giá (--kind evaluation) để điền ngoại tuyến.")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "Mã đề xuất.", completion: .custom(ProposalCompletion.ids)) var id: String
    @Option(help: "ballot, evaluation hoặc member_evaluation (phiếu đánh giá của thành viên).") var kind: String
    @Option(help: "Ghi vào tệp này (mặc định: in ra màn hình).") var output: String?
    @Flag(help: "Cho phép thay tệp --output đã có.") var force = false

    func run() throws {
        try dexuat.run(options) {
            guard let formKind = OfflineFormKind(rawValue: kind) else {
                throw InputError(CLIText.kindBallotEvaluationNot(kind))
            }
            let ledger = try options.openLedger()
            let proposal = try lookUp(id, in: ledger)
            let actor = try Identity.actor(in: ledger)
            switch formKind.export(proposal, for: actor.login, organization: try ledger.organization(), settings: try ledger.settings(),
                                   today: Day.inVietnam(Date())) {
            case .failure(let error):
                fail(error.text(options.lang), code: 1)
            case .success(let text):
                // FormText already made the stored text safe; printed, the terminal's own rule too.
                guard let output = try OutputTarget(output, force: force, database: options.databasePath)
                    .write(text, printed: SafeOutput.lines(text)) else { return }
                say(CLIText.wroteFormVersion(id, proposal.version, output)[options.lang])
            }
        }
    }
}

struct FormImport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Ghi nhận một phiếu đã điền, với tư cách người chạy lệnh.")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "Tệp phiếu đã điền, hoặc - để đọc từ đầu vào chuẩn.") var file: String
    @Flag(help: "In JSON của đề xuất sau khi ghi.") var json = false

    func run() throws {
        try dexuat.run(options) {
            let text = try readInput(file)
            let form: FilledForm
            do throws(OfflineFormError) {
                form = try FilledForm.parse(text)
            } catch {
                fail("\(file): " + error.text(options.lang), code: 2)
            }
            let ledger = try options.openLedger()
            let actor = try Identity.actor(in: ledger)
            do {
                let proposal = try form.record(in: ledger, by: actor)
                try report(proposal, ledger: ledger, options: options, json: json)
            } catch let error as OfflineFormError {
                fail("\(file): " + error.text(options.lang), code: 1)
            }
        }
    }
}
