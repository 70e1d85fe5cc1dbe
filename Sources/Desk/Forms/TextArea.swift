import Terminal

/// A multi-line text field: an ``EditBuffer`` whose lines wrap by display column
/// (``DisplayWidth/wrap(_:width:)``) and which scrolls down to the caret.
///
/// Enter inserts a line break; Up and Down move by wrapped row and report "not handled"
/// at the first and last row, so the form can move to the field before or after.
public struct TextArea: Sendable, Equatable {
    /// One wrapped row: what it shows and the graphemes it covers.
    public struct Row: Sendable, Equatable {
        public var text: String
        /// Index of its first grapheme in the buffer.
        public var start: Int
        /// The last index the caret may take on this row.
        public var limit: Int
    }

    public private(set) var buffer: EditBuffer
    /// The first wrapped row shown.
    public private(set) var scrollRow = 0
    /// The width the rows were last wrapped at; Up and Down use it.
    public private(set) var wrapWidth = 60

    public init(_ text: String = "") {
        buffer = EditBuffer(Self.cleaned(text))
    }

    public var text: String { buffer.text }
    public var committed: String { buffer.committed }

    public mutating func setText(_ text: String) {
        buffer.setText(Self.cleaned(text))
    }

    /// The text wrapped at `width` columns, with where each row starts.
    public func rows(width: Int) -> [Row] {
        let characters = buffer.characters
        var rows: [Row] = []
        var paragraphStart = 0
        while true {
            var paragraphEnd = paragraphStart
            while paragraphEnd < characters.count && characters[paragraphEnd] != "\n" { paragraphEnd += 1 }
            let paragraph = String(characters[paragraphStart..<paragraphEnd])
            let lines = DisplayWidth.wrap(paragraph, width: max(width, 1))
            var position = paragraphStart
            var paragraphRows: [Row] = []
            for (index, line) in lines.enumerated() {
                // The spaces at a break are dropped by the wrap: they belong to the row before.
                if index > 0 {
                    while position < paragraphEnd && characters[position].isWhitespace { position += 1 }
                }
                paragraphRows.append(Row(text: line, start: position, limit: paragraphEnd))
                position = min(position + line.count, paragraphEnd)
            }
            for index in paragraphRows.indices.dropLast() {
                paragraphRows[index].limit = max(paragraphRows[index + 1].start - 1, paragraphRows[index].start)
            }
            rows += paragraphRows
            guard paragraphEnd < characters.count else { break }
            paragraphStart = paragraphEnd + 1
        }
        return rows
    }

    /// The caret as a wrapped row and a display column, at `width`.
    public func caretPosition(width: Int) -> (row: Int, column: Int) {
        let all = rows(width: width)
        let caret = buffer.caret
        let row = all.lastIndex { $0.start <= caret } ?? 0
        guard all.indices.contains(row) else { return (0, 0) }
        let start = all[row].start
        let column = DisplayWidth.width(of: String(buffer.characters[start..<max(start, caret)]))
        return (row, min(column, max(width, 1)))
    }

    /// Applies a key. Enter breaks the line; Up/Down move by wrapped row.
    public mutating func handle(_ key: Key, kill: inout String) -> Bool {
        switch key {
        case .enter:
            buffer.insert("\n")
            return true
        case .paste(let text):
            return buffer.handle(.paste(Self.cleaned(text)), kill: &kill)
        case .up: return moveRow(by: -1)
        case .down: return moveRow(by: 1)
        default:
            return buffer.handle(key, kill: &kill)
        }
    }

    /// Scrolls so that the caret's row is among `visibleRows` rows of a field `width` wide.
    public mutating func scroll(toFit width: Int, visibleRows: Int) {
        wrapWidth = max(width, 1)
        let count = rows(width: wrapWidth).count
        let row = caretPosition(width: wrapWidth).row
        if row < scrollRow { scrollRow = row }
        if row >= scrollRow + visibleRows { scrollRow = row - visibleRows + 1 }
        scrollRow = max(0, min(scrollRow, max(count - visibleRows, 0)))
    }

    private mutating func moveRow(by delta: Int) -> Bool {
        let all = rows(width: wrapWidth)
        let (row, column) = caretPosition(width: wrapWidth)
        let target = row + delta
        guard all.indices.contains(target) else { return false }
        var index = all[target].start
        var used = 0
        while index < all[target].limit {
            let w = DisplayWidth.width(of: buffer.characters[index])
            if used + w > column { break }
            used += w
            index += 1
        }
        buffer.moveCaret(to: index)
        return true
    }

    /// CRLF and CR become LF; a tab becomes a space (the wrap counts it as one).
    static func cleaned(_ text: String) -> String {
        guard text.contains(where: { $0 == "\r\n" || $0 == "\r" || $0 == "\t" }) else { return text }
        return String(text.map { $0 == "\r\n" || $0 == "\r" ? "\n" : ($0 == "\t" ? " " : $0) })
    }
}
