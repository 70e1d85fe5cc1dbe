/// An administrator's edit of one year: an extra day off, or a make-up working day
/// (ngày làm bù), or removing a computed holiday.
///
/// The government fixes the exact Tết break, and sometimes swaps days to make longer
/// breaks, by a decision each year; the computed defaults cannot know it, so the
/// administrator records the decision as adjustments:
///
///     // Tết 2025: Monday 27 January off, made up on Saturday 8 February.
///     if let off = Day(iso: "2025-01-27"), let makeUp = Day(iso: "2025-02-08") {
///         calendar.adjustments += [
///             CalendarAdjustment(day: off, kind: .dayOff, reason: "Nghỉ Tết Ất Tỵ"),
///             CalendarAdjustment(day: makeUp, kind: .workday, reason: "Làm bù ngày 27/01"),
///         ]
///     }
public struct CalendarAdjustment: Hashable, Sendable, Codable {
    /// What the adjustment makes of its day.
    public enum Kind: String, Sendable, Codable {
        /// A day off: no work, whatever the weekday.
        case dayOff = "day_off"
        /// A working day: a make-up Saturday or Sunday, or a computed holiday cancelled.
        case workday = "workday"
    }

    public let day: Day
    public let kind: Kind
    /// Why, in the administrator's words (usually the decision that fixed it); shown
    /// as the name of the day off.
    public let reason: String

    public init(day: Day, kind: Kind, reason: String) {
        self.day = day
        self.kind = kind
        self.reason = reason
    }
}
