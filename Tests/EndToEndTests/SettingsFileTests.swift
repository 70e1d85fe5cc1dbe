import Foundation
import Testing
@testable import dexuat

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
