/// A frame: a grid of ``Cell``s that views draw into and a ``TerminalBackend`` shows.
///
/// Views render `(state, rect) → cells` into a buffer and never touch the terminal; the
/// backend compares the new frame with the last one and sends only what changed. The
/// same buffer is what snapshot tests read, as text (``text(trimmingTrailingSpaces:)``)
/// and as roles (``roleSnapshot(ignoring:)``).
///
/// ```swift
/// var screen = ScreenBuffer(width: 80, height: 24)
/// screen.put("Đề xuất 2025-014", at: 2, y: 1, role: .paneTitle)
/// screen.cursor = (x: 2, y: 3)   // the focused row: IMEs and screen readers follow it
/// ```
public struct ScreenBuffer: Sendable, Equatable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Row-major cells, `width × height` of them.
    public private(set) var cells: [Cell]
    /// Where the terminal's real cursor must sit (the focused row or field), or nil to
    /// hide it.
    public var cursor: (x: Int, y: Int)?

    /// A blank frame of `width × height` cells of `role`.
    public init(width: Int, height: Int, role: StyleRole = .normal) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        self.cells = Array(repeating: .blank(role), count: self.width * self.height)
    }

    /// A blank frame the size of a terminal.
    public init(size: TerminalSize, role: StyleRole = .normal) {
        self.init(width: size.width, height: size.height, role: role)
    }

    /// The whole frame as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }
    public var size: TerminalSize { TerminalSize(width: width, height: height) }

    /// The cell at a column and row; a blank one outside the frame.
    public subscript(x: Int, y: Int) -> Cell {
        guard contains(x: x, y: y) else { return .blank() }
        return cells[y * width + x]
    }

    public static func == (lhs: ScreenBuffer, rhs: ScreenBuffer) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
            && lhs.cursor?.x == rhs.cursor?.x && lhs.cursor?.y == rhs.cursor?.y
    }

    // MARK: - Drawing

    /// Writes one line of text from column `x` of row `y`, and returns how many columns
    /// it took.
    ///
    /// The text is made safe first (``Sanitizer/visible(_:)``; placeholders get the role
    /// ``StyleRole/textControl``) and placed by display column: it stops at the right
    /// edge of the frame or after `maxWidth` columns, and a wide grapheme that does not
    /// fit whole leaves a blank instead of half of itself. Zero-width format characters
    /// are dropped; an accent with no letter before it is shown on a dotted circle (◌).
    /// It does not truncate with "…": use ``DisplayWidth/truncate(_:to:ellipsis:)`` first
    /// when the cut must show.
    @discardableResult
    public mutating func put(_ text: String, at x: Int, y: Int, role: StyleRole = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, maxWidth.map { x + max($0, 0) } ?? width)
        var column = x
        for original in Sanitizer.visible(text) {
            guard column < limit else { break }
            var character = original
            var w = DisplayWidth.width(of: character)
            if w == 0 {
                guard let dotted = Self.onDottedCircle(character) else { continue }
                character = dotted
                w = 1
            }
            if column + w > limit {
                if column >= 0 { overwrite(x: column, y: y, with: .blank(role)) }
                column += 1
                break
            }
            if column >= 0 {
                let cellRole = Sanitizer.isPlaceholder(character) ? StyleRole.textControl : role
                place(character, width: w, x: column, y: y, role: cellRole)
            }
            column += w
        }
        return max(column - max(x, 0), 0)
    }

    /// Fills a rectangle (clipped to the frame) with one narrow character.
    public mutating func fill(_ rect: Rect, with character: Character = " ", role: StyleRole = .normal) {
        let area = rect.intersection(bounds)
        let fillCharacter = DisplayWidth.width(of: character) == 1 && !Sanitizer.isPlaceholder(character)
            && Sanitizer.visible(String(character)) == String(character) ? character : " "
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                overwrite(x: x, y: y, with: Cell(fillCharacter, role: role))
            }
        }
    }

    /// Blanks a rectangle, or the whole frame, with a role.
    public mutating func clear(_ rect: Rect? = nil, role: StyleRole = .normal) {
        fill(rect ?? bounds, with: " ", role: role)
    }

    /// Changes the role of every cell in a rectangle and keeps its text: how a list
    /// marks its selected row after drawing it.
    public mutating func restyle(_ rect: Rect, role: StyleRole) {
        let area = rect.intersection(bounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                cells[y * width + x].role = role
            }
        }
    }

    // MARK: - Reading it back

    /// The frame as plain lines, one per row, wide graphemes once.
    public func text(trimmingTrailingSpaces: Bool = true) -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !cells[y * width + x].isContinuation {
                line.append(cells[y * width + x].character)
            }
            guard trimmingTrailingSpaces else { return line }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The role of every column, row by row (parallel to the columns, not to `text()`).
    public func roleMap() -> [[StyleRole]] {
        (0..<height).map { y in (0..<width).map { x in cells[y * width + x].role } }
    }

    /// The roles as runs, one line per run, for snapshot tests:
    /// `"y3 x0-79 list.row.selected"` (columns inclusive). Runs of the ignored roles are
    /// left out.
    public func roleSnapshot(ignoring ignored: Set<StyleRole> = [.normal]) -> String {
        var lines: [String] = []
        for y in 0..<height {
            var start = 0
            while start < width {
                let role = cells[y * width + start].role
                var end = start
                while end + 1 < width && cells[y * width + end + 1].role == role { end += 1 }
                if !ignored.contains(role) { lines.append("y\(y) x\(start)-\(end) \(role)") }
                start = end + 1
            }
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Cell placement

    private func contains(x: Int, y: Int) -> Bool { x >= 0 && x < width && y >= 0 && y < height }

    mutating func place(_ character: Character, width w: Int, x: Int, y: Int, role: StyleRole) {
        if w == 2 { overwrite(x: x + 1, y: y, with: .blank(role)) }
        overwrite(x: x, y: y, with: Cell(character, role: role))
        if w == 2 && x + 1 < width { cells[y * width + x + 1] = Cell(" ", role: role, isContinuation: true) }
    }

    /// Sets one cell and repairs a wide grapheme it cuts in half: the other half becomes
    /// a blank, so the grid never holds half of a wide grapheme.
    mutating func overwrite(x: Int, y: Int, with cell: Cell) {
        guard contains(x: x, y: y) else { return }
        let index = y * width + x
        if cells[index].isContinuation && x > 0 {
            cells[index - 1] = .blank(cells[index - 1].role)
        }
        if x + 1 < width && cells[index + 1].isContinuation {
            cells[index + 1] = .blank(cells[index + 1].role)
        }
        cells[index] = cell
    }

    static func onDottedCircle(_ character: Character) -> Character? {
        guard let first = character.unicodeScalars.first,
              first.properties.generalCategory == .nonspacingMark || first.properties.generalCategory == .enclosingMark
        else { return nil }
        let shown = "\u{25CC}" + String(character)
        return shown.count == 1 ? shown.first : nil
    }
}
