import Foundation
import Ledger
import Procedure
import Terminal

/// The Desk: one loop on one thread. It reads a key with a short timeout, lets the top
/// overlay or the focused pane handle it, polls the database for other officers' changes,
/// and draws a new frame only when something changed. Views draw from `state`; only the
/// handlers here change it.
public final class DeskApp {
    public let ledger: Ledger
    public let backend: any TerminalBackend
    public internal(set) var state: DeskState
    let forms: FormProvider
    /// Runs the officer's $EDITOR on a text and returns the edited text (nil: unchanged).
    let editText: @Sendable (String) -> String?
    let now: @Sendable () -> Date

    var organization: Organization
    var settings: ProcedureSettings
    var calendar: WorkingCalendar
    var detailLines: [StyledLine] = [] { didSet { wrapCache.removeAll() } }
    var reviewLines: [StyledLine] = [] { didSet { wrapCache.removeAll() } }
    /// The documents wrapped at the width they were last drawn at, per pane: a frame
    /// wraps nothing unless the proposal, the language or the width changed.
    var wrapCache: [WrapKey: [StyledLine]] = [:]
    /// The inbox rows' "title — proposer" cut to the column's width, by seq, version and
    /// width: cutting Vietnamese text to a width is most of drawing the inbox.
    var inboxTitles: [InboxTitleKey: String] = [:]
    /// Recently shown proposals, by id, for moving up and down the inbox without reading
    /// and laying them out again while their version is the same.
    var detailCache = DetailCache()
    /// Whether the "waiting on me" count must be worked out again (after a change in the
    /// database): it is done after a frame is shown, never before.
    var waitingStale = true
    /// When it was last worked out: the loop does it at most every two seconds, so that
    /// a busy ledger (a change every poll) does not keep the Desk counting.
    var waitingCountedAt = Date.distantPast
    var lastToken: Int64 = -1
    var lastPoll = Date.distantPast
    /// How often the database is polled for other officers' changes.
    public var pollInterval: TimeInterval = 1.0
    /// After other officers' changes the dashboard, a pass over a whole period (seconds at
    /// province scale), is recomputed at most this often, so that a busy ledger cannot keep
    /// the Desk computing; C-r recomputes it at once. The other boards reload at once.
    public var boardRefreshInterval: TimeInterval = 10
    /// When the board's data was last loaded (wall clock, not the domain's `now`), and
    /// whether other officers changed the ledger since.
    var boardLoadedAt = Date.distantPast
    var boardStale = false

    public init(ledger: Ledger, backend: any TerminalBackend, officer: String, played: Bool, language: Language,
                forms: FormProvider, chooser: [ChooserState.Choice]? = nil,
                editText: @escaping @Sendable (String) -> String? = { _ in nil },
                now: @escaping @Sendable () -> Date = { Date() }) throws {
        self.ledger = ledger
        self.backend = backend
        self.forms = forms
        self.editText = editText
        self.now = now
        organization = try ledger.organization()
        settings = try ledger.settings()
        calendar = try ledger.calendar()
        state = DeskState(size: backend.size, language: language, officer: officer)
        state.played = played
        if let chooser, !chooser.isEmpty {
            state.overlays.append(.chooser(ChooserState(choices: chooser)))
        }
        setOfficer(officer, played: played)
        state.waitingCount = -1
        reloadInbox()
        lastToken = (try? ledger.changeToken()) ?? -1
    }

    var today: Day { Day.inVietnam(now()) }

    // MARK: - The loop

    /// Runs until the officer quits; restores the terminal on the way out.
    public func run() {
        defer { backend.shutdown() }
        backend.present(render())
        while !state.quitting {
            var changed = false
            if let key = backend.readKey(timeoutMilliseconds: 50) {
                handle(key)
                changed = true
                // Keys already typed (a held key over a slow link) are handled before the
                // next frame: frames the officer could never see are not sent.
                var more = 0
                while more < 64, !state.quitting, let next = backend.readKey(timeoutMilliseconds: 0) {
                    handle(next)
                    more += 1
                }
            }
            if poll() { changed = true }
            if changed && !state.quitting { backend.present(render()) }
            // The one count that reads inside proposals comes after the frame, so neither
            // the first frame nor a keystroke waits for it.
            if waitingStale && !state.quitting && now().timeIntervalSince(waitingCountedAt) >= 2 {
                refreshWaitingCount()
                backend.present(render())
            }
        }
    }

    /// Handles every queued key, polls once and presents a frame: for tests and scripts.
    public func runUntilIdle() {
        while !state.quitting, let key = backend.readKey(timeoutMilliseconds: 0) {
            handle(key)
        }
        _ = poll(force: true)
        if waitingStale { refreshWaitingCount() }
        backend.present(render())
    }

    /// Works out "waiting on me" again (decodes up to a few thousand proposals).
    public func refreshWaitingCount() {
        waitingStale = false
        waitingCountedAt = now()
        do {
            state.waitingCount = try ledger.waitingOn(state.officer).count
        } catch {
            show(error)
        }
    }

    /// Looks for changes by other officers (any process); reloads when there are some.
    @discardableResult
    public func poll(force: Bool = false) -> Bool {
        let clock = Self.clock(now())
        var changed = clock != state.clock
        state.clock = clock
        guard force || now().timeIntervalSince(lastPoll) >= pollInterval else { return changed }
        lastPoll = now()
        if let token = try? ledger.changeToken(), token != lastToken {
            lastToken = token
            waitingStale = true
            detailCache.removeAll()
            reloadReference()
            reloadInbox(keeping: state.inbox.current?.id)
            boardStale = true
            changed = true
        }
        if boardStale, state.board != .dashboard || Date().timeIntervalSince(boardLoadedAt) >= boardRefreshInterval {
            reloadBoard()
            changed = true
        }
        return changed
    }

    static func clock(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970) + 7 * 3600
        let minutes = ((seconds % 86_400) + 86_400) % 86_400 / 60
        return String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    // MARK: - Data

    func setOfficer(_ login: String, played: Bool) {
        if login != state.officer { waitingStale = true }
        state.officer = login
        state.played = played
        let officer = organization.officer(login)
        state.officerName = officer?.name ?? login
        let roles = organization.roles(of: login).filter { $0.role != .proposer }
        let roleText = roles.map { $0.role.label[state.language] + " " + $0.unitID }.joined(separator: ", ")
        state.roleLine = roleText.isEmpty ? (officer.map { $0.position + " · " + $0.unitID } ?? "") : roleText
    }

    func reloadReference() {
        detailCache.removeAll()
        inboxTitles.removeAll()
        if let org = try? ledger.organization() { organization = org }
        if let s = try? ledger.settings() { settings = s }
        if let c = try? ledger.calendar() { calendar = c }
    }

    var pageSize: Int { max(100, state.size.height * 3) }

    func query(after: String? = nil) -> ProposalQuery {
        var query = ProposalQuery()
        query.viewer = state.officer
        query.limit = pageSize
        query.after = after
        if after == nil { query.startingAt = state.inbox.startingAt }
        switch state.inbox.preset {
        case .all, .waitingOnMe: break
        case .dueSoon: query.dueSoonOn = today
        case .overdue: query.overdueOn = today
        case .state(let s): query.states = [s]
        case .unit(let u): query.unitID = u
        }
        if let search = state.inbox.search {
            query.search = search
            query.exactWhenAccented = true
        }
        return query
    }

    func reloadInbox(keeping id: String? = nil) {
        // The data may have changed (this officer's own step included): count again
        // after the frame.
        waitingStale = true
        do {
            var rows: [ProposalSummary]
            if case .waitingOnMe = state.inbox.preset {
                rows = try ledger.waitingOn(state.officer)
                state.waitingCount = rows.count
                waitingStale = false
                if let search = state.inbox.search {
                    var q = ProposalQuery()
                    q.viewer = state.officer
                    q.search = search
                    q.exactWhenAccented = true
                    q.limit = 500
                    let hits = Set(try ledger.list(q).map(\.id))
                    rows = rows.filter { hits.contains($0.id) }
                }
                state.inbox.hasMore = false
            } else {
                let q = query()
                rows = try ledger.list(q)
                state.inbox.hasMore = rows.count >= q.limit && state.inbox.search == nil
            }
            state.inbox.rows = rows
            if let id, let index = rows.firstIndex(where: { $0.id == id }) {
                state.inbox.selected = index
            } else {
                state.inbox.selected = min(state.inbox.selected, max(0, rows.count - 1))
            }
            let presets = try ledger.presets(for: state.officer, today: today, waiting: false)
            state.overdueCount = presets.first { $0.id == "overdue" }?.count ?? 0
        } catch {
            show(error)
        }
        clampInbox()
        loadDetail()
    }

    func loadMoreIfNeeded() {
        guard state.inbox.hasMore, state.inbox.selected >= state.inbox.rows.count - 5, let last = state.inbox.rows.last?.id else { return }
        do {
            let q = query(after: last)
            let more = try ledger.list(q)
            state.inbox.rows += more
            state.inbox.hasMore = more.count >= q.limit
        } catch {
            show(error)
        }
    }

    /// Loads the selected proposal and its history and lays out its documents. With
    /// `cached` (moving in the inbox), a proposal shown recently at the version the inbox
    /// row has is taken from `detailCache` instead of the database.
    func loadDetail(cached: Bool = false) {
        guard let row = state.inbox.current else {
            state.detail = DetailState()
            detailLines = []
            reviewLines = []
            return
        }
        let id = row.id
        let sameProposal = state.detail.proposal?.id == id
        let key = DetailCache.Key(id: id, version: row.version, officer: state.officer, language: state.language, today: today)
        if cached, let hit = detailCache[key] {
            state.detail.proposal = hit.proposal
            state.detail.history = hit.history
            if !sameProposal {
                state.detail.scroll = 0
                state.detail.reviewScroll = 0
            }
            detailLines = hit.detailLines
            reviewLines = hit.reviewLines
            return
        }
        do {
            state.detail.proposal = try ledger.proposal(id, visibleTo: state.officer)
            state.detail.history = state.detail.proposal == nil ? [] : try ledger.history(of: id)
        } catch {
            show(error)
        }
        if !sameProposal {
            state.detail.scroll = 0
            state.detail.reviewScroll = 0
        }
        rebuildDocuments()
        if let proposal = state.detail.proposal, proposal.version == row.version {
            detailCache[key] = DetailCache.Entry(proposal: proposal, history: state.detail.history,
                                                 detailLines: detailLines, reviewLines: reviewLines)
        }
    }

    func rebuildDocuments() {
        guard let proposal = state.detail.proposal else { detailLines = []; reviewLines = []; return }
        detailLines = ProposalDocument.lines(ProposalDocument.Inputs(
            proposal: proposal, history: state.detail.history, organization: organization, settings: settings,
            calendar: calendar, today: today, language: state.language))
        reviewLines = ReviewPane.lines(state, organization: organization, settings: settings)
    }

    /// A pane's document wrapped to `width`, from `wrapCache` when it was wrapped at that
    /// width already (a cache: drawing still changes no state).
    func wrapped(_ pane: Pane, width: Int) -> [StyledLine] {
        let key = WrapKey(pane: pane, width: width)
        if let lines = wrapCache[key] { return lines }
        let lines = Draw.wrap(pane == .review ? reviewLines : detailLines, width: width)
        wrapCache[key] = lines
        return lines
    }

    func clampInbox() {
        let count = state.inbox.rows.count
        state.inbox.selected = max(0, min(state.inbox.selected, count - 1))
        let visible = max(1, inboxVisibleRows)
        if state.inbox.selected < state.inbox.top { state.inbox.top = state.inbox.selected }
        if state.inbox.selected >= state.inbox.top + visible { state.inbox.top = state.inbox.selected - visible + 1 }
        state.inbox.top = max(0, min(state.inbox.top, max(0, count - visible)))
    }

    /// Rows of the inbox list that fit (the box and its header taken off).
    var inboxVisibleRows: Int { Layout.panes(for: state).inbox.height - 3 }

    func message(_ text: Localized, _ kind: StatusMessage.Kind) {
        state.message = StatusMessage(text: text[state.language], kind: kind)
    }

    func show(_ error: Error) {
        switch error {
        case let error as LedgerError: state.message = StatusMessage(text: error.message(state.language), kind: .error)
        case let refusal as Refusal: state.message = StatusMessage(text: refusal.message(state.language), kind: .error)
        default:
            let text = Localized(vi: "Lỗi không lường trước: \(error)", en: "Unexpected error: \(error)")
            state.message = StatusMessage(text: text[state.language], kind: .error)
        }
    }
}

extension DeskApp {
    /// Puts a message in the status line (e.g. a theme file that could not be read).
    public func announce(_ text: String, kind: StatusMessage.Kind) {
        state.message = StatusMessage(text: text, kind: kind)
    }
}

extension DeskApp {
    /// `InboxPane.title`, kept (a cache: drawing still changes no state).
    func inboxTitle(_ row: ProposalSummary, _ width: Int) -> String {
        let key = InboxTitleKey(seq: row.seq, version: row.version, width: width)
        if let text = inboxTitles[key] { return text }
        if inboxTitles.count >= 4096 { inboxTitles.removeAll() }
        let text = InboxPane.title(row, width)
        inboxTitles[key] = text
        return text
    }
}

struct InboxTitleKey: Hashable {
    var seq: Int64
    var version: Int
    var width: Int
}

/// Which document, at which width (the cache is emptied when a document changes).
struct WrapKey: Hashable {
    var pane: Pane
    var width: Int
}

/// The last few proposals the Desk showed, laid out: moving back and forth in the inbox
/// reads nothing while a proposal's version is unchanged. Emptied when the database
/// changes (any officer) or the organisation, settings or calendar are reloaded.
struct DetailCache {
    struct Key: Hashable {
        var id: String
        var version: Int
        var officer: String
        var language: Language
        var today: Day
    }

    struct Entry {
        var proposal: Proposal
        var history: [StoredEvent]
        var detailLines: [StyledLine]
        var reviewLines: [StyledLine]
    }

    static let capacity = 64
    private var entries: [Key: Entry] = [:]
    private var order: [Key] = []

    subscript(key: Key) -> Entry? {
        get { entries[key] }
        set {
            if entries[key] == nil { order.append(key) }
            entries[key] = newValue
            while order.count > Self.capacity {
                entries[order.removeFirst()] = nil
            }
        }
    }

    mutating func removeAll() {
        entries.removeAll()
        order.removeAll()
    }
}
