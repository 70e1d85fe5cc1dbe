import Procedure

/// Short ways to make the fields the factory uses, so each form reads as a list.
extension FormField {
    static func line(_ id: String, _ label: Localized, _ value: String = "", required: Bool = false,
                     help: Localized? = nil, when condition: FieldCondition? = nil) -> FormField {
        FormField(id: id, label: label, kind: .text(LineEditor(value)), isRequired: required, help: help, visibleWhen: condition)
    }

    static func area(_ id: String, _ label: Localized, _ value: String = "", required: Bool = false,
                     when condition: FieldCondition? = nil) -> FormField {
        FormField(id: id, label: label, kind: .area(TextArea(value)), isRequired: required, visibleWhen: condition)
    }

    static func choice(_ id: String, _ label: Localized, _ options: [ChoiceOption], selected: String? = nil,
                       required: Bool = true, when condition: FieldCondition? = nil) -> FormField {
        FormField(id: id, label: label, kind: .choice(ChoiceField(options: options, selectedID: selected)),
                  isRequired: required, visibleWhen: condition)
    }

    static func toggle(_ id: String, _ label: Localized, _ isOn: Bool = false, on: Localized = FormText.yes,
                       off: Localized = FormText.no) -> FormField {
        FormField(id: id, label: label, kind: .toggle(ToggleField(isOn: isOn, onLabel: on, offLabel: off)))
    }

    static func amount(_ id: String, _ label: Localized, _ value: Int64?, unit: AmountField.Unit, maximum: Int64? = nil,
                       required: Bool = false, when condition: FieldCondition? = nil) -> FormField {
        FormField(id: id, label: label, kind: .amount(AmountField(value, unit: unit, maximum: maximum)),
                  isRequired: required, visibleWhen: condition)
    }

    static func date(_ id: String, _ label: Localized, _ value: Day?, required: Bool = false) -> FormField {
        FormField(id: id, label: label, kind: .date(LineEditor(value?.vietnamese ?? "")), isRequired: required,
                  help: FormText.dateHelp)
    }

    static func checklistRow(_ id: String, item: ChecklistItem, answer: ChecklistAnswer?, required: Bool) -> FormField {
        FormField(id: id, label: item.text, kind: .checklist(ChecklistRowField(itemID: item.id, answer: answer)),
                  isRequired: required)
    }

    static func note(_ id: String, _ text: Localized) -> FormField {
        FormField(id: id, label: text, kind: .note)
    }
}

extension ChoiceOption {
    /// The options of an enum with stable ids and labels.
    static func all<T: RawRepresentable>(_ cases: [T], label: (T) -> Localized) -> [ChoiceOption] where T.RawValue == String {
        cases.map { ChoiceOption(id: $0.rawValue, label: label($0)) }
    }
}

extension FormField {
    /// The same field, required while `condition` holds (none: never).
    func required(when condition: FieldCondition?) -> FormField {
        var field = self
        field.requiredWhen = condition
        return field
    }
}
