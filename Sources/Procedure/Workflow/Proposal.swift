import Foundation

/// A đề xuất đổi mới, sáng tạo and everything recorded about it, as a plain value.
///
/// The state is the fold of its events (`applying(_:)`): the ledger stores both, and a
/// consistency check replays the events to prove they agree.
public struct Proposal: Sendable, Hashable, Codable, Identifiable {
    /// e.g. "2026-014".
    public var id: String
    /// Bumped by every event; the ledger refuses an action taken on a stale version.
    public var version: Int
    public var state: ProposalState
    public var proposer: String
    /// The proposer's own unit.
    public var unitID: String
    /// The employing agency that receives and decides (art. 7(3)–(4)).
    public var reviewingUnitID: String
    /// A snapshot at creation: Decree 73 protects leading and managing officials.
    public var proposerIsManaging: Bool
    public var dossier: Dossier
    public var createdAt: Date
    public var updatedAt: Date
    /// The login of whoever made the last change (named when a stale save is refused).
    public var lastActor: String

    public var submittedOn: Day?
    public var receipts: [Receipt] = []
    public var returns: [ReturnRecord] = []
    public var outOfScope: OutOfScopeRecord?
    public var withdrawal: String?
    public var partyOpinions: [PartyOpinion] = []
    /// Each member's review checklist for the current receipt.
    public var checklists: [String: [ChecklistAnswer]] = [:]
    /// Ballots for the current receipt.
    public var ballots: [Ballot] = []
    public var decision: Decision?
    public var resources: ResourceGrant?
    public var progress: [ProgressNote] = []
    public var directives: [Directive] = []
    public var report: CompletionReport?
    public var evaluation: Evaluation?
    public var conclusion: Conclusion?
    public var measures: [Measure] = []
    public var closedOn: Day?
    /// §7.4: conflicts of interest declared on it (nil until the first; see `conflicts`).
    public var declaredConflicts: [DeclaredConflict]?
    /// §7.6: the forwarding letter and the province's decision, for a proposal beyond the ward.
    public var forwarding: Forwarding?
    public var provincialOutcome: ProvincialOutcome?
    /// §7.3: each member's latest own evaluation form (nil until the first; see `memberEvaluations`).
    public var memberEvaluationRecords: [MemberEvaluation]?
    /// §7.1: the collective's meetings (nil until the first; see `meetings`).
    public var meetingRecords: [Meeting]?

    /// A proposal as its first event creates it.
    public init(id: String, created: Event) {
        self.id = id
        version = 0
        state = .draft
        proposer = created.actor.login
        unitID = ""
        reviewingUnitID = ""
        proposerIsManaging = false
        dossier = Dossier()
        createdAt = created.at
        updatedAt = created.at
        lastActor = created.actor.login
        self = applying(created)
    }

    /// The current receipt: the last one, since a returned dossier restarts the clock.
    public var receipt: Receipt? { awaitingReceipt ? nil : receipts.last }

    public func partyOpinion(_ stage: PartyOpinionStage) -> PartyOpinion? {
        partyOpinions.last { $0.stage == stage }
    }

    public var latestProgress: Int { progress.last?.percent ?? 0 }

    /// The day implementation stopped early, if a terminate directive was given.
    public var terminatedOn: Day? { directives.last { $0.kind == .terminate }?.day }

    public var title: String { dossier.title }

    /// This proposal after one more event.
    public func applying(_ event: Event) -> Proposal {
        var next = self
        next.version += 1
        next.updatedAt = event.at
        next.lastActor = event.actor.login
        switch event.change {
        case let .created(dossier, proposer, unitID, reviewingUnitID, managing):
            next.version = 1
            next.dossier = dossier
            next.proposer = proposer
            next.unitID = unitID
            next.reviewingUnitID = reviewingUnitID
            next.proposerIsManaging = managing
            next.state = .draft
        case let .dossierEdited(dossier):
            next.dossier = dossier
        case let .submitted(day):
            // `received` with no current receipt: waiting for the clerk or head to register
            // it in the book (sổ tiếp nhận); the 7 WD clock starts at registration.
            next.submittedOn = day
            next.state = .received
            next.awaitingReceipt = true
        case let .received(receipt):
            next.receipts.append(receipt)
            next.awaitingReceipt = false
            next.state = .received
        case let .returned(record):
            next.returns.append(record)
            next.state = .returned
            // A completed dossier is a new review: new checklists, ballots and opinion.
            next.checklists = [:]
            next.ballots = []
            next.partyOpinions.removeAll { $0.stage == .beforeApproval }
            next = next.droppingReviewMeeting()
        case let .outOfScope(record):
            next.outOfScope = record
            next.state = .outOfScope
        case let .withdrawn(reason, _):
            next.withdrawal = reason
            next.awaitingReceipt = false
            next.state = .withdrawn
        case let .partyOpinion(opinion):
            next.partyOpinions.append(opinion)
        case let .checklistFilled(member, answers):
            next.checklists[member] = answers
        case let .ballotCast(ballot):
            // The member's latest ballot is their vote (§7.2); earlier ones stay in the chain.
            next.ballots.removeAll { $0.member == ballot.member }
            next.ballots.append(ballot)
        case let .decided(decision):
            next.decision = decision
            next.state = decision.kind == .reject ? .rejected : .approved
        case let .resourced(grant):
            next.resources = grant
            next.state = .inProgress
        case let .progressNoted(note):
            next.progress.append(note)
        case let .directiveIssued(directive):
            next.directives.append(directive)
            switch directive.kind {
            case .continue: break
            case .suspend: next.state = .suspended
            case .resume: next.state = .inProgress
            case .terminate: next.state = .terminated
            }
        case let .reported(report):
            next.report = report
            next.state = .reported
        case let .evaluated(evaluation):
            next.evaluation = evaluation
            next.state = .evaluated
        case let .concluded(conclusion):
            next.conclusion = conclusion
        case let .measureRecorded(measure):
            next.measures.append(measure)
        case let .closed(day):
            next.closedOn = day
            next.state = .closed
        case let .conflictDeclared(conflict):
            next.declaredConflicts = next.conflicts + [conflict]
        case let .memberEvaluated(record):
            // The member's latest form is theirs (§7.2); earlier ones stay in the chain.
            next.memberEvaluationRecords = next.memberEvaluations.filter { $0.member != record.member } + [record]
        case .forwarded, .outcomeRecorded:
            next = next.applyingForwarding(event.change)
        case .meetingOpened, .attendanceRecorded:
            next = next.applyingMeeting(event.change)
        }
        return next
    }

    /// Submitted by the proposer, not yet registered by the clerk or head (state `received`).
    public var awaitingReceipt: Bool = false

    /// Replays a whole history; nil when the first event is not a creation.
    public static func replay(id: String, events: [Event]) -> Proposal? {
        guard let first = events.first, case .created = first.change else { return nil }
        return events.dropFirst().reduce(Proposal(id: id, created: first)) { $0.applying($1) }
    }
}
