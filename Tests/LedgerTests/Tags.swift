import Foundation
import Testing

// The slow tests and the fast loop (README, "The fast loop"). `swift test` runs every test
// (CI runs that); `DEXUAT_FAST=1 swift test` skips the tests tagged slow. Each slow test
// or suite carries both, on its @Test or @Suite line: `.tags(.slow, .tmux), .skippedInFastLoop`
// (ReliabilityTests' FastLoopTests checks every test file for the pair).
extension Tag {
    /// Takes seconds (a run of the whole suite printed more than about 5 s): skipped by the fast loop.
    @Tag static var slow: Self
}

extension Trait where Self == ConditionTrait {
    /// Off when DEXUAT_FAST is set: goes beside every slow tag.
    static var skippedInFastLoop: Self {
        .enabled(if: ProcessInfo.processInfo.environment["DEXUAT_FAST"] == nil, "DEXUAT_FAST is set: a slow test, left to the full suite")
    }
}
