import GRDB

extension Schema {
    /// v5-attachments (PROCEDURE.md §7.8): files attached to proposals and their steps.
    /// `attachment_blob` holds each distinct content once, keyed by its SHA-256, in chunks
    /// of ``Ledger/attachmentChunkSize`` bytes so that it streams in and out in constant
    /// memory; `attachment` has one row per `attachment_added` event, written in the same
    /// transaction and rebuilt from those events by `verify` (``Ledger/verifyAttachments``),
    /// which also rehashes every stored content. No older database holds such an event, so
    /// both tables start empty and an old file stays valid.
    @Sendable static func attachments(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE attachment_blob (
                sha256 TEXT NOT NULL,
                chunk INTEGER NOT NULL,
                data BLOB NOT NULL,
                PRIMARY KEY (sha256, chunk)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE attachment (
                seq INTEGER PRIMARY KEY NOT NULL REFERENCES event(seq),
                proposal_id TEXT NOT NULL REFERENCES proposal(id),
                number INTEGER NOT NULL,
                step TEXT,
                name TEXT NOT NULL,
                media_type TEXT NOT NULL,
                size INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                attached_by TEXT NOT NULL,
                attached_at TEXT NOT NULL,
                UNIQUE (proposal_id, number)
            ) STRICT;
            """)
    }
}
