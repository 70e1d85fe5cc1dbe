/// The public holidays of Vietnam as the law fixes them in advance (Labor Code 2019
/// art. 112, PROCEDURE.md §4), computed for any year.
///
/// These are *defaults*: each year the government decides the exact Tết break and
/// may swap days to make longer breaks. The years already announced ship as data
/// (`AnnouncedHolidays`) and replace these; for other years the administrator records
/// the decisions as `CalendarAdjustment`s; `WorkingCalendar` combines all three.
///
///     VietnameseHolidays.defaults(for: 2026).map(\.day.iso)
///     // ["2026-01-01", "2026-02-16", …, "2026-09-02", "2026-09-03", "2026-11-24"]
public enum VietnameseHolidays {
    /// The first year with Ngày Văn hóa Việt Nam (24/11) as a day off (Nghị quyết 80-NQ/TW).
    static let cultureDayFirstYear = 2026

    /// The computed default public holidays of a solar year, with compensating days
    /// off, sorted by day.
    public static func defaults(for year: Int) -> [Holiday] {
        guard Day.years.contains(year) else { return [] }
        var holidays = statutoryHolidays(in: year)
        holidays += compensatingDays(for: holidays)
        return holidays.sorted { $0.day < $1.day }
    }

    /// The holidays named by the law, one per day, before any compensation.
    static func statutoryHolidays(in year: Int) -> [Holiday] {
        var byDay: [Day: Localized] = [:]
        func add(_ day: Day?, _ name: Localized) {
            guard let day, day.year == year else { return }
            // Two holidays on one day (Giỗ Tổ can fall on 30/4 or 1/5) give one day off.
            if let other = byDay[day] {
                byDay[day] = Localized(vi: other.vi + "; " + name.vi, en: other.en + "; " + name.en)
            } else {
                byDay[day] = name
            }
        }

        add(Day(year: year, month: 1, day: 1), Localized(vi: "Tết Dương lịch", en: "New Year's Day"))

        // Tết Nguyên đán: 5 days. By default the last day of the old lunar year and
        // mùng 1 to mùng 4 of the new one; the real break is fixed each year by decision.
        let tet = LunarCalendar.tet(of: year)
        add(tet.adding(days: -1), Localized(
            vi: "Tết Nguyên đán (ngày cuối năm Âm lịch)",
            en: "Lunar New Year (last day of the lunar year)"))
        for offset in 0..<4 {
            add(tet.adding(days: offset), Localized(
                vi: "Tết Nguyên đán (mùng \(offset + 1))",
                en: "Lunar New Year (day \(offset + 1))"))
        }

        add(LunarCalendar.solarDay(lunarYear: year, month: 3, day: 10), Localized(
            vi: "Giỗ Tổ Hùng Vương (10/3 Âm lịch)", en: "Hung Kings' Commemoration Day"))
        add(Day(year: year, month: 4, day: 30), Localized(
            vi: "Ngày Giải phóng miền Nam, thống nhất đất nước", en: "Reunification Day"))
        add(Day(year: year, month: 5, day: 1), Localized(
            vi: "Ngày Quốc tế Lao động", en: "International Workers' Day"))

        let nationalDay = Day(year: year, month: 9, day: 2)
        add(nationalDay, Localized(vi: "Quốc khánh", en: "National Day"))
        if let nationalDay {
            add(nationalDayCompanion(of: nationalDay), Localized(
                vi: "Quốc khánh (ngày liền kề)", en: "National Day (adjacent day)"))
        }

        if year >= cultureDayFirstYear {
            add(Day(year: year, month: 11, day: 24), Localized(
                vi: "Ngày Văn hóa Việt Nam", en: "Vietnam Culture Day"))
        }
        return byDay.map { Holiday(day: $0.key, name: $0.value, isCompensation: false) }
    }

    /// The day off that joins Quốc khánh (2/9): the law gives "2/9 and one day before
    /// or after", and the government picks one each year. By default we pick the
    /// adjacent weekday that best joins the break to a weekend: 1/9 when 2/9 is a
    /// Tuesday, Friday or Saturday, 3/9 otherwise (Monday, Wednesday, Thursday, Sunday).
    static func nationalDayCompanion(of nationalDay: Day) -> Day {
        switch nationalDay.weekday {
        case 2, 5, 6: nationalDay.adding(days: -1)
        default: nationalDay.adding(days: 1)
        }
    }

    /// A compensating day off for each holiday on a Saturday or Sunday: the next day
    /// that is a weekday and not itself a holiday or already a compensating day
    /// (Labor Code 2019 art. 112(3)).
    static func compensatingDays(for holidays: [Holiday]) -> [Holiday] {
        var taken = Set(holidays.map(\.day))
        var compensations: [Holiday] = []
        for holiday in holidays.sorted(by: { $0.day < $1.day }) where holiday.day.isWeekend {
            var day = holiday.day.adding(days: 1)
            while day.isWeekend || taken.contains(day) {
                day = day.adding(days: 1)
            }
            taken.insert(day)
            compensations.append(Holiday(
                day: day,
                name: Localized(vi: "Nghỉ bù " + holiday.name.vi, en: "Day off in lieu of " + holiday.name.en),
                isCompensation: true))
        }
        return compensations
    }
}
