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
    var detailLines: [StyledLine] = []
    var reviewLines: [StyledLine] = []
    var lastToken: Int64 = -1
    var lastPoll = Date.distantPast
    /// How often the database is polled for other officers' changes.
    public var pollInterval: TimeInterval = 1.0

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
            }
            if poll() { changed = true }
            if changed && !state.quitting { backend.present(render()) }
        }
    }

    /// Handles every queued key, polls once and presents a frame: for tests and scripts.
    public func runUntilIdle() {
        while !state.quitting, let key = backend.readKey(timeoutMilliseconds: 0) {
            handle(key)
        }
        _ = poll(force: true)
        backend.present(render())
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
            reloadReference()
            reloadInbox(keeping: state.inbox.current?.id)
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
        state.officer = login
        state.played = played
        let officer = organization.officer(login)
        state.officerName = officer?.name ?? login
        let roles = organization.roles(of: login).filter { $0.role != .proposer }
        let roleText = roles.map { $0.role.label[state.language] + " " + $0.unitID }.joined(separator: ", ")
        state.roleLine = roleText.isEmpty ? (officer.map { $0.position + " · " + $0.unitID } ?? "") : roleText
    }

    func reloadReference() {
        if let org = try? ledger.organization() { organization = org }
        if let s = try? ledger.settings() { settings = s }
        if let c = try? ledger.calendar() { calendar = c }
    }

    var pageSize: Int { max(100, state.size.height * 3) }

    func query(after: String? = nil) -> ProposalQuery {
        var query = ProposalQuery()
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
        do {
            var rows: [ProposalSummary]
            if case .waitingOnMe = state.inbox.preset {
                rows = try ledger.waitingOn(state.officer)
                if let search = state.inbox.search {
                    var q = ProposalQuery()
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
            let presets = try ledger.presets(for: state.officer, today: today)
            state.waitingCount = presets.first { $0.id == "mine" }?.count ?? 0
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

    func loadDetail() {
        guard let id = state.inbox.current?.id else {
            state.detail = DetailState()
            detailLines = []
            reviewLines = []
            return
        }
        let sameProposal = state.detail.proposal?.id == id
        do {
            state.detail.proposal = try ledger.proposal(id)
            state.detail.history = try ledger.history(of: id)
        } catch {
            show(error)
        }
        if !sameProposal {
            state.detail.scroll = 0
            state.detail.reviewScroll = 0
        }
        rebuildDocuments()
    }

    func rebuildDocuments() {
        guard let proposal = state.detail.proposal else { detailLines = []; reviewLines = []; return }
        detailLines = ProposalDocument.lines(ProposalDocument.Inputs(
            proposal: proposal, history: state.detail.history, organization: organization, settings: settings,
            calendar: calendar, today: today, language: state.language))
        reviewLines = ReviewPane.lines(state, organization: organization, settings: settings)
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
