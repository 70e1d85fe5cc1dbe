import Foundation
import Testing
@testable import dexuat

/// The table of what an officer may pass over SSH covers the whole command tree, as the
/// parser sees it and as the binary describes it (`--experimental-dump-help`).
@Suite("SSH policy table")
struct SSHPolicyTests {
    /// One command of the binary's own description: its path and its arguments as typed.
    struct DumpedCommand {
        var path: String
        var arguments: [String]
        /// Those of `arguments` that are flags (no value).
        var flags: Set<String>
    }

    /// Every command of `dexuat --experimental-dump-help` (swift-argument-parser's ToolInfo),
    /// with the names of its arguments (`--output`, `<file>`), help flags left out.
    static func dumpedTree() throws -> [DumpedCommand] {
        let out = try Spawn.run([Binaries.dexuat, "--experimental-dump-help"])
        #expect(out.status == 0, "\(out.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        var found: [DumpedCommand] = []
        func walk(_ command: [String: Any], path: String) {
            var names: [String] = []
            var flags: Set<String> = []
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                let preferred = argument["preferredName"] as? [String: Any]
                let name = preferred?["name"] as? String ?? ""
                switch argument["kind"] as? String {
                case "positional": names.append("<\(argument["valueName"] as? String ?? "?")>")
                default:
                    if argument["kind"] as? String == "flag" && (name == "help" || name == "h") { continue }
                    let typed = (preferred?["kind"] as? String == "short" ? "-" : "--") + name
                    names.append(typed)
                    if argument["kind"] as? String == "flag" { flags.insert(typed) }
                }
            }
            found.append(DumpedCommand(path: path, arguments: names, flags: flags))
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                let name = sub["commandName"] as? String ?? "?"
                // The parser's own `help` subcommand prints help and reads nothing.
                if name == "help" { continue }
                walk(sub, path: path.isEmpty ? name : path + " " + name)
            }
        }
        walk(try #require(root["command"] as? [String: Any]), path: "")
        return found
    }

    /// Each command of the dump is in the table; for an allowed one, its arguments, in
    /// the order the parser declares them, are exactly the table's entries (by property,
    /// through Mirror) with exactly the names the binary shows. So an option added later,
    /// or renamed, fails here until it is classified.
    @Test func everyOptionAndArgumentOfEveryCommandIsClassified() throws {
        let dumped = try Self.dumpedTree()
        let types = Dictionary(SSHPolicy.tree().map { ($0.path, $0.type) }, uniquingKeysWith: { a, _ in a })
        #expect(dumped.count == types.count, "the dump and the configuration disagree on the commands")
        #expect(dumped.count > 60, "the tree walk found too few commands: \(dumped.count)")
        var refused: [String] = []
        for command in dumped {
            let rule = try #require(SSHPolicy.table[command.path], "command \"\(command.path)\" is missing from SSHPolicy.table")
            let type = try #require(types[command.path], "\"\(command.path)\" is not in the configuration tree")
            guard case .allowed(let entries) = rule else {
                refused.append(command.path)
                continue
            }
            let labels = SSHPolicy.labels(of: type)
            #expect(Set(labels).count == labels.count, "\(command.path): two properties share a name")
            let names = labels.map { label in (entries[label] ?? SSHPolicy.global[label])?.name ?? "UNCLASSIFIED(\(label))" }
            #expect(names == command.arguments, "\(command.path): the table says \(names), the binary \(command.arguments)")
            for label in entries.keys {
                #expect(labels.contains(label), "\(command.path): the table names \"\(label)\", which the command does not have")
            }
        }
        // remind (issue 14): every officer's work, mail sent as the service account.
        #expect(Set(refused) == ["init", "demo", "backup", "restore", "ssh-session", "remind"])
        // No stale rows either.
        #expect(Set(SSHPolicy.table.keys) == Set(dumped.map(\.path)))
    }

    /// At run time, an option or a command the table does not name is refused, whatever
    /// its value: so one added to the code and not to the table never runs over SSH.
    @Test func whatTheTableDoesNotNameIsRefusedAtRunTime() throws {
        let command = try Dexuat.parseAsRoot(["list", "--search", "x", "--db", "/w.sqlite"])
        try SSHPolicy.check(command, database: "/w.sqlite")
        guard case .allowed(var entries)? = SSHPolicy.table["list"] else { throw NSError(domain: "list", code: 1) }
        entries["search"] = nil
        var table = SSHPolicy.table
        table["list"] = .allowed(entries)
        #expect(throws: InputError.self) { try SSHPolicy.check(command, database: "/w.sqlite", table: table) }
        table["list"] = nil
        #expect(throws: InputError.self) { try SSHPolicy.check(command, database: "/w.sqlite", table: table) }
        // --db must be the session's own.
        #expect(throws: InputError.self) { try SSHPolicy.check(command, database: "/other.sqlite") }
    }

    /// The file functions themselves refuse in a session, beneath the table: a command that
    /// reached them with a file name (a table mistake) would still read or write nothing.
    @Test func theFileFunctionsRefuseInASession() throws {
        let scratch = try Scratch("userfiles")
        let secret = scratch.path("secret")
        try Data("CANARY".utf8).write(to: URL(fileURLWithPath: secret))
        let target = scratch.path("written")
        #expect(try readText(secret) == "CANARY")
        UserFiles.serverSession = true
        defer { UserFiles.serverSession = false }
        #expect(throws: InputError.self) { try readText(secret) }
        #expect(throws: InputError.self) { try readInput(secret) }
        #expect(throws: InputError.self) { try textArgument("@" + secret) }
        #expect(throws: InputError.self) { try OutputTarget(target, force: true, database: scratch.path("db")).write("x") }
        #expect(throws: InputError.self) { try SSHKeyLine.install("ssh-ed25519 AAAA x", into: target) }
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(try textArgument("plain text") == "plain text")
    }

    /// The list the report and docs/SECURITY.md quote, printed for review.
    @Test func theClassificationIsPrinted() throws {
        var lines: [String] = []
        for (path, type) in SSHPolicy.tree() {
            switch SSHPolicy.table[path] {
            case .refused?: lines.append("\(path.isEmpty ? "dexuat" : path): COMMAND REFUSED")
            case .allowed(let entries)?:
                let parts = SSHPolicy.labels(of: type).compactMap { label -> String? in
                    guard let entry = entries[label] ?? SSHPolicy.global[label] else { return nil }
                    return "\(entry.name)=\(entry.rule)"
                }
                lines.append("\(path.isEmpty ? "dexuat" : path): " + parts.joined(separator: " "))
            case nil: lines.append("\(path): MISSING")
            }
        }
        let text = lines.joined(separator: "\n") + "\n"
        try? text.write(toFile: FileManager.default.temporaryDirectory.appendingPathComponent("dexuat-ssh-policy.txt").path, atomically: true, encoding: .utf8)
        #expect(!text.contains("MISSING"))
    }

    /// The Desk an SSH session opens has no file, process or network call of its own: no
    /// source file of Sources/Desk (or of Procedure, beneath it) names one. With no external
    /// editor (ssh-session passes none) it can neither read nor write a server file.
    @Test func theDeskReachesNoFile() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let forbidden = ["FileManager", "FileHandle", "fopen", "Data(contentsOf", "contentsOfFile", "write(to", "write(toFile",
                         "Process(", "posix_spawn", "popen", "system(", "open(", "unlink(", "rename(",
                         "backup(", "restore(", "ThemeLoader"]
        var scanned = 0
        for folder in ["Sources/Desk", "Sources/Procedure"] {
            let base = root.appendingPathComponent(folder)
            let files = try #require(FileManager.default.enumerator(atPath: base.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
            for file in files {
                let text = try String(contentsOf: base.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                    for word in forbidden where line.contains(word) && !line.contains("." + word) {
                        Issue.record("\(folder)/\(file): \(word) in \(line)")
                    }
                }
                scanned += 1
            }
        }
        #expect(scanned > 40)
        // The session's Desk gets no external editor (the only way the Desk runs a program).
        let session = try String(contentsOf: root.appendingPathComponent("Sources/dexuat/Commands/SSHSession.swift"), encoding: .utf8)
        #expect(session.contains("DeskApp(") && !session.contains("editText"))
    }
}
