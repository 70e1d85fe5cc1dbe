import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat checkpoint`: the chain-head code (mã kiểm tra) to write into minutes or post.
struct Checkpoint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "In mã kiểm tra của lịch sử (đầu chuỗi băm) kèm ngày, để ghi vào biên bản hoặc niêm yết; kiểm lại bằng `dexuat verify --against MÃ`.")

    @OptionGroup var options: GlobalOptions
    @Flag(help: "In JSON.") var json = false

    func run() throws {
        try dexuat.run(options) {
            let ledger = try options.openLedger()
            let report = try ledger.verify()
            guard report.ok else {
                throw LedgerError.database(Localized(
                    vi: "Lịch sử không toàn vẹn (\(report.problems.count) vấn đề): không lập mã kiểm tra. Chạy `dexuat verify` để xem.",
                    en: "The history is not intact (\(report.problems.count) problems): no checkpoint made. Run `dexuat verify` to see them."))
            }
            let head = try ledger.chainHead()
            let today = Day.inVietnam(Date())
            if json {
                try printJSON(CheckpointJSON(code: head.checkpoint.code, seq: head.checkpoint.seq, hash: head.hash,
                                             lastEventAt: head.atLocal, day: today.iso))
                return
            }
            let vi = options.lang == .vi
            say(vi ? "Mã kiểm tra: \(head.checkpoint.code)" : "Checkpoint: \(head.checkpoint.code)")
            say(vi ? "Ngày \(today.vietnamese); sự kiện cuối #\(head.checkpoint.seq) lúc \(head.atLocal)."
                   : "On \(today.iso); last event #\(head.checkpoint.seq) at \(head.atLocal).")
            say(vi ? "Ghi mã này vào biên bản họp hoặc niêm yết; sau này kiểm bằng: dexuat verify --against \(head.checkpoint.code)"
                   : "Write this code into the minutes or post it; check later with: dexuat verify --against \(head.checkpoint.code)")
        }
    }
}

struct CheckpointJSON: Encodable {
    var code: String
    var seq: Int64
    var hash: String
    var lastEventAt: String
    var day: String
}
