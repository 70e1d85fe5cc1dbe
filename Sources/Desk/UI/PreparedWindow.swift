import Terminal

/// The rows of a wrapped document a pane shows, made visible and measured once (issue 16:
/// drawing the detail and review panes measured every row's text two or three times each
/// frame, a third of the Desk's drawing time). Made by the layout pass, or on the worker
/// for a proposal read ahead; drawn by ``Draw/document(_:title:empty:scroll:in:focused:alreadyWrapped:window:into:)``
/// only while it was made from the very rows, width and scroll about to be drawn.
struct PreparedWindow: Sendable {
    /// One span of a row: its text prepared, its role.
    struct Piece: Sendable {
        var text: PreparedText
        var role: StyleRole
    }

    private(set) var top = -1
    private(set) var width = -1
    /// The rows it was made from (compared before use).
    private(set) var source: ArraySlice<StyledLine> = []
    private(set) var rows: [[Piece]] = []

    init() {}

    /// The rows `top..<top + height` of `lines` for a pane `width` columns wide.
    init(_ lines: [StyledLine], top: Int, height: Int, width: Int) {
        let top = max(0, min(top, max(0, lines.count - height)))
        self.top = top
        self.width = width
        source = lines[top..<min(lines.count, top + max(0, height))]
        rows = source.map { line in line.map { Piece(text: PreparedText($0.text), role: $0.role) } }
    }

    /// Whether it holds the rows a pane of `height` rows and `width` columns shows of
    /// `lines` from `scroll` (clamped as the pane clamps it).
    func matches(_ lines: [StyledLine], scroll: Int, height: Int, width: Int) -> Bool {
        let top = max(0, min(scroll, max(0, lines.count - height)))
        guard top == self.top, width == self.width, source.count == min(lines.count, top + max(0, height)) - top else { return false }
        return lines[top..<(top + source.count)] == source
    }
}

extension Draw {
    /// Draws a prepared row as ``line(_:at:y:width:into:)`` draws the spans it was made from.
    @discardableResult
    static func line(_ pieces: [PreparedWindow.Piece], at x: Int, y: Int, width: Int, into buffer: inout ScreenBuffer) -> Int {
        var column = 0
        let total = pieces.reduce(0) { $0 + $1.text.width }
        for (index, piece) in pieces.enumerated() {
            let room = width - column
            guard room > 0 else { break }
            var text = piece.text
            if total > width && text.width > room || (index == pieces.count - 1 && text.width > room) {
                text = text.truncated(to: room)
            }
            column += buffer.put(text, at: x + column, y: y, role: piece.role, maxWidth: room)
        }
        return column
    }
}
