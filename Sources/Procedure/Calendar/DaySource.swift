/// Where a day off or a make-up working day of the calendar comes from: what
/// `dexuat calendar` tells the officer beside each day.
public enum DaySource: Hashable, Sendable, Codable {
    /// Worked out by the rules of the Labor Code (`VietnameseHolidays`), for a year
    /// whose breaks the government has not announced (or not yet).
    case computed
    /// Announced by the government, as shipped in `AnnouncedHolidays`, with the
    /// reference of the announcement.
    case announced(reference: String)
    /// Recorded by an administrator (`CalendarAdjustment`); it overrides both.
    case adjustment
}

/// A Saturday or Sunday worked to make up a moved day off (ngày làm bù), or a holiday
/// cancelled by an administrator.
public struct MakeUpDay: Hashable, Sendable {
    public let day: Day
    /// What the day makes up for (announced), or the administrator's reason.
    public let name: Localized
    public let source: DaySource

    public init(day: Day, name: Localized, source: DaySource) {
        self.day = day
        self.name = name
        self.source = source
    }
}
