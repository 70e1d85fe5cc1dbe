import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Issue 17, v6-unit-party-committee: a file of the first released schema upgrades with
/// every unit's committee NULL (none named: the derived default applies), still verifies,
/// and a committee named afterwards is rebuilt by verify.
@Suite(.serialized, .tags(.slow), .skippedInFastLoop)
struct UnitPartyCommitteeMigrationTests {
    @Test func anOldFileUpgradesWithDerivedCommitteesAndStaysValid() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dexuat-v6-committee-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
        try MigrationTests.load("schema-v1-demo.sql", into: path)
        let ledger = try Ledger.open(path: path)
        #expect(try ledger.verify().ok)
        let stored = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT id, party_committee FROM unit").map { ($0["id"] as String, $0["party_committee"] as String?) }
        }
        #expect(!stored.isEmpty && stored.allSatisfy { $0.1 == nil })
        let org = try ledger.organization()
        #expect(org.partyCommittee(of: "UBND") == "Đảng ủy phường Uông Bí")
        #expect(org.partyCommittee(of: "THCS") == "Chi bộ Trường THCS Trưng Vương")
        let admin = try #require(org.grants.first { $0.role == .admin }?.login)
        var school = try #require(org.unit("THCS"))
        school.partyCommittee = "Chi bộ Trường THCS Trưng Vương - Uông Bí"
        try ledger.save(school, by: Actor(login: admin))
        #expect(try ledger.organization().partyCommittee(of: "THCS") == "Chi bộ Trường THCS Trưng Vương - Uông Bí")
        #expect(try ledger.verify().ok)
    }
}
