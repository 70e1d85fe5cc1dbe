import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// The small ward every Ledger test works in.
///
///     UBND  Ủy ban nhân dân phường (root)   head tqhung, deputy lthoa,
///                                           party liaison pvbinh, admin qtvien
///     VHXH  Phòng Văn hóa – Xã hội          head dmtuan, deputy vtlan, clerk htmai,
///                                           staff nvan ("Nguyễn Văn An"), btcuong
enum Ward {
    static let root = "UBND"
    static let office = "VHXH"

    static let admin = "qtvien"
    static let chair = "tqhung"
    static let viceChair = "lthoa"
    static let liaison = "pvbinh"
    static let head = "dmtuan"
    static let deputy = "vtlan"
    static let clerk = "htmai"
    static let staff = "nvan"
    static let staff2 = "btcuong"

    static let rootUnit = Procedure.Unit(id: root, name: "Ủy ban nhân dân phường", kind: .peoplesCommittee, parentID: nil)
    static let officeUnit = Procedure.Unit(id: office, name: "Phòng Văn hóa – Xã hội", kind: .office, parentID: root)

    static let administrator = Officer(login: admin, name: "Quản Trị Viên", unitID: root, position: "Chuyên viên CNTT", isManaging: false)

    static let officers: [Officer] = [
        Officer(login: chair, name: "Trần Quốc Hùng", unitID: root, position: "Chủ tịch", isManaging: true),
        Officer(login: viceChair, name: "Lê Thị Hoa", unitID: root, position: "Phó Chủ tịch", isManaging: true),
        Officer(login: liaison, name: "Phạm Văn Bình", unitID: root, position: "Phó Bí thư Đảng ủy", isManaging: true),
        Officer(login: head, name: "Đỗ Minh Tuấn", unitID: office, position: "Trưởng phòng", isManaging: true),
        Officer(login: deputy, name: "Vũ Thị Lan", unitID: office, position: "Phó Trưởng phòng", isManaging: true),
        Officer(login: clerk, name: "Hoàng Thị Mai", unitID: office, position: "Văn thư", isManaging: false),
        Officer(login: staff, name: "Nguyễn Văn An", unitID: office, position: "Chuyên viên", isManaging: false),
        Officer(login: staff2, name: "Bùi Thế Cường", unitID: office, position: "Chuyên viên", isManaging: false),
    ]

    static let grants: [RoleGrant] = [
        RoleGrant(login: chair, role: .head, unitID: root),
        RoleGrant(login: viceChair, role: .deputy, unitID: root),
        RoleGrant(login: liaison, role: .partyLiaison, unitID: root),
        RoleGrant(login: head, role: .head, unitID: office),
        RoleGrant(login: deputy, role: .deputy, unitID: office),
        RoleGrant(login: clerk, role: .clerk, unitID: office),
    ]

    static func name(_ login: String) -> String {
        (officers + [administrator]).first { $0.login == login }?.name ?? login
    }
}

/// A fresh database file in its own temporary folder, with the ward built through the
/// public API as the administrator. The folder is removed when the fixture goes away.
final class LedgerFixture: Sendable {
    let directory: URL
    let path: String
    let ledger: Ledger

    /// The instant the ward was built at: a Monday morning in Vietnam, far from holidays.
    static let origin: Date = Day(year: 2025, month: 3, day: 3).map { $0.startInVietnam.addingTimeInterval(9 * 3600) }
        ?? Date(timeIntervalSince1970: 1_740_967_200)

    init(ward: Bool = true) throws {
        directory = LedgerFixture.temporaryDirectory()
        path = directory.appendingPathComponent("ledger.sqlite").path
        ledger = try Ledger.open(path: path, create: true)
        if ward {
            try ledger.initialize(root: Ward.rootUnit, administrator: Ward.administrator, at: Self.origin)
            let admin = Actor(login: Ward.admin)
            try ledger.save(Ward.officeUnit, by: admin, at: Self.origin)
            for officer in Ward.officers {
                try ledger.save(officer, by: admin, at: Self.origin)
            }
            for grant in Ward.grants {
                try ledger.grant(grant, by: admin, at: Self.origin)
            }
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// A unique folder name under the system's temporary directory (not created).
    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("dexuat-ledgertests-" + UUID().uuidString, isDirectory: true)
    }

    /// Another officer's session: a second, independent pool on the same file.
    func openAgain() throws -> Ledger {
        try Ledger.open(path: path)
    }

    /// A plain GRDB connection on the same file, for raw SQL that the Ledger never offers.
    func rawQueue() throws -> DatabaseQueue {
        var config = Configuration()
        config.busyMode = .timeout(10)
        // The `event` view reads through dexuat_unpack (v7-event-packing).
        config.prepareDatabase { db in Ledger.prepareConnection(db) }
        return try DatabaseQueue(path: path, configuration: config)
    }

    // MARK: - Proposals

    /// 09:00 in Vietnam on `day`.
    static func morning(of day: Day) -> Date {
        day.startInVietnam.addingTimeInterval(9 * 3600)
    }

    @discardableResult
    func draft(_ title: String = "Số hóa sổ tiếp nhận hồ sơ", by login: String = Ward.staff, at date: Date = LedgerFixture.origin) throws -> Proposal {
        try ledger.create(LedgerFixture.completeDossier(title: title), by: Actor(login: login), at: date)
    }

    /// A draft, submitted by its proposer: waiting for registration.
    @discardableResult
    func submitted(_ title: String = "Số hóa sổ tiếp nhận hồ sơ", by login: String = Ward.staff, at date: Date = LedgerFixture.origin) throws -> Proposal {
        let draft = try draft(title, by: login, at: date)
        return try ledger.perform(.submit, on: draft.id, by: Actor(login: login), at: date)
    }

    /// Submitted and registered by the clerk of the proposer's office on `date`.
    @discardableResult
    func received(_ title: String = "Số hóa sổ tiếp nhận hồ sơ", by login: String = Ward.staff, at date: Date = LedgerFixture.origin) throws -> Proposal {
        let proposal = try submitted(title, by: login, at: date)
        return try ledger.perform(.receive(receiptNumber: ""), on: proposal.id, by: Actor(login: Ward.clerk), at: date)
    }

    /// A dossier with every content Decree 73 art. 7(2) requires. The body text avoids
    /// words the search tests look for.
    static func completeDossier(title: String) -> Dossier {
        Dossier(
            title: title,
            field: .digitalTransformation,
            legalBasis: .decree73,
            necessity: "Hồ sơ giấy chậm, dễ thất lạc.",
            bottleneck: "Quy chế lưu trữ chưa quy định bản điện tử.",
            content: "Quét và lập chỉ mục toàn bộ sổ sách.",
            scope: "Bộ phận một cửa của phường.",
            implementers: "Chuyên viên phòng và văn thư.",
            startDate: Day(year: 2025, month: 4, day: 1),
            endDate: Day(year: 2025, month: 9, day: 30),
            resources: ResourceNeeds(people: "2 chuyên viên", fundingVND: 15_000_000, equipment: "1 máy quét"),
            feasibility: "Cao: thiết bị sẵn có.",
            positiveImpact: "Rút ngắn thời gian tra cứu.",
            negativeImpact: "Không có.",
            expectedEffect: "Tra cứu trong 5 phút.",
            targets: [Target(description: "Thời gian tra cứu", measure: "≤ 5 phút")],
            selfCheck: ChecklistTemplate.standardItems.map { ChecklistAnswer(itemID: $0.id, verdict: .met, comment: "") })
    }

    // MARK: - Raw inspection

    func eventCount() throws -> Int {
        try rawQueue().read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") ?? -1 }
    }

    func version(of id: String) throws -> Int? {
        try rawQueue().read { db in try Int.fetchOne(db, sql: "SELECT version FROM proposal WHERE id = ?", arguments: [id]) }
    }

    /// Every row of every table (the search index's shadow tables and GRDB's
    /// migrations included), rendered as text and sorted: equal snapshots mean equal content.
    func snapshot() throws -> [String: [String]] {
        try rawQueue().read { db in
            var tables: [String: [String]] = [:]
            let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            for name in names {
                let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(quoted)")
                tables[name] = rows.map(LedgerFixture.render).sorted()
            }
            tables["sqlite_master"] = try Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_master").map { $0.description }.sorted()
            return tables
        }
    }
}

extension LedgerFixture {
    /// One row as text, blobs in full (GRDB's own description only gives their size).
    static func render(_ row: Row) -> String {
        row.databaseValues.map { value -> String in
            if case .blob(let data) = value.storage {
                return "x'" + data.map { String(format: "%02x", $0) }.joined() + "'"
            }
            return value.description
        }.joined(separator: "|")
    }
}

extension LedgerError {
    var refusalRule: Rule? {
        if case .refused(let refusal) = self { return refusal.rule }
        return nil
    }

    var isStale: Bool {
        if case .stale = self { return true }
        return false
    }

    var isDatabase: Bool {
        if case .database = self { return true }
        return false
    }
}

/// Runs `body` and returns the LedgerError it throws; records an issue when it throws
/// nothing or something else.
func ledgerError(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) -> LedgerError? {
    do {
        try body()
        Issue.record("expected a LedgerError, got success", sourceLocation: sourceLocation)
    } catch let error as LedgerError {
        return error
    } catch {
        Issue.record("expected a LedgerError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

extension DatabaseQueue {
    /// For the tests that take a current file back to an older schema and migrate it again:
    /// first undoes `v8-body-packing` (`Database.undoBodyPacking`) and `v7-event-packing` (the
    /// `event` table as v1 made it, with `acting` unless `keepingActing` is false, back from
    /// `event_log` and its view), then runs `sql`, in one transaction; the migrations deleted
    /// in `sql` and those two run again on the next open, in their order.
    func undoingEventPacking(keepingActing: Bool = true, then sql: String) throws {
        try writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.inTransaction {
                try db.undoBodyPacking()
                let acting = keepingActing ? ", acting TEXT" : ""
                let actingColumn = keepingActing ? ", acting" : ""
                try db.execute(sql: """
                    CREATE TABLE event_v1 (
                        seq INTEGER PRIMARY KEY, proposal_id TEXT REFERENCES proposal(id), kind TEXT NOT NULL, actor TEXT NOT NULL,
                        on_behalf_of TEXT, played INTEGER NOT NULL, at_utc TEXT NOT NULL, at_local TEXT NOT NULL, reason TEXT NOT NULL,
                        payload TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL\(acting)
                    ) STRICT;
                    INSERT INTO event_v1 SELECT seq, proposal_id, kind, actor, on_behalf_of, played, at_utc, at_local, reason, payload,
                                                prev_hash, hash\(actingColumn) FROM event;
                    DROP TRIGGER event_view_update;
                    DROP TRIGGER event_view_delete;
                    DROP VIEW event;
                    DROP TRIGGER event_no_update;
                    DROP TRIGGER event_no_delete;
                    DROP TRIGGER receipt_count_insert;
                    -- The tables that reference event_log(seq) follow this rename back to
                    -- event(seq); the v1 table then takes that name.
                    ALTER TABLE event_log RENAME TO event;
                    DROP TABLE event;
                    ALTER TABLE event_v1 RENAME TO event;
                    CREATE INDEX event_proposal ON event(proposal_id, seq);
                    CREATE TRIGGER event_no_update BEFORE UPDATE ON event
                    BEGIN SELECT RAISE(ABORT, 'event log is append-only: events cannot be changed'); END;
                    CREATE TRIGGER event_no_delete BEFORE DELETE ON event
                    BEGIN SELECT RAISE(ABORT, 'event log is append-only: events cannot be deleted'); END;
                    CREATE TRIGGER receipt_count_insert AFTER INSERT ON event WHEN NEW.kind = 'received'
                    BEGIN
                        INSERT INTO receipt_count (unit_id, year, n)
                        SELECT p.reviewing_unit_id, substr(NEW.at_local, 1, 4), 1 FROM proposal p WHERE p.id = NEW.proposal_id
                        ON CONFLICT (unit_id, year) DO UPDATE SET n = n + 1;
                    END;
                    DELETE FROM grdb_migrations WHERE identifier = 'v7-event-packing';
                    """)
                try db.execute(sql: sql)
                return .commit
            }
        }
    }
}

extension DatabaseQueue {
    /// For the tests that take a current file back to a schema between v7-event-packing and
    /// v8-body-packing (a migration that reads the body run again): undoes `v8-body-packing`
    /// (`Database.undoBodyPacking`), then runs `sql`, in one transaction, foreign keys off.
    func undoingBodyPacking(then sql: String) throws {
        try writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.inTransaction {
                try db.undoBodyPacking()
                try db.execute(sql: sql)
                return .commit
            }
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
    }
}

extension Database {
    /// Undoes `v8-body-packing` (for the tests that take a current file back to an older
    /// schema): `proposal` as v1 made it, its body as text again from the `proposal_body`
    /// view, with the same indexes and triggers, the statistics triggers reading the
    /// column. Foreign keys must be off; `v8-body-packing` runs again on the next open.
    func undoBodyPacking() throws {
        guard try tableExists("proposal"), try columns(in: "proposal").contains(where: { $0.name == "body_data" }) else { return }
        let kept = try String.fetchAll(self, sql: """
            SELECT sql FROM sqlite_master WHERE tbl_name = 'proposal' AND type IN ('index', 'trigger') AND sql IS NOT NULL
            ORDER BY type, name
            """).map { sql in
                sql.replacingOccurrences(of: "(SELECT b.body FROM proposal_body b WHERE b.seq = NEW.seq)", with: "NEW.body")
                    .replacingOccurrences(of: "body_packing, body_size, body_dict, body_data", with: "body")
            }
        try execute(sql: """
            CREATE TABLE proposal_text (
                seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL, state TEXT NOT NULL,
                awaiting_receipt INTEGER NOT NULL, title TEXT NOT NULL, field TEXT NOT NULL,
                proposer TEXT NOT NULL REFERENCES officer(login), unit_id TEXT NOT NULL REFERENCES unit(id),
                reviewing_unit_id TEXT NOT NULL REFERENCES unit(id), created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
                last_actor TEXT NOT NULL, next_due TEXT, next_step TEXT, body TEXT NOT NULL
            ) STRICT;
            INSERT INTO proposal_text SELECT p.seq, p.id, p.version, p.state, p.awaiting_receipt, p.title, p.field, p.proposer,
                p.unit_id, p.reviewing_unit_id, p.created_at, p.updated_at, p.last_actor, p.next_due, p.next_step, b.body
                FROM proposal p JOIN proposal_body b ON b.seq = p.seq;
            DROP VIEW proposal_body;
            DROP TABLE proposal;
            PRAGMA legacy_alter_table = ON;
            ALTER TABLE proposal_text RENAME TO proposal;
            PRAGMA legacy_alter_table = OFF;
            DELETE FROM grdb_migrations WHERE identifier = 'v8-body-packing';
            """)
        for sql in kept { try execute(sql: sql) }
    }
}
