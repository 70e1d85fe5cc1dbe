import GRDB

extension Schema {
    /// Points 1 and 4 of Công văn 432: the projection tables of the legal library's added
    /// texts, briefings, acknowledgements, inspections and difficulty reports. Each row is
    /// the fold of its events (proposal_id NULL); `verify` recomputes them. `body` holds the
    /// whole record as JSON with sorted keys; the other columns are what lists filter on.
    @Sendable static func oversight(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE legal_text (
                id TEXT PRIMARY KEY NOT NULL,
                number TEXT NOT NULL,
                issued_on TEXT NOT NULL,
                required INTEGER NOT NULL,
                body TEXT NOT NULL
            ) STRICT;

            CREATE TABLE briefing (
                id TEXT PRIMARY KEY NOT NULL,
                day TEXT NOT NULL,
                unit_id TEXT NOT NULL REFERENCES unit(id),
                body TEXT NOT NULL
            ) STRICT;
            CREATE INDEX briefing_day ON briefing(day);

            CREATE TABLE acknowledgement (
                login TEXT NOT NULL REFERENCES officer(login),
                text_id TEXT NOT NULL,
                day TEXT NOT NULL,
                statement TEXT NOT NULL,
                PRIMARY KEY (login, text_id)
            ) STRICT;

            CREATE TABLE inspection (
                id TEXT PRIMARY KEY NOT NULL,
                unit_id TEXT NOT NULL REFERENCES unit(id),
                day TEXT NOT NULL,
                open_count INTEGER NOT NULL,
                next_due TEXT,
                body TEXT NOT NULL
            ) STRICT;
            CREATE INDEX inspection_unit ON inspection(unit_id, day);

            CREATE TABLE difficulty (
                id TEXT PRIMARY KEY NOT NULL,
                unit_id TEXT NOT NULL REFERENCES unit(id),
                status TEXT NOT NULL,
                filed_on TEXT NOT NULL,
                due TEXT,
                body TEXT NOT NULL
            ) STRICT;
            CREATE INDEX difficulty_unit ON difficulty(unit_id, filed_on);
            CREATE INDEX difficulty_status ON difficulty(status);
            """)
    }
}
