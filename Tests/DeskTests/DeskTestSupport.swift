import Foundation
@testable import Desk
import Ledger
import Procedure
import Terminal

/// What the Desk tests read of the Desk's inside, in the words of the tests.
extension DeskApp {
    /// The inbox's page (PgDn moves by it).
    var pageStep: Int { state.proposals.inbox.list.page }
    /// Rows asked of the ledger per keyset page.
    var pageSize: Int { ProposalsBoard.pageSize(state) }
    var inboxVisibleRows: Int { state.proposals.inbox.list.visible }
    var waitingStale: Bool { state.waitingStale }
    /// The detail document as laid out on the worker, before wrapping.
    var detailLines: [StyledLine] { state.proposals.detail.detailLines }

    /// A pane's document as the layout pass wrapped it (at the pane's width).
    func wrapped(_ pane: Pane, width: Int) -> [StyledLine] {
        let wrapped = pane == .review ? state.proposals.detail.reviewWrapped : state.proposals.detail.detailWrapped
        return wrapped.width == width ? wrapped.lines : freshlyWrapped(pane, width: width)
    }

    /// A pane's document wrapped now from its lines, as the layout pass wraps it (the
    /// detail's header at its fixed height).
    func freshlyWrapped(_ pane: Pane, width: Int) -> [StyledLine] {
        let detail = state.proposals.detail
        if pane == .review { return Draw.wrap(detail.reviewLines, width: width) }
        return ProposalsBoard.wrapDetail(detail.detailLines, attachmentsAt: detail.attachmentsAt, files: detail.attachments.count, width: width).lines
    }

    func inboxTitle(_ row: ProposalSummary, _ width: Int) -> String { InboxPane.title(row, width) }

    /// Applies a filter as the picker does, and waits for the page.
    func applyPreset(_ preset: InboxPreset) {
        apply([.send(.proposals, ProposalsIntent.applyPreset(preset))])
        settle()
    }

    /// Applies a filter by its id (`mine`, `overdue`, `state:draft` …).
    func applyPreset(id: String) {
        apply([.run("filter", argument: id)])
        settle()
    }

    /// The `:` line's completions of `typed` here.
    func completions(_ typed: String) -> [String] {
        Prompt(purpose: .command, vocabulary: GlobalCommands.vocabulary(state)).completions(for: typed)
    }
}
