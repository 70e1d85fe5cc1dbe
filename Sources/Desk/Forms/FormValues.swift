import Procedure
import Terminal

/// The value of one field, as a form's actions read it. Text is NFC.
public enum FieldValue: Sendable, Equatable {
    case text(String)
    case choice(String?)
    case toggle(Bool)
    case amount(Int64?)
    case checklist(ChecklistAnswer?, comment: String)
    case none
}

/// Every field's value by id: what a form's check and build functions read, and what
/// tells a dirty form from a clean one.
public struct FormValues: Sendable, Equatable {
    public var byID: [String: FieldValue]

    public init(_ byID: [String: FieldValue] = [:]) {
        self.byID = byID
    }

    /// The text of a text, area or date field, NFC and trimmed ("" if absent).
    public func text(_ id: String) -> String {
        if case .text(let text)? = byID[id] { return text.trimmingSpaces }
        return ""
    }

    /// The chosen option's id of a choice field.
    public func choice(_ id: String) -> String? {
        if case .choice(let choice)? = byID[id] { return choice }
        return nil
    }

    public func toggle(_ id: String) -> Bool {
        if case .toggle(let on)? = byID[id] { return on }
        return false
    }

    public func amount(_ id: String) -> Int64? {
        if case .amount(let value)? = byID[id] { return value }
        return nil
    }

    /// The day of a date field, or nil when empty or not a date.
    public func day(_ id: String) -> Day? { DateInput.parse(text(id)) }

    /// The answer of a checklist row, when its verdict is chosen.
    public func answer(_ id: String) -> ChecklistAnswer? {
        if case .checklist(let answer, _)? = byID[id] { return answer }
        return nil
    }

    /// Whether the text of a field says something.
    public func isBlank(_ id: String) -> Bool { TextInput.isBlank(text(id)) }
}

/// A problem a form's own check found, to be shown next to a field (or, with no field,
/// at the top of the form).
public struct FormIssue: Sendable, Equatable {
    public var fieldID: String?
    public var message: Localized

    public init(fieldID: String?, message: Localized) {
        self.fieldID = fieldID
        self.message = message
    }
}

/// A read-only line at the top of a form, recomputed from the values on every key
/// (the vote tally, the consequence the evaluation proposes).
public struct FormNotice: Sendable, Equatable {
    public var text: Localized
    public var role: StyleRole

    public init(text: Localized, role: StyleRole = .noticeInfo) {
        self.text = text
        self.role = role
    }
}
