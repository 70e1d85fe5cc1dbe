/// How a step with a working-day limit stands against its due date, as the inbox
/// marks it (PROCEDURE.md §4: due soon is within 2 working days).
public enum DueStatus: String, Sendable, Codable {
    /// More than the warning margin of working days remains.
    case onTrack = "on_track"
    /// The due date is today or within the warning margin of working days.
    case dueSoon = "due_soon"
    /// The due date has passed.
    case overdue = "overdue"
}
