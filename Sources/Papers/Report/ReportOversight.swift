import Foundation
import Procedure

/// Part VI of the report: points 1 and 4 of Công văn 432 (dissemination; guidance and
/// inspection), from the oversight records.
extension ConsolidatedReport {
    func oversightParagraphs(_ style: NumberStyle) -> [String] {
        guard let o = oversight else {
            return [t(PapersText.noFiguresBriefingsInspectionsDifficulty)]
        }
        let n = { (value: Int) in self.number(value, style) }
        let c = o.coverage
        return [PapersText.disseminationPointOfficerTextAcknowledgements(n(c.acknowledged), n(c.expected), c.percent, n(c.missing.count), n(o.briefings.count), n(o.inspections.count), n(o.openInspections.count), n(o.overdueRecommendations.count), n(o.difficulties.count), n(o.openDifficulties.count), n(o.overdueEscalations.count))[language]]
    }

    func oversightTables(_ style: NumberStyle) -> [ReportTable] {
        guard let o = oversight else { return [] }
        let n = { (value: Int) in self.number(value, style) }
        let textNumber = Dictionary(o.coverage.texts.map { ($0.textID, $0.number) }, uniquingKeysWith: { first, _ in first })
        let yes = t(PapersText.yesCapitalised), no = t(PapersText.noCapitalised)
        var tables: [ReportTable] = []
        tables.append(ReportTable(
            id: "coverage_units", title: t(PapersText.coverageUnit),
            headers: [t(PapersText.unit), t(PapersText.officers),
                      t(PapersText.complete), t(PapersText.acknowledgementsColumn),
                      t(PapersText.share)],
            rows: o.coverage.units.map { [$0.unitName, n($0.officers), n($0.complete), "\(n($0.acknowledged))/\(n($0.expected))", "\($0.percent)%"] },
            numeric: [1, 2, 3, 4]))
        tables.append(ReportTable(
            id: "coverage_texts", title: t(PapersText.coverageText),
            headers: [t(PapersText.textColumn), t(PapersText.acknowledged),
                      t(PapersText.briefed), t(PapersText.missing),
                      t(PapersText.share)],
            rows: o.coverage.texts.map { ["\($0.number)", "\(n($0.acknowledged))/\(n($0.officers))", n($0.briefed), n($0.missing.count), "\($0.percent)%"] },
            numeric: [1, 2, 3, 4]))
        tables.append(ReportTable(
            id: "coverage_missing", title: t(PapersText.officersStillMissingTexts),
            headers: [t(PapersText.officer), t(PapersText.unit),
                      t(PapersText.textsMissing), t(PapersText.briefed)],
            rows: o.coverage.missing.map { [$0.name, $0.unitID, $0.textIDs.map { textNumber[$0] ?? $0 }.joined(separator: "; "), $0.briefed ? yes : no] }))
        tables.append(ReportTable(
            id: "briefings", title: t(PapersText.briefingsPeriod),
            headers: [t(PapersText.date), t(PapersText.unit),
                      t(PapersText.presenter), t(PapersText.texts),
                      t(PapersText.attendees)],
            rows: o.briefings.map { [$0.day.vietnamese, $0.unitName, $0.presenter, $0.textIDs.map { textNumber[$0] ?? $0 }.joined(separator: "; "), n($0.attendees)] },
            numeric: [4]))
        tables.append(ReportTable(
            id: "inspections", title: t(PapersText.inspectionsPeriodThoseStillOpen),
            headers: [t(PapersText.id), t(PapersText.unit), t(PapersText.date),
                      t(PapersText.scope), t(PapersText.recommendations),
                      t(PapersText.open), t(PapersText.overdueColumn)],
            rows: (o.inspections + o.openInspections.filter { open in !o.inspections.contains { $0.id == open.id } })
                .map { [$0.id, $0.unitName, $0.day.vietnamese, $0.scope, n($0.recommendations), n($0.open), n($0.overdue)] },
            numeric: [4, 5, 6]))
        tables.append(ReportTable(
            id: "open_recommendations", title: t(PapersText.recommendationsNotYetDone),
            headers: [t(PapersText.inspection), t(PapersText.unit),
                      t(PapersText.recommendation), t(PapersText.dueColumn),
                      t(PapersText.status), t(PapersText.overdueDays)],
            rows: o.openRecommendations.map { ["\($0.inspectionID) #\($0.number)", $0.unitName, $0.text, $0.due.vietnamese, t($0.status.label),
                                               $0.overdue ? n($0.daysOverdue) : "—"] },
            numeric: [5]))
        tables.append(ReportTable(
            id: "difficulties_by_status", title: t(PapersText.difficultyReportsPeriodStatus),
            headers: [t(PapersText.status), t(PapersText.reports)],
            rows: o.difficultiesByStatus.map { [t($0.status.label), n($0.count)] }, numeric: [1]))
        tables.append(ReportTable(
            id: "open_difficulties", title: t(PapersText.difficultyReportsAwaitingAnswer),
            headers: [t(PapersText.id), t(PapersText.unit), t(PapersText.category),
                      t(PapersText.status), t(PapersText.filed),
                      t(PapersText.committeeDue), t(PapersText.contentColumn)],
            rows: o.openDifficulties.map { [$0.id, $0.unitName, t($0.category.label), t($0.status.label), $0.filedOn.vietnamese,
                                            ($0.due?.vietnamese ?? "—") + ($0.overdue ? " (" + t(PapersText.overdueWord) + ")" : ""),
                                            $0.text] }))
        return tables
    }
}
