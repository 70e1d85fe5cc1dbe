import ArgumentParser
import Foundation
import Ledger
import Papers
import Procedure

/// `dexuat verify`: recomputes the hash chain and replays every proposal.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "verify", abstract: "Kiểm tra chuỗi băm của lịch sử sự kiện và đối chiếu trạng thái từng đề xuất.")

    @OptionGroup var options: GlobalOptions
    @Option(name: .customLong("register"), help: "Đối chiếu một bản sổ công khai (CSV hoặc HTML do dexuat register in) với chuỗi sự kiện.")
    var register: String?
    @Option(help: "Mã kiểm tra đã ghi trước đây (dexuat checkpoint, hoặc in trên văn bản, báo cáo, sổ công khai); lặp lại để kiểm nhiều mã: phát hiện cả phần cuối bị cắt và chuỗi bị tính lại toàn bộ.")
    var against: [String] = []
    @Option(name: .customLong("against-file"),
            help: "Tệp các mã kiểm tra (- là đầu vào chuẩn): mỗi dòng một mã, dòng # và dòng trống bỏ qua; hoặc một văn bản, báo cáo đã in có dòng \"Mã kiểm tra: …\".")
    var againstFile: String?
    @Option(help: "Mã kiểm tra đã ghi trước đây: chỉ tính lại chuỗi băm từ sau sự kiện mã này chỉ tới và đối chiếu lại các đề xuất có sự kiện từ đó (nhanh, dùng hằng ngày); `dexuat verify` không kèm tùy chọn này kiểm tra toàn bộ.")
    var since: String?
    @Flag(help: "In JSON.") var json = false

    func run() throws {
        try dexuat.run(options) {
            let checkpoints = try anchors()
            let sinceCode = try sinceCheckpoint()
            let ledger = try options.openLedger()
            if let register {
                try verifyRegister(register, ledger: ledger, options: options)
                return
            }
            if let sinceCode {
                // SQLite's check of every page of the file reads the whole file (it grows with
                // the file): it is the full `verify`'s, and `--since` says it left it.
                try verifySince(sinceCode, ledger: ledger, checkpoints: checkpoints)
                return
            }
            let damage = try ledger.integrityProblems()
            if !damage.isEmpty {
                for line in damage.prefix(10) { say(line) }
                fail(CLIText.databaseFileDamagedRestoreLatest[options.lang], code: 3)
            }
            let progress = ProgressLine(CLIText.verifying[options.lang])
            defer { progress.finish() }
            let report = try ledger.verify(parallelism: Self.parallelism, progress: progress.update)
            progress.finish()
            let documentProblems = try ledger.verifyDocumentRegister()
            if json {
                try printJSON(VerifyJSON(report, documentProblems: documentProblems, language: options.lang))
                try compare(ledger, with: checkpoints, quiet: true)
                if !report.ok || !documentProblems.isEmpty {
                    fail(CLIText.historyTamperedProblems(report.problems.count + documentProblems.count)[options.lang], code: 3)
                }
                return
            }
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
    func compare(_ ledger: Ledger, with checkpoints: [(source: String, checkpoint: ChainCheckpoint)], quiet: Bool = false) throws {
        guard !checkpoints.isEmpty else { return }
        var failed: [String] = []
        for (source, checkpoint) in checkpoints {
            let finding = try ledger.compare(with: checkpoint)
            let verdict = finding.ok ? CLIText.holds[options.lang] : CLIText.doesNotHold[options.lang]
            if !quiet { say("\(checkpoint.code) (\(source)): \(verdict). " + finding.message(checkpoint, options.lang)) }
            if !finding.ok { failed.append(checkpoint.code) }
        }
        guard failed.isEmpty else {
            fail(CLIText.historyDoesNotMatchCheckpoints(failed.count, checkpoints.count, failed.joined(separator: ", "))[options.lang], code: 3)
        }
    }
}

extension Verify {
    /// One worker per core, or `DEXUAT_VERIFY_WORKERS` of them (1 to 4; the benchmarks
    /// compare one with two).
    static var parallelism: VerifyParallelism {
        guard let text = ProcessInfo.processInfo.environment["DEXUAT_VERIFY_WORKERS"], let workers = Int(text),
              (1...4).contains(workers) else { return .standard }
        return VerifyParallelism(workers: workers)
    }

    /// The code of `--since`, read as `--against` reads its codes: one that cannot be read
    /// (a copying mistake: the check character disagrees) is bad input, exit 2.
    func sinceCheckpoint() throws -> ChainCheckpoint? {
        guard let since else { return nil }
        if register != nil { throw InputError(CLIText.sinceNotWithRegister) }
        guard let code = ChainCheckpoint(code: since) else {
            throw InputError(CLIText.invalidCheckpointWrongFormatCharacter("--since: ", Text.visible(since)))
        }
        return code
    }

    /// `verify --since CODE`: the chain after the checkpoint and the proposals it touches.
    /// Exit 3 when the code no longer holds (nothing else is checked then) or when a
    /// problem is found after it, as `verify` does.
    func verifySince(_ code: ChainCheckpoint, ledger: Ledger, checkpoints: [(source: String, checkpoint: ChainCheckpoint)]) throws {
        let progress = ProgressLine(CLIText.verifying[options.lang])
        defer { progress.finish() }
        let result = try ledger.verify(since: code, parallelism: Self.parallelism, progress: progress.update)
        progress.finish()
        if json {
            try printJSON(VerifyJSON(result, language: options.lang))
            try compare(ledger, with: checkpoints, quiet: true)
            guard result.finding.ok else {
                fail(CLIText.sinceCheckpointDoesNotHold(code.code)[options.lang], code: 3)
            }
            if !result.report.ok {
                fail(CLIText.historyAfterCheckpointTampered(code.code, code.seq + 1, result.report.problems.count)[options.lang], code: 3)
            }
            return
        }
        guard result.finding.ok else {
            say(result.finding.message(code, options.lang))
            fail(CLIText.sinceCheckpointDoesNotHold(code.code)[options.lang], code: 3)
        }
        try compare(ledger, with: checkpoints)
        let report = result.report
        if report.ok {
            say(CLIText.intactSinceCheckpoint(code.code, report.events, result.firstSeq, result.lastSeq, report.proposals,
                                              report.tipHash)[options.lang])
            say(CLIText.notRehashedBeforeCheckpoint(code.seq)[options.lang])
            return
        }
        for problem in report.problems.prefix(20) { say(problem.message(options.lang)) }
        if let first = report.firstBadEvent {
            say(CLIText.firstBadEvent(first)[options.lang])
        }
        say(CLIText.notRehashedBeforeCheckpoint(code.seq)[options.lang])
        fail(CLIText.historyAfterCheckpointTampered(code.code, code.seq + 1, report.problems.count)[options.lang], code: 3)
    }
}

/// `verify --json` and `verify --since CODE --json`.
struct VerifyJSON: Encodable {
    struct Problem: Encodable {
        @NullEncoded var seq: Int64?
        var message: String
    }

    var ok: Bool
    /// The code of `--since`; null for a whole verify.
    @NullEncoded var since: String?
    /// Whether that code still holds; null for a whole verify.
    @NullEncoded var sinceHolds: Bool?
    /// The first and last event whose hash was recomputed.
    var fromSeq: Int64
    var toSeq: Int64
    var events: Int
    var proposals: Int
    var tipHash: String
    /// Whether SQLite checked every page of the file (`PRAGMA integrity_check`): a whole
    /// verify does; `--since` leaves it to the whole verify.
    var pagesChecked: Bool
    var problems: [Problem]

    init(_ report: VerifyReport, documentProblems: [Localized], language: Language) {
        ok = report.ok && documentProblems.isEmpty
        fromSeq = report.events > 0 ? 1 : 0
        toSeq = Int64(report.events)
        events = report.events
        proposals = report.proposals
        tipHash = report.tipHash
        pagesChecked = true
        problems = report.problems.map { Problem(seq: $0.seq, message: $0.message(language)) }
            + documentProblems.map { Problem(seq: nil, message: $0[language]) }
    }

    init(_ result: VerifySinceReport, language: Language) {
        ok = result.ok
        since = result.checkpoint.code
        sinceHolds = result.finding.ok
        fromSeq = result.firstSeq
        toSeq = result.lastSeq
        events = result.report.events
        proposals = result.report.proposals
        tipHash = result.report.tipHash
        pagesChecked = false
        problems = result.finding.ok
            ? result.report.problems.map { Problem(seq: $0.seq, message: $0.message(language)) }
            : [Problem(seq: result.checkpoint.seq, message: result.finding.message(result.checkpoint, language))]
    }
}
