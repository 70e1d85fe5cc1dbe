import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat backup --to FILE`: a consistent copy of the database, taken while others work.
struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup",
        abstract: "Sao lưu cơ sở dữ liệu (sao lưu trực tuyến của SQLite, kiểm tra bản sao, đồng bộ xuống đĩa, quyền 0600).")

    @OptionGroup var options: GlobalOptions
    @Option(help: "Tệp sao lưu cần tạo (không ghi đè tệp đã có).") var to: String

    func run() throws {
        try dexuat.run(options) {
            let ledger = try options.openLedger()
            let progress = ProgressLine(CLIText.backingUp[options.lang])
            defer { progress.finish() }
            let report = try ledger.backup(to: to, progress: progress.update)
            progress.finish()
            let megabytes = String(format: "%.1f", Double(report.bytes) / 1_048_576)
            let code = ChainCheckpoint(seq: report.tipSeq, hash: report.tipHash).code
            say(CLIText.backedUpProposalsEventsMib(report.path, report.proposals, report.events, megabytes, code)[options.lang])
        }
    }
}
