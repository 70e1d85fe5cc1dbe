import Procedure
import Terminal

extension FormState {
    /// The layout pass: fits the editors to the width and keeps the focused field in view
    /// (the form's and each editor's scroll offsets), for the rect it will be drawn in.
    public mutating func layout(in rect: Rect, language: Language) {
        let geometry = FormGeometry(width: rect.width, height: rect.height)
        fitEditors(geometry, language: language)
        let header = headerRows(geometry, language: language)
        let viewport = max(rect.height - header.count - 1, 0)
        let body = bodyRows(geometry, language: language)
        scrollTop = Self.scrolled(scrollTop, showing: body.focus, viewport: viewport, total: body.rows.count)
    }

    /// Draws the form into `rect`: the title, the read-only notices and the form's message
    /// (pinned at the top), the fields (scrolled as the layout pass left them), and the hint
    /// line at the bottom. The buffer's cursor is put on the focused field's caret.
    public func draw(in rect: Rect, into buffer: inout ScreenBuffer, language: Language) {
        let geometry = FormGeometry(width: rect.width, height: rect.height)
        let header = headerRows(geometry, language: language)
        let viewport = max(rect.height - header.count - 1, 0)
        let body = bodyRows(geometry, language: language)
        draw(in: rect, into: &buffer, language: language, header: header, body: body.rows, viewport: viewport)
    }

    /// The layout pass and the drawing at once (a form drawn alone, in tests).
    public mutating func render(in rect: Rect, into buffer: inout ScreenBuffer, language: Language) {
        layout(in: rect, language: language)
        draw(in: rect, into: &buffer, language: language)
    }

    /// The smallest change of `top` that shows the focused rows (their top, if they do not fit).
    static func scrolled(_ top: Int, showing focus: Range<Int>, viewport: Int, total: Int) -> Int {
        guard viewport > 0 else { return 0 }
        var top = top
        if focus.upperBound > top + viewport { top = focus.upperBound - viewport }
        if focus.lowerBound < top { top = focus.lowerBound }
        return max(0, min(top, max(total - viewport, 0)))
    }

    private func headerRows(_ g: FormGeometry, language: Language) -> [FormRow] {
        var rows = [FormRow(x: 0, DisplayWidth.truncate(title[language], to: g.width), role: .paneTitle)]
        for notice in currentNotices() {
            rows += DisplayWidth.wrap(notice.text[language], width: max(g.width - FormGeometry.labelX, 1))
                .map { FormRow(x: FormGeometry.labelX, $0, role: notice.role) }
        }
        if let formMessage {
            rows += DisplayWidth.wrap("✗ " + formMessage[language], width: max(g.width - FormGeometry.labelX, 1))
                .map { FormRow(x: FormGeometry.labelX, $0, role: .formError) }
        }
        // On a very short screen the fields keep at least three rows.
        return Array(rows.prefix(max(g.height - 4, 1)))
    }

    private func draw(in rect: Rect, into buffer: inout ScreenBuffer, language: Language,
                      header: [FormRow], body: [FormRow], viewport: Int) {
        buffer.clear(rect)
        buffer.cursor = nil
        var y = rect.y
        for row in header where y < rect.maxY {
            put(row, y: y, in: rect, into: &buffer)
            y += 1
        }
        let visible = body.dropFirst(scrollTop).prefix(viewport)
        for row in visible {
            put(row, y: y, in: rect, into: &buffer)
            if let caretX = row.caretX, caretX < rect.width { buffer.cursor = (x: rect.x + caretX, y: y) }
            y += 1
        }
        guard rect.height > 0 else { return }
        drawHints(y: rect.maxY - 1, in: rect, into: &buffer, language: language,
                  more: (above: scrollTop > 0, below: scrollTop + viewport < body.count))
    }

    private func put(_ row: FormRow, y: Int, in rect: Rect, into buffer: inout ScreenBuffer) {
        for piece in row.pieces where piece.x < rect.width {
            let room = rect.width - piece.x
            if let fill = piece.fill {
                buffer.fill(Rect(x: rect.x + piece.x, y: y, width: min(fill, room), height: 1), role: piece.role)
            }
            buffer.put(piece.text, at: rect.x + piece.x, y: y, role: piece.role, maxWidth: min(piece.fill ?? room, room))
        }
    }

    /// `C-s Gửi · Esc Thoát · Tab Trường kế · C-e Soạn ngoài`, and ↑/↓ when fields are
    /// hidden above or below.
    private func drawHints(y: Int, in rect: Rect, into buffer: inout ScreenBuffer, language: Language,
                           more: (above: Bool, below: Bool)) {
        let hints: [(String, Localized)] = [
            ("C-s", submitLabel), ("Esc", FormText.leave), ("Tab", FormText.nextField), ("C-e", FormText.editExternally),
        ]
        let arrows = (more.above ? "↑" : "") + (more.below ? "↓" : "")
        let room = rect.width - DisplayWidth.width(of: arrows) - (arrows.isEmpty ? 0 : 1)
        var x = 0
        for (index, hint) in hints.enumerated() {
            let separator = index == 0 ? "" : " · "
            let text = hint.1[language]
            let w = DisplayWidth.width(of: separator + hint.0 + " " + text)
            guard x + w <= room else { break }
            x += buffer.put(separator, at: rect.x + x, y: y, role: .hintText)
            x += buffer.put(hint.0, at: rect.x + x, y: y, role: .hintKey)
            x += buffer.put(" " + text, at: rect.x + x, y: y, role: .hintText)
        }
        if !arrows.isEmpty {
            buffer.put(arrows, at: rect.maxX - DisplayWidth.width(of: arrows), y: y, role: .textMuted)
        }
    }
}
