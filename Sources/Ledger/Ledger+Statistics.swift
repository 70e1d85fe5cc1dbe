import Foundation
import GRDB
import Procedure

/// The proposals of one period in one state, for the consolidated report's lists.
public struct PeriodListing: Sendable {
    public var state: ProposalState
    public var proposals: [ProposalSummary]
}

extension Ledger {
    /// The dashboard's and the report's figures for the proposals written in `period`,
    /// as of `today`.
    ///
    /// One pass over the period's rows of `proposal_fact` (schema v3-statistics): small
    /// integer and short text columns, one range of its primary key (the day of creation),
    /// streamed through `PeriodStatistics` one row at a time, so memory stays bounded by
    /// the kept lists. The titles of the few held and overdue proposals kept are read last.
    public func statistics(for period: Period, today: Day, listLimit: Int = 100) throws -> PeriodStatistics {
        try read { db in
            let context = StatisticsContext(period: period, today: today, calendar: try Self.loadCalendar(db),
                                            settings: try Self.loadSettings(db), organization: try Self.loadOrganization(db),
                                            listLimit: listLimit)
            var figures = PeriodStatistics(context)
            let statement = try db.cachedStatement(sql: Self.periodFactsSQL)
            let cursor = try Row.fetchCursor(statement, arguments: Self.periodDays(period))
            while let row = try cursor.next() {
                figures.add(Self.facts(row, title: ""))
            }
            figures.finish()
            let ids = figures.listedIDs
            if !ids.isEmpty {
                var titles: [String: String] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, title FROM proposal WHERE id IN (SELECT value FROM json_each(?))",
                                            arguments: [Self.jsonArray(ids.sorted())]) {
                    titles[row["id"]] = row["title"]
                }
                figures.name(titles)
            }
            return figures
        }
    }

    /// The proposals written in `period`, grouped by state in the order of the procedure,
    /// oldest first within a state: the lists of the consolidated report. Drafts are no
    /// one's business in the report (PROCEDURE.md §5): left out.
    public func listings(for period: Period) throws -> [PeriodListing] {
        try read { db in
            var groups: [ProposalState: [ProposalSummary]] = [:]
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT p.seq, p.id, p.title, p.state, p.awaiting_receipt, p.field, p.unit_id, p.reviewing_unit_id, p.proposer,
                       p.next_due, p.next_step, p.version, p.updated_at,
                       u.name AS unit_name, r.name AS reviewing_unit_name, o.name AS proposer_name
                FROM proposal p
                LEFT JOIN unit u ON u.id = p.unit_id
                LEFT JOIN unit r ON r.id = p.reviewing_unit_id
                LEFT JOIN officer o ON o.login = p.proposer
                WHERE \(Self.inPeriod) AND p.state <> 'draft' ORDER BY p.seq
                """, arguments: Self.periodDays(period))
            while let row = try cursor.next() {
                let summary = Self.summary(row)
                groups[summary.state, default: []].append(summary)
            }
            return ProposalState.allCases.compactMap { state in
                groups[state].map { PeriodListing(state: state, proposals: $0) }
            }
        }
    }

    /// The proposals whose facts `statistics` counts, as whole facts (for checks and tests).
    public func facts(for period: Period) throws -> [ProposalFacts] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.factColumns), p.title FROM proposal_fact f JOIN proposal p ON p.seq = f.seq
                WHERE f.created_day BETWEEN ? AND ? ORDER BY f.seq
                """, arguments: Self.periodDays(period)).map { Self.facts($0, title: $0["title"]) }
        }
    }

    // MARK: - Reading the rows

    /// The first and last day of a period as Julian day numbers: one range of
    /// `proposal_fact`'s primary key, whatever the period's length.
    static func periodDays(_ period: Period) -> StatementArguments {
        [period.first.julianDayNumber, period.last.julianDayNumber]
    }

    /// The proposals (`p`) written in a period (with `periodDays`): their rows found by
    /// `seq` from the period's range of `proposal_fact`, never by a scan of `proposal`.
    static let inPeriod = "p.seq IN (SELECT seq FROM proposal_fact WHERE created_day BETWEEN ? AND ?)"

    static func jsonArray(_ strings: [String]) -> String {
        let data = (try? JSONEncoder().encode(strings)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The columns `facts(_:title:)` reads, by position.
    static let factColumns = """
        f.id, f.state, f.awaiting_receipt, f.field, f.unit_id, f.reviewing_unit_id, f.proposer, f.created_day, f.last_change,
        f.receipt, f.last_return, f.decision, f.decision_kind, f.out_of_scope, f.resourced, f.planned_end, f.terminated,
        f.suspension_reason, f.report, f.evaluation, f.outcome, f.damage, f.abuse, f.findings, f.conclusion, f.measures,
        f.opinion_before_approval, f.opinion_before_evaluation, f.ballots,
        f.opinion_before_approval_day, f.resourced_day, f.closed, f.forwarded
        """

    /// The facts of one period, in the order of the primary key (the order of the figures
    /// does not depend on it: the kept lists are sorted on a total order).
    static let periodFactsSQL = "SELECT \(factColumns) FROM proposal_fact f WHERE f.created_day BETWEEN ? AND ?"

    static func facts(_ row: Row, title: String) -> ProposalFacts {
        func day(_ index: Int) -> Day? { (row[index] as Int?).map(Day.init(julianDayNumber:)) }
        func list(_ index: Int) -> [Substring] {
            (row[index] as String?).map { $0.split(separator: ",") } ?? []
        }
        let state = ProposalState(rawValue: row[1]) ?? .draft
        let evaluated = day(19)
        let outcome = evaluated == nil ? nil : (row[20] as String?).flatMap(Outcome.init(rawValue:))
        // The consequence is the domain's rule over the evaluation's outcome, damage, abuse and findings.
        var consequence: Consequence?
        if let outcome, let evaluated {
            let findings = list(23).compactMap { pair -> Finding? in
                let parts = pair.split(separator: "=")
                guard parts.count == 2, let kind = FindingKind(rawValue: String(parts[0])) else { return nil }
                return Finding(kind: kind, holds: parts[1] == "1", reason: "")
            }
            consequence = Evaluation(outcome: outcome, damage: row[21] as Bool, findings: findings,
                                     abuseFound: row[22] as Bool, objectiveCauses: "", subjectiveCauses: "",
                                     results: [], day: evaluated).consequence
        }
        return ProposalFacts(
            id: row[0], title: title, state: state, awaitingReceipt: row[2],
            field: ProposalField(rawValue: row[3]) ?? .other, unitID: row[4],
            reviewingUnitID: row[5], proposer: row[6],
            created: Day(julianDayNumber: row[7]), lastChange: Day(julianDayNumber: row[8]),
            receipt: day(9), lastReturn: day(10), decision: day(11),
            decisionKind: (row[12] as String?).flatMap(DecisionKind.init(rawValue:)),
            outOfScope: day(13), resourced: row[14],
            plannedEnd: day(15), terminated: day(16),
            report: day(18), evaluation: evaluated, outcome: (row[20] as String?).flatMap(Outcome.init(rawValue:)),
            consequence: consequence, conclusion: day(24),
            measures: list(25).compactMap { MeasureKind(rawValue: String($0)) },
            partyOpinionBeforeApproval: row[26], partyOpinionBeforeEvaluation: row[27],
            ballots: row[28],
            suspensionReason: row[17],
            opinionBeforeApproval: day(29), resourcedOn: day(30), closed: day(31), forwarded: day(32))
    }
}
