import Procedure

/// Reads a date as officers write it: ISO `2026-04-01` or Vietnamese `01/04/2026`
/// (a single-digit day or month is accepted: `1/4/2026`).
public enum DateInput {
    /// The day, or nil when the text names none.
    public static func parse(_ text: String) -> Day? {
        let trimmed = text.trimmingSpaces
        if let day = Day(iso: trimmed) { return day }
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return Day(year: year, month: month, day: day)
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
