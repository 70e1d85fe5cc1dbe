import Foundation
import GRDB
import Ledger

// The same helper as in LedgerTests (LedgerFixtures.swift): test targets share no module.
extension DatabaseQueue {
    /// For the tests that take a current file back to an older schema and migrate it again:
    /// first undoes `v7-event-packing` (the `event` table as v1 made it, with `acting` unless
    /// `keepingActing` is false, back from `event_log` and its view), then runs `sql`, in one
    /// transaction; the migrations deleted in `sql` and `v7-event-packing` run again on the
    /// next open, in their order.
    func undoingEventPacking(keepingActing: Bool = true, then sql: String) throws {
        try writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.inTransaction {
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

