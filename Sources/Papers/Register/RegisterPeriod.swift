import Procedure

/// A period of the register: a year ("2026"), a half ("2026-H1"), a quarter ("2026-Q3")
/// or a month ("2026-07"). A proposal belongs to the period its submission day falls in.
public struct RegisterPeriod: Sendable, Hashable {
    public var first: Day
    public var last: Day
    /// As it was given, e.g. "2026-Q3".
    public var text: String

    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
        let parts = t.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let yearText = parts.first, yearText.count == 4, let year = Int(yearText), year >= 1900 else { return nil }
        var months: ClosedRange<Int>
        switch parts.count {
        case 1:
            months = 1...12
        case 2:
            let p = parts[1]
            if p.hasPrefix("Q"), let q = Int(p.dropFirst()), (1...4).contains(q) {
                months = (q - 1) * 3 + 1 ... q * 3
            } else if p.hasPrefix("H"), let h = Int(p.dropFirst()), (1...2).contains(h) {
                months = (h - 1) * 6 + 1 ... h * 6
            } else if let m = Int(p), (1...12).contains(m), p.count == 2 {
                months = m...m
            } else {
                return nil
            }
        default:
            return nil
        }
        guard let first = Day(year: year, month: months.lowerBound, day: 1),
              let nextMonthStart = months.upperBound == 12 ? Day(year: year + 1, month: 1, day: 1)
                                                         : Day(year: year, month: months.upperBound + 1, day: 1)
        else { return nil }
        self.first = first
        last = nextMonthStart.adding(days: -1)
        self.text = t
    }

    public func contains(_ day: Day) -> Bool { first <= day && day <= last }

    public var label: Localized {
        PapersText.fromTo(first.vietnamese, last.vietnamese)
    }
}
