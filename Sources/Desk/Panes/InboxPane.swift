import Foundation
import Ledger
import Procedure
import Terminal

/// The inbox: one line per proposal with its due mark, id, state, unit, proposer, title.
/// The selected row carries a "›" marker and the selected role: never colour alone.
enum InboxPane {
    /// Each row's texts come prepared from the layout pass (`InboxRowTexts`), or are
    /// prepared here for a row the pass did not see: the same cells either way.
    static func draw(_ state: DeskState, in rect: Rect, focused: Bool, into buffer: inout ScreenBuffer) {
        let calendar = state.calendar, settings = state.settings, today = state.today
        let search = state.inbox.search.map { " · /" + $0 } ?? ""
        let title = Pane.inbox.title[state.language] + " · " + state.inbox.presetLabel[state.language]
            + " (\(state.inbox.rows.count)\(state.inbox.hasMore ? "+" : ""))" + search
        let inner = Draw.box(rect, title: title, focused: focused, into: &buffer)
        guard inner.height > 1, inner.width > 10 else { return }
        // Columns drop from the right as the pane narrows: the state, then the due day.
        let showDue = InboxColumns(width: inner.width).showDue
        let showState = InboxColumns(width: inner.width).showState
        let header = "  " + DisplayWidth.pad(DeskText.inboxIdColumn[state.language], to: 12) + " "
            + (showDue ? DisplayWidth.pad(DeskText.inboxDueColumn[state.language], to: 10) + " " : "")
            + (showState ? DisplayWidth.pad(DeskText.inboxStateColumn[state.language], to: 16) + " " : "") + DeskText.inboxTitleColumn[state.language]
        buffer.put(DisplayWidth.truncate(header, to: inner.width), at: inner.x, y: inner.y, role: .listHeader)
        let rows = state.inbox.rows
        let visible = inner.height - 1
        if rows.isEmpty {
            buffer.put(DeskText.inboxEmptyFilter[state.language], at: inner.x, y: inner.y + 1, role: .textMuted, maxWidth: inner.width)
            return
        }
        let columns = InboxColumns(width: inner.width)
        let language = state.language
        for offset in 0..<visible {
            let index = state.inbox.top + offset
            guard rows.indices.contains(index) else { break }
            let row = rows[index]
            let texts = state.inbox.rowTexts.texts(for: row, columns: columns, language: language)
                ?? InboxRowTexts.Entry(row, columns: columns, language: language)
            let y = inner.y + 1 + offset
            let selected = index == state.inbox.selected
            let status = row.nextDue.map { calendar.dueStatus(of: $0, today: today, soonWithin: settings.dueSoonDays) }
            let mark = status == .overdue ? "!" : status == .dueSoon ? "~" : " "
            let role: StyleRole = selected ? (focused ? .listRowSelected : .listRowSelectedInactive) : .listRow
            buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: role)
            var x = inner.x
            x += buffer.put(selected ? "›" : " ", at: x, y: y, role: role)
            x += buffer.put(mark, at: x, y: y, role: status == .overdue ? .dueOverdue : status == .dueSoon ? .dueSoon : role)
            x += buffer.put(texts.id, at: x, y: y, role: role)
            if columns.showDue {
                x += buffer.put(texts.due, at: x, y: y,
                                role: selected ? role : status == .overdue ? .dueOverdue : status == .dueSoon ? .dueSoon : role)
            }
            if columns.showState {
                x += buffer.put(texts.state, at: x, y: y, role: role)
            }
            let rest = inner.maxX - x
            if rest > 0 {
                buffer.put(texts.title, at: x, y: y, role: role, maxWidth: rest)
            }
            if selected && focused { buffer.cursor = (inner.x, y) }
        }
    }
}

extension InboxPane {
    /// A row's "title — proposer", made visible and cut to `width` columns.
    static func title(_ row: ProposalSummary, _ width: Int) -> String {
        DisplayWidth.truncate((row.title + " — " + row.proposerName).visible, to: width)
    }
}

/// The detail pane: the proposal document, scrolled.
enum DetailPane {
    /// `lines`: the document already wrapped to the pane's inner width.
    static func draw(_ state: DeskState, lines: [StyledLine], loading: Bool, in rect: Rect, focused: Bool, into buffer: inout ScreenBuffer) {
        let title = Pane.detail.title[state.language] + (state.detail.proposal.map { " · " + $0.id } ?? "")
        let empty = loading ? DeskText.loading : DeskText.pickAProposal
        Draw.document(lines, title: title, empty: state.detail.proposal == nil || loading ? empty[state.language] : nil,
                      scroll: state.detail.scroll, in: rect, focused: focused, alreadyWrapped: true,
                      window: state.detail.detailWindow, into: &buffer)
    }
}
