import Foundation

// PROCEDURE.md §7.5: delegation (ký thay) and appointment of an officer in charge (giao
// phụ trách). Both are records of the organisation, made and revoked by events of the
// chain (the ledger's `DelegationChange`), and consulted by `Permissions.check` so that
// the Desk's menu and the command line agree.
//
// Decisions (docs/DELEGATION.md says the same for people):
// - A deputy acting under a delegation acts **for** the head: the event keeps the deputy
//   as its actor and names the head in `Actor.acting`; the head keeps the power to act.
// - A delegation lapses by itself when its head no longer heads the unit or its deputy is
//   no longer a deputy there; an appointment when the post is filled again.
// - Nobody acts on their own proposal (§7.4): the deputy or officer in charge who proposed
//   or declared a conflict is refused with `conflict.own_proposal`; and a delegation does
//   not let the deputy sign "KT." where the head would be conflicted, since the deputy
//   would sign in the head's name (`delegation.head_conflicted`).

/// A step of the head that a delegation may name (PROCEDURE.md §7.5), with the command
/// line's id.
public enum DelegableStep: String, Sendable, Hashable, Codable, CaseIterable {
    case receive
    case decide
    case conclude
    case measures
    case directives

    /// The workflow steps the delegated step covers.
    public var actions: [ActionKind] {
        switch self {
        case .receive: [.receive]
        case .decide: [.decide]
        case .conclude: [.conclude]
        case .measures: [.measure]
        case .directives: [.directive]
        }
    }

    public var label: Localized {
        switch self {
        case .receive: Localized(vi: "tiếp nhận", en: "receive")
        case .decide: Localized(vi: "phê duyệt", en: "decide")
        case .conclude: Localized(vi: "kết luận đánh giá", en: "conclude")
        case .measures: Localized(vi: "biện pháp khuyến khích, bảo vệ", en: "measures")
        case .directives: Localized(vi: "chỉ đạo", en: "directives")
        }
    }

    /// The step that covers `action`, if any.
    public static func covering(_ action: ActionKind) -> DelegableStep? {
        allCases.first { $0.actions.contains(action) }
    }
}

/// A head's delegation to a deputy of the same unit (ký thay), by a numbered document.
public struct Delegation: Sendable, Hashable, Codable {
    /// Số, ký hiệu of the delegating document: the key of a delegation or appointment.
    public var number: String
    /// Its date.
    public var date: Day
    public var unitID: String
    /// The head who delegates, and the deputy who signs for them.
    public var head: String
    public var deputy: String
    /// The period, both days included.
    public var from: Day
    public var until: Day
    public var steps: [DelegableStep]
    /// The day it was revoked; from then on it is not in force.
    public var revokedOn: Day?

    public init(number: String, date: Day, unitID: String, head: String, deputy: String, from: Day, until: Day,
                steps: [DelegableStep], revokedOn: Day? = nil) {
        self.number = number
        self.date = date
        self.unitID = unitID
        self.head = head
        self.deputy = deputy
        self.from = from
        self.until = until
        self.steps = steps
        self.revokedOn = revokedOn
    }

    /// In force on `day`: within [from, until] and not revoked.
    public func isInForce(on day: Day) -> Bool {
        revokedOn == nil && from <= day && day <= until
    }

    public func covers(_ action: ActionKind) -> Bool {
        steps.contains { $0.actions.contains(action) }
    }
}

/// An officer put in charge of a unit whose head's post is vacant (giao phụ trách), by the
/// head of the superior unit.
public struct Appointment: Sendable, Hashable, Codable {
    public var number: String
    public var date: Day
    public var unitID: String
    public var officer: String
    /// The head of the superior unit who appointed.
    public var appointedBy: String
    public var revokedOn: Day?

    public init(number: String, date: Day, unitID: String, officer: String, appointedBy: String, revokedOn: Day? = nil) {
        self.number = number
        self.date = date
        self.unitID = unitID
        self.officer = officer
        self.appointedBy = appointedBy
        self.revokedOn = revokedOn
    }
}

/// On what authority a step was taken by someone who is not the head: recorded with the
/// event beside the actor (the ledger's `event.acting`), and printed on documents.
/// Distinct from `Actor.onBehalfOf`, which names whom a clerk writes for from minutes.
public struct Acting: Sendable, Hashable, Codable {
    public enum Basis: String, Sendable, Hashable, Codable {
        /// Ký thay: the deputy signs "KT." for `head`.
        case delegation
        /// Giao phụ trách: the officer in charge of a vacant post acts as head.
        case appointment
    }

    public var basis: Basis
    /// The head acted for (nil for an appointment: the post is vacant).
    public var head: String?
    public var unitID: String
    /// The number of the delegating or appointing document.
    public var number: String

    public init(basis: Basis, head: String?, unitID: String, number: String) {
        self.basis = basis
        self.head = head
        self.unitID = unitID
        self.number = number
    }
}

extension Organization {
    /// Whether the head's post of `unitID` is vacant: nobody holds `head` there.
    public func headPostIsVacant(_ unitID: String) -> Bool {
        !grants.contains { $0.role == .head && $0.unitID == unitID }
    }

    /// The appointment in force for `unitID`: not revoked, and the post still vacant.
    public func appointmentInForce(for unitID: String) -> Appointment? {
        guard headPostIsVacant(unitID) else { return nil }
        return appointments.last { $0.unitID == unitID && $0.revokedOn == nil }
    }

    /// The delegations that still stand as made: their head still heads the unit and
    /// their deputy is still a deputy there (revoked and expired ones included).
    public func standingDelegations(to login: String, in unitID: String) -> [Delegation] {
        delegations.filter {
            $0.unitID == unitID && $0.deputy == login && holds(.head, $0.head, in: unitID) && holds(.deputy, login, in: unitID)
        }
    }

    /// The delegations in force on `day` that `login` holds, in any unit: what the status
    /// line shows ("đang ký thay …").
    public func delegationsInForce(heldBy login: String, on day: Day) -> [Delegation] {
        delegations.filter { $0.deputy == login && $0.isInForce(on: day) }
            .filter { holds(.head, $0.head, in: $0.unitID) && holds(.deputy, login, in: $0.unitID) }
    }

    /// Whether `number` names a delegation or an appointment already.
    public func delegationNumberTaken(_ number: String) -> Bool {
        delegations.contains { $0.number == number } || appointments.contains { $0.number == number }
    }
}

extension Permissions {
    /// What a head-only step gives someone who is not the head: acting on a delegation or
    /// appointment in force, or the reason why theirs does not count now.
    public enum HeadAuthority: Sendable, Hashable {
        case acting(Acting)
        case refused(Refusal)
    }

    /// §7.5 for a step whose parties include the head, asked for `login` who does not hold
    /// the head's role: nil when they hold no delegation or appointment for this unit.
    public static func headAuthority(_ action: ActionKind, on proposal: Proposal, for login: String,
                                     in org: Organization, today: Day) -> HeadAuthority? {
        guard permission(for: action).parties.contains(.head) else { return nil }
        let unit = proposal.reviewingUnitID
        if let appointment = org.appointmentInForce(for: unit), appointment.officer == login {
            if proposal.isConflicted(login) {
                return .refused(Refusal(.ownProposal, detail: proposal.conflictDetail(login, officerName: org.officer(login)?.name)))
            }
            return .acting(Acting(basis: .appointment, head: nil, unitID: unit, number: appointment.number))
        }
        let standing = org.standingDelegations(to: login, in: unit)
        guard !standing.isEmpty else { return nil }
        let covering = standing.filter { $0.covers(action) }
        guard !covering.isEmpty else {
            return .refused(Refusal(.stepNotDelegated, detail: Localized(
                vi: "\(action.label.vi) — " + standing.map(\.number).joined(separator: "; "),
                en: "\(action.label.en) — " + standing.map(\.number).joined(separator: "; "))))
        }
        if let delegation = covering.first(where: { $0.isInForce(on: today) }) {
            if proposal.isConflicted(login) {
                return .refused(Refusal(.ownProposal, detail: proposal.conflictDetail(login, officerName: org.officer(login)?.name)))
            }
            if proposal.isConflicted(delegation.head) {
                return .refused(Refusal(.headConflicted, detail: proposal.conflictDetail(
                    delegation.head, officerName: org.officer(delegation.head)?.name)))
            }
            return .acting(Acting(basis: .delegation, head: delegation.head, unitID: unit, number: delegation.number))
        }
        // None in force: the reason of the latest one.
        let latest = covering.max { ($0.date, $0.from) < ($1.date, $1.from) } ?? covering[0]
        if let revoked = latest.revokedOn {
            return .refused(Refusal(.delegationRevoked, detail: "\(latest.number), \(revoked.vietnamese)"))
        }
        if today < latest.from {
            return .refused(Refusal(.delegationNotYetInForce, detail: "\(latest.number), \(latest.from.vietnamese)"))
        }
        return .refused(Refusal(.delegationExpired, detail: "\(latest.number), \(latest.until.vietnamese)"))
    }

    /// The authority `actor` takes `action` on, when it is a delegation or appointment in
    /// force; nil when they act in their own right (or may not act at all).
    public static func acting(_ action: ActionKind, on proposal: Proposal, by actor: Actor, in org: Organization,
                              today: Day) -> Acting? {
        guard actor.onBehalfOf == nil else { return nil }
        let row = permission(for: action)
        if row.parties.contains(where: { qualifies(actor.login, as: $0, for: proposal, in: org) }) { return nil }
        if case .acting(let acting)? = headAuthority(action, on: proposal, for: actor.login, in: org, today: today) {
            return acting
        }
        return nil
    }
}

/// Making and revoking delegations and appointments: pure checks, the ledger records.
public enum Delegations {
    /// A head delegates to a deputy of the same unit. `unitID` nil: the unit `actor` heads
    /// (the first by code if they head several).
    public static func delegate(to deputy: String, unitID: String?, from: Day, until: Day, steps: [DelegableStep],
                                number: String, date: Day, by actor: Actor, in org: Organization) -> Result<Delegation, Refusal> {
        guard org.officer(actor.login) != nil else { return .failure(Refusal(.unknownOfficer, detail: actor.login)) }
        if actor.onBehalfOf != nil { return .failure(Refusal(.onBehalfNotAllowed)) }
        let headed = org.grants.filter { $0.login == actor.login && $0.role == .head }.map(\.unitID).sorted()
        guard let unit = unitID ?? headed.first, headed.contains(unit) else {
            return .failure(Refusal(.roleRequired, detail: Role.head.label))
        }
        let clean: String
        switch TextInput.singleLine(number, field: Localized(vi: "Số, ký hiệu", en: "Number")) {
        case .success(let text): clean = text
        case .failure(let refusal): return .failure(refusal)
        }
        if clean.isEmpty { return .failure(Refusal(.delegationNumber)) }
        guard org.officer(deputy) != nil else { return .failure(Refusal(.unknownOfficer, detail: deputy)) }
        guard deputy != actor.login, org.holds(.deputy, deputy, in: unit) else {
            let name = org.officer(deputy)?.name ?? deputy
            return .failure(Refusal(.delegateNotDeputy, detail: "\(name) — \(org.unit(unit)?.name ?? unit)"))
        }
        if until < from { return .failure(Refusal(.delegationPeriod)) }
        let steps = DelegableStep.allCases.filter(steps.contains)
        if steps.isEmpty { return .failure(Refusal(.delegationSteps)) }
        if org.delegationNumberTaken(clean) { return .failure(Refusal(.delegationNumberTaken, detail: clean)) }
        return .success(Delegation(number: clean, date: date, unitID: unit, head: actor.login, deputy: deputy,
                                   from: from, until: until, steps: steps))
    }

    /// Revoking a delegation: by a head of its unit, once.
    public static func revoke(_ delegation: Delegation, on day: Day, by actor: Actor, in org: Organization) -> Result<Delegation, Refusal> {
        guard org.holds(.head, actor.login, in: delegation.unitID), actor.onBehalfOf == nil else {
            return .failure(Refusal(.roleRequired, detail: Role.head.label))
        }
        if let revoked = delegation.revokedOn {
            return .failure(Refusal(.alreadyRevoked, detail: "\(delegation.number), \(revoked.vietnamese)"))
        }
        var copy = delegation
        copy.revokedOn = day
        return .success(copy)
    }

    /// The head of the superior unit puts an officer of `unitID` in charge of its vacant post.
    public static func appoint(_ officer: String, to unitID: String, number: String, date: Day, by actor: Actor,
                               in org: Organization) -> Result<Appointment, Refusal> {
        guard org.officer(actor.login) != nil else { return .failure(Refusal(.unknownOfficer, detail: actor.login)) }
        if actor.onBehalfOf != nil { return .failure(Refusal(.onBehalfNotAllowed)) }
        guard let unit = org.unit(unitID) else { return .failure(Refusal(.unknownUnit, detail: unitID)) }
        guard let parent = unit.parentID, org.holds(.head, actor.login, in: parent) else {
            let superior = unit.parentID.flatMap { org.unit($0)?.name } ?? unit.name
            return .failure(Refusal(.roleRequired, detail: Localized(vi: "\(Role.head.label.vi) — \(superior)",
                                                                     en: "\(Role.head.label.en) — \(superior)")))
        }
        let clean: String
        switch TextInput.singleLine(number, field: Localized(vi: "Số, ký hiệu", en: "Number")) {
        case .success(let text): clean = text
        case .failure(let refusal): return .failure(refusal)
        }
        if clean.isEmpty { return .failure(Refusal(.delegationNumber)) }
        guard org.headPostIsVacant(unitID) else {
            return .failure(Refusal(.postNotVacant, detail: org.head(of: unitID).map { "\($0.name) — \(unit.name)" } ?? unit.name))
        }
        if let current = org.appointmentInForce(for: unitID) {
            return .failure(Refusal(.appointmentInForce, detail: "\(current.number) — \(org.officer(current.officer)?.name ?? current.officer)"))
        }
        guard let person = org.officer(officer) else { return .failure(Refusal(.unknownOfficer, detail: officer)) }
        guard person.unitID == unitID else {
            return .failure(Refusal(.appointeeNotInUnit, detail: "\(person.name) — \(unit.name)"))
        }
        if org.delegationNumberTaken(clean) { return .failure(Refusal(.delegationNumberTaken, detail: clean)) }
        return .success(Appointment(number: clean, date: date, unitID: unitID, officer: officer, appointedBy: actor.login))
    }

    /// Revoking an appointment: by the head of the superior unit, once.
    public static func revoke(_ appointment: Appointment, on day: Day, by actor: Actor, in org: Organization) -> Result<Appointment, Refusal> {
        let parent = org.unit(appointment.unitID)?.parentID
        guard let parent, org.holds(.head, actor.login, in: parent), actor.onBehalfOf == nil else {
            return .failure(Refusal(.roleRequired, detail: Role.head.label))
        }
        if let revoked = appointment.revokedOn {
            return .failure(Refusal(.alreadyRevoked, detail: "\(appointment.number), \(revoked.vietnamese)"))
        }
        var copy = appointment
        copy.revokedOn = day
        return .success(copy)
    }
}
