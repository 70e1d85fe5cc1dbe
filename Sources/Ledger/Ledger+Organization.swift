import Foundation
import GRDB
import Procedure

extension Ledger {
    // MARK: - Meta

    /// Whether `init` or `demo` has run on this file.
    public func isInitialized() throws -> Bool {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'created_at'") != nil }
    }

    /// `dexuat init`: the root unit and the first administrator, for the current login.
    public func initialize(root: Procedure.Unit, administrator: Officer, demo: Bool = false, at now: Date = Date()) throws {
        let now = Codec.millisecond(now)
        try write { db in
            if try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'created_at'") != nil {
                throw LedgerError.badInput(LedgerText.databaseAlreadyInitialisedNothingChanged(path))
            }
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('created_at', ?), ('demo', ?), ('schema', ?)",
                           arguments: [Codec.utc(now), demo ? "1" : "0", Schema.latest])
            var tip = try EventChain.tip(db)
            let actor = Actor(login: administrator.login)
            try record(.databaseCreated(demo: demo, administrator: administrator.login), by: actor, at: now, db: db, tip: &tip)
            try insert(root, db: db)
            try record(.unitSaved(unit: root), by: actor, at: now, db: db, tip: &tip)
            try insert(administrator, db: db)
            try record(.officerSaved(officer: administrator), by: actor, at: now, db: db, tip: &tip)
            let grant = RoleGrant(login: administrator.login, role: .admin, unitID: root.id)
            try insert(grant, db: db)
            try record(.roleGranted(grant: grant), by: actor, at: now, db: db, tip: &tip)
        }
    }

    // MARK: - Organisation

    public func organization() throws -> Organization {
        try read { db in try Self.loadOrganization(db) }
    }

    static func loadOrganization(_ db: Database) throws -> Organization {
        let units = try Row.fetchAll(db, sql: "SELECT id, name, kind, parent_id, party_committee, symbol FROM unit").map {
            Procedure.Unit(id: $0["id"], name: $0["name"], kind: UnitKind(rawValue: $0["kind"]) ?? .office, parentID: $0["parent_id"],
                           partyCommittee: $0["party_committee"], symbol: $0["symbol"])
        }
        let officers = try Row.fetchAll(db, sql: "SELECT login, name, unit_id, position, managing FROM officer").map {
            Officer(login: $0["login"], name: $0["name"], unitID: $0["unit_id"], position: $0["position"], isManaging: $0["managing"])
        }
        let grants = try Row.fetchAll(db, sql: "SELECT login, role, unit_id FROM role_grant").compactMap { row -> RoleGrant? in
            guard let role = Role(rawValue: row["role"]) else { return nil }
            return RoleGrant(login: row["login"], role: role, unitID: row["unit_id"])
        }
        let (delegations, appointments) = try storedDelegations(db)
        return Organization(units: units, officers: officers, grants: grants,
                            delegations: delegations.map(\.delegation), appointments: appointments.map(\.appointment))
    }

    /// Adds or updates a unit. Administrators only.
    public func save(_ unit: Procedure.Unit, by actor: Actor, at now: Date = Date()) throws {
        let unit = try cleaned(unit)
        try adminWrite(by: actor, at: now) { db, tip in
            if let parent = unit.parentID, try Int.fetchOne(db, sql: "SELECT 1 FROM unit WHERE id = ?", arguments: [parent]) == nil {
                throw LedgerError.badInput(LedgerText.noParentUnit(parent))
            }
            if let parent = unit.parentID {
                let org = try Self.loadOrganization(db)
                if org.chain(from: parent).contains(where: { $0.id == unit.id }) {
                    throw LedgerError.badInput(LedgerText.unitCannotAboveItself)
                }
            }
            try insert(unit, db: db)
            try record(.unitSaved(unit: unit), by: actor, at: now, db: db, tip: &tip)
        }
    }

    /// Adds or updates an officer. Administrators only.
    public func save(_ officer: Officer, by actor: Actor, at now: Date = Date()) throws {
        let officer = try cleaned(officer)
        try adminWrite(by: actor, at: now) { db, tip in
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM unit WHERE id = ?", arguments: [officer.unitID]) != nil else {
                throw LedgerError.badInput(LedgerText.noUnit(officer.unitID))
            }
            try insert(officer, db: db)
            try record(.officerSaved(officer: officer), by: actor, at: now, db: db, tip: &tip)
        }
    }

    /// Grants a role in a unit. Administrators only.
    public func grant(_ grant: RoleGrant, by actor: Actor, at now: Date = Date()) throws {
        try adminWrite(by: actor, at: now) { db, tip in
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM officer WHERE login = ?", arguments: [grant.login]) != nil else {
                throw LedgerError.badInput(LedgerText.noOfficer(grant.login))
            }
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM unit WHERE id = ?", arguments: [grant.unitID]) != nil else {
                throw LedgerError.badInput(LedgerText.noUnit(grant.unitID))
            }
            try insert(grant, db: db)
            try record(.roleGranted(grant: grant), by: actor, at: now, db: db, tip: &tip)
        }
    }

    /// Revokes a role. Administrators only; an administrator cannot revoke the last `admin`.
    public func revoke(_ grant: RoleGrant, by actor: Actor, at now: Date = Date()) throws {
        try adminWrite(by: actor, at: now) { db, tip in
            if grant.role == .admin, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM role_grant WHERE role = 'admin'") ?? 0 <= 1 {
                throw LedgerError.badInput(LedgerText.cannotRevokeLastAdministrator)
            }
            try db.execute(sql: "DELETE FROM role_grant WHERE login = ? AND role = ? AND unit_id = ?",
                           arguments: [grant.login, grant.role.rawValue, grant.unitID])
            guard db.changesCount > 0 else {
                throw LedgerError.badInput(LedgerText.officerDoesNotHoldRole)
            }
            try record(.roleRevoked(grant: grant), by: actor, at: now, db: db, tip: &tip)
        }
    }

    // MARK: - Settings and calendar

    public func settings() throws -> ProcedureSettings {
        try read { db in try Self.loadSettings(db) }
    }

    static func loadSettings(_ db: Database) throws -> ProcedureSettings {
        guard let text = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'settings'") else { return .standard }
        return try Codec.decode(ProcedureSettings.self, text)
    }

    public func save(_ settings: ProcedureSettings, by actor: Actor, at now: Date = Date()) throws {
        if let step = settings.stepsWithInvalidLimit.first {
            throw LedgerError.badInput(LedgerText.limitOutOfRange(step.label, range: ProcedureSettings.limitRange))
        }
        if !ProcedureSettings.memberEvaluationShareRange.contains(settings.memberEvaluationShare) {
            throw LedgerError.badInput(LedgerText.memberEvaluationShareOutOfRange(ProcedureSettings.memberEvaluationShareRange))
        }
        if !AttachmentRules.maxMBRange.contains(settings.attachmentMaxMB) {
            throw LedgerError.badInput(LedgerText.attachmentMaxOutOfRange(AttachmentRules.maxMBRange))
        }
        if !settings.quorumIsValid {
            throw LedgerError.badInput(LedgerText.quorumOutOfRange(range: ProcedureSettings.quorumRange))
        }
        try adminWrite(by: actor, at: now) { db, tip in
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('settings', ?)", arguments: [try Codec.json(settings)])
            try record(.settingsChanged(settings: settings), by: actor, at: now, db: db, tip: &tip)
            try refreshDueDates(db)
        }
    }

    public func calendar() throws -> WorkingCalendar {
        try read { db in try Self.loadCalendar(db) }
    }

    static func loadCalendar(_ db: Database) throws -> WorkingCalendar {
        let adjustments = try Row.fetchAll(db, sql: "SELECT day, kind, reason FROM calendar_adjustment ORDER BY day").compactMap { row -> CalendarAdjustment? in
            guard let day = Day(iso: row["day"]), let kind = CalendarAdjustment.Kind(rawValue: row["kind"]) else { return nil }
            return CalendarAdjustment(day: day, kind: kind, reason: row["reason"])
        }
        return WorkingCalendar(adjustments: adjustments)
    }

    /// Adds a day off or a make-up working day to a year. Administrators only. Due dates
    /// of open proposals move with it in the same transaction.
    public func adjustCalendar(_ adjustment: CalendarAdjustment, by actor: Actor, at now: Date = Date()) throws {
        let reason = try TextInput.singleLine(adjustment.reason, field: LedgerText.reasonField).get()
        guard !reason.isEmpty else { throw LedgerError.refused(Refusal(.reasonRequired)) }
        let clean = CalendarAdjustment(day: adjustment.day, kind: adjustment.kind, reason: reason)
        try adminWrite(by: actor, at: now) { db, tip in
            try db.execute(sql: "INSERT OR REPLACE INTO calendar_adjustment (day, kind, reason) VALUES (?, ?, ?)",
                           arguments: [clean.day.iso, clean.kind.rawValue, clean.reason])
            try record(.calendarAdjusted(adjustment: clean), by: actor, at: now, db: db, tip: &tip)
            try refreshDueDates(db)
        }
    }

    // MARK: - Helpers

    func adminWrite(by actor: Actor, at time: Date, _ body: (Database, inout (seq: Int64, hash: String)) throws -> Void) throws {
        try write { db in
            let org = try Self.loadOrganization(db)
            guard org.holdsAnywhere(.admin, actor.login) else {
                throw LedgerError.refused(Refusal(.roleRequired, detail: Role.admin.label))
            }
            var tip = try EventChain.tip(db)
            try body(db, &tip)
        }
    }

    func record(_ change: AdminChange, by actor: Actor, at now: Date, db: Database, tip: inout (seq: Int64, hash: String)) throws {
        try EventChain.append(db, proposalID: nil, kind: change.kind, actor: actor, at: Codec.millisecond(now), reason: "",
                              payload: try Codec.json(change), tip: &tip)
    }

    func insert(_ unit: Procedure.Unit, db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO unit (id, name, kind, parent_id, party_committee, symbol) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [unit.id, unit.name, unit.kind.rawValue, unit.parentID, unit.partyCommittee, unit.symbol])
    }

    func insert(_ officer: Officer, db: Database) throws {
        try db.execute(sql: """
            INSERT INTO officer (login, name, unit_id, position, managing) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(login) DO UPDATE SET name = excluded.name, unit_id = excluded.unit_id,
                position = excluded.position, managing = excluded.managing
            """, arguments: [officer.login, officer.name, officer.unitID, officer.position, officer.isManaging])
    }

    func insert(_ grant: RoleGrant, db: Database) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO role_grant (login, role, unit_id) VALUES (?, ?, ?)",
                       arguments: [grant.login, grant.role.rawValue, grant.unitID])
    }

    private func cleaned(_ unit: Procedure.Unit) throws -> Procedure.Unit {
        var copy = unit
        copy.id = try line(unit.id, LedgerText.unitCodeField)
        copy.name = try line(unit.name, LedgerText.unitNameField)
        // An empty committee is none named: the derived default applies.
        if let committee = unit.partyCommittee {
            let clean = try TextInput.singleLine(committee, field: LedgerText.partyCommitteeField).get()
            copy.partyCommittee = clean.isEmpty ? nil : clean
        }
        // An empty symbol is none set (the id in capitals serves); else a code an act's
        // number reads back: letters A–Z and Đ, digits, parts joined by "-".
        if let symbol = unit.symbol {
            let clean = symbol.trimmingCharacters(in: .whitespaces)
            guard clean.isEmpty || ActNumber.isCode(clean) else {
                throw LedgerError.badInput(LedgerText.unitSymbolInvalid(clean))
            }
            copy.symbol = clean.isEmpty ? nil : clean
        }
        return copy
    }

    private func cleaned(_ officer: Officer) throws -> Officer {
        var copy = officer
        copy.login = try line(officer.login, LedgerText.loginField)
        copy.name = try line(officer.name, LedgerText.nameField)
        copy.position = try TextInput.singleLine(officer.position, field: LedgerText.positionField).get()
        return copy
    }

    private func line(_ text: String, _ field: Localized) throws -> String {
        let clean = try TextInput.singleLine(text, field: field).get()
        if clean.isEmpty {
            throw LedgerError.badInput(LedgerText.missing(field))
        }
        return clean
    }
}
