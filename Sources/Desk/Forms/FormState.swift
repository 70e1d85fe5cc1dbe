import Procedure
import Terminal

/// A form on screen: its fields, which one has the focus, what validation said, and how
/// to turn the values into the ``Action``s the application performs.
///
/// The application owns it as a value, sends it keys (``handle(_:)``) and draws it
/// (``render(in:into:language:)``); the form answers with a ``FormOutcome`` and never
/// writes anything itself. ``FormFactory`` builds one for each step of the procedure.
///
/// ```swift
/// var form = FormFactory.form(for: .withdraw, context: context)!
/// _ = form.handle(.paste("Không còn cần thiết"))
/// if case .submit(let actions) = form.handle(.ctrl("s")) { … }   // [.withdraw(reason:)]
/// ```
public struct FormState: Sendable {
    /// The form's heading, e.g. "Biểu quyết — 2026-001".
    public var title: Localized
    /// What C-s does, shown in the hint line: "Lưu" for a draft, "Gửi" for a step.
    public var submitLabel: Localized
    public internal(set) var fields: [FormField]
    /// The focused field (an index in ``fields``) and, in a checklist row, its part
    /// (0 the verdict, 1 the comment).
    public internal(set) var focusIndex: Int
    public internal(set) var focusPart = 0
    /// A message for the whole form: a refusal that concerns no single field.
    public internal(set) var formMessage: Localized?
    /// The first row of the fields shown (kept so the focused field is visible).
    public internal(set) var scrollTop = 0

    var killBuffer = ""
    let initialValues: FormValues
    let notices: @Sendable (FormValues) -> [FormNotice]
    let check: @Sendable (FormValues) -> [FormIssue]
    let build: @Sendable (FormValues) -> [Action]
    let refusalFields: [Rule: [String]]

    /// A form of `fields`.
    /// - Parameters:
    ///   - notices: read-only lines at the top, recomputed from the values on every key.
    ///   - check: the form's own rules beyond "required" and "a date" (end after start, …).
    ///   - build: the actions of valid values.
    ///   - refusalFields: which fields a refusal of the domain concerns, by its rule.
    public init(title: Localized, submitLabel: Localized = FormText.send, fields: [FormField],
                notices: @escaping @Sendable (FormValues) -> [FormNotice] = { _ in [] },
                check: @escaping @Sendable (FormValues) -> [FormIssue] = { _ in [] },
                refusalFields: [Rule: [String]] = [:],
                build: @escaping @Sendable (FormValues) -> [Action]) {
        self.title = title
        self.submitLabel = submitLabel
        self.fields = fields
        self.notices = notices
        self.check = check
        self.build = build
        self.refusalFields = refusalFields
        self.focusIndex = 0
        self.initialValues = FormValues(Dictionary(fields.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first }))
        if let first = stops.first { focusIndex = first.field }
    }

    // MARK: - Reading

    /// The values of the fields shown now (a hidden field reads as empty).
    public var values: FormValues {
        FormValues(Dictionary(fields.filter(isVisible).map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first }))
    }

    /// Whether anything differs from what the form opened with: leaving then asks y/N.
    public var isDirty: Bool {
        FormValues(Dictionary(fields.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })) != initialValues
    }

    public var focusedField: FormField? { fields.indices.contains(focusIndex) ? fields[focusIndex] : nil }
    public var focusedFieldID: String? { focusedField?.id }

    /// The field with this id.
    public func field(_ id: String) -> FormField? { fields.first { $0.id == id } }

    /// The read-only lines at the top, for the current values.
    public func currentNotices() -> [FormNotice] { notices(values) }

    // MARK: - Changing from outside

    /// Puts text in a field (after $EDITOR returns). A single-line field keeps one line.
    public mutating func setText(_ text: String, forField id: String) {
        guard let index = fields.firstIndex(where: { $0.id == id }) else { return }
        let before = fields[index].value
        switch fields[index].kind {
        case .text(var editor):
            editor.setText(text)
            fields[index].kind = .text(editor)
        case .date(var editor):
            editor.setText(text)
            fields[index].kind = .date(editor)
        case .area(var area):
            area.setText(text)
            fields[index].kind = .area(area)
        case .amount(var amount):
            amount.setText(text)
            fields[index].kind = .amount(amount)
        case .checklist(var row):
            row.comment.setText(text)
            fields[index].kind = .checklist(row)
        case .choice, .toggle, .note:
            return
        }
        if fields[index].value != before { fields[index].message = nil }
    }

    /// Shows a refusal of the domain next to the fields its rule concerns (both causes
    /// for `.causesRequired`, the reason for `.reasonRequired`), or at the top of the form.
    public mutating func showRefusal(_ refusal: Refusal) {
        let message = Localized(vi: refusal.message(.vi), en: refusal.message(.en))
        let targets = (refusalFields[refusal.rule] ?? []).filter { id in fields.contains { $0.id == id && isVisible($0) } }
        guard !targets.isEmpty else {
            formMessage = message
            return
        }
        formMessage = nil
        for index in fields.indices where targets.contains(fields[index].id) {
            fields[index].message = message
        }
        focus(fieldID: targets[0])
    }

    /// Moves the focus to a field (to its first part).
    public mutating func focus(fieldID: String) {
        guard let index = fields.firstIndex(where: { $0.id == fieldID }), fields[index].kind.parts > 0 else { return }
        focusIndex = index
        focusPart = 0
    }

    // MARK: - Focus stops

    /// Every place Tab stops, in order: (field, part).
    var stops: [(field: Int, part: Int)] {
        fields.indices.filter { isVisible(fields[$0]) }.flatMap { index in
            (0..<fields[index].kind.parts).map { (field: index, part: $0) }
        }
    }

    func isVisible(_ field: FormField) -> Bool {
        field.visibleWhen.map(holds) ?? true
    }

    /// Whether a field must be filled now: always, or while its condition holds.
    func isRequired(_ field: FormField) -> Bool {
        field.isRequired || field.requiredWhen.map(holds) == true
    }

    func holds(_ condition: FieldCondition) -> Bool {
        switch condition {
        case .choice(let id, let option):
            guard let other = fields.first(where: { $0.id == id }), case .choice(let choice) = other.kind else { return false }
            return choice.selectedID == option
        case .choiceAmong(let id, let options):
            guard let other = fields.first(where: { $0.id == id }), case .choice(let choice) = other.kind else { return false }
            return choice.selectedID.map(options.contains) ?? false
        case .toggleOn(let id):
            guard let other = fields.first(where: { $0.id == id }), case .toggle(let toggle) = other.kind else { return false }
            return toggle.isOn
        }
    }

    /// Moves the focus `step` stops on, wrapping around.
    mutating func moveFocus(by step: Int) {
        let all = stops
        guard !all.isEmpty else { return }
        let current = all.firstIndex { $0.field == focusIndex && $0.part == focusPart } ?? 0
        let next = all[((current + step) % all.count + all.count) % all.count]
        focusIndex = next.field
        focusPart = next.part
    }
}
