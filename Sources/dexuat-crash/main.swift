import CrashGuard
import Terminal
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// `dexuat-crash HOW [--desk] [--lang en]`: installs the crash guard exactly as dexuat does,
// then crashes on purpose, for ReliabilityTests' CrashMessageTests. Not part of the product
// (not installed, not reachable through dexuat). `--desk` first takes the terminal as the
// Desk does (raw mode, through CursesTerminal); `dexuat-crash installed` prints which
// signals the guard holds and exits 0.
//
// HOW: SIGSEGV SIGBUS SIGILL SIGTRAP SIGABRT SIGFPE (raised), or a real fault:
// null-write, fatal-error, precondition, overflow, force-unwrap, index, stack-overflow,
// division-by-zero, abort.

let arguments = Array(CommandLine.arguments.dropFirst())
CrashGuard.install(restoreTerminal: CursesTerminal.asyncSignalSafeRestore)
if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count {
    CrashGuard.setEnglish(arguments[index + 1] == "en")
}

let how = arguments.first ?? ""
if how == "installed" {
    for (number, name) in CrashGuard.signals {
        print("\(name) \(CrashGuard.isInstalled(for: number) ? "guarded" : "NOT guarded")")
    }
    exit(0)
}

var terminal: CursesTerminal?
if arguments.contains("--desk") {
    do {
        terminal = try CursesTerminal()
    } catch {
        print(error.description)
        exit(4)
    }
}

/// A value the optimiser cannot know, so that each fault happens at run time.
let runtime = CommandLine.arguments.count

/// Never ends for a depth from 0 up: each call takes a frame until the stack runs out.
func recurse(_ depth: Int) -> Int {
    if depth < 0 { return depth }
    var frame = [Int](repeating: depth, count: 64)
    frame[depth % 64] = recurse(depth + 1)
    return frame.reduce(0, &+)
}

switch how {
case "null-write":
    let pointer = UnsafeMutablePointer<Int>(bitPattern: runtime * 8)
    pointer?.pointee = 1
case "fatal-error":
    fatalError("dexuat-crash: fatalError on purpose")
case "precondition":
    precondition(runtime < 0, "dexuat-crash: precondition on purpose")
case "overflow":
    print(Int.max - 1 + runtime)
case "force-unwrap":
    let nothing: Int? = runtime > 0 ? nil : 1
    print(nothing!)
case "index":
    print([1, 2, 3][runtime + 5])
case "stack-overflow":
    print(recurse(runtime))
case "division-by-zero":
    print(runtime / (runtime - runtime))
case "abort":
    abort()
default:
    if let signal = CrashGuard.signals.first(where: { $0.name == how }) {
        raise(signal.number)
    }
}
withExtendedLifetime(terminal) {}
print("dexuat-crash: did not crash (\(how))")
exit(5)
