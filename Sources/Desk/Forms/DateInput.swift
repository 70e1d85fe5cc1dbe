import Procedure

/// Reads a date as officers write it: Vietnamese `01/04/2026` (a single-digit day or month
/// is accepted: `1/4/2026`; the year has four digits) or ISO `2026-04-01` (`DayText`).
public enum DateInput {
    /// The day, or nil when the text names none.
    public static func parse(_ text: String) -> Day? {
        DayText.parse(text.trimmingSpaces)
    }
}

extension String {
    /// Without leading and trailing spaces.
    var trimmingSpaces: String {
        let characters = Array(self)
        guard let first = characters.firstIndex(where: { !$0.isWhitespace }),
              let last = characters.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(characters[first...last])
    }
}
