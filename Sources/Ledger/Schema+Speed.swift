import GRDB

extension Schema {
    /// v2-speed: what a province-sized ledger (a million proposals, ten million events)
    /// needs to open and page instantly.
    ///
    /// - `proposal_count`: how many proposals there are in all, per state and per
    ///   reviewing unit, kept by triggers on `proposal` in the same transaction as the
    ///   write that changes them, so the inbox presets are read, never counted. It is a
    ///   projection of `proposal`; `Ledger.countDisagreements()` recounts it.
    /// - `receipt_count`: how many receipts each reviewing unit registered each year
    ///   (Vietnam time), kept by a trigger on `event`: the next receipt number was a
    ///   count over every event, 30 s at ten million. A proposal's reviewing unit never
    ///   changes and events are never changed, so the count is the old query's answer.
    @Sendable static func speed(_ db: Database) throws {
        try db.execute(sql: speedReceipts)
        try db.execute(sql: """
            CREATE TABLE proposal_count (
                key TEXT PRIMARY KEY NOT NULL,
                n INTEGER NOT NULL
            ) STRICT, WITHOUT ROWID;

            INSERT INTO proposal_count (key, n) SELECT 'all', COUNT(*) FROM proposal;
            INSERT INTO proposal_count (key, n) SELECT 'state:' || state, COUNT(*) FROM proposal GROUP BY state;
            INSERT INTO proposal_count (key, n) SELECT 'unit:' || reviewing_unit_id, COUNT(*) FROM proposal GROUP BY reviewing_unit_id;

            CREATE TRIGGER proposal_count_insert AFTER INSERT ON proposal
            BEGIN
                INSERT INTO proposal_count (key, n) VALUES ('all', 1) ON CONFLICT (key) DO UPDATE SET n = n + 1;
                INSERT INTO proposal_count (key, n) VALUES ('state:' || NEW.state, 1) ON CONFLICT (key) DO UPDATE SET n = n + 1;
                INSERT INTO proposal_count (key, n) VALUES ('unit:' || NEW.reviewing_unit_id, 1) ON CONFLICT (key) DO UPDATE SET n = n + 1;
            END;

            CREATE TRIGGER proposal_count_delete AFTER DELETE ON proposal
            BEGIN
                UPDATE proposal_count SET n = n - 1 WHERE key IN ('all', 'state:' || OLD.state, 'unit:' || OLD.reviewing_unit_id);
            END;

            CREATE TRIGGER proposal_count_state AFTER UPDATE OF state ON proposal WHEN NEW.state IS NOT OLD.state
            BEGIN
                UPDATE proposal_count SET n = n - 1 WHERE key = 'state:' || OLD.state;
                INSERT INTO proposal_count (key, n) VALUES ('state:' || NEW.state, 1) ON CONFLICT (key) DO UPDATE SET n = n + 1;
            END;

            CREATE TRIGGER proposal_count_unit AFTER UPDATE OF reviewing_unit_id ON proposal
            WHEN NEW.reviewing_unit_id IS NOT OLD.reviewing_unit_id
            BEGIN
                UPDATE proposal_count SET n = n - 1 WHERE key = 'unit:' || OLD.reviewing_unit_id;
                INSERT INTO proposal_count (key, n) VALUES ('unit:' || NEW.reviewing_unit_id, 1) ON CONFLICT (key) DO UPDATE SET n = n + 1;
            END;
            """)
    }

    /// The receipt counter of v2-speed, its first counts and its trigger.
    static let speedReceipts = """
        CREATE TABLE receipt_count (
            unit_id TEXT NOT NULL,
            year TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (unit_id, year)
        ) STRICT, WITHOUT ROWID;

        INSERT INTO receipt_count (unit_id, year, n)
        SELECT p.reviewing_unit_id, substr(e.at_local, 1, 4), COUNT(*)
        FROM event e JOIN proposal p ON p.id = e.proposal_id
        WHERE e.kind = 'received'
        GROUP BY p.reviewing_unit_id, substr(e.at_local, 1, 4);

        CREATE TRIGGER receipt_count_insert AFTER INSERT ON event WHEN NEW.kind = 'received'
        BEGIN
            INSERT INTO receipt_count (unit_id, year, n)
            SELECT p.reviewing_unit_id, substr(NEW.at_local, 1, 4), 1 FROM proposal p WHERE p.id = NEW.proposal_id
            ON CONFLICT (unit_id, year) DO UPDATE SET n = n + 1;
        END;
        """
}
