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
            let damage = try ledger.integrityProblems()
            if !damage.isEmpty {
                for line in damage.prefix(10) { say(line) }
                fail(CLIText.databaseFileDamagedRestoreLatest[options.lang], code: 3)
            }
            let progress = ProgressLine(CLIText.verifying[options.lang])
            defer { progress.finish() }
            let report = try ledger.verify(progress: progress.update)
            progress.finish()
            let documentProblems = try ledger.verifyDocumentRegister()
            for problem in documentProblems { say(problem[options.lang]) }
            if report.ok && !documentProblems.isEmpty {
                fail(CLIText.registerDocumentsDisagreesEventsProblems(documentProblems.count)[options.lang], code: 3)
            }
            try compare(ledger, with: checkpoints)
            if report.ok {
                say(CLIText.intactEventsProposalsLastHash(report.events, report.proposals, report.tipHash)[options.lang])
                return
            }
            for problem in report.problems.prefix(20) { say(problem.message(options.lang)) }
            if let first = report.firstBadEvent {
                say(CLIText.firstBadEvent(first)[options.lang])
            }
            fail(CLIText.historyTamperedProblems(report.problems.count)[options.lang], code: 3)
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
            InputError(CLIText.invalidCheckpointWrongFormatCharacter(source, Text.visible(text)))
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
                throw InputError(CLIText.againstFileNoCheckpoint(Text.visible(name)))
            }
            for entry in entries {
                let place = CLIText.verifyLine(Text.visible(name), entry.line)
                guard let code = entry.checkpoint else {
                    let error = invalid(entry.text, at: "")
                    throw InputError(CLIText.labelled(place, error.text))
                }
                result.append((place[options.lang], code))
            }
        }
        return result
    }

    /// Checks every code and says, for each, whether it holds; exit 3 when any does not.
    func compare(_ ledger: Ledger, with checkpoints: [(source: String, checkpoint: ChainCheckpoint)]) throws {
        guard !checkpoints.isEmpty else { return }
        var failed: [String] = []
        for (source, checkpoint) in checkpoints {
            let finding = try ledger.compare(with: checkpoint)
            let verdict = finding.ok ? CLIText.holds[options.lang] : CLIText.doesNotHold[options.lang]
            say("\(checkpoint.code) (\(source)): \(verdict). " + finding.message(checkpoint, options.lang))
            if !finding.ok { failed.append(checkpoint.code) }
        }
        guard failed.isEmpty else {
            fail(CLIText.historyDoesNotMatchCheckpoints(failed.count, checkpoints.count, failed.joined(separator: ", "))[options.lang], code: 3)
        }
    }
}
