/// Beyond the ward (PROCEDURE.md §7.6). The chairperson of the ward People's Committee
/// heads the root unit: no unit of the ward stands above it to review the chair's own
/// proposal (Decree 73 art. 7(4)). Such a proposal is received by the ward's clerk as any
/// other, then **forwarded to the provincial level** with a letter (number, date); when
/// the province's decision comes back, the clerk records it (number, date, result,
/// reasons) and the proposal goes on as an approved or a rejected one.
///
/// Clocks while outside (see `Proposal.clocks` and docs/FORWARDING.md):
/// - the decision clock (7 WD from receipt) is done on the forwarding letter's date: the
///   ward's part of steps 2–4 ends when the letter leaves;
/// - while the state is `forwarded` no clock runs: `nextDue` is nil, so nothing is due
///   soon or overdue however many weeks the province takes;
/// - the decision the clerk records is dated, for the ward's clocks, the day it is
///   recorded (the province's own date is kept in `ProvincialOutcome.decisionDay`): every
///   clock that starts at the decision resumes from that day.

/// The forwarding letter (công văn chuyển cấp tỉnh).
public struct Forwarding: Sendable, Hashable, Codable {
    /// Số, ký hiệu of the letter, e.g. "215/UBND-VP".
    public var letterNumber: String
    /// The letter's date: not before the receipt, not after the day it is recorded.
    public var letterDay: Day
    /// The day the clerk recorded it, and who.
    public var recordedOn: Day
    public var recordedBy: String

    public init(letterNumber: String, letterDay: Day, recordedOn: Day, recordedBy: String) {
        self.letterNumber = letterNumber
        self.letterDay = letterDay
        self.recordedOn = recordedOn
        self.recordedBy = recordedBy
    }
}

/// What the province decided about a forwarded proposal.
public enum ProvincialResult: String, Sendable, Hashable, Codable, CaseIterable {
    case approved
    case rejected

    public var label: Localized {
        switch self {
        case .approved: Localized(vi: "phê duyệt", en: "approved")
        case .rejected: Localized(vi: "không phê duyệt", en: "not approved")
        }
    }

    var decisionKind: DecisionKind { self == .approved ? .approve : .reject }
}

/// The province's decision as the ward's clerk records it.
public struct ProvincialOutcome: Sendable, Hashable, Codable {
    public var decisionNumber: String
    /// The date on the province's decision.
    public var decisionDay: Day
    public var result: ProvincialResult
    public var reasons: String
    /// The day the clerk recorded it (the ward's clocks resume from it), and who.
    public var recordedOn: Day
    public var recordedBy: String

    public init(decisionNumber: String, decisionDay: Day, result: ProvincialResult, reasons: String, recordedOn: Day, recordedBy: String) {
        self.decisionNumber = decisionNumber
        self.decisionDay = decisionDay
        self.result = result
        self.reasons = reasons
        self.recordedOn = recordedOn
        self.recordedBy = recordedBy
    }
}

extension Organization {
    /// Whether no unit of the ward can review this proposal: its proposer heads the unit
    /// that reviews it (the root unit, which has no superior). Asked with the current
    /// organisation, as every role check is.
    public func isBeyondWard(_ proposal: Proposal) -> Bool {
        isBeyondWard(proposer: proposal.proposer, unitID: proposal.unitID, reviewingUnitID: proposal.reviewingUnitID)
    }

    public func isBeyondWard(proposer: String, unitID: String, reviewingUnitID: String) -> Bool {
        unitID == reviewingUnitID && holds(.head, proposer, in: reviewingUnitID) && unit(reviewingUnitID)?.parentID == nil
    }
}

extension Permissions {
    /// The steps the ward itself would take on a registered proposal; for a proposal
    /// beyond the ward they belong to the province.
    static let inWardReviewSteps: Set<ActionKind> = [.returnForCompletion, .outOfScope, .checklist, .ballot, .decide]

    /// The routing check of §7.6, after the role and state checks: a proposal beyond the
    /// ward is forwarded, not reviewed in the ward; only such a proposal is forwarded.
    static func routingRefusal(_ action: ActionKind, on proposal: Proposal, in org: Organization) -> Refusal? {
        let beyond = org.isBeyondWard(proposal)
        if action == .forward && !beyond { return Refusal(.notBeyondWard) }
        if beyond && inWardReviewSteps.contains(action) { return Refusal(.forwardRequired) }
        // §7.1: nor does the ward's collective meet to review it.
        if beyond && [.openMeeting, .recordAttendance].contains(action) && MeetingStage.current(of: proposal) == .review {
            return Refusal(.forwardRequired)
        }
        return nil
    }
}

extension Workflow {
    /// §7.6, first step: the clerk records the forwarding letter.
    static func forward(_ p: Proposal, letterNumber: String, letterDay: Day, by actor: Actor, today: Day) throws -> [Change] {
        let number = try TextInput.singleLine(letterNumber, field: Localized(vi: "Số công văn", en: "Letter number")).get()
        if number.isEmpty { throw Refusal(.forwardLetter) }
        let receiptDay = p.receipt?.day ?? today
        if letterDay < receiptDay || letterDay > today {
            throw Refusal(.forwardDate, detail: Localized(vi: receiptDay.vietnamese + " – " + today.vietnamese,
                                                          en: receiptDay.vietnamese + " – " + today.vietnamese))
        }
        return [.forwarded(forwarding: Forwarding(letterNumber: number, letterDay: letterDay, recordedOn: today, recordedBy: actor.login))]
    }

    /// §7.6, second step: the clerk records the province's decision; the proposal then
    /// stands approved or rejected, with a decision dated the day it is recorded.
    static func recordOutcome(_ p: Proposal, decisionNumber: String, decisionDay: Day, result: ProvincialResult, reasons: String,
                              by actor: Actor, today: Day) throws -> [Change] {
        let number = try TextInput.singleLine(decisionNumber, field: Localized(vi: "Số quyết định", en: "Decision number")).get()
        if number.isEmpty { throw Refusal(.decisionNumber) }
        let sent = p.forwarding?.letterDay ?? today
        if decisionDay < sent || decisionDay > today {
            throw Refusal(.forwardDate, detail: Localized(vi: sent.vietnamese + " – " + today.vietnamese,
                                                          en: sent.vietnamese + " – " + today.vietnamese))
        }
        let why = try TextInput.multiLine(reasons, field: Localized(vi: "Lý do", en: "Reasons")).get()
        if result == .rejected && TextInput.isBlank(why) { throw Refusal(.reasonRequired) }
        return [.outcomeRecorded(outcome: ProvincialOutcome(decisionNumber: number, decisionDay: decisionDay, result: result,
                                                            reasons: why, recordedOn: today, recordedBy: actor.login))]
    }
}

extension Proposal {
    /// The fold of the two §7.6 events.
    func applyingForwarding(_ change: Change) -> Proposal {
        var next = self
        switch change {
        case let .forwarded(forwarding):
            next.forwarding = forwarding
            next.state = .forwarded
        case let .outcomeRecorded(outcome):
            next.provincialOutcome = outcome
            let tally = VoteTally(eligible: [], recused: [], yes: [], no: [], headLogin: nil, headVote: nil, basis: .allEligible)
            next.decision = Decision(kind: outcome.result.decisionKind, number: outcome.decisionNumber, day: outcome.recordedOn,
                                     signedBy: outcome.recordedBy, reasons: outcome.reasons, responsibilityStatement: "", tally: tally)
            next.state = outcome.result == .approved ? .approved : .rejected
        default:
            break
        }
        return next
    }
}
