import GRDB

extension Schema {
    /// v5-delegation (PROCEDURE.md §7.5): the delegations (ký thay) and appointments of
    /// officers in charge (giao phụ trách), one row per document, written with their
    /// events (`delegation_granted`, `appointment_made`, and the revocations that fill
    /// `revoked_on`) and rebuilt from them by `verify` (``Ledger/verifyDelegations(_:into:)``).
    /// `event.acting` records, on a step taken on such a document, on what authority (JSON
    /// of `Acting`); it is hashed only when present, so every older row keeps its hash and
    /// an old file stays valid.
    @Sendable static func delegation(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE delegation (
                number TEXT PRIMARY KEY NOT NULL,
                seq INTEGER NOT NULL REFERENCES event(seq),
                unit_id TEXT NOT NULL,
                head TEXT NOT NULL,
                deputy TEXT NOT NULL,
                date TEXT NOT NULL,
                from_day TEXT NOT NULL,
                until_day TEXT NOT NULL,
                steps TEXT NOT NULL,
                revoked_on TEXT
            ) STRICT;
            CREATE INDEX delegation_by_deputy ON delegation(deputy, unit_id);
            CREATE TABLE appointment (
                number TEXT PRIMARY KEY NOT NULL,
                seq INTEGER NOT NULL REFERENCES event(seq),
                unit_id TEXT NOT NULL,
                officer TEXT NOT NULL,
                appointed_by TEXT NOT NULL,
                date TEXT NOT NULL,
                revoked_on TEXT
            ) STRICT;
            ALTER TABLE event ADD COLUMN acting TEXT;
            """)
    }
}
