import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Issue 16, v7-event-packing: the released v1 file upgraded through the packing keeps
/// every event's bytes (the `event` view gives back, column for column, what the old table
/// stored), verifies, and is smaller; a row tampered with before the upgrade is still named
/// at the same seq after it; hostile packed rows are findings, never a crash.
@Suite("Event packing migration", .serialized, .tags(.slow), .skippedInFastLoop)
struct EventPackingMigrationTests {
    static let columns = "seq, proposal_id, kind, actor, on_behalf_of, played, at_utc, at_local, reason, payload, prev_hash, hash"

    /// The pages of these tables and indexes, in bytes (`dbstat`).
    static func tableBytes(_ path: String, _ names: [String]) throws -> Int {
        try DatabaseQueue(path: path).read { db in
            let list = names.map { "'\($0)'" }.joined(separator: ", ")
            return try Int.fetchOne(db, sql: "SELECT SUM(pgsize) FROM dbstat WHERE name IN (\(list))") ?? 0
        }
    }

    /// Every column of every event as bytes, in seq order.
    static func rows(_ db: Database) throws -> [[DatabaseValue]] {
        let cast = columns.split(separator: ",").map { "CAST(\($0.trimmingCharacters(in: .whitespaces)) AS BLOB)" }.joined(separator: ", ")
        return try Row.fetchAll(db, sql: "SELECT \(cast) FROM event ORDER BY seq").map { Array($0.databaseValues) }
    }

    /// The chain findings a pass over the old table's rows would give.
    static func oldChainFindings(_ db: Database) throws -> [VerifyReport.Problem] {
        var problems: [VerifyReport.Problem] = []
        var previousSeq: Int64 = 0
        var previousHash = EventChain.genesis
        for raw in try Row.fetchAll(db, sql: "SELECT * FROM event ORDER BY seq") {
            let row = EventChain.row(from: raw)
            if row.seq != previousSeq + 1 { problems.append(.gap(afterSeq: previousSeq, nextSeq: row.seq)) }
            if row.prevHash != previousHash { problems.append(.brokenLink(seq: row.seq, expectedPrevious: previousHash)) }
            if EventChain.hash(row) != row.hash { problems.append(.hashMismatch(seq: row.seq)) }
            previousHash = row.hash
            previousSeq = row.seq
        }
        return problems
    }

    @Test func theV1FileUpgradesWithEveryEventByteForByteAndVerifies() throws {
        let scratch = try Scratch("packing-migration")
        let path = scratch.path("old.sqlite")
        try MigrationTests.load("schema-v1-demo.sql", into: path)
        let before = try DatabaseQueue(path: path).read { db in try Self.rows(db) }
        #expect(before.count > 100)
        let eventsBefore = try Self.tableBytes(path, ["event", "event_proposal"])
        let ledger = try Ledger.open(path: path)
        // The upgrade gives the freed pages back (one VACUUM after it): no free page is
        // left in the file.
        try Raw.queue(path, readonly: true).read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "PRAGMA freelist_count") == 0)
        }
        // The events take less than half the pages they took (this small file's
        // events are short; the 10k demo's went from 197.7 MB to 63.3 MB).
        let eventsAfter = try Self.tableBytes(path, ["event_log", "event_log_proposal"])
        #expect(eventsAfter * 2 < eventsBefore, "events: \(eventsAfter) bytes after the upgrade, \(eventsBefore) before")
        let after = try Raw.queue(path, readonly: true).read { db in try Self.rows(db) }
        // Later migrations may add events after them, never change one.
        #expect(Array(after.prefix(before.count)) == before)
        #expect(try ledger.verify().ok)
        try Raw.queue(path, readonly: true).read { (db: Database) throws in
            #expect(try db.columns(in: "event_log").map(\.name).contains("prev_hash") == false)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_log WHERE typeof(hash) <> 'blob' OR length(hash) <> 32") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_log WHERE at_local IS NOT NULL OR prev_hash_odd IS NOT NULL") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_log WHERE packing = 1") ?? 0 > 0)
            // The proposals' later events carry their created event as dictionary.
            #expect(try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM event_log e WHERE e.proposal_id IS NOT NULL AND e.kind <> 'created'
                AND e.dict_seq IS NOT (SELECT MIN(c.seq) FROM event_log c WHERE c.proposal_id = e.proposal_id AND c.kind = 'created')
                """) == 0)
        }
        // And new events are written packed and verify.
        let admin = try #require(try Raw.queue(path, readonly: true).read { db in
            try String.fetchOne(db, sql: "SELECT login FROM role_grant WHERE role = 'admin' LIMIT 1")
        })
        #expect(try CLI(db: path).run(["officer", "add", "--login", "tvmoi", "--name", "Trần Văn Mới", "--unit", "UBND"], as: admin).status == 0)
        #expect(try Ledger.open(path: path).verify().ok)
    }

    /// Rows tampered with in the old table (a reason, a prev_hash, a hash in capitals, a
    /// local time) keep their findings, at the same seqs, through the upgrade.
    @Test func aFileTamperedWithBeforeTheUpgradeIsNamedAtTheSameEventsAfterIt() throws {
        let scratch = try Scratch("packing-migration-tampered")
        let path = scratch.path("old.sqlite")
        try MigrationTests.load("schema-v1-demo.sql", into: path)
        let queue = try DatabaseQueue(path: path)
        let expected = try queue.write { db in
            try db.execute(sql: """
                DROP TRIGGER event_no_update;
                UPDATE event SET reason = reason || ' (sửa)' WHERE seq = 5;
                UPDATE event SET prev_hash = 'abc' WHERE seq = 9;
                UPDATE event SET hash = upper(hash) WHERE seq = 14;
                UPDATE event SET at_local = replace(at_local, '+07:00', '+07:01') WHERE seq = 20;
                """)
            return try Self.oldChainFindings(db)
        }
        try queue.close()
        #expect(!expected.isEmpty)
        let before = try DatabaseQueue(path: path).read { db in try Self.rows(db) }
        let report = try Ledger.open(path: path).verify(replay: false)
        #expect(report.problems == expected, "\(report.problems)")
        let after = try Raw.queue(path, readonly: true).read { db in try Self.rows(db) }
        #expect(Array(after.prefix(before.count)) == before)
    }

    /// Hostile edits of `event_log` itself: each is a finding at its seq, none a crash, and
    /// the `event` view still reads.
    @Test(arguments: [
        "UPDATE event_log SET data = zeroblob(length(data)) WHERE seq = SEQ",
        "UPDATE event_log SET data = substr(data, 1, length(data) / 2) WHERE seq = SEQ",
        "UPDATE event_log SET data_size = data_size + 1 WHERE seq = SEQ",
        "UPDATE event_log SET data_size = 9223372036854775807 WHERE seq = SEQ",
        "UPDATE event_log SET data_size = -1 WHERE seq = SEQ",
        "UPDATE event_log SET packing = 9 WHERE seq = SEQ",
        "UPDATE event_log SET packing = 1 - packing WHERE seq = SEQ",
        "UPDATE event_log SET dict_seq = 1 WHERE seq = SEQ",
        "UPDATE event_log SET dict_seq = NULL WHERE seq = SEQ",
        "UPDATE event_log SET dict_seq = 999999 WHERE seq = SEQ",
        "UPDATE event_log SET hash = zeroblob(32) WHERE seq = SEQ",
        "UPDATE event_log SET hash = 'not a hash' WHERE seq = SEQ",
        "UPDATE event_log SET at_local = '2020-01-01T00:00:00.000+07:00' WHERE seq = SEQ",
        "UPDATE event_log SET prev_hash_odd = '\(String(repeating: "0", count: 64))' WHERE seq = SEQ",
    ])
    func aHostileEditOfThePackedTableIsNamed(_ sql: String) throws {
        let scratch = try Scratch("packing-hostile")
        let path = scratch.path("ward.sqlite")
        try MigrationTests.load("schema-v1-demo.sql", into: path)
        _ = try Ledger.open(path: path)
        // The row under test: a later event of a proposal, packed with its created payload.
        let seq = try #require(try Raw.queue(path, readonly: true).read { db in
            try Int64.fetchOne(db, sql: "SELECT MIN(seq) FROM event_log WHERE seq > 20 AND dict_seq IS NOT NULL AND packing = 1")
        })
        try TamperTests.tamper(path) { db in try db.execute(sql: sql.replacingOccurrences(of: "SEQ", with: String(seq))) }
        let report = try Ledger.open(path: path).verify()
        #expect(report.firstBadEvent == seq, "\(sql): \(report.problems)")
        _ = try Raw.queue(path, readonly: true).read { db in try Row.fetchAll(db, sql: "SELECT * FROM event") }
        let cli = try CLI(db: path).run(["verify"])
        #expect(cli.status == 3, "\(sql): \(cli.stdout)")
    }

    /// docs/CHAIN.md's external check (scripts/check-chain.py: Python's sqlite3, zlib and
    /// hashlib, the dictionary from docs/packing-v1.json) on a demo file and a tampered copy.
    @Test func theExternalPythonCheckReadsThePackedChain() throws {
        let python = "/usr/bin/python3"
        guard FileManager.default.isExecutableFile(atPath: python) else { return }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/check-chain.py").path
        let scratch = try Scratch("packing-python")
        let path = scratch.path("demo.sqlite")
        #expect(try CLI(db: path).run(["demo", "--proposals", "3", "--quiet"]).status == 0)
        let tip = try Ledger.open(path: path).verify().tipHash
        let intact = try Spawn.run([python, script, path])
        #expect(intact.status == 0, "\(intact.stderr)")
        #expect(intact.stdout.contains("intact; last hash \(tip); 3 proposal states read"), "\(intact.stdout)")
        let seq = try #require(try Raw.queue(path, readonly: true).read { db in
            try Int64.fetchOne(db, sql: "SELECT MIN(seq) FROM event_log WHERE seq > 20 AND dict_seq IS NOT NULL AND packing = 1")
        })
        for sql in ["UPDATE event_log SET at_local = 'x' WHERE seq = \(seq)", "UPDATE event_log SET data = zeroblob(length(data)) WHERE seq = \(seq)"] {
            let copy = scratch.path("tampered-\(sql.count).sqlite")
            try Ledger.open(path: path).backup(to: copy)
            try TamperTests.tamper(copy) { db in try db.execute(sql: sql) }
            let tampered = try Spawn.run([python, script, copy])
            #expect(tampered.status == 1, "\(sql)")
            #expect(tampered.stderr.contains("first bad event: #\(seq)"), "\(sql): \(tampered.stderr)")
        }
        // A proposal's state: unpacked with docs/packing-v1-proposal.json and its created
        // event; one edited, or packed against another proposal's created event, is named.
        let id = try #require(try Raw.queue(path, readonly: true).read { db in
            try String.fetchOne(db, sql: "SELECT id FROM proposal WHERE body_packing = 1 AND body_dict IS NOT NULL ORDER BY seq DESC LIMIT 1")
        })
        for sql in ["UPDATE proposal SET body_data = zeroblob(length(body_data)) WHERE id = '\(id)'",
                    "UPDATE proposal SET body_dict = (SELECT MIN(seq) FROM event_log WHERE kind = 'created' AND proposal_id <> '\(id)') WHERE id = '\(id)'"] {
            let copy = scratch.path("state-\(sql.count).sqlite")
            try Ledger.open(path: path).backup(to: copy)
            try TamperTests.tamper(copy) { db in try db.execute(sql: sql) }
            let tampered = try Spawn.run([python, script, copy])
            #expect(tampered.status == 1, "\(sql)")
            #expect(tampered.stderr.contains("first bad proposal state: \(id)"), "\(sql): \(tampered.stderr)")
        }
    }
}
