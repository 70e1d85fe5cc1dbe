import Terminal

/// One laid-out row of a form: runs of text at columns, each with its role, and the
/// caret's column when the focused field's caret is on this row. Layout makes rows;
/// drawing only copies them into the screen buffer.
struct FormRow: Sendable, Equatable {
    struct Piece: Sendable, Equatable {
        var x: Int
        var text: String
        var role: StyleRole
        /// Pad the text with cells of `role` to this many columns (a field's box).
        var fill: Int?
    }

    var pieces: [Piece]
    var caretX: Int?

    init(_ pieces: [Piece], caretX: Int? = nil) {
        self.pieces = pieces
        self.caretX = caretX
    }

    init(x: Int, _ text: String, role: StyleRole) {
        self.init([Piece(x: x, text: text, role: role)])
    }
}
