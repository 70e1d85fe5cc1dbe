/// The one number of an act (issue 15): a decision (approve, reject, override), the
/// evaluation's conclusion ("Thông báo kết luận", TB) or a measure, given when the act is
/// recorded and printed everywhere after. "số/ký hiệu" per Nghị định 30/2020, Phụ lục III:
/// the number in its register, "/", the kind's symbol, "-", the issuing unit's code.
///
///     ActNumber(parsing: "157/QĐ-UBND")?.number   // 157
///     ActNumber.reference(7, symbol: "TB", code: "VHXH")   // "07/TB-VHXH"
///
/// A register (series) is one reviewing unit, one symbol and one year (of the act's day).
public struct ActNumber: Sendable, Hashable {
    /// The number in the register, 1 or more.
    public var number: Int
    /// The kind's symbol: "QĐ", "TB", …
    public var symbol: String
    /// The issuing unit's code: "UBND", "VHXH", "KTHTĐT".
    public var code: String

    /// The symbol of a decision (Quyết định).
    public static let decisionSymbol = "QĐ"
    /// The symbol of a conclusion, issued as a "Thông báo kết luận" (TB).
    public static let conclusionSymbol = "TB"

    /// Reads a typed "số/ký hiệu": ASCII digits (at most 6, not 0), "/", a symbol of
    /// upper-case letters A–Z and Đ, "-", a code of those letters
    /// and digits, possibly in several parts joined by "-". Nothing else: no spaces, no
    /// lower case, no other punctuation.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let digits = parts[0]
        guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let number = Int(digits), number >= 1 else { return nil }
        let rest = parts[1].split(separator: "-", omittingEmptySubsequences: false)
        guard rest.count >= 2, let symbol = rest.first, Self.isSymbol(symbol) else { return nil }
        let codeParts = rest.dropFirst()
        guard codeParts.allSatisfy(Self.isCodePart) else { return nil }
        self.number = number
        self.symbol = String(symbol)
        code = codeParts.joined(separator: "-")
    }

    /// Whether `text` is a unit's code as a number carries it: parts of letters A–Z and Đ
    /// and digits (each with a letter, at most 20), joined by "-".
    public static func isCode(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy(isCodePart)
    }

    /// "07/QĐ-VHXH": two digits at least, as registers print them.
    public static func reference(_ number: Int, symbol: String, code: String) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 2 - digits.count)) + digits + "/" + symbol + "-" + code
    }

    /// The letters of a symbol or a code: A–Z and Đ, nothing else, so that no look-alike
    /// (Cyrillic В, Icelandic Ð, full-width letters) makes a second "05/QĐ-UBND".
    private static func isUpperLetter(_ c: Character) -> Bool {
        c == "Đ" || (c.isASCII && c.isLetter && c.isUppercase)
    }

    private static func isSymbol(_ part: Substring) -> Bool {
        !part.isEmpty && part.count <= 10 && part.allSatisfy(isUpperLetter)
    }

    private static func isCodePart(_ part: Substring) -> Bool {
        !part.isEmpty && part.count <= 20 && part.allSatisfy { isUpperLetter($0) || ($0.isASCII && $0.isNumber) }
            && part.contains(where: isUpperLetter)
    }
}

/// Which kind of act an event records, with its number and day.
public enum ActKind: String, Sendable, Hashable, Codable, CaseIterable {
    case decision
    case conclusion
    case measure

    /// The symbol a number given by the register gets.
    public var symbol: String {
        switch self {
        case .decision, .measure: ActNumber.decisionSymbol
        case .conclusion: ActNumber.conclusionSymbol
        }
    }

    /// The symbol a typed number must carry, if the kind fixes one: a decision is a QĐ,
    /// a conclusion a TB; a measure may be recorded by another kind of paper (a TB of praise).
    public var requiredSymbol: String? {
        switch self {
        case .decision: ActNumber.decisionSymbol
        case .conclusion: ActNumber.conclusionSymbol
        case .measure: nil
        }
    }

    /// The symbols a typed number of this kind may carry: a measure is recorded by a
    /// decision (QĐ) or by a notice (TB, e.g. of praise); the others by their own.
    public var allowedSymbols: [String] {
        requiredSymbol.map { [$0] } ?? [ActNumber.decisionSymbol, ActNumber.conclusionSymbol]
    }

    /// The largest number a register gives (six digits, as a typed number may have).
    public static let largestNumber = 999_999
}

/// An act as an event records it.
public struct RecordedAct: Sendable, Hashable {
    public var kind: ActKind
    public var number: String
    public var day: Day
}

extension Change {
    /// The act this change records, if it is one: its kind, number (as recorded, possibly
    /// empty for a rejection recorded before issue 15) and day.
    public var act: RecordedAct? {
        switch self {
        case .decided(let decision): RecordedAct(kind: .decision, number: decision.number, day: decision.day)
        case .concluded(let conclusion): RecordedAct(kind: .conclusion, number: conclusion.number, day: conclusion.day)
        case .measureRecorded(let measure): RecordedAct(kind: .measure, number: measure.decisionNumber, day: measure.day)
        default: nil
        }
    }
}

extension Action {
    /// The act this action records, with what was typed as its number (blank: the
    /// register gives the next) and the day it will bear.
    public func act(today: Day) -> RecordedAct? {
        switch self {
        case .decide(_, let number, _, _): RecordedAct(kind: .decision, number: number, day: today)
        case .conclude(let number, _): RecordedAct(kind: .conclusion, number: number, day: today)
        case .measure(_, let number, let day, _, _): RecordedAct(kind: .measure, number: number, day: day)
        default: nil
        }
    }

    /// The same action with `number` as its act's number.
    public func numbered(_ number: String) -> Action {
        switch self {
        case let .decide(kind, _, reasons, statement):
            .decide(kind: kind, number: number, reasons: reasons, responsibilityStatement: statement)
        case let .conclude(_, text): .conclude(number: number, text: text)
        case let .measure(kind, _, day, decidedBy, reason):
            .measure(kind: kind, decisionNumber: number, day: day, decidedBy: decidedBy, reason: reason)
        default: self
        }
    }
}
