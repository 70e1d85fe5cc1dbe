import DemoWard
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

    /// A demo ward whose "now" is the eve of Tết 2025: open deadlines cross the real
    /// break (27–31/01, Saturday 08/02 worked), which the computed calendar had on
    /// 28/01–03/02.
    final class EveOfTet2025 {
        static let now = Day(year: 2025, month: 1, day: 22).map { $0.startInVietnam.addingTimeInterval(10 * 3600) }
            ?? Date(timeIntervalSince1970: 1_737_500_000)
        let directory = LedgerFixture.temporaryDirectory()
        let path: String
        let ledger: Ledger

        init(proposals: Int = 120) throws {
            path = directory.appendingPathComponent("demo.sqlite").path
            ledger = try Ledger.open(path: path, create: true)
            let org = DemoWard.organization()
            let generator = DemoGenerator(proposals: proposals, seed: 432, now: Self.now, calendar: try ledger.calendar())
            try ledger.importDemo(organization: org, administrator: org.grants.first { $0.role == .admin }?.login ?? "",
                                  at: Self.now, batch: 50) { sink in try generator.generate(sink) }
        }

        deinit { try? FileManager.default.removeItem(at: directory) }

        func raw() throws -> DatabaseQueue {
            // The `event` view and its triggers use dexuat's functions (v7-event-packing).
            var config = Configuration()
            config.prepareDatabase { db in Ledger.prepareConnection(db) }
            return try DatabaseQueue(path: path, configuration: config)
        }

        func proposals(open: Bool) throws -> [Proposal] {
            try raw().read { db in
                try String.fetchAll(db, sql: "SELECT id FROM proposal" + (open ? " WHERE next_due IS NOT NULL" : ""))
                    .compactMap { try Ledger.loadProposal($0, db: db) }
            }
        }

        func settings() throws -> ProcedureSettings {
            try raw().read { db in try Ledger.loadSettings(db) }
        }
    }

    @Test func theDemoHistorysDeadlinesUseTheAnnouncedBreaks() throws {
        let demo = try EveOfTet2025()
        let settings = try demo.settings()
        let old = Self.computedOnly(), real = WorkingCalendar()
        // The history's step deadlines (a year of them) are those of the announced breaks.
        let history = try demo.proposals(open: false)
        #expect(history.contains { $0.clocks(calendar: old, settings: settings).map(\.due) != $0.clocks(calendar: real, settings: settings).map(\.due) })
        // Kept deadlines of open proposals cross Tết 2025 and are the real ones.
        let open = try demo.proposals(open: true)
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
        let demo = try EveOfTet2025()
        let old = Self.computedOnly()
        let open = try demo.proposals(open: true)
        let settings = try demo.settings()
        #expect(try demo.ledger.verify().ok)
        // Back to v3: next_due as the computed-only calendar kept it, the migration not applied.
        try demo.raw().write { db in
            for p in open {
                try db.execute(sql: "UPDATE proposal SET next_due = ? WHERE id = ?",
                               arguments: [p.nextDue(calendar: old, settings: settings)?.due.iso, p.id])
            }
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v4-announced-holidays'")
        }
        // Read as it stands, verify names the deadlines the calendar change moved, and only those …
        let stale = try demo.ledger.verify()
        let moved = open.filter { $0.nextDue(calendar: old, settings: settings)?.due != $0.nextDue(calendar: WorkingCalendar(), settings: settings)?.due }
        #expect(!moved.isEmpty)
        // (meta "schema" disagrees too: its migration row was removed above.)
        let dueProblems = stale.problems.filter { "\($0)".contains("next_due") }
        #expect(Set(dueProblems.map { "\($0)" }) == Set(moved.map { "recordDisagrees(table: \"proposal\", key: \"\($0.id) next_due\")" }))
        // … and once migrated, none.
        let reopened = try Ledger.open(path: demo.path)
        #expect(try reopened.verify().ok)
        let applied = try demo.raw().read { db in
            try Bool.fetchOne(db, sql: "SELECT COUNT(*) > 0 FROM grdb_migrations WHERE identifier = 'v4-announced-holidays'")
        }
        #expect(applied == true)
    }
}
