import GRDB
import Procedure

extension Ledger {
    /// The dashboard's first figures for `period`: the proposals written in it by state,
    /// proposing unit and field (drafts left out, as `PeriodStatistics.add` does), read
    /// from `period_count` (schema v7-period-counts): at most one row per month and
    /// (state, unit, field), however many proposals the period holds. The other figures
    /// (step times, holders, outcomes) are `statistics(for:today:listLimit:)`'s, left at
    /// zero here.
    public func periodCounts(for period: Period, today: Day) throws -> PeriodStatistics {
        try read { db in
            let context = StatisticsContext(period: period, today: today, calendar: try Self.loadCalendar(db),
                                            settings: try Self.loadSettings(db), organization: try Self.loadOrganization(db),
                                            listLimit: 1)
            var figures = PeriodStatistics(context)
            let rows = try Row.fetchCursor(db, sql: """
                SELECT state, unit_id, field, SUM(n) FROM period_count
                WHERE month BETWEEN ? AND ? GROUP BY state, unit_id, field
                """, arguments: Self.periodMonths(period))
            while let row = try rows.next() {
                // The same readings as `facts(_:title:)`: an unknown state is no state
                // (not counted), an unknown field is "other".
                guard let state = ProposalState(rawValue: row[0]), state != .draft else { continue }
                let n: Int = row[3]
                // A count no ward reaches is an edited row (verify names it): left out, so
                // the sums below cannot overflow.
                guard n > 0, n <= 1_000_000_000 else { continue }
                figures.total += n
                figures.byState[state, default: 0] += n
                figures.byUnit[row[1] as String, default: 0] += n
                figures.byField[ProposalField(rawValue: row[2]) ?? .other, default: 0] += n
            }
            return figures
        }
    }

    /// The first and last month of a period as `period_count` keys them.
    static func periodMonths(_ period: Period) -> StatementArguments {
        [PeriodCounts.key(year: period.first.year, month: period.first.month),
         PeriodCounts.key(year: period.last.year, month: period.last.month)]
    }

    /// `period_count` recounted from `proposal_fact` and as stored, by key
    /// `period:MONTH:STATE:UNIT:FIELD` (for `countDisagreements`).
    static func periodCountKeys(_ db: Database) throws -> (real: [String: Int], stored: [String: Int]) {
        let key = "'period:' || %@ || ':' || state || ':' || unit_id || ':' || field"
        var real: [String: Int] = [:]
        let month = PeriodCounts.month(ofJulianDay: "created_day")
        for row in try Row.fetchAll(db, sql: """
            SELECT \(key.replacingOccurrences(of: "%@", with: month)) AS key, COUNT(*) AS n
            FROM proposal_fact GROUP BY \(month), state, unit_id, field
            """) {
            real[row["key"]] = row["n"]
        }
        var stored: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT \(key.replacingOccurrences(of: "%@", with: "month")) AS key, n FROM period_count") {
            stored[row["key"], default: 0] += row["n"] as Int
        }
        return (real, stored)
    }
}
