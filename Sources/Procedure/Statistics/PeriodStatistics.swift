/// What the figures are counted against: the period, the day they are counted on, and
/// the clocks of the procedure.
public struct StatisticsContext: Sendable {
    public var period: Period
    /// Figures stand as of this day ("tính đến ngày"): running clocks are judged against it.
    public var today: Day
    public var calendar: WorkingCalendar
    public var settings: ProcedureSettings
    public var organization: Organization
    /// How many held proposals and overdue cases are kept (the longest held, the most
    /// late); the totals count them all.
    public var listLimit: Int

    public init(period: Period, today: Day, calendar: WorkingCalendar, settings: ProcedureSettings,
                organization: Organization, listLimit: Int = 100) {
        self.period = period
        self.today = today
        self.calendar = calendar
        self.settings = settings
        self.organization = organization
        self.listLimit = max(1, listLimit)
    }
}

/// The dashboard's and the consolidated report's figures for one period: the proposals
/// written in the period, counted by state, unit and field; the time each step took
/// against its legal limit; who holds what and for how long; outcomes and measures; and
/// the overdue cases with their reasons.
///
/// Built one proposal at a time (`add`), so a ledger can stream its rows through it:
///
///     var figures = PeriodStatistics(context)
///     for facts in rows { figures.add(facts) }
public struct PeriodStatistics: Sendable {
    public let context: StatisticsContext

    public var total = 0
    public var byState: [ProposalState: Int] = [:]
    /// By the proposer's unit.
    public var byUnit: [String: Int] = [:]
    public var byField: [ProposalField: Int] = [:]
    public var steps: [StepKind: StepFigure]
    /// By the unit that reviews the proposals (it is answerable for the clocks).
    public var unitTiming: [String: UnitTiming] = [:]
    public var outcomes: [Outcome: Int] = [:]
    public var consequences: [Consequence: Int] = [:]
    public var measures: [MeasureKind: Int] = [:]
    /// Open proposals by the role that holds them.
    public var heldByRole: [Role: Int] = [:]
    public var heldCount = 0
    public var overdueCount = 0
    /// The longest held first (at most `listLimit`).
    public private(set) var held: [HeldProposal] = []
    /// The most late first (at most `listLimit`).
    public private(set) var overdue: [OverdueCase] = []

    /// The calendar's working days around the period and today, counted once.
    private let days: WorkingDayTable

    public init(_ context: StatisticsContext) {
        self.context = context
        // From the day before the period (a proposal's days are on or after its creation)
        // to two years past today or the period (planned ends, due days); the table asks
        // the calendar about any day outside.
        days = WorkingDayTable(calendar: context.calendar, from: context.period.first.adding(days: -1),
                               through: max(context.today, context.period.last).adding(days: 730))
        let s = context.settings
        steps = Dictionary(uniqueKeysWithValues: StepKind.allCases.map { ($0, StepFigure(step: $0, limitDays: s.limitDays(of: $0))) })
    }

    /// Counts one proposal of the period: its state, unit and field, then everything else.
    public mutating func add(_ facts: ProposalFacts) {
        // A draft is no one's business but its proposer's (PROCEDURE.md §5): not counted.
        guard facts.state != .draft else { return }
        total += 1
        byState[facts.state, default: 0] += 1
        byUnit[facts.unitID, default: 0] += 1
        byField[facts.field, default: 0] += 1
        addTiming(facts)
    }

    /// Counts everything but state, unit and field (for a ledger that counts those with SQL).
    public mutating func addTiming(_ facts: ProposalFacts) {
        guard facts.state != .draft else { return }
        let calendar = days
        let today = context.today
        let clocks = facts.clocks(settings: context.settings, adding: days.addingWorkingDays)
        for clock in clocks {
            var figure = steps[clock.step] ?? StepFigure(step: clock.step, limitDays: clock.limitDays)
            var timing = unitTiming[facts.reviewingUnitID] ?? UnitTiming(unitID: facts.reviewingUnitID)
            if let done = clock.done {
                let spent = max(0, calendar.workingDays(from: clock.start, to: done))
                figure.workingDaysSpent += spent
                figure.longestDays = max(figure.longestDays, spent)
                if done <= clock.due {
                    figure.doneOnTime += 1
                    timing.onTime += 1
                } else {
                    figure.doneLate += 1
                    timing.late += 1
                }
            } else if facts.clocksRun {
                if today > clock.due {
                    figure.runningOverdue += 1
                    timing.late += 1
                } else {
                    figure.runningOnTrack += 1
                }
            }
            steps[clock.step] = figure
            unitTiming[facts.reviewingUnitID] = timing
        }
        if let outcome = facts.outcome { outcomes[outcome, default: 0] += 1 }
        if let consequence = facts.consequence { consequences[consequence, default: 0] += 1 }
        for kind in facts.measures { measures[kind, default: 0] += 1 }

        guard let holder = Holder.of(facts, in: context.organization) else { return }
        let running = facts.clocksRun ? clocks.filter { $0.done == nil }.min { $0.due < $1.due } : nil
        let isOverdue = running.map { today > $0.due } ?? false
        heldCount += 1
        heldByRole[holder.role, default: 0] += 1
        held.append(HeldProposal(id: facts.id, title: facts.title, state: facts.state, holder: holder, since: facts.lastChange,
                                 workingDays: max(0, calendar.workingDays(from: facts.lastChange, to: today)),
                                 due: running?.due, overdue: isOverdue))
        if held.count >= context.listLimit * 2 { trimHeld() }
        if let running, isOverdue {
            overdueCount += 1
            overdue.append(OverdueCase(id: facts.id, title: facts.title, unitID: facts.reviewingUnitID, step: running.step,
                                       due: running.due, workingDaysLate: calendar.workingDays(from: running.due, to: today),
                                       holder: holder, reasons: OverdueCase.reasons(for: running.step, of: facts)))
            if overdue.count >= context.listLimit * 2 { trimOverdue() }
        }
    }

    /// Sorts and trims the kept lists; call once after the last `add`.
    public mutating func finish() {
        trimHeld()
        trimOverdue()
    }

    /// The ids of the held proposals and overdue cases kept (after `finish`).
    public var listedIDs: Set<String> {
        Set(held.map(\.id)).union(overdue.map(\.id))
    }

    /// Gives the kept held proposals and overdue cases their titles, for a ledger that
    /// streams facts without titles and reads only the few it keeps; ids not in `titles`
    /// keep theirs.
    public mutating func name(_ titles: [String: String]) {
        for i in held.indices { if let title = titles[held[i].id] { held[i].title = title } }
        for i in overdue.indices { if let title = titles[overdue[i].id] { overdue[i].title = title } }
    }

    private mutating func trimHeld() {
        held.sort { ($1.workingDays, $0.id) < ($0.workingDays, $1.id) }
        if held.count > context.listLimit { held.removeLast(held.count - context.listLimit) }
    }

    private mutating func trimOverdue() {
        overdue.sort { ($1.workingDaysLate, $0.id) < ($0.workingDaysLate, $1.id) }
        if overdue.count > context.listLimit { overdue.removeLast(overdue.count - context.listLimit) }
    }

    // MARK: Totals

    /// On time over every step and unit, 0…1; nil when nothing can be judged yet.
    public var onTimeRate: Double? {
        let onTime = steps.values.reduce(0) { $0 + $1.doneOnTime }
        let judged = steps.values.reduce(0) { $0 + $1.judged }
        return judged == 0 ? nil : Double(onTime) / Double(judged)
    }

    /// Encouragement measures (art. 10) recorded.
    public var rewards: Int { measures.filter { !$0.key.isLiabilityDecision }.reduce(0) { $0 + $1.value } }
    /// Liability decisions (art. 11) recorded.
    public var protections: Int { measures.filter { $0.key.isLiabilityDecision }.reduce(0) { $0 + $1.value } }

    /// The units that appear in any figure, in the organization's order (by id).
    public var unitIDs: [String] {
        Set(byUnit.keys).union(unitTiming.keys).sorted()
    }
}

extension PeriodStatistics {
    /// A share as a whole percentage, "87%", or "—" when there is nothing to share.
    public static func percent(_ rate: Double?) -> String {
        guard let rate else { return "—" }
        return String(Int((rate * 100).rounded())) + "%"
    }
}
