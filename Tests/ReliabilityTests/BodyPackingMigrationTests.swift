import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Issue 16, v8-body-packing: the released v1 file upgraded through the body packing keeps
/// every proposal's body byte for byte (read through `proposal_body`), the kept statistics,
/// period counts, inbox counts and search index say what they said, it verifies and is
/// smaller; a stored body that is hostile is named as the proposal disagreeing with its
/// events, never a crash.
@Suite("Body packing migration", .serialized, .tags(.slow), .skippedInFastLoop)
struct BodyPackingMigrationTests {
    /// The v1 fixture brought up to the migration before v8-body-packing.
    static func fileBeforeBodyPacking(_ path: String) throws {
        try MigrationTests.load("schema-v1-demo.sql", into: path)
        let queue = try Raw.queue(path)
        try Schema.migrator.migrate(queue, upTo: "v7-period-counts")
        try queue.close()
    }

    /// What the kept tables hold, row by row, and what the search index answers.
    static func kept(_ db: Database) throws -> [String] {
        var lines: [String] = []
        for table in ["proposal_fact", "period_count", "proposal_count", "receipt_count", "proposal_search_people"] {
            lines += try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2").map { "\(table) \($0)" }
        }
        for word in ["phuong", "so", "hoa", "ho", "tiep", "nhan"] {
            lines.append("\(word): \(try Int64.fetchAll(db, sql: "SELECT rowid FROM proposal_search WHERE proposal_search MATCH ? ORDER BY rowid", arguments: [word]))")
        }
        return lines
    }

    @Test func theV1FileUpgradesWithEveryBodyByteForByteAndVerifies() throws {
        let scratch = try Scratch("body-packing-migration")
        let path = scratch.path("old.sqlite")
        try Self.fileBeforeBodyPacking(path)
        let (bodies, keptBefore, bytesBefore) = try Raw.queue(path, readonly: true).read { db in
            (try Row.fetchAll(db, sql: "SELECT seq, id, CAST(body AS BLOB) AS body FROM proposal ORDER BY seq").map { "\($0)" },
             try Self.kept(db),
             try Int.fetchOne(db, sql: "SELECT SUM(length(body)) FROM proposal") ?? 0)
        }
        #expect(bodies.count > 5)
        let ledger = try Ledger.open(path: path)
        try Raw.queue(path, readonly: true).read { (db: Database) throws in
            let after = try Row.fetchAll(db, sql: "SELECT seq, id, CAST(body AS BLOB) AS body FROM proposal_body ORDER BY seq").map { "\($0)" }
            #expect(after == bodies)
            #expect(try Self.kept(db) == keptBefore)
            #expect(try db.columns(in: "proposal").map(\.name).contains("body") == false)
            let bytesAfter = try Int.fetchOne(db, sql: "SELECT SUM(length(body_data)) FROM proposal") ?? 0
            #expect(bytesAfter * 2 < bytesBefore, "bodies: \(bytesAfter) bytes after the upgrade, \(bytesBefore) before")
            // Each body packed against its proposal's first created event.
            #expect(try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM proposal p WHERE p.body_packing <> 1
                   OR p.body_dict IS NOT (SELECT MIN(seq) FROM event_log e WHERE e.proposal_id = p.id AND e.kind = 'created')
                """) == 0)
            // The same indexes and triggers on the rebuilt table (and the statistics ones over the view).
            let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE tbl_name = 'proposal' AND sql IS NOT NULL ORDER BY name")
            #expect(names == ["proposal", "proposal_count_delete", "proposal_count_insert", "proposal_count_state", "proposal_count_unit",
                              "proposal_due", "proposal_fact_delete", "proposal_fact_insert", "proposal_fact_update", "proposal_proposer",
                              "proposal_reviewing_unit", "proposal_state", "proposal_unit"])
            #expect(try Int.fetchOne(db, sql: "PRAGMA freelist_count") == 0)
        }
        #expect(try ledger.verify().ok)
        // A step on an upgraded proposal keeps the facts, counts and search right (verify recounts them).
        let open = try #require(try Raw.queue(path, readonly: true).read { db in
            try Row.fetchOne(db, sql: """
                SELECT p.id, p.proposer FROM proposal p WHERE p.state = 'draft' ORDER BY p.seq LIMIT 1
                """)
        })
        let id: String = open["id"], proposer: String = open["proposer"]
        var dossier = try #require(try ledger.proposal(id)).dossier
        dossier.title += " (sửa sau khi nâng cấp)"
        let edited = try ledger.perform(.editDraft(dossier: dossier), on: id, by: Actor(login: proposer))
        #expect(try ledger.proposal(id) == edited)
        #expect(try ledger.verify().ok)
    }

    /// Hostile edits of a stored body: each is the proposal named as disagreeing with its
    /// events (the body is its stored state), none a crash; `show` fails on it with a
    /// message, `list` and the view still read.
    @Test(arguments: [
        "UPDATE proposal SET body_data = zeroblob(length(body_data)) WHERE id = 'ID'",
        "UPDATE proposal SET body_data = substr(body_data, 1, length(body_data) / 2) WHERE id = 'ID'",
        "UPDATE proposal SET body_size = body_size + 1 WHERE id = 'ID'",
        "UPDATE proposal SET body_size = 9223372036854775807 WHERE id = 'ID'",
        "UPDATE proposal SET body_size = -1 WHERE id = 'ID'",
        "UPDATE proposal SET body_packing = 9 WHERE id = 'ID'",
        "UPDATE proposal SET body_packing = 0 WHERE id = 'ID'",
        "UPDATE proposal SET body_dict = 1 WHERE id = 'ID'",
        "UPDATE proposal SET body_dict = NULL WHERE id = 'ID'",
        "UPDATE proposal SET body_dict = 999999 WHERE id = 'ID'",
        "UPDATE proposal SET body_dict = (SELECT MIN(seq) FROM event_log WHERE kind = 'created' AND proposal_id <> 'ID') WHERE id = 'ID'",
        "UPDATE proposal SET body_packing = 0, body_size = 16777217, body_data = zeroblob(16777217) WHERE id = 'ID'",
        "UPDATE proposal_body SET body = json_set(body, '$.dossier.title', 'Khác') WHERE id = 'ID'",
        "UPDATE proposal_body SET body = '{\"id\": 1' WHERE id = 'ID'",
    ])
    func aHostileStoredBodyIsNamed(_ sql: String) throws {
        let scratch = try Scratch("body-packing-hostile")
        let path = scratch.path("ward.sqlite")
        try MigrationTests.load("schema-v1-demo.sql", into: path)
        let ledger = try Ledger.open(path: path)
        let id = try #require(try Raw.queue(path, readonly: true).read { db in
            try String.fetchOne(db, sql: "SELECT id FROM proposal WHERE state <> 'draft' AND body_packing = 1 ORDER BY seq DESC LIMIT 1")
        })
        #expect(try ledger.verify().ok)
        let queue = try Raw.queue(path)
        try queue.write { db in try db.execute(sql: sql.replacingOccurrences(of: "ID", with: id)) }
        try queue.close()
        let report = try Ledger.open(path: path, readOnly: true).verify()
        #expect(report.problems == [.stateDisagrees(proposalID: id)], "\(sql): \(report.problems)")
        _ = try Raw.queue(path, readonly: true).read { db in try Row.fetchAll(db, sql: "SELECT * FROM proposal_body") }
        let cli = try CLI(db: path).run(["verify"])
        #expect(cli.status == 3, "\(sql): \(cli.stdout)")
        #expect(cli.stdout.contains(id), "\(cli.stdout)")
        #expect(try CLI(db: path).run(["list", "--limit", "200"]).status == 0)
        let shown = try CLI(db: path).run(["show", id])
        #expect(shown.status != 0 || sql.contains("json_set"), "\(sql): \(shown.stdout)")
        #expect(!shown.stderr.contains("Fatal error"), "\(shown.stderr)")
        guard !sql.contains("json_set") else { return }
        // The record does not decode: named in the officer's words, never the decoder's.
        #expect(shown.status == 3)
        #expect(shown.stderr.contains("Không đọc được bản ghi của đề xuất \(id)"), "\(sql): \(shown.stderr)")
        #expect(!shown.stderr.contains("DecodingError"), "\(shown.stderr)")
        let english = try CLI(db: path).run(["show", id, "--lang", "en"])
        #expect(english.stderr.contains("The record of proposal \(id) in the database file cannot be read"), "\(english.stderr)")
        // The public register is not printed with the proposal silently left out.
        let register = try CLI(db: path).run(["register", "--format", "csv"])
        #expect(register.status == 3 && register.stderr.contains(id), "\(sql): \(register.stderr)")
        // Every officer's "waiting on me" list still reads, without the damaged proposal,
        // and the reminders go on.
        let reader = try Ledger.open(path: path, readOnly: true)
        var waiting = 0
        for login in try reader.organization().officers.keys.sorted() {
            let rows = try reader.waitingOn(login)
            #expect(!rows.contains { $0.id == id })
            waiting += rows.count
        }
        #expect(waiting > 0)
        #expect(try CLI(db: path).run(["remind"]).status == 0)
    }
}
