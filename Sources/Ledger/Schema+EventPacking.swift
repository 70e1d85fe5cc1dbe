import Foundation
import GRDB

extension Schema {
    /// v7-event-packing (issue 16, the file a third the size): the events move to
    /// `event_log`, their reason and payload packed together (Packing.swift, dictionary v1),
    /// the hash as 32 bytes, no `prev_hash` (the row before's hash), `at_local` NULL when
    /// it is the Vietnam time of `at_utc`. A view named `event` gives every old column back
    /// as it was stored, so every reader is unchanged; only writers write `event_log`.
    ///
    /// Every row is copied as it is stored, hashing or not: a row a tamperer changed before
    /// the upgrade still fails `verify` at the same number after it (`prev_hash_odd` keeps
    /// a `prev_hash` that was not the row before's hash; a hash that is not 64 lower-case
    /// hex digits stays text; `at_local` stays when it is not the derived one).
    @Sendable static func eventPacking(_ db: Database) throws {
        // The old table's triggers first: DROP TABLE fires no delete trigger, but a rename
        // rewrites triggers, and these belong to the new table.
        try db.execute(sql: """
            DROP TRIGGER IF EXISTS event_no_update;
            DROP TRIGGER IF EXISTS event_no_delete;
            DROP TRIGGER IF EXISTS receipt_count_insert;
            """)
        // The tables that reference event(seq) (conflicts, attachments, documents,
        // delegations) follow a rename; the new table then takes the old one's place
        // under that name (SQLite's table rebuild: foreign keys are off during a migration
        // and checked at its end).
        try db.execute(sql: "ALTER TABLE event RENAME TO event_log")
        try db.execute(sql: eventLogTable("event_packed"))
        try copyPackedEvents(db, from: "event_log", to: "event_packed")
        try db.execute(sql: """
            DROP TABLE event_log;
            ALTER TABLE event_packed RENAME TO event_log;
            CREATE INDEX event_log_proposal ON event_log(proposal_id, seq);
            """)
        try db.execute(sql: eventLogTriggers)
        try db.execute(sql: eventView)
        try db.execute(sql: eventViewTriggers)
    }

    /// An UPDATE or DELETE of the view goes to `event_log` (repacked by `dexuat_pack`),
    /// where the append-only triggers refuse it, as they refused it on the old table. Only
    /// someone who has dropped them (a tamperer with a sqlite3 shell and dexuat's functions)
    /// gets through, and `verify` names the row.
    static let eventViewTriggers = """
        CREATE TRIGGER event_view_update INSTEAD OF UPDATE ON event
        BEGIN
            UPDATE event_log SET
                seq = NEW.seq, proposal_id = NEW.proposal_id, kind = NEW.kind, actor = NEW.actor,
                on_behalf_of = NEW.on_behalf_of, played = NEW.played, at_utc = NEW.at_utc,
                at_local = CASE WHEN NEW.at_local IS \(vietnamSQL("NEW.at_utc")) THEN NULL ELSE NEW.at_local END,
                dict_seq = (SELECT c.seq FROM event_log c WHERE NEW.kind <> 'created' AND c.proposal_id = NEW.proposal_id
                            AND c.kind = 'created' AND c.seq < NEW.seq ORDER BY c.seq LIMIT 1),
                packing = dexuat_pack(0, NEW.kind, NEW.reason, NEW.payload, (SELECT c.payload FROM event c WHERE NEW.kind <> 'created'
                            AND c.proposal_id = NEW.proposal_id AND c.kind = 'created' AND c.seq < NEW.seq ORDER BY c.seq LIMIT 1)),
                data = dexuat_pack(1, NEW.kind, NEW.reason, NEW.payload, (SELECT c.payload FROM event c WHERE NEW.kind <> 'created'
                            AND c.proposal_id = NEW.proposal_id AND c.kind = 'created' AND c.seq < NEW.seq ORDER BY c.seq LIMIT 1)),
                data_size = dexuat_pack(2, NEW.kind, NEW.reason, NEW.payload, (SELECT c.payload FROM event c WHERE NEW.kind <> 'created'
                            AND c.proposal_id = NEW.proposal_id AND c.kind = 'created' AND c.seq < NEW.seq ORDER BY c.seq LIMIT 1)),
                hash = CASE WHEN length(NEW.hash) = 64 AND NEW.hash NOT GLOB '*[^0-9a-f]*' THEN dexuat_pack(3, '', NEW.hash, '', NULL)
                            ELSE NEW.hash END,
                prev_hash_odd = CASE WHEN NEW.prev_hash IS COALESCE(
                                    (SELECT \(hashTextSQL("b.hash")) FROM event_log b WHERE b.seq = NEW.seq - 1),
                                    CASE WHEN NEW.seq = 1 THEN '\(EventChain.genesis)' ELSE '' END)
                                THEN NULL ELSE NEW.prev_hash END,
                acting = NEW.acting
            WHERE seq = OLD.seq;
        END;
        CREATE TRIGGER event_view_delete INSTEAD OF DELETE ON event
        BEGIN
            DELETE FROM event_log WHERE seq = OLD.seq;
        END;
        """

    /// Vietnam time of an `at_utc` value, as `Codec.vietnam` writes it.
    static func vietnamSQL(_ column: String) -> String {
        "strftime('%Y-%m-%dT%H:%M:%f', \(column), '+7 hours') || '+07:00'"
    }

    static func eventLogTable(_ name: String) -> String {
        """
        CREATE TABLE \(name) (
            seq INTEGER PRIMARY KEY,
            proposal_id TEXT REFERENCES proposal(id),
            kind TEXT NOT NULL,
            actor TEXT NOT NULL,
            on_behalf_of TEXT,
            played INTEGER NOT NULL,
            at_utc TEXT NOT NULL,
            -- NULL: the Vietnam time of at_utc (the view fills it in).
            at_local TEXT,
            -- Packing.swift: 0 plain, 1 raw deflate with dictionary v1.
            packing INTEGER NOT NULL,
            -- The length of the unpacked data: '<reason bytes>:' reason payload.
            data_size INTEGER NOT NULL,
            -- The proposal's created event, whose payload is part of the dictionary.
            dict_seq INTEGER,
            -- 32 bytes; text only where an upgraded row's stored hash was not 64 hex digits.
            hash ANY NOT NULL,
            -- NULL: the hash of the row before (64 zeros for the first). Set only where an
            -- upgraded row's stored prev_hash was something else.
            prev_hash_odd TEXT,
            acting TEXT,
            data BLOB NOT NULL
        ) STRICT
        """
    }

    static let eventLogTriggers = """
        CREATE TRIGGER event_no_update BEFORE UPDATE ON event_log
        BEGIN SELECT RAISE(ABORT, 'event log is append-only: events cannot be changed'); END;
        CREATE TRIGGER event_no_delete BEFORE DELETE ON event_log
        BEGIN SELECT RAISE(ABORT, 'event log is append-only: events cannot be deleted'); END;

        CREATE TRIGGER receipt_count_insert AFTER INSERT ON event_log WHEN NEW.kind = 'received'
        BEGIN
            INSERT INTO receipt_count (unit_id, year, n)
            SELECT p.reviewing_unit_id, substr(COALESCE(NEW.at_local, \(vietnamSQL("NEW.at_utc"))), 1, 4), 1
            FROM proposal p WHERE p.id = NEW.proposal_id
            ON CONFLICT (unit_id, year) DO UPDATE SET n = n + 1;
        END;
        """

    /// The `hash` column as the old table stored it.
    static func hashTextSQL(_ column: String) -> String {
        "CASE WHEN typeof(\(column)) = 'blob' THEN lower(hex(\(column))) ELSE \(column) END"
    }

    static let eventView = """
        CREATE VIEW event AS
        SELECT e.seq AS seq, e.proposal_id AS proposal_id, e.kind AS kind, e.actor AS actor,
               e.on_behalf_of AS on_behalf_of, e.played AS played, e.at_utc AS at_utc,
               COALESCE(e.at_local, \(vietnamSQL("e.at_utc"))) AS at_local,
               dexuat_unpack(e.packing, e.data, e.data_size, e.kind, d.packing, d.data, d.data_size, 0) AS reason,
               dexuat_unpack(e.packing, e.data, e.data_size, e.kind, d.packing, d.data, d.data_size, 1) AS payload,
               COALESCE(e.prev_hash_odd,
                        (SELECT \(hashTextSQL("b.hash")) FROM event_log b WHERE b.seq = e.seq - 1),
                        CASE WHEN e.seq = 1 THEN '\(EventChain.genesis)' ELSE '' END) AS prev_hash,
               \(hashTextSQL("e.hash")) AS hash,
               e.acting AS acting
        FROM event_log e LEFT JOIN event_log d ON d.seq = e.dict_seq
        """

    /// The 32 bytes of a lower-case hex SHA-256, or nil for any other text.
    static func hashBytes(_ text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count == 64 else { return nil }
        func value(_ digit: UInt8) -> UInt8? {
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
            default: nil
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for i in stride(from: 0, to: 64, by: 2) {
            guard let high = value(digits[i]), let low = value(digits[i + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }

    /// Copies every event of the old layout into the packed one, in seq order, byte for byte.
    static func copyPackedEvents(_ db: Database, from old: String, to new: String) throws {
        let deflater = Packing.Deflater()
        // The first created event of each proposal: its seq. Its payload (the dictionary of
        // the proposal's later events) is read again from the old table when needed, a few
        // hundred kept at a time: a million proposals' dossiers are not held in memory.
        var created: [String: Int64] = [:]
        var payloads: [Int64: [UInt8]] = [:]
        let readPayload = try db.makeStatement(sql: "SELECT CAST(payload AS BLOB) FROM \(old) WHERE seq = ?")
        func createdPayload(_ seq: Int64) throws -> [UInt8] {
            if let known = payloads[seq] { return known }
            let payload = [UInt8]((try Data.fetchOne(readPayload, arguments: [seq])) ?? Data())
            if payloads.count >= 256 { payloads.removeAll(keepingCapacity: true) }
            payloads[seq] = payload
            return payload
        }
        var previous: (seq: Int64, hash: String)? = nil
        let insert = try db.makeStatement(sql: """
            INSERT INTO \(new) (seq, proposal_id, kind, actor, on_behalf_of, played, at_utc, at_local, packing, data_size, dict_seq,
                                hash, prev_hash_odd, acting, data)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CASE WHEN ?8 IS \(vietnamSQL("?7")) THEN NULL ELSE ?8 END, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
            """)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT seq, proposal_id, kind, actor, on_behalf_of, played, at_utc, at_local,
                   CAST(reason AS BLOB), CAST(payload AS BLOB), prev_hash, hash, acting
            FROM \(old) ORDER BY seq
            """)
        while let row = try rows.next() {
            let seq: Int64 = row[0]
            let proposalID: String? = row[1]
            let kind: String = row[2]
            let reason = [UInt8]((row[8] as Data?) ?? Data())
            let payload = [UInt8]((row[9] as Data?) ?? Data())
            let prevHash: String = row[10]
            let hash: String = row[11]
            var dictionary: (seq: Int64, payload: [UInt8])? = nil
            if let proposalID {
                if kind == "created", created[proposalID] == nil {
                    created[proposalID] = seq
                } else if kind != "created", let first = created[proposalID] {
                    dictionary = (first, try createdPayload(first))
                }
            }
            let packed = Packing.packEvent(reason: reason, payload: payload, kind: kind, created: dictionary?.payload, deflater: deflater)
            // The prev_hash the view would derive; kept only where the stored one differs.
            let derived = previous.map { $0.seq == seq - 1 ? $0.hash : nil } ?? (seq == 1 ? EventChain.genesis : nil)
            let storedHash: DatabaseValueConvertible = hashBytes(hash).map { Data($0) } ?? hash
            try insert.execute(arguments: [seq, proposalID, kind, row[3], row[4], row[5], row[6], row[7],
                                           packed.packing, packed.size, dictionary?.seq, storedHash,
                                           derived == prevHash ? nil : prevHash, row[12], Data(packed.data)])
            previous = (seq, hash)
        }
    }
}

extension EventChain {
    /// The insert of one row into `event_log` (v7-event-packing), with `insertArguments`.
    static let insertSQL = """
        INSERT INTO event_log (seq, proposal_id, kind, actor, on_behalf_of, played, at_utc, at_local, packing, data_size, dict_seq,
                               hash, prev_hash_odd, acting, data)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CASE WHEN ?8 IS \(Schema.vietnamSQL("?7")) THEN NULL ELSE ?8 END, ?9, ?10, ?11, ?12, NULL, ?13, ?14)
        """

    /// A new row's packed form. `created`: its proposal's created event (seq and payload),
    /// nil for a created event or one of no proposal. The previous hash is the tip's, so
    /// `prev_hash_odd` stays NULL.
    static func insertArguments(_ row: Row, created: (seq: Int64, payload: [UInt8])?,
                                deflater: Packing.Deflater) -> StatementArguments {
        let packed = Packing.packEvent(reason: Array(row.reason.utf8), payload: Array(row.payload.utf8), kind: row.kind,
                                       created: created?.payload, deflater: deflater)
        return insertArguments(row, packed: packed, dictSeq: created?.seq)
    }

    /// A new row whose packed form was worked out before (the demo's preparation on every
    /// core): `dictSeq` is the seq of the created event it was packed against.
    static func insertArguments(_ row: Row, packed: (packing: Int64, data: [UInt8], size: Int), dictSeq: Int64?) -> StatementArguments {
        let hash: DatabaseValueConvertible = Schema.hashBytes(row.hash).map { Data($0) } ?? row.hash
        return [row.seq, row.proposalID, row.kind, row.actor, row.onBehalfOf, row.played, row.atUTC, row.atLocal,
                packed.packing, packed.size, dictSeq, hash, row.acting, Data(packed.data)]
    }

    /// The first created event of a proposal in `event_log`: its seq and payload, the
    /// dictionary of the proposal's later events. Nil when there is none or it cannot be read.
    static func createdPayload(_ db: Database, proposalID: String,
                               inflater: Packing.Inflater = Packing.Inflater()) throws -> (seq: Int64, payload: [UInt8])? {
        guard let row = try GRDB.Row.fetchOne(db, sql: """
            SELECT seq, packing, data, data_size FROM event_log WHERE proposal_id = ? AND kind = 'created' ORDER BY seq LIMIT 1
            """, arguments: [proposalID]) else { return nil }
        let data: Data? = row[2]
        let size: Int64 = row[3]
        guard let data, size >= 0, size <= Int64(Packing.largest),
              let content = Packing.unpackEvent(packing: row[1], data: [UInt8](data), size: Int(size), kind: "created",
                                                created: nil, inflater: inflater),
              let split = Packing.splitEventContent(content) else { return nil }
        return (row[0], Array(split.payload))
    }
}

extension EventChain {
    /// Writes `row` over the `event_log` row of its seq, packed, so that the `event` view
    /// shows exactly its fields (a `prev_hash` that is not the row before's hash kept in
    /// `prev_hash_odd`). Nothing in dexuat changes an event: this is what someone with
    /// the file and dexuat's source could do, for the tamper tests. The append-only
    /// trigger must have been dropped.
    static func overwrite(_ db: Database, _ row: Row) throws {
        let before = try GRDB.Row.fetchOne(db, sql: "SELECT \(Schema.hashTextSQL("hash")) FROM event_log WHERE seq = ?",
                                           arguments: [row.seq - 1])
        let derived: String? = before.map { $0[0] } ?? (row.seq == 1 ? genesis : nil)
        let created = row.kind == "created" ? nil : try row.proposalID.flatMap { try createdPayload(db, proposalID: $0) }
        let dictionary = created.flatMap { $0.seq < row.seq ? $0 : nil }
        let packed = Packing.packEvent(reason: Array(row.reason.utf8), payload: Array(row.payload.utf8), kind: row.kind,
                                       created: dictionary?.payload, deflater: Packing.Deflater())
        let hash: DatabaseValueConvertible = Schema.hashBytes(row.hash).map { Data($0) } ?? row.hash
        try db.execute(sql: """
            UPDATE event_log SET proposal_id = ?2, kind = ?3, actor = ?4, on_behalf_of = ?5, played = ?6, at_utc = ?7,
                at_local = CASE WHEN ?8 IS \(Schema.vietnamSQL("?7")) THEN NULL ELSE ?8 END, packing = ?9, data_size = ?10,
                dict_seq = ?11, hash = ?12, prev_hash_odd = ?13, acting = ?14, data = ?15
            WHERE seq = ?1
            """, arguments: [row.seq, row.proposalID, row.kind, row.actor, row.onBehalfOf, row.played, row.atUTC, row.atLocal,
                             packed.packing, packed.size, dictionary?.seq, hash, derived == row.prevHash ? nil : row.prevHash,
                             row.acting, Data(packed.data)])
    }
}
