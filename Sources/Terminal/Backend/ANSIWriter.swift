/// Turns frames into the bytes a VT100/xterm-style terminal understands: cursor moves,
/// SGR attributes and UTF-8 text. ``VirtualTerminal`` uses it to count the bytes a frame
/// costs and to prove that no control byte from the data reaches the terminal.
///
/// Every control byte it writes starts one of its own sequences (`CSI … H`, `CSI … m`,
/// `CSI ? 25 h/l`); cell text has been through ``Sanitizer`` in ``ScreenBuffer/put(_:at:y:role:maxWidth:)``
/// and is sanitised again here as a last line of defence.
struct ANSIWriter {
    private(set) var bytes: [UInt8] = []
    private var currentStyle: Style?
    private var cursorAt: (x: Int, y: Int)?
    /// The frame's width: a cursor past the last column is in the terminal's pending-wrap
    /// state, where only an absolute move is safe.
    private var columns = 0

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// Forget what the terminal shows (after a resize or suspend): the next writes
    /// state everything again.
    mutating func invalidate() {
        currentStyle = nil
        cursorAt = nil
    }

    mutating func clearScreen() {
        emit("\u{1B}[0m\u{1B}[2J")
        currentStyle = nil
    }

    /// The changed cells of `buffer` since `previous`, drawn with `theme`, then the cursor.
    mutating func draw(_ buffer: ScreenBuffer, since previous: ScreenBuffer?, theme: Theme) {
        if previous == nil || previous?.size != buffer.size {
            clearScreen()
            cursorAt = nil
        }
        columns = buffer.width
        emit("\u{1B}[?25l")
        var lastRole: StyleRole?
        var lastStyle = Style.plain
        var styleDue = false
        for span in buffer.changes(from: previous) {
            var x = span.x
            while x < span.x + span.width {
                let cell = buffer[x, span.y]
                if cell.isContinuation {
                    x += 1
                    continue
                }
                if cell.role != lastRole {
                    lastStyle = theme.style(for: cell.role)
                    lastRole = cell.role
                    styleDue = true
                }
                // A run of blanks is erased, not written: to the end of the row (EL) when it
                // reaches it, else by count (ECH); the terminal erases with the current
                // background, so only for a look whose blanks show nothing else.
                let blanks = cell.character == " " && lastStyle.erasable ? blankRun(in: buffer, x: x, y: span.y, end: span.x + span.width, role: cell.role) : 0
                if blanks >= Self.shortestErase {
                    move(to: x, y: span.y)
                    if styleDue { setStyle(lastStyle); styleDue = false }
                    if x + blanks == buffer.width {
                        emit("\u{1B}[K")
                    } else {
                        emit("\u{1B}[\(blanks)X")
                    }
                    x += blanks
                    continue
                }
                move(to: x, y: span.y)
                if styleDue { setStyle(lastStyle); styleDue = false }
                let w: Int
                if let ascii = cell.character.asciiValue, ascii >= 0x20, ascii < 0x7F {
                    // Printable ASCII: nothing to sanitise, one column.
                    bytes.append(ascii)
                    w = 1
                } else {
                    let text = Sanitizer.visible(String(cell.character))
                    bytes.append(contentsOf: text.utf8)
                    w = max(DisplayWidth.width(of: cell.character), 1)
                }
                cursorAt = (x + w, span.y)
                x += w
            }
        }
        setStyle(.plain)
        if let cursor = buffer.cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < buffer.width, cursor.y < buffer.height {
            move(to: cursor.x, y: cursor.y)
            emit("\u{1B}[?25h")
        }
    }

    /// Blanks shorter than this are written as spaces (an erase and the move after it cost more).
    static let shortestErase = 6

    /// How many cells from `x` (before `end`) are blanks of `role`.
    private func blankRun(in buffer: ScreenBuffer, x: Int, y: Int, end: Int, role: StyleRole) -> Int {
        var n = 0
        while x + n < end {
            let cell = buffer[x + n, y]
            guard cell.character == " ", !cell.isContinuation, cell.role == role else { break }
            n += 1
        }
        return n
    }

    /// Moves the cursor by the shortest of the sequences that do: along the row (CUF, CHA),
    /// down or up the column (VPA), or anywhere (CUP).
    private mutating func move(to x: Int, y: Int) {
        if let at = cursorAt, at.x == x, at.y == y { return }
        var sequence = "\u{1B}[\(y + 1);\(x + 1)H"
        if let at = cursorAt, at.x < columns {
            let candidates: [String]
            if at.y == y {
                candidates = x > at.x ? ["\u{1B}[\(x - at.x)C", "\u{1B}[\(x + 1)G"] : ["\u{1B}[\(x + 1)G"]
            } else if at.x == x {
                candidates = ["\u{1B}[\(y + 1)d"]
            } else {
                candidates = []
            }
            for candidate in candidates where candidate.utf8.count < sequence.utf8.count { sequence = candidate }
        }
        emit(sequence)
        cursorAt = (x, y)
    }

    private mutating func setStyle(_ style: Style) {
        guard style != currentStyle else { return }
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        codes += Self.colorCodes(style.foreground, base: 30)
        codes += Self.colorCodes(style.background, base: 40)
        emit("\u{1B}[" + codes.joined(separator: ";") + "m")
        currentStyle = style
    }

    private static func colorCodes(_ color: TerminalColor, base: Int) -> [String] {
        switch color {
        case .default: []
        case .ansi(let n) where n < 8: ["\(base + n)"]
        case .ansi(let n): ["\(base + 60 + n - 8)"]
        case .indexed(let n): ["\(base + 8)", "5", "\(n)"]
        case .rgb(let r, let g, let b): ["\(base + 8)", "2", "\(r)", "\(g)", "\(b)"]
        }
    }

    private mutating func emit(_ sequence: String) {
        bytes.append(contentsOf: sequence.utf8)
    }
}

private extension Style {
    /// Whether a blank of this look is what the terminal's erase leaves (the background
    /// alone): not with reverse video or an underline, which show on a blank.
    var erasable: Bool { !reverse && !underline }
}
