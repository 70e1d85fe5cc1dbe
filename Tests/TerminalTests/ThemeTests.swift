import Foundation
import Testing
@testable import Terminal

@Suite struct ThemeTests {
    private let themes = ThemeLoader.sourceTreeThemes

    private func temporaryFolder(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dexuat-themes-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func builtInCopiesEqualTheShippedFiles() throws {
        for builtIn in [Theme.builtInDefault, Theme.builtInMonochrome] {
            let text = try String(contentsOfFile: themes + "/\(builtIn.name).toml", encoding: .utf8)
            let parsed = try Theme.parse(text, file: builtIn.name, name: builtIn.name, base: Theme(name: "empty", styles: [:]))
            #expect(parsed == builtIn)
        }
    }

    @Test(arguments: ["default", "light", "dark", "high-contrast", "monochrome", "colorblind"])
    func everyShippedThemeLoadsAndSelectionStandsOutWithoutColour(name: String) {
        let result = ThemeLoader.load(name: name, searchPaths: [themes], environment: [:])
        #expect(result.problems == [])
        #expect(result.file == themes + "/\(name).toml")
        #expect(result.theme.name == name)
        for role in Theme.selectionRoles {
            #expect(result.theme.style(for: role).standsOutWithoutColor, "\(name) \(role)")
        }
    }

    @Test func partialThemeTakesTheRestFromDefault() throws {
        let text = """
            [list.row.selected]
            fg = "red"
            bg = 17
            bold = true

            ["status.error"]
            fg = "#FF8000"
            reverse = true
            """
        let theme = try Theme.parse(text, file: "x.toml", name: "x", base: .builtInDefault)
        #expect(theme.style(for: .listRowSelected) == Style(foreground: .ansi(1), background: .indexed(17), bold: true))
        #expect(theme.style(for: .statusError) == Style(foreground: .rgb(red: 255, green: 128, blue: 0), reverse: true))
        #expect(theme.style(for: .dueOverdue) == Theme.builtInDefault.style(for: .dueOverdue))
        #expect(theme.style(for: "list.row.selected.something") == theme.style(for: .listRowSelected))
    }

    @Test func selectionGetsBoldWhenTheFileGivesOnlyColour() throws {
        let theme = try Theme.parse("[list.row.selected]\nbg = \"blue\"\n", file: "x.toml", name: "x", base: .builtInDefault)
        #expect(theme.style(for: .listRowSelected).bold)
    }

    @Test(arguments: [
        ("default", TerminalColor.default), ("red", .ansi(1)), ("bright_white", .ansi(15)), ("grey", .ansi(8)),
        ("BRIGHT-RED", .ansi(9)), ("7", .ansi(7)), ("200", .indexed(200)), ("#00ff80", .rgb(red: 0, green: 255, blue: 128)),
    ])
    func colourSyntax(text: String, color: TerminalColor) {
        #expect(TerminalColor(parsing: text) == color)
    }

    @Test(arguments: ["purple", "256", "-1", "#12345", "#GGGGGG", ""])
    func badColours(text: String) {
        #expect(TerminalColor(parsing: text) == nil)
    }

    @Test func colourReduction() {
        let orange = TerminalColor.rgb(red: 0xE6, green: 0x9F, blue: 0x00)
        #expect(orange.reduced(to: .indexed256) == .indexed(178))
        #expect(TerminalColor.rgb(red: 255, green: 0, blue: 0).reduced(to: .ansi16) == .ansi(9))
        #expect(TerminalColor.rgb(red: 255, green: 0, blue: 0).reduced(to: .ansi8) == .ansi(1))
        #expect(TerminalColor.indexed(196).reduced(to: .ansi16) == .ansi(9))
        #expect(TerminalColor.ansi(12).reduced(to: .ansi8) == .ansi(4))
        #expect(TerminalColor.ansi(12).reduced(to: .monochrome) == .default)
        let mono = Theme.builtInDefault.reduced(to: .monochrome)
        #expect(mono.styles.values.allSatisfy { $0.foreground == .default && $0.background == .default })
    }

    @Test(arguments: [
        ("[list.row]\nfg = \"purple\"\n", 2, "unknown colour \"purple\""),
        ("# c\n\n[status.error]\nbold = true\nfg = 300\n", 5, "colour number 300"),
        ("[a]\nbold = \"yes\"\n", 2, "bold must be true or false"),
        ("[a]\nfgg = \"red\"\n", 2, "unknown key \"fgg\""),
        ("colour = 1\n", 1, "unknown key \"colour\""),
        ("[a\nfg = 1\n", 1, "TOML syntax error"),
        ("[a]\nfg = \"red\"\n[b]\nfg = \n", 4, "TOML syntax error"),
    ])
    func badFileSaysFileAndLine(text: String, line: Int, message: String) {
        #expect {
            try Theme.parse(text, file: "Themes/bad.toml", name: "bad", base: .builtInDefault)
        } throws: { error in
            guard let error = error as? ThemeError else { return false }
            return error.line == line && error.description.hasPrefix("Themes/bad.toml:\(line): ") && error.message.contains(message)
        }
    }

    @Test func badFileFallsBackToDefault() throws {
        let folder = try temporaryFolder(["broken.toml": "[list.row]\nfg = \"purple\"\n"])
        let result = ThemeLoader.load(name: "broken", searchPaths: [folder, themes], environment: [:])
        #expect(result.theme.styles == Theme.builtInDefault.styles)
        #expect(result.problems.count == 1)
        #expect(result.problems[0].hasPrefix(folder + "/broken.toml:2: unknown colour"))
    }

    /// Under `vi` the officer is told in Vietnamese (`--theme bogus` answered in English).
    @Test func aThemeProblemSpeaksTheOfficersLanguage() {
        let vi = ThemeLoader.load(name: "bogus", searchPaths: [themes], environment: [:], vietnamese: true)
        #expect(vi.problems.first?.hasPrefix("không tìm thấy giao diện \"bogus\"") == true)
        #expect(vi.problems.first?.hasSuffix("dùng giao diện mặc định") == true)
        let badName = ThemeLoader.load(name: "../x", searchPaths: [themes], environment: [:], vietnamese: true)
        #expect(badName.problems.first?.contains("chỉ được gồm chữ, số") == true)
        let en = ThemeLoader.load(name: "bogus", searchPaths: [themes], environment: [:])
        #expect(en.problems.first?.contains("not found") == true)
    }

    @Test func missingThemeFallsBackToDefault() {
        let result = ThemeLoader.load(name: "nowhere", searchPaths: [themes], environment: [:])
        #expect(result.theme.name == "default")
        #expect(result.problems.first?.contains("not found") == true)
        let traversal = ThemeLoader.load(name: "../etc/passwd", searchPaths: [themes], environment: [:])
        #expect(traversal.theme.name == "default")
        #expect(!traversal.problems.isEmpty)
    }

    @Test func noColorOrAColourlessTerminalGivesMonochrome() {
        let noColor = ThemeLoader.load(name: "dark", searchPaths: [themes], environment: ["NO_COLOR": "1"])
        #expect(noColor.theme == Theme.builtInMonochrome)
        let emptyNoColor = ThemeLoader.load(name: "dark", searchPaths: [themes], environment: ["NO_COLOR": ""])
        #expect(emptyNoColor.theme.name == "dark")
        let mono = ThemeLoader.load(name: "dark", searchPaths: [themes], environment: [:], colorDepth: .monochrome)
        #expect(mono.theme == Theme.builtInMonochrome)
        let noFiles = ThemeLoader.load(name: "default", searchPaths: [], environment: ["NO_COLOR": "yes"])
        #expect(noFiles.theme == Theme.builtInMonochrome)
        #expect(noFiles.problems == [])
    }

    @Test func userFolderComesFirst() throws {
        let folder = try temporaryFolder(["light.toml": "[list.row.selected]\nreverse = true\nfg = \"green\"\n"])
        let result = ThemeLoader.load(name: "light", searchPaths: [folder, themes], environment: [:], colorDepth: .ansi16)
        #expect(result.file == folder + "/light.toml")
        #expect(result.theme.style(for: .listRowSelected).foreground == .ansi(2))
        let paths = ThemeLoader.standardSearchPaths(environment: ["DEXUAT_THEMES": "/a", "XDG_CONFIG_HOME": "/c"], executablePath: "/usr/bin/dexuat")
        #expect(paths == ["/a", "/c/dexuat/themes", "/usr/share/dexuat/themes", themes])
        #expect(ThemeLoader.availableThemes(searchPaths: [themes]) == ["colorblind", "dark", "default", "high-contrast", "light", "monochrome"])
    }
}
