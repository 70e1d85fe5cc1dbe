import CrashGuard
import DemoWard
import Desk
import Foundation
import Ledger
import Procedure
import Terminal
import SafeTOML

/// Opening the Desk: `dexuat` with no subcommand, or `dexuat --demo`.
enum TUI {
    /// The officer's own preferences, `$XDG_CONFIG_HOME/dexuat/settings.toml`:
    /// `theme = "dark"`, `lang = "en"`.
    struct Preferences {
        var theme: String?
        var language: Language?
        var problem: String?

        static func load(environment: [String: String]) -> Preferences {
            let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
                ?? (environment["HOME"].map { $0 + "/.config" } ?? "")
            let path = base + "/dexuat/settings.toml"
            guard let data = FileManager.default.contents(atPath: path) else { return Preferences() }
            do {
                let table = try TOML.parse(bytes: Array(data))
                return Preferences(theme: table["theme"]?.string, language: table["lang"]?.string.flatMap(Language.init(rawValue:)))
            } catch {
                return Preferences(problem: "\(path):\(error.line): \(error.vi)")
            }
        }
    }

    static func open(options: GlobalOptions, demo: Bool, theme: String?, languageGiven: Bool) throws {
        let environment = ProcessInfo.processInfo.environment
        let preferences = Preferences.load(environment: environment)
        let language = languageGiven ? options.lang : (preferences.language ?? options.lang)
        CrashGuard.setEnglish(language == .en)
        var path = options.databasePath
        var chooser: [Chooser.Choice]?
        if demo {
            path = try demoDatabase(at: options.db.flatMap { $0.isEmpty ? nil : $0 })
            chooser = demoChoices(try Ledger.open(path: path, upgrading: upgradeNotice(language)).organization(), language: language)
            FileHandle.standardError.write(Data((CLIText.demoDatabase[language] + path + "\n").utf8))
        }
        let ledger = try Ledger.open(path: path, upgrading: upgradeNotice(language))
        var officer = ""
        var played = false
        if let choices = chooser {
            officer = choices.first?.login ?? ""
            played = true
        } else {
            let actor = try Identity.actor(in: ledger)
            officer = actor.login
            played = actor.played
            if try ledger.isDemo() && !played { chooser = demoChoices(try ledger.organization(), language: language) }
        }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal()
        } catch {
            throw InputError(CLIText.unexpectedError(error))
        }
        let loaded = ThemeLoader.load(name: theme ?? preferences.theme ?? "default",
                                      searchPaths: ThemeLoader.standardSearchPaths(environment: environment),
                                      environment: environment, colorDepth: terminal.colorDepth, vietnamese: language == .vi)
        terminal.theme = loaded.theme
        let app = try DeskApp(ledger: ledger, backend: terminal, officer: officer, played: played, language: language,
                              forms: .standard, chooser: chooser, editText: ExternalEditor.edit)
        let problems = loaded.problems + (preferences.problem.map { [$0] } ?? [])
        if !problems.isEmpty { app.announce(problems.joined(separator: "; "), kind: .warning) }
        app.run()
    }

    /// The database `--demo` opens: a new demo in a temporary folder, or at `--db PATH`
    /// when given — made there if the file does not exist, reused if it is a demo, and
    /// refused (never overwritten) if it holds anything else.
    static func demoDatabase(at given: String?, now: Date = Date()) throws -> String {
        let path = given ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("dexuat-demo-" + UUID().uuidString).appendingPathComponent("dexuat.sqlite").path
        if holdsData(path) {
            guard isDemoFile(path) else {
                throw InputError(CLIText.demoDbFileHoldsData(path))
            }
            return path
        }
        let ledger = try Ledger.open(path: path, create: true)
        let org = DemoWard.organization()
        let generator = DemoGenerator(proposals: 60, seed: UInt64(now.timeIntervalSince1970) % 100_000, now: now, calendar: try ledger.calendar())
        try ledger.importDemo(organization: org, administrator: org.grants.first { $0.role == .admin }?.login ?? "", at: now) { sink in
            try generator.generate(sink)
        }
        return path
    }

    /// Every officer of the ward, grouped by unit: whom a visitor of a demo may play.
    static func demoChoices(_ org: Organization, language: Language) -> [Chooser.Choice] {
        Chooser.everyOfficer(org, language: language)
    }
}

/// C-e in a form: the field's text in the officer's $VISUAL or $EDITOR (vi if neither).
enum ExternalEditor {
    @Sendable static func edit(_ text: String) -> String? {
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dexuat-\(UUID().uuidString).txt")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            return nil
        }
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", editor + " \"$1\"", "dexuat-editor", file.path]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return nil
        }
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: file.path) else { return nil }
        var edited = String(decoding: data, as: UTF8.self)
        if edited.hasSuffix("\n") { edited.removeLast() }
        return edited == text ? nil : edited
    }
}
