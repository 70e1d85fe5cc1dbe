import Testing
@testable import Procedure

/// The dashboard counts working days from a table of the calendar: every answer must be
/// the calendar's own, inside the table's span, across its edges and outside it.
@Suite("Working-day table")
struct WorkingDayTableTests {
    @Test func everyAnswerIsTheCalendars() throws {
        let first = try #require(Day(year: 2026, month: 1, day: 20))
        let last = try #require(Day(year: 2026, month: 3, day: 10))
        // Tết Bính Ngọ falls inside; a declared make-up Saturday and an extra day off too.
        let saturday = try #require(Day(year: 2026, month: 2, day: 28))
        let friday = try #require(Day(year: 2026, month: 3, day: 6))
        let calendar = WorkingCalendar(adjustments: [
            CalendarAdjustment(day: saturday, kind: .workday, reason: "Làm bù"),
            CalendarAdjustment(day: friday, kind: .dayOff, reason: "Nghỉ bù"),
        ])
        let table = WorkingDayTable(calendar: calendar, from: first, through: last)
        // Days from before the span to after it, so that the edges and the fallback are met.
        let days = (-12...62).map { first.adding(days: $0) }
        for from in days {
            for to in days {
                #expect(table.workingDays(from: from, to: to) == calendar.workingDays(from: from, to: to), "\(from) → \(to)")
            }
            for count in [0, 1, 2, 5, 7, 10, 30, 45] {
                #expect(table.addingWorkingDays(count, to: from) == calendar.addingWorkingDays(count, to: from), "\(count) after \(from)")
            }
        }
    }
}
