import ArgumentParser
import CrashGuard
import Foundation
import Ledger
import Procedure

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Tệp cơ sở dữ liệu (mặc định $DEXUAT_DB, rồi $XDG_DATA_HOME/dexuat/dexuat.sqlite).")
    var db: String?

    @Option(name: .long, help: "Ngôn ngữ hiển thị: vi (mặc định) hoặc en.")
    var lang: Language = .vi

    /// Where the database lives when --db is not given.
    var databasePath: String {
        if let db, !db.isEmpty { return db }
        return Self.defaultDatabasePath(environment: ProcessInfo.processInfo.environment)
    }

    /// `$DEXUAT_DB`, else `$XDG_DATA_HOME/dexuat/dexuat.sqlite` (`~/.local/share/…`).
    static func defaultDatabasePath(environment env: [String: String]) -> String {
        if let path = env["DEXUAT_DB"], !path.isEmpty { return path }
        let base = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
        return (base as NSString).appendingPathComponent("dexuat/dexuat.sqlite")
    }

    func openLedger(create: Bool = false) throws -> Ledger {
        try Ledger.open(path: databasePath, create: create, upgrading: upgradeNotice(lang))
    }
}

extension Language: ExpressibleByArgument {}

/// Runs a command body, turning every failure into its message and exit code.
func run(_ options: GlobalOptions, _ body: () throws -> Void) throws {
    CrashGuard.setEnglish(options.lang == .en)
    do {
        try body()
    } catch let error as LedgerError {
        if case .refused(let refusal) = error { refused(refusal.rule.rawValue, refusal.message(options.lang), refusal.basis[options.lang]) }
        fail(error.message(options.lang), code: error.exitCode)
    } catch let refusal as Refusal {
        let code: Int32 = [.controlCharacters, .textTooLong].contains(refusal.rule) ? 2 : 1
        refused(refusal.rule.rawValue, refusal.message(options.lang), refusal.basis[options.lang])
        fail(refusal.message(options.lang) + " (" + refusal.basis[options.lang] + ")", code: code)
    } catch let error as InputError {
        fail(error.text[options.lang], code: 2)
    }
}

/// Bad input from the command line (exit 2).
struct InputError: Error {
    var text: Localized
    init(_ text: Localized) { self.text = text }
}

/// The rule's id is for scripts, not for the sentence (issue 17): with `--json` a refusal is
/// also written to standard output as `{"refused":{"basis":…,"message":…,"rule":"actor.role"}}`.
func refused(_ rule: String, _ message: String, _ basis: String) {
    guard CommandLine.arguments.contains("--json") else { return }
    let object = ["refused": ["rule": rule, "message": message, "basis": basis]]
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(object) else { return }
    print(SafeOutput.json(String(decoding: data, as: UTF8.self)))
}

func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data(("dexuat: " + SafeOutput.lines(message) + "\n").utf8))
    exit(code)
}

/// What an officer sees on standard error while `Ledger.open` converts an existing file to
/// this build's layout: a line before (it may take minutes on a large file) and one after.
func upgradeNotice(_ lang: Language) -> Ledger.UpgradeNotice {
    { upgrade in
        let text: Localized
        switch upgrade {
        case .starting(let steps): text = CLIText.upgradingDatabase(steps)
        case .finished(let seconds): text = CLIText.upgradedDatabase(seconds)
        }
        FileHandle.standardError.write(Data(("dexuat: " + SafeOutput.lines(text[lang]) + "\n").utf8))
    }
}

func say(_ text: String) {
    print(SafeOutput.lines(text))
}

/// Parses "01/03/2026" or "2026-03-01" (`DayText`: four-digit years only, in range).
func parseDay(_ text: String, field: String) throws -> Day {
    switch DayText.read(text) {
    case .success(let day): return day
    case .failure(let problem): throw InputError(CLIText.labelled(field, DayText.problem(text, problem)))
    }
}
