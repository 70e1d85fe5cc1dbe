import Ledger
import Procedure
import Terminal

/// §7.8: a cursor over the detail's attachment lines. Tab from the detail moves the keys
/// into the list of files (when the proposal has any); j/k (↓/↑), g/G move from file to
/// file, the pane scrolling to keep the file in view; Enter opens the file under the
/// cursor as `:attachment N` does (a text-like one in the pager, any other with the
/// command that fetches it); Tab goes on to the review, Shift-Tab or q back to the
/// detail's text. Enter anywhere else opens the proposal, as it always did.
extension ProposalsBoard {
    /// Whether the detail's list of files has the keys.
    var inAttachmentList: Bool { focus == .detail && detail.attachmentList != nil && !detail.attachments.isEmpty }

    /// Tab: into the list of files from the detail's text when there are files, else on
    /// to the next pane.
    var tabBinding: Binding {
        if focus == .detail && !detail.attachments.isEmpty && detail.attachmentList == nil {
            return Binding([.tab], "next-pane", DeskText.nextPaneToAttachments, hint: DeskText.hintAttachmentList)
        }
        return Binding([.tab], "next-pane", DeskText.nextPane, hint: DeskText.hintPane)
    }

    /// Enter on a file's line; listed (and greyed with why) when the list has not the keys.
    var openAttachmentLineBinding: Binding {
        Binding([.enter], "open-attachment-line", DeskText.openAttachmentLine,
                hint: inAttachmentList ? DeskText.hintOpenAttachment : nil,
                why: inAttachmentList ? nil : DeskText.noAttachmentLine)
    }

    /// The commands that move the keys into, within or out of the list of files; nil for
    /// the others (done as before; any that moves the focus leaves the list).
    mutating func performInAttachmentList(_ name: String, _ desk: DeskState) -> [DeskAction]? {
        let files = detail.attachments.count
        switch name {
        case "next-pane" where focus == .detail && files > 0:
            if detail.attachmentList == nil {
                detail.attachmentList = ListState(count: files)
            } else {
                detail.attachmentList = nil
                focus = .review
            }
            return []
        case "previous-pane" where focus == .detail && detail.attachmentList != nil,
             "back" where focus == .detail && detail.attachmentList != nil:
            detail.attachmentList = nil
            return []
        case "previous-pane" where focus == .review && files > 0:
            focus = .detail
            detail.attachmentList = ListState(count: files)
            return []
        case "open-attachment-line":
            guard inAttachmentList, let list = detail.attachmentList, detail.attachments.indices.contains(list.selected) else {
                return [.say(DeskText.noAttachmentLine, .warning)]
            }
            return openAttachment(String(detail.attachments[list.selected].number), desk)
        case "inbox", "detail", "review", "open-detail", "next-pane", "previous-pane", "back", "search", "filter", "new":
            detail.attachmentList = nil
            return nil
        default:
            return nil
        }
    }

    /// A proposal arrived: its files, the cursor kept on the same file number when it is
    /// still there (a new version of the same proposal), dropped when there are none.
    mutating func showAttachments(_ payload: DetailPayload) {
        let before = detail.attachmentList.flatMap { list in detail.attachments.indices.contains(list.selected) ? detail.attachments[list.selected].number : nil }
        detail.attachments = payload.attachments
        detail.attachmentsAt = payload.attachmentsAt
        detail.attachmentRows = []
        guard detail.attachmentList != nil else { return }
        guard !payload.attachments.isEmpty, payload.attachmentsAt != nil else {
            detail.attachmentList = nil
            return
        }
        var list = ListState(count: payload.attachments.count)
        list.select(payload.attachments.firstIndex { $0.number == before } ?? 0)
        detail.attachmentList = list
    }

    /// Wraps the detail's lines, noting the rows each file's line takes.
    static func wrapDetail(_ lines: [StyledLine], attachmentsAt: Int?, files: Int, width: Int) -> (lines: [StyledLine], rows: [Range<Int>]) {
        // The header at a fixed height (DetailHeader), then the rest.
        let headerEnd = DetailHeader.end(of: lines)
        var out = DetailHeader.wrap(lines[..<headerEnd], width: width)
        guard let start = attachmentsAt, files > 0, start >= headerEnd, start + files <= lines.count else {
            return (out + Draw.wrap(Array(lines[headerEnd...]), width: width), [])
        }
        out += Draw.wrap(Array(lines[headerEnd..<start]), width: width)
        var rows: [Range<Int>] = []
        for line in lines[start..<(start + files)] {
            let wrapped = Draw.wrap([line], width: width)
            rows.append(out.count..<(out.count + wrapped.count))
            out += wrapped
        }
        out += Draw.wrap(Array(lines[(start + files)...]), width: width)
        return (out, rows)
    }

    /// The layout pass: the file under the cursor kept in view.
    mutating func revealAttachmentCursor() {
        guard inAttachmentList, let list = detail.attachmentList, detail.attachmentRows.indices.contains(list.selected) else { return }
        let rows = detail.attachmentRows[list.selected]
        var scroll = detail.detailList
        let visible = max(1, scroll.visible)
        if rows.upperBound > scroll.top + visible { scroll.top = rows.upperBound - visible }
        if rows.lowerBound < scroll.top { scroll.top = rows.lowerBound }
        scroll.clamp()
        detail.detailList = scroll
    }

    /// The detail's wrapped lines as drawn: the file under the cursor marked `›` and
    /// drawn as a selected row (reverse or bold in every theme, not colour alone).
    var detailLinesDrawn: [StyledLine] {
        var lines = detail.detailWrapped.lines
        guard inAttachmentList, let list = detail.attachmentList, detail.attachmentRows.indices.contains(list.selected) else { return lines }
        let rows = detail.attachmentRows[list.selected]
        for row in rows where lines.indices.contains(row) {
            lines[row] = lines[row].map { Span($0.text, .listRowSelected) }
        }
        if lines.indices.contains(rows.lowerBound) { lines[rows.lowerBound].insert(Span("› ", .listRowSelected), at: 0) }
        return lines
    }
}
