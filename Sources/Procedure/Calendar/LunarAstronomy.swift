import Foundation

/// The two astronomical quantities the Vietnamese lunar calendar is built from: the
/// day of each new moon and the sun's longitude, both seen from a fixed time zone.
///
/// This is Hồ Ngọc Đức's published algorithm ("Thuật toán tính âm lịch"), itself
/// after Jean Meeus, *Astronomical Algorithms* (1998). Its results are the ones
/// printed in Vietnamese calendars, which is what a ward office compares against.
/// The function names and constants follow the published text, so that the two
/// can be read side by side.
enum LunarAstronomy {
    /// The time zone of the Vietnamese calendar, in hours east of UTC.
    static let vietnamTimeZone = 7.0

    /// The mean length of a lunation, in days.
    static let synodicMonth = 29.530588853
    /// The Julian date of the new moon of 1900-01-01, the first of the series `k`.
    static let firstNewMoon = 2415021.076998695

    /// The Julian date (UT) of the `k`-th new moon after 1900-01-01.
    static func newMoon(_ k: Int) -> Double {
        let k = Double(k)
        let t = k / 1236.85  // Julian centuries since 1900-01-01 12:00
        let t2 = t * t
        let t3 = t2 * t
        let dr = Double.pi / 180
        var jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        jd1 += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
        let m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3  // sun's mean anomaly
        let mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3  // moon's mean anomaly
        let f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3  // moon's argument of latitude
        var c1 = (0.1734 - 0.000393 * t) * sin(m * dr) + 0.0021 * sin(2 * dr * m)
        c1 = c1 - 0.4068 * sin(mpr * dr) + 0.0161 * sin(dr * 2 * mpr)
        c1 = c1 - 0.0004 * sin(dr * 3 * mpr)
        c1 = c1 + 0.0104 * sin(dr * 2 * f) - 0.0051 * sin(dr * (m + mpr))
        c1 = c1 - 0.0074 * sin(dr * (m - mpr)) + 0.0004 * sin(dr * (2 * f + m))
        c1 = c1 - 0.0004 * sin(dr * (2 * f - m)) - 0.0006 * sin(dr * (2 * f + mpr))
        c1 = c1 + 0.0010 * sin(dr * (2 * f - mpr)) + 0.0005 * sin(dr * (2 * mpr + m))
        let deltaT: Double  // ΔT, the difference between terrestrial and universal time
        if t < -11 {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2
        }
        return jd1 + c1 - deltaT
    }

    /// The Julian day number of the civil day, in the time zone, of the `k`-th new moon.
    static func newMoonDay(_ k: Int, timeZone: Double = vietnamTimeZone) -> Int {
        Int((newMoon(k) + 0.5 + timeZone / 24).rounded(.down))
    }

    /// The sun's apparent longitude, in radians in [0, 2π), at a Julian date (UT).
    static func sunLongitude(_ jdn: Double) -> Double {
        let t = (jdn - 2451545.0) / 36525  // Julian centuries since 2000-01-01 12:00
        let t2 = t * t
        let dr = Double.pi / 180
        let m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2  // mean anomaly
        let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2  // mean longitude
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(dr * m)
        dl = dl + (0.019993 - 0.000101 * t) * sin(dr * 2 * m) + 0.000290 * sin(dr * 3 * m)
        let l = (l0 + dl) * dr
        return l - 2 * Double.pi * (l / (2 * Double.pi)).rounded(.down)
    }

    /// The sun's longitude at the start of a civil day, as the index (0…11) of the
    /// 30° sector it is in. Sector 9 starts at the winter solstice; a lunar month
    /// with no change of sector (no "major solar term") is a leap month.
    static func sunLongitudeSector(ofDay dayNumber: Int, timeZone: Double = vietnamTimeZone) -> Int {
        Int((sunLongitude(Double(dayNumber) - 0.5 - timeZone / 24) / Double.pi * 6).rounded(.down))
    }

    /// The day on which the 11th lunar month begins: the month that contains the
    /// winter solstice of the solar year `year`.
    static func month11Start(ofSolarYear year: Int, timeZone: Double = vietnamTimeZone) -> Int {
        let december31 = Day.julianDayNumber(year: year, month: 12, day: 31)
        let k = Int((Double(december31 - 2415021) / synodicMonth).rounded(.down))
        let start = newMoonDay(k, timeZone: timeZone)
        if sunLongitudeSector(ofDay: start, timeZone: timeZone) >= 9 {
            return newMoonDay(k - 1, timeZone: timeZone)
        }
        return start
    }

    /// In a lunar year with 13 months that starts with the 11th month at `month11Start`,
    /// how many months after it the leap month comes: the first with no solar-term change.
    static func leapMonthOffset(after month11Start: Int, timeZone: Double = vietnamTimeZone) -> Int {
        let k = Int(((Double(month11Start) - firstNewMoon) / synodicMonth + 0.5).rounded(.down))
        var i = 1
        var arc = sunLongitudeSector(ofDay: newMoonDay(k + i, timeZone: timeZone), timeZone: timeZone)
        var last: Int
        repeat {
            last = arc
            i += 1
            arc = sunLongitudeSector(ofDay: newMoonDay(k + i, timeZone: timeZone), timeZone: timeZone)
        } while arc != last && i < 14
        return i - 1
    }
}
