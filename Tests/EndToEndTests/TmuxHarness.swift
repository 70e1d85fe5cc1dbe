import Foundation
import Testing

/// Drives the real binary inside tmux, as an officer at a terminal would: keys in, the
/// screen read back. Waits on screen content, never on fixed sleeps.
final class Tmux {
    let socket: String
    let session = "dexuat"
    let folder: URL
    let exitFile: URL
    let sttyFile: URL

    /// Starts `dexuat ARGS` in a fresh tmux server with a `width`×`height` window.
    init(arguments: [String], environment: [String: String], width: Int = 120, height: Int = 40, folder: URL) throws {
        socket = "dexuat-test-" + UUID().uuidString.prefix(8)
        self.folder = folder
        exitFile = folder.appendingPathComponent("exit-\(socket).txt")
        sttyFile = folder.appendingPathComponent("stty-\(socket).txt")
        let env = environment.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let command = "env TERM=xterm-256color LANG=C.UTF-8 \(env) \(Self.quote(CLI.binary)) "
            + arguments.map(Self.quote).joined(separator: " ")
            // stty's answer is written aside and moved into place, so `waitForExit`, which
            // waits for the file to exist, never reads it half written (an empty file made
            // a clean exit look like a terminal left broken).
            + "; echo $? > \(Self.quote(exitFile.path)); stty -a > \(Self.quote(sttyFile.path + ".part")) 2>&1; "
            + "mv \(Self.quote(sttyFile.path + ".part")) \(Self.quote(sttyFile.path)); sleep 30"
        try run(["new-session", "-d", "-s", session, "-x", String(width), "-y", String(height), "sh", "-c", command], capture: false)
    }

    deinit {
        _ = try? run(["kill-server"], capture: false)
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs a tmux command.
    @discardableResult
    func run(_ arguments: [String], capture: Bool = true) throws -> String {
        try Spawn.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments, capture: capture).stdout
    }

    /// The screen as text.
    func screen() throws -> String { try run(["capture-pane", "-p", "-t", session]) }

    /// The screen with tmux's own escape sequences for styles (to check what reached the terminal).
    func screenWithEscapes() throws -> String { try run(["capture-pane", "-p", "-e", "-t", session]) }

    /// Typed text, sent literally (UTF-8, so Vietnamese arrives as an IME would commit it).
    func type(_ text: String) throws { try run(["send-keys", "-t", session, "-l", text], capture: false) }

    /// Named keys: Enter, Escape, Tab, BTab, C-s, Down, …
    func press(_ keys: String...) throws {
        for key in keys { try run(["send-keys", "-t", session, key], capture: false) }
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", session, "-x", String(width), "-y", String(height)], capture: false)
    }

    /// Waits until the screen contains `text` (or `timeout` passes) and returns the screen.
    /// The limit is generous: it only matters when the text never comes, and a debug build
    /// under a loaded CI machine (the reliability batteries run beside these tests) is slow.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 45, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("Timed out waiting for \"\(text)\". Screen:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    /// Waits until `text` has left the screen: the key before it was handled. A test that
    /// only waited for text already on screen could send the next key too early (an Esc
    /// followed at once by a letter is read as Alt and the letter).
    func waitUntilGone(_ text: String, timeout: TimeInterval = 45, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if !last.contains(text) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("Timed out waiting for \"\(text)\" to go. Screen:\n\(last)", sourceLocation: sourceLocation)
    }

    /// Waits until the program has exited; returns its exit status.
    func waitForExit(timeout: TimeInterval = 45) -> Int? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOf: exitFile, encoding: .utf8), let code = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)),
               FileManager.default.fileExists(atPath: sttyFile.path) {
                return code
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// `stty -a` as the shell saw it after the program left.
    func terminalSettingsAfterExit() -> String { (try? String(contentsOf: sttyFile, encoding: .utf8)) ?? "" }

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }
}
