import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure
@testable import dexuat
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10, item 1: over `ssh-session`, no command reads or writes a server file by name.
/// Every subcommand the binary describes, with a path-like value in each of its options and
/// arguments in turn, run as sshd runs the forced command (SSH_ORIGINAL_COMMAND, HOME and
/// the working folder in a tree of canary files): no canary text in the output, no file of
/// the tree created, changed or removed, and the chain only grown by legitimate events.
@Suite("SSH path battery", .serialized, .tags(.slow, .daemon), .skippedInFastLoop)
struct SSHPathBatteryTests {
    /// The service account's home: a 0600 secret, authorized_keys, a shell rc file, the
    /// database, and symbolic links to the secret and to the database.
    final class Tree: @unchecked Sendable {
        let scratch: Scratch
        let home: String
        let db: String
        let marker = "CANARY-" + UUID().uuidString
        let draft: String
        init() throws {
            scratch = try Scratch("sshpaths")
            home = scratch.path("home")
            let fm = FileManager.default
            try fm.createDirectory(atPath: home + "/.ssh", withIntermediateDirectories: true)
            try fm.createDirectory(atPath: home + "/data", withIntermediateDirectories: true)
            db = home + "/data/ward.sqlite"
            guard try Spawn.run([Binaries.torture, "setup", db]).status == 0 else { throw NSError(domain: "setup", code: 1) }
            draft = try Ledger.open(path: db).create(ConcurrencyTests.dossier("Bản nháp"), by: Actor(login: "nvan")).id
            try write("token = \(marker)-secret\n", to: home + "/secret.conf")
            try write("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBbBbBbBbBbBbBbBbBbBbBbBbBbBbBbBbBbBbBbBbBbB \(marker)-key\n", to: home + "/.ssh/authorized_keys")
            try write("echo \(marker)-rc\n", to: home + "/.bashrc")
            try fm.createSymbolicLink(atPath: home + "/link", withDestinationPath: home + "/secret.conf")
            try fm.createSymbolicLink(atPath: home + "/dblink", withDestinationPath: db)
        }
        func write(_ text: String, to path: String) throws {
            _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        }

        /// The path-like values of issue 10: absolute, relative, ~, .., symbolic links, the
        /// database's own path, authorized_keys, @FILE, and names of files not there yet.
        var values: [String] {
            let name = URL(fileURLWithPath: home).lastPathComponent
            return [home + "/secret.conf", "secret.conf", "~/secret.conf", "../\(name)/secret.conf", "link", db, "dblink",
                    ".ssh/authorized_keys", "@/etc/passwd", "new-file.txt", "-"]        }

        /// Every entry under the scratch folder (links not followed): kind, size, mode,
        /// modification time and content; the database and its companions left out.
        func snapshot() throws -> [String: String] {
            var entries: [String: String] = [:]
            let skip = Set([db, db + "-wal", db + "-shm", db + "-journal"])
            func walk(_ path: String) throws {
                for name in try FileManager.default.contentsOfDirectory(atPath: path) {
                    let full = path + "/" + name
                    var info = stat()
                    guard lstat(full, &info) == 0 else { continue }
                    if skip.contains(full) { continue }
                    var line = "mode=\(info.st_mode) size=\(info.st_size) mtime=\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
                    switch info.st_mode & S_IFMT {
                    case S_IFDIR:
                        // SQLite creates and removes -wal/-shm beside the database: its folder's time moves.
                        if full == URL(fileURLWithPath: db).deletingLastPathComponent().path { line = "folder" }
                        try walk(full)
                    case S_IFLNK: line += " -> " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "?")
                    default: line += " " + (FileManager.default.contents(atPath: full)?.base64EncodedString() ?? "?")
                    }
                    entries[full] = line
                }
            }
            try walk(scratch.folder.path)
            return entries
        }

        func chain() throws -> [String] {
            try Raw.queue(db, readonly: true).read { db in try String.fetchAll(db, sql: "SELECT seq || ' ' || hash FROM event ORDER BY seq") }
        }
    }

    /// One command of the binary's description with its positionals and value options.
    struct Command {
        var path: [String]
        var positionals: [String]
        var options: [String]
    }

    static func commands() throws -> [Command] {
        try SSHPolicyTests.dumpedTree().map { dumped in
            Command(path: dumped.path.split(separator: " ").map(String.init),
                    positionals: dumped.arguments.filter { $0.hasPrefix("<") },
                    options: dumped.valueOptions)
        }
    }

    /// The words of one attempt: the value in `slot` (an option, or every positional when
    /// nil), the proposal's id in the other positionals named <id>.
    static func words(_ command: Command, slot: String?, value: String, draft: String) -> [String] {
        var words = command.path
        for positional in command.positionals {
            words.append(slot == nil || positional != "<id>" ? value : draft)
        }
        if let slot { words += [slot, value] }
        return words
    }

    /// Shell quoting for SSH_ORIGINAL_COMMAND, as an ssh client would send the words.
    static func quoted(_ words: [String]) -> String {
        words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
    }

    /// What ssh-session decides for one attempt, by its own code (SSHSession.command(for:)):
    /// refused (exit 2), not parsed (the parser's usage error), or run.
    enum Decision: Equatable { case refused, unparsed, runs }

    static func decide(_ words: [String], database: String) -> Decision {
        do {
            _ = try SSHSession.command(for: quoted(words), database: database, language: .vi)
            return .runs
        } catch is InputError {
            return .refused
        } catch {
            return .unparsed
        }
    }

    /// Every subcommand × every option and positional × every path-like value. Each attempt
    /// is decided by ssh-session's own parsing and table, in process (fast, all of them);
    /// an attempt it would run (a path-like value in a plain-text option) is then run for
    /// real through `dexuat ssh-session`, with values that would show a read (the secret,
    /// a link to it) or a write (authorized_keys, the database, a new file); so is, for each
    /// command, every value in its first slot, refused or not, to check the wiring.
    @Test func noSubcommandReachesAServerFileWithAnyPathLikeValue() throws {
        let tree = try Tree()
        let commands = try Self.commands()
        #expect(commands.count > 60)
        // Run for real: text-accepted attempts with a value that shows a read (the secret) or
        // a write (authorized_keys); and one attempt per command, the values taken in turn.
        let probes = Set([tree.home + "/secret.conf", ".ssh/authorized_keys"])
        let values = tree.values
        var decided: [Decision: Int] = [:]
        let clock = ContinuousClock()
        let started = clock.now
        var attempts: [[String]] = []
        var slots = 0
        // Decided on both cores: the parser takes milliseconds per line in a debug build.
        var plan: [(number: Int, command: Command, index: Int, slot: String?, value: String, words: [String])] = []
        for (number, command) in commands.enumerated() {
            let slotsOfCommand: [String?] = (command.positionals.isEmpty ? [] : [nil]) + command.options.map { Optional($0) }
            slots += slotsOfCommand.count
            for (index, slot) in slotsOfCommand.enumerated() {
                for value in tree.values {
                    plan.append((number, command, index, slot, value, Self.words(command, slot: slot, value: value, draft: tree.draft)))
                }
            }
        }
        let decisions = Self.decideAll(plan.map(\.words), database: tree.db)
        for ((number, command, index, slot, value, words), decision) in zip(plan, decisions) {
            decided[decision, default: 0] += 1
            if (index == 0 && value == values[number % values.count]) || (decision == .runs && probes.contains(value)) {
                attempts.append(words)
            }
            // A file name where the table wants standard input or nothing is never run.
            if decision == .runs, let slot, let rule = Self.rule(command, slot), rule != .value, !(rule == .standardInput && value == "-") {
                Issue.record("\(words): \(slot) is \(rule) yet the value \(value) was accepted")
            }
            if decision == .runs, slot == nil, value != "-", command.positionals.contains(where: { Self.rule(command, $0) != .value }) {
                Issue.record("\(words): a file name was accepted as a positional argument")
            }
        }
        let decidedIn = clock.now - started
        let before = try tree.snapshot()
        let chainBefore = try tree.chain()
        let runStarted = clock.now
        let outcomes = try Self.runAll(attempts, tree: tree)
        let ranIn = clock.now - runStarted
        var refusals = 0
        for (words, result) in zip(attempts, outcomes) {
            let text = result.stdout + result.stderr
            #expect(!text.contains(tree.marker), "\(words): a canary reached the output: \(text.prefix(400))")
            #expect(!text.contains("root:x:0:0"), "\(words): /etc/passwd reached the output")
            #expect(result.status < 128 && result.status >= 0, "\(words): crashed (\(result.status))")
            // The process decides as the in-process check did.
            let expected = Self.decide(words, database: tree.db)
            if expected == .refused { #expect(result.status == 2, "\(words): \(result.status) \(result.stderr)") }
            if expected == .unparsed { #expect(result.status == 2, "\(words): \(result.status) \(result.stderr)") }
            if result.status == 2 { refusals += 1 }
        }
        let after = try tree.snapshot()
        for key in Set(before.keys).union(after.keys) where before[key] != after[key] {
            Issue.record("\(key) changed: \(before[key] ?? "absent") → \(after[key] ?? "absent")")
        }
        let chainAfter = try tree.chain()
        #expect(Array(chainAfter.prefix(chainBefore.count)) == chainBefore, "the chain was rewritten, not grown")
        let verify = try Spawn.run([Binaries.dexuat, "verify", "--db", tree.db], environment: Spawn.cleanEnvironment())
        #expect(verify.status == 0, "\(verify.stdout) \(verify.stderr)")
        #expect(decided[.runs, default: 0] > 0 && decided[.refused, default: 0] > 0)
        Battery.report("ssh-paths", ["commands": commands.count, "slots": slots, "values": tree.values.count,
                                     "decided": decided.values.reduce(0, +), "refused_in_process": decided[.refused, default: 0],
                                     "unparsed": decided[.unparsed, default: 0], "accepted_as_text": decided[.runs, default: 0],
                                     "run_through_ssh_session": attempts.count, "refused_by_process": refusals,
                                     "events_added": chainAfter.count - chainBefore.count,
                                     "decide_seconds": Double(decidedIn.components.seconds), "run_seconds": Double(ranIn.components.seconds)])
    }

    /// `decide` for every line, on as many threads as there are cores.
    static func decideAll(_ lines: [[String]], database: String) -> [Decision] {
        final class Box: @unchecked Sendable {
            var decisions: [Decision]
            let lock = NSLock()
            init(_ count: Int) { decisions = Array(repeating: .unparsed, count: count) }
        }
        let box = Box(lines.count)
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: lines.count, by: workers) {
                let decision = decide(lines[index], database: database)
                box.lock.lock()
                box.decisions[index] = decision
                box.lock.unlock()
            }
        }
        return box.decisions
    }

    /// The table's rule for one slot (`--output`, `<file>`) of a command.
    static func rule(_ command: Command, _ slot: String) -> SSHPolicy.Rule? {
        guard case .allowed(let entries)? = SSHPolicy.table[command.path.joined(separator: " ")] else { return nil }
        return (entries.values.first { $0.name == slot } ?? SSHPolicy.global.values.first { $0.name == slot })?.rule
    }

    /// Runs each attempt through `dexuat ssh-session` (qtvien, an administrator: the
    /// officer who can reach the most), a few at a time; standard input is empty.
    static func runAll(_ attempts: [[String]], tree: Tree) throws -> [Spawn.Result] {
        let scratch = try Scratch("sshpaths-out")
        var results = [Spawn.Result?](repeating: nil, count: attempts.count)
        var running: [(index: Int, pid: pid_t)] = []
        var next = 0
        let parallel = 4
        func collect(_ index: Int, _ status: Int32) {
            let out = FileManager.default.contents(atPath: scratch.path("\(index).out")) ?? Data()
            let err = FileManager.default.contents(atPath: scratch.path("\(index).err")) ?? Data()
            results[index] = Spawn.Result(status: status, stdout: String(decoding: out, as: UTF8.self),
                                          stderr: String(decoding: err, as: UTF8.self), stdoutBytes: [UInt8](out))
        }
        while next < attempts.count || !running.isEmpty {
            while running.count < parallel && next < attempts.count {
                var env = Spawn.cleanEnvironment(["HOME": tree.home, "SSH_ORIGINAL_COMMAND": quoted(attempts[next])])
                env["PWD"] = tree.home
                let pid = try Spawn.start(["/usr/bin/env", "-C", tree.home, Binaries.dexuat, "ssh-session", "qtvien", "--db", tree.db],
                                          environment: env, stdoutPath: scratch.path("\(next).out"), stderrPath: scratch.path("\(next).err"))
                running.append((next, pid))
                next += 1
            }
            let first = running.removeFirst()
            collect(first.index, Spawn.wait(first.pid))
        }
        return results.map { $0 ?? Spawn.Result(status: -1, stdout: "", stderr: "", stdoutBytes: []) }
    }

    /// The attacks of issue 10, one by one, with the refusal each now gets.
    @Test(arguments: [
        ("form export ID --kind ballot --output .ssh/authorized_keys", "--output"),
        ("form export ID --kind ballot --output=.ssh/authorized_keys", "--output"),
        ("register --output data/ward.sqlite", "--output"),
        ("report --period 2026 --output /tmp/x.md", "--output"),
        ("document ID --kind decision --output qd.docx", "--output"),
        ("form import secret.conf", "<file>"),
        // After `--`, ssh-session's own --db is a stray word: the parser refuses the line (64).
        ("form import -- secret.conf", "unexpected"),
        ("new --from secret.conf", "--from"),
        ("edit ID --from ~/secret.conf", "--from"),
        ("verify --register secret.conf", "--register"),
        ("import secret.conf", "<file>"),
        ("import - --format csv --check", ""),
        ("officer add --login tmoi --name X --unit VHXH --ssh-key @secret.conf", "@secret.conf"),
        ("officer add --login tmoi --name X --unit VHXH --ssh-key KEY --install", "--install"),
        ("officer add --login tmoi --name X --unit VHXH --ssh-key KEY --authorized-keys .ssh/authorized_keys", "--authorized-keys"),
        ("return ID --reasons @secret.conf", "@secret.conf"),
    ])
    func eachAttackOfTheIssueIsRefused(command: String, named: String) throws {
        let tree = try Tree()
        let before = try tree.snapshot()
        let dump = try Raw.dump(tree.db)
        let key = IdentityTests.ed25519(7).replacingOccurrences(of: " ", with: "\\ ")
        let text = command.replacingOccurrences(of: "ID", with: tree.draft).replacingOccurrences(of: "KEY", with: key)
        var env = Spawn.cleanEnvironment(["HOME": tree.home, "SSH_ORIGINAL_COMMAND": text])
        env["PWD"] = tree.home
        let out = try Spawn.run(["/usr/bin/env", "-C", tree.home, Binaries.dexuat, "ssh-session", "qtvien", "--db", tree.db],
                                environment: env, input: "")
        if named.isEmpty {
            // Standard input is the way: an empty CSV is read from it, and refused as empty, not as a file.
            #expect(!out.stderr.contains("SSH"), "\(out.stderr)")
        } else {
            #expect(out.status == 2, "\(text): \(out.status) \(out.stderr)")
            #expect(out.stderr.contains(named), "\(text): \(out.stderr)")
            #expect(try Raw.dump(tree.db) == dump)
        }
        #expect(!(out.stdout + out.stderr).contains(tree.marker))
        #expect(try tree.snapshot() == before)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/x.md"))
    }
}

extension SSHPolicyTests.DumpedCommand {
    /// The options that take a value (`--name`, not flags), from the argument names and
    /// the binary's own description of which are flags.
    var valueOptions: [String] { arguments.filter { $0.hasPrefix("-") && !flags.contains($0) } }
}
