import Procedure
import Terminal

/// The dashboard's figures as styled lines, wrapped to a width.
extension DashboardBoard {
    /// Everything below the header row, for a width.
    func lines(_ desk: DeskState, width: Int) -> [StyledLine] {
        let lang = desk.language
        let t = { (text: Localized) in text[lang] }
        let style = desk.bars ?? .ascii
        if let error, loadedPeriod == period { return [[Span(t(error), .statusError)]] }
        guard let f = figures, loadedPeriod == period else { return [[Span(t(DeskText.loading), .textMuted)]] }
        let labelWidth = min(30, max(12, width / 3))
        let valueWidth = 7
        var lines: [StyledLine] = []
        func heading(_ text: Localized) {
            if !lines.isEmpty { lines.append([]) }
            lines.append([Span(t(text).uppercased(), .paneTitle)])
        }
        func bars(_ items: [(String, Int)]) {
            let maximum = Double(items.map(\.1).max() ?? 0)
            for (label, value) in items {
                lines.append(BarChart.row(label: label, value: Double(value), maximum: maximum, text: String(value), width: width,
                                          labelWidth: labelWidth, valueWidth: valueWidth, style: style))
            }
            if items.isEmpty { lines.append([Span(t(DeskText.noneDash), .textMuted)]) }
        }
        func rateBar(_ label: String, _ rate: Double?, _ detail: String) {
            let role: StyleRole = rate.map { $0 >= 0.8 ? .dueOnTime : ($0 >= 0.5 ? .dueSoon : .dueOverdue) } ?? .textMuted
            lines.append(BarChart.row(label: label, value: rate ?? 0, maximum: 1, text: PeriodStatistics.percent(rate), width: width,
                                      labelWidth: labelWidth, valueWidth: valueWidth, style: style, role: role))
            if !detail.isEmpty { lines.append([Span(String(repeating: " ", count: labelWidth + 1) + detail, .textMuted)]) }
        }
        let unitName = { (id: String) in f.context.organization.unit(id)?.name ?? id }

        func countLines() {
            heading(DeskText.byState)
            bars(ProposalState.allCases.compactMap { s in f.byState[s].map { (t(s.label), $0) } })
            heading(DeskText.byProposingUnit)
            bars(f.byUnit.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { (unitName($0.key), $0.value) })
            heading(DeskText.byField)
            bars(ProposalField.allCases.compactMap { field in f.byField[field].map { (t(field.label), $0) } })
        }

        if partial {
            // The counts first; the figures that need every proposal of the period follow.
            lines.append([Span(t(DeskText.overviewProposals)), Span(String(f.total), .textEmphasis),
                          Span(t(DeskText.dashboardRestLoading), .textMuted)])
            countLines()
            return Draw.wrap(lines, width: width)
        }

        lines.append([
            Span(t(DeskText.overviewProposals)), Span(String(f.total), .textEmphasis),
            Span(t(DeskText.overviewHeld)), Span(String(f.heldCount), .textEmphasis),
            Span(t(DeskText.overviewOverdue)), Span(String(f.overdueCount), f.overdueCount > 0 ? .dueOverdue : .textEmphasis),
            Span(t(DeskText.overviewOnTime)), Span(PeriodStatistics.percent(f.onTimeRate), .textEmphasis),
            Span(t(DeskText.overviewRewards)), Span(String(f.rewards), .textEmphasis),
            Span(t(DeskText.overviewProtections)), Span(String(f.protections), .textEmphasis),
        ])
        countLines()

        heading(DeskText.stepTimes)
        for step in StepKind.allCases {
            guard let s = f.steps[step] else { continue }
            let detail = DeskText.stepDetail(limit: s.limitDays, done: s.done, late: s.doneLate, overdue: s.runningOverdue,
                                             onTrack: s.runningOnTrack, average: s.averageDays, longest: s.longestDays)
            rateBar(t(step.label), s.onTimeRate, t(detail))
        }
        heading(DeskText.onTimeByUnit)
        for timing in f.unitTiming.values.sorted(by: { $0.unitID < $1.unitID }) {
            rateBar(unitName(timing.unitID), timing.onTimeRate, t(DeskText.onTimeOf(timing.onTime, timing.judged)))
        }
        if f.unitTiming.isEmpty { lines.append([Span(t(DeskText.noneDash), .textMuted)]) }

        heading(DeskText.whoHolds)
        bars(Role.allCases.compactMap { role in f.heldByRole[role].map { (t(role.label), $0) } })
        for h in f.held {
            let who = [t(h.holder.role.label), h.holder.unitID] + (h.holder.login.flatMap { f.context.organization.officer($0)?.name }.map { [$0] } ?? [])
            lines.append([Span(h.id + " ", .textEmphasis), Span(h.title),
                          Span(" — " + who.joined(separator: " · ") + t(DeskText.heldFor(h.workingDays)), .textMuted)]
                         + (h.overdue ? [Span(t(DeskText.overdueMark), .dueOverdue)] : []))
        }
        if f.heldCount > f.held.count {
            lines.append([Span(t(DeskText.moreHeld(f.heldCount - f.held.count)), .textMuted)])
        }

        heading(DeskText.outcomesHeading)
        if let forms = evaluationForms {
            lines.append([Span(t(DeskText.evaluationFormCounts(forms.memberForms, forms.collective)), .textMuted)])
        }
        bars(Outcome.allCases.map { (t($0.label), f.outcomes[$0] ?? 0) })
        bars(Consequence.allCases.compactMap { c in f.consequences[c].map { (t(c.label), $0) } })
        bars(MeasureKind.allCases.compactMap { m in f.measures[m].map { (t(m.label), $0) } })

        heading(DeskText.pointsOneAndFour)
        lines += oversightLines(desk, width: width)

        heading(DeskText.overdueHeading)
        for c in f.overdue {
            lines.append([Span(c.id + " ", .dueOverdue), Span(c.title),
                          Span(" — " + t(c.step.label) + t(DeskText.overdueCase(due: c.due, late: c.workingDaysLate)), .textMuted)])
            lines.append([Span("    " + c.reasons.map(t).joined(separator: "; "))])
        }
        if f.overdue.isEmpty { lines.append([Span(t(DeskText.none), .textMuted)]) }
        if f.overdueCount > f.overdue.count {
            lines.append([Span(t(DeskText.moreOverdue(f.overdueCount - f.overdue.count)), .textMuted)])
        }
        return Draw.wrap(lines, width: width)
    }

    /// Points 1 and 4: coverage of the required texts per unit, briefings, open
    /// inspections and overdue recommendations, difficulty reports by status.
    func oversightLines(_ desk: DeskState, width: Int) -> [StyledLine] {
        let lang = desk.language
        let t = { (text: Localized) in text[lang] }
        guard let o = oversight else { return [[Span(t(DeskText.noFigures), .textMuted)]] }
        let style = desk.bars ?? .ascii
        let labelWidth = min(30, max(12, width / 3))
        let c = o.coverage
        var lines: [StyledLine] = [[
            Span(t(DeskText.textsAcknowledged)), Span("\(c.percent)%", .textEmphasis),
            Span(t(DeskText.acknowledgedMissing(c.acknowledged, c.expected))),
            Span(String(c.missing.count), c.missing.isEmpty ? .textEmphasis : .dueSoon),
            Span(t(DeskText.officersBriefings)), Span(String(o.briefings.count), .textEmphasis),
        ]]
        for unit in c.units {
            let role: StyleRole = unit.percent >= 80 ? .dueOnTime : (unit.percent >= 50 ? .dueSoon : .dueOverdue)
            lines.append(BarChart.row(label: unit.unitName, value: Double(unit.percent) / 100, maximum: 1, text: "\(unit.percent)%",
                                      width: width, labelWidth: labelWidth, valueWidth: 7, style: style, role: role))
        }
        lines.append([
            Span(t(DeskText.inspectionsInPeriod)), Span(String(o.inspections.count), .textEmphasis),
            Span(t(DeskText.withOpenRecommendations)), Span(String(o.openInspections.count), .textEmphasis),
            Span(t(DeskText.recommendationsOverdue)),
            Span(String(o.overdueRecommendations.count), o.overdueRecommendations.isEmpty ? .textEmphasis : .dueOverdue),
        ])
        for r in o.overdueRecommendations.prefix(Self.listLimit) {
            lines.append([Span("\(r.inspectionID) #\(r.number) ", .dueOverdue), Span(r.text),
                          Span(t(DeskText.recommendationLate(r.unitName, r.due, r.daysOverdue)), .textMuted)])
        }
        lines.append([
            Span(t(DeskText.difficultiesInPeriod)), Span(String(o.difficulties.count), .textEmphasis),
            Span(t(DeskText.awaitingAnswer)), Span(String(o.openDifficulties.count), .textEmphasis),
            Span(t(DeskText.escalationsOverdue)),
            Span(String(o.overdueEscalations.count), o.overdueEscalations.isEmpty ? .textEmphasis : .dueOverdue),
        ])
        let maximum = Double(o.difficultiesByStatus.map(\.count).max() ?? 0)
        for status in o.difficultiesByStatus {
            lines.append(BarChart.row(label: status.status.label[lang], value: Double(status.count), maximum: maximum,
                                      text: String(status.count), width: width, labelWidth: labelWidth, valueWidth: 7, style: style))
        }
        return lines
    }
}
