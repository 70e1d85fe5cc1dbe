import Foundation
import Ledger
import Procedure

/// One table of the report, as every format draws it.
public struct ReportTable: Sendable, Hashable {
    /// A stable English id (`by_state`, `overdue`): the first column of the CSV.
    public var id: String
    public var title: String
    public var headers: [String]
    public var rows: [[String]]
    /// Columns holding numbers (right-aligned in Markdown and HTML).
    public var numeric: Set<Int>

    public init(id: String, title: String, headers: [String], rows: [[String]], numeric: Set<Int> = []) {
        self.id = id
        self.title = title
        self.headers = headers
        self.rows = rows
        self.numeric = numeric
    }
}

/// A numbered part of the report: a heading, paragraphs, tables.
public struct ReportSection: Sendable, Hashable {
    public var heading: String
    public var paragraphs: [String]
    public var tables: [ReportTable]
}

extension ConsolidatedReport {
    /// How numbers are written: grouped for people ("1.234", "4,2"), plain for data
    /// ("1234", "4.2") so a spreadsheet reads them as numbers.
    enum NumberStyle { case display, data }

    func number(_ value: Int, _ style: NumberStyle) -> String {
        guard style == .display, abs(value) >= 1000 else { return String(value) }
        let separator = PapersText.thousandsSeparator[language]
        var digits = String(abs(value))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return (value < 0 ? "-" : "") + groups.joined(separator: separator)
    }

    func decimal(_ value: Double?, _ style: NumberStyle) -> String {
        guard let value else { return "—" }
        let text = String(format: "%.1f", value)
        // Vietnamese screens write a decimal comma (4,9 ngày); files keep the dot.
        guard style == .display, language == .vi else { return text }
        return text.replacingOccurrences(of: ".", with: ",")
    }

    func share(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "—" : PeriodStatistics.percent(Double(part) / Double(whole))
    }

    /// A table of how many proposals fall under each label, with their share of all of the
    /// period's; labels with none are left out unless `keepZero`.
    func countTable(_ id: String, _ title: Localized, _ label: Localized, _ counts: [(label: String, count: Int)],
                    _ style: NumberStyle, keepZero: Bool = false) -> ReportTable {
        ReportTable(
            id: id, title: t(title),
            headers: [t(label), t(PapersText.proposals), t(PapersText.share)],
            rows: counts.filter { keepZero || $0.count > 0 }.map { [$0.label, number($0.count, style), share($0.count, of: statistics.total)] },
            numeric: [1, 2])
    }

    /// The report's parts, in order.
    func sections(_ style: NumberStyle) -> [ReportSection] {
        let s = statistics
        let n = { (value: Int) in self.number(value, style) }
        var parts: [ReportSection] = []

        // I. Overview
        let overview = ReportTable(
            id: "overview", title: t(PapersText.summary),
            headers: [t(PapersText.figure), t(PapersText.value)],
            rows: [
                [t(PapersText.proposalsPeriod), n(s.total)],
                [t(PapersText.stepsDoneTime), PeriodStatistics.percent(s.onTimeRate)],
                [t(PapersText.proposalsBeingHandled), n(s.heldCount)],
                [t(PapersText.overdueCases), n(s.overdueCount)],
                [t(PapersText.resultsEvaluated), n(s.outcomes.values.reduce(0, +))],
                [t(PapersText.encouragementMeasuresDecided), n(s.rewards)],
                [t(PapersText.liabilityDecisionsProtection), n(s.protections)],
            ], numeric: [1])
        parts.append(ReportSection(
            heading: t(PapersText.iOverview),
            paragraphs: [PapersText.consolidatedReportInnovationProposalsWritten(period.label.vi.lowercasedFirst, period.first.vietnamese, period.last.vietnamese, today.vietnamese, period.label.en)[language]],
            tables: [overview]))

        // II. Counts
        let byState = countTable("by_state", PapersText.byState, PapersText.stateColumn,
                                 ProposalState.allCases.compactMap { state in s.byState[state].map { (t(state.label), $0) } }, style)
        let byUnit = countTable("by_unit", PapersText.proposingUnit, PapersText.unit,
                                s.byUnit.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { (unitName($0.key), $0.value) }, style,
                                keepZero: true)
        let byField = countTable("by_field", PapersText.byField, PapersText.field,
                                 ProposalField.allCases.compactMap { field in s.byField[field].map { (t(field.label), $0) } }, style)
        parts.append(ReportSection(heading: t(PapersText.iiNumberProposals),
                                   paragraphs: [], tables: [byState, byUnit, byField]))

        // III. Time against the limits
        let steps = ReportTable(
            id: "steps", title: t(PapersText.timeEachStepAgainstLimit),
            headers: [t(PapersText.step), t(PapersText.limitWorkingDays),
                      t(PapersText.done), t(PapersText.onTime),
                      t(PapersText.doneLate), t(PapersText.runningOverdue),
                      t(PapersText.runningTime), t(PapersText.averageDays),
                      t(PapersText.longestDays), t(PapersText.timeRate)],
            rows: StepKind.allCases.compactMap { step in
                guard let f = s.steps[step] else { return nil }
                return [t(step.label), n(f.limitDays), n(f.done), n(f.doneOnTime), n(f.doneLate), n(f.runningOverdue),
                        n(f.runningOnTrack), decimal(f.averageDays, style), n(f.longestDays), PeriodStatistics.percent(f.onTimeRate)]
            }, numeric: Set(1...9))
        let units = ReportTable(
            id: "on_time_by_unit", title: t(PapersText.timeRateReviewingUnit),
            headers: [t(PapersText.unit), t(PapersText.onTime),
                      t(PapersText.late), t(PapersText.timeRate)],
            rows: s.unitTiming.values.sorted { $0.unitID < $1.unitID }.map {
                [unitName($0.unitID), n($0.onTime), n($0.late), PeriodStatistics.percent($0.onTimeRate)]
            }, numeric: [1, 2, 3])
        parts.append(ReportSection(heading: t(PapersText.iiiTimeAgainstLegalLimits),
                                   paragraphs: [], tables: [steps, units]))

        // IV. Who holds what
        let byRole = ReportTable(
            id: "held_by_role", title: t(PapersText.openProposalsHolder),
            headers: [t(PapersText.holder), t(PapersText.proposals)],
            rows: Role.allCases.compactMap { role in
                guard let count = s.heldByRole[role], count > 0 else { return nil }
                return [t(role.label), n(count)]
            }, numeric: [1])
        let held = ReportTable(
            id: "held", title: t(PapersText.whoHoldsWhichProposalHow),
            headers: [t(PapersText.id), t(PapersText.title), t(PapersText.holder),
                      t(PapersText.doLabel), t(PapersText.since),
                      t(PapersText.workingDays), t(PapersText.dueColumn)],
            rows: s.held.map { h in
                [h.id, h.title, holderText(h.holder), t(h.holder.task), h.since.vietnamese, n(h.workingDays),
                 (h.due?.vietnamese ?? "—") + (h.overdue ? " (" + t(PapersText.overdueWord) + ")" : "")]
            }, numeric: [5])
        parts.append(ReportSection(heading: t(PapersText.ivProposalsBeingHandled),
                                   paragraphs: s.heldCount > s.held.count
                                       ? [PapersText.heldLongest(n(s.held.count), n(s.heldCount))[language]]
                                       : [],
                                   tables: [byRole, held]))

        // V. Outcomes and measures
        let outcomes = ReportTable(
            id: "outcomes", title: t(PapersText.evaluationOutcomes),
            headers: [t(PapersText.outcomeColumn), t(PapersText.proposals)],
            rows: Outcome.allCases.map { [t($0.label), n(s.outcomes[$0] ?? 0)] }, numeric: [1])
        let consequences = ReportTable(
            id: "consequences", title: t(PapersText.consequencesUnderDecree),
            headers: [t(PapersText.consequence), t(PapersText.proposals)],
            rows: Consequence.allCases.map { [t($0.label), n(s.consequences[$0] ?? 0)] }, numeric: [1])
        let measures = ReportTable(
            id: "measures", title: t(PapersText.rewardsEncouragementProtectionDecided),
            headers: [t(PapersText.measure), t(PapersText.kind), t(PapersText.decisions)],
            rows: MeasureKind.allCases.map { kind in
                [t(kind.label),
                 t(kind.isLiabilityDecision ? PapersText.protectionLiabilityArt
                                            : PapersText.encouragementArt),
                 n(s.measures[kind] ?? 0)]
            }, numeric: [2])
        parts.append(ReportSection(heading: t(PapersText.vOutcomesRewardsProtection),
                                   paragraphs: evaluationForms.map { [t(PapersText.evaluationFormCounts($0.memberForms, $0.collective))] } ?? [],
                                   tables: [outcomes, consequences, measures]))

        // VI. Points 1 and 4
        parts.append(ReportSection(
            heading: t(PapersText.viDisseminationGuidanceInspection),
            paragraphs: oversightParagraphs(style),
            tables: oversightTables(style)))

        // VII. Lists by state
        let listTables = listings.map { listing in
            ReportTable(
                id: "list_" + listing.state.rawValue, title: t(listing.state.label) + " (" + n(listing.proposals.count) + ")",
                headers: [t(PapersText.id), t(PapersText.title),
                          t(PapersText.unit), t(PapersText.proposer),
                          t(PapersText.nextDue)],
                rows: listing.proposals.map { p in
                    [p.id, p.title, p.unitID, p.proposerName.isEmpty ? p.proposer : p.proposerName,
                     p.nextDue.map { $0.vietnamese + (p.nextStep.map { " · " + t($0.label) } ?? "") } ?? "—"]
                })
        }
        parts.append(ReportSection(heading: t(PapersText.viiProposalsState),
                                   paragraphs: listTables.isEmpty ? [t(PapersText.noProposalPeriod)] : [],
                                   tables: listTables))

        // VIII. Overdue
        let overdue = ReportTable(
            id: "overdue", title: t(PapersText.overdueCasesTheirReasons),
            headers: [t(PapersText.id), t(PapersText.title), t(PapersText.reviewingUnit),
                      t(PapersText.step), t(PapersText.dueColumn),
                      t(PapersText.lateWorkingDays),
                      t(PapersText.holder), t(PapersText.reasonsColumn)],
            rows: s.overdue.map { c in
                [c.id, c.title, c.unitID, t(c.step.label), c.due.vietnamese, n(c.workingDaysLate),
                 c.holder.map(holderText) ?? "—", c.reasons.map { t($0) }.joined(separator: "; ")]
            }, numeric: [5])
        parts.append(ReportSection(heading: t(PapersText.viiiOverdueCases),
                                   paragraphs: s.overdue.isEmpty ? [t(PapersText.noOverdueCase)] : [],
                                   tables: s.overdue.isEmpty ? [] : [overdue]))
        return parts
    }

    /// "Thủ trưởng · VHXH · Đỗ Thị Trưởng".
    func holderText(_ holder: Holder) -> String {
        ([t(holder.role.label), holder.unitID] + (officerName(holder.login).map { [$0] } ?? [])).joined(separator: " · ")
    }
}

extension String {
    /// "Quý III năm 2026" → "quý III năm 2026", inside a sentence.
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
