import Procedure
import Terminal

/// A whole number: an amount in đồng, written the way officers write it (`MoneyAmount`:
/// `120 triệu`, `1,2 tỷ`, `120.000.000`), or a percentage (digits, 0–100). The amount
/// read is shown beside the field as it is typed, and text that is no amount is marked
/// there at once, never read as its digits.
///
/// A number the form fills in (the last progress, the funding asked) is replaced by
/// the first character typed, not added to: `0` then `150` is 150, not "0150".
public struct AmountField: Sendable, Equatable {
    /// What the number counts, shown after the field.
    public enum Unit: Sendable, Equatable {
        case dong
        case percent

        public var suffix: Localized {
            switch self {
            case .dong: FormText.dongSuffix
            case .percent: FormText.percentSuffix
            }
        }
    }

    /// The text typed.
    public private(set) var editor: LineEditor
    public var unit: Unit
    /// The highest value allowed (100 for a percentage).
    public var maximum: Int64?
    /// The text is the value the form filled in, untouched yet.
    public private(set) var prefilled: Bool

    /// The widest box an amount gets.
    static let boxWidth = 20

    public init(_ value: Int64? = nil, unit: Unit, maximum: Int64? = nil) {
        editor = LineEditor(value.map { unit == .dong ? MoneyAmount.grouped(String($0)) : String($0) } ?? "")
        self.unit = unit
        self.maximum = maximum ?? (unit == .percent ? 100 : nil)
        prefilled = value != nil
    }

    /// The number, or nil when nothing, or no amount, is typed.
    public var value: Int64? {
        let text = editor.committed.trimmingCharacters(in: .whitespaces)
        switch unit {
        case .dong: return MoneyAmount.parse(text)
        case .percent: return text.allSatisfy(\.isASCIIDigit) ? Int64(text) : nil
        }
    }

    public var isEmpty: Bool { editor.text.allSatisfy { $0 == " " } }

    /// Why the text is not accepted, or nil: no amount, or out of range.
    public var issue: Localized? {
        if isEmpty { return nil }
        guard let value else {
            return unit == .dong ? MoneyAmount.problem(editor.committed) : FormText.percentRange
        }
        if let maximum, value > maximum {
            return unit == .percent ? FormText.percentRange : FormText.tooLarge(maximum)
        }
        return nil
    }

    public mutating func setText(_ text: String) {
        editor.setText(unit == .percent ? String(text.filter(\.isASCIIDigit)) : text)
        prefilled = false
    }

    /// Typing (or pasting) over a pre-filled number replaces it; a percentage takes
    /// digits only; every editing key works.
    public mutating func handle(_ key: Key, kill: inout String) -> Bool {
        let typing: Bool
        switch key {
        case .char, .paste, .ctrl("y"): typing = true
        default: typing = false
        }
        if typing && prefilled { editor.setText("") }
        prefilled = false
        defer { editor.scroll(toFit: Self.boxWidth) }
        switch key {
        case .char(let character):
            guard unit == .dong || character.isASCIIDigit else { return true }
            return editor.handle(key, kill: &kill)
        case .paste(let text) where unit == .percent:
            return editor.handle(.paste(String(text.filter(\.isASCIIDigit))), kill: &kill)
        case .ctrl("y") where unit == .percent:
            var digits = String(kill.filter(\.isASCIIDigit))
            return editor.handle(.paste(digits), kill: &digits)
        default:
            return editor.handle(key, kill: &kill)
        }
    }

    /// What is shown beside the box: the unit, or the amount read when it was written
    /// otherwise ("= 120.000.000 đồng"), or the mark of text that is no amount.
    public func beside(_ language: Language) -> (text: String, isError: Bool) {
        if isEmpty { return (unit.suffix[language], false) }
        if issue != nil { return (FormText.invalidAmount[language], true) }
        if unit == .dong, let value, editor.committed.trimmingCharacters(in: .whitespaces) != MoneyAmount.grouped(String(value)) {
            return ("= " + MoneyAmount.format(value), false)
        }
        return (unit.suffix[language], false)
    }

    /// The digits grouped by three with dots: "50000000" → "50.000.000".
    public static func grouped(_ digits: String) -> String {
        MoneyAmount.grouped(digits)
    }
}

extension Character {
    /// 0–9 only (not the other scripts' digits that `isNumber` accepts).
    var isASCIIDigit: Bool { isASCII && isNumber }
}
