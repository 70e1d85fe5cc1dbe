import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat verify`: recomputes the hash chain and replays every proposal.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Kiểm tra chuỗi băm của lịch sử sự kiện và đối chiếu trạng thái từng đề xuất.")

    @OptionGroup var options: GlobalOptions
    @Option(name: .customLong("register"), help: "Đối chiếu một bản sổ công khai (CSV hoặc HTML do dexuat register in) với chuỗi sự kiện.")
    var register: String?

    func run() throws {
        try dexuat.run(options) {
            let ledger = try options.openLedger()
            if let register {
                try verifyRegister(register, ledger: ledger, options: options)
                return
            }
            let report = try ledger.verify()
            let documentProblems = try ledger.verifyDocumentRegister()
            for problem in documentProblems { say(problem[options.lang]) }
            if report.ok && !documentProblems.isEmpty {
                fail(options.lang == .vi ? "Sổ đăng ký văn bản không khớp với lịch sử sự kiện: \(documentProblems.count) vấn đề"
                                         : "The register of documents disagrees with the events: \(documentProblems.count) problems", code: 3)
            }
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
