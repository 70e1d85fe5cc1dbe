/// Points 1 and 4 in figures, for a period: what the dashboard shows and the consolidated
/// report for the People's Committee prints.
///
///     let summary = try ledger.oversightSummary(from: Day(iso: "2026-07-01")!, to: Day(iso: "2026-09-30")!)
///     summary.coverage.percent            // 73
///     summary.overdueRecommendations      // [KT-2026-002 #1 …]
///
/// Period rules: briefings, inspections and difficulty reports count when they fall in
/// [from, to]; coverage is as of `to`; what is open or overdue is as of `today`, whatever
/// its date, because an old overdue recommendation is still overdue.
public struct OversightSummary: Sendable, Hashable, Codable {
    public struct BriefingLine: Sendable, Hashable, Codable {
        public var id: String
        public var day: Day
        public var unitID: String
        public var unitName: String
        public var presenter: String
        public var textIDs: [String]
        public var attendees: Int

        enum CodingKeys: String, CodingKey {
            case id, day, unitID, unitName, presenter, attendees
            case textIDs = "texts"
        }
    }

    public struct InspectionLine: Sendable, Hashable, Codable {
        public var id: String
        public var unitID: String
        public var unitName: String
        public var day: Day
        public var scope: String
        public var recommendations: Int
        public var open: Int
        public var overdue: Int
    }

    public struct RecommendationLine: Sendable, Hashable, Codable {
        public var inspectionID: String
        public var unitID: String
        public var unitName: String
        public var number: Int
        public var text: String
        public var due: Day
        public var status: RecommendationStatus
        public var overdue: Bool
        /// Calendar days past the due date (0 when not overdue).
        public var daysOverdue: Int
    }

    public struct StatusCount: Sendable, Hashable, Codable {
        public var status: DifficultyStatus
        public var count: Int
    }

    public struct DifficultyLine: Sendable, Hashable, Codable {
        public var id: String
        public var unitID: String
        public var unitName: String
        public var category: DifficultyCategory
        public var status: DifficultyStatus
        public var filedOn: Day
        /// The People's Committee's due date, once escalated.
        public var due: Day?
        public var overdue: Bool
        public var text: String
    }

    public var from: Day
    public var to: Day
    public var today: Day
    /// Point 1, as of `to`.
    public var coverage: Coverage
    /// Briefings held in the period, oldest first.
    public var briefings: [BriefingLine]
    /// Inspections held in the period, oldest first.
    public var inspections: [InspectionLine]
    /// Inspections with a recommendation not yet done, as of `today`.
    public var openInspections: [InspectionLine]
    /// Recommendations not yet done, by due date.
    public var openRecommendations: [RecommendationLine]
    /// Those of them past their due date.
    public var overdueRecommendations: [RecommendationLine]
    /// Reports filed in the period, by status (every status listed, zeros too).
    public var difficultiesByStatus: [StatusCount]
    /// Reports filed in the period, newest first.
    public var difficulties: [DifficultyLine]
    /// Reports still waiting for an answer, as of `today`, whenever filed.
    public var openDifficulties: [DifficultyLine]
    /// Escalations past the People's Committee's due date.
    public var overdueEscalations: [DifficultyLine]

    /// Computes the summary from the records (the fold of the events).
    public static func compute(records: OversightRecords, organization org: Organization, from: Day, to: Day,
                               today: Day) -> OversightSummary {
        let inPeriod = { (day: Day) in from <= day && day <= to }
        let name = { (id: String) in org.unit(id)?.name ?? id }
        let briefings = records.briefings.values.filter { inPeriod($0.day) }.sorted { ($0.day, $0.id) < ($1.day, $1.id) }
            .map { BriefingLine(id: $0.id, day: $0.day, unitID: $0.unitID, unitName: name($0.unitID), presenter: $0.presenter,
                                textIDs: $0.textIDs, attendees: $0.attendees.count) }
        func line(_ i: Inspection) -> InspectionLine {
            InspectionLine(id: i.id, unitID: i.unitID, unitName: name(i.unitID), day: i.day, scope: i.scope,
                           recommendations: i.recommendations.count,
                           open: i.recommendations.filter { !$0.status.isClosed }.count, overdue: i.overdue(today: today).count)
        }
        let allInspections = records.inspections.values.sorted { ($0.day, $0.id) < ($1.day, $1.id) }
        var open: [RecommendationLine] = []
        for inspection in allInspections {
            for r in inspection.recommendations where !r.status.isClosed {
                let overdue = r.isOverdue(today: today)
                open.append(RecommendationLine(inspectionID: inspection.id, unitID: inspection.unitID,
                                               unitName: name(inspection.unitID), number: r.number, text: r.text, due: r.due,
                                               status: r.status, overdue: overdue,
                                               daysOverdue: overdue ? r.due.days(until: today) : 0))
            }
        }
        open.sort { ($0.due, $0.inspectionID, $0.number) < ($1.due, $1.inspectionID, $1.number) }
        func line(_ d: DifficultyReport) -> DifficultyLine {
            DifficultyLine(id: d.id, unitID: d.unitID, unitName: name(d.unitID), category: d.category, status: d.status,
                           filedOn: d.filedOn, due: d.escalation?.due, overdue: d.isOverdue(today: today), text: d.text)
        }
        let filed = records.difficulties.values.filter { inPeriod($0.filedOn) }.sorted { ($0.filedOn, $0.id) > ($1.filedOn, $1.id) }
        let waiting = records.difficulties.values.filter { !$0.status.isClosed }.sorted { ($0.filedOn, $0.id) < ($1.filedOn, $1.id) }
        return OversightSummary(
            from: from, to: to, today: today,
            coverage: Coverage.compute(records: records, organization: org, asOf: min(to, today)),
            briefings: briefings,
            inspections: allInspections.filter { inPeriod($0.day) }.map(line),
            openInspections: allInspections.filter(\.isOpen).map(line),
            openRecommendations: open,
            overdueRecommendations: open.filter(\.overdue),
            difficultiesByStatus: DifficultyStatus.allCases.map { status in
                StatusCount(status: status, count: filed.filter { $0.status == status }.count)
            },
            difficulties: filed.map(line),
            openDifficulties: waiting.map(line),
            overdueEscalations: waiting.filter { $0.isOverdue(today: today) }.map(line))
    }
}
