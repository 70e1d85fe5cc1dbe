import Foundation
import Ledger
import Procedure
import Terminal

/// A page of the inbox as the worker read it.
struct InboxPage: Sendable {
    var generation: Int
    var rows: [ProposalSummary]
    var hasMore: Bool
    var keeping: String?
    var presets: [InboxPreset]
    /// "Waiting on me", when the page was that list (it counts them on the way).
    var waiting: Int?
    /// A new draft the filter does not hold: the board shows every proposal to select it.
    var mustShow: String?
    /// Said once the page is shown (the result of a search, of a step).
    var then: [Said]
    /// `:open` of an id not found.
    var notFound: String?
    /// `:as`: an empty "waiting on me" gives way to every proposal.
    var emptyShowsAll = false
}

/// A message to say once data has arrived (kept as values: the page decides the wording).
enum Said: Sendable {
    case results
    case recorded(Localized)
    case created(String)
}

struct MorePage: Sendable {
    var generation: Int
    var rows: [ProposalSummary]
    var hasMore: Bool
}

/// A proposal and its history read, and its documents laid out, on the worker.
struct DetailPayload: Sendable {
    var key: DetailCache.Key
    var proposal: Proposal?
    var history: [StoredEvent]
    var detailLines: [StyledLine]
    var reviewLines: [StyledLine]
    var attachments: [AttachmentRecord] = []
    var attachmentsAt: Int?
    /// The documents wrapped to the panes' widths, when known (a row read ahead, or one
    /// shown before); width -1: wrapped by the layout pass.
    var detailWrapped = DetailState.Wrapped()
    var attachmentRows: [Range<Int>] = []
    var reviewWrapped = DetailState.Wrapped()
    var detailWindow = PreparedWindow()
    var reviewWindow = PreparedWindow()
    /// Read ahead of the selection (the row after the one shown): only cached when it
    /// arrives, unless the selection has reached it meanwhile.
    var readAhead = false

    init(key: DetailCache.Key, proposal: Proposal?, history: [StoredEvent], detailLines: [StyledLine], reviewLines: [StyledLine],
         attachments: [AttachmentRecord] = [], attachmentsAt: Int? = nil) {
        self.key = key
        self.proposal = proposal
        self.history = history
        self.detailLines = detailLines
        self.reviewLines = reviewLines
        self.attachments = attachments
        self.attachmentsAt = attachmentsAt
    }

    init(key: DetailCache.Key, entry: DetailCache.Entry) {
        self.init(key: key, proposal: entry.proposal, history: entry.history, detailLines: entry.detailLines, reviewLines: entry.reviewLines,
                  attachments: entry.attachments, attachmentsAt: entry.attachmentsAt)
        detailWrapped = entry.detailWrapped
        attachmentRows = entry.attachmentRows
        reviewWrapped = entry.reviewWrapped
        detailWindow = entry.detailWindow
        reviewWindow = entry.reviewWindow
    }

    var entry: DetailCache.Entry? {
        proposal.map {
            DetailCache.Entry(proposal: $0, history: history, detailLines: detailLines, reviewLines: reviewLines,
                              attachments: attachments, attachmentsAt: attachmentsAt, detailWrapped: detailWrapped,
                              attachmentRows: attachmentRows, reviewWrapped: reviewWrapped,
                              detailWindow: detailWindow, reviewWindow: reviewWindow)
        }
    }

    /// Reads a proposal for the detail and review panes and lays its documents out (on
    /// the worker); with `panes` (the documents' inner sizes), wraps them too and prepares
    /// the rows in view at their top.
    static func read(_ key: DetailCache.Key, _ ledger: Ledger, organization: Organization, settings: ProcedureSettings,
                     calendar: WorkingCalendar, panes: (detail: TerminalSize, review: TerminalSize)? = nil) throws -> DetailPayload {
        let proposal = try ledger.proposal(key.id, visibleTo: key.officer, today: key.today)
        let history = proposal == nil ? [] : try ledger.history(of: key.id)
        var detailLines: [StyledLine] = []
        var reviewLines: [StyledLine] = []
        var attachments: [AttachmentRecord] = []
        var attachmentsAt: Int?
        if let proposal {
            attachments = try ledger.attachments(ofVisible: proposal)
            detailLines = ProposalDocument.lines(ProposalDocument.Inputs(
                proposal: proposal, history: history, organization: organization, settings: settings,
                calendar: calendar, today: key.today, language: key.language,
                attachments: attachments), attachmentsAt: &attachmentsAt)
            reviewLines = ReviewPane.lines(proposal, officer: key.officer, language: key.language,
                                           organization: organization, settings: settings)
        }
        var payload = DetailPayload(key: key, proposal: proposal, history: history, detailLines: detailLines, reviewLines: reviewLines,
                                    attachments: attachments, attachmentsAt: attachmentsAt)
        if let panes, proposal != nil {
            let detail = panes.detail, review = panes.review
            let wrapped = ProposalsBoard.wrapDetail(detailLines, attachmentsAt: attachmentsAt, files: attachments.count, width: detail.width)
            payload.detailWrapped = .init(width: detail.width, lines: wrapped.lines)
            payload.attachmentRows = wrapped.rows
            payload.reviewWrapped = .init(width: review.width, lines: Draw.wrap(reviewLines, width: review.width))
            payload.detailWindow = PreparedWindow(wrapped.lines, top: 0, height: detail.height, width: detail.width)
            payload.reviewWindow = PreparedWindow(payload.reviewWrapped.lines, top: 0, height: review.height, width: review.width)
        }
        return payload
    }
}

/// A read ahead that failed: nothing is said (the read of the selection says it, if the
/// officer goes there).
struct ReadAheadFailed: Sendable {
    var key: DetailCache.Key
}

/// The filters with fresh counts, for the picker.
struct PickerPresets: Sendable {
    var presets: [InboxPreset]
}

extension ProposalsBoard {
    static func pageSize(_ desk: DeskState) -> Int { max(100, desk.size.height * 3) }

    func query(_ desk: DeskState, after: String? = nil, startingAt: String? = nil) -> ProposalQuery {
        var query = ProposalQuery()
        query.viewer = desk.officer
        query.limit = Self.pageSize(desk)
        query.after = after
        if after == nil { query.startingAt = startingAt }
        switch inbox.preset {
        case .all, .waitingOnMe: break
        case .dueSoon: query.dueSoonOn = desk.today
        case .overdue: query.overdueOn = desk.today
        case .state(let s): query.states = [s]
        case .unit(let u): query.unitID = u
        }
        if let search = inbox.search {
            query.search = search
            query.exactWhenAccented = true
        }
        return query
    }

    /// Asks the worker for the inbox again (filter, search, selection kept).
    mutating func reload(_ desk: DeskState, keeping id: String?, startingAt: String? = nil, mustShow: String? = nil,
                         then: [Said] = [], notFound: String? = nil, emptyShowsAll: Bool = false) -> [DeskAction] {
        inbox.generation += 1
        inbox.loading = true
        let generation = inbox.generation
        let preset = inbox.preset, search = inbox.search, officer = desk.officer, today = desk.today
        let query = query(desk, startingAt: startingAt)
        return [.job(.forBoard(.proposals, "inbox") { ledger in
            var rows: [ProposalSummary]
            var hasMore = false
            var waiting: Int?
            if case .waitingOnMe = preset {
                rows = try ledger.waitingOn(officer)
                waiting = rows.count
                if let search {
                    var q = ProposalQuery()
                    q.viewer = officer
                    q.search = search
                    q.exactWhenAccented = true
                    q.limit = 500
                    let hits = Set(try ledger.list(q).map(\.id))
                    rows = rows.filter { hits.contains($0.id) }
                }
            } else {
                rows = try ledger.list(query)
                hasMore = rows.count >= query.limit && search == nil
            }
            let presets = try ledger.presets(for: officer, today: today, waiting: false)
            return InboxPage(generation: generation, rows: rows, hasMore: hasMore, keeping: id, presets: presets,
                             waiting: waiting, mustShow: mustShow, then: then, notFound: notFound, emptyShowsAll: emptyShowsAll)
        })]
    }

    mutating func loadMoreIfNeeded(_ desk: DeskState) -> [DeskAction] {
        guard inbox.hasMore, !inbox.loading, inbox.list.selected >= inbox.rows.count - 5, let last = inbox.rows.last?.id else { return [] }
        inbox.loading = true
        let generation = inbox.generation
        let query = query(desk, after: last)
        return [.job(.forBoard(.proposals, "inbox.more") { ledger in
            let rows = try ledger.list(query)
            return MorePage(generation: generation, rows: rows, hasMore: rows.count >= query.limit)
        })]
    }

    /// Shows the selected proposal: from the cache when its version is the inbox row's,
    /// else asked of the worker (the panes say "loading" meanwhile; typing goes on).
    mutating func showCurrent(_ desk: DeskState) -> [DeskAction] {
        guard let row = inbox.current else {
            detail = DetailState()
            defer { afterLoad.removeAll() }
            return afterLoad.filter { if case .say = $0 { true } else { false } }
        }
        let key = DetailCache.Key(id: row.id, version: row.version, officer: desk.officer, language: desk.language, today: desk.today)
        if detail.proposal?.id != row.id {
            detail.detailList = ListState(scrollsOnly: true)
            detail.reviewList = ListState(scrollsOnly: true)
            detail.attachmentList = nil
        }
        if let hit = detailCache[key] {
            return show(DetailPayload(key: key, entry: hit), desk)
        }
        detail.loadingID = row.id
        // Already being read ahead: shown when it arrives (the loop waits for it as for a read).
        if detail.aheadKey == key { return [] }
        let organization = desk.organization, settings = desk.settings, calendar = desk.calendar
        return [.job(.forBoard(.proposals, "detail") { ledger in
            try DetailPayload.read(key, ledger, organization: organization, settings: settings, calendar: calendar)
        })]
    }

    /// The row after the selected one, read and laid out on the worker while the officer
    /// looks at this one, so that the next line move finds it cached and is drawn at once
    /// (issue 16: the read was on the path of every key); once it is cached, the row before,
    /// then the rows a page down and a page up, one read at a time (each arrival asks for
    /// the next). Nothing when all are cached.
    mutating func readAhead(_ desk: DeskState) -> [DeskAction] {
        let selected = inbox.list.selected, page = inbox.list.page
        let keys = [selected + 1, selected - 1, selected + page, selected - page]
            .filter { inbox.rows.indices.contains($0) }.map { Self.detailKey(inbox.rows[$0], desk) }
        guard let key = keys.first(where: { detailCache[$0] == nil }) else { return [] }
        if detail.aheadKey == key { return [] }
        detail.aheadKey = key
        let layout = DeskLayout.panes(for: desk)
        let panes = (detail: TerminalSize(width: max(1, layout.detail.width - 2), height: max(0, layout.detail.height - 2)),
                     review: TerminalSize(width: max(1, layout.review.width - 2), height: max(0, layout.review.height - 2)))
        let organization = desk.organization, settings = desk.settings, calendar = desk.calendar
        var job = LedgerJob.forBoard(.proposals, Self.readAheadJob) { ledger in
            do {
                var payload = try DetailPayload.read(key, ledger, organization: organization, settings: settings, calendar: calendar, panes: panes)
                payload.readAhead = true
                return payload
            } catch {
                // Said, if at all, by the read of the selection itself.
                return ReadAheadFailed(key: key)
            }
        }
        job.afterFrame = true
        return [.job(job)]
    }

    /// The worker's name for a read ahead (one at a time; a newer one replaces it in the queue).
    static let readAheadJob = "detail.ahead"

    static func detailKey(_ row: ProposalSummary, _ desk: DeskState) -> DetailCache.Key {
        DetailCache.Key(id: row.id, version: row.version, officer: desk.officer, language: desk.language, today: desk.today)
    }

    /// Shows an arrived (or cached) proposal and lets out what waited for it; reads the
    /// next row ahead.
    mutating func show(_ payload: DetailPayload, _ desk: DeskState) -> [DeskAction] {
        detail.loadingID = nil
        detail.shownKey = payload.key
        detail.proposal = payload.proposal
        detail.history = payload.history
        detail.detailLines = payload.detailLines
        detail.reviewLines = payload.reviewLines
        showAttachments(payload)
        detail.detailWrapped = payload.detailWrapped
        detail.attachmentRows = payload.attachmentRows
        detail.reviewWrapped = payload.reviewWrapped
        detail.detailWindow = payload.detailWindow
        detail.reviewWindow = payload.reviewWindow
        defer { afterLoad.removeAll() }
        var out = afterLoad + readAhead(desk)
        if let asked = menuAskedFor {
            menuAskedFor = nil
            if asked == payload.proposal?.id { out.append(.run("actions", argument: nil)) }
        }
        return out
    }

    func presetsJob(_ desk: DeskState, open: Bool) -> LedgerJob {
        let officer = desk.officer, today = desk.today
        return .forBoard(.proposals, "presets") { ledger in
            PickerPresets(presets: try ledger.presets(for: officer, today: today, waiting: true))
        }
    }

    mutating func applyPreset(_ preset: InboxPreset, _ desk: DeskState) -> [DeskAction] {
        inbox.preset = preset.kind
        inbox.presetLabel = preset.label
        inbox.list.select(0)
        focus = .inbox
        return reload(desk, keeping: nil)
    }

    mutating func applySearch(_ text: String, _ desk: DeskState) -> [DeskAction] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        inbox.search = trimmed.isEmpty ? nil : trimmed
        inbox.list.select(0)
        focus = .inbox
        return reload(desk, keeping: nil, then: inbox.search == nil ? [] : [.results])
    }

    /// Another officer changed the ledger: the inbox and the shown proposal again.
    mutating func changedElsewhere(_ desk: DeskState) -> [DeskAction] {
        detailCache.removeAll()
        return reload(desk, keeping: inbox.current?.id)
    }

    mutating func languageChanged(_ desk: DeskState) -> [DeskAction] {
        detailCache.removeAll()
        return showCurrent(desk)
    }

    /// `:as`: the inbox of the new officer, "waiting on me", still on the proposal that was
    /// selected when the new officer may see it (the next step of a proposal is often
    /// another officer's: switching must not lose it); every proposal is shown when it is
    /// not waiting on them.
    mutating func officerChanged(_ desk: DeskState) -> [DeskAction] {
        let kept = inbox.current?.id
        detailCache.removeAll()
        detail = DetailState()
        inbox.search = nil
        inbox.preset = .waitingOnMe
        inbox.presetLabel = DeskText.presetWaitingOnMe
        inbox.list.select(0)
        return reload(desk, keeping: kept, mustShow: kept, emptyShowsAll: true)
    }

    // MARK: - What arrives

    public mutating func receive(_ payload: any Sendable, _ desk: DeskState) -> [DeskAction] {
        switch payload {
        case let page as InboxPage: return receive(page, desk)
        case let more as MorePage:
            guard more.generation == inbox.generation else { return [] }
            inbox.loading = false
            inbox.rows += more.rows
            inbox.hasMore = more.hasMore
            inbox.list.resize(count: inbox.rows.count)
            return []
        case let view as AttachmentView: return receive(view, desk)
        case let failed as ReadAheadFailed:
            guard detail.aheadKey == failed.key else { return [] }
            detail.aheadKey = nil
            // The selection waits for it: read it as the selection, which says why it fails.
            return failed.key.id == inbox.current?.id && detail.loadingID == failed.key.id ? showCurrent(desk) : []
        case let payload as DetailPayload:
            let key = payload.key
            if payload.readAhead && detail.aheadKey == key { detail.aheadKey = nil }
            if let entry = payload.entry, entry.proposal.version == inbox.current?.version || inbox.current?.id != key.id {
                detailCache[key] = entry
            }
            // A proposal the officer has moved away from meanwhile, or one read ahead, is
            // only cached; one read ahead is shown if the selection is on it and it is not
            // shown yet.
            guard key.id == inbox.current?.id, key.officer == desk.officer, key.language == desk.language,
                  !payload.readAhead || detail.shownKey != key else {
                // The next row to read ahead, if any is left (never for a former officer's).
                // (Not after a row that gave nothing: it would be asked again and again.)
                return payload.readAhead && payload.proposal != nil && key.officer == desk.officer && key.language == desk.language
                    ? readAhead(desk) : []
            }
            return show(payload, desk)
        case let picker as PickerPresets:
            presets = picker.presets.map { preset in
                var preset = preset
                if preset.kind == .waitingOnMe, preset.count < 0 { preset.count = max(0, desk.waitingCount) }
                return preset
            }
            let current = presets.firstIndex { $0.kind == inbox.preset } ?? 0
            return [.push(.filterPicker(FilterPicker(presets: presets, selected: current)))]
        case let intent as ProposalsIntent:
            return receive(intent, desk)
        case let submission as FormSubmission:
            return perform(submission, desk)
        case let outcome as PerformOutcome:
            return receive(outcome, desk)
        case let opened as OpenResult:
            return receive(opened, desk)
        default:
            return []
        }
    }

    mutating func receive(_ page: InboxPage, _ desk: DeskState) -> [DeskAction] {
        guard page.generation == inbox.generation else { return [] }
        inbox.loading = false
        presets = page.presets
        if page.emptyShowsAll, page.rows.isEmpty, page.mustShow == nil {
            inbox.preset = .all
            inbox.presetLabel = DeskText.presetAll
            return reload(desk, keeping: nil, then: page.then)
        }
        if let must = page.mustShow, !page.rows.contains(where: { $0.id == must }) {
            // A new draft the filter or the search does not hold: every proposal is shown,
            // so that the selection, and what `a` acts on, is the new draft.
            inbox.search = nil
            inbox.preset = .all
            inbox.presetLabel = DeskText.presetAll
            return reload(desk, keeping: must, then: page.then)
        }
        inbox.rows = page.rows
        inbox.hasMore = page.hasMore
        inbox.list.resize(count: page.rows.count)
        if let id = page.keeping, let index = page.rows.firstIndex(where: { $0.id == id }) {
            inbox.list.select(index)
        }
        let actions: [DeskAction] = [.counted(overdue: page.presets.first(where: { $0.id == "overdue" })?.count, waiting: page.waiting)]
        // What the page says is said with the proposal it shows.
        var sayings: [DeskAction] = []
        let left = page.keeping != nil && inbox.current?.id != page.keeping
        for said in page.then {
            switch said {
            case .results: sayings.append(.say(DeskText.searchResults(page.rows.count), .info))
            case .created(let id): sayings.append(.say(DeskText.draftCreated(id), .success))
            case .recorded(let text):
                sayings.append(.say(left ? DeskText.leftFilter(text, inbox.presetLabel) : text, .success))
            }
        }
        if let typed = page.notFound {
            if inbox.current?.id == page.keeping { focus = .detail } else { sayings.append(.say(DeskText.noProposal(typed), .error)) }
        }
        afterLoad = sayings + afterLoad
        // The shown proposal again: a new version of it is read, the same one is cached.
        return actions + showCurrent(desk)
    }
}
