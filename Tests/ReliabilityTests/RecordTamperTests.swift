import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Issue 10, item 3: the tables outside the proposals (the organisation, the settings, the
/// calendar, `meta` and its demo flag) are rebuilt from the events by `verify`; an edit by
/// raw SQL, as a group member with write access to the file could make, is named by table
/// and key, and `dexuat verify` exits 3.
@Suite("Record tamper evidence", .serialized, .tags(.slow), .skippedInFastLoop)
struct RecordTamperTests {
    /// The ward of the torture child with one of every administrative change: a unit
    /// renamed, a role granted then revoked, a holiday, settings saved.
    final class Source: @unchecked Sendable {
        let scratch: Scratch
        let path: String
        init(demo: Bool = false) throws {
            scratch = try Scratch("record-tamper")
            path = scratch.path("source.sqlite")
            let setup = try Spawn.run([Binaries.torture, "setup", path] + (demo ? ["demo"] : []))
            guard setup.status == 0 else { throw NSError(domain: "setup", code: 1) }
            let ledger = try Ledger.open(path: path)
            let admin = Actor(login: "qtvien")
            try ledger.save(Procedure.Unit(id: "VHXH", name: "Phòng Văn hóa và Xã hội", kind: .office, parentID: "UBND",
                                           partyCommittee: "Chi bộ Phòng Văn hóa và Xã hội"), by: admin)
            try ledger.grant(RoleGrant(login: "btcuong", role: .inspector, unitID: "VHXH"), by: admin)
            try ledger.revoke(RoleGrant(login: "btcuong", role: .inspector, unitID: "VHXH"), by: admin)
            let day = try #require(Day(iso: "2026-09-01"))
            try ledger.adjustCalendar(CalendarAdjustment(day: day, kind: .dayOff, reason: "Nghỉ bù Quốc khánh"), by: admin)
            var settings = ProcedureSettings.standard
            settings.publishPrivateNotes = false
            settings.publishBallotComments = false
            try ledger.save(settings, by: admin)
            try ledger.setEmail("nvan@ubnd.example.vn", for: "nvan", by: admin)
            try ledger.setEmail("htmai@localhost", for: "htmai", by: admin)
            try ledger.setEmail("", for: "htmai", by: admin)
        }

        func copy(_ name: String) throws -> String {
            let target = scratch.path(name + ".sqlite")
            try Ledger.open(path: path).backup(to: target)
            return target
        }
    }

    /// One edit by raw SQL and the rows `verify` must name for it.
    struct Case: Sendable, CustomTestStringConvertible {
        var table: String
        var sql: String
        var named: [(table: String, key: String)]
        var testDescription: String { "\(table): \(sql.prefix(60))" }
    }

    /// The battery: for each table replayed by `verifyAdministration` and each meta key,
    /// an edit, an insertion and (where the schema allows) a deletion.
    static let cases: [Case] = [
        Case(table: "unit", sql: "UPDATE unit SET name = 'Phòng Tài chính' WHERE id = 'VHXH'", named: [("unit", "VHXH")]),
        Case(table: "unit", sql: "UPDATE unit SET parent_id = NULL WHERE id = 'VHXH'", named: [("unit", "VHXH")]),
        Case(table: "unit", sql: "INSERT INTO unit (id, name, kind, parent_id) VALUES ('GIA', 'Đơn vị giả', 'office', 'UBND')",
             named: [("unit", "GIA")]),
        // Issue 17: the unit's Party committee (whose opinion the documents cite) is rebuilt too.
        Case(table: "unit", sql: "UPDATE unit SET party_committee = 'Chi bộ giả' WHERE id = 'VHXH'", named: [("unit", "VHXH")]),
        Case(table: "unit", sql: "UPDATE unit SET party_committee = NULL WHERE id = 'VHXH'", named: [("unit", "VHXH")]),
        Case(table: "unit", sql: "UPDATE unit SET party_committee = 'Đảng ủy giả' WHERE id = 'UBND'", named: [("unit", "UBND")]),
        // The unit's ký hiệu (the code its acts' numbers carry) too.
        Case(table: "unit", sql: "UPDATE unit SET symbol = 'UBND' WHERE id = 'VHXH'", named: [("unit", "VHXH")]),
        Case(table: "officer", sql: "UPDATE officer SET unit_id = 'UBND' WHERE login = 'nvan'", named: [("officer", "nvan")]),
        Case(table: "officer", sql: "UPDATE officer SET managing = 1 WHERE login = 'btcuong'", named: [("officer", "btcuong")]),
        Case(table: "officer", sql: "INSERT INTO officer (login, name, unit_id, position, managing) VALUES ('ma', 'Cán Bộ Ma', 'VHXH', '', 0)",
             named: [("officer", "ma")]),
        Case(table: "officer", sql: "DELETE FROM officer WHERE login = 'btcuong'", named: [("officer", "btcuong")]),
        Case(table: "role_grant", sql: "INSERT INTO role_grant (login, role, unit_id) VALUES ('nvan', 'admin', 'UBND'), ('nvan', 'head', 'VHXH')",
             named: [("role_grant", "nvan admin UBND"), ("role_grant", "nvan head VHXH")]),
        Case(table: "role_grant", sql: "DELETE FROM role_grant WHERE login = 'htmai'", named: [("role_grant", "htmai clerk VHXH")]),
        Case(table: "role_grant", sql: "UPDATE role_grant SET unit_id = 'UBND' WHERE login = 'vtlan'",
             named: [("role_grant", "vtlan deputy UBND"), ("role_grant", "vtlan deputy VHXH")]),
        // The reminders' addresses (issue 14): a message redirected, added or stopped.
        Case(table: "officer_email", sql: "UPDATE officer_email SET address = 'ke.gian@example.com' WHERE login = 'nvan'",
             named: [("officer_email", "nvan")]),
        Case(table: "officer_email", sql: "INSERT INTO officer_email (login, address) VALUES ('htmai', 'htmai@localhost')",
             named: [("officer_email", "htmai")]),
        Case(table: "officer_email", sql: "DELETE FROM officer_email WHERE login = 'nvan'", named: [("officer_email", "nvan")]),
        Case(table: "calendar_adjustment", sql: "INSERT INTO calendar_adjustment (day, kind, reason) VALUES ('2026-12-24', 'day_off', 'Nghỉ thêm')",
             named: [("calendar_adjustment", "2026-12-24")]),
        Case(table: "calendar_adjustment", sql: "UPDATE calendar_adjustment SET kind = 'workday' WHERE day = '2026-09-01'",
             named: [("calendar_adjustment", "2026-09-01")]),
        Case(table: "calendar_adjustment", sql: "DELETE FROM calendar_adjustment", named: [("calendar_adjustment", "2026-09-01")]),
        Case(table: "meta", sql: "UPDATE meta SET value = json_set(value, '$.publishBallotComments', json('true')) WHERE key = 'settings'",
             named: [("meta", "settings")]),
        // §7.1: a quorum slipped into the settings (it would withhold decisions) is named.
        Case(table: "meta", sql: "UPDATE meta SET value = json_set(value, '$.quorumPercent', 99) WHERE key = 'settings'",
             named: [("meta", "settings")]),
        Case(table: "meta", sql: "DELETE FROM meta WHERE key = 'settings'", named: [("meta", "settings")]),
        // §7.3: the collective evaluation's threshold and the chair's duty to give reasons.
        Case(table: "meta", sql: "UPDATE meta SET value = json_set(value, '$.memberEvaluationShare', 100) WHERE key = 'settings'",
             named: [("meta", "settings")]),
        Case(table: "meta", sql: "UPDATE meta SET value = json_set(value, '$.departureNeedsReason', json('false')) WHERE key = 'settings'",
             named: [("meta", "settings")]),
        Case(table: "meta", sql: "UPDATE meta SET value = '1' WHERE key = 'demo'", named: [("meta", "demo")]),
        Case(table: "meta", sql: "UPDATE meta SET value = '2020-01-01T00:00:00.000Z' WHERE key = 'created_at'", named: [("meta", "created_at")]),
        Case(table: "meta", sql: "UPDATE meta SET value = 'v9' WHERE key = 'schema'", named: [("meta", "schema")]),
        Case(table: "meta", sql: "INSERT INTO meta (key, value) VALUES ('admin_override', 'nvan')", named: [("meta", "admin_override")]),
    ]

    @Test(arguments: cases)
    func anEditByRawSQLIsNamedByTableAndKey(_ tamper: Case) throws {
        let source = try Source()
        let path = try source.copy("tampered")
        #expect(try Ledger.open(path: path).verify().ok, "the copy verifies before the edit")
        let queue = try Raw.queue(path)
        try queue.write { db in try db.execute(sql: tamper.sql) }
        try queue.close()
        let report = try Ledger.open(path: path, readOnly: true).verify()
        let named = report.problems.compactMap { problem -> String? in
            if case let .recordDisagrees(table, key) = problem { "\(table)|\(key)" } else { nil }
        }
        #expect(Set(named) == Set(tamper.named.map { "\($0.table)|\($0.key)" }), "\(report.problems)")
        let cli = try CLI(db: path).run(["verify"])
        #expect(cli.status == 3, "\(cli.stdout)")
        for (table, key) in tamper.named {
            #expect(cli.stdout.contains("Bảng \(table), \(key):"), "\(cli.stdout)")
        }
        let english = try CLI(db: path).run(["verify", "--lang", "en"])
        #expect(english.stdout.contains("Table \(tamper.named[0].table), \(tamper.named[0].key): the stored row disagrees"))
    }

    /// The search index: a proposal's row edited (to hide it from a search, or to find it
    /// under other words), deleted, or a row standing for no proposal, is named. The index
    /// keeps no text (v7-search-contentless): a row is edited with FTS5's own commands (a
    /// row written again over it, a `'delete'` told the row's true text, then another text)
    /// or in its shadow tables; the names it was made from, in `proposal_search_people`.
    @Test func aSearchRowEditedDeletedOrAddedIsNamed() throws {
        let source = try Source()
        let ledger = try Ledger.open(path: source.path)
        let id = try ledger.create(ConcurrencyTests.dossier("Số hóa sổ tiếp nhận"), by: Actor(login: "nvan")).id
        let (seq, doc) = try #require(try Raw.queue(source.path, readonly: true).read { db -> (Int64, (title: String, body: String, people: String))? in
            guard let seq = try Int64.fetchOne(db, sql: "SELECT seq FROM proposal WHERE id = ?", arguments: [id]),
                  let proposal = try Ledger.loadProposal(id, db: db),
                  let doc = try Ledger.searchDocument(proposal, seq: seq, db: db) else { return nil }
            return (seq, doc)
        })
        #expect(doc.title == "số hóa sổ tiếp nhận")
        #expect(try ledger.verify().ok)
        let truly = "INSERT INTO proposal_search (proposal_search, rowid, title, body, people) VALUES ('delete', \(seq), ?, ?, ?)"
        let insert = "INSERT INTO proposal_search (rowid, title, body, people) VALUES (\(seq), ?, ?, ?)"
        let cases: [(String, [(String, StatementArguments)], String)] = [
            // Another title written over the row (FTS5 keeps both texts' words).
            ("title", [(insert, ["khong co gi", doc.body, doc.people])], id),
            // The row taken out, then written with another title of as many words.
            ("title same length", [(truly, [doc.title, doc.body, doc.people]), (insert, ["so hoa so bi mat", doc.body, doc.people])], id),
            // A word added to the names (another officer's login), as many words kept.
            ("people", [(truly, [doc.title, doc.body, doc.people]), (insert, [doc.title, doc.body, "nguoi khac btcuong"])], id),
            ("kept names", [("UPDATE proposal_search_people SET people = 'nguoi khac btcuong' WHERE seq = \(seq)", [])], id),
            ("deleted", [(truly, [doc.title, doc.body, doc.people])], id),
            ("docsize deleted", [("DELETE FROM proposal_search_docsize WHERE id = \(seq)", [])], id),
            ("docsize edited", [("UPDATE proposal_search_docsize SET sz = X'010101' WHERE id = \(seq)", [])], id),
            ("orphan", [("INSERT INTO proposal_search (rowid, title, body, people) VALUES (999, 'gia', '', '')", [])], "rowid 999"),
            ("orphan names", [("INSERT INTO proposal_search_people (seq, people) VALUES (999, 'gia')", [])], "rowid 999"),
        ]
        for (name, statements, key) in cases {
            let path = try source.copy("search-" + name.replacingOccurrences(of: " ", with: "-"))
            let queue = try Raw.queue(path)
            try queue.write { db in
                for (sql, arguments) in statements { try db.execute(sql: sql, arguments: arguments) }
            }
            try queue.close()
            let report = try Ledger.open(path: path, readOnly: true).verify()
            #expect(report.problems == [.recordDisagrees(table: "proposal_search", key: key)], "\(name): \(report.problems)")
            let cli = try CLI(db: path).run(["verify"])
            #expect(cli.status == 3)
            #expect(cli.stdout.contains("Bảng proposal_search, \(key):"), "\(cli.stdout)")
        }
    }

    /// Issue 16, round three: words swapped between two rows of the index, as whoever can
    /// write the file could do with FTS5's own commands: each row taken out with its true
    /// text and written again with one word of the other's. Each row keeps its word counts
    /// (`docsize`) and every word its counts over the whole index, so only the rows' own
    /// postings tell; both proposals are named. A word moved within a row (same words,
    /// another order) is named too.
    @Test func wordsSwappedBetweenTwoSearchRowsAreNamed() throws {
        let source = try Source()
        let ledger = try Ledger.open(path: source.path)
        let first = try ledger.create(ConcurrencyTests.dossier("Số hóa sổ tiếp nhận"), by: Actor(login: "nvan")).id
        let second = try ledger.create(ConcurrencyTests.dossier("Cải tiến quy trình một cửa"), by: Actor(login: "nvan")).id
        typealias Doc = (seq: Int64, title: String, body: String, people: String)
        let docs = try Raw.queue(source.path, readonly: true).read { db -> [Doc] in
            try [first, second].map { id in
                let seq = try #require(try Int64.fetchOne(db, sql: "SELECT seq FROM proposal WHERE id = ?", arguments: [id]))
                let proposal = try #require(try Ledger.loadProposal(id, db: db))
                let doc = try #require(try Ledger.searchDocument(proposal, seq: seq, db: db))
                return (seq, doc.title, doc.body, doc.people)
            }
        }
        #expect(docs[0].title == "số hóa sổ tiếp nhận" && docs[1].title == "cải tiến quy trình một cửa")
        #expect(try ledger.verify().ok)
        func rewrite(_ db: Database, _ doc: Doc, title: String) throws {
            try db.execute(sql: "INSERT INTO proposal_search (proposal_search, rowid, title, body, people) VALUES ('delete', ?, ?, ?, ?)",
                           arguments: [doc.seq, doc.title, doc.body, doc.people])
            try db.execute(sql: "INSERT INTO proposal_search (rowid, title, body, people) VALUES (?, ?, ?, ?)",
                           arguments: [doc.seq, title, doc.body, doc.people])
        }
        let cases: [(String, (Database) throws -> Void, [String])] = [
            ("swapped", { db in
                // "hóa" and "tiến" change rows: every row and every word keeps its counts.
                try rewrite(db, docs[0], title: "số tiến sổ tiếp nhận")
                try rewrite(db, docs[1], title: "cải hóa quy trình một cửa")
            }, [first, second].sorted()),
            ("moved", { db in try rewrite(db, docs[0], title: "hóa số sổ tiếp nhận") }, [first]),
        ]
        for (name, edit, ids) in cases {
            let path = try source.copy("search-words-" + name)
            let queue = try Raw.queue(path)
            try queue.write { db in try edit(db) }
            // What the counts see: the same as before the edit.
            let counts = try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT id, sz FROM proposal_search_docsize ORDER BY id").map { "\($0[0] as Int64) \(($0[1] as Data).base64EncodedString())" }
            }
            try queue.close()
            let original = try Raw.queue(source.path, readonly: true).read { db in
                try Row.fetchAll(db, sql: "SELECT id, sz FROM proposal_search_docsize ORDER BY id").map { "\($0[0] as Int64) \(($0[1] as Data).base64EncodedString())" }
            }
            #expect(counts == original, "\(name): the edit keeps every row's word counts")
            let report = try Ledger.open(path: path, readOnly: true).verify()
            #expect(report.problems == ids.map { .recordDisagrees(table: "proposal_search", key: $0) }, "\(name): \(report.problems)")
            #expect(try Ledger.open(path: path, readOnly: true).verify(parallelism: .single) == report)
            let cli = try CLI(db: path).run(["verify"])
            #expect(cli.status == 3)
            for id in ids { #expect(cli.stdout.contains("Bảng proposal_search, \(id):"), "\(cli.stdout)") }
        }
    }

    /// Issue 16: the dashboard's counts per month (`period_count`, v7-period-counts) raised,
    /// lowered, deleted, made up or moved to another state are named by their key.
    @Test func aPeriodCountEditedDeletedOrAddedIsNamed() throws {
        let source = try Source()
        let ledger = try Ledger.open(path: source.path)
        let id = try ledger.create(ConcurrencyTests.dossier("Số hóa sổ tiếp nhận"), by: Actor(login: "nvan")).id
        _ = try ledger.perform(.submit, on: id, by: Actor(login: "nvan"))
        let row = try #require(try Raw.queue(source.path, readonly: true).read { db in
            try Row.fetchOne(db, sql: "SELECT month, state, unit_id, field FROM period_count WHERE state = 'received'")
        })
        let month: Int = row["month"], unit: String = row["unit_id"], field: String = row["field"]
        let key = "period:\(month):received:\(unit):\(field)"
        let match = "month = \(month) AND state = 'received' AND unit_id = '\(unit)' AND field = '\(field)'"
        #expect(try ledger.verify().ok)
        for (name, sql, keys) in [
            ("raised", "UPDATE period_count SET n = n + 5 WHERE \(match)", [key]),
            ("lowered", "UPDATE period_count SET n = 0 WHERE \(match)", [key]),
            ("deleted", "DELETE FROM period_count WHERE \(match)", [key]),
            ("moved", "UPDATE period_count SET month = 209901 WHERE \(match)", [key, "period:209901:received:\(unit):\(field)"]),
            ("made up", "INSERT INTO period_count VALUES (209912, 'closed', 'VHXH', 'other', 3)", ["period:209912:closed:VHXH:other"]),
        ] {
            let path = try source.copy("period-count-" + name)
            let queue = try Raw.queue(path)
            try queue.write { db in try db.execute(sql: sql) }
            try queue.close()
            let report = try Ledger.open(path: path, readOnly: true).verify()
            #expect(Set(report.problems) == Set(keys.map { .countDisagrees(key: $0) }), "\(name): \(report.problems)")
            let cli = try CLI(db: path).run(["verify"])
            #expect(cli.status == 3, "\(name): \(cli.stdout)")
            #expect(cli.stdout.contains(key) || name == "made up", "\(name): \(cli.stdout)")
        }
    }

    /// §7.4: a declared conflict of interest (who may not act) edited, deleted or made up
    /// in `conflict_declaration` is named by proposal, officer and event.
    @Test func aConflictDeclarationEditedDeletedOrAddedIsNamed() throws {
        let source = try Source()
        let ledger = try Ledger.open(path: source.path)
        let id = try ledger.create(ConcurrencyTests.dossier("Sổ tiếp nhận điện tử"), by: Actor(login: "nvan")).id
        try ledger.perform(.submit, on: id, by: Actor(login: "nvan"))
        try ledger.perform(.receive(receiptNumber: ""), on: id, by: Actor(login: "htmai"))
        try ledger.declareConflict(on: id, reason: "Người đề xuất là em ruột", by: Actor(login: "vtlan"))
        let seq = try #require(try ledger.conflicts(of: id).first?.seq)
        #expect(try ledger.verify().ok)
        for (name, sql, key) in [
            ("reason", "UPDATE conflict_declaration SET reason = 'khác' WHERE seq = \(seq)", "\(id) vtlan (seq \(seq))"),
            ("officer", "UPDATE conflict_declaration SET officer = 'btcuong' WHERE seq = \(seq)", "\(id) vtlan (seq \(seq))"),
            ("day", "UPDATE conflict_declaration SET day = '2020-01-01' WHERE seq = \(seq)", "\(id) vtlan (seq \(seq))"),
            ("deleted", "DELETE FROM conflict_declaration WHERE seq = \(seq)", "\(id) vtlan (seq \(seq))"),
            ("added", "INSERT INTO conflict_declaration (seq, proposal_id, officer, reason, day) VALUES (1, '\(id)', 'dmtuan', 'giả', '2026-01-05')",
             "\(id) dmtuan (seq 1)"),
        ] {
            let path = try source.copy("conflict-" + name)
            let queue = try Raw.queue(path)
            try queue.write { db in try db.execute(sql: sql) }
            try queue.close()
            let report = try Ledger.open(path: path, readOnly: true).verify()
            #expect(report.problems == [.recordDisagrees(table: "conflict_declaration", key: key)], "\(name): \(report.problems)")
            let cli = try CLI(db: path).run(["verify"])
            #expect(cli.status == 3)
            #expect(cli.stdout.contains("Bảng conflict_declaration, \(key):"), "\(cli.stdout)")
        }
    }

    /// §7.8: a byte flipped in a stored chunk, a chunk deleted, an attachment row edited
    /// or deleted: `verify` names the file by proposal and number and exits 3.
    @Test func anAttachmentTamperedWithIsNamed() throws {
        let source = try Source()
        let ledger = try Ledger.open(path: source.path)
        let id = try ledger.create(ConcurrencyTests.dossier("Sổ tiếp nhận điện tử"), by: Actor(login: "nvan")).id
        try ledger.perform(.submit, on: id, by: Actor(login: "nvan"))
        let input = source.scratch.path("bang.csv")
        let bytes = Data((0..<(Ledger.attachmentChunkSize + 500)).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        #expect(FileManager.default.createFile(atPath: input, contents: bytes))
        let record = try ledger.attach(to: id, step: nil, name: "bang.csv", mediaType: nil,
                                       from: try #require(FileHandle(forReadingAtPath: input)), by: Actor(login: "nvan"))
        #expect(try ledger.verify().ok)
        let blobKey = "\(id) #1 sha256 \(record.sha256.prefix(12))", rowKey = "\(id) #1 (seq \(record.seq))"
        for (name, sql, table, key) in [
            ("flip", "UPDATE attachment_blob SET data = CAST(X'FF' || substr(data, 2) AS BLOB) WHERE chunk = 1", "attachment_blob", blobKey),
            ("chunk", "DELETE FROM attachment_blob WHERE chunk = 0", "attachment_blob", blobKey),
            ("size", "UPDATE attachment SET size = 1 WHERE seq = \(record.seq)", "attachment", rowKey),
            ("sha", "UPDATE attachment SET sha256 = 'abc' WHERE seq = \(record.seq)", "attachment", rowKey),
            ("deleted", "DELETE FROM attachment WHERE seq = \(record.seq)", "attachment", rowKey),
        ] {
            let path = try source.copy("attachment-" + name)
            let queue = try Raw.queue(path)
            try queue.write { db in try db.execute(sql: sql) }
            try queue.close()
            let report = try Ledger.open(path: path, readOnly: true).verify()
            #expect(report.problems == [.recordDisagrees(table: table, key: key)], "\(name): \(report.problems)")
            let cli = try CLI(db: path).run(["verify"])
            #expect(cli.status == 3)
            #expect(cli.stdout.contains("Bảng \(table), \(key):"), "\(cli.stdout)")
        }
    }

    /// §7.5: a delegation or appointment (who may act for a head) edited, deleted or made
    /// up in `delegation` or `appointment` is named by table and number.
    @Test func aDelegationOrAppointmentEditedDeletedOrAddedIsNamed() throws {
        let source = try Source()
        let ledger = try Ledger.open(path: source.path)
        let admin = Actor(login: "qtvien")
        let day = try #require(Day(iso: "2026-03-02"))
        try ledger.delegate(to: "vtlan", from: day, until: day.adding(days: 30), steps: [.receive, .decide], number: "05/UQ-VHXH",
                            date: day, by: Actor(login: "dmtuan"))
        try ledger.delegate(to: "vtlan", from: day, until: day.adding(days: 3), steps: [.conclude], number: "06/UQ-VHXH",
                            date: day, by: Actor(login: "dmtuan"))
        try ledger.revokeDelegation("06/UQ-VHXH", by: Actor(login: "dmtuan"))
        try ledger.save(Procedure.Unit(id: "KT", name: "Phòng Kinh tế", kind: .office, parentID: "UBND"), by: admin)
        try ledger.save(Officer(login: "pp.kt", name: "Hà Thị Tế", unitID: "KT", position: "Phó Trưởng phòng", isManaging: true), by: admin)
        try ledger.appoint("pp.kt", to: "KT", number: "12/QĐ-UBND", date: day, by: Actor(login: "tqhung"))
        #expect(try ledger.verify().ok)
        for (name, sql, table, key) in [
            ("until", "UPDATE delegation SET until_day = '2030-12-31' WHERE number = '05/UQ-VHXH'", "delegation", "05/UQ-VHXH"),
            ("deputy", "UPDATE delegation SET deputy = 'btcuong' WHERE number = '05/UQ-VHXH'", "delegation", "05/UQ-VHXH"),
            ("steps", "UPDATE delegation SET steps = 'receive,decide,conclude' WHERE number = '05/UQ-VHXH'", "delegation", "05/UQ-VHXH"),
            ("unrevoked", "UPDATE delegation SET revoked_on = NULL WHERE number = '06/UQ-VHXH'", "delegation", "06/UQ-VHXH"),
            ("deleted", "DELETE FROM delegation WHERE number = '05/UQ-VHXH'", "delegation", "05/UQ-VHXH"),
            ("added", "INSERT INTO delegation (number, seq, unit_id, head, deputy, date, from_day, until_day, steps) VALUES ('99/UQ', 1, 'VHXH', 'dmtuan', 'vtlan', '2026-01-01', '2026-01-01', '2030-01-01', 'decide')",
             "delegation", "99/UQ"),
            ("appointee", "UPDATE appointment SET officer = 'nvan' WHERE number = '12/QĐ-UBND'", "appointment", "12/QĐ-UBND"),
            ("appointment revoked", "UPDATE appointment SET revoked_on = '2026-03-03' WHERE number = '12/QĐ-UBND'", "appointment", "12/QĐ-UBND"),
            ("appointment deleted", "DELETE FROM appointment WHERE number = '12/QĐ-UBND'", "appointment", "12/QĐ-UBND"),
            ("appointment added", "INSERT INTO appointment (number, seq, unit_id, officer, appointed_by, date) VALUES ('13/QĐ', 1, 'VHXH', 'nvan', 'tqhung', '2026-01-01')",
             "appointment", "13/QĐ"),
        ] {
            let path = try source.copy("delegation-" + name.replacingOccurrences(of: " ", with: "-"))
            let queue = try Raw.queue(path)
            try queue.write { db in try db.execute(sql: sql) }
            try queue.close()
            let report = try Ledger.open(path: path, readOnly: true).verify()
            #expect(report.problems == [.recordDisagrees(table: table, key: key)], "\(name): \(report.problems)")
            let cli = try CLI(db: path).run(["verify"])
            #expect(cli.status == 3)
            #expect(cli.stdout.contains("Bảng \(table), \(key):"), "\(cli.stdout)")
        }
    }

    /// §7.1: a meeting lives in the proposal's body, replayed from its events: a member
    /// slipped into the frozen list, an absence turned into presence, or the meeting removed
    /// by raw SQL is named as the proposal disagreeing with its events.
    @Test func aMeetingEditedInTheBodyIsNamed() throws {
        let source = try Source()
        let ledger = try Ledger.open(path: source.path)
        let id = try ledger.create(ConcurrencyTests.dossier("Sổ tiếp nhận điện tử"), by: Actor(login: "nvan")).id
        try ledger.perform(.submit, on: id, by: Actor(login: "nvan"))
        let received = try ledger.perform(.receive(receiptNumber: ""), on: id, by: Actor(login: "htmai"))
        let opened = try ledger.perform(.openMeeting(stage: .review, day: try #require(received.receipt?.day), chair: nil), on: id,
                                        by: Actor(login: "htmai"))
        let convened = try #require(opened.meeting(.review)?.convened)
        #expect(convened.count >= 2)
        let attendance = convened.enumerated().map { Attendance(member: $1, present: $0 == 0, reason: $0 == 0 ? "" : "Đi công tác") }
        try ledger.perform(.recordAttendance(stage: .review, attendance: attendance), on: id, by: Actor(login: "htmai"))
        #expect(try ledger.verify().ok)
        for (name, sql) in [
            ("member added", "UPDATE proposal_body SET body = json_insert(body, '$.meetingRecords[0].convened[#]', 'btcuong') WHERE id = '\(id)'"),
            ("absence erased", "UPDATE proposal_body SET body = json_set(body, '$.meetingRecords[0].attendance[1].present', json('true')) WHERE id = '\(id)'"),
            ("meeting removed", "UPDATE proposal_body SET body = json_remove(body, '$.meetingRecords') WHERE id = '\(id)'"),
        ] {
            let path = try source.copy("meeting-" + name.replacingOccurrences(of: " ", with: "-"))
            let queue = try Raw.queue(path)
            try queue.write { db in try db.execute(sql: sql) }
            try queue.close()
            let report = try Ledger.open(path: path, readOnly: true).verify()
            #expect(report.problems == [.stateDisagrees(proposalID: id)], "\(name): \(report.problems)")
        }
    }

    /// The kept due day of a proposal (what "overdue" and "due soon" read): set aside by
    /// hand, or moved by a holiday inserted by hand with the due days recomputed as dexuat
    /// would, it is named, with the holiday.
    @Test func aDueDayMovedByHandOrByAHolidayInsertedByHandIsNamed() throws {
        let source = try Source()
        let ledger = try Ledger.open(path: source.path)
        let id = try ledger.create(ConcurrencyTests.dossier("Sổ tiếp nhận điện tử"), by: Actor(login: "nvan")).id
        try ledger.perform(.submit, on: id, by: Actor(login: "nvan"))
        let received = try ledger.perform(.receive(receiptNumber: ""), on: id, by: Actor(login: "htmai"))
        let due = try #require(received.nextDue(calendar: try ledger.calendar(), settings: try ledger.settings()))
        #expect(try ledger.verify().ok)

        let cleared = try source.copy("due-cleared")
        var queue = try Raw.queue(cleared)
        try queue.write { db in try db.execute(sql: "UPDATE proposal SET next_due = NULL, next_step = NULL WHERE id = ?", arguments: [id]) }
        try queue.close()
        #expect(try Ledger.open(path: cleared).verify().problems == [.recordDisagrees(table: "proposal", key: "\(id) next_due")])

        let holiday = try source.copy("due-holiday")
        queue = try Raw.queue(holiday)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO calendar_adjustment (day, kind, reason) VALUES (?, 'day_off', 'Nghỉ thêm')",
                           arguments: [due.due.adding(days: -1).iso])
            try db.execute(sql: "UPDATE proposal SET next_due = ? WHERE id = ?", arguments: [due.due.adding(days: 1).iso, id])
        }
        try queue.close()
        let report = try Ledger.open(path: holiday).verify()
        #expect(Set(report.problems) == [.recordDisagrees(table: "calendar_adjustment", key: due.due.adding(days: -1).iso),
                                         .recordDisagrees(table: "proposal", key: "\(id) next_due")], "\(report.problems)")
        let cli = try CLI(db: holiday).run(["verify"])
        #expect(cli.status == 3)
        #expect(cli.stdout.contains("Bảng proposal, \(id) next_due:"), "\(cli.stdout)")
    }

    /// A role granted in the history before a checkpoint is rewritten into another (the
    /// clerk's grant becomes an administrator's grant for nvan), the table made to agree
    /// and every hash after it recomputed: `verify` alone passes, `verify --against` the
    /// code printed before names the rewrite.
    @Test func aGrantRewrittenInTheHistoryBeforeACheckpointIsNamedByTheCheckpoint() throws {
        let source = try Source()
        let path = try source.copy("rewritten")
        let code = try Ledger.open(path: path).chainHead().checkpoint
        let clerk = #"{"roleGranted":{"grant":{"login":"htmai","role":"clerk","unitID":"VHXH"}}}"#
        let admin = #"{"roleGranted":{"grant":{"login":"nvan","role":"admin","unitID":"UBND"}}}"#
        try Rehash.rewrite(path, tables: { db in
            try db.execute(sql: "UPDATE role_grant SET login = 'nvan', role = 'admin', unit_id = 'UBND' WHERE login = 'htmai'")
        }) { row in
            if row.payload == clerk { row.payload = admin }
        }
        let ledger = try Ledger.open(path: path)
        #expect(try ledger.organization().holdsAnywhere(.admin, "nvan"), "the attack took effect")
        #expect(try ledger.verify().ok, "a rehashed chain whose tables agree verifies in itself")
        #expect(try CLI(db: path).run(["verify"]).status == 0)
        let cli = try CLI(db: path).run(["verify", "--against", code.code])
        #expect(cli.status == 3)
        #expect(cli.stdout.contains("Sự kiện #\(code.seq) không còn mã băm"), "\(cli.stdout)")
        // Without the table made to agree, verify alone names it.
        let lazy = try source.copy("rewritten-lazy")
        try Rehash.rewrite(lazy) { row in if row.payload == clerk { row.payload = admin } }
        let report = try Ledger.open(path: lazy).verify()
        #expect(Set(report.problems) == [.recordDisagrees(table: "role_grant", key: "htmai clerk VHXH"),
                                         .recordDisagrees(table: "role_grant", key: "nvan admin UBND")])
    }

    /// Every table that `VerifyCoverage` says is replayed by `verifyAdministration`, and
    /// `meta`, has at least one case above: a table added to that list without a tamper
    /// case fails here.
    /// Issue 15: the register of acts (one number per act) edited, emptied or added to by
    /// raw SQL: `verify` names the row by proposal and event and exits 3.
    @Test func anActNumberEditedDeletedOrAddedIsNamed() throws {
        let scratch = try Scratch("record-act-numbers")
        let demo = scratch.path("demo.sqlite")
        let made = try CLI(db: demo).run(["demo", "--proposals", "40", "--quiet"])
        #expect(made.status == 0, "\(made.stderr)")
        let ledger = try Ledger.open(path: demo)
        let first = try #require(try ledger.actNumbers().first)
        #expect(try ledger.verify().ok)
        let key = "\(first.proposalID) (seq \(first.eventSeq))"
        for (name, sql, named) in [
            ("number", "UPDATE act_number SET number = number + 100 WHERE event_seq = \(first.eventSeq)", key),
            ("reference", "UPDATE act_number SET reference = '99/QĐ-GIA' WHERE event_seq = \(first.eventSeq)", key),
            ("deleted", "DELETE FROM act_number WHERE event_seq = \(first.eventSeq)", key),
            ("added", "INSERT INTO act_number (event_seq, proposal_id, kind, code, symbol, year, number, reference, day) "
                + "VALUES (1, '\(first.proposalID)', 'decision', 'VHXH', 'QĐ', 2026, 999, '999/QĐ-VHXH', '2026-01-05')",
             "\(first.proposalID) (seq 1)"),
        ] {
            let path = scratch.path("act-number-\(name).sqlite")
            try ledger.backup(to: path)
            let queue = try Raw.queue(path)
            try queue.write { db in try db.execute(sql: sql) }
            try queue.close()
            let report = try Ledger.open(path: path, readOnly: true).verify()
            #expect(report.problems == [.recordDisagrees(table: "act_number", key: named)], "\(name): \(report.problems)")
            let cli = try CLI(db: path).run(["verify"])
            #expect(cli.status == 3)
            #expect(cli.stdout.contains("Bảng act_number, \(named):"), "\(cli.stdout)")
        }
    }

    @Test func everyAdministrativeTableHasATamperCase() {
        let replayed = VerifyCoverage.tables.filter { $0.value == .replayed(by: "Ledger.verifyAdministration") }.map(\.key)
        #expect(Set(replayed) == ["unit", "officer", "role_grant", "calendar_adjustment", "officer_email"])
        for table in replayed + ["meta"] {
            #expect(Self.cases.contains { $0.table == table }, "no tamper case for \(table)")
        }
        // And every meta key has one.
        for key in VerifyCoverage.metaKeys.keys {
            #expect(Self.cases.contains { $0.named.contains { $0.table == "meta" && $0.key == key } }, "no tamper case for meta.\(key)")
        }
    }

    /// Every path that writes these tables records its event in the same transaction:
    /// init, every administrative command, the demo generator and a file of schema v1
    /// migrated to the latest all verify.
    @Test func everyWriterOfTheseTablesLeavesAFileThatVerifies() throws {
        let real = try Source()
        #expect(try Ledger.open(path: real.path).verify().ok)
        let scratch = try Scratch("record-writers")
        let demo = scratch.path("demo.sqlite")
        let made = try CLI(db: demo).run(["demo", "--proposals", "40", "--quiet"])
        #expect(made.status == 0, "\(made.stderr)")
        let report = try Ledger.open(path: demo).verify()
        #expect(report.ok, "\(report.problems.prefix(5))")
        let old = scratch.path("v1.sqlite")
        try MigrationTests.load("schema-v1-demo.sql", into: old)
        #expect(try Ledger.open(path: old).verify().ok)
    }
}
