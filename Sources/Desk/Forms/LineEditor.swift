import Terminal

/// A single-line text field: an ``EditBuffer`` that refuses line breaks and scrolls
/// sideways so the caret stays in view.
///
/// The caret is reported in display columns (``caretColumn``), so that the application
/// can put the terminal's real cursor exactly on it: Vietnamese input methods and screen
/// readers follow that cursor, and a CJK grapheme before it takes two columns.
///
/// ```swift
/// var editor = LineEditor("Số hóa")
/// var kill = ""
/// _ = editor.handle(.paste("sổ\nhộ tịch"), kill: &kill)   // "Số hóasổ hộ tịch"
/// editor.caretColumn                                       // 16
/// ```
public struct LineEditor: Sendable, Equatable {
    public private(set) var buffer: EditBuffer
    /// The first display column shown when the text is wider than the field.
    public private(set) var scrollColumn = 0

    public init(_ text: String = "") {
        buffer = EditBuffer(Self.flattened(text))
    }

    /// The text as typed.
    public var text: String { buffer.text }
    /// The text NFC, as the form hands it on.
    public var committed: String { buffer.committed }

    /// Display columns before the caret.
    public var caretColumn: Int { DisplayWidth.width(of: String(buffer.characters[..<buffer.caret])) }

    public mutating func setText(_ text: String) {
        buffer.setText(Self.flattened(text))
    }

    /// Applies an editing key; Enter, Up, Down and C-e are left to the form.
    public mutating func handle(_ key: Key, kill: inout String) -> Bool {
        switch key {
        case .paste(let text): return buffer.handle(.paste(Self.flattened(text)), kill: &kill)
        case .ctrl("y"): return buffer.handle(.paste(Self.flattened(kill)), kill: &kill)
        default: return buffer.handle(key, kill: &kill)
        }
    }

    /// Scrolls so that the caret is inside a field `width` columns wide.
    public mutating func scroll(toFit width: Int) {
        let column = caretColumn
        let room = max(width - 1, 0)
        if column < scrollColumn { scrollColumn = column }
        if column > scrollColumn + room { scrollColumn = column - room }
        let total = DisplayWidth.width(of: text)
        // Show as much as fits when the text shrank.
        scrollColumn = max(0, min(scrollColumn, max(total - room, 0)))
    }

    /// What a field `width` columns wide shows, and the caret's column inside it.
    public func window(width: Int) -> (text: String, caretX: Int) {
        var column = 0
        var start = 0
        for character in buffer.characters {
            if column >= scrollColumn { break }
            column += DisplayWidth.width(of: character)
            start += 1
        }
        let shown = DisplayWidth.truncate(String(buffer.characters[start...]), to: width, ellipsis: "")
        return (shown, max(caretColumn - column, 0))
    }

    /// Line breaks and tabs become spaces: a title pasted from a document stays on one line.
    static func flattened(_ text: String) -> String {
        guard text.contains(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\t" }) else { return text }
        return String(text.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
    }
}
