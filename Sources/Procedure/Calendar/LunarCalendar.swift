/// A date of the Vietnamese lunar calendar (âm lịch).
///
/// `year` is the solar year in which the lunar year begins: mùng 1 tháng Giêng of
/// lunar year 2026 is 2026-02-17. `isLeapMonth` marks the repeated month (tháng
/// nhuận) of a 13-month year, which carries the number of the month before it.
public struct LunarDate: Hashable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int
    public let isLeapMonth: Bool

    public init(year: Int, month: Int, day: Int, isLeapMonth: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.isLeapMonth = isLeapMonth
    }
}

/// The Vietnamese lunar calendar (âm lịch), computed astronomically for UTC+7 (Hồ
/// Ngọc Đức's published algorithm: new moons and sun longitude, time zone 7).
///
/// Two public holidays are lunar dates: Tết Nguyên đán and Giỗ Tổ Hùng Vương (10/3).
/// The calendar differs from the Chinese (UTC+8) calendar in some years, because a
/// new moon shortly before midnight in Hanoi falls after midnight in Beijing — for
/// example Tết 1985 (VN 21/01/1985, CN 20/02/1985) and Tết 2007 (VN 17/02/2007,
/// CN 18/02/2007), and Tết 2030 (VN 02/02/2030, CN 03/02/2030). Using a Chinese
/// calendar library would therefore be wrong.
///
/// Before Tết Mậu Thân 1968, calendars printed in Vietnam followed UTC+8, so some
/// lunar dates of those years differ from what this computes; deadlines never reach
/// back that far.
///
///     LunarCalendar.tet(of: 2026)                                  // 2026-02-17
///     LunarCalendar.solarDay(lunarYear: 2026, month: 3, day: 10)   // 2026-04-26
public enum LunarCalendar {
    /// The lunar date of a solar day.
    public static func lunarDate(of day: Day) -> LunarDate {
        let dayNumber = day.julianDayNumber
        // The published algorithm takes the new moon k or k + 1 of a mean-lunation
        // estimate; stepping until the month encloses the day also covers the rare
        // new moons near midnight where that guess is one lunation off (e.g. May 2054).
        var k = Int(((Double(dayNumber) - LunarAstronomy.firstNewMoon) / LunarAstronomy.synodicMonth).rounded(.down))
        while LunarAstronomy.newMoonDay(k) > dayNumber {
            k -= 1
        }
        while LunarAstronomy.newMoonDay(k + 1) <= dayNumber {
            k += 1
        }
        let monthStart = LunarAstronomy.newMoonDay(k)
        // The lunar year runs from one 11th month (the one holding the winter
        // solstice) to the next; find the pair that encloses this day.
        var a11 = LunarAstronomy.month11Start(ofSolarYear: day.year)
        var b11 = a11
        var lunarYear: Int
        if a11 >= monthStart {
            lunarYear = day.year
            a11 = LunarAstronomy.month11Start(ofSolarYear: day.year - 1)
        } else {
            lunarYear = day.year + 1
            b11 = LunarAstronomy.month11Start(ofSolarYear: day.year + 1)
        }
        let lunarDay = dayNumber - monthStart + 1
        let monthsAfter11 = Int((Double(monthStart - a11) / 29).rounded(.down))
        var isLeapMonth = false
        var lunarMonth = monthsAfter11 + 11
        if b11 - a11 > 365 {  // 13 lunar months between the two solstices: one is leap
            let leapOffset = LunarAstronomy.leapMonthOffset(after: a11)
            if monthsAfter11 >= leapOffset {
                lunarMonth = monthsAfter11 + 10
                isLeapMonth = monthsAfter11 == leapOffset
            }
        }
        if lunarMonth > 12 {
            lunarMonth -= 12
        }
        if lunarMonth >= 11 && monthsAfter11 < 4 {
            lunarYear -= 1
        }
        return LunarDate(year: lunarYear, month: lunarMonth, day: lunarDay, isLeapMonth: isLeapMonth)
    }

    /// The solar day of a lunar date, or nil when there is no such date: day 30 of a
    /// 29-day month, a leap month the year does not have, a month outside 1…12.
    public static func solarDay(lunarYear: Int, month: Int, day: Int, leapMonth: Bool = false) -> Day? {
        guard Day.years.contains(lunarYear), (1...12).contains(month), (1...30).contains(day) else {
            return nil
        }
        let start = monthStart(lunarYear: lunarYear, month: month, leapMonth: leapMonth)
        let candidate = Day(julianDayNumber: start + day - 1)
        // The inverse is exact, so asking it back rejects every impossible date at once.
        let wanted = LunarDate(year: lunarYear, month: month, day: day, isLeapMonth: leapMonth)
        return lunarDate(of: candidate) == wanted ? candidate : nil
    }

    /// Mùng 1 tháng Giêng, the first day of the lunar year that begins in the solar
    /// year `year` (between 21 January and 20 February).
    public static func tet(of year: Int) -> Day {
        let year = min(max(year, Day.years.lowerBound), Day.years.upperBound)
        return Day(julianDayNumber: monthStart(lunarYear: year, month: 1, leapMonth: false))
    }

    /// The Julian day number on which a lunar month begins. When `leapMonth` is asked
    /// of a month that is not leap, this is the ordinary month; callers check.
    private static func monthStart(lunarYear: Int, month: Int, leapMonth: Bool) -> Int {
        let a11: Int
        let b11: Int
        if month < 11 {
            a11 = LunarAstronomy.month11Start(ofSolarYear: lunarYear - 1)
            b11 = LunarAstronomy.month11Start(ofSolarYear: lunarYear)
        } else {
            a11 = LunarAstronomy.month11Start(ofSolarYear: lunarYear)
            b11 = LunarAstronomy.month11Start(ofSolarYear: lunarYear + 1)
        }
        let k = Int((0.5 + (Double(a11) - LunarAstronomy.firstNewMoon) / LunarAstronomy.synodicMonth).rounded(.down))
        var offset = month - 11
        if offset < 0 {
            offset += 12
        }
        if b11 - a11 > 365 {
            let leapOffset = LunarAstronomy.leapMonthOffset(after: a11)
            var leapMonthNumber = leapOffset - 2
            if leapMonthNumber < 0 {
                leapMonthNumber += 12
            }
            if (leapMonth && month == leapMonthNumber) || offset >= leapOffset {
                offset += 1
            }
        }
        return LunarAstronomy.newMoonDay(k + offset)
    }
}
