import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Issue 15, v6-act-numbers: a database made before keeps the numbers its acts were typed
/// with; the register of acts is entered from the events, verify passes, and the next act
/// continues each register after the highest number typed in it.
@Suite("Act numbers migration", .serialized, .tags(.slow), .skippedInFastLoop)
struct ActNumberMigrationTests {
    @Test func theV1FixtureKeepsItsTypedNumbersAndVerifies() throws {
        let scratch = try Scratch("act-numbers-migrate")
        let path = scratch.path("v1.sqlite")
        try MigrationTests.load("schema-v1-demo.sql", into: path)
        let ledger = try Ledger.open(path: path)
        #expect(try ledger.verify().ok)
        let proposals = try ledger.allProposals()
        var expected: [String] = []
        for p in proposals {
            if let d = p.decision { expected.append("\(p.id) decision \(d.number)") }
            if let c = p.conclusion { expected.append("\(p.id) conclusion \(c.number)") }
            for m in p.measures { expected.append("\(p.id) measure \(m.decisionNumber)") }
        }
        #expect(!expected.isEmpty)
        let entries = try ledger.actNumbers()
        #expect(entries.map { "\($0.proposalID) \($0.kind.rawValue) \($0.reference)" }.sorted() == expected.sorted())
        // Each entry reads its number from the reference typed then, where it reads.
        for entry in entries {
            let parsed = ActNumber(parsing: entry.reference)
            #expect(entry.number == parsed?.number && entry.symbol == parsed?.symbol, "\(entry.reference)")
        }
        // Dropped and migrated again from the events alone: the same register.
        try Raw.queue(path).write { db in
            try db.execute(sql: "DROP TABLE act_number; DELETE FROM grdb_migrations WHERE identifier = 'v6-act-numbers'")
        }
        let again = try Ledger.open(path: path)
        #expect(try again.actNumbers() == entries)
        #expect(try again.verify().ok)
    }

    /// A backup made by an earlier version is checked (and restored) through a private copy
    /// brought up to this version's schema; the backup itself is only read.
    @Test func aBackupOfAnEarlierVersionIsCheckedAndRestored() throws {
        let scratch = try Scratch("act-numbers-old-backup")
        let backup = scratch.path("v1-backup.sqlite")
        try MigrationTests.load("schema-v1-demo.sql", into: backup)
        let migrationsBefore = try Raw.queue(backup, readonly: true).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        let bytesBefore = try #require(FileManager.default.contents(atPath: backup))
        let report = try Ledger.check(file: backup)
        #expect(report.proposals > 0 && report.events > 0)
        #expect(try Raw.queue(backup, readonly: true).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") } == migrationsBefore)
        #expect(FileManager.default.contents(atPath: backup) == bytesBefore)
        // Restored where there is no database yet, it opens at this version and verifies.
        let target = scratch.path("restored.sqlite")
        _ = try Ledger.restore(from: backup, into: target)
        let restored = try Ledger.open(path: target)
        #expect(try restored.verify().ok)
        #expect(try restored.proposal(try #require(try restored.allProposals().first).id) != nil)
    }
}
