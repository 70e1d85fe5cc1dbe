import Foundation
import Testing

/// The fast loop (README): `DEXUAT_FAST=1 swift test` skips exactly the tests tagged
/// `.slow`. A tag alone would not skip anything (this toolchain's `swift test` filters by
/// name, not by tag), so every `.tags(.slow…)` must carry `.skippedInFastLoop` beside it,
/// and the trait is used nowhere else. Enumerated over every test file.
@Suite("The fast loop skips exactly the slow tests")
struct FastLoopTests {
    @Test func everySlowTagIsSkippedInTheFastLoopAndNothingElseIs() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let base = root.appendingPathComponent("Tests")
        let files = try #require(FileManager.default.enumerator(atPath: base.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") && !$0.hasSuffix("/FastLoopTests.swift") }.sorted()
        var slow = 0
        for file in files {
            let text = try String(contentsOf: base.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains("@Test") || line.contains("@Suite") {
                let tagged = line.contains(".tags(.slow")
                let skipped = line.contains(".skippedInFastLoop")
                if tagged { slow += 1 }
                #expect(tagged == skipped, "Tests/\(file): \(line.trimmingCharacters(in: .whitespaces))")
            }
            // Declared across two lines, the check above would miss it: refuse that shape.
            for line in text.split(separator: "\n") where line.contains(".tags(.slow") || line.contains(".skippedInFastLoop") {
                if !(line.contains("@Test") || line.contains("@Suite")) && !line.contains("static var") && !line.contains("///") {
                    Issue.record("Tests/\(file): the slow tag and its trait go on the @Test or @Suite line: \(line)")
                }
            }
        }
        #expect(slow >= 10, "the slow tests are tagged (\(slow) found)")
    }
}
