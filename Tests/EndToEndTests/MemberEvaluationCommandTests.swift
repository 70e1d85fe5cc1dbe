import Foundation
import Testing

/// PROCEDURE.md §7.3 from the command line: the collective evaluation's threshold and the
/// chair's duty to give reasons are LOCAL settings; a share outside 50–100 is refused as a
/// usage error naming the key and the range, and changes nothing.
@Suite struct MemberEvaluationCommandTests {
    @Test func theThresholdAndTheReasonsAreSettingsAndABadShareIsRefused() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "0", "--quiet"])
        let admin = try StepClocksCommandTests.admin(cli)
        let shown = try cli.ok(["settings"])
        #expect(shown.contains("member_evaluation_share") && shown.contains("departure_needs_reason"))
        for bad in ["0", "49", "101", "-50", "một nửa"] {
            let refused = try cli.run(["settings", "--set", "member_evaluation_share=\(bad)"], as: admin)
            #expect(refused.status == 2, "\(bad)")
            #expect(refused.stderr.contains("member_evaluation_share") && refused.stderr.contains("từ 50 đến 100"), "\(refused.stderr)")
        }
        let unchanged = try #require(try cli.json(["settings"]) as? [String: Any])
        #expect(unchanged["member_evaluation_share"] as? Int == 50 && unchanged["departure_needs_reason"] as? Bool == true)
        try cli.ok(["settings", "--set", "member_evaluation_share=100", "--set", "departure_needs_reason=off"], as: admin)
        let changed = try #require(try cli.json(["settings"]) as? [String: Any])
        #expect(changed["member_evaluation_share"] as? Int == 100 && changed["departure_needs_reason"] as? Bool == false)
        #expect(try cli.run(["verify"]).status == 0)
    }
}
