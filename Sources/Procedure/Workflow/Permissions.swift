/// Who may take a step: the proposal's own proposer, or a role held in the reviewing
/// unit (or, for the Party liaison, in a unit above it).
public enum ActingParty: Sendable, Hashable {
    case theProposer
    case head
    case clerk
    /// A member of the leadership collective (head or deputy), the conflicted (§7.4) excluded.
    case member
    case partyLiaison
}

/// Where a proposal must stand for a step. `received` is split because a submitted
/// dossier first waits for registration, and only a registered one is reviewed.
public enum StatePoint: Sendable, Hashable {
    case state(ProposalState)
    case awaitingReceipt
    case registered
}

/// One row of the rules table: (action) → (where the proposal must stand, who may act).
public struct Permission: Sendable, Hashable {
    public var action: ActionKind
    public var states: [StatePoint]
    public var parties: [ActingParty]
    /// Whether a clerk may record the step on someone's behalf, from minutes.
    public var clerkMayRecordOnBehalf: Bool
}

/// The table of PROCEDURE.md §3.2 as data, so a test can enumerate it and a help screen show it.
public enum Permissions {
    public static let table: [Permission] = [
        Permission(action: .editDraft, states: [.state(.draft), .state(.returned)], parties: [.theProposer], clerkMayRecordOnBehalf: false),
        Permission(action: .submit, states: [.state(.draft), .state(.returned)], parties: [.theProposer], clerkMayRecordOnBehalf: false),
        Permission(action: .withdraw, states: [.state(.draft), .state(.returned)], parties: [.theProposer], clerkMayRecordOnBehalf: false),
        Permission(action: .receive, states: [.awaitingReceipt], parties: [.clerk, .head], clerkMayRecordOnBehalf: false),
        Permission(action: .returnForCompletion, states: [.registered], parties: [.head], clerkMayRecordOnBehalf: false),
        Permission(action: .outOfScope, states: [.registered], parties: [.head], clerkMayRecordOnBehalf: false),
        Permission(action: .partyOpinion, states: [.registered, .state(.reported)], parties: [.partyLiaison], clerkMayRecordOnBehalf: true),
        Permission(action: .checklist, states: [.registered], parties: [.member], clerkMayRecordOnBehalf: true),
        Permission(action: .ballot, states: [.registered], parties: [.member], clerkMayRecordOnBehalf: true),
        Permission(action: .decide, states: [.registered], parties: [.head], clerkMayRecordOnBehalf: false),
        Permission(action: .resource, states: [.state(.approved)], parties: [.head], clerkMayRecordOnBehalf: false),
        Permission(action: .progress, states: [.state(.inProgress)], parties: [.theProposer], clerkMayRecordOnBehalf: false),
        Permission(action: .directive, states: [.state(.inProgress), .state(.suspended)], parties: [.head], clerkMayRecordOnBehalf: false),
        Permission(action: .report, states: [.state(.inProgress), .state(.terminated)], parties: [.theProposer], clerkMayRecordOnBehalf: false),
        Permission(action: .evaluate, states: [.state(.reported)], parties: [.head], clerkMayRecordOnBehalf: false),
        Permission(action: .conclude, states: [.state(.evaluated)], parties: [.head], clerkMayRecordOnBehalf: false),
        Permission(action: .measure, states: [.state(.evaluated)], parties: [.head], clerkMayRecordOnBehalf: false),
        Permission(action: .close, states: [.state(.evaluated)], parties: [.head], clerkMayRecordOnBehalf: false),
        Permission(action: .forward, states: [.registered], parties: [.clerk], clerkMayRecordOnBehalf: false),
        Permission(action: .recordOutcome, states: [.state(.forwarded)], parties: [.clerk], clerkMayRecordOnBehalf: false),
        Permission(action: .memberEvaluation, states: [.state(.reported)], parties: [.member], clerkMayRecordOnBehalf: false),
        // §7.1: the head opens the meeting, or the clerk for the head; the chair (a member)
        // or the clerk records the attendance (Preconditions.recordAttendance names which).
        Permission(action: .openMeeting, states: [.registered, .state(.reported)], parties: [.head, .clerk], clerkMayRecordOnBehalf: false),
        Permission(action: .recordAttendance, states: [.registered, .state(.reported)], parties: [.clerk, .member], clerkMayRecordOnBehalf: false),
    ]

    public static func permission(for action: ActionKind) -> Permission {
        // Every ActionKind has exactly one row (a test checks it).
        table.first { $0.action == action } ?? Permission(action: action, states: [], parties: [], clerkMayRecordOnBehalf: false)
    }

    static func matches(_ point: StatePoint, _ proposal: Proposal) -> Bool {
        switch point {
        case .state(let state): proposal.state == state
        case .awaitingReceipt: proposal.state == .received && proposal.awaitingReceipt
        case .registered: proposal.state == .received && !proposal.awaitingReceipt
        }
    }

    /// Whether `login` is the acting party in the sense of the table for this proposal.
    static func qualifies(_ login: String, as party: ActingParty, for proposal: Proposal, in org: Organization) -> Bool {
        let unit = proposal.reviewingUnitID
        switch party {
        case .theProposer: return login == proposal.proposer
        case .head: return org.holds(.head, login, in: unit)
        case .clerk: return org.holds(.clerk, login, in: unit)
        case .member:
            // §7.1: once a meeting is open, its convened members, frozen at opening.
            return !proposal.isConflicted(login) && proposal.currentCollective(in: org).contains(login)
        case .partyLiaison: return org.holds(.partyLiaison, login, inOrAbove: unit)
        }
    }

    /// Role and state check for one action: nil when allowed, else why not. Input
    /// checks come after, in `Workflow.perform`. With `today`, a delegation or appointment
    /// in force (§7.5) lets a deputy or officer in charge take the head's step.
    public static func check(_ action: ActionKind, on proposal: Proposal, by actor: Actor, in org: Organization,
                             today: Day? = nil) -> Refusal? {
        guard org.officer(actor.login) != nil else { return Refusal(.unknownOfficer, detail: actor.login) }
        let row = permission(for: action)
        guard row.states.contains(where: { matches($0, proposal) }) else {
            return Refusal(.wrongState, detail: Localized(
                vi: proposal.stateLabel[.vi], en: proposal.stateLabel[.en]))
        }
        // §7.6 first: a proposal beyond the ward is reviewed by no one in the ward, whoever asks
        // (the chair included, whose own proposal it is: the province is the answer to give).
        if let refusal = routingRefusal(action, on: proposal, in: org) { return refusal }
        // §7.4 before any role: nobody acts on a proposal they proposed or declared a conflict on.
        if let conflict = conflictRefusal(row, on: proposal, by: actor, in: org) { return conflict }
        if let behalf = actor.onBehalfOf {
            guard row.clerkMayRecordOnBehalf, org.holds(.clerk, actor.login, in: proposal.reviewingUnitID) else {
                return Refusal(.onBehalfNotAllowed)
            }
            // The party a clerk writes for must itself qualify (a committee name for the Party opinion).
            if action == .partyOpinion { return nil }
            guard row.parties.contains(where: { qualifies(behalf, as: $0, for: proposal, in: org) }) else {
                return Refusal(.notAMember, detail: behalf)
            }
            return nil
        }
        if row.parties.contains(where: { qualifies(actor.login, as: $0, for: proposal, in: org) }) {
            return nil
        }
        if let today, let authority = headAuthority(action, on: proposal, for: actor.login, in: org, today: today) {
            switch authority {
            case .acting: return nil
            case .refused(let refusal): return refusal
            }
        }
        if row.parties == [.theProposer] { return Refusal(.notTheProposer) }
        if row.parties.contains(.member) { return Refusal(.notAMember, detail: actor.login) }
        let needed = row.parties.map { party -> Localized in
            switch party {
            case .theProposer: Localized(vi: "người đề xuất", en: "the proposer")
            case .head: Role.head.label
            case .clerk: Role.clerk.label
            case .member: Localized(vi: "thành viên tập thể lãnh đạo", en: "member of the leadership collective")
            case .partyLiaison: Role.partyLiaison.label
            }
        }
        return Refusal(.roleRequired, detail: Localized(
            vi: needed.map(\.vi).joined(separator: " / ") + " — " + (org.unit(proposal.reviewingUnitID)?.name ?? proposal.reviewingUnitID),
            en: needed.map(\.en).joined(separator: " / ") + " — " + (org.unit(proposal.reviewingUnitID)?.name ?? proposal.reviewingUnitID)))
    }

    /// Every action with nil when this officer may take it now, or the reason why not:
    /// what the TUI's action menu lists (greyed with the reason).
    public static func available(on proposal: Proposal, for login: String, in org: Organization,
                                 settings: ProcedureSettings = .standard, today: Day? = nil) -> [(ActionKind, Refusal?)] {
        ActionKind.allCases.map { kind in
            if let off = switchedOff(kind, settings: settings) { return (kind, off) }
            return (kind, check(kind, on: proposal, by: Actor(login: login), in: org, today: today))
        }
    }

    /// A LOCAL step that the settings switch off, with the refusal to show.
    public static func switchedOff(_ kind: ActionKind, settings: ProcedureSettings) -> Refusal? {
        switch kind {
        case .returnForCompletion where !settings.allowReturnForCompletion,
             .conclude where !settings.requireConclusion:
            Refusal(.localRuleOff, detail: kind.label)
        default:
            nil
        }
    }
}

extension Proposal {
    /// The state label, with the sub-status of a dossier waiting for registration.
    public var stateLabel: Localized {
        if state == .received && awaitingReceipt {
            return Localized(vi: "Đã gửi, chờ vào sổ tiếp nhận", en: "Submitted, awaiting registration")
        }
        return state.label
    }
}
