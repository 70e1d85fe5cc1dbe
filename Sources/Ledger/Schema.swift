import GRDB

/// The schema, as a list of migrations. A migration is never edited once shipped and the
/// database is never erased on a schema change: a new need is a new migration.
enum Schema {
    /// Every migration, oldest first. Each later one lives in its own file
    /// (`Schema+NAME.swift`) and is appended here; the identifiers are stored in the database.
    static let migrations: [(identifier: String, migrate: @Sendable (Database) throws -> Void)] = [
        ("v1", v1),
        ("v2-oversight", oversight),
        ("v2-documents", documents),
        ("v2-speed", speed),
        ("v3-statistics", statistics),
        ("v4-announced-holidays", announcedHolidays),
        ("v4-officer-email", officerEmail),
        ("v5-conflicts", conflicts),
        ("v5-step-clocks", stepClocks),
        ("v5-delegation", delegation),
        ("v5-attachments", attachments),
        ("v6-unit-party-committee", unitPartyCommittee),
        ("v6-act-numbers", actNumbers),
        ("v6-unit-symbol", unitSymbol),
        ("v7-event-packing", eventPacking),
        ("v7-search-contentless", searchContentless),
        ("v7-period-counts", periodCounts),
        ("v8-body-packing", bodyPacking),
    ]

    /// The migrations that bring the lean layout of issue 16: a file that did not have one
    /// of them is compacted once after it (Ledger.prepare).
    static let leanLayoutMigrations = ["v7-event-packing", "v8-body-packing"]

    /// The newest migration this build knows; a database with a later one was made by a
    /// newer dexuat and is refused rather than misread.
    static var latest: String { migrations.last?.identifier ?? "v1" }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(migration.identifier, migrate: migration.migrate)
        }
        return migrator
    }

    /// The first schema, as shipped with issues 2 and 3. Never edited.
    @Sendable static func v1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            ) STRICT;

            CREATE TABLE unit (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                parent_id TEXT REFERENCES unit(id)
            ) STRICT;

            CREATE TABLE officer (
                login TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                unit_id TEXT NOT NULL REFERENCES unit(id),
                position TEXT NOT NULL,
                managing INTEGER NOT NULL
            ) STRICT;

            CREATE TABLE role_grant (
                login TEXT NOT NULL REFERENCES officer(login),
                role TEXT NOT NULL,
                unit_id TEXT NOT NULL REFERENCES unit(id),
                PRIMARY KEY (login, role, unit_id)
            ) STRICT;

            CREATE TABLE calendar_adjustment (
                day TEXT PRIMARY KEY NOT NULL,
                kind TEXT NOT NULL,
                reason TEXT NOT NULL
            ) STRICT;

            -- One row per proposal: the current state (the fold of its events) plus the
            -- columns the inbox filters and pages on.
            CREATE TABLE proposal (
                seq INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                version INTEGER NOT NULL,
                state TEXT NOT NULL,
                awaiting_receipt INTEGER NOT NULL,
                title TEXT NOT NULL,
                field TEXT NOT NULL,
                proposer TEXT NOT NULL REFERENCES officer(login),
                unit_id TEXT NOT NULL REFERENCES unit(id),
                reviewing_unit_id TEXT NOT NULL REFERENCES unit(id),
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                last_actor TEXT NOT NULL,
                next_due TEXT,
                next_step TEXT,
                body TEXT NOT NULL
            ) STRICT;
            CREATE INDEX proposal_state ON proposal(state, seq);
            CREATE INDEX proposal_reviewing_unit ON proposal(reviewing_unit_id, seq);
            CREATE INDEX proposal_unit ON proposal(unit_id, seq);
            CREATE INDEX proposal_proposer ON proposal(proposer, seq);
            CREATE INDEX proposal_due ON proposal(next_due) WHERE next_due IS NOT NULL;

            -- The append-only, hash-chained history (docs/CHAIN.md).
            CREATE TABLE event (
                seq INTEGER PRIMARY KEY,
                proposal_id TEXT REFERENCES proposal(id),
                kind TEXT NOT NULL,
                actor TEXT NOT NULL,
                on_behalf_of TEXT,
                played INTEGER NOT NULL,
                at_utc TEXT NOT NULL,
                at_local TEXT NOT NULL,
                reason TEXT NOT NULL,
                payload TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            ) STRICT;
            CREATE INDEX event_proposal ON event(proposal_id, seq);

            CREATE TRIGGER event_no_update BEFORE UPDATE ON event
            BEGIN SELECT RAISE(ABORT, 'event log is append-only: events cannot be changed'); END;
            CREATE TRIGGER event_no_delete BEFORE DELETE ON event
            BEGIN SELECT RAISE(ABORT, 'event log is append-only: events cannot be deleted'); END;

            -- Search over titles, dossier text and proposer names, rowid = proposal.seq.
            -- The text is folded by us (lower case, đ → d) before it gets here, and
            -- unicode61 removes the tone and vowel marks, so any sqlite3 shell can query it.
            CREATE VIRTUAL TABLE proposal_search USING fts5(
                title, body, people,
                tokenize = 'unicode61 remove_diacritics 2'
            );
            """)
    }
}
