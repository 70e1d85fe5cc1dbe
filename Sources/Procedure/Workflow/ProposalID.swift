import Foundation

/// A proposal's id: the year in Vietnam and the proposal's number in that year,
/// "2026-000058". Made here and only here, by every way a proposal comes to be (the
/// command line, the Desk, paper imports, the demo), so that one format holds
/// everywhere.
///
/// Officers type it shorter: "58" (this year's 58th) or "2026-58"; databases written
/// before the format was one hold "2026-058". `candidates` gives every stored spelling
/// of what was typed, so a lookup by the unique id index finds any of them.
public struct ProposalID: Sendable, Hashable {
    /// Digits of the number in a made id: room for a million proposals a year.
    public static let width = 6

    public var year: Int?
    public var number: Int

    /// "2026-000058": the one format of a new proposal's id.
    public static func make(year: Int, number: Int) -> String {
        let digits = String(number)
        return "\(year)-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// What an officer typed as an id: "2026-000058", "2026-058", "2026-58" or "58"
    /// (spaces around it ignored). Nil for anything else.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        func digits(_ s: Substring) -> Int? {
            guard !s.isEmpty, s.count <= 9, s.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
            return Int(s)
        }
        switch parts.count {
        case 1:
            guard let n = digits(parts[0]), n > 0 else { return nil }
            year = nil
            self.number = n
        case 2:
            guard parts[0].count == 4, let y = digits(parts[0]), let n = digits(parts[1]), n > 0 else { return nil }
            year = y
            self.number = n
        default:
            return nil
        }
    }

    /// Every stored spelling of this id in `year` (its own year when it has one): the
    /// made format and the narrower zero-paddings of older databases.
    public func candidates(year fallback: Int) -> [String] {
        let y = year ?? fallback
        let digits = String(number)
        let made = Self.make(year: y, number: number)
        var spellings = [made]
        for width in digits.count..<max(digits.count, Self.width) {
            let spelled = "\(y)-" + String(repeating: "0", count: width - digits.count) + digits
            if spelled != made { spellings.append(spelled) }
        }
        return spellings
    }
}
