import Foundation
import Testing
@testable import Procedure

// MARK: Day

@Test func dayParsesOnlyExactISODates() throws {
    let parsed = try requireDay("2026-02-17")
    #expect((parsed.year, parsed.month, parsed.day) == (2026, 2, 17))
    #expect(Day(iso: "2024-02-29") != nil)
    for text in ["2026-02-30", "2026-2-3", "abc", "", "2025-02-29", "2026-13-01", "2026-00-10",
                 "2026-01-00", "0000-01-01", "+026-02-03", " 2026-02-17", "2026-02-17 ", "2026/02/17",
                 "２０２６-02-17", "20260217"] {
        #expect(Day(iso: text) == nil, "accepted \"\(text)\"")
    }
}

@Test func dayValidatesItsParts() {
    #expect(Day(year: 2000, month: 2, day: 29) != nil)
    #expect(Day(year: 1900, month: 2, day: 29) == nil)
    #expect(Day(year: 2023, month: 2, day: 29) == nil)
    #expect(Day(year: 2026, month: 4, day: 31) == nil)
    #expect(Day(year: 2026, month: 12, day: 31) != nil)
    #expect(Day(year: 0, month: 1, day: 1) == nil)
    #expect(Day(year: 10000, month: 1, day: 1) == nil)
}

@Test func dayFormatsForFilesAndForPeople() throws {
    let tet = try requireDay("2026-02-17")
    #expect(tet.iso == "2026-02-17")
    #expect(tet.description == "2026-02-17")
    #expect(tet.vietnamese == "17/02/2026")
    #expect(try requireDay("0987-01-05").vietnamese == "05/01/0987")
}

@Test func weekdaysFollowISO() throws {
    #expect(try requireDay("1970-01-01").weekday == 4)  // Thursday
    #expect(try requireDay("2026-02-16").weekday == 1)  // Monday
    #expect(try requireDay("2026-02-17").weekday == 2)
    let saturday = try requireDay("2026-02-21")
    #expect(saturday.weekday == 6 && saturday.isWeekend)
    #expect(saturday.adding(days: 1).weekday == 7 && saturday.adding(days: 1).isWeekend)
    #expect(!saturday.adding(days: 2).isWeekend)
    #expect(!(try requireDay("2026-02-20")).isWeekend)
}

@Test func dayArithmeticCrossesMonthsYearsAndLeapDays() throws {
    #expect(try requireDay("2024-02-28").adding(days: 1) == (try requireDay("2024-02-29")))
    #expect(try requireDay("2023-02-28").adding(days: 1) == (try requireDay("2023-03-01")))
    #expect(try requireDay("2025-12-31").adding(days: 1) == (try requireDay("2026-01-01")))
    #expect(try requireDay("2026-01-01").adding(days: -1) == (try requireDay("2025-12-31")))
    #expect(try requireDay("2026-01-01").days(until: try requireDay("2027-01-01")) == 365)
    #expect(try requireDay("2024-01-01").days(until: try requireDay("2025-01-01")) == 366)
    #expect(try requireDay("2026-03-01").days(until: try requireDay("2026-02-01")) == -28)
    #expect(try requireDay("2000-01-01").julianDayNumber == 2_451_545)
    #expect(try requireDay("2026-02-17") < (try requireDay("2026-02-18")))
    #expect(try requireDay("2025-12-31") < (try requireDay("2026-01-01")))
}

@Test func julianDayNumbersRoundTrip() throws {
    var current = try requireDay("1899-12-25")
    let end = try requireDay("2101-01-05")
    var number = current.julianDayNumber
    while current < end {
        #expect(Day(julianDayNumber: number) == current)
        current = current.adding(days: 1)
        number += 1
        #expect(current.julianDayNumber == number)
    }
}

@Test func dayArithmeticStopsAtTheEndsOfTheCalendar() throws {
    #expect(try requireDay("9999-12-31").adding(days: 1) == (try requireDay("9999-12-31")))
    #expect(try requireDay("0001-01-01").adding(days: -1) == (try requireDay("0001-01-01")))
    #expect(Day(julianDayNumber: .max) == (try requireDay("9999-12-31")))
    #expect(Day(julianDayNumber: .min) == (try requireDay("0001-01-01")))
}

@Test func dayIsCodedAsAnISOString() throws {
    let data = try JSONEncoder().encode([try requireDay("2026-02-17")])
    #expect(String(decoding: data, as: UTF8.self) == #"["2026-02-17"]"#)
    #expect(try JSONDecoder().decode([Day].self, from: data) == [try requireDay("2026-02-17")])
    #expect(throws: DecodingError.self) {
        try JSONDecoder().decode([Day].self, from: Data(#"["2026-02-30"]"#.utf8))
    }
}

@Test func theVietnameseDateRollsOverAt17UTC() throws {
    #expect(Day.inVietnam(Date(timeIntervalSince1970: 1_771_261_200)) == (try requireDay("2026-02-17")))  // 17:00 UTC
    #expect(Day.inVietnam(Date(timeIntervalSince1970: 1_771_261_199)) == (try requireDay("2026-02-16")))  // 16:59:59 UTC
    #expect(try requireDay("2026-02-17").startInVietnam == Date(timeIntervalSince1970: 1_771_261_200))
    #expect(Day.inVietnam(Date(timeIntervalSince1970: -25_200)) == (try requireDay("1970-01-01")))
    #expect(Day.inVietnam(Date(timeIntervalSince1970: -25_201)) == (try requireDay("1969-12-31")))
    #expect(Day.inVietnam(Date(timeIntervalSince1970: .nan)) == (try requireDay("1970-01-01")))
}

// MARK: Default holidays

private func defaultDaysOff(_ year: Int) -> [Day: Holiday] {
    Dictionary(uniqueKeysWithValues: VietnameseHolidays.defaults(for: year).map { ($0.day, $0) })
}

@Test func fixedHolidaysAreDaysOff() throws {
    let holidays = defaultDaysOff(2026)
    for (iso, name) in [("2026-01-01", "New Year's Day"), ("2026-04-30", "Reunification Day"),
                        ("2026-05-01", "International Workers' Day"), ("2026-09-02", "National Day"),
                        ("2026-11-24", "Vietnam Culture Day")] {
        let holiday = try #require(holidays[try requireDay(iso)], "\(iso) is not a holiday")
        #expect(holiday.name[.en] == name)
        #expect(!holiday.isCompensation)
        #expect(!holiday.name[.vi].isEmpty && holiday.name[.vi] != holiday.name[.en])
    }
}

@Test func tetIsTheLastDayOfTheOldYearAndTheFirstFourOfTheNew() throws {
    for year in 2020...2035 {
        let tet = LunarCalendar.tet(of: year)
        let holidays = defaultDaysOff(year)
        for offset in -1...3 {
            #expect(holidays[tet.adding(days: offset)]?.isCompensation == false, "Tết \(year) \(offset)")
        }
        #expect(holidays[tet.adding(days: 4)]?.isCompensation != false)
    }
    let tet2026 = Set(try ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"].map { try requireDay($0) })
    #expect(Set(defaultDaysOff(2026).values.filter { $0.name[.en].hasPrefix("Lunar New Year") }.map(\.day)) == tet2026)
}

@Test(arguments: hungKingsTable)
func hungKingsDayIsADayOff(year: Int, iso: String) throws {
    #expect(defaultDaysOff(year)[try requireDay(iso)]?.name[.en] == "Hung Kings' Commemoration Day")
}

@Test func cultureDayIsOffOnlyFrom2026() throws {
    #expect(defaultDaysOff(2025)[try requireDay("2025-11-24")] == nil)
    #expect(WorkingCalendar().isWorkingDay(try requireDay("2025-11-24")))  // a Monday
    #expect(defaultDaysOff(2026)[try requireDay("2026-11-24")] != nil)
    #expect(!WorkingCalendar().isWorkingDay(try requireDay("2026-11-24")))
    #expect(defaultDaysOff(2027)[try requireDay("2027-11-24")] != nil)
}

@Test(arguments: [
    // 2/9 on Mon, Tue, Wed, Thu, Fri, Sat, Sun: the adjacent day that joins a weekend.
    (2024, "2024-09-03"), (2025, "2025-09-01"), (2026, "2026-09-03"), (2027, "2027-09-03"),
    (2022, "2022-09-01"), (2023, "2023-09-01"), (2029, "2029-09-03"),
])
func nationalDayHasAnAdjacentDayOff(year: Int, iso: String) throws {
    let holidays = defaultDaysOff(year)
    #expect(holidays[try requireDay("\(year)-09-02")]?.isCompensation == false)
    let adjacent = try #require(holidays[try requireDay(iso)])
    #expect(!adjacent.isCompensation)
    #expect(adjacent.name[.en] == "National Day (adjacent day)")
    #expect(holidays.values.filter { $0.name[.en] == "National Day (adjacent day)" }.count == 1)
}

@Test func holidaysOnWeekendsGiveCompensatingDaysOff() throws {
    // 2023: 1/1 on a Sunday; Tết eve and mùng 1 on Saturday and Sunday; Giỗ Tổ and
    // 30/4 on Saturday and Sunday (1/5, Monday, is itself a holiday); 2/9 on a Saturday.
    let holidays = defaultDaysOff(2023)
    let compensations = holidays.values.filter(\.isCompensation).map(\.day.iso).sorted()
    #expect(compensations == ["2023-01-02", "2023-01-26", "2023-01-27", "2023-05-02", "2023-05-03", "2023-09-04"])
    #expect(holidays[try requireDay("2023-01-02")]?.name[.vi] == "Nghỉ bù Tết Dương lịch")
    // 2026: Giỗ Tổ on Sunday 26/4 gives Monday 27/4.
    #expect(defaultDaysOff(2026)[try requireDay("2026-04-27")]?.isCompensation == true)
    // 2029: 2/9 on a Sunday; 3/9 is the adjacent day, so the compensation is 4/9.
    #expect(defaultDaysOff(2029)[try requireDay("2029-09-04")]?.isCompensation == true)
}

@Test func defaultsAreSortedWellFormedAndInTheirYear() {
    for year in 2000...2100 {
        let holidays = VietnameseHolidays.defaults(for: year)
        #expect(holidays.map(\.day) == holidays.map(\.day).sorted())
        #expect(Set(holidays.map(\.day)).count == holidays.count)
        #expect(holidays.allSatisfy { $0.day.year == year })
        #expect(holidays.filter(\.isCompensation).allSatisfy { !$0.day.isWeekend })
        #expect(holidays.filter { !$0.isCompensation }.count == (year >= 2026 ? 12 : 11))
        #expect(holidays.filter(\.isCompensation).count == holidays.filter { !$0.isCompensation && $0.day.isWeekend }.count)
    }
    #expect(VietnameseHolidays.defaults(for: 0).isEmpty)
}

@Test func twoHolidaysOnOneDayGiveOneDayOffNamedForBoth() throws {
    // Giỗ Tổ fell on 30/4 in 1947.
    let holiday = try #require(defaultDaysOff(1947)[try requireDay("1947-04-30")])
    #expect(holiday.name[.en] == "Hung Kings' Commemoration Day; Reunification Day")
}

// MARK: Working calendar

@Test func workingDaysAreWeekdaysThatAreNotHolidays() throws {
    // 2031 has no announced data: the computed defaults are the calendar.
    let calendar = WorkingCalendar()
    #expect(calendar.isWorkingDay(try requireDay("2031-03-05")))
    #expect(!calendar.isWorkingDay(try requireDay("2031-03-08")))  // Saturday
    #expect(!calendar.isWorkingDay(try requireDay("2031-03-09")))  // Sunday
    for holiday in VietnameseHolidays.defaults(for: 2031) {
        #expect(!calendar.isWorkingDay(holiday.day), "\(holiday.day)")
        #expect(calendar.holiday(on: holiday.day) == holiday)
        #expect(holiday.source == .computed)
    }
    #expect(calendar.holiday(on: try requireDay("2031-03-08")) == nil)
    #expect(calendar.daysOff(in: 2031) == VietnameseHolidays.defaults(for: 2031))
    #expect(calendar.makeUpDays(in: 2031).isEmpty)
}

@Test func aDeclaredMakeUpSaturdayIsAWorkingDay() throws {
    let saturday = try requireDay("2031-02-08")
    var calendar = WorkingCalendar()
    #expect(!calendar.isWorkingDay(saturday))
    let makeUp = CalendarAdjustment(day: saturday, kind: .workday, reason: "Làm bù ngày 13/02")
    calendar.adjustments.append(makeUp)
    #expect(calendar.isWorkingDay(saturday))
    #expect(calendar.holiday(on: saturday) == nil)
    #expect(calendar.makeUpDays(in: 2031) == [MakeUpDay(day: saturday, name: Localized(vi: makeUp.reason, en: makeUp.reason), source: .adjustment)])
    #expect(calendar.makeUpDays(in: 2030).isEmpty)
    // Friday 7/2 + 1 working day is now the Saturday.
    #expect(calendar.addingWorkingDays(1, to: try requireDay("2031-02-07")) == saturday)
}

@Test func aWorkdayAdjustmentCancelsAComputedHoliday() throws {
    let adjacent = try requireDay("2031-09-01")  // 2/9/2031 is a Tuesday
    #expect(WorkingCalendar().holiday(on: adjacent) != nil)
    let calendar = WorkingCalendar(adjustments: [CalendarAdjustment(day: adjacent, kind: .workday, reason: "Nghỉ 03/09 thay")])
    #expect(calendar.isWorkingDay(adjacent))
    #expect(calendar.holiday(on: adjacent) == nil)
    #expect(!calendar.daysOff(in: 2031).contains { $0.day == adjacent })
}

@Test func aDayOffAdjustmentAddsADayOffNamedByItsReason() throws {
    let friday = try requireDay("2031-03-14")
    let calendar = WorkingCalendar(adjustments: [CalendarAdjustment(day: friday, kind: .dayOff, reason: "Nghỉ bổ sung")])
    #expect(!calendar.isWorkingDay(friday))
    let holiday = try #require(calendar.holiday(on: friday))
    #expect(holiday.name[.vi] == "Nghỉ bổ sung" && holiday.name[.en] == "Nghỉ bổ sung")
    #expect(!holiday.isCompensation)
    #expect(holiday.source == .adjustment)
    let daysOff = calendar.daysOff(in: 2031)
    #expect(daysOff.contains(holiday))
    #expect(daysOff.count == VietnameseHolidays.defaults(for: 2031).count + 1)
    #expect(daysOff.map(\.day) == daysOff.map(\.day).sorted())
}

@Test func theLastAdjustmentOfADayWins() throws {
    let monday = try requireDay("2026-03-02")
    var calendar = WorkingCalendar(adjustments: [
        CalendarAdjustment(day: monday, kind: .dayOff, reason: "first"),
        CalendarAdjustment(day: monday, kind: .workday, reason: "second"),
    ])
    #expect(calendar.isWorkingDay(monday))
    calendar.adjustments.append(CalendarAdjustment(day: monday, kind: .dayOff, reason: "third"))
    #expect(!calendar.isWorkingDay(monday))
    #expect(calendar.holiday(on: monday)?.name[.vi] == "third")
    calendar.adjustments = []
    #expect(calendar.isWorkingDay(monday))
}

@Test func aDueDateSpansTet() throws {
    // Received Thursday 12/02/2026: Fri 13 is day 1, Tết is 16–20/02, then 23–27 and Mon 2/3.
    let receipt = try requireDay("2026-02-12")
    #expect(WorkingCalendar().addingWorkingDays(7, to: receipt) == (try requireDay("2026-03-02")))
    #expect(WorkingCalendar().workingDays(from: receipt, to: try requireDay("2026-03-02")) == 7)
    // An administrator also gives Friday 13/02: one day later.
    let decided = WorkingCalendar(adjustments: [CalendarAdjustment(day: try requireDay("2026-02-13"), kind: .dayOff, reason: "Nghỉ Tết")])
    #expect(decided.addingWorkingDays(7, to: receipt) == (try requireDay("2026-03-03")))
}

@Test func countingWorkingDays() throws {
    let calendar = WorkingCalendar()
    let monday = try requireDay("2026-03-02")
    #expect(calendar.workingDays(from: monday, to: monday) == 0)
    #expect(calendar.workingDays(from: monday, to: try requireDay("2026-03-06")) == 4)
    #expect(calendar.workingDays(from: try requireDay("2026-03-06"), to: try requireDay("2026-03-09")) == 1)
    #expect(calendar.workingDays(from: try requireDay("2026-03-09"), to: try requireDay("2026-03-06")) == -1)
    #expect(calendar.workingDays(from: try requireDay("2026-03-07"), to: try requireDay("2026-03-08")) == 0)
    #expect(calendar.addingWorkingDays(0, to: try requireDay("2026-03-07")) == (try requireDay("2026-03-07")))
    #expect(calendar.addingWorkingDays(1, to: try requireDay("2026-03-06")) == (try requireDay("2026-03-09")))
    #expect(calendar.addingWorkingDays(-1, to: try requireDay("2026-03-09")) == (try requireDay("2026-03-06")))
    #expect(calendar.addingWorkingDays(1, to: try requireDay("9999-12-31")) == (try requireDay("9999-12-31")))
}

@Test func addingAndCountingWorkingDaysAgree() throws {
    // Across announced years (with make-up Saturdays) and into computed ones.
    let calendar = WorkingCalendar(adjustments: [
        CalendarAdjustment(day: try requireDay("2026-02-07"), kind: .workday, reason: "make-up Saturday"),
        CalendarAdjustment(day: try requireDay("2026-02-13"), kind: .dayOff, reason: "extra day off"),
    ])
    var start = try requireDay("2024-12-15")
    while start < (try requireDay("2027-01-15")) {
        for count in 0...15 {
            let due = calendar.addingWorkingDays(count, to: start)
            #expect(calendar.workingDays(from: start, to: due) == count)
            if count > 0 {
                #expect(calendar.isWorkingDay(due))
                #expect(calendar.workingDays(from: start, to: due.adding(days: -1)) == count - 1)
            }
            if calendar.isWorkingDay(start) {
                #expect(calendar.workingDays(from: start, to: calendar.addingWorkingDays(-count, to: start)) == -count)
            }
        }
        start = start.adding(days: 1)
    }
}

@Test func dueStatusEdges() throws {
    let calendar = WorkingCalendar()
    let due = try requireDay("2026-03-09")  // Monday
    #expect(calendar.dueStatus(of: due, today: try requireDay("2026-03-10")) == .overdue)
    #expect(calendar.dueStatus(of: due, today: due) == .dueSoon)
    #expect(calendar.dueStatus(of: due, today: try requireDay("2026-03-06")) == .dueSoon)  // 1 WD left
    #expect(calendar.dueStatus(of: due, today: try requireDay("2026-03-05")) == .dueSoon)  // 2 WD left
    #expect(calendar.dueStatus(of: due, today: try requireDay("2026-03-04")) == .onTrack)  // 3 WD left
    #expect(calendar.dueStatus(of: due, today: try requireDay("2026-03-04"), soonWithin: 3) == .dueSoon)
    #expect(calendar.dueStatus(of: due, today: due, soonWithin: 0) == .dueSoon)
    #expect(calendar.dueStatus(of: due, today: try requireDay("2026-03-06"), soonWithin: 0) == .onTrack)
    #expect(calendar.dueStatus(of: due, today: due, soonWithin: -1) == .onTrack)
    #expect(calendar.dueStatus(of: try requireDay("2030-01-01"), today: due) == .onTrack)
}

@Test func dueStatusFollowsItsDefinition() throws {
    let calendar = WorkingCalendar()
    let first = try requireDay("2026-02-09")
    for todayOffset in 0..<40 {
        let today = first.adding(days: todayOffset)
        for dueOffset in 0..<40 {
            let due = first.adding(days: dueOffset)
            let expected: DueStatus = today > due ? .overdue
                : calendar.workingDays(from: today, to: due) <= 2 ? .dueSoon : .onTrack
            #expect(calendar.dueStatus(of: due, today: today) == expected, "due \(due), today \(today)")
        }
    }
}

@Test func calendarValuesHaveStableCodes() throws {
    #expect(CalendarAdjustment.Kind.dayOff.rawValue == "day_off")
    #expect(CalendarAdjustment.Kind.workday.rawValue == "workday")
    #expect(DueStatus.onTrack.rawValue == "on_track")
    #expect(DueStatus.dueSoon.rawValue == "due_soon")
    #expect(DueStatus.overdue.rawValue == "overdue")
    let adjustment = CalendarAdjustment(day: try requireDay("2026-02-07"), kind: .workday, reason: "Làm bù")
    let data = try JSONEncoder().encode(adjustment)
    #expect(try JSONDecoder().decode(CalendarAdjustment.self, from: data) == adjustment)
    #expect(String(decoding: data, as: UTF8.self).contains(#""2026-02-07""#))
    let holiday = try #require(VietnameseHolidays.defaults(for: 2026).first)
    #expect(try JSONDecoder().decode(Holiday.self, from: JSONEncoder().encode(holiday)) == holiday)
}
