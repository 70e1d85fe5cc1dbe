import Foundation
import Testing
@testable import dexuat
import Ledger

/// `$XDG_CONFIG_HOME/dexuat/settings.toml`, read when the Desk opens, goes through the same
/// safe TOML reader: a bad file gives a problem naming the file and line, never an abort.
struct SettingsFileTests {
    static func load(_ bytes: [UInt8]) throws -> (TUI.Preferences, String) {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("dexuat-settings-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: home.appendingPathComponent("dexuat"), withIntermediateDirectories: true)
        let path = home.appendingPathComponent("dexuat/settings.toml").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(at: home) }
        return (TUI.Preferences.load(environment: ["XDG_CONFIG_HOME": home.path]), path)
    }

    @Test(arguments: ["theme = \"dark\"\nlang = \"en\"\n", "theme = \"dark\"\r\nlang = \"en\"\r\n", "# c \"\"\"\ntheme = 'dark'\nlang = \"en\""])
    func aGoodSettingsFileIsRead(text: String) throws {
        let (preferences, _) = try Self.load(Array(text.utf8))
        #expect(preferences.theme == "dark")
        #expect(preferences.language == .en)
        #expect(preferences.problem == nil)
    }

    @Test(arguments: [
        ("theme = \"dark\"\n[[[a]]]\n", 2), ("lang = \"en\"\n[", 2), ("theme = \"da\\u0000rk\"", 1),
        ("theme = \"dark\"\rlang = \"en\"", 1), ("\n\ntheme = \"\u{FFFD}", 3),
    ])
    func aBadSettingsFileIsNamedWithItsLine(text: String, line: Int) throws {
        let (preferences, path) = try Self.load(Array(text.utf8))
        #expect(preferences.theme == nil)
        #expect(preferences.problem?.hasPrefix("\(path):\(line): ") == true, "\(preferences.problem ?? "no problem")")
    }

    @Test func bytesThatAreNotUTF8AreNamed() throws {
        let (preferences, path) = try Self.load(Array("theme = \"".utf8) + [0xFF, 0x22])
        #expect(preferences.problem == "\(path):1: không phải văn bản UTF-8")
    }
}

/// `--demo --db PATH` makes the demo at PATH (it was made in a temporary folder whatever
/// --db said), reuses a demo there, and never overwrites another database.
struct DemoDatabaseTests {
    @Test func theDemoGoesWhereDbSays() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dexuat-demodb-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("thu.sqlite").path
        #expect(try TUI.demoDatabase(at: path) == path)
        let ledger = try Ledger.open(path: path)
        #expect(try ledger.isDemo())
        let count = try ledger.countsByState().values.reduce(0, +)
        #expect(count > 0)
        // Again: the same demo, not a new one.
        #expect(try TUI.demoDatabase(at: path) == path)
        #expect(try Ledger.open(path: path).countsByState().values.reduce(0, +) == count)
        // A real database at --db is refused, untouched.
        let cli = try CLI()
        defer { cli.cleanUp() }
        let created = try cli.run(["init", "--name", "Quản trị"])
        #expect(created.status == 0, "\(created.stderr)")
        let real = cli.db
        #expect(throws: InputError.self) { try TUI.demoDatabase(at: real) }
        let untouched = try Ledger.open(path: real)
        #expect(try !untouched.isDemo())
        #expect(try untouched.countsByState().isEmpty)
        // No --db: a new folder each time.
        let temporary = try TUI.demoDatabase(at: nil)
        #expect(temporary != path && temporary.contains("dexuat-demo-"))
        try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: temporary).deletingLastPathComponent().path)
    }
}
