import Procedure

/// A yes/no field shown as `[x] Có` or `[ ] Không`, switched with Space, Left or Right.
public struct ToggleField: Sendable, Equatable {
    public var isOn: Bool
    public var onLabel: Localized
    public var offLabel: Localized

    public init(isOn: Bool = false, onLabel: Localized = FormText.yes, offLabel: Localized = FormText.no) {
        self.isOn = isOn
        self.onLabel = onLabel
        self.offLabel = offLabel
    }

    /// What the field shows: the box and the label of the current value.
    public func display(_ language: Language) -> String {
        (isOn ? "[x] " : "[ ] ") + (isOn ? onLabel : offLabel)[language]
    }
}
