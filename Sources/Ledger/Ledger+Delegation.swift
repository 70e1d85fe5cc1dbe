import Foundation
import GRDB
import Procedure

/// A change to the delegations and appointments of §7.5: an event of the chain with no
/// proposal, replayed by `verify` into the tables `delegation` and `appointment`.
public enum DelegationChange: Sendable, Hashable, Codable {
    case delegationGranted(delegation: Delegation)
    case delegationRevoked(number: String, day: Day)
    case appointmentMade(appointment: Appointment)
    case appointmentRevoked(number: String, day: Day)

    static let kinds = ["delegation_granted", "delegation_revoked", "appointment_made", "appointment_revoked"]

    public var kind: String {
        switch self {
        case .delegationGranted: "delegation_granted"
        case .delegationRevoked: "delegation_revoked"
        case .appointmentMade: "appointment_made"
        case .appointmentRevoked: "appointment_revoked"
        }
    }
}

/// A delegation as stored, with the seq of the event that made it (its id).
public struct DelegationRecord: Sendable, Hashable {
    public var seq: Int64
    public var delegation: Delegation
}

/// An appointment as stored, with the seq of the event that made it (its id).
public struct AppointmentRecord: Sendable, Hashable {
    public var seq: Int64
    public var appointment: Appointment
}

extension Ledger {
    /// §7.5: a head delegates steps to a deputy of the same unit.
    @discardableResult
    public func delegate(to deputy: String, unitID: String? = nil, from: Day, until: Day, steps: [DelegableStep],
                         number: String, date: Day, by actor: Actor, at now: Date = Date()) throws -> DelegationRecord {
        let now = Codec.millisecond(now)
        return try write { db in
            let org = try Self.loadOrganization(db)
            let delegation = try Delegations.delegate(to: deputy, unitID: unitID, from: from, until: until, steps: steps,
                                                      number: number, date: date, by: actor, in: org).get()
            let seq = try Self.record(.delegationGranted(delegation: delegation), by: actor, at: now, db: db)
            try Self.insert(delegation, seq: seq, db: db)
            return DelegationRecord(seq: seq, delegation: delegation)
        }
    }

    /// Revokes a delegation named by its number or by its id (the seq of its event).
    @discardableResult
    public func revokeDelegation(_ key: String, by actor: Actor, at now: Date = Date()) throws -> Delegation {
        let now = Codec.millisecond(now)
        return try write { db in
            let org = try Self.loadOrganization(db)
            let stored = try Self.storedDelegations(db).delegations
            guard let found = stored.first(where: { $0.delegation.number == key || String($0.seq) == key }) else {
                throw LedgerError.notFound(key)
            }
            let revoked = try Delegations.revoke(found.delegation, on: Day.inVietnam(now), by: actor, in: org).get()
            _ = try Self.record(.delegationRevoked(number: revoked.number, day: Day.inVietnam(now)), by: actor, at: now, db: db)
            try Self.insert(revoked, seq: found.seq, db: db)
            return revoked
        }
    }

    /// §7.5: the head of the superior unit puts an officer in charge of a vacant post.
    @discardableResult
    public func appoint(_ officer: String, to unitID: String, number: String, date: Day, by actor: Actor,
                        at now: Date = Date()) throws -> AppointmentRecord {
        let now = Codec.millisecond(now)
        return try write { db in
            let org = try Self.loadOrganization(db)
            let appointment = try Delegations.appoint(officer, to: unitID, number: number, date: date, by: actor, in: org).get()
            let seq = try Self.record(.appointmentMade(appointment: appointment), by: actor, at: now, db: db)
            try Self.insert(appointment, seq: seq, db: db)
            return AppointmentRecord(seq: seq, appointment: appointment)
        }
    }

    /// Revokes an appointment named by its number or id.
    @discardableResult
    public func revokeAppointment(_ key: String, by actor: Actor, at now: Date = Date()) throws -> Appointment {
        let now = Codec.millisecond(now)
        return try write { db in
            let org = try Self.loadOrganization(db)
            let stored = try Self.storedDelegations(db).appointments
            guard let found = stored.first(where: { $0.appointment.number == key || String($0.seq) == key }) else {
                throw LedgerError.notFound(key)
            }
            let revoked = try Delegations.revoke(found.appointment, on: Day.inVietnam(now), by: actor, in: org).get()
            _ = try Self.record(.appointmentRevoked(number: revoked.number, day: Day.inVietnam(now)), by: actor, at: now, db: db)
            try Self.insert(revoked, seq: found.seq, db: db)
            return revoked
        }
    }

    /// Every delegation and appointment, oldest first.
    public func delegations() throws -> (delegations: [DelegationRecord], appointments: [AppointmentRecord]) {
        try read { db in try Self.storedDelegations(db) }
    }

    /// The delegations `login` holds in force on `day` (the Desk's status line).
    public func delegationsInForce(heldBy login: String, on day: Day) throws -> [Delegation] {
        try organization().delegationsInForce(heldBy: login, on: day)
    }

    /// A demo's delegations and appointments (§7.5), each by its head (revocations too),
    /// in the import's first transaction.
    static func importDelegations(of org: Organization, at now: Date, db: Database) throws {
        for d in org.delegations {
            var made = d
            made.revokedOn = nil
            let seq = try record(.delegationGranted(delegation: made), by: Actor(login: d.head), at: now, db: db)
            if let day = d.revokedOn { _ = try record(.delegationRevoked(number: d.number, day: day), by: Actor(login: d.head), at: now, db: db) }
            try insert(d, seq: seq, db: db)
        }
        for a in org.appointments {
            var made = a
            made.revokedOn = nil
            let seq = try record(.appointmentMade(appointment: made), by: Actor(login: a.appointedBy), at: now, db: db)
            if let day = a.revokedOn { _ = try record(.appointmentRevoked(number: a.number, day: day), by: Actor(login: a.appointedBy), at: now, db: db) }
            try insert(a, seq: seq, db: db)
        }
    }

    // MARK: - Storage

    static func record(_ change: DelegationChange, by actor: Actor, at now: Date, db: Database) throws -> Int64 {
        var tip = try EventChain.tip(db)
        let row = try EventChain.append(db, proposalID: nil, kind: change.kind, actor: actor, at: now, reason: "",
                                        payload: try Codec.json(change), tip: &tip)
        return row.seq
    }

    static func stepsText(_ steps: [DelegableStep]) -> String { steps.map(\.rawValue).joined(separator: ",") }

    static func insert(_ d: Delegation, seq: Int64, db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO delegation (number, seq, unit_id, head, deputy, date, from_day, until_day, steps, revoked_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [d.number, seq, d.unitID, d.head, d.deputy, d.date.iso, d.from.iso, d.until.iso,
                             stepsText(d.steps), d.revokedOn?.iso])
    }

    static func insert(_ a: Appointment, seq: Int64, db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO appointment (number, seq, unit_id, officer, appointed_by, date, revoked_on)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [a.number, seq, a.unitID, a.officer, a.appointedBy, a.date.iso, a.revokedOn?.iso])
    }

    /// The stored rows. A row that cannot be read (a day or step edited into nonsense) is
    /// left out here, so it grants nothing, and is reported by `verify`.
    static func storedDelegations(_ db: Database) throws -> (delegations: [DelegationRecord], appointments: [AppointmentRecord]) {
        let delegations = try Row.fetchAll(db, sql: "SELECT * FROM delegation ORDER BY seq").compactMap { row -> DelegationRecord? in
            guard let date = Day(iso: row["date"]), let from = Day(iso: row["from_day"]), let until = Day(iso: row["until_day"]) else {
                return nil
            }
            let revokedText: String? = row["revoked_on"]
            let revoked = revokedText.flatMap { Day(iso: $0) }
            if revokedText != nil && revoked == nil { return nil }
            let stepsText: String = row["steps"]
            let steps = stepsText.split(separator: ",").map { DelegableStep(rawValue: String($0)) }
            guard !steps.contains(nil) else { return nil }
            return DelegationRecord(seq: row["seq"], delegation: Delegation(
                number: row["number"], date: date, unitID: row["unit_id"], head: row["head"], deputy: row["deputy"],
                from: from, until: until, steps: steps.compactMap { $0 }, revokedOn: revoked))
        }
        let appointments = try Row.fetchAll(db, sql: "SELECT * FROM appointment ORDER BY seq").compactMap { row -> AppointmentRecord? in
            guard let date = Day(iso: row["date"]) else { return nil }
            let revokedText: String? = row["revoked_on"]
            let revoked = revokedText.flatMap { Day(iso: $0) }
            if revokedText != nil && revoked == nil { return nil }
            return AppointmentRecord(seq: row["seq"], appointment: Appointment(
                number: row["number"], date: date, unitID: row["unit_id"], officer: row["officer"],
                appointedBy: row["appointed_by"], revokedOn: revoked))
        }
        return (delegations, appointments)
    }

    /// `verify`: both tables as the events make them, row by row (keyed by the document's
    /// number): a row edited, added or deleted without its event is reported, and so is an
    /// unreadable event.
    static func verifyDelegations(_ db: Database, into report: inout VerifyReport) throws {
        var expected: [String: [String?]] = [:]
        let kinds = DelegationChange.kinds.map { "'\($0)'" }.joined(separator: ", ")
        for raw in try Row.fetchAll(db, sql: "SELECT seq, kind, payload FROM event WHERE proposal_id IS NULL AND kind IN (\(kinds)) ORDER BY seq") {
            let seq: Int64 = raw["seq"]
            guard let change = try? Codec.decode(DelegationChange.self, raw["payload"]), change.kind == raw["kind"] else {
                report.problems.append(.unreadable(seq: seq))
                continue
            }
            switch change {
            case .delegationGranted(let d):
                expected["delegation " + d.number] = [String(seq), d.unitID, d.head, d.deputy, d.date.iso, d.from.iso, d.until.iso,
                                                      stepsText(d.steps), nil]
            case .delegationRevoked(let number, let day):
                expected["delegation " + number]?[8] = day.iso
            case .appointmentMade(let a):
                expected["appointment " + a.number] = [String(seq), a.unitID, a.officer, a.appointedBy, a.date.iso, nil]
            case .appointmentRevoked(let number, let day):
                expected["appointment " + number]?[5] = day.iso
            }
        }
        var stored: [String: [String?]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM delegation") {
            let seq: Int64 = row["seq"]
            stored["delegation " + (row["number"] as String)] = [
                String(seq), row["unit_id"], row["head"], row["deputy"], row["date"], row["from_day"], row["until_day"],
                row["steps"], row["revoked_on"]]
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM appointment") {
            let seq: Int64 = row["seq"]
            stored["appointment " + (row["number"] as String)] = [
                String(seq), row["unit_id"], row["officer"], row["appointed_by"], row["date"], row["revoked_on"]]
        }
        for key in Set(expected.keys).union(stored.keys).sorted() where expected[key] != stored[key] {
            let parts = key.split(separator: " ", maxSplits: 1).map(String.init)
            report.problems.append(.recordDisagrees(table: parts[0], key: parts.count > 1 ? parts[1] : key))
        }
    }
}
