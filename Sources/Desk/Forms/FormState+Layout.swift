import Procedure
import Terminal

/// Where things go in a form drawn `width` columns wide: the label at column 2 (after
/// the focus marker `›`), the field at column 4, the message under the field.
struct FormGeometry: Sendable {
    var width: Int
    var height: Int

    static let labelX = 2
    static let fieldX = 4

    /// Columns of a field's box.
    var fieldWidth: Int { max(width - Self.fieldX - 1, 4) }
    /// Rows a text area shows at most before it scrolls inside.
    var areaRows: Int { height >= 36 ? 6 : 3 }
    /// Rows a text area shows at least, so it looks like one.
    static let areaMinimumRows = 2
}

extension FormState {
    /// Lays out every shown field, top to bottom, and says which rows the focused one takes.
    func bodyRows(_ geometry: FormGeometry, language: Language) -> (rows: [FormRow], focus: Range<Int>) {
        var rows: [FormRow] = []
        var focus = 0..<0
        for index in fields.indices where isVisible(fields[index]) {
            let start = rows.count
            rows += block(index, geometry, language: language)
            if index == focusIndex { focus = start..<rows.count }
        }
        return (rows, focus)
    }

    /// The rows of one field: label, value, message.
    private func block(_ index: Int, _ g: FormGeometry, language: Language) -> [FormRow] {
        let field = fields[index]
        let focused = index == focusIndex
        let role: StyleRole = field.message != nil ? .formFieldInvalid : (focused ? .formFieldFocused : .formField)
        let fx = FormGeometry.fieldX
        let fw = g.fieldWidth
        var rows: [FormRow] = []

        if case .note = field.kind {
            return DisplayWidth.wrap(field.label[language], width: max(g.width - FormGeometry.labelX, 1))
                .map { FormRow(x: FormGeometry.labelX, $0, role: .textMuted) }
        }

        var label = field.label[language] + (isRequired(field) ? " *" : "")
        if let help = field.help { label += " (" + help[language] + ")" }
        for (line, text) in DisplayWidth.wrap(label, width: max(g.width - FormGeometry.labelX, 1)).enumerated() {
            var pieces = [FormRow.Piece(x: FormGeometry.labelX, text: text, role: .formLabel)]
            // Focus and invalidity are marked in text, not by colour alone: "›" and "✗".
            if line == 0 && focused { pieces.insert(FormRow.Piece(x: 0, text: "›", role: .formLabel), at: 0) }
            if line == 0 && field.message != nil { pieces.append(FormRow.Piece(x: 1, text: "✗", role: .formError)) }
            rows.append(FormRow(pieces))
        }

        switch field.kind {
        case .text(let editor), .date(let editor):
            let window = editor.window(width: fw)
            rows.append(FormRow([FormRow.Piece(x: fx, text: window.text, role: role, fill: fw)],
                                caretX: focused ? fx + window.caretX : nil))
        case .amount(let amount):
            let box = min(max(fw - 6, 4), AmountField.boxWidth)
            let window = amount.editor.window(width: box)
            let beside = amount.beside(language)
            rows.append(FormRow([
                FormRow.Piece(x: fx, text: window.text, role: role, fill: box),
                FormRow.Piece(x: fx + box + 1, text: DisplayWidth.truncate(beside.text, to: max(fw - box - 1, 1)),
                              role: beside.isError ? .formError : .textMuted),
            ], caretX: focused ? fx + min(window.caretX, box - 1) : nil))
        case .area(let area):
            let wrapped = area.rows(width: fw - 1)
            let visible = min(max(wrapped.count, FormGeometry.areaMinimumRows), g.areaRows)
            let caret = area.caretPosition(width: fw - 1)
            // Lines scrolled out of the box are said, above and below it: a long text
            // showing only its last lines must not look like the whole text.
            let above = area.scrollRow, below = max(0, wrapped.count - area.scrollRow - visible)
            if above > 0 { rows.append(FormRow(x: fx, FormText.moreAbove(above)[language], role: .textMuted)) }
            for row in area.scrollRow..<(area.scrollRow + visible) {
                let text = wrapped.indices.contains(row) ? wrapped[row].text : ""
                rows.append(FormRow([FormRow.Piece(x: fx, text: text, role: role, fill: fw)],
                                    caretX: focused && caret.row == row ? fx + caret.column : nil))
            }
            if below > 0 { rows.append(FormRow(x: fx, FormText.moreBelow(below)[language], role: .textMuted)) }
        case .choice(let choice):
            rows += optionRows(choice, g, role: role, focused: focused, language: language)
        case .toggle(let toggle):
            rows.append(FormRow([FormRow.Piece(x: fx, text: toggle.display(language), role: role)],
                                caretX: focused ? fx + 1 : nil))
        case .checklist(let row):
            let verdictFocused = focused && focusPart == 0
            let verdictRole: StyleRole = field.message != nil ? .formFieldInvalid : (verdictFocused ? .formFieldFocused : .formField)
            rows += optionRows(row.verdict, g, role: verdictRole, focused: verdictFocused, language: language)
            let prefix = FormText.comment[language] + ": "
            let prefixWidth = DisplayWidth.width(of: prefix)
            let boxWidth = max(fw - prefixWidth, 4)
            let window = row.comment.window(width: boxWidth)
            let commentRole: StyleRole = focused && focusPart == 1 ? .formFieldFocused : .formField
            rows.append(FormRow([
                FormRow.Piece(x: fx, text: prefix, role: .formLabel),
                FormRow.Piece(x: fx + prefixWidth, text: window.text, role: commentRole, fill: boxWidth),
            ], caretX: focused && focusPart == 1 ? fx + prefixWidth + window.caretX : nil))
        case .note:
            break
        }

        if let message = field.message {
            for text in DisplayWidth.wrap("✗ " + message[language], width: max(g.width - fx, 1)) {
                rows.append(FormRow(x: fx, text, role: .formError))
            }
        }
        return rows
    }

    /// The options of a choice, `(•)` before the chosen one, as many per row as fit.
    private func optionRows(_ choice: ChoiceField, _ g: FormGeometry, role: StyleRole, focused: Bool,
                            language: Language) -> [FormRow] {
        let fx = FormGeometry.fieldX
        var rows: [FormRow] = []
        var pieces: [FormRow.Piece] = []
        var caretX: Int?
        var x = fx
        let caretOption = choice.selected ?? 0
        for (index, option) in choice.options.enumerated() {
            let chosen = index == choice.selected
            let text = DisplayWidth.truncate((chosen ? "(•) " : "( ) ") + option.label[language], to: g.fieldWidth)
            let w = DisplayWidth.width(of: text)
            if x > fx && x + w > fx + g.fieldWidth {
                rows.append(FormRow(pieces, caretX: caretX))
                pieces = []
                caretX = nil
                x = fx
            }
            pieces.append(FormRow.Piece(x: x, text: text, role: chosen ? role : (role == .formFieldInvalid ? role : .formField)))
            if focused && index == caretOption { caretX = x + 1 }
            x += w + 2
        }
        if !pieces.isEmpty { rows.append(FormRow(pieces, caretX: caretX)) }
        return rows
    }

    /// Scrolls every editor to its caret at this size (before the rows are made).
    mutating func fitEditors(_ g: FormGeometry, language: Language) {
        let commentBox = max(g.fieldWidth - DisplayWidth.width(of: FormText.comment[language] + ": "), 4)
        for index in fields.indices {
            switch fields[index].kind {
            case .text(var editor):
                editor.scroll(toFit: g.fieldWidth)
                fields[index].kind = .text(editor)
            case .date(var editor):
                editor.scroll(toFit: g.fieldWidth)
                fields[index].kind = .date(editor)
            case .area(var area):
                area.scroll(toFit: g.fieldWidth - 1, visibleRows: g.areaRows)
                fields[index].kind = .area(area)
            case .checklist(var row):
                row.comment.scroll(toFit: commentBox)
                fields[index].kind = .checklist(row)
            default:
                break
            }
        }
    }
}
