import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat restore FILE`: puts a backup back, keeping the replaced database aside.
struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore",
        abstract: "Khôi phục từ bản sao lưu (kiểm tra bản sao lưu trước; giữ lại bản đang dùng bên cạnh).",
        discussion: "Mọi cán bộ cần thoát dexuat trước khi khôi phục.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "Tệp sao lưu.") var file: String

    func run() throws {
        try dexuat.run(options) {
            let progress = ProgressLine(CLIText.restoring[options.lang])
            defer { progress.finish() }
            // A backup made by an older build is converted once put back: said as any
            // upgrade is, after the progress line is cleared.
            let notice = upgradeNotice(options.lang)
            let report = try Ledger.restore(from: file, into: options.databasePath, progress: progress.update,
                                            upgrading: { progress.finish(); notice($0) })
            progress.finish()
            say(CLIText.restoredProposalsEventsVerified(report.restored.path, file, report.restored.proposals, report.restored.events)[options.lang])
            if let aside = report.keptAside {
                say(CLIText.databaseKept(aside)[options.lang])
            }
        }
    }
}
