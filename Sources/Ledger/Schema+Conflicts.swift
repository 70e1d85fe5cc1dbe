import GRDB

extension Schema {
    /// v5-conflicts: the conflicts of interest declared on proposals (PROCEDURE.md §7.4),
    /// one row per `conflict_declared` event, written in the same transaction and rebuilt
    /// from those events by `verify` (``Ledger/verifyConflicts(_:into:)``). No database
    /// made before holds such an event, so the table starts empty and an old file stays valid.
    @Sendable static func conflicts(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE conflict_declaration (
                seq INTEGER PRIMARY KEY NOT NULL REFERENCES event(seq),
                proposal_id TEXT NOT NULL REFERENCES proposal(id),
                officer TEXT NOT NULL,
                reason TEXT NOT NULL,
                day TEXT NOT NULL
            ) STRICT;
            CREATE INDEX conflict_declaration_by_proposal ON conflict_declaration(proposal_id, officer);
            """)
    }
}
