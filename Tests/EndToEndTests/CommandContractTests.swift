import Foundation
import Testing

/// Issue 14, item 6: the command line keeps README's promises for every command of the
/// tree (enumerated from the binary's own description, `--experimental-dump-help`):
/// `--help` exits 0 and names only options the command has; a usage error exits 2.
@Suite("Command-line contract")
struct CommandContractTests {
    /// Every command's path and the options it takes (`--name` and `-n`).
    static func tree() throws -> [(path: [String], options: Set<String>)] {
        let out = try Spawn.run([CLI.binary, "--experimental-dump-help"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        var found: [(path: [String], options: Set<String>)] = []
        func walk(_ command: [String: Any], path: [String]) {
            var options: Set<String> = ["--help", "-h"]
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                for name in argument["names"] as? [[String: Any]] ?? [] {
                    guard let text = name["name"] as? String else { continue }
                    options.insert((name["kind"] as? String == "short" ? "-" : "--") + text)
                }
            }
            found.append((path, options))
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                guard let name = sub["commandName"] as? String, name != "help" else { continue }
                walk(sub, path: path + [name])
            }
        }
        walk(try #require(root["command"] as? [String: Any]), path: [])
        return found
    }

    /// The `--xxx` words of a help text that are not introduced as another command's
    /// (the word before them is a command's name, as in "officer set --email").
    static func optionsNamed(in help: String, commandNames: Set<String>, own: String?) -> Set<String> {
        var named: Set<String> = []
        let words = help.components(separatedBy: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "`(),;:\"'[]")))
            .filter { !$0.isEmpty }
        for (index, word) in words.enumerated() where word.hasPrefix("--") && word.count > 2 {
            let name = String(word.prefix { $0 != "=" && $0 != "." && $0 != "/" && $0 != "…" })
            guard name.count > 2, name.dropFirst(2).allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { continue }
            if index > 0, commandNames.contains(words[index - 1]), words[index - 1] != own { continue }
            named.insert(name)
        }
        return named
    }

    @Test func everyCommandsHelpExitsZeroAndNamesOnlyItsOwnOptions() throws {
        let tree = try Self.tree()
        #expect(tree.count > 60, "too few commands found: \(tree.count)")
        let names = Set(tree.compactMap(\.path.last)).union(["dexuat"])
        for command in tree {
            let out = try Spawn.run([CLI.binary] + command.path + ["--help"])
            let label = (["dexuat"] + command.path).joined(separator: " ")
            #expect(out.status == 0, "\(label) --help: exit \(out.status) \(out.stderr)")
            #expect(out.stdout.contains("USAGE:"), "\(label) --help printed no usage")
            // Above SUBCOMMANDS: this command's own text. Below: each child's abstract,
            // checked against that child's options.
            let sections = out.stdout.components(separatedBy: "\nSUBCOMMANDS:\n")
            for option in Self.optionsNamed(in: sections[0], commandNames: names, own: command.path.last)
            where !command.options.contains(option) {
                Issue.record("\(label) --help names \(option), which \(label) does not take")
            }
            // Each child's abstract, its wrapped lines joined (a command's name and its
            // option may fall on two lines).
            var abstracts: [(child: [String], text: String)] = []
            for line in sections.dropFirst().joined().components(separatedBy: "\n") {
                let trimmed = line.drop { $0 == " " }
                if line.hasPrefix("  "), line.count - trimmed.count == 2, let name = trimmed.split(separator: " ").first {
                    abstracts.append((command.path + [String(name)], String(trimmed.dropFirst(name.count))))
                } else if line.hasPrefix("   "), !abstracts.isEmpty {
                    abstracts[abstracts.count - 1].text += " " + trimmed
                }
            }
            for (child, text) in abstracts {
                guard let options = tree.first(where: { $0.path == child })?.options else { continue }
                for option in Self.optionsNamed(in: text, commandNames: names, own: child.last) where !options.contains(option) {
                    Issue.record("\(label) --help says \(child.joined(separator: " ")) takes \(option), which it does not")
                }
            }
        }
    }

    /// An unknown option, a missing argument or a bad value, on every command: exit 2
    /// with the parser's message, never 64, and no database is created.
    @Test func aUsageErrorExitsTwoOnEveryCommand() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        for command in try Self.tree() {
            let label = (["dexuat"] + command.path).joined(separator: " ")
            let out = try Spawn.run([CLI.binary] + command.path + ["--no-such-option-xyz", "--db", cli.db])
            #expect(out.status == 2, "\(label): exit \(out.status) \(out.stderr.prefix(200))")
            // The parser's message: the unknown option, or the first missing argument.
            #expect(out.stderr.hasPrefix("Error: ") && (out.stderr.contains("--no-such-option-xyz") || out.stderr.contains("Missing expected argument")),
                    "\(label): \(out.stderr.prefix(200))")
            #expect(!FileManager.default.fileExists(atPath: cli.db), "\(label) created the database on a usage error")
        }
        let badValue = try Spawn.run([CLI.binary, "demo", "--proposals", "nhiều", "--db", cli.db])
        #expect(badValue.status == 2, "\(badValue.stderr)")
        let missing = try Spawn.run([CLI.binary, "officer", "set", "--db", cli.db])
        #expect(missing.status == 2, "\(missing.stderr)")
        let help = try Spawn.run([CLI.binary, "help", "remind"])
        #expect(help.status == 0)
    }

    /// Text the input checks refuse ([input.control_characters], [input.too_long]) is bad
    /// input: exit 2, as README promises.
    @Test func inputChecksExitTwo() throws {
        let ward = try RemindTests.Ward(proposals: 3)
        defer { ward.cli.cleanUp() }
        let control = try ward.cli.run(["unit", "add", "--id", "X", "--name", "Tên\u{7}", "--kind", "office"], as: ward.admin)
        #expect(control.status == 2 && RefusalText.says(control.stderr, "input.control_characters"), "\(control.status) \(control.stderr)")
        let long = try ward.cli.run(["unit", "add", "--id", "X", "--name", String(repeating: "a", count: 600), "--kind", "office"], as: ward.admin)
        #expect(long.status == 2 && RefusalText.says(long.stderr, "input.too_long"), "\(long.status) \(long.stderr)")
    }

    /// Long work (demo, verify, backup, restore) shows "…  42 %" on standard error only
    /// when it is a terminal: through a file (a script, a timer's journal) nothing extra
    /// appears; on a pseudo-terminal (util-linux `script`) the line is drawn and cleared.
    @Test(.tags(.slow), .skippedInFastLoop) func progressOnlyOnATerminal() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let demo = try cli.run(["demo", "--proposals", "300", "--quiet"])
        #expect(demo.status == 0 && demo.stderr.isEmpty, "\(demo.stderr.debugDescription)")
        #expect(!demo.stdout.contains("%") && !demo.stdout.contains("\r"))
        let verify = try cli.run(["verify"])
        #expect(verify.status == 0 && verify.stderr.isEmpty, "\(verify.stderr.debugDescription)")
        #expect(!verify.stdout.contains("\r"))
        let copy = cli.folder.appendingPathComponent("copy.sqlite").path
        let backup = try cli.run(["backup", "--to", copy])
        #expect(backup.status == 0 && backup.stderr.isEmpty, "\(backup.stderr.debugDescription)")
        let restoredPath = cli.folder.appendingPathComponent("restored.sqlite").path
        let restore = try Spawn.run([CLI.binary, "restore", copy, "--db", restoredPath])
        #expect(restore.status == 0 && restore.stderr.isEmpty, "\(restore.stderr.debugDescription)")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let other = cli.folder.appendingPathComponent("tty.sqlite").path
        let typescript = cli.folder.appendingPathComponent("typescript").path
        let command = "'\(CLI.binary)' demo --proposals 3000 --quiet --db '\(other)' && '\(CLI.binary)' backup --to '\(other).bak' --db '\(other)'"
        let tty = try Spawn.run(["/usr/bin/script", "-qefc", command, typescript])
        #expect(tty.status == 0, "\(tty.stderr)")
        let seen = (try? String(contentsOfFile: typescript, encoding: .utf8)) ?? ""
        for label in ["Đang tạo dữ liệu demo…", "Đang sao lưu…"] {
            #expect(seen.contains("\r\(label)  ") && seen.contains(" %"), "\(label): \(seen.suffix(300).debugDescription)")
        }
        #expect(seen.contains("\r\u{1B}[K"), "the line is cleared at the end")
    }
}
