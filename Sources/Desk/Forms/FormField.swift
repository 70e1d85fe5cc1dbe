import Procedure
import Terminal

/// What a field holds and how it is edited.
public enum FieldKind: Sendable, Equatable {
    /// One line of text (titles, numbers, names).
    case text(LineEditor)
    /// Several lines that wrap (dossier sections, reasons).
    case area(TextArea)
    /// One of a few options, all shown.
    case choice(ChoiceField)
    /// Yes or no.
    case toggle(ToggleField)
    /// A whole number: đồng or percent.
    case amount(AmountField)
    /// A date, `YYYY-MM-DD` or `DD/MM/YYYY`.
    case date(LineEditor)
    /// A checklist item: verdict and comment.
    case checklist(ChecklistRowField)
    /// Read-only text (a target described, a reminder); it takes no focus.
    case note

    /// How many stops Tab makes in the field.
    var parts: Int {
        switch self {
        case .checklist: 2
        case .note: 0
        default: 1
        }
    }
}

/// When a field is shown: some only make sense after another answer (the override's
/// statement of responsibility, the damage estimate).
public enum FieldCondition: Sendable, Equatable {
    /// Shown when the choice field `id` has the option `option` chosen.
    case choice(String, is: String)
    /// When the choice field `id` has one of `options` chosen.
    case choiceAmong(String, [String])
    /// Shown when the toggle field `id` is on.
    case toggleOn(String)
}

/// One labelled field of a form, with the message validation put next to it.
public struct FormField: Sendable, Equatable {
    /// A stable id: the form's actions read the field by it, a refusal is mapped to it.
    public var id: String
    /// Always shown as text, so a field is never told apart by colour alone.
    public var label: Localized
    public var kind: FieldKind
    /// Must be filled before the form is sent (marked `*`).
    public var isRequired: Bool
    /// A short help after the label (the date format, "để trống: tự động").
    public var help: Localized?
    public var visibleWhen: FieldCondition?
    /// Required only when this holds (the decision number for an approval): marked `*`
    /// then, and checked like `isRequired`.
    public var requiredWhen: FieldCondition?
    /// Why the value was refused, shown under the field with "✗".
    public var message: Localized?

    public init(id: String, label: Localized, kind: FieldKind, isRequired: Bool = false,
                help: Localized? = nil, visibleWhen: FieldCondition? = nil) {
        self.id = id
        self.label = label
        self.kind = kind
        self.isRequired = isRequired
        self.help = help
        self.visibleWhen = visibleWhen
    }

    /// The value as the form's actions read it.
    public var value: FieldValue {
        switch kind {
        case .text(let editor): .text(editor.committed)
        case .area(let area): .text(area.committed)
        case .choice(let choice): .choice(choice.selectedID)
        case .toggle(let toggle): .toggle(toggle.isOn)
        case .amount(let amount): .amount(amount.value)
        case .date(let editor): .text(editor.committed)
        case .checklist(let row): .checklist(row.answer, comment: row.comment.committed)
        case .note: .none
        }
    }

    /// Whether nothing is entered.
    var isEmpty: Bool {
        switch kind {
        case .text(let editor), .date(let editor): TextInput.isBlank(editor.text)
        case .area(let area): TextInput.isBlank(area.text)
        case .choice(let choice): choice.selected == nil
        case .toggle: false
        case .amount(let amount): amount.isEmpty
        case .checklist(let row): row.verdict.selected == nil
        case .note: false
        }
    }

    /// The text of a field that holds text (what C-e hands to $EDITOR).
    var editableText: String? {
        switch kind {
        case .text(let editor), .date(let editor): editor.text
        case .area(let area): area.text
        case .checklist(let row): row.comment.text
        case .amount(let amount): amount.editor.text
        default: nil
        }
    }
}
