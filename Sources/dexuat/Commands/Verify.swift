import ArgumentParser
import Foundation
import Ledger
import Papers
import Procedure

/// `dexuat verify`: recomputes the hash chain and replays every proposal.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Kiểm tra chuỗi băm của lịch sử sự kiện và đối chiếu trạng thái từng đề xuất.")

    @OptionGroup var options: GlobalOptions
    @Option(name: .customLong("register"), help: "Đối chiếu một bản sổ công khai (CSV hoặc HTML do dexuat register in) với chuỗi sự kiện.")
    var register: String?
    @Option(help: "Mã kiểm tra đã ghi trước đây (dexuat checkpoint, hoặc in trên văn bản, báo cáo, sổ công khai); lặp lại để kiểm nhiều mã: phát hiện cả phần cuối bị cắt và chuỗi bị tính lại toàn bộ.")
    var against: [String] = []
    @Option(name: .customLong("against-file"),
            help: "Tệp các mã kiểm tra (- là đầu vào chuẩn): mỗi dòng một mã, dòng # và dòng trống bỏ qua; hoặc một văn bản, báo cáo đã in có dòng \"Mã kiểm tra: …\".")
    var againstFile: String?

    func run() throws {
        try dexuat.run(options) {
            let checkpoints = try anchors()
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
            let progress = ProgressLine(vi ? "Đang kiểm tra" : "Verifying")
            defer { progress.finish() }
            let report = try ledger.verify(progress: progress.update)
            progress.finish()
            let documentProblems = try ledger.verifyDocumentRegister()
            for problem in documentProblems { say(problem[options.lang]) }
            if report.ok && !documentProblems.isEmpty {
                fail(vi ? "Sổ đăng ký văn bản không khớp với lịch sử sự kiện: \(documentProblems.count) vấn đề"
                        : "The register of documents disagrees with the events: \(documentProblems.count) problems", code: 3)
            }
            try compare(ledger, with: checkpoints)
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

extension Verify {
    /// The codes of `--against` (each given) and `--against-file`, each with where it came
    /// from. A code that cannot be read is bad input (exit 2), named with its line: nothing is
    /// checked until every code reads.
    func anchors() throws -> [(source: String, checkpoint: ChainCheckpoint)] {
        var result: [(source: String, checkpoint: ChainCheckpoint)] = []
        func invalid(_ text: String, at source: String) -> InputError {
            InputError(vi: "\(source)Mã kiểm tra không hợp lệ \"\(Text.visible(text))\": sai định dạng hoặc chép nhầm một ký tự (ví dụ 4711-7F3K-9QXA-M2CD-H8PW-6RT5).",
                       en: "\(source)Invalid checkpoint \"\(Text.visible(text))\": wrong format or a character copied wrong (e.g. 4711-7F3K-9QXA-M2CD-H8PW-6RT5).")
        }
        for text in against {
            guard let code = ChainCheckpoint(code: text) else { throw invalid(text, at: "--against: ") }
            result.append(("--against", code))
        }
        if let againstFile {
            let text = try readInput(againstFile)
            let name = againstFile == "-" ? "-" : againstFile
            let entries = PaperAnchor.entries(in: text)
            guard !entries.isEmpty else {
                throw InputError(vi: "--against-file \(Text.visible(name)): không có mã kiểm tra nào", en: "--against-file \(Text.visible(name)): no checkpoint in it")
            }
            for entry in entries {
                let place = Localized(vi: "\(Text.visible(name)) dòng \(entry.line)", en: "\(Text.visible(name)) line \(entry.line)")
                guard let code = entry.checkpoint else {
                    let error = invalid(entry.text, at: "")
                    throw InputError(vi: place.vi + ": " + error.text.vi, en: place.en + ": " + error.text.en)
                }
                result.append((place[options.lang], code))
            }
        }
        return result
    }

    /// Checks every code and says, for each, whether it holds; exit 3 when any does not.
    func compare(_ ledger: Ledger, with checkpoints: [(source: String, checkpoint: ChainCheckpoint)]) throws {
        guard !checkpoints.isEmpty else { return }
        let vi = options.lang == .vi
        var failed: [String] = []
        for (source, checkpoint) in checkpoints {
            let finding = try ledger.compare(with: checkpoint)
            let verdict = finding.ok ? (vi ? "khớp" : "holds") : (vi ? "KHÔNG khớp" : "does NOT hold")
            say("\(checkpoint.code) (\(source)): \(verdict). " + finding.message(checkpoint, options.lang))
            if !finding.ok { failed.append(checkpoint.code) }
        }
        guard failed.isEmpty else {
            fail(vi ? "Lịch sử không khớp \(failed.count)/\(checkpoints.count) mã kiểm tra: \(failed.joined(separator: ", "))."
                    : "The history does not match \(failed.count) of \(checkpoints.count) checkpoints: \(failed.joined(separator: ", ")).", code: 3)
        }
    }
}
