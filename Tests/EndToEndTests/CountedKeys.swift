import Foundation
import Testing

/// Sends keys to a ``Tmux`` session and counts them, so that a test can say how many
/// keystrokes a piece of work costs an officer.
///
/// How keys are counted: every named key (`Enter`, `Tab`, `Space`, `C-s`, `Left`, …) is
/// one; a typed string is one per character (a Vietnamese letter such as "ệ" is one, as
/// an input method commits it, although Telex needs more keys to compose it). Reading
/// the screen costs nothing.
final class CountedKeys {
    let tmux: Tmux
    /// Named keys and single-letter commands typed through ``press(_:)``.
    private(set) var named = 0
    /// Characters of the strings typed through ``type(_:)``.
    private(set) var typed = 0
    /// How many strings were typed (fields filled, command lines written).
    private(set) var strings = 0
    /// The keys spent on each named step, in order.
    private(set) var steps: [(name: String, keys: Int)] = []
    private var stepStart = 0
    private var stepName: String?

    init(_ tmux: Tmux) { self.tmux = tmux }

    var total: Int { named + typed }

    /// Named keys, one each.
    func press(_ keys: String...) throws {
        for key in keys {
            try tmux.press(key)
            named += 1
        }
    }

    /// The same named key `times` times.
    func press(_ key: String, times: Int) throws {
        for _ in 0..<times { try press(key) }
    }

    /// Text, one key per character.
    func type(_ text: String) throws {
        try tmux.type(text)
        typed += text.count
        strings += 1
    }

    /// Starts counting the keys of a new step (the previous one ends here).
    func step(_ name: String) {
        endStep()
        stepName = name
        stepStart = total
    }

    /// Ends the current step, if any.
    func endStep() {
        if let stepName { steps.append((stepName, total - stepStart)) }
        stepName = nil
    }

    /// Waits until the screen holds `text`; on a timeout, records which step was stuck and
    /// the screen, and throws, so the test stops where the flow broke.
    @discardableResult
    func expect(_ text: String, timeout: TimeInterval = 45, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try tmux.screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let at = stepName ?? "(no step)"
        Issue.record("Step \"\(at)\": timed out waiting for \"\(text)\". Screen:\n\(last)", sourceLocation: sourceLocation)
        throw Stuck(step: at, awaited: text)
    }

    struct Stuck: Error, CustomStringConvertible {
        var step: String
        var awaited: String
        var description: String { "stuck at \(step), waiting for \"\(awaited)\"" }
    }
}
