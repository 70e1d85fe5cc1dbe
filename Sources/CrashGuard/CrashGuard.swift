import CCrashGuard
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A crash (SIGSEGV, SIGBUS, SIGILL, SIGTRAP — Swift's traps: `fatalError`, failed
/// preconditions, overflow —, SIGABRT, SIGFPE) ends the process with one short line in
/// the user's language, the terminal put back, and exit status ``exitCode``: no
/// interactive backtracer, no stack, no path of the build.
///
/// The Swift runtime installs its backtracer's handlers before `main`; ``install(restoreTerminal:)``
/// replaces them, so it must run first thing in `main`. The messages are rendered here,
/// before any crash, and copied into C buffers that the handler writes with write(2).
public enum CrashGuard {
    /// The exit status after a crash (EX_SOFTWARE), distinct from 1, 2 and 3.
    public static let exitCode: Int32 = Int32(DEXUAT_CRASH_EXIT_CODE)

    /// The signals taken over, with the names the message gives.
    public static let signals: [(number: Int32, name: String)] = [
        (SIGSEGV, "SIGSEGV"), (SIGBUS, "SIGBUS"), (SIGILL, "SIGILL"),
        (SIGTRAP, "SIGTRAP"), (SIGABRT, "SIGABRT"), (SIGFPE, "SIGFPE"),
    ]

    /// Renders the messages in both languages, registers `restoreTerminal` (an
    /// async-signal-safe function that puts the terminal back if it was taken, such as
    /// `CursesTerminal.asyncSignalSafeRestore`) and installs the handlers.
    /// Returns how many of the six signals were taken over.
    @discardableResult
    public static func install(restoreTerminal: (@convention(c) () -> Void)? = nil) -> Int {
        for (number, name) in signals {
            for (index, text) in [CrashGuardText.message(name).vi, CrashGuardText.message(name).en].enumerated() {
                let bytes = Array(text.utf8)
                _ = bytes.withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) { chars in
                        dexuat_crash_guard_set_message(Int32(index), number, chars.baseAddress, chars.count)
                    }
                }
            }
        }
        dexuat_crash_guard_set_restore_hook(restoreTerminal)
        return Int(dexuat_crash_guard_install())
    }

    /// English once `--lang en` is decided; Vietnamese otherwise.
    public static func setEnglish(_ english: Bool) {
        dexuat_crash_guard_set_language(english ? 1 : 0)
    }

    /// The handler in place for `signal` is this guard's (and not the runtime's backtracer's).
    public static func isInstalled(for signal: Int32) -> Bool {
        dexuat_crash_guard_is_installed_for(signal) != 0
    }
}
