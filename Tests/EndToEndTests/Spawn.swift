import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program and waits for it with posix_spawn and waitpid. Foundation's `Process`
/// on Linux was seen to miss a child's exit when several tests start programs at once
/// (the child stayed a zombie and `waitUntilExit` never returned); this does not.
enum Spawn {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `arguments[0]` (looked up in PATH) with the rest; standard output and error go
    /// to temporary files (or nowhere), standard input comes from `input` (or /dev/null).
    static func run(_ arguments: [String], environment: [String: String]? = nil, input: String? = nil, capture: Bool = true) throws -> Result {
        let folder = FileManager.default.temporaryDirectory
        let id = UUID().uuidString
        let outPath = capture ? folder.appendingPathComponent("spawn-\(id).out").path : "/dev/null"
        let errPath = capture ? folder.appendingPathComponent("spawn-\(id).err").path : "/dev/null"
        var inPath = "/dev/null"
        if let input {
            inPath = folder.appendingPathComponent("spawn-\(id).in").path
            _ = FileManager.default.createFile(atPath: inPath, contents: Data(input.utf8))
        }
        defer {
            if capture {
                try? FileManager.default.removeItem(atPath: outPath)
                try? FileManager.default.removeItem(atPath: errPath)
            }
            if input != nil { try? FileManager.default.removeItem(atPath: inPath) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
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
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = (status & 0x7f) == 0
        let exitCode = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let out = capture ? (FileManager.default.contents(atPath: outPath).map { String(decoding: $0, as: UTF8.self) } ?? "") : ""
        let err = capture ? (FileManager.default.contents(atPath: errPath).map { String(decoding: $0, as: UTF8.self) } ?? "") : ""
        return Result(status: exitCode, stdout: out, stderr: err)
    }
}
