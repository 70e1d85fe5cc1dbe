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
    @Option(help: "Mã kiểm tra đã ghi trước đây (dexuat checkpoint): phát hiện cả phần cuối bị cắt và chuỗi bị tính lại toàn bộ.")
    var against: String?

    func run() throws {
        try dexuat.run(options) {
            let checkpoint = try against.map { text in
                guard let code = ChainCheckpoint(code: text) else {
                    throw InputError(vi: "Mã kiểm tra không hợp lệ \"\(Text.visible(text))\": sai định dạng hoặc chép nhầm một ký tự (ví dụ 4711-7F3K-9QXA-M2CD-H8PW-6RT5).",
                                     en: "Invalid checkpoint \"\(Text.visible(text))\": wrong format or a character copied wrong (e.g. 4711-7F3K-9QXA-M2CD-H8PW-6RT5).")
                }
                return code
            }
            let ledger = try options.openLedger()
            if let register {
                try verifyRegister(register, ledger: ledger, options: options)
                return
            }
            let vi = options.lang == .vi
            let damage = try ledger.integrityProblems()
            if !damage.isEmpty {
                for line in damage.prefix(10) { say(line) }
                fail(vi ? "Tệp cơ sở dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu gần nhất (dexuat restore TỆP)."
                        : "The database file is damaged. Restore it from the latest backup (dexuat restore FILE).", code: 3)
            }
            let report = try ledger.verify()
            let documentProblems = try ledger.verifyDocumentRegister()
            for problem in documentProblems { say(problem[options.lang]) }
            if report.ok && !documentProblems.isEmpty {
                fail(vi ? "Sổ đăng ký văn bản không khớp với lịch sử sự kiện: \(documentProblems.count) vấn đề"
                        : "The register of documents disagrees with the events: \(documentProblems.count) problems", code: 3)
            }
            if let checkpoint {
                let finding = try ledger.compare(with: checkpoint)
                say(finding.message(checkpoint, options.lang))
                if !finding.ok {
                    fail(vi ? "Lịch sử không khớp mã kiểm tra \(checkpoint.code)." : "The history does not match the checkpoint \(checkpoint.code).", code: 3)
                }
            }
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
