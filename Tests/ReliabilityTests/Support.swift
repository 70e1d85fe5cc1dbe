import Foundation
import GRDB
import Testing
import Ledger
#if canImport(Glibc)
import Glibc
#endif

/// The counts of the batteries: small in `swift test`, full with DEXUAT_FULL_BATTERIES=1.
enum Battery {
    static let full = ProcessInfo.processInfo.environment["DEXUAT_FULL_BATTERIES"] == "1"
    static var crashRounds: Int { full ? 1_000 : 200 }
    static var raceSeconds: Double { full ? 120 : 30 }
    static var raceProcesses: Int { 4 }
    static var editRaces: Int { 1_000 }
    static var backupSeconds: Double { full ? 60 : 12 }
    static var hostileStrings: Int { full ? 10_000 : 2_000 }
    static var hostileShows: Int { full ? 400 : 40 }
    static var hostileDeskOpens: Int { full ? 120 : 40 }

    /// Where a battery writes its figures (one JSON line per battery), for docs/RELIABILITY.md.
    static func report(_ name: String, _ figures: [String: Any]) {
        var record = figures
        record["battery"] = name
        record["full"] = full
        guard let data = try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]) else { return }
        let line = String(decoding: data, as: UTF8.self)
        print("FIGURES " + line)
        if let path = ProcessInfo.processInfo.environment["DEXUAT_BATTERY_FIGURES"], !path.isEmpty {
            let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
            if fd >= 0 {
                let bytes = Array((line + "\n").utf8)
                _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                close(fd)
            }
        }
    }
}

/// A temporary folder, removed at the end.
final class Scratch: @unchecked Sendable {
    let folder: URL
    init(_ name: String = "rel") throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dexuat-\(name)-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    deinit { try? FileManager.default.removeItem(at: folder) }
}

/// The binaries SwiftPM built: `dexuat` and `dexuat-torture`.
enum Binaries {
    static let folder: URL = {
        var candidates: [URL] = []
        if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent()) }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug"))
        for folder in candidates {
            var url = folder
            for _ in 0..<4 {
                let path = url.appendingPathComponent("dexuat-torture").path
                if FileManager.default.isExecutableFile(atPath: path) { return url }
                url = url.deletingLastPathComponent()
            }
        }
        return root.appendingPathComponent(".build/debug")
    }()
    static var dexuat: String { folder.appendingPathComponent("dexuat").path }
    static var torture: String { folder.appendingPathComponent("dexuat-torture").path }
}

/// posix_spawn and waitpid (Foundation's Process hangs in concurrent tests on Linux).
enum Spawn {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutBytes: [UInt8]
    }

    /// The environment of a child: ours, without anything that would change who acts or
    /// which file is used.
    static func cleanEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in ["DEXUAT_AS", "DEXUAT_DB", "SSH_ORIGINAL_COMMAND", "DEXUAT_FULL_BATTERIES"] { env.removeValue(forKey: key) }
        env["LANG"] = "C.UTF-8"
        for (key, value) in extra { env[key] = value }
        return env
    }

    /// Starts a child with stdout to `stdoutPath` (or /dev/null); returns its pid.
    static func start(_ arguments: [String], environment: [String: String]? = nil, stdin: String = "/dev/null",
                      stdoutPath: String = "/dev/null", stderrPath: String = "/dev/null") throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        let env = (environment ?? cleanEnvironment()).map { "\($0.key)=\($0.value)" }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let code = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        guard code == 0 else {
            throw NSError(domain: "Spawn", code: Int(code), userInfo: [NSLocalizedDescriptionKey: "cannot start \(arguments[0]): \(String(cString: strerror(code)))"])
        }
        return pid
    }

    /// Waits for a child; its exit code, or 128 + the signal.
    @discardableResult
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// Runs a program to the end, capturing its output.
    static func run(_ arguments: [String], environment: [String: String]? = nil, input: String? = nil) throws -> Result {
        let scratch = try Scratch("spawn")
        let out = scratch.path("out"), err = scratch.path("err")
        var inPath = "/dev/null"
        if let input {
            inPath = scratch.path("in")
            _ = FileManager.default.createFile(atPath: inPath, contents: Data(input.utf8))
        }
        let pid = try start(arguments, environment: environment, stdin: inPath, stdoutPath: out, stderrPath: err)
        let status = wait(pid)
        let outBytes = FileManager.default.contents(atPath: out).map { [UInt8]($0) } ?? []
        let errText = FileManager.default.contents(atPath: err).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return Result(status: status, stdout: String(decoding: outBytes, as: UTF8.self), stderr: errText, stdoutBytes: outBytes)
    }
}

/// The real `dexuat` on one database file.
struct CLI {
    let db: String

    @discardableResult
    func run(_ arguments: [String], as login: String? = nil, input: String? = nil, environment extra: [String: String] = [:]) throws -> Spawn.Result {
        var env = Spawn.cleanEnvironment(extra)
        if let login { env["DEXUAT_AS"] = login }
        return try Spawn.run([Binaries.dexuat] + arguments + ["--db", db], environment: env, input: input)
    }
}

/// Raw looks at a database file, as an auditor with a sqlite3 shell would take them.
enum Raw {
    static func queue(_ path: String, readonly: Bool = false) throws -> DatabaseQueue {
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.readonly = readonly
        // The `event` view reads through dexuat_unpack (v7-event-packing).
        config.prepareDatabase { db in Ledger.prepareConnection(db) }
        return try DatabaseQueue(path: path, configuration: config)
    }

    /// Every row of every table as text: equal dumps mean equal content.
    static func dump(_ path: String) throws -> String {
        let queue = try queue(path, readonly: true)
        defer { try? queue.close() }
        return try queue.read { db in
            var dump = ""
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
                dump += "## \(table)\n"
                let quoted = "\"" + table.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(quoted) ORDER BY 1") { dump += row.description + "\n" }
            }
            return dump
        }
    }

    /// The ACK lines a child wrote: proposal id → the highest version acknowledged.
    static func acknowledged(_ text: String) -> (count: Int, versions: [String: Int]) {
        var versions: [String: Int] = [:]
        var count = 0
        for line in text.split(separator: "\n") where line.hasPrefix("ACK ") {
            let parts = line.split(separator: " ")
            guard parts.count >= 4, let to = Int(parts[3]) else { continue }
            count += 1
            versions[String(parts[1]), default: 0] = max(versions[String(parts[1])] ?? 0, to)
        }
        return (count, versions)
    }
}

extension String {
    /// The file's text (empty when missing).
    static func contents(of path: String) -> String {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
