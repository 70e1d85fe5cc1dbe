import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat restore FILE`: puts a backup back, keeping the replaced database aside.
struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Khôi phục từ bản sao lưu (kiểm tra bản sao lưu trước; giữ lại bản đang dùng bên cạnh).",
        discussion: "Hãy để mọi cán bộ thoát dexuat trước khi khôi phục.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "Tệp sao lưu.") var file: String

    func run() throws {
        try dexuat.run(options) {
            let progress = ProgressLine(options.lang == .vi ? "Đang khôi phục" : "Restoring")
            defer { progress.finish() }
            let report = try Ledger.restore(from: file, into: options.databasePath, progress: progress.update)
            progress.finish()
            let vi = options.lang == .vi
            say(vi ? "Đã khôi phục \(report.restored.path) từ \(file): \(report.restored.proposals) đề xuất, \(report.restored.events) sự kiện; kiểm tra đạt."
                   : "Restored \(report.restored.path) from \(file): \(report.restored.proposals) proposals, \(report.restored.events) events; verified.")
            if let aside = report.keptAside {
                say(vi ? "Bản trước khi khôi phục được giữ ở \(aside)." : "The database as it was is kept at \(aside).")
            }
        }
    }
}
