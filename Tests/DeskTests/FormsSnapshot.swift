import Foundation
import Testing

/// Golden text files in Tests/DeskTests/Snapshots. `DEXUAT_UPDATE_SNAPSHOTS=1 swift test
/// --filter DeskTests` rewrites them; review the diff with `git diff` before committing.
enum FormsSnapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static var updating: Bool { ProcessInfo.processInfo.environment["DEXUAT_UPDATE_SNAPSHOTS"] == "1" }

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name + ".txt")
        let text = actual + "\n"
        if updating {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            do { try text.write(to: url, atomically: true, encoding: .utf8) } catch {
                Issue.record("cannot write \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt: run with DEXUAT_UPDATE_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        if expected != text {
            let got = text.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
            Issue.record("""
                snapshot \(name) differs at line \(line + 1):
                  expected: \(line < want.count ? String(want[line]) : "<none>")
                  actual:   \(line < got.count ? String(got[line]) : "<none>")
                (DEXUAT_UPDATE_SNAPSHOTS=1 rewrites it)
                """, sourceLocation: sourceLocation)
        }
    }
}
