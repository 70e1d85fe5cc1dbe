import Foundation
import Ledger
import Procedure

/// The consolidated report for the ward People's Committee (point 4 of Công văn 432):
/// every figure of the dashboard for a period, the proposals of the period by state, and
/// the overdue cases with their reasons. Built once from the ledger, then written as
/// Markdown, HTML (A4, Nghị định 30/2020 layout) or CSV by the renderers of this folder.
///
///     let report = try ConsolidatedReport.load(from: ledger, period: try Period.parse("2026-Q3"),
///                                              today: Day.inVietnam(.now), language: .vi)
///     let html = HTMLReport.render(report)
public struct ConsolidatedReport: Sendable {
    public var statistics: PeriodStatistics
    public var listings: [PeriodListing]
    /// The figures of points 1 and 4: coverage of the briefings, inspections and their
    /// recommendations, difficulty reports.
    public var oversight: OversightSummary?
    /// §7.3: the members' own evaluation forms and the collective evaluations, apart.
    public var evaluationForms: EvaluationFormCounts?
    public var language: Language
    /// The place in "Uông Bí, ngày … tháng … năm …".
    public var place: String
    /// The chain's head when the report was made, printed on it (PROCEDURE.md §5).
    public var checkpoint: ChainCheckpoint

    public init(statistics: PeriodStatistics, listings: [PeriodListing], oversight: OversightSummary? = nil,
                checkpoint: ChainCheckpoint, language: Language, place: String = "Uông Bí") {
        self.statistics = statistics
        self.checkpoint = checkpoint
        self.listings = listings
        self.oversight = oversight
        self.language = language
        self.place = place
    }

    /// Reads the figures and lists of `period` as of `today`. The report lists every
    /// held proposal and every overdue case (`listLimit` of each at most).
    public static func load(from ledger: Ledger, period: Period, today: Day, language: Language,
                            listLimit: Int = 10_000) throws -> ConsolidatedReport {
        let statistics = try ledger.statistics(for: period, today: today, listLimit: listLimit)
        let listings = try ledger.listings(for: period)
        let oversight = try ledger.oversightSummary(from: period.first, to: period.last, today: today)
        let forms = try ledger.evaluationFormCounts(for: period)
        // Read last: the code names a head that holds at least every event the figures saw.
        let checkpoint = try ledger.chainHead().checkpoint
        var report = ConsolidatedReport(statistics: statistics, listings: listings, oversight: oversight, checkpoint: checkpoint,
                                        language: language)
        report.evaluationForms = forms
        return report
    }

    var period: Period { statistics.context.period }
    var today: Day { statistics.context.today }
    var organization: Organization { statistics.context.organization }

    func t(_ text: Localized) -> String { text[language] }

    /// The ward People's Committee: the root of the unit tree.
    var wardUnit: Procedure.Unit? {
        organization.units.values.filter { $0.parentID == nil }.min { $0.id < $1.id }
    }

    /// The Culture-Society office, which consolidates the report (point 4): the unit of
    /// the inspectors; the ward itself when there is none.
    var issuingUnit: Procedure.Unit? {
        let inspectorUnits = organization.grants.filter { $0.role == .inspector }.map(\.unitID).sorted()
        return inspectorUnits.first.flatMap(organization.unit) ?? wardUnit
    }

    func unitName(_ id: String) -> String { organization.unit(id)?.name ?? id }

    func officerName(_ login: String?) -> String? {
        login.map { organization.officer($0)?.name ?? $0 }
    }
}
