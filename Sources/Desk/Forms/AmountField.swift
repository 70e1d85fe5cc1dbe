import Procedure
import Terminal

/// A whole number typed as digits only: an amount in đồng or a percentage. It shows the
/// Vietnamese grouping (`50.000.000`) while it is typed, and the caret stays on the digit
/// it was on.
public struct AmountField: Sendable, Equatable {
    /// What the number counts, shown after the field.
    public enum Unit: Sendable, Equatable {
        case dong
        case percent

        public var suffix: Localized {
            switch self {
            case .dong: Localized(vi: "đồng", en: "VND")
            case .percent: Localized(vi: "%", en: "%")
            }
        }
    }

    /// The digits typed.
    public private(set) var editor: LineEditor
    public var unit: Unit
    /// The highest value allowed (100 for a percentage).
    public var maximum: Int64?

    public init(_ value: Int64? = nil, unit: Unit, maximum: Int64? = nil) {
        editor = LineEditor(value.map(String.init) ?? "")
        self.unit = unit
        self.maximum = maximum
    }

    /// The number, or nil when nothing (or too much for an Int64) is typed.
    public var value: Int64? { Int64(editor.text) }
    public var isEmpty: Bool { editor.text.isEmpty }

    public mutating func setText(_ text: String) {
        editor.setText(String(text.filter(\.isASCIIDigit)))
    }

    /// Digits are typed; grouping dots and spaces in a paste are skipped; editing keys work.
    public mutating func handle(_ key: Key, kill: inout String) -> Bool {
        switch key {
        case .char(let character):
            guard character.isASCIIDigit else { return true }
            return editor.handle(key, kill: &kill)
        case .paste(let text):
            return editor.handle(.paste(String(text.filter(\.isASCIIDigit))), kill: &kill)
        case .ctrl("y"):
            var digits = String(kill.filter(\.isASCIIDigit))
            return editor.handle(.paste(digits), kill: &digits)
        default:
            return editor.handle(key, kill: &kill)
        }
    }

    /// The digits grouped by three with dots: "50000000" → "50.000.000".
    public static func grouped(_ digits: String) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(".") }
            result.append(digit)
        }
        return result
    }

    /// What the field shows, and the caret's column in it.
    public var display: (text: String, caretColumn: Int) {
        let digits = editor.text
        let shown = Self.grouped(digits)
        let after = digits.count - editor.buffer.caret
        let dotsAfter = after > 0 ? (after - 1) / 3 : 0
        return (shown, shown.count - after - dotsAfter)
    }
}

extension Character {
    /// 0–9 only (not the other scripts' digits that `isNumber` accepts).
    var isASCIIDigit: Bool { isASCII && isNumber }
}
