import Foundation
import GRDB

extension Schema {
    /// v8-body-packing (issue 16, the file a third the size): each proposal's stored state,
    /// the JSON of `Codec.json`, was most of the file (9.9 KB a proposal in the 10k demo);
    /// it is now packed against the proposal's created event (BodyPacking.swift), whose
    /// payload already holds the dossier.
    ///
    /// `proposal` stays a table (the conflicts, attachments, documents and events reference
    /// `proposal(id)`, and a view cannot be the target of a foreign key): it is rebuilt by
    /// SQLite's twelve steps with `body_packing`, `body_size`, `body_dict` and `body_data`
    /// instead of `body`, the same seq for every row (the search index and the statistics
    /// are keyed by it), and the same indexes and triggers; the statistics triggers, which
    /// read the body, are made again over the view. Every reader reads the JSON through the
    /// view `proposal_body` (seq, id, body), byte for byte what the column held.
    @Sendable static func bodyPacking(_ db: Database) throws {
        // Step 3: the indexes and triggers of `proposal` as the file has them, to make again
        // after the rebuild (the statistics triggers are made anew: they read the body).
        let kept = try String.fetchAll(db, sql: """
            SELECT sql FROM sqlite_master
            WHERE tbl_name = 'proposal' AND type IN ('index', 'trigger') AND sql IS NOT NULL AND name NOT IN (\(factTriggers))
            ORDER BY type, name
            """)
        try db.execute(sql: "DROP TRIGGER IF EXISTS proposal_fact_insert; DROP TRIGGER IF EXISTS proposal_fact_update; DROP TRIGGER IF EXISTS proposal_fact_delete")
        try db.execute(sql: proposalTable("proposal_packed"))
        try copyPackedBodies(db, from: "proposal", to: "proposal_packed")
        try db.execute(sql: "DROP TABLE proposal")
        // A trigger of another table reads `proposal` (receipt_count_insert, on event_log):
        // the rename that checks every trigger would refuse while the name is free. Foreign
        // keys are off during a migration and checked at its end (GRDB).
        try db.execute(sql: "PRAGMA legacy_alter_table = ON")
        do {
            try db.execute(sql: "ALTER TABLE proposal_packed RENAME TO proposal")
        } catch {
            try? db.execute(sql: "PRAGMA legacy_alter_table = OFF")
            throw error
        }
        try db.execute(sql: "PRAGMA legacy_alter_table = OFF")
        for sql in kept { try db.execute(sql: sql) }
        try db.execute(sql: bodyView)
        try db.execute(sql: bodyViewTrigger)
        try db.execute(sql: packedFactTriggers)
    }

    /// The statistics triggers of v3-statistics (remade by v5-step-clocks), by name.
    static let factTriggers = "'proposal_fact_insert', 'proposal_fact_update', 'proposal_fact_delete'"

    static func proposalTable(_ name: String) -> String {
        """
        CREATE TABLE \(name) (
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
            -- BodyPacking.swift: 0 plain, 1 raw deflate with the body dictionary v1.
            body_packing INTEGER NOT NULL,
            -- The length of the JSON.
            body_size INTEGER NOT NULL,
            -- The proposal's created event in event_log, whose payload is part of the
            -- dictionary; NULL: the skeleton alone.
            body_dict INTEGER,
            body_data BLOB NOT NULL
        ) STRICT
        """
    }

    /// Every proposal's body as JSON text: what the `body` column held before.
    static let bodyView = """
        CREATE VIEW proposal_body AS
        SELECT p.seq AS seq, p.id AS id, \(bodySQL("p", "d")) AS body
        FROM proposal p \(bodyJoin("p", "d"))
        """

    /// A body written by SQL through the view is packed as dexuat packs it, against the
    /// dictionary the row names. dexuat's writers pack in Swift; this is for someone with
    /// dexuat's functions (a tamperer, the tests that play one).
    static let bodyViewTrigger = """
        CREATE TRIGGER proposal_body_update INSTEAD OF UPDATE ON proposal_body
        BEGIN
            UPDATE proposal SET
                body_packing = \(PackBodyFunction.name)(0, NEW.body, (SELECT e.payload FROM event e WHERE e.seq = proposal.body_dict)),
                body_data = \(PackBodyFunction.name)(1, NEW.body, (SELECT e.payload FROM event e WHERE e.seq = proposal.body_dict)),
                body_size = \(PackBodyFunction.name)(2, NEW.body, (SELECT e.payload FROM event e WHERE e.seq = proposal.body_dict))
            WHERE seq = OLD.seq;
        END
        """

    /// v3-statistics' triggers, reading the body through the view.
    static var packedFactTriggers: String {
        """
        CREATE TRIGGER proposal_fact_insert AFTER INSERT ON proposal
        BEGIN
            INSERT INTO proposal_fact \(StatisticsFacts.select(from: nil, row: "NEW", body: bodyOf("NEW")));
        END;

        CREATE TRIGGER proposal_fact_update AFTER UPDATE OF
            id, state, awaiting_receipt, field, proposer, unit_id, reviewing_unit_id, created_at, updated_at,
            body_packing, body_size, body_dict, body_data
        ON proposal
        BEGIN
            DELETE FROM proposal_fact WHERE created_day = \(StatisticsFacts.day(ofMilliseconds: "OLD.created_at")) AND seq = OLD.seq;
            INSERT INTO proposal_fact \(StatisticsFacts.select(from: nil, row: "NEW", body: bodyOf("NEW")));
        END;

        CREATE TRIGGER proposal_fact_delete AFTER DELETE ON proposal
        BEGIN
            DELETE FROM proposal_fact WHERE created_day = \(StatisticsFacts.day(ofMilliseconds: "OLD.created_at")) AND seq = OLD.seq;
        END;
        """
    }

    /// Copies every proposal of the old layout into the packed one, in seq order, its body
    /// byte for byte, packed against its first created event (the skeleton alone when it
    /// has none that unpacks: a file tampered with before, whose body then still reads
    /// back as it was). One proposal at a time: a million bodies are never held at once.
    static func copyPackedBodies(_ db: Database, from old: String, to new: String) throws {
        let deflater = Packing.Deflater()
        let inflater = Packing.Inflater()
        let insert = try db.makeStatement(sql: """
            INSERT INTO \(new) (seq, id, version, state, awaiting_receipt, title, field, proposer, unit_id, reviewing_unit_id,
                                created_at, updated_at, last_actor, next_due, next_step, body_packing, body_size, body_dict, body_data)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)
            """)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT p.seq, p.id, p.version, p.state, p.awaiting_receipt, p.title, p.field, p.proposer, p.unit_id,
                   p.reviewing_unit_id, p.created_at, p.updated_at, p.last_actor, p.next_due, p.next_step, CAST(p.body AS BLOB),
                   c.seq, c.packing, c.data_size, c.data
            FROM \(old) p
            LEFT JOIN event_log c ON c.seq = (SELECT MIN(e.seq) FROM event_log e WHERE e.proposal_id = p.id AND e.kind = 'created')
            ORDER BY p.seq
            """)
        while let row = try rows.next() {
            let json = [UInt8]((row[15] as Data?) ?? Data())
            var dictionary: (seq: Int64, payload: [UInt8])? = nil
            if let seq = row[16] as Int64?, let packing = row[17] as Int64?, let size = row[18] as Int64?, let data = row[19] as Data?,
               let payload = Packing.createdPayload(packing: packing, data: [UInt8](data), size: size, inflater: inflater) {
                dictionary = (seq, payload)
            }
            let packed = Packing.packBody(json, created: dictionary?.payload, deflater: deflater)
            var arguments = StatementArguments((0 ..< 15).map { row[$0] as DatabaseValue })
            arguments += [packed.packing, packed.size, dictionary?.seq, Data(packed.data)]
            try insert.execute(arguments: arguments)
        }
    }
}
