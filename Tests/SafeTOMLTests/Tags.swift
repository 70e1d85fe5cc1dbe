import Foundation
import Testing

// The slow tests and the fast loop, as in Tests/EndToEndTests/Tags.swift: every slow test
// carries `.tags(.slow), .skippedInFastLoop` on its @Test line.
extension Tag {
    /// Takes seconds: skipped by the fast loop.
    @Tag static var slow: Self
}

extension Trait where Self == ConditionTrait {
    /// Off when DEXUAT_FAST is set: goes beside every slow tag.
    static var skippedInFastLoop: Self {
        .enabled(if: ProcessInfo.processInfo.environment["DEXUAT_FAST"] == nil, "DEXUAT_FAST is set: a slow test, left to the full suite")
    }
}
