import Testing
@testable import Procedure

/// A day from a literal in a test table; the tables are written by hand, so a typo
/// must fail the test rather than crash it.
func requireDay(_ iso: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Day {
    try #require(Day(iso: iso), "not a date: \(iso)", sourceLocation: sourceLocation)
}

// Mùng 1 Tết, from published Vietnamese calendars (lịch vạn niên, UTC+7). 2030 is the
// Vietnamese date: the new moon is at 23:07 on 2 February in Hanoi, already 3 February
// in Beijing, so Chinese calendars print 03/02/2030.
private let tetTable: [(Int, String)] = [
    (2020, "2020-01-25"), (2021, "2021-02-12"), (2022, "2022-02-01"), (2023, "2023-01-22"),
    (2024, "2024-02-10"), (2025, "2025-01-29"), (2026, "2026-02-17"), (2027, "2027-02-06"),
    (2028, "2028-01-26"), (2029, "2029-02-13"), (2030, "2030-02-02"), (2031, "2031-01-23"),
    (2032, "2032-02-11"), (2033, "2033-01-31"), (2034, "2034-02-19"), (2035, "2035-02-08"),
]

// Giỗ Tổ Hùng Vương, 10/3 Âm lịch. 2020–2026 are the days the government gave off;
// 2023 is late because of the leap 2nd month; 2031 has a leap 3rd month, and the
// holiday is in the ordinary one.
let hungKingsTable: [(Int, String)] = [
    (2020, "2020-04-02"), (2021, "2021-04-21"), (2022, "2022-04-10"), (2023, "2023-04-29"),
    (2024, "2024-04-18"), (2025, "2025-04-07"), (2026, "2026-04-26"), (2027, "2027-04-16"),
    (2028, "2028-04-04"), (2029, "2029-04-23"), (2030, "2030-04-12"), (2031, "2031-04-01"),
    (2032, "2032-04-19"), (2033, "2033-04-09"), (2034, "2034-04-28"), (2035, "2035-04-17"),
]

@Test(arguments: tetTable)
func tetMatchesPublishedCalendars(year: Int, iso: String) throws {
    let expected = try requireDay(iso)
    #expect(LunarCalendar.tet(of: year) == expected)
    #expect(LunarCalendar.lunarDate(of: expected) == LunarDate(year: year, month: 1, day: 1))
}

@Test(arguments: hungKingsTable)
func hungKingsDayMatchesPublishedCalendars(year: Int, iso: String) throws {
    let expected = try requireDay(iso)
    #expect(LunarCalendar.solarDay(lunarYear: year, month: 3, day: 10) == expected)
    #expect(LunarCalendar.lunarDate(of: expected) == LunarDate(year: year, month: 3, day: 10))
}

@Test func vietnameseCalendarDiffersFromChineseWhereTheTimeZoneMatters() throws {
    // 1985: Vietnam began the year a month before China.
    #expect(LunarCalendar.tet(of: 1985) == (try requireDay("1985-01-21")))
    #expect(LunarCalendar.lunarDate(of: try requireDay("1985-02-20")) == LunarDate(year: 1985, month: 2, day: 1))
    // 2007: a day before China.
    #expect(LunarCalendar.tet(of: 2007) == (try requireDay("2007-02-17")))
    #expect(LunarCalendar.lunarDate(of: try requireDay("2007-02-18")) == LunarDate(year: 2007, month: 1, day: 2))
    // 2030: a day before China too.
    #expect(LunarCalendar.lunarDate(of: try requireDay("2030-02-03")) == LunarDate(year: 2030, month: 1, day: 2))
}

@Test func leapMonthsAreFoundAndNamedAfterTheMonthBefore() throws {
    // Tháng 4 nhuận 2020, tháng 2 nhuận 2023, tháng 6 nhuận 2025.
    for (year, month, iso) in [(2020, 4, "2020-05-23"), (2023, 2, "2023-03-22"), (2025, 6, "2025-07-25")] {
        let start = try requireDay(iso)
        #expect(LunarCalendar.solarDay(lunarYear: year, month: month, day: 1, leapMonth: true) == start)
        #expect(LunarCalendar.lunarDate(of: start) == LunarDate(year: year, month: month, day: 1, isLeapMonth: true))
        let ordinary = try #require(LunarCalendar.solarDay(lunarYear: year, month: month, day: 1))
        #expect(ordinary < start)
    }
    // No leap month in 2026.
    for month in 1...12 {
        #expect(LunarCalendar.solarDay(lunarYear: 2026, month: month, day: 1, leapMonth: true) == nil)
    }
}

@Test func impossibleLunarDatesHaveNoSolarDay() throws {
    #expect(LunarCalendar.solarDay(lunarYear: 2026, month: 0, day: 1) == nil)
    #expect(LunarCalendar.solarDay(lunarYear: 2026, month: 13, day: 1) == nil)
    #expect(LunarCalendar.solarDay(lunarYear: 2026, month: 1, day: 0) == nil)
    #expect(LunarCalendar.solarDay(lunarYear: 2026, month: 1, day: 31) == nil)
    // Day 30 exists exactly in the long months (tháng đủ), not in the short ones (tháng thiếu).
    var shortMonths = 0
    for month in 1...12 {
        let day29 = try #require(LunarCalendar.solarDay(lunarYear: 2026, month: month, day: 29))
        let isShort = LunarCalendar.lunarDate(of: day29.adding(days: 1)).day == 1
        if isShort { shortMonths += 1 }
        let day30 = LunarCalendar.solarDay(lunarYear: 2026, month: month, day: 30)
        #expect(isShort ? day30 == nil : day30 == day29.adding(days: 1))
    }
    #expect((4...8).contains(shortMonths))
}

@Test func lunarAndSolarDatesRoundTripEveryDay() throws {
    var current = try requireDay("2000-01-01")
    var previous = LunarCalendar.lunarDate(of: current.adding(days: -1))
    let end = try requireDay("2050-12-31")
    while current <= end {
        let lunar = LunarCalendar.lunarDate(of: current)
        #expect(LunarCalendar.solarDay(
            lunarYear: lunar.year, month: lunar.month, day: lunar.day, leapMonth: lunar.isLeapMonth) == current)
        // Consecutive days: the next day of the month, or the first of the next month.
        let continues = lunar.day == previous.day + 1 && lunar.month == previous.month
            && lunar.isLeapMonth == previous.isLeapMonth && lunar.year == previous.year
        let startsMonth = lunar.day == 1 && (29...30).contains(previous.day)
        #expect(continues || startsMonth, "\(current): \(previous) then \(lunar)")
        previous = lunar
        current = current.adding(days: 1)
    }
}

@Test func tetFallsBetween21JanuaryAnd20February() throws {
    for year in 1968...2100 {
        let tet = LunarCalendar.tet(of: year)
        #expect(tet.year == year)
        let earliest = try requireDay("\(year)-01-21")
        let latest = try requireDay("\(year)-02-20")
        #expect(tet >= earliest && tet <= latest, "Tết \(year): \(tet)")
    }
}
