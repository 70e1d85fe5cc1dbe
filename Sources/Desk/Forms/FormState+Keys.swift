import Procedure
import Terminal

extension FormState {
    /// Handles one key: form keys first (C-s/F10 send, Esc leave, Tab/S-Tab and C-n/C-p
    /// move, C-e edit in $EDITOR), then the focused field's own keys.
    public mutating func handle(_ key: Key) -> FormOutcome {
        switch key {
        case .ctrl("s"), .function(10):
            return submit()
        case .escape:
            return isDirty ? .askDiscard : .cancel
        case .tab, .ctrl("n"):
            moveFocus(by: 1)
            return .handled
        case .backTab, .ctrl("p"):
            moveFocus(by: -1)
            return .handled
        case .ctrl("e"):
            guard let field = focusedField, let text = field.editableText,
                  !(isChecklist(field) && focusPart == 0) else { return .notHandled }
            return .editExternally(fieldID: field.id, text: text)
        default:
            break
        }
        guard fields.indices.contains(focusIndex) else { return .notHandled }
        let before = fields[focusIndex].value
        let outcome = handleInField(key)
        if fields[focusIndex].value != before { fields[focusIndex].message = nil }
        return outcome
    }

    private func isChecklist(_ field: FormField) -> Bool {
        if case .checklist = field.kind { return true }
        return false
    }

    /// Keys a single-line field leaves to the form: Up, Down and Enter move.
    private mutating func moveForLine(_ key: Key) -> FormOutcome? {
        switch key {
        case .up: moveFocus(by: -1)
        case .down, .enter: moveFocus(by: 1)
        default: return nil
        }
        return .handled
    }

    private mutating func handleInField(_ key: Key) -> FormOutcome {
        var kill = killBuffer
        defer { killBuffer = kill }
        switch fields[focusIndex].kind {
        case .text(var editor):
            if let moved = moveForLine(key) { return moved }
            let used = editor.handle(key, kill: &kill)
            fields[focusIndex].kind = .text(editor)
            return used ? .handled : .notHandled
        case .date(var editor):
            if let moved = moveForLine(key) { return moved }
            let used = editor.handle(key, kill: &kill)
            fields[focusIndex].kind = .date(editor)
            return used ? .handled : .notHandled
        case .amount(var amount):
            if let moved = moveForLine(key) { return moved }
            let used = amount.handle(key, kill: &kill)
            fields[focusIndex].kind = .amount(amount)
            return used ? .handled : .notHandled
        case .area(var area):
            let used = area.handle(key, kill: &kill)
            fields[focusIndex].kind = .area(area)
            if used { return .handled }
            if key == .up || key == .down {
                moveFocus(by: key == .up ? -1 : 1)
                return .handled
            }
            return .notHandled
        case .choice(var choice):
            if let moved = moveForLine(key) { return moved }
            guard let outcome = Self.cycle(&choice, key) else { return .notHandled }
            fields[focusIndex].kind = .choice(choice)
            return outcome
        case .toggle(var toggle):
            if let moved = moveForLine(key) { return moved }
            switch key {
            case .char(" "), .left, .right:
                toggle.isOn.toggle()
                fields[focusIndex].kind = .toggle(toggle)
                return .handled
            default:
                return Self.swallow(key)
            }
        case .checklist(var row):
            if let moved = moveForLine(key) { return moved }
            if focusPart == 0 {
                guard let outcome = Self.cycle(&row.verdict, key) else { return .notHandled }
                fields[focusIndex].kind = .checklist(row)
                return outcome
            }
            let used = row.comment.handle(key, kill: &kill)
            fields[focusIndex].kind = .checklist(row)
            return used ? .handled : .notHandled
        case .note:
            return .notHandled
        }
    }

    /// Space and Right choose the next option, Left the previous one.
    private static func cycle(_ choice: inout ChoiceField, _ key: Key) -> FormOutcome? {
        switch key {
        case .char(" "), .right: choice.next()
        case .left: choice.previous()
        default:
            return swallow(key) == .handled ? .handled : nil
        }
        return .handled
    }

    /// A letter typed on a choice does nothing (it must not reach the global keymap and,
    /// say, quit), except `?`, which the app answers with help. A paste does nothing.
    private static func swallow(_ key: Key) -> FormOutcome {
        switch key {
        case .char("?"): .notHandled
        case .char, .paste: .handled
        default: .notHandled
        }
    }
}
