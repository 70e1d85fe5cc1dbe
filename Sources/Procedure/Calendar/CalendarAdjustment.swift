/// An administrator's edit of one year: an extra day off, or a make-up working day
/// (ngày làm bù), or removing a computed holiday.
///
/// The government fixes the exact Tết break, and sometimes swaps days to make longer
/// breaks, by a decision each year. The decisions known when dexuat was released ship
/// as data (`AnnouncedHolidays`); a later one is recorded by the administrator as
/// adjustments, which win over both the shipped and the computed days:
///
///     // A break announced after the release (dates for illustration only):
///     // Friday 5 February 2027 off, made up on Saturday 20 February.
///     if let off = Day(iso: "2027-02-05"), let makeUp = Day(iso: "2027-02-20") {
///         calendar.adjustments += [
///             CalendarAdjustment(day: off, kind: .dayOff, reason: "Nghỉ Tết Đinh Mùi"),
///             CalendarAdjustment(day: makeUp, kind: .workday, reason: "Làm bù ngày 05/02"),
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
