import Foundation
import GRDB
import Procedure

/// The organisation, the settings, the calendar and `meta` as the administrative events
/// (``AdminChange``) build them: what `verify` expects to find in the tables.
struct AdministrationReplay {
    /// Each expected row, by table and key; the value is the row's columns as text
    /// (`Cell` keeps an integer apart from the text of its digits).
    var rows: [TableKey: [Cell]] = [:]
    /// The settings of the last `settings_changed`, nil when there was none.
    var settings: ProcedureSettings?
    /// The calendar adjustments, by day: with `settings`, what the due days follow.
    var adjustments: [Day: CalendarAdjustment] = [:]

    /// The working calendar the events make.
    var calendar: WorkingCalendar {
        WorkingCalendar(adjustments: adjustments.values.sorted { $0.day < $1.day })
    }

    struct TableKey: Hashable, Comparable {
        var table: String
        var key: String
        static func < (a: TableKey, b: TableKey) -> Bool { (a.table, a.key) < (b.table, b.key) }
    }

    enum Cell: Hashable {
        case text(String), integer(Int64), real(Double), blob, null

        init(_ value: DatabaseValue) {
            switch value.storage {
            case .null: self = .null
            case .int64(let n): self = .integer(n)
            case .double(let d): self = .real(d)
            case .string(let s): self = .text(s)
            case .blob: self = .blob
            }
        }

        init(_ text: String?) { self = text.map(Cell.text) ?? .null }
    }

    /// The tables replayed here, with the SQL of their key and of their other columns.
    static let tables: [(name: String, key: String, columns: [String])] = [
        ("unit", "id", ["name", "kind", "parent_id", "party_committee", "symbol"]),
        ("officer", "login", ["name", "unit_id", "position", "managing"]),
        ("role_grant", "login || ' ' || role || ' ' || unit_id", []),
        ("calendar_adjustment", "day", ["kind", "reason"]),
        ("officer_email", "login", ["address"]),
    ]

    static func grantKey(_ grant: RoleGrant) -> String { "\(grant.login) \(grant.role.rawValue) \(grant.unitID)" }

    /// Applies one event as the ledger's writers apply it to the tables (INSERT OR
    /// REPLACE for units and days, upsert for officers, INSERT OR IGNORE for grants).
    mutating func apply(_ change: AdminChange) {
        switch change {
        case .databaseCreated:
            break
        case .unitSaved(let unit):
            rows[TableKey(table: "unit", key: unit.id)] = [.text(unit.name), .text(unit.kind.rawValue), Cell(unit.parentID),
                                                           Cell(unit.partyCommittee), Cell(unit.symbol)]
        case .officerSaved(let officer):
            rows[TableKey(table: "officer", key: officer.login)] = [.text(officer.name), .text(officer.unitID), .text(officer.position),
                                                                    .integer(officer.isManaging ? 1 : 0)]
        case .roleGranted(let grant):
            rows[TableKey(table: "role_grant", key: Self.grantKey(grant))] = []
        case .roleRevoked(let grant):
            rows[TableKey(table: "role_grant", key: Self.grantKey(grant))] = nil
        case .calendarAdjusted(let adjustment):
            rows[TableKey(table: "calendar_adjustment", key: adjustment.day.iso)] = [.text(adjustment.kind.rawValue), .text(adjustment.reason)]
            adjustments[adjustment.day] = adjustment
        case .calendarAdjustmentRemoved(let day):
            rows[TableKey(table: "calendar_adjustment", key: day.iso)] = nil
            adjustments[day] = nil
        case .settingsChanged(let settings):
            self.settings = settings
        case .officerEmailSet(let login, let email):
            rows[TableKey(table: "officer_email", key: login)] = email.isEmpty ? nil : [.text(email)]
        }
    }
}

extension Ledger {
    /// Replays the administrative events and compares the result with `unit`, `officer`,
    /// `role_grant`, `calendar_adjustment` and every key of `meta` (the settings, the demo
    /// flag, the creation time, the schema): a row edited, added or deleted without its
    /// event is named by table and key. Also names every event played with `DEXUAT_AS` in
    /// a ledger whose first event says it is a real record.
    static func verifyAdministration(_ db: Database, replay: AdministrationReplay, playedAfter: Int64 = 0,
                                     into report: inout VerifyReport) throws {
        var found: [AdministrationReplay.TableKey: [AdministrationReplay.Cell]] = [:]
        for table in AdministrationReplay.tables {
            let columns = ([table.key + " AS row_key"] + table.columns).joined(separator: ", ")
            for raw in try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table.name)") {
                let keyValue: DatabaseValue = raw["row_key"]
                let key: String
                if case .string(let text) = keyValue.storage { key = text } else { key = "\(keyValue)" }
                found[.init(table: table.name, key: key)] = table.columns.map { AdministrationReplay.Cell(raw[$0] as DatabaseValue) }
            }
        }
        for id in Set(replay.rows.keys).union(found.keys).sorted() where replay.rows[id] != found[id] {
            report.problems.append(.recordDisagrees(table: id.table, key: id.key))
        }
        try verifyMeta(db, settings: replay.settings, playedAfter: playedAfter, into: &report)
    }

    /// The administrative events replayed; an unreadable one is named.
    static func replayAdministration(_ db: Database, into report: inout VerifyReport) throws -> AdministrationReplay {
        var replay = AdministrationReplay()
        let kinds = AdminChange.kinds.map { "'\($0)'" }.joined(separator: ", ")
        let events = try Row.fetchCursor(db, sql: """
            SELECT seq, kind, payload FROM event WHERE proposal_id IS NULL AND kind IN (\(kinds)) ORDER BY seq
            """)
        var unreadable: Set<Int64> = []
        while let raw = try events.next() {
            let seq: Int64 = raw["seq"]
            guard let change = try? Codec.decode(AdminChange.self, raw["payload"]), change.kind == raw["kind"] else {
                if unreadable.insert(seq).inserted { report.problems.append(.unreadable(seq: seq)) }
                continue
            }
            replay.apply(change)
        }
        return replay
    }

    /// `meta`, key by key (``VerifyCoverage/metaKeys``): each known key compared with what
    /// the chain says, and any other key named.
    /// `playedAfter`: only events after it are looked at for `DEXUAT_AS` (`verify --since`).
    static func verifyMeta(_ db: Database, settings: ProcedureSettings?, playedAfter: Int64 = 0, into report: inout VerifyReport) throws {
        var meta: [String: DatabaseValue] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") { meta[row["key"]] = row["value"] }
        func disagrees(_ key: String) { report.problems.append(.recordDisagrees(table: "meta", key: key)) }
        func text(_ key: String) -> String? {
            guard let value = meta[key], case .string(let text) = value.storage else { return nil }
            return text
        }
        let origin = try origin(db)
        let first = try Row.fetchOne(db, sql: "SELECT at_utc FROM event WHERE seq = 1")
        switch origin {
        case .empty:
            // Never initialised: nothing may claim otherwise.
            for key in ["created_at", "demo", "schema"] where meta[key] != nil { disagrees(key) }
        case .unknown:
            report.problems.append(.originUnknown)
        case .real, .demo:
            if text("demo") != (origin == .demo ? "1" : "0") { disagrees("demo") }
            if text("created_at") != first?["at_utc"] { disagrees("created_at") }
            // The schema the file was made with is not in the chain (the first event does
            // not carry it) and dexuat never reads it: it must name a migration of the file.
            let applied = try Schema.migrator.appliedIdentifiers(db)
            if text("schema").map({ !applied.contains($0) }) ?? true { disagrees("schema") }
        }
        if origin != .demo {
            for seq in try Int64.fetchAll(db, sql: "SELECT seq FROM event WHERE played = 1 AND seq > ? ORDER BY seq LIMIT 100",
                                          arguments: [playedAfter]) {
                report.problems.append(.playedOnRealRecord(seq: seq))
            }
        }
        // The settings: absent until an administrator saved some, then the last saved.
        switch (settings, text("settings")) {
        case (nil, nil): break
        case let (expected?, stored?):
            if (try? Codec.decode(ProcedureSettings.self, stored)) != expected { disagrees("settings") }
        default:
            disagrees("settings")
        }
        for key in meta.keys.sorted() where VerifyCoverage.metaKeys[key] == nil { disagrees(key) }
    }
}
