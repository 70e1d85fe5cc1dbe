import Foundation
import GRDB
import Ledger

// The same helper as in LedgerTests (LedgerFixtures.swift): test targets share no module.
extension DatabaseQueue {
    /// For the tests that take a current file back to an older schema and migrate it again:
    /// first undoes `v8-body-packing` (`Database.undoBodyPacking`) and `v7-event-packing` (the
    /// `event` table as v1 made it, with `acting` unless `keepingActing` is false, back from
    /// `event_log` and its view), then runs `sql`, in one transaction; the migrations deleted
    /// in `sql` and those two run again on the next open, in their order.
    func undoingEventPacking(keepingActing: Bool = true, then sql: String) throws {
        try writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.inTransaction {
                try db.undoBodyPacking()
                let acting = keepingActing ? ", acting TEXT" : ""
                let actingColumn = keepingActing ? ", acting" : ""
                try db.execute(sql: """
                    CREATE TABLE event_v1 (
                        seq INTEGER PRIMARY KEY, proposal_id TEXT REFERENCES proposal(id), kind TEXT NOT NULL, actor TEXT NOT NULL,
                        on_behalf_of TEXT, played INTEGER NOT NULL, at_utc TEXT NOT NULL, at_local TEXT NOT NULL, reason TEXT NOT NULL,
                        payload TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL\(acting)
                    ) STRICT;
                    INSERT INTO event_v1 SELECT seq, proposal_id, kind, actor, on_behalf_of, played, at_utc, at_local, reason, payload,
                                                prev_hash, hash\(actingColumn) FROM event;
                    DROP TRIGGER event_view_update;
                    DROP TRIGGER event_view_delete;
                    DROP VIEW event;
                    DROP TRIGGER event_no_update;
                    DROP TRIGGER event_no_delete;
                    DROP TRIGGER receipt_count_insert;
                    -- The tables that reference event_log(seq) follow this rename back to
                    -- event(seq); the v1 table then takes that name.
                    ALTER TABLE event_log RENAME TO event;
                    DROP TABLE event;
                    ALTER TABLE event_v1 RENAME TO event;
                    CREATE INDEX event_proposal ON event(proposal_id, seq);
                    CREATE TRIGGER event_no_update BEFORE UPDATE ON event
                    BEGIN SELECT RAISE(ABORT, 'event log is append-only: events cannot be changed'); END;
                    CREATE TRIGGER event_no_delete BEFORE DELETE ON event
                    BEGIN SELECT RAISE(ABORT, 'event log is append-only: events cannot be deleted'); END;
                    CREATE TRIGGER receipt_count_insert AFTER INSERT ON event WHEN NEW.kind = 'received'
                    BEGIN
                        INSERT INTO receipt_count (unit_id, year, n)
                        SELECT p.reviewing_unit_id, substr(NEW.at_local, 1, 4), 1 FROM proposal p WHERE p.id = NEW.proposal_id
                        ON CONFLICT (unit_id, year) DO UPDATE SET n = n + 1;
                    END;
                    DELETE FROM grdb_migrations WHERE identifier = 'v7-event-packing';
                    """)
                try db.execute(sql: sql)
                return .commit
            }
        }
    }
}

extension Database {
    /// Undoes `v8-body-packing` (for the tests that take a current file back to an older
    /// schema): `proposal` as v1 made it, its body as text again from the `proposal_body`
    /// view, with the same indexes and triggers, the statistics triggers reading the
    /// column. Foreign keys must be off; `v8-body-packing` runs again on the next open.
    func undoBodyPacking() throws {
        guard try tableExists("proposal"), try columns(in: "proposal").contains(where: { $0.name == "body_data" }) else { return }
        let kept = try String.fetchAll(self, sql: """
            SELECT sql FROM sqlite_master WHERE tbl_name = 'proposal' AND type IN ('index', 'trigger') AND sql IS NOT NULL
            ORDER BY type, name
            """).map { sql in
                sql.replacingOccurrences(of: "(SELECT b.body FROM proposal_body b WHERE b.seq = NEW.seq)", with: "NEW.body")
                    .replacingOccurrences(of: "body_packing, body_size, body_dict, body_data", with: "body")
            }
        try execute(sql: """
            CREATE TABLE proposal_text (
                seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL, state TEXT NOT NULL,
                awaiting_receipt INTEGER NOT NULL, title TEXT NOT NULL, field TEXT NOT NULL,
                proposer TEXT NOT NULL REFERENCES officer(login), unit_id TEXT NOT NULL REFERENCES unit(id),
                reviewing_unit_id TEXT NOT NULL REFERENCES unit(id), created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
                last_actor TEXT NOT NULL, next_due TEXT, next_step TEXT, body TEXT NOT NULL
            ) STRICT;
            INSERT INTO proposal_text SELECT p.seq, p.id, p.version, p.state, p.awaiting_receipt, p.title, p.field, p.proposer,
                p.unit_id, p.reviewing_unit_id, p.created_at, p.updated_at, p.last_actor, p.next_due, p.next_step, b.body
                FROM proposal p JOIN proposal_body b ON b.seq = p.seq;
            DROP VIEW proposal_body;
            DROP TABLE proposal;
            PRAGMA legacy_alter_table = ON;
            ALTER TABLE proposal_text RENAME TO proposal;
            PRAGMA legacy_alter_table = OFF;
            DELETE FROM grdb_migrations WHERE identifier = 'v8-body-packing';
            """)
        for sql in kept { try execute(sql: sql) }
    }
}
