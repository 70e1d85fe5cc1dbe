import Foundation

/// The few facts of a proposal that the dashboard and the consolidated report count:
/// its columns, the day of each step and the outcome. A ledger of a million proposals
/// reads these (not whole dossiers) one row at a time.
///
/// `clocks(calendar:settings:)` gives the same clocks as `Proposal.clocks` (a test holds
/// them equal on the demo data); `init(_:)` takes them from a whole proposal.
public struct ProposalFacts: Sendable, Hashable {
    public var id: String
    public var title: String
    public var state: ProposalState
    /// Submitted, not yet registered in the book of receipts.
    public var awaitingReceipt: Bool
    public var field: ProposalField
    public var unitID: String
    public var reviewingUnitID: String
    public var proposer: String
    /// The day (in Vietnam) the draft was written: what places a proposal in a period.
    public var created: Day
    /// The day of the last recorded change: since when the current holder has it.
    public var lastChange: Day
    /// The day of the current receipt (the last one: a returned dossier restarts the clock).
    public var receipt: Day?
    public var lastReturn: Day?
    public var decision: Day?
    public var decisionKind: DecisionKind?
    public var outOfScope: Day?
    public var resourced: Bool
    public var plannedEnd: Day?
    public var terminated: Day?
    public var report: Day?
    public var evaluation: Day?
    public var outcome: Outcome?
    public var consequence: Consequence?
    public var conclusion: Day?
    public var measures: [MeasureKind]
    /// Whether the Party opinion before approval (step 2) and before evaluation (step 8) is recorded.
    public var partyOpinionBeforeApproval: Bool
    public var partyOpinionBeforeEvaluation: Bool
    public var ballots: Int
    /// The reason of the last suspend directive, while suspended.
    public var suspensionReason: String?
    /// The days that stop the clocks of §7.7: the Party opinion before approval (of the
    /// current receipt: a return clears it), the resources granted, the closing.
    public var opinionBeforeApproval: Day?
    public var resourcedOn: Day?
    public var closed: Day?
    /// §7.6: the day of the letter that forwarded the chair's proposal to the province.
    public var forwarded: Day?

    public init(id: String, title: String, state: ProposalState, awaitingReceipt: Bool = false, field: ProposalField = .other,
                unitID: String, reviewingUnitID: String, proposer: String, created: Day, lastChange: Day,
                receipt: Day? = nil, lastReturn: Day? = nil, decision: Day? = nil, decisionKind: DecisionKind? = nil,
                outOfScope: Day? = nil, resourced: Bool = false, plannedEnd: Day? = nil, terminated: Day? = nil,
                report: Day? = nil, evaluation: Day? = nil, outcome: Outcome? = nil, consequence: Consequence? = nil,
                conclusion: Day? = nil, measures: [MeasureKind] = [], partyOpinionBeforeApproval: Bool = false,
                partyOpinionBeforeEvaluation: Bool = false, ballots: Int = 0, suspensionReason: String? = nil,
                opinionBeforeApproval: Day? = nil, resourcedOn: Day? = nil, closed: Day? = nil,
                forwarded: Day? = nil) {
        self.id = id
        self.title = title
        self.state = state
        self.awaitingReceipt = awaitingReceipt
        self.field = field
        self.unitID = unitID
        self.reviewingUnitID = reviewingUnitID
        self.proposer = proposer
        self.created = created
        self.lastChange = lastChange
        self.receipt = receipt
        self.lastReturn = lastReturn
        self.decision = decision
        self.decisionKind = decisionKind
        self.outOfScope = outOfScope
        self.resourced = resourced
        self.plannedEnd = plannedEnd
        self.terminated = terminated
        self.report = report
        self.evaluation = evaluation
        self.outcome = outcome
        self.consequence = consequence
        self.conclusion = conclusion
        self.measures = measures
        self.partyOpinionBeforeApproval = partyOpinionBeforeApproval
        self.partyOpinionBeforeEvaluation = partyOpinionBeforeEvaluation
        self.ballots = ballots
        self.suspensionReason = suspensionReason
        self.opinionBeforeApproval = opinionBeforeApproval
        self.resourcedOn = resourcedOn
        self.closed = closed
        self.forwarded = forwarded
    }

    /// The facts of a whole proposal.
    public init(_ p: Proposal) {
        self.init(id: p.id, title: p.title, state: p.state, awaitingReceipt: p.awaitingReceipt, field: p.dossier.field,
                  unitID: p.unitID, reviewingUnitID: p.reviewingUnitID, proposer: p.proposer,
                  created: Day.inVietnam(p.createdAt), lastChange: Day.inVietnam(p.updatedAt),
                  receipt: p.receipts.last?.day, lastReturn: p.returns.last?.day, decision: p.decision?.day,
                  decisionKind: p.decision?.kind, outOfScope: p.outOfScope?.day, resourced: p.resources != nil,
                  plannedEnd: p.dossier.endDate, terminated: p.terminatedOn, report: p.report?.day,
                  evaluation: p.evaluation?.day, outcome: p.evaluation?.outcome, consequence: p.evaluation?.consequence,
                  conclusion: p.conclusion?.day, measures: p.measures.map(\.kind),
                  partyOpinionBeforeApproval: p.partyOpinion(.beforeApproval) != nil,
                  partyOpinionBeforeEvaluation: p.partyOpinion(.beforeEvaluation) != nil,
                  ballots: p.ballots.count,
                  suspensionReason: p.state == .suspended ? p.directives.last { $0.kind == .suspend }?.reason : nil,
                  opinionBeforeApproval: p.partyOpinion(.beforeApproval)?.day, resourcedOn: p.resources?.day,
                  closed: p.closedOn, forwarded: p.forwarding?.letterDay)
    }

    /// The clocks of every limited step reached, in order: the rules of `Proposal.clocks`
    /// over these facts.
    public func clocks(calendar: WorkingCalendar, settings: ProcedureSettings) -> [StepClock] {
        clocks(settings: settings, adding: calendar.addingWorkingDays)
    }

    /// The same clocks, with working days added by `add` (the calendar, or a table of it).
    func clocks(settings: ProcedureSettings, adding add: (Int, Day) -> Day) -> [StepClock] {
        var clocks: [StepClock] = []
        if let receipt {
            let due = add(settings.decisionDays, receipt)
            let done: Day? = awaitingReceipt || state == .returned ? (lastReturn ?? receipt) : (forwarded ?? decision ?? outOfScope)
            // A proposal beyond the ward: the ward's part ends with the forwarding letter (§7.6).
            // §7.7: the opinion is due within the review's window, on its due day. A
            // review ended without one (returned, out of scope, rejected) has nothing
            // left to judge it by: the opinion clock goes with it.
            if opinionBeforeApproval != nil || done == nil {
                clocks.append(StepClock(step: .partyOpinion, limitDays: settings.decisionDays, start: receipt, due: due,
                                        done: opinionBeforeApproval))
            }
            clocks.append(StepClock(step: .decision, limitDays: settings.decisionDays, start: receipt, due: due, done: done))
        }
        if let decision, decisionKind != .reject {
            let due = add(settings.resourcingDays, decision)
            clocks.append(StepClock(step: .resourcing, limitDays: settings.resourcingDays, start: decision, due: due, done: resourcedOn))
        }
        if decision != nil && decisionKind != .reject, resourced || report != nil, let end = terminated ?? plannedEnd {
            let due = add(settings.reportDays, end)
            clocks.append(StepClock(step: .report, limitDays: settings.reportDays, start: end, due: due, done: report))
        }
        if let report {
            let due = add(settings.evaluationDays, report)
            clocks.append(StepClock(step: .evaluation, limitDays: settings.evaluationDays, start: report, due: due, done: evaluation))
        }
        if settings.requireConclusion, let evaluation {
            let due = add(settings.conclusionDays, evaluation)
            clocks.append(StepClock(step: .conclusion, limitDays: settings.conclusionDays, start: evaluation, due: due, done: conclusion))
        }
        // §7.7: the measures, "kịp thời", from the conclusion (or the evaluation when the
        // conclusion step is off); done when the proposal closes with all of them.
        if let start = settings.requireConclusion ? conclusion : evaluation {
            let due = add(settings.measuresDays, start)
            clocks.append(StepClock(step: .measures, limitDays: settings.measuresDays, start: start, due: due, done: closed))
        }
        return clocks
    }

    /// Whether a clock is still running: the inbox's rule (a suspended, returned or
    /// unregistered proposal, or a finished one, or one forwarded to the province, has no running clock).
    public var clocksRun: Bool {
        !state.isFinal && state != .suspended && state != .returned && state != .forwarded && !awaitingReceipt
    }
}
