import Foundation
import Ledger
import Procedure
import Terminal

/// The three panes of the proposals board.
public enum Pane: Int, CaseIterable, Sendable {
    case inbox = 0
    case detail = 1
    case review = 2

    public var title: Localized {
        switch self {
        case .inbox: DeskText.inboxTitle
        case .detail: DeskText.detailTitle
        case .review: DeskText.reviewTitle
        }
    }
}

/// The inbox: the rows loaded (a keyset page at a time), the list state and the filter.
public struct InboxState: Sendable {
    public var rows: [ProposalSummary] = []
    public var list = ListState(scrollsByHalfPage: true)
    public var preset: InboxPreset.Kind = .all
    public var presetLabel = DeskText.presetAll
    /// The search in force (`/`), if any.
    public var search: String?
    /// Whether more rows exist after the last one loaded.
    public var hasMore = false
    /// Each reload asks with a new generation; a page of an older one is dropped.
    var generation = 0
    var loading = false
    /// The rows' texts measured once (the layout pass prepares those in view).
    var rowTexts = InboxRowTexts()

    public var selected: Int { list.selected }
    public var top: Int { list.top }
    public var current: ProposalSummary? { rows.indices.contains(list.selected) ? rows[list.selected] : nil }
}

/// The proposal shown in the detail and review panes, its documents laid out (on the
/// worker) and wrapped to the panes' width (in the layout pass).
public struct DetailState: Sendable {
    public var proposal: Proposal?
    public var history: [StoredEvent] = []
    var detailLines: [StyledLine] = []
    var reviewLines: [StyledLine] = []
    var detailWrapped = Wrapped()
    var reviewWrapped = Wrapped()
    public var detailList = ListState(scrollsOnly: true)
    public var reviewList = ListState(scrollsOnly: true)
    /// The id asked of the worker and not arrived yet.
    var loadingID: String?
    /// What is shown: the proposal, version, officer, language and day it was read for.
    var shownKey: DetailCache.Key?
    /// The row being read ahead of the selection (asked of the worker, not arrived yet).
    var aheadKey: DetailCache.Key?
    /// The rows of each document in view, measured once (the layout pass, or the worker
    /// for a row read ahead).
    var detailWindow = PreparedWindow()
    var reviewWindow = PreparedWindow()
    /// §7.8: the files listed in the detail, where their lines start in `detailLines`,
    /// their rows once wrapped, and the cursor over them while that list has the keys
    /// (Tab from the detail; nil otherwise).
    public var attachments: [AttachmentRecord] = []
    var attachmentsAt: Int?
    var attachmentRows: [Range<Int>] = []
    public var attachmentList: ListState?

    public var scroll: Int { detailList.top }
    public var reviewScroll: Int { reviewList.top }

    /// A document wrapped at a width, kept until the document or the width changes.
    struct Wrapped: Sendable {
        var width = -1
        var lines: [StyledLine] = []
    }
}

/// The proposals board (the root of the Desk): the inbox, the detail and the review.
public struct ProposalsBoard: DeskComponent {
    public var inbox = InboxState()
    public var detail = DetailState()
    /// §7.8: the attachment last opened (`o` opens the one after it).
    var lastAttachment: (id: String, number: Int)?
    public var focus: Pane = .inbox
    /// The filters with their counts, as last loaded with the inbox.
    public var presets: [InboxPreset] = []
    var detailCache = DetailCache()
    /// What waits for the selected proposal to arrive: the message of a step just
    /// recorded (said with the detail that shows it), a menu asked for while it loaded.
    var afterLoad: [DeskAction] = []
    /// The proposal whose menu `a` asked for before it had arrived: the menu opens when
    /// that proposal is shown, never over another one the selection moved to meanwhile.
    var menuAskedFor: String?

    public init() {}

    public func bindings(_ desk: DeskState) -> [Binding] {
        // A row whose proposal is still on its way counts as selected: `a` typed ahead
        // opens the menu when it arrives.
        let noProposal = inbox.current == nil && detail.proposal == nil ? DeskText.noProposalSelected : nil
        let noSearch = inbox.search == nil ? DeskText.noSearchYet : nil
        var all: [Binding] = [
            Binding([.char("q")], "back", DeskText.backOneLevel, hint: DeskText.hintBack),
            tabBinding,
            Binding([.backTab], "previous-pane", DeskText.previousPane),
            Binding([.char("1")], "inbox", DeskText.inboxPane),
            Binding([.char("2")], "detail", DeskText.detailPane),
            Binding([.char("3")], "review", DeskText.reviewPane),
        ]
        all += ListState.bindings(document: focus != .inbox && !inAttachmentList)
        // §7.8: Enter on a file's line opens it; elsewhere it opens the proposal.
        if inAttachmentList { all.append(openAttachmentLineBinding) }
        all += [
            Binding([.enter], "open-detail", DeskText.openProposal, hint: DeskText.hintOpen, why: noProposal),
            Binding([.char("/")], "search", DeskText.searchHelp, hint: DeskText.hintSearch, argument: true),
            Binding([.char("n")], "search-next", DeskText.searchNext, why: noSearch),
            Binding([.char("N")], "search-previous", DeskText.searchPrevious, why: noSearch),
            Binding([.char("f")], "filter", DeskText.filterHelp, hint: DeskText.hintFilter, argument: true),
            Binding([.char("a")], "actions", DeskText.actionsHelp, hint: DeskText.hintActions, why: noProposal),
            Binding([], "action", DeskText.actionByName, why: noProposal, argument: true),
            Binding([], "conflict", DeskText.declareConflictHelp, why: noProposal, argument: true),
            Binding([.char("o")], "attachment", DeskText.openAttachmentHelp, why: noProposal, argument: true),
            Binding([.char("c")], "new", DeskText.newProposal, hint: DeskText.hintNew),
        ]
        if !inAttachmentList { all.append(openAttachmentLineBinding) }
        return all
    }

    public mutating func perform(_ name: String, argument: String?, _ desk: DeskState) -> [DeskAction] {
        if let handled = performInAttachmentList(name, desk) { return handled }
        switch name {
        case "back":
            if focus != .inbox { focus = .inbox; return [] }
            if inbox.search != nil {
                inbox.search = nil
                return reload(desk, keeping: inbox.current?.id)
            }
            return [.quit(force: false)]
        case "next-pane": focus = Pane(rawValue: (focus.rawValue + 1) % 3) ?? .inbox
        case "previous-pane": focus = Pane(rawValue: (focus.rawValue + 2) % 3) ?? .inbox
        case "inbox": focus = .inbox
        case "detail", "open-detail": focus = .detail
        case "review": focus = .review
        case "search":
            if let argument { return applySearch(argument, desk) }
            return [.push(.prompt(Prompt(purpose: .search)))]
        case "search-next", "search-previous":
            guard !inbox.rows.isEmpty else { return [] }
            let count = inbox.rows.count
            focus = .inbox
            return select((inbox.list.selected + (name == "search-next" ? 1 : count - 1)) % count, desk)
        case "filter":
            if let argument {
                guard let preset = presets.first(where: { $0.id == argument }) else { return [.say(DeskText.noFilter(argument), .error)] }
                return applyPreset(preset, desk)
            }
            return [.job(presetsJob(desk, open: true))]
        case "actions":
            // The selected row's proposal not here yet (it is being read, or the page that
            // selects it is): the menu opens when it arrives, for the officer at the keys then.
            if detail.loadingID != nil || (inbox.current != nil && detail.proposal?.id != inbox.current?.id) {
                menuAskedFor = inbox.current?.id
                return []
            }
            let items = menuItems(desk)
            guard !items.isEmpty else { return [] }
            return [.push(.actionMenu(ActionMenu(items: items)))]
        case "action":
            guard let argument, let kind = ActionKind(rawValue: argument) else { return [.say(DeskText.actionUsage, .error)] }
            guard let item = menuItems(desk).first(where: { $0.kind == kind && $0.onBehalfOf == nil }) else { return [] }
            if let refusal = item.refusal { return [.say(refusal.localized, .warning)] }
            return choose(item.menuItem, desk)
        case "conflict":
            return declareConflict(argument, desk)
        case "attachment":
            return openAttachment(argument, desk)
        case "new":
            return openNewDossier(desk)
        default:
            return move(name, desk)
        }
        return []
    }

    /// j/k, g/G, PgUp/PgDn, C-d/C-u in the focused pane.
    mutating func move(_ name: String, _ desk: DeskState) -> [DeskAction] {
        switch focus {
        case .inbox:
            var list = inbox.list
            guard list.apply(name) else { return [] }
            return select(list.selected, desk)
        case .detail:
            if detail.attachmentList != nil { detail.attachmentList?.apply(name) } else { detail.detailList.apply(name) }
        case .review: detail.reviewList.apply(name)
        }
        return []
    }

    /// Selects an inbox row: loads more rows near the end, and shows the proposal (from the
    /// cache when its version is unchanged, else asked of the worker).
    mutating func select(_ index: Int, _ desk: DeskState) -> [DeskAction] {
        let before = inbox.current?.id
        inbox.list.select(index)
        var actions = loadMoreIfNeeded(desk)
        if inbox.current?.id != before {
            // A menu asked for the proposal left behind is not opened on the next one.
            menuAskedFor = nil
            actions += showCurrent(desk)
        }
        return actions
    }
}

/// What other components and the worker send the proposals board.
public enum ProposalsIntent: Sendable {
    /// `:open ID` (an id or a short form).
    case openID(String)
    case applyPreset(InboxPreset)
    case search(String)
    /// A menu item was picked.
    case choose(MenuItem)
    /// A step without a form, confirmed with y.
    case perform(kind: ActionKind, actions: [Action], onBehalfOf: String?)
}

