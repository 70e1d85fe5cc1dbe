import DemoWard
import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// v5-step-clocks (§7.6): `proposal_fact` gains the forwarding letter's day. A
/// database made before (the table without the column) is rebuilt by the migration and
/// passes verify.
@Suite struct ForwardingFactsMigrationTests {
    @Test func anOldDatabaseGainsTheColumnAndStaysValid() throws {
        let directory = LedgerFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("demo.sqlite").path
        let now = Date()
        do {
            let ledger = try Ledger.open(path: path, create: true)
            let org = DemoWard.organization()
            let generator = DemoGenerator(proposals: 40, seed: 432, now: now, calendar: try ledger.calendar())
            try ledger.importDemo(organization: org, administrator: org.grants.first { $0.role == .admin }?.login ?? "",
                                  at: now, batch: 20) { sink in try generator.generate(sink) }
            #expect(try ledger.verify().ok)
        }
        // Back to v4: the table as v3 made it (no `forwarded`), the migration not applied.
        // v8-body-packing undone first: v5-step-clocks reads the body column.
        let raw = try DatabaseQueue(path: path, configuration: Self.withDexuatFunctions)
        try raw.undoingBodyPacking(then: """
            DROP TRIGGER proposal_fact_insert;
            DROP TRIGGER proposal_fact_update;
            DROP TRIGGER proposal_fact_delete;
            ALTER TABLE proposal_fact DROP COLUMN forwarded;
            DELETE FROM grdb_migrations WHERE identifier = 'v5-step-clocks';
            """)
        let before = try raw.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal_fact") }
        try raw.close()
        let reopened = try Ledger.open(path: path)
        #expect(try reopened.verify().ok)
        try DatabaseQueue(path: path, configuration: Self.withDexuatFunctions).read { db in
            let columns = try db.columns(in: "proposal_fact").map(\.name)
            #expect(columns.contains("forwarded"))
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal_fact") == before)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'proposal_fact_%'") == 3)
        }
    }
}

extension ForwardingFactsMigrationTests {
    /// A plain connection that can read the `event` view (dexuat's functions, v7-event-packing).
    static var withDexuatFunctions: Configuration {
        var config = Configuration()
        config.prepareDatabase { db in Ledger.prepareConnection(db) }
        return config
    }
}
