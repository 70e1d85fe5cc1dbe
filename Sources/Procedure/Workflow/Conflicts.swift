import Foundation

/// A conflict of interest an officer declared on a proposal (PROCEDURE.md §7.4): from the
/// event on, the officer is treated as the proposer is, in every step and every role.
public struct DeclaredConflict: Sendable, Hashable, Codable {
    public var officer: String
    public var reason: String
    public var day: Day

    public init(officer: String, reason: String, day: Day) {
        self.officer = officer
        self.reason = reason
        self.day = day
    }
}

extension Proposal {
    /// Every conflict declared on this proposal, oldest first. Stored as an optional so
    /// that the bodies of proposals written before §7.4 decode and replay unchanged.
    public var conflicts: [DeclaredConflict] { declaredConflicts ?? [] }

    /// Whether `login` may take no step on this proposal other than the proposer's own:
    /// the proposer, or an officer who declared a conflict on it.
    public func isConflicted(_ login: String) -> Bool {
        login == proposer || conflicts.contains { $0.officer == login }
    }

    /// Why `login` is conflicted, for the refusal's detail; nil when they are not.
    public func conflictDetail(_ login: String, officerName: String?) -> Localized? {
        let who = officerName.map { "\($0) (\(login))" } ?? login
        if login == proposer {
            return Localized(vi: "\(who) là người đề xuất", en: "\(who) is the proposer")
        }
        guard let declared = conflicts.first(where: { $0.officer == login }) else { return nil }
        return Localized(vi: "\(who) đã khai báo xung đột lợi ích ngày \(declared.day.vietnamese)",
                         en: "\(who) declared a conflict of interest on \(declared.day.vietnamese)")
    }
}

extension Permissions {
    /// §7.4: the refusal for a step someone other than the proposer takes, when the one
    /// who holds the role for it (the actor, the clerk writing from the minutes, or the
    /// member the clerk writes for) is conflicted on the proposal. Someone who does not
    /// hold the role at all is told that instead, by the checks after this one. Steps of
    /// the proposer's own (edit, submit, withdraw, progress, report) are not concerned: a
    /// declared conflict withholds, it never grants.
    static func conflictRefusal(_ row: Permission, on proposal: Proposal, by actor: Actor, in org: Organization) -> Refusal? {
        if row.parties.contains(.theProposer) { return nil }
        var holders: [String] = []
        if let behalf = actor.onBehalfOf {
            // Only the unit's clerk writes from the minutes; anyone else is told so next.
            guard row.clerkMayRecordOnBehalf, org.holds(.clerk, actor.login, in: proposal.reviewingUnitID) else { return nil }
            holders.append(actor.login)
            if row.parties.contains(where: { holdsRole(behalf, $0, for: proposal, in: org) }) { holders.append(behalf) }
        } else if row.parties.contains(where: { holdsRole(actor.login, $0, for: proposal, in: org) }) {
            holders.append(actor.login)
        }
        guard let conflicted = holders.first(where: proposal.isConflicted) else { return nil }
        return Refusal(.ownProposal, detail: proposal.conflictDetail(conflicted, officerName: org.officer(conflicted)?.name))
    }

    /// Whether `login` holds the role of `party` for this proposal, conflicts aside.
    static func holdsRole(_ login: String, _ party: ActingParty, for proposal: Proposal, in org: Organization) -> Bool {
        switch party {
        case .theProposer: return false
        case .member: return proposal.currentCollective(in: org).contains(login)
        case .head, .clerk, .partyLiaison: return qualifies(login, as: party, for: proposal, in: org)
        }
    }
}

extension Workflow {
    /// §7.4: any officer declares a conflict of interest on a submitted proposal, with a
    /// reason. Declaring twice, declaring on one's own proposal or on a draft is refused.
    public static func declareConflict(on proposal: Proposal, reason: String, by actor: Actor,
                                       context: Context) -> Result<Transition, Refusal> {
        guard context.organization.officer(actor.login) != nil else {
            return .failure(Refusal(.unknownOfficer, detail: actor.login))
        }
        if actor.onBehalfOf != nil { return .failure(Refusal(.onBehalfNotAllowed)) }
        if proposal.state == .draft {
            return .failure(Refusal(.wrongState, detail: proposal.stateLabel))
        }
        if actor.login == proposal.proposer {
            return .failure(Refusal(.conflictAlreadyDeclared, detail: proposal.conflictDetail(
                actor.login, officerName: context.organization.officer(actor.login)?.name)))
        }
        if let declared = proposal.conflicts.first(where: { $0.officer == actor.login }) {
            return .failure(Refusal(.conflictAlreadyDeclared, detail: declared.day.vietnamese))
        }
        let why: String
        switch TextInput.multiLine(reason, field: Localized(vi: "Lý do", en: "Reason")) {
        case .success(let clean): why = clean
        case .failure(let refusal): return .failure(refusal)
        }
        if TextInput.isBlank(why) { return .failure(Refusal(.reasonRequired)) }
        let declared = DeclaredConflict(officer: actor.login, reason: why, day: context.today)
        let event = Event(proposalID: proposal.id, actor: actor, at: context.now, reason: why,
                          change: .conflictDeclared(conflict: declared))
        return .success(Transition(events: [event], proposal: proposal.applying(event)))
    }
}
