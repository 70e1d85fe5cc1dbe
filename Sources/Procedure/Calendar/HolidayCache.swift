import Foundation

/// The computed default holidays of each year, worked out once and then looked up.
///
/// Working out a year takes lunar astronomy (tens of microseconds); deadlines are
/// computed for up to a million proposals, so `WorkingCalendar` asks this cache,
/// which holds each year touched. Defaults depend only on the year, so one cache is
/// shared by every calendar; a lock makes it safe to use from any thread.
final class HolidayCache: @unchecked Sendable {
    static let shared = HolidayCache()

    /// The default holidays of one year, by day.
    private var years: [Int: [Day: Holiday]] = [:]
    private let lock = NSLock()

    /// The computed default holiday on a day, if any.
    func holiday(on day: Day) -> Holiday? {
        holidays(in: day.year)[day]
    }

    /// Whether a day is a computed default holiday (or a compensating day off).
    func isHoliday(_ day: Day) -> Bool {
        holidays(in: day.year).index(forKey: day) != nil
    }

    private func holidays(in year: Int) -> [Day: Holiday] {
        lock.lock()
        defer { lock.unlock() }
        if let known = years[year] {
            return known
        }
        // Computed under the lock: it happens once per year and keeps the code simple.
        let computed = Dictionary(
            VietnameseHolidays.defaults(for: year).map { ($0.day, $0) },
            uniquingKeysWith: { first, _ in first })
        years[year] = computed
        return computed
    }
}
