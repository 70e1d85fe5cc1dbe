import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Issue 16, schema v7-period-counts: the dashboard's first figures (the proposals of a
/// period by state, unit and field) come from `period_count`, kept by triggers per month,
/// and must be exactly what the per-row pass (`Ledger.statistics`) counts, for every
/// period, after every kind of write; `verify` recounts the table.
@Suite("Period counts table")
struct PeriodCountsTests {
    /// Every month, quarter, half and year from `first` through `last` (years).
    static func periods(years: ClosedRange<Int>) -> [Period] {
        years.flatMap { year in
            (1...12).compactMap { Period(kind: .month, year: year, index: $0) }
                + (1...4).compactMap { Period(kind: .quarter, year: year, index: $0) }
                + (1...2).compactMap { Period(kind: .half, year: year, index: $0) }
                + [Period(kind: .year, year: year)].compactMap { $0 }
        }
    }

    /// The counts of every period equal the per-row figures', and verify's recount agrees.
    static func expectCountsAgree(_ ledger: Ledger, years: ClosedRange<Int>, today: Day, _ label: String,
                                  sourceLocation: SourceLocation = #_sourceLocation) throws {
        for period in periods(years: years) {
            let counts = try ledger.periodCounts(for: period, today: today)
            let rows = try ledger.statistics(for: period, today: today, listLimit: 1)
            #expect(counts.total == rows.total, "\(label): total of \(period)", sourceLocation: sourceLocation)
            #expect(counts.byState == rows.byState, "\(label): by state in \(period)", sourceLocation: sourceLocation)
            #expect(counts.byUnit == rows.byUnit, "\(label): by unit in \(period)", sourceLocation: sourceLocation)
            #expect(counts.byField == rows.byField, "\(label): by field in \(period)", sourceLocation: sourceLocation)
        }
        #expect(try ledger.countDisagreements() == [], "\(label)", sourceLocation: sourceLocation)
    }

    /// 09:00 in Vietnam, `days` calendar days after the fixture's Monday 3 March 2025.
    static func at(_ days: Int) -> Date {
        LedgerFixture.morning(of: Day.inVietnam(LedgerFixture.origin).adding(days: days))
    }

    @Test func countsFollowEveryWriteAndEqualThePerRowFigures() throws {
        let fixture = try LedgerFixture()
        let ledger = fixture.ledger
        let today = Day.inVietnam(Self.at(400))
        let staff = Actor(login: Ward.staff), head = Actor(login: Ward.head), clerk = Actor(login: Ward.clerk)
        try Self.expectCountsAgree(ledger, years: 2025...2026, today: today, "empty")

        // A draft is counted nowhere; submitted, it is.
        let a = try fixture.draft("Một", at: Self.at(0))
        try Self.expectCountsAgree(ledger, years: 2025...2025, today: today, "a draft")
        #expect(try ledger.periodCounts(for: try #require(Period(kind: .year, year: 2025)), today: today).total == 0)
        _ = try ledger.perform(.submit, on: a.id, by: staff, at: Self.at(1))
        try Self.expectCountsAgree(ledger, years: 2025...2025, today: today, "submitted")

        // Received, returned, and submitted again (back in an earlier state), two months on:
        // counted in the month it was written, in the state it is in now.
        _ = try ledger.perform(.receive(receiptNumber: ""), on: a.id, by: clerk, at: Self.at(1))
        _ = try ledger.perform(.returnForCompletion(reasons: "Thiếu kinh phí dự kiến."), on: a.id, by: head, at: Self.at(60))
        try Self.expectCountsAgree(ledger, years: 2025...2025, today: today, "returned after its month")
        _ = try ledger.perform(.submit, on: a.id, by: staff, at: Self.at(61))
        try Self.expectCountsAgree(ledger, years: 2025...2025, today: today, "submitted again")
        let march = try #require(Period(kind: .month, year: 2025, index: 3))
        #expect(try ledger.periodCounts(for: march, today: today).byState == [.received: 1])

        // Withdrawn; out of scope: states change long after the period.
        let b = try fixture.received("Hai", at: Self.at(10))
        _ = try ledger.perform(.returnForCompletion(reasons: "Thiếu mục tiêu."), on: b.id, by: head, at: Self.at(11))
        _ = try ledger.perform(.withdraw(reason: "Không còn cần."), on: b.id, by: staff, at: Self.at(200))
        let c = try fixture.received("Ba", at: Self.at(30))
        _ = try ledger.perform(.outOfScope(ground: OutOfScopeGround.allCases[0], reasons: "Không thuộc phạm vi.", channel: "Góp ý thường xuyên"),
                               on: c.id, by: head, at: Self.at(250))
        try Self.expectCountsAgree(ledger, years: 2025...2025, today: today, "withdrawn and out of scope")

        // The year's last minutes and the next year's first, in Vietnam (UTC+7): 23:59 on
        // 31/12/2025 is 16:59 UTC, 00:00 on 01/01/2026 is 17:00 UTC the same day.
        let lastDay = try #require(Day(year: 2025, month: 12, day: 31)), firstDay = try #require(Day(year: 2026, month: 1, day: 1))
        let late = try fixture.received("Bốn", at: lastDay.startInVietnam.addingTimeInterval(86_340))
        let early = try fixture.received("Năm", at: firstDay.startInVietnam)
        try Self.expectCountsAgree(ledger, years: 2025...2026, today: today, "a year boundary")
        let december = try #require(Period(kind: .month, year: 2025, index: 12))
        let january = try #require(Period(kind: .month, year: 2026, index: 1))
        #expect(try ledger.periodCounts(for: december, today: today).total == 1)
        #expect(try ledger.periodCounts(for: january, today: today).total == 1)
        #expect(late.state == .received)
        #expect(early.state == .received)
        #expect(try ledger.verify().ok)
    }

    @Test func aDemoCountsTheSameAsThePerRowPass() throws {
        let demo = try SpeedTests.DemoFile(proposals: 240)
        let today = Day.inVietnam(SpeedTests.DemoFile.now)
        try Self.expectCountsAgree(demo.ledger, years: 2024...2026, today: today, "demo")
        let year = Period(kind: .year, containing: today)
        #expect(try demo.ledger.periodCounts(for: year, today: today).total > 0)
        // At most one row per month and (state, unit, field): fewer rows than proposals.
        let rows = try demo.raw().read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM period_count") } ?? 0
        #expect(rows > 0 && rows < 240)
    }

    @Test func anOldDatabaseGetsItsCountsAtTheUpgrade() throws {
        let demo = try SpeedTests.DemoFile(proposals: 90)
        let today = Day.inVietnam(SpeedTests.DemoFile.now)
        try demo.raw().write { db in
            try db.execute(sql: """
                DROP TRIGGER period_count_insert; DROP TRIGGER period_count_delete; DROP TRIGGER period_count_update;
                DROP TABLE period_count;
                DELETE FROM grdb_migrations WHERE identifier = 'v7-period-counts';
                """)
        }
        let reopened = try Ledger.open(path: demo.path)
        try Self.expectCountsAgree(reopened, years: 2025...2026, today: today, "upgraded")
        #expect(try reopened.verify().ok)
    }

    @Test func verifyNamesACountEditedDeletedOrAdded() throws {
        let edits = [
            "UPDATE period_count SET n = n + 1 WHERE (month, state, unit_id, field) IN (SELECT month, state, unit_id, field FROM period_count LIMIT 1)",
            "DELETE FROM period_count WHERE (month, state, unit_id, field) IN (SELECT month, state, unit_id, field FROM period_count LIMIT 1)",
            "INSERT INTO period_count VALUES (202601, 'received', 'VHXH', 'other', 1000) ON CONFLICT DO UPDATE SET n = n + 1000",
            "UPDATE period_count SET month = 209901 WHERE (month, state, unit_id, field) IN (SELECT month, state, unit_id, field FROM period_count LIMIT 1)",
        ]
        for edit in edits {
            let copy = try SpeedTests.DemoFile(proposals: 30)
            try copy.raw().write { db in try db.execute(sql: edit) }
            let keys = try copy.ledger.countDisagreements()
            #expect(keys.contains { $0.hasPrefix("period:") }, "\(edit)")
            #expect(try !copy.ledger.verify().ok, "\(edit)")
        }
    }
}
