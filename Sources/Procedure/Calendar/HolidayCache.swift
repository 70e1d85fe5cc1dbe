import Foundation

/// The days off and make-up days of each year before any administrator's adjustment —
/// the announced ones (`AnnouncedHolidays`) where the year has them, the computed
/// defaults (`VietnameseHolidays`) otherwise — worked out once and then looked up.
///
/// Working out a year takes lunar astronomy (tens of microseconds); deadlines are
/// computed for up to a million proposals, so `WorkingCalendar` asks this cache,
/// which holds each year touched. The base calendar depends only on the year, so one
/// cache is shared by every calendar; a lock makes it safe to use from any thread.
final class HolidayCache: @unchecked Sendable {
    static let shared = HolidayCache()

    /// One year's base calendar.
    struct Year {
        var holidays: [Day: Holiday]
        var makeUpDays: [Day: MakeUpDay]
    }

    private var years: [Int: Year] = [:]
    private let lock = NSLock()

    /// The announced or computed holiday on a day, if any.
    func holiday(on day: Day) -> Holiday? {
        year(day.year).holidays[day]
    }

    /// Whether a day is a working day before adjustments: a make-up day, or a weekday
    /// that is no holiday.
    func isWorkingDay(_ day: Day) -> Bool {
        let year = year(day.year)
        if year.makeUpDays.index(forKey: day) != nil { return true }
        return !day.isWeekend && year.holidays.index(forKey: day) == nil
    }

    func year(_ year: Int) -> Year {
        lock.lock()
        defer { lock.unlock() }
        if let known = years[year] {
            return known
        }
        // Computed under the lock: it happens once per year and keeps the code simple.
        let computed = Self.base(of: year)
        years[year] = computed
        return computed
    }

    /// Announced data where the year has it, computed defaults only for years with none.
    static func base(of year: Int) -> Year {
        if let announced = AnnouncedHolidays.year(year) {
            return Year(
                holidays: Dictionary(announced.daysOff.map { ($0.day, $0) }, uniquingKeysWith: { first, _ in first }),
                makeUpDays: Dictionary(announced.makeUpDays.map { ($0.day, $0) }, uniquingKeysWith: { first, _ in first }))
        }
        return Year(
            holidays: Dictionary(VietnameseHolidays.defaults(for: year).map { ($0.day, $0) }, uniquingKeysWith: { first, _ in first }),
            makeUpDays: [:])
    }
}
