/// A public holiday: a day on which public offices do not work and deadlines
/// counted in working days stand still.
///
///     VietnameseHolidays.defaults(for: 2026).first?.name[.en]   // "New Year's Day"
public struct Holiday: Hashable, Sendable, Codable {
    public let day: Day
    /// What the day is called, as shown by `dexuat calendar`.
    public let name: Localized
    /// A day off given because a holiday fell on a Saturday or Sunday (ngày nghỉ bù,
    /// Labor Code 2019 art. 112(3)).
    public let isCompensation: Bool
    /// Computed, announced (with its reference) or an administrator's adjustment.
    public let source: DaySource

    public init(day: Day, name: Localized, isCompensation: Bool = false, source: DaySource = .computed) {
        self.day = day
        self.name = name
        self.isCompensation = isCompensation
        self.source = source
    }
}
