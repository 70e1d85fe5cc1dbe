import Foundation
import GRDB
import Testing

/// Issue 17: a unit names its same-level Party committee (`dexuat unit add
/// --party-committee`), the demo's units carry theirs, the Party-opinion step records it
/// when none is typed, and `verify` rebuilds it from the chain.
@Suite(.serialized, .tags(.slow), .skippedInFastLoop) struct UnitPartyCommitteeCommandTests {
    static func unit(_ id: String, in cli: CLI) throws -> [String: Any] {
        let units = try #require(try cli.json(["unit", "list"]) as? [[String: Any]])
        return try #require(units.first { $0["id"] as? String == id })
    }

    @Test func theCommitteeIsSetKeptClearedAndRebuiltByVerify() throws {
        let ward = try RemindTests.Ward(proposals: 3)
        defer { ward.cli.cleanUp() }
        let cli = ward.cli
        // The demo ward's units carry their own.
        for (id, committee) in [("UBND", "Đảng ủy phường Uông Bí"), ("THCS", "Chi bộ Trường THCS Trưng Vương"),
                                ("KTHTDT", "Chi bộ Phòng Kinh tế, Hạ tầng và Đô thị")] {
            let unit = try Self.unit(id, in: cli)
            #expect(unit["party_committee"] as? String == committee)
            #expect(unit["party_committee_named"] as? Bool == true)
        }
        #expect(try Self.unit("KTHTDT", in: cli)["name"] as? String == "Phòng Kinh tế, Hạ tầng và Đô thị")

        let add = ["unit", "add", "--id", "THQT", "--name", "Trường Tiểu học Quang Trung", "--kind", "public_service_unit", "--parent", "UBND"]
        try cli.ok(add, as: ward.admin)
        var school = try Self.unit("THQT", in: cli)
        #expect(school["party_committee"] as? String == "Chi bộ Trường Tiểu học Quang Trung")
        #expect(school["party_committee_named"] as? Bool == false)

        try cli.ok(add + ["--party-committee", "Chi bộ Trường Tiểu học Quang Trung - Uông Bí"], as: ward.admin)
        school = try Self.unit("THQT", in: cli)
        #expect(school["party_committee"] as? String == "Chi bộ Trường Tiểu học Quang Trung - Uông Bí")
        #expect(school["party_committee_named"] as? Bool == true)
        #expect(try cli.ok(["unit", "list"]).contains("Chi bộ Trường Tiểu học Quang Trung - Uông Bí"))

        // Saved again without the option: kept.
        try cli.ok(add, as: ward.admin)
        #expect(try Self.unit("THQT", in: cli)["party_committee"] as? String == "Chi bộ Trường Tiểu học Quang Trung - Uông Bí")
        #expect(try cli.run(["verify"]).status == 0)

        // Bad text is bad input; someone else than an administrator is refused.
        let control = try cli.run(add + ["--party-committee", "Chi bộ\u{7}"], as: ward.admin)
        #expect(control.status == 2, "\(control.stderr)")
        let officers = try #require(try cli.json(["officer", "list"]) as? [[String: Any]])
        let other = try #require(officers.first { !(($0["roles"] as? [String]) ?? []).contains("admin") }?["login"] as? String)
        let refused = try cli.run(add + ["--party-committee", "Chi bộ giả"], as: other)
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(try Self.unit("THQT", in: cli)["party_committee"] as? String == "Chi bộ Trường Tiểu học Quang Trung - Uông Bí")

        // Cleared with an empty value: the derived default again.
        try cli.ok(add + ["--party-committee", ""], as: ward.admin)
        #expect(try Self.unit("THQT", in: cli)["party_committee_named"] as? Bool == false)
        #expect(try cli.run(["verify"]).status == 0)

        // Edited behind the chain's back: named by verify (exit 3).
        let queue = try DatabaseQueue(path: cli.db)
        try queue.write { db in try db.execute(sql: "UPDATE unit SET party_committee = 'Chi bộ giả' WHERE id = 'THCS'") }
        try queue.close()
        let tampered = try cli.run(["verify"])
        #expect(tampered.status == 3, "\(tampered.stdout)")
        #expect((tampered.stdout + tampered.stderr).contains("THCS"))
    }
}
