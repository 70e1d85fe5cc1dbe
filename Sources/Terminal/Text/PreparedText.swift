/// Text measured once, to be placed many times: its graphemes made visible
/// (``Sanitizer/visible(_:)``), each with its width as ``DisplayWidth`` measures it and
/// the cell ``ScreenBuffer/put(_:at:y:role:maxWidth:)`` would draw for it.
///
/// Measuring is most of the cost of drawing a line of Vietnamese text: breaking it into
/// graphemes and looking up each one's width. The Desk draws the same inbox rows and the
/// same detail lines frame after frame, so it prepares them once (per row and width, per
/// proposal version and width) and each frame only copies the cells.
///
/// ```swift
/// let title = PreparedText("Số hóa hồ sơ — Nguyễn Văn An")
/// buffer.put(title.truncated(to: 20), at: 4, y: 2, role: .listRow)
/// ```
///
/// Cutting, padding and placing a prepared text gives exactly the cells that
/// ``DisplayWidth/truncate(_:to:ellipsis:)``, ``DisplayWidth/pad(_:to:alignment:)`` and
/// placing the string give, hostile text included (`PreparedTextTests`).
public struct PreparedText: Sendable, Equatable {
    /// One grapheme of the visible text.
    public struct Glyph: Sendable, Equatable {
        /// What is drawn: the grapheme, or an orphan mark on its dotted circle.
        public var character: Character
        /// Columns as ``DisplayWidth/width(of:)-(Character)`` measures the grapheme
        /// (what truncating and padding count).
        public var measured: UInt8
        /// Columns it takes when drawn; 0: not drawn (a zero-width format character).
        public var drawn: UInt8
        /// One of the sanitiser's placeholders (drawn in ``StyleRole/textControl``).
        public var isPlaceholder: Bool
    }

    /// The graphemes, in order.
    public private(set) var glyphs: [Glyph]
    /// The columns of the whole text, as ``DisplayWidth/width(of:)-(StringProtocol)`` measures it.
    public private(set) var width: Int

    /// Measures `text` once.
    public init(_ text: String) {
        glyphs = []
        width = 0
        let visible = Sanitizer.visible(text)
        glyphs.reserveCapacity(visible.utf8.count)
        for original in visible {
            let measured = DisplayWidth.width(of: original)
            var character = original
            var drawn = measured
            if measured == 0 {
                if let dotted = ScreenBuffer.onDottedCircle(original) {
                    character = dotted
                    drawn = 1
                }
            }
            glyphs.append(Glyph(character: character, measured: UInt8(measured), drawn: UInt8(drawn),
                                isPlaceholder: drawn > 0 && Sanitizer.isPlaceholder(character)))
            width += measured
        }
    }

    private init(glyphs: [Glyph], width: Int) {
        self.glyphs = glyphs
        self.width = width
    }

    /// The text cut to `columns` with "…" when it does not fit, as
    /// ``DisplayWidth/truncate(_:to:ellipsis:)`` cuts the string.
    public func truncated(to columns: Int) -> PreparedText {
        guard columns > 0 else { return PreparedText(glyphs: [], width: 0) }
        if width <= columns { return self }
        let room = columns - 1
        var used = 0
        var end = 0
        for glyph in glyphs {
            let w = Int(glyph.measured)
            if used + w > room { break }
            used += w
            end += 1
        }
        return PreparedText(glyphs: Array(glyphs[..<end]) + [Self.ellipsis], width: used + 1)
    }

    /// The text cut (with "…") or padded with spaces to `columns` columns, as
    /// ``DisplayWidth/pad(_:to:alignment:)`` does with the padding after the text.
    public func padded(to columns: Int) -> PreparedText {
        guard columns > 0 else { return PreparedText(glyphs: [], width: 0) }
        let fitted = truncated(to: columns)
        let missing = columns - fitted.width
        guard missing > 0 else { return fitted }
        return PreparedText(glyphs: fitted.glyphs + Array(repeating: Self.space, count: missing), width: columns)
    }

    /// This text followed by another.
    public static func + (lhs: PreparedText, rhs: PreparedText) -> PreparedText {
        PreparedText(glyphs: lhs.glyphs + rhs.glyphs, width: lhs.width + rhs.width)
    }

    static let ellipsis = Glyph(character: "…", measured: 1, drawn: 1, isPlaceholder: false)
    static let space = Glyph(character: " ", measured: 1, drawn: 1, isPlaceholder: false)
}

extension ScreenBuffer {
    /// Places a prepared text from column `x` of row `y`, as
    /// ``put(_:at:y:role:maxWidth:)`` places the string it was made from, and returns the
    /// columns it took; nothing is measured again.
    @discardableResult
    public mutating func put(_ text: PreparedText, at x: Int, y: Int, role: StyleRole = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, maxWidth.map { x + max($0, 0) } ?? width)
        var column = x
        for glyph in text.glyphs where glyph.drawn > 0 {
            guard column < limit else { break }
            let w = Int(glyph.drawn)
            if column + w > limit {
                if column >= 0 { overwrite(x: column, y: y, with: .blank(role)) }
                column += 1
                break
            }
            if column >= 0 {
                place(glyph.character, width: w, x: column, y: y, role: glyph.isPlaceholder ? .textControl : role)
            }
            column += w
        }
        return max(column - max(x, 0), 0)
    }
}
