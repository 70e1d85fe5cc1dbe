import Procedure
import Terminal

extension ProposalsBoard {
    /// Sizes the inbox list and prepares the texts of the rows in view, wraps the documents
    /// to the panes' width (only when the document or the width changed), then clamps
    /// every scroll.
    public mutating func layout(_ rect: Rect, _ desk: DeskState) {
        let panes = DeskLayout.panes(for: desk)
        inbox.list.fit(panes.inbox.height - 3)
        let shown = inbox.rows.indices.clamped(to: inbox.list.top..<(inbox.list.top + max(0, panes.inbox.height - 3)))
        inbox.rowTexts.prepare(inbox.rows[shown], columns: InboxColumns(width: panes.inbox.width - 2), language: desk.language)
        let detailWidth = max(1, panes.detail.width - 2)
        let reviewWidth = max(1, panes.review.width - 2)
        if detail.detailWrapped.width != detailWidth || detail.reviewWrapped.width != reviewWidth {
            if detail.detailWrapped.width != detailWidth {
                let wrapped = Self.wrapDetail(detail.detailLines, attachmentsAt: detail.attachmentsAt, files: detail.attachments.count, width: detailWidth)
                detail.detailWrapped = .init(width: detailWidth, lines: wrapped.lines)
                detail.attachmentRows = wrapped.rows
            }
            if detail.reviewWrapped.width != reviewWidth {
                detail.reviewWrapped = .init(width: reviewWidth, lines: Draw.wrap(detail.reviewLines, width: reviewWidth))
            }
            // Kept with the cached proposal (the same version of it), so that coming back
            // to it wraps nothing again.
            if let key = detail.shownKey, var entry = detailCache[key], let shown = detail.proposal,
               entry.proposal.id == shown.id, entry.proposal.version == shown.version {
                entry.detailWrapped = detail.detailWrapped
                entry.attachmentRows = detail.attachmentRows
                entry.reviewWrapped = detail.reviewWrapped
                detailCache[key] = entry
            }
        }
        detail.detailList.count = detail.detailWrapped.lines.count
        detail.detailList.fit(panes.detail.height - 2)
        revealAttachmentCursor()
        detail.reviewList.count = detail.reviewWrapped.lines.count
        detail.reviewList.fit(panes.review.height - 2)
        // The rows in view, measured once (the panes drawn only: one at a time in tabs).
        if panes.tabs == nil || focus == .detail {
            let lines = detailLinesDrawn, height = max(0, panes.detail.height - 2)
            if !detail.detailWindow.matches(lines, scroll: detail.detailList.top, height: height, width: detailWidth) {
                detail.detailWindow = PreparedWindow(lines, top: detail.detailList.top, height: height, width: detailWidth)
            }
        }
        if panes.tabs == nil || focus == .review {
            let lines = detail.reviewWrapped.lines, height = max(0, panes.review.height - 2)
            if !detail.reviewWindow.matches(lines, scroll: detail.reviewList.top, height: height, width: reviewWidth) {
                detail.reviewWindow = PreparedWindow(lines, top: detail.reviewList.top, height: height, width: reviewWidth)
            }
        }
    }

    public func draw(_ desk: DeskState, in rect: Rect, into buffer: inout ScreenBuffer) {
        let layout = DeskLayout.panes(for: desk)
        let loading = detail.loadingID != nil && detail.proposal?.id != detail.loadingID
        if let tabs = layout.tabs {
            drawTabs(desk, tabs, into: &buffer)
            switch focus {
            case .inbox: InboxPane.draw(desk, in: layout.inbox, focused: true, into: &buffer)
            case .detail: DetailPane.draw(desk, lines: detailLinesDrawn, loading: loading, in: layout.detail, focused: true, into: &buffer)
            case .review: ReviewPane.draw(desk, lines: detail.reviewWrapped.lines, loading: loading, in: layout.review, focused: true, into: &buffer)
            }
            return
        }
        var cursor: (x: Int, y: Int)?
        InboxPane.draw(desk, in: layout.inbox, focused: focus == .inbox, into: &buffer)
        if focus == .inbox { cursor = buffer.cursor }
        DetailPane.draw(desk, lines: detailLinesDrawn, loading: loading, in: layout.detail, focused: focus == .detail, into: &buffer)
        if focus == .detail { cursor = buffer.cursor }
        ReviewPane.draw(desk, lines: detail.reviewWrapped.lines, loading: loading, in: layout.review, focused: focus == .review, into: &buffer)
        if focus == .review { cursor = buffer.cursor }
        buffer.cursor = cursor
    }

    func drawTabs(_ desk: DeskState, _ rect: Rect, into buffer: inout ScreenBuffer) {
        buffer.fill(rect, role: .tab)
        var x = rect.x
        for pane in Pane.allCases {
            let selected = pane == focus
            // The chosen tab is bracketed, not only coloured.
            let title = pane.title[desk.language]
            let label = selected ? "[\(pane.rawValue + 1) \(title)]" : " \(pane.rawValue + 1) \(title) "
            x += buffer.put(label, at: x, y: rect.y, role: selected ? .tabSelected : .tab)
            x += buffer.put(" ", at: x, y: rect.y, role: .tab)
        }
    }
}
