import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat checkpoint`: the chain-head code (mã kiểm tra) to write into minutes or post.
struct Checkpoint: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "checkpoint",
        abstract: "In mã kiểm tra của lịch sử (đầu chuỗi băm) kèm ngày, để ghi vào biên bản hoặc niêm yết; kiểm lại bằng `dexuat verify --against MÃ`.")

    @OptionGroup var options: GlobalOptions
    @Flag(help: "In JSON.") var json = false

    func run() throws {
        try dexuat.run(options) {
            let ledger = try options.openLedger()
            let report = try ledger.verify()
            guard report.ok else {
                throw LedgerError.database(CLIText.historyNotIntactProblemsNo(report.problems.count))
            }
            let head = try ledger.chainHead()
            let today = Day.inVietnam(Date())
            if json {
                try printJSON(CheckpointJSON(code: head.checkpoint.code, seq: head.checkpoint.seq, hash: head.hash,
                                             lastEventAt: head.atLocal, day: today.iso))
                return
            }
            say(CLIText.checkpoint(head.checkpoint.code)[options.lang])
            say(CLIText.lastEvent(today.vietnamese, head.checkpoint.seq, head.atLocal, today.iso)[options.lang])
            say(CLIText.writeCodeIntoMinutesPost(head.checkpoint.code)[options.lang])
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
