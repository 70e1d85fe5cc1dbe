import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Issue 14: the calendar uses the announced breaks of 2020–2026. The demo history's
/// deadlines follow them, and a database whose kept due days were computed on the
/// former (computed-only) calendar is recomputed by migration v4-announced-holidays
/// instead of failing verify.
@Suite struct AnnouncedHolidaysMigrationTests {
    /// The calendar as it was before the announced data: every announced year turned
    /// back into its computed defaults by adjustments.
    static func computedOnly() -> WorkingCalendar {
        var adjustments: [CalendarAdjustment] = []
        for year in AnnouncedHolidays.years {
            let computed = Set(VietnameseHolidays.defaults(for: year).map(\.day))
            guard var day = Day(year: year, month: 1, day: 1) else { continue }
            let base = WorkingCalendar()
            while day.year == year {
                let wasWorking = !day.isWeekend && !computed.contains(day)
                if base.isWorkingDay(day) != wasWorking {
                    adjustments.append(CalendarAdjustment(day: day, kind: wasWorking ? .workday : .dayOff, reason: "computed"))
                }
                day = day.adding(days: 1)
            }
        }
        return WorkingCalendar(adjustments: adjustments)
    }

    static func openProposals(_ demo: SpeedTests.DemoFile) throws -> [Proposal] {
        try demo.raw().read { db in
            try String.fetchAll(db, sql: "SELECT id FROM proposal WHERE next_due IS NOT NULL").compactMap { try Ledger.loadProposal($0, db: db) }
        }
    }

    @Test func theDemoHistorysDeadlinesUseTheAnnouncedBreaks() throws {
        let demo = try SpeedTests.DemoFile(proposals: 120)
        let open = try Self.openProposals(demo)
        let settings = try demo.raw().read { db in try Ledger.loadSettings(db) }
        let old = Self.computedOnly(), real = WorkingCalendar()
        // Some kept deadline crosses a day the announcements changed (Tết 2026, 2/01/2026 …).
        let differing = open.filter { $0.nextDue(calendar: old, settings: settings)?.due != $0.nextDue(calendar: real, settings: settings)?.due }
        #expect(!differing.isEmpty)
        let kept = try demo.raw().read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, next_due FROM proposal WHERE next_due IS NOT NULL")
                .map { (row: Row) -> (String, String) in (row["id"], row["next_due"]) })
        }
        for p in differing {
            #expect(kept[p.id] == p.nextDue(calendar: real, settings: settings)?.due.iso, "\(p.id)")
        }
        #expect(try demo.ledger.verify().ok)
    }

    @Test func anOldDatabaseIsRecomputedNotFailed() throws {
        let demo = try SpeedTests.DemoFile(proposals: 120)
        let old = Self.computedOnly()
        let open = try Self.openProposals(demo)
        let settings = try demo.raw().read { db in try Ledger.loadSettings(db) }
        // Back to v3: next_due as the computed-only calendar kept it, the migration not applied.
        try demo.raw().write { db in
            for p in open {
                try db.execute(sql: "UPDATE proposal SET next_due = ? WHERE id = ?",
                               arguments: [p.nextDue(calendar: old, settings: settings)?.due.iso, p.id])
            }
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v4-announced-holidays'")
        }
        // Read as it stands, verify names the deadlines the calendar change moved …
        let stale = try demo.ledger.verify()
        #expect(!stale.ok)
        // … and once migrated, none.
        let reopened = try Ledger.open(path: demo.path)
        #expect(try reopened.verify().ok)
        let applied = try demo.raw().read { db in
            try Bool.fetchOne(db, sql: "SELECT COUNT(*) > 0 FROM grdb_migrations WHERE identifier = 'v4-announced-holidays'")
        }
        #expect(applied == true)
    }
}
