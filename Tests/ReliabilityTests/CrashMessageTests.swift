import CrashGuard
import Foundation
import Testing

/// A crash prints one short line in the user's language and exits 70: no interactive
/// backtracer, no stack, no path of the build, the terminal put back. `dexuat-crash`
/// installs the same guard as `dexuat` and crashes on purpose in every way the guard
/// covers; `dexuat` itself is checked by signalling a running Desk and a running command.
/// Each run is under a pseudo-terminal (util-linux `script`), as over SSH, with the Swift
/// runtime's backtracer left at its default and asked for (`SWIFT_BACKTRACE=enable=yes`).
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
struct CrashMessageTests {
    static let vietnamese = "dexuat gặp lỗi nội bộ và đã dừng; dữ liệu đã ghi vẫn an toàn. Báo cho quản trị viên: mã lỗi "
    static let english = "dexuat hit an internal error and stopped; data already saved is safe. Tell the administrator: error code "
    static var crasher: String { Binaries.folder.appendingPathComponent("dexuat-crash").path }

    /// Every way to crash, with the signal it must be named by. Raised signals, then real
    /// faults: Swift's traps are SIGILL on x86-64 and SIGTRAP on arm64.
    static let trap = {
        #if arch(x86_64)
        "SIGILL"
        #else
        "SIGTRAP"
        #endif
    }()
    static let ways: [(how: String, signal: String)] = [
        ("SIGSEGV", "SIGSEGV"), ("SIGBUS", "SIGBUS"), ("SIGILL", "SIGILL"), ("SIGTRAP", "SIGTRAP"),
        ("SIGABRT", "SIGABRT"), ("SIGFPE", "SIGFPE"),
        ("null-write", "SIGSEGV"), ("stack-overflow", "SIGSEGV"), ("abort", "SIGABRT"),
        ("fatal-error", trap), ("precondition", trap), ("overflow", trap), ("force-unwrap", trap),
        ("index", trap), ("division-by-zero", trap),
    ]
    static let backtracerSettings: [String?] = [nil, "enable=yes", "enable=yes,interactive=yes"]

    struct Session {
        var exit: Int32?
        var output: String
        /// `stty -a` of the pseudo-terminal after the program ended.
        var terminal: Set<String>
    }

    static func quoted(_ words: [String]) -> String { words.map { "'" + $0 + "'" }.joined(separator: " ") }

    /// Runs a shell command on a fresh pseudo-terminal, then prints its status and the
    /// terminal's settings.
    static func inTerminal(_ command: String, backtrace: String?) throws -> Session {
        var env = Spawn.cleanEnvironment(["TERM": "xterm-256color"])
        env.removeValue(forKey: "SWIFT_BACKTRACE")
        if let backtrace { env["SWIFT_BACKTRACE"] = backtrace }
        let script = "\(command); echo \"EXIT=$?\"; stty -a"
        let run = try Spawn.run(["/usr/bin/timeout", "150", "/usr/bin/script", "-qec", script, "/dev/null"], environment: env)
        let output = run.stdout + run.stderr
        let exit = output.components(separatedBy: "EXIT=").dropFirst().last
            .flatMap { Int32($0.prefix { $0.isNumber }) }
        let settings = output.components(separatedBy: "EXIT=").last ?? ""
        let words = Set(settings.split(whereSeparator: { " ;\r\n".contains($0) }).map(String.init))
        return Session(exit: exit, output: output, terminal: words)
    }

    static func expectClean(_ session: Session, signal: String, english: Bool = false, _ context: String) {
        #expect(session.exit == CrashGuard.exitCode, "\(context): \(session.output)")
        let message = (english ? Self.english : Self.vietnamese) + signal + "."
        #expect(session.output.contains(message), "\(context): \(session.output)")
        for leak in ["Backtrace", "Crashed thread", "backtrace", ".build", "/work", "Thread 0", "Press"] {
            #expect(!session.output.contains(leak), "\(context): \"\(leak)\" shown: \(session.output)")
        }
    }

    /// The terminal as a shell expects it: line editing, echo, signals, CR → NL.
    static func expectRestored(_ session: Session, _ context: String) {
        for setting in ["icanon", "echo", "isig", "icrnl"] {
            #expect(session.terminal.contains(setting) && !session.terminal.contains("-" + setting),
                    "\(context): \(setting) not restored: \(session.output)")
        }
    }

    @Test(arguments: backtracerSettings)
    func theGuardHoldsEverySignalAfterTheRuntimeStarted(backtrace: String?) throws {
        let session = try Self.inTerminal(Self.quoted([Self.crasher, "installed"]), backtrace: backtrace)
        #expect(session.exit == 0, "\(session.output)")
        for (_, name) in CrashGuard.signals {
            #expect(session.output.contains("\(name) guarded"), "\(backtrace ?? "default"): \(session.output)")
        }
    }

    @Test(.tags(.slow, .crash), .skippedInFastLoop, arguments: ways.map(\.how))
    func everyCrashPrintsOneLineAndExits70(how: String) throws {
        let signal = try #require(Self.ways.first { $0.how == how }?.signal)
        for backtrace in Self.backtracerSettings {
            let session = try Self.inTerminal(Self.quoted([Self.crasher, how]), backtrace: backtrace)
            Self.expectClean(session, signal: signal, "\(how), SWIFT_BACKTRACE=\(backtrace ?? "unset")")
        }
        let english = try Self.inTerminal(Self.quoted([Self.crasher, how, "--lang", "en"]), backtrace: "enable=yes")
        Self.expectClean(english, signal: signal, english: true, "\(how) --lang en")
    }

    /// With the terminal taken as the Desk takes it (raw, no echo), a crash puts it back
    /// before the line is written: the shell after it has line editing and echo again.
    @Test(.tags(.slow, .crash), .skippedInFastLoop, arguments: ways.map(\.how))
    func aCrashInTheDeskRestoresTheTerminal(how: String) throws {
        let signal = try #require(Self.ways.first { $0.how == how }?.signal)
        let session = try Self.inTerminal(Self.quoted([Self.crasher, how, "--desk"]), backtrace: "enable=yes")
        Self.expectClean(session, signal: signal, "\(how) --desk")
        Self.expectRestored(session, "\(how) --desk")
    }

    /// The real program: a running Desk (the demo's role chooser) and a running command
    /// (`import -` waiting on its input) each get a fatal signal from outside.
    @Test(.tags(.slow, .crash), .skippedInFastLoop, arguments: ["SIGSEGV", "SIGTRAP", "SIGABRT"])
    func dexuatItselfPrintsTheLineAndRestoresTheDesk(signal: String) throws {
        let scratch = try Scratch("crash")
        let db = scratch.path("demo.sqlite")
        let kill = String(signal.dropFirst(3))
        // Started in the background with the terminal as its input; signalled once the
        // terminal is raw (the Desk has it), or after 100 s.
        let desk = Self.quoted([Binaries.dexuat, "--demo", "--db", db]) + " < /dev/tty & pid=$!; "
            + "for i in $(seq 1000); do stty -a < /dev/tty | grep -q -- -icanon && break; sleep 0.1; done; "
            + "kill -\(kill) $pid; wait $pid"
        let session = try Self.inTerminal(desk, backtrace: "enable=yes")
        Self.expectClean(session, signal: signal, "dexuat --demo, \(signal)")
        Self.expectRestored(session, "dexuat --demo, \(signal)")

        let command = "sleep 10 2>/dev/null | " + Self.quoted([Binaries.dexuat, "import", "-", "--format", "toml", "--lang", "en", "--db", db])
            + " & pid=$!; sleep 2; kill -\(kill) $pid; wait $pid"
        let plain = try Self.inTerminal(command, backtrace: nil)
        Self.expectClean(plain, signal: signal, english: true, "dexuat import -, \(signal)")
    }
}
