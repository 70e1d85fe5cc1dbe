import GRDB

extension Schema {
    /// The register of official documents (sổ đăng ký văn bản): one number per unit, kind
    /// and year, issued in order, and reused when the same document of the same proposal is
    /// printed again. Each row is the projection of one `document_numbered` event.
    @Sendable static func documents(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE document_number (
                unit_id TEXT NOT NULL REFERENCES unit(id),
                kind TEXT NOT NULL,
                year INTEGER NOT NULL,
                number INTEGER NOT NULL,
                proposal_id TEXT NOT NULL REFERENCES proposal(id),
                reference TEXT NOT NULL,
                day TEXT NOT NULL,
                event_seq INTEGER NOT NULL REFERENCES event(seq),
                PRIMARY KEY (unit_id, kind, year, number),
                UNIQUE (proposal_id, kind)
            ) STRICT;
            """)
    }
}
