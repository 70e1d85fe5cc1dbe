import Foundation

/// A civil date in Vietnam (UTC+7), without a time of day.
///
/// Deadlines of the procedure are counted in whole days ("7 working days from
/// receipt"), so the domain speaks of days, not of instants. A `Day` is encoded as
/// an ISO 8601 string, the way it is stored and exported:
///
///     let receipt = Day(iso: "2026-02-12")     // Optional(2026-02-12)
///     receipt?.vietnamese                       // "12/02/2026"
///     receipt?.adding(days: 7)                  // 2026-02-19
///
/// Arithmetic uses the proleptic Gregorian calendar and fixed UTC+7 (Vietnam has
/// no daylight saving time), never the machine's calendar or time zone. Years run
/// from 1 to 9999.
public struct Day: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The first and last years a `Day` can hold: those with four-digit ISO forms.
    static let years = 1...9999

    /// A day from its parts, or nil when they name no date ("30 February").
    public init?(year: Int, month: Int, day: Int) {
        guard Self.years.contains(year), (1...12).contains(month),
              (1...Self.daysInMonth(month, of: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// A day from its ISO form, exactly `YYYY-MM-DD` ("2026-02-17"); nil on anything else.
    public init?(iso: String) {
        let bytes = Array(iso.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = Self.number(bytes[0..<4]),
              let month = Self.number(bytes[5..<7]),
              let day = Self.number(bytes[8..<10])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// "2026-02-17": the form stored, exported and given on the command line.
    public var iso: String {
        "\(Self.padded(year, to: 4))-\(Self.padded(month, to: 2))-\(Self.padded(day, to: 2))"
    }

    /// "17/02/2026": the form Vietnamese documents use.
    public var vietnamese: String {
        "\(Self.padded(day, to: 2))/\(Self.padded(month, to: 2))/\(Self.padded(year, to: 4))"
    }

    public var description: String { iso }

    /// The ISO weekday: 1 is Monday (thứ Hai) … 7 is Sunday (Chủ nhật).
    public var weekday: Int {
        // Julian day number 0 was a Monday.
        Self.floorModulo(julianDayNumber, 7) + 1
    }

    /// Saturday or Sunday, the weekly rest days of public offices.
    public var isWeekend: Bool { weekday >= 6 }

    /// The day `days` calendar days later (earlier when negative).
    public func adding(days: Int) -> Day {
        Day(julianDayNumber: julianDayNumber + days)
    }

    /// Calendar days from this day to `other`: positive when `other` is later.
    public func days(until other: Day) -> Int {
        other.julianDayNumber - julianDayNumber
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    // MARK: Julian day numbers

    /// The Julian day number: a count of days that makes date arithmetic a subtraction.
    public var julianDayNumber: Int {
        Self.julianDayNumber(year: year, month: month, day: day)
    }

    /// The Julian day number of a date's parts, without validating them.
    static func julianDayNumber(year: Int, month: Int, day: Int) -> Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }

    /// The day of a Julian day number. Numbers before 0001-01-01 or after 9999-12-31
    /// are clamped to those days, so that arithmetic never traps.
    public init(julianDayNumber: Int) {
        let j = min(max(julianDayNumber, Self.firstJulianDayNumber), Self.lastJulianDayNumber)
        // Fliegel & Van Flandern's inverse, valid for every day in range.
        let a = j + 32044
        let b = (4 * a + 3) / 146_097
        let c = a - 146_097 * b / 4
        let d = (4 * c + 3) / 1461
        let e = c - 1461 * d / 4
        let m = (5 * e + 2) / 153
        self.day = e - (153 * m + 2) / 5 + 1
        self.month = m + 3 - 12 * (m / 10)
        self.year = 100 * b + d - 4800 + m / 10
    }

    static let firstJulianDayNumber = 1_721_426  // 0001-01-01
    static let lastJulianDayNumber = 5_373_484  // 9999-12-31

    // MARK: Instants

    /// Seconds east of UTC in Vietnam, all year round.
    static let vietnamOffset: TimeInterval = 7 * 3600
    /// The Julian day number of 1970-01-01, the reference day of `Date`'s Unix time.
    static let unixEpochJulianDayNumber = 2_440_588

    /// The civil date in Vietnam at an instant: 17:00 UTC is already the next day there.
    public static func inVietnam(_ date: Date) -> Day {
        let days = ((date.timeIntervalSince1970 + vietnamOffset) / 86_400).rounded(.down)
        // Clamp before converting: an absurd Date must not trap (NaN becomes the epoch).
        let bounded = days.isNaN ? 0 : min(max(days, -3_000_000), 3_000_000)
        return Day(julianDayNumber: unixEpochJulianDayNumber + Int(bounded))
    }

    /// Midnight at the start of this day in Vietnam (17:00 UTC the day before).
    public var startInVietnam: Date {
        let seconds = TimeInterval(julianDayNumber - Self.unixEpochJulianDayNumber) * 86_400
        return Date(timeIntervalSince1970: seconds - Self.vietnamOffset)
    }

    // MARK: Codable

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected a date as YYYY-MM-DD, found \"\(text)\"")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    // MARK: Helpers

    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysInMonth(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func floorModulo(_ value: Int, _ divisor: Int) -> Int {
        let remainder = value % divisor
        return remainder < 0 ? remainder + divisor : remainder
    }

    /// The value of ASCII digits, or nil when any byte is not a digit.
    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func padded(_ value: Int, to width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
