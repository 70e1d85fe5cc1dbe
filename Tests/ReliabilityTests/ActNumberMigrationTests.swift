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
}
