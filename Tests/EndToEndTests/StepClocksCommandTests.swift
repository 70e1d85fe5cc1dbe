import Foundation
import Testing

/// PROCEDURE.md §7.7 from the command line: the resourcing and measures limits are
/// settings; a limit of zero, a negative one or one that is not a number is refused as
/// a usage error, naming the key and the range, and changes nothing.
@Suite struct StepClocksCommandTests {
    static func admin(_ cli: CLI) throws -> String {
        let officers = try #require(try cli.json(["officer", "list"]) as? [[String: Any]])
        return try #require(officers.first { (($0["roles"] as? [String]) ?? []).contains("admin") }?["login"] as? String)
    }

    @Test func theNewLimitsAreSettingsAndABadOneIsRefused() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "0", "--quiet"])
        let admin = try Self.admin(cli)
        let shown = try cli.ok(["settings"])
        #expect(shown.contains("resourcing_days") && shown.contains("measures_days"))
        for key in ["resourcing_days", "measures_days"] {
            for bad in ["0", "-3", "61", "mười"] {
                let refused = try cli.run(["settings", "--set", "\(key)=\(bad)"], as: admin)
                #expect(refused.status == 2, "\(key)=\(bad)")
                #expect(refused.stderr.contains(key) && refused.stderr.contains("từ 1 đến 60"), "\(refused.stderr)")
            }
        }
        let unchanged = try #require(try cli.json(["settings"]) as? [String: Any])
        #expect(unchanged["resourcing_days"] as? Int == 10 && unchanged["measures_days"] as? Int == 15)

        try cli.ok(["settings", "--set", "resourcing_days=12", "--set", "measures_days=20"], as: admin)
        let changed = try #require(try cli.json(["settings"]) as? [String: Any])
        #expect(changed["resourcing_days"] as? Int == 12 && changed["measures_days"] as? Int == 20)
        #expect(try cli.run(["verify"]).status == 0)
    }
}
