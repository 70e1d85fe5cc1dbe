import Foundation
import GRDB
import Testing

/// Runs the real `dexuat` binary, as a person at a shell would.
struct CLI {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let db: String
    let folder: URL

    /// A fresh folder with the database path inside it.
    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dexuat-e2e-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        db = folder.appendingPathComponent("dexuat.sqlite").path
    }

    func cleanUp() { try? FileManager.default.removeItem(at: folder) }

    /// The binary SwiftPM built next to the test bundle.
    static let binary: String = {
        var candidates: [URL] = []
        if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent()) }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug"))
        for folder in candidates {
            var url = folder
            for _ in 0..<4 {
                let path = url.appendingPathComponent("dexuat").path
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                   FileManager.default.isExecutableFile(atPath: path) {
                    return path
                }
                url = url.deletingLastPathComponent()
            }
        }
        return root.appendingPathComponent(".build/debug/dexuat").path
    }()

    @discardableResult
    func run(_ arguments: [String], as login: String? = nil, stdin: String? = nil, environment extra: [String: String] = [:]) throws -> Output {
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "DEXUAT_AS")
        env.removeValue(forKey: "DEXUAT_DB")
        if let login { env["DEXUAT_AS"] = login }
        for (key, value) in extra { env[key] = value }
        let result = try Spawn.run([Self.binary] + arguments + ["--db", db], environment: env, input: stdin)
        return Output(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    /// Runs and requires success, returning stdout.
    @discardableResult
    func ok(_ arguments: [String], as login: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let output = try run(arguments, as: login)
        #expect(output.status == 0, "dexuat \(arguments.joined(separator: " ")) failed: \(output.stderr)", sourceLocation: sourceLocation)
        return output.stdout
    }

    /// `--json` output parsed.
    func json(_ arguments: [String], as login: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> Any {
        let text = try ok(arguments + ["--json"], as: login, sourceLocation: sourceLocation)
        return try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    /// Every row of every table, as text: what "unchanged in content" is compared on.
    func contentDump() throws -> String {
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: db, configuration: config)
        return try queue.read { db in
            var dump = ""
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            for table in tables {
                dump += "## \(table)\n"
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"") { dump += row.description + "\n" }
            }
            return dump
        }
    }
}
