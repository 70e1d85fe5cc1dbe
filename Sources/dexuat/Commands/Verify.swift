import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat verify`: recomputes the hash chain and replays every proposal.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Kiểm tra chuỗi băm của lịch sử sự kiện và đối chiếu trạng thái từng đề xuất.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try dexuat.run(options) {
            let ledger = try options.openLedger()
            let report = try ledger.verify()
            let vi = options.lang == .vi
            if report.ok {
                say(vi ? "Toàn vẹn: \(report.events) sự kiện, \(report.proposals) đề xuất; mã băm cuối \(report.tipHash)"
                       : "Intact: \(report.events) events, \(report.proposals) proposals; last hash \(report.tipHash)")
                return
            }
            for problem in report.problems.prefix(20) { say(problem.message(options.lang)) }
            if let first = report.firstBadEvent {
                say(vi ? "Sự kiện hỏng đầu tiên: #\(first)" : "First bad event: #\(first)")
            }
            fail(vi ? "Lịch sử đã bị can thiệp: \(report.problems.count) vấn đề" : "The history was tampered with: \(report.problems.count) problems", code: 3)
        }
    }
}
