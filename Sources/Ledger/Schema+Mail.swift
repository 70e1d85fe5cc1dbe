import GRDB

extension Schema {
    /// v4-officer-email: the address `dexuat remind --mail` writes to, one per officer
    /// (issue 14). A table of its own rather than a column of `officer`, so that the
    /// `officer_saved` events and their replay stay as they were; each row is written in
    /// the same transaction as its `officer_email_set` event and rebuilt from those by
    /// `verify` (``AdministrationReplay``).
    @Sendable static func officerEmail(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE officer_email (
                login TEXT PRIMARY KEY NOT NULL REFERENCES officer(login),
                address TEXT NOT NULL
            ) STRICT, WITHOUT ROWID;
            """)
    }
}
