import Foundation
import Testing
@testable import Procedure

/// The announced breaks of 2020–2026 (PROCEDURE.md §4), each year written out here by
/// hand from the announcement cited beside it in `AnnouncedHolidays.swift` — not read
/// from the table — so a wrong or missing day in the table fails.
@Suite struct AnnouncedHolidaysTests {
    struct Announced: Sendable {
        var year: Int
        /// Every day off shipped for the year (holidays on a weekend included, when the
        /// law makes them holidays and a day in lieu follows).
        var daysOff: [String]
        /// Every make-up working Saturday (ngày làm bù).
        var makeUp: [String]
    }

    static let announced: [Announced] = [
        // Tết 23–29/01 (Bộ LĐTBXH); 2/9 one day (Labor Code 2012).
        Announced(year: 2020, daysOff: ["2020-01-01", "2020-01-23", "2020-01-24", "2020-01-27", "2020-01-28", "2020-01-29",
                                        "2020-04-02", "2020-04-30", "2020-05-01", "2020-09-02"], makeUp: []),
        // Tết 10–16/02; 1/5 Saturday → Monday 3/5; Quốc khánh 2–3/9.
        Announced(year: 2021, daysOff: ["2021-01-01", "2021-02-10", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16",
                                        "2021-04-21", "2021-04-30", "2021-05-01", "2021-05-03", "2021-09-02", "2021-09-03"], makeUp: []),
        // 1/1 Saturday → 3/1; Tết 29/01–06/02; Giỗ Tổ Sunday 10/4 → 11/4; 30/4–1/5 weekend → 2–3/5; Quốc khánh 1–2/9.
        Announced(year: 2022, daysOff: ["2022-01-01", "2022-01-03", "2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03",
                                        "2022-02-04", "2022-04-10", "2022-04-11", "2022-04-30", "2022-05-01", "2022-05-02",
                                        "2022-05-03", "2022-09-01", "2022-09-02"], makeUp: []),
        // 1/1 Sunday → 2/1; Tết 20–26/01 (8056/VPCP-KGVX); 29/4–3/5; Quốc khánh 1–4/9.
        Announced(year: 2023, daysOff: ["2023-01-01", "2023-01-02", "2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25",
                                        "2023-01-26", "2023-04-29", "2023-04-30", "2023-05-01", "2023-05-02", "2023-05-03",
                                        "2023-09-01", "2023-09-02", "2023-09-04"], makeUp: []),
        // Tết 8–14/02 (5015/TB-LĐTBXH); 29/4 moved to Saturday 4/5 (2450/VPCP-KGVX); Quốc khánh 2–3/9.
        Announced(year: 2024, daysOff: ["2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14",
                                        "2024-04-18", "2024-04-29", "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03"],
                  makeUp: ["2024-05-04"]),
        // Tết 25/01–02/02 with 27/01 moved to Saturday 8/2; 2/5 moved to Saturday 26/4; Quốc khánh 1–2/9 (8726/VPCP-KGVX).
        Announced(year: 2025, daysOff: ["2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31",
                                        "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"],
                  makeUp: ["2025-02-08", "2025-04-26"]),
        // 2/1 moved to Saturday 10/1 (12729/VPCP-KGVX); Tết 14–22/02; Giỗ Tổ Sunday 26/4 → 27/4; 31/8 moved to
        // Saturday 22/8, Quốc khánh 1–2/9 (Thông báo 9441, Bộ Nội vụ); 24/11 Ngày Văn hóa Việt Nam.
        Announced(year: 2026, daysOff: ["2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
                                        "2026-02-20", "2026-04-26", "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31",
                                        "2026-09-01", "2026-09-02", "2026-11-24"],
                  makeUp: ["2026-01-10", "2026-08-22"]),
    ]

    static func days(_ isos: [String]) -> Set<Day> {
        Set(isos.compactMap { Day(iso: $0) })
    }

    @Test(arguments: announced)
    func theYearIsTheAnnouncedOne(_ expected: Announced) throws {
        let calendar = WorkingCalendar()
        let daysOff = Self.days(expected.daysOff), makeUp = Self.days(expected.makeUp)
        #expect(daysOff.count == expected.daysOff.count && makeUp.count == expected.makeUp.count)
        #expect(Set(calendar.daysOff(in: expected.year).map(\.day)) == daysOff)
        #expect(Set(calendar.makeUpDays(in: expected.year).map(\.day)) == makeUp)
        // Every day of the year is a working day exactly when it is a weekday and not
        // announced off, or a make-up Saturday.
        var day = try #require(Day(year: expected.year, month: 1, day: 1))
        while day.year == expected.year {
            let working = makeUp.contains(day) || (!day.isWeekend && !daysOff.contains(day))
            #expect(calendar.isWorkingDay(day) == working, "\(day.iso)")
            day = day.adding(days: 1)
        }
        for makeUpDay in makeUp { #expect(makeUpDay.weekday == 6, "\(makeUpDay.iso) is a Saturday") }
        // Each day says where it comes from, with a reference.
        for holiday in calendar.daysOff(in: expected.year) {
            guard case .announced(let reference) = holiday.source else {
                Issue.record("\(holiday.day.iso) is not announced"); continue
            }
            #expect(!reference.isEmpty)
            #expect(!holiday.name[.vi].isEmpty && !holiday.name[.en].isEmpty)
        }
        for makeUpDay in calendar.makeUpDays(in: expected.year) {
            guard case .announced(let reference) = makeUpDay.source else {
                Issue.record("\(makeUpDay.day.iso) is not announced"); continue
            }
            #expect(!reference.isEmpty)
        }
    }

    @Test func everyShippedYearIsTestedHere() {
        #expect(Set(Self.announced.map(\.year)) == Set(AnnouncedHolidays.years))
        #expect(AnnouncedHolidays.year(2019) == nil)
        #expect(AnnouncedHolidays.year(AnnouncedHolidays.years.upperBound + 1) == nil)
    }

    /// A collective review (7 working days) or a 1-day step received just before Tết
    /// 2024: the real break is Thursday 8/02 to Wednesday 14/02; the computed default
    /// would have put it on 9/02 and 12–15/02.
    @Test func aDeadlineAcrossTet2024UsesTheRealBreak() throws {
        let calendar = WorkingCalendar()
        let receipt = try #require(Day(iso: "2024-02-07"))
        #expect(calendar.addingWorkingDays(1, to: receipt) == Day(iso: "2024-02-15"))
        #expect(calendar.addingWorkingDays(7, to: receipt) == Day(iso: "2024-02-23"))
        #expect(calendar.workingDays(from: receipt, to: try #require(Day(iso: "2024-02-15"))) == 1)
        // The computed default differs here: the test would fail on it.
        #expect(VietnameseHolidays.defaults(for: 2024).contains { $0.day == Day(iso: "2024-02-15") })
        #expect(!VietnameseHolidays.defaults(for: 2024).contains { $0.day == Day(iso: "2024-02-08") })
    }

    /// Tết 2025: Monday 27/01 to Friday 31/01 off, Saturday 8/02 worked. Received Friday
    /// 24/01: 3, 4, 5, 6, 7, Saturday 8 and Monday 10/02 are the seven working days (the
    /// computed default would give Tuesday 11/02).
    @Test func aDeadlineAcrossTet2025UsesTheRealBreakAndItsMakeUpSaturday() throws {
        let calendar = WorkingCalendar()
        let receipt = try #require(Day(iso: "2025-01-24"))
        #expect(calendar.addingWorkingDays(1, to: receipt) == Day(iso: "2025-02-03"))
        #expect(calendar.addingWorkingDays(6, to: receipt) == Day(iso: "2025-02-08"))
        #expect(calendar.addingWorkingDays(7, to: receipt) == Day(iso: "2025-02-10"))
        #expect(calendar.isWorkingDay(try #require(Day(iso: "2025-02-08"))))
        #expect(!calendar.isWorkingDay(try #require(Day(iso: "2025-01-27"))))
    }

    @Test func aYearWithNoDataIsStillComputed() throws {
        let calendar = WorkingCalendar()
        for year in [2019, 2031] {
            #expect(AnnouncedHolidays.year(year) == nil)
            let computed = VietnameseHolidays.defaults(for: year)
            #expect(!computed.isEmpty)
            #expect(calendar.daysOff(in: year) == computed)
            #expect(calendar.daysOff(in: year).allSatisfy { $0.source == .computed })
            #expect(calendar.makeUpDays(in: year).isEmpty)
        }
        // Tết 2031 falls on Thursday 23/01: the computed break is 22–24 and 27–28/01.
        for iso in ["2031-01-22", "2031-01-23", "2031-01-24", "2031-01-27", "2031-01-28"] {
            #expect(!calendar.isWorkingDay(try #require(Day(iso: iso))), "\(iso)")
        }
    }

    @Test func adjustmentsStillApplyOnTopOfAnnouncedData() throws {
        let makeUp = try #require(Day(iso: "2024-05-04")), tetDay = try #require(Day(iso: "2024-02-12"))
        let extra = try #require(Day(iso: "2024-02-15"))
        let calendar = WorkingCalendar(adjustments: [
            CalendarAdjustment(day: makeUp, kind: .dayOff, reason: "Không làm bù"),
            CalendarAdjustment(day: tetDay, kind: .workday, reason: "Trực Tết"),
            CalendarAdjustment(day: extra, kind: .dayOff, reason: "Nghỉ thêm"),
        ])
        #expect(!calendar.isWorkingDay(makeUp))
        #expect(calendar.isWorkingDay(tetDay))
        #expect(!calendar.isWorkingDay(extra))
        #expect(calendar.holiday(on: extra)?.source == .adjustment)
        #expect(calendar.makeUpDays(in: 2024).map(\.day) == [tetDay])
        #expect(calendar.makeUpDays(in: 2024).first?.source == .adjustment)
        #expect(!calendar.daysOff(in: 2024).contains { $0.day == tetDay })
        #expect(calendar.daysOff(in: 2024).first { $0.day == extra }?.source == .adjustment)
    }
}

extension AnnouncedHolidaysTests.Announced: CustomTestStringConvertible {
    var testDescription: String { "\(year)" }
}
