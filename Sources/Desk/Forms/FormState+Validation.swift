import Procedure

extension FormState {
    /// C-s: checks every shown field (required, a date, within range, one line without
    /// control characters), then the form's own rules. Valid: the actions. Not valid:
    /// each message goes next to its field and the focus to the first of them.
    mutating func submit() -> FormOutcome {
        formMessage = nil
        for index in fields.indices { fields[index].message = nil }
        var issues: [FormIssue] = []
        for field in fields where isVisible(field) {
            if let message = Self.basicIssue(field) { issues.append(FormIssue(fieldID: field.id, message: message)) }
        }
        let flagged = Set(issues.compactMap(\.fieldID))
        issues += check(values).filter { issue in issue.fieldID.map { !flagged.contains($0) } ?? true }
        // Required only now (starred so): blank, and not already said more precisely by the form's own check.
        let said = Set(issues.compactMap(\.fieldID))
        for field in fields where isVisible(field) && isRequired(field) && field.isEmpty && !said.contains(field.id) {
            issues.append(FormIssue(fieldID: field.id, message: FormText.required))
        }
        guard !issues.isEmpty else { return .submit(build(values)) }
        var firstInvalid: Int?
        for issue in issues {
            guard let id = issue.fieldID, let index = fields.firstIndex(where: { $0.id == id }), isVisible(fields[index]) else {
                formMessage = issue.message
                continue
            }
            if fields[index].message == nil { fields[index].message = issue.message }
            firstInvalid = min(firstInvalid ?? index, index)
        }
        if let firstInvalid {
            focusIndex = firstInvalid
            focusPart = 0
            if formMessage == nil { formMessage = FormText.fixFields }
        }
        return .handled
    }

    /// The checks every field of its kind gets.
    static func basicIssue(_ field: FormField) -> Localized? {
        if field.isRequired && field.isEmpty { return FormText.required }
        switch field.kind {
        case .text(let editor):
            if case .failure(let refusal) = TextInput.singleLine(editor.text, field: field.label) {
                return Localized(vi: refusal.message(.vi), en: refusal.message(.en))
            }
        case .date(let editor):
            if !TextInput.isBlank(editor.text) && DateInput.parse(editor.committed) == nil { return FormText.badDate }
        case .amount(let amount):
            if let issue = amount.issue { return issue }
        case .area(let area):
            if case .failure(let refusal) = TextInput.multiLine(area.text, field: field.label) {
                return Localized(vi: refusal.message(.vi), en: refusal.message(.en))
            }
        default:
            break
        }
        return nil
    }
}
