import Terminal

/// A run of text in one style role.
public struct Span: Hashable, Sendable {
    public var text: String
    public var role: StyleRole

    public init(_ text: String, _ role: StyleRole = .normal) {
        self.text = text
        self.role = role
    }
}

/// One line of styled text, as panes build them before drawing.
public typealias StyledLine = [Span]

extension String {
    /// The text with its controls as visible placeholders (``Sanitizer/visible(_:)``), as
    /// ``ScreenBuffer`` will draw it. Measure, truncate and wrap this, never the raw text:
    /// a control has no width but its placeholder has one, so raw text from the database
    /// would overflow its column.
    var visible: String { Sanitizer.visible(self) }
}

extension Span {
    var visible: Span { Span(text.visible, role) }
}

enum Draw {
    /// Draws spans from `x` on row `y`, clipped to `width` columns; a cut line ends in "…".
    @discardableResult
    static func line(_ spans: StyledLine, at x: Int, y: Int, width: Int, into buffer: inout ScreenBuffer) -> Int {
        let spans = spans.map(\.visible)
        var column = 0
        let total = spans.reduce(0) { $0 + DisplayWidth.width(of: $1.text) }
        for (index, span) in spans.enumerated() {
            let room = width - column
            guard room > 0 else { break }
            var text = span.text
            let isLastFitting = total > width
            if isLastFitting && DisplayWidth.width(of: text) > room || (index == spans.count - 1 && DisplayWidth.width(of: text) > room) {
                text = DisplayWidth.truncate(text, to: room)
            }
            column += buffer.put(text, at: x + column, y: y, role: span.role, maxWidth: room)
        }
        return column
    }

    /// Wraps styled lines to a width: each span keeps its role, words break by display
    /// column, continuation rows are indented by two columns.
    static func wrap(_ lines: [StyledLine], width: Int) -> [StyledLine] {
        guard width > 8 else { return lines }
        var out: [StyledLine] = []
        for line in lines {
            let line = line.map(\.visible)
            let total = line.reduce(0) { $0 + DisplayWidth.width(of: $1.text) }
            if total <= width { out.append(line); continue }
            var rows: [StyledLine] = [[]]
            var used = 0
            // `columns`: the text's width when the caller knows it (each word is measured once).
            func append(_ text: String, _ role: StyleRole, columns: Int? = nil) {
                if let last = rows[rows.count - 1].last, last.role == role {
                    rows[rows.count - 1][rows[rows.count - 1].count - 1].text += text
                } else {
                    rows[rows.count - 1].append(Span(text, role))
                }
                used += columns ?? DisplayWidth.width(of: text)
            }
            for span in line {
                for (index, word) in span.text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
                    let wordWidth = DisplayWidth.width(of: word)
                    var token = (index > 0 ? " " : "") + word
                    var tokenWidth = wordWidth + (index > 0 ? 1 : 0)
                    if used + tokenWidth > width && used > 2 {
                        rows.append([])
                        used = 0
                        append("  ", span.role, columns: 2)
                        token = String(word)
                        tokenWidth = wordWidth
                    }
                    // A word longer than a row is cut into row-sized pieces.
                    while tokenWidth > width - used {
                        var piece = ""
                        var pieceWidth = 0
                        for character in token {
                            let w = DisplayWidth.width(of: character)
                            if pieceWidth + w > width - used { break }
                            piece.append(character)
                            pieceWidth += w
                        }
                        if piece.isEmpty {
                            piece = String(token.prefix(1))
                            pieceWidth = DisplayWidth.width(of: piece)
                        }
                        append(piece, span.role, columns: pieceWidth)
                        token = String(token.dropFirst(piece.count))
                        tokenWidth -= pieceWidth
                        rows.append([])
                        used = 0
                        append("  ", span.role, columns: 2)
                    }
                    append(token, span.role, columns: tokenWidth)
                }
            }
            out += rows
        }
        return out
    }

    /// A boxed, wrapped, scrolled document (the detail and review panes), with a
    /// "from–to/total" marker on the bottom border when it does not fit. With
    /// `alreadyWrapped`, `lines` were wrapped to `rect.width - 2` columns by the caller
    /// (the Desk keeps them wrapped between frames).
    /// With `window`, the rows it holds are copied instead of measured, when it was made
    /// from the rows about to be drawn.
    static func document(_ lines: [StyledLine], title: String, empty: String?, scroll: Int, in rect: Rect, focused: Bool,
                         alreadyWrapped: Bool = false, window: PreparedWindow? = nil, into buffer: inout ScreenBuffer) {
        let inner = box(rect, title: title, focused: focused, into: &buffer)
        guard inner.height > 0, inner.width > 4 else { return }
        if let empty {
            buffer.put(empty, at: inner.x, y: inner.y, role: .textMuted, maxWidth: inner.width)
            return
        }
        let wrapped = alreadyWrapped ? lines : wrap(lines, width: inner.width)
        let top = min(scroll, max(0, wrapped.count - inner.height))
        let prepared = window.flatMap { $0.matches(wrapped, scroll: scroll, height: inner.height, width: inner.width) ? $0 : nil }
        for offset in 0..<inner.height {
            let index = top + offset
            guard wrapped.indices.contains(index) else { break }
            if let prepared {
                line(prepared.rows[offset], at: inner.x, y: inner.y + offset, width: inner.width, into: &buffer)
            } else {
                line(wrapped[index], at: inner.x, y: inner.y + offset, width: inner.width, into: &buffer)
            }
        }
        if wrapped.count > inner.height {
            let marker = "\(top + 1)–\(min(wrapped.count, top + inner.height))/\(wrapped.count)"
            buffer.put(" " + marker + " ", at: rect.maxX - DisplayWidth.width(of: marker) - 4, y: rect.maxY - 1, role: .textMuted)
        }
        if focused { buffer.cursor = (inner.x, inner.y) }
    }

    /// A box border with a title; returns the inner rectangle.
    @discardableResult
    static func box(_ rect: Rect, title: String, focused: Bool, into buffer: inout ScreenBuffer) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return rect }
        let border: StyleRole = focused ? .paneBorderFocused : .paneBorder
        let horizontal: Character = focused ? "━" : "─"
        let vertical: Character = focused ? "┃" : "│"
        let corners: (Character, Character, Character, Character) = focused ? ("┏", "┓", "┗", "┛") : ("┌", "┐", "└", "┘")
        // Filled, not put: the same cells without measuring each grapheme of the border
        // again every frame (issue 16).
        buffer.fill(Rect(x: rect.x, y: rect.y, width: 1, height: 1), with: corners.0, role: border)
        buffer.fill(Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1), with: horizontal, role: border)
        buffer.fill(Rect(x: rect.maxX - 1, y: rect.y, width: 1, height: 1), with: corners.1, role: border)
        buffer.fill(Rect(x: rect.x, y: rect.y + 1, width: 1, height: rect.height - 2), with: vertical, role: border)
        buffer.fill(Rect(x: rect.maxX - 1, y: rect.y + 1, width: 1, height: rect.height - 2), with: vertical, role: border)
        buffer.fill(Rect(x: rect.x, y: rect.maxY - 1, width: 1, height: 1), with: corners.2, role: border)
        buffer.fill(Rect(x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2, height: 1), with: horizontal, role: border)
        buffer.fill(Rect(x: rect.maxX - 1, y: rect.maxY - 1, width: 1, height: 1), with: corners.3, role: border)
        // The focused pane is marked by its heavy border and a "▶" before its title: never by colour alone.
        let label = " " + (focused ? "▶ " : "") + title.visible + " "
        buffer.put(DisplayWidth.truncate(label, to: max(0, rect.width - 4)), at: rect.x + 2, y: rect.y,
                   role: focused ? .paneTitleFocused : .paneTitle)
        return Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
    }
}
