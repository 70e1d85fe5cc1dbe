import Foundation
import Ledger
import Procedure
import Terminal

/// The Desk's one update function: a message in, the state changed, effects out. It reads
/// no clock, no database and no terminal: the loop (`DeskApp`) brings those in as messages
/// and carries the effects out, Ledger work on the background worker.
public enum DeskUpdate {
    public static func update(_ state: inout DeskState, _ message: DeskMessage) -> [DeskEffect] {
        var effects: [DeskEffect] = []
        switch message {
        case .key(let key):
            if key == .ctrl("z") {
                effects.append(.suspend)
            } else {
                apply(handle(key, &state), from: .keys, &state, &effects)
            }
        case .tick(let date):
            tick(date, &state, &effects)
        case .resized(let size):
            state.size = size
        case .arrived(let delivery):
            arrive(delivery, &state, &effects)
        case .edited(let token, let field, let text):
            if let text, let index = formIndex(token, state) , case .form(var host) = state.overlays[index] {
                host.form.setText(text, forField: field)
                state.overlays[index] = .form(host)
            }
        }
        layout(&state)
        return effects
    }

    /// Whether a worker's result can change what is on screen: a proposal read ahead of
    /// the selection only fills the cache, unless the selection is on it and it is not
    /// shown yet (the loop draws no frame for the others).
    static func changesScreen(_ message: DeskMessage, _ state: DeskState) -> Bool {
        guard case .arrived(.toBoard(_, let payload)) = message, let detail = payload as? DetailPayload, detail.readAhead else {
            return true
        }
        return state.board == .proposals && detail.key.id == state.inbox.current?.id && state.detail.shownKey != detail.key
    }

    /// The worker's jobs a frame after a key waits for (briefly): the read of the selected
    /// proposal, which is the read ahead when the selection has reached the row read ahead.
    static func awaitedJobs(_ state: DeskState) -> [String] {
        let detail = state.detail
        guard let loading = detail.loadingID, detail.aheadKey?.id == loading else { return ["detail"] }
        return ["detail", ProposalsBoard.readAheadJob]
    }

    /// Who returned the actions: `.close` closes the overlay that did.
    enum Source { case keys, arrival }

    // MARK: - Keys

    /// One key: to the top overlay if there is one, else to the board and then the global
    /// bindings; what is not bound goes to the component as input.
    static func handle(_ key: Key, _ state: inout DeskState) -> [DeskAction] {
        if key == .resize { return [] }
        if state.isTooSmall {
            // Nothing can be seen: keys wait until the window is larger, except quitting
            // when no typed input would be lost.
            if key == .char("Q") || key == .ctrl("c") { return state.hasDirtyForm ? [] : [.quit(force: true)] }
            return []
        }
        state.message = nil
        if let top = state.overlays.last {
            var component = top.component
            let index = state.overlays.count - 1
            var actions: [DeskAction]
            if let binding = component.bindings(state).first(where: { $0.keys.contains(key) }) {
                if let why = binding.why { return [.say(why, .warning)] }
                actions = component.perform(binding.name, argument: nil, state)
            } else if let taken = component.input(key, state) {
                actions = taken
            } else if key == .ctrl("c") {
                actions = [.quit(force: false)]
            } else if key == .function(1) || (key == .char("?") && !top.takesText) {
                actions = [.push(.help(HelpOverlay(sections: helpSections(state))))]
            } else {
                actions = []
            }
            if state.overlays.indices.contains(index) { state.overlays[index] = top.replacing(component) }
            return actions.map { $0.closing(index) }
        }
        if case .paste = key {
            // Pasted text is data, never commands.
            return [.say(DeskText.pasteOnlyInFields, .warning)]
        }
        var board = state.currentBoard
        if let binding = board.bindings(state).first(where: { $0.keys.contains(key) }) {
            if let why = binding.why { return [.say(why, .warning)] }
            let actions = board.perform(binding.name, argument: nil, state)
            store(board, &state)
            return actions
        }
        if let binding = GlobalCommands.bindings(state).first(where: { $0.keys.contains(key) }) {
            if let why = binding.why { return [.say(why, .warning)] }
            return GlobalCommands.perform(binding.name, argument: nil, &state)
        }
        if let taken = board.input(key, state) {
            store(board, &state)
            return taken
        }
        if case .char = key { return [.say(DeskText.keyUnbound(key.description), .info)] }
        return []
    }

    /// Puts a board component back after a key or a payload changed it.
    static func store(_ component: any DeskComponent, _ state: inout DeskState) {
        if let proposals = component as? ProposalsBoard {
            state.proposals = proposals
        } else if let board = component as? any BoardComponent {
            state.boards[type(of: board).board] = board
        }
    }

    /// A command by name from the `:` line or a `.run` action: the board's bindings first,
    /// then the global ones; an unavailable one says why.
    static func run(_ name: String, argument: String?, _ state: inout DeskState) -> [DeskAction] {
        var board = state.currentBoard
        if let binding = board.bindings(state).first(where: { $0.name == name }) {
            if let why = binding.why { return [.say(why, .warning)] }
            let actions = board.perform(name, argument: argument, state)
            store(board, &state)
            return actions
        }
        if let binding = GlobalCommands.bindings(state).first(where: { $0.name == name }) {
            if let why = binding.why { return [.say(why, .warning)] }
            return GlobalCommands.perform(name, argument: argument, &state)
        }
        return [.say(DeskText.noCommand(name), .error)]
    }

    /// The help of what has the keys now: inside an overlay (a form, a menu) its keys
    /// first; then the board's and the global ones.
    static func helpSections(_ state: DeskState) -> [HelpOverlay.Section] {
        var sections: [HelpOverlay.Section] = []
        if let top = state.overlays.last {
            sections.append(.init(title: top.title, bindings: top.component.bindings(state)))
            sections.append(.init(title: DeskText.everywhere, bindings: [
                Binding([.function(1)], "help", DeskText.helpKey),
                Binding([.ctrl("c")], "quit", DeskText.quitAsks),
            ]))
            return sections
        }
        let boardTitle = state.board == .proposals ? Board.proposalsTitle : (BoardRegistry.type(of: state.board)?.description ?? DeskText.board)
        sections.append(.init(title: boardTitle, bindings: state.currentBoard.bindings(state)))
        sections.append(.init(title: DeskText.everywhere, bindings: GlobalCommands.bindings(state)))
        sections.append(StandIn.helpSection)
        return sections
    }

    // MARK: - Actions

    static func apply(_ actions: [DeskAction], from source: Source, _ state: inout DeskState, _ effects: inout [DeskEffect]) {
        var queue = actions[...]
        while let action = queue.popFirst() {
            switch action {
            case .job(let job):
                effects.append(.job(job))
            case .push(var overlay):
                if case .form(var host) = overlay {
                    host.token = state.nextFormToken
                    state.nextFormToken += 1
                    overlay = .form(host)
                }
                state.overlays.append(overlay)
            case .close:
                _ = state.overlays.popLast()
            case .closeAt(let index):
                if state.overlays.indices.contains(index) { state.overlays.remove(at: index) }
            case .say(let text, let kind):
                say(text, kind, &state)
            case .run(let name, let argument):
                queue = run(name, argument: argument, &state)[...] + queue
            case .send(let target, let payload):
                queue = deliver(payload, to: target, &state)[...] + queue
            case .editText(let form, let field, let text):
                effects.append(.editText(form: form, field: field, text: text))
            case .formSaved(let token):
                if let index = formIndex(token, state) { state.overlays.remove(at: index) }
            case .formRefused(let token, let failure):
                if let index = formIndex(token, state), case .form(var host) = state.overlays[index] {
                    host.busy = false
                    if let refusal = failure.refusal { host.form.showRefusal(refusal) } else { host.form.formMessage = failure.text }
                    state.overlays[index] = .form(host)
                }
                say(failure.text, .error, &state)
            case .formStale(let token, let version, let failure):
                if let index = formIndex(token, state), case .form(var host) = state.overlays[index] {
                    host.busy = false
                    host.seenVersion = version ?? host.seenVersion
                    state.overlays[index] = .form(host)
                }
                say(failure.text, .error, &state)
            case .play(let login):
                queue = GlobalCommands.play(login, &state)[...] + queue
            case .quit(let force):
                if force || !state.hasDirtyForm {
                    state.quitting = true
                } else if !state.overlays.contains(where: { if case .confirm = $0 { true } else { false } }) {
                    state.overlays.append(.confirm(Confirm(question: DeskText.quitLosesForm, then: .quit)))
                }
            case .seen(let token):
                state.changeToken = token
            case .counted(let overdue, let waiting):
                if let overdue { state.overdueCount = overdue }
                if let waiting {
                    state.waitingCount = waiting
                    state.waitingStale = false
                }
            case .reloadReference:
                effects.append(.job(GlobalCommands.referenceJob()))
            }
        }
    }

    static func formIndex(_ token: Int, _ state: DeskState) -> Int? {
        state.overlays.lastIndex { if case .form(let host) = $0 { host.token == token } else { false } }
    }

    static func say(_ text: Localized, _ kind: StatusMessage.Kind, _ state: inout DeskState) {
        let message = StatusMessage(text: text[state.language], kind: kind, clock: state.clock)
        state.message = message
        state.messages.append(message)
        if state.messages.count > MessageLog.capacity { state.messages.removeFirst(state.messages.count - MessageLog.capacity) }
    }

    /// A payload for a board: its component takes it and says what follows.
    static func deliver(_ payload: any Sendable, to target: Board, _ state: inout DeskState) -> [DeskAction] {
        if target == .proposals {
            var board = state.proposals
            let actions = board.receive(payload, state)
            state.proposals = board
            return actions
        }
        guard var board = state.boards[target] else { return [] }
        let actions = board.receive(payload, state)
        state.boards[target] = board
        return actions
    }

    // MARK: - The clock and the worker's results

    static func tick(_ date: Date, _ state: inout DeskState, _ effects: inout [DeskEffect]) {
        state.now = date
        state.clock = clockText(date)
        if date.timeIntervalSince(state.lastPoll) >= state.pollInterval {
            state.lastPoll = date
            effects.append(.job(LedgerJob("poll") { ledger in .arrived(.changeToken((try? ledger.changeToken()) ?? -1)) }))
        }
        // The one count that reads inside proposals comes after the frame and at most every
        // two seconds, so that a busy ledger does not keep the worker counting.
        if state.waitingStale && date.timeIntervalSince(state.waitingCountedAt) >= 2 {
            state.waitingStale = false
            state.waitingCountedAt = date
            let officer = state.officer
            effects.append(.job(LedgerJob("waiting") { ledger in
                do { return .arrived(.waiting(officer: officer, count: try ledger.waitingOn(officer).count)) }
                catch { return .arrived(.failed(DeskFailure(error))) }
            }))
        }
        if state.boardStale, state.board != .proposals, let type = BoardRegistry.type(of: state.board),
           date.timeIntervalSince(state.boardLoadedAt) >= type.refreshInterval {
            var unused: [DeskAction] = []
            loadBoard(&state, &unused)
            apply(unused, from: .arrival, &state, &effects)
        }
    }

    /// Asks the current board's data of the worker.
    static func loadBoard(_ state: inout DeskState, _ actions: inout [DeskAction]) {
        state.boardStale = false
        state.boardLoadedAt = state.now
        if let board = state.boards[state.board], let job = board.load(state) { actions.append(.job(job)) }
    }

    static func arrive(_ delivery: Delivery, _ state: inout DeskState, _ effects: inout [DeskEffect]) {
        switch delivery {
        case .changeToken(let token):
            guard token != state.changeToken else { return }
            let first = state.changeToken == -1
            state.changeToken = token
            if first { return }
            // Another officer (any process) changed the ledger: read again what is shown.
            state.waitingStale = true
            state.boardStale = true
            state.boardLoadedAt = state.board == .proposals ? state.boardLoadedAt : state.boardLoadedAt
            effects.append(.job(GlobalCommands.referenceJob()))
            var proposals = state.proposals
            let actions = proposals.changedElsewhere(state)
            state.proposals = proposals
            apply(actions, from: .arrival, &state, &effects)
        case .reference(let reference):
            state.reference = reference
            GlobalCommands.describeOfficer(&state)
        case .waiting(let officer, let count):
            if officer == state.officer { state.waitingCount = count }
        case .toBoard(let board, let payload):
            apply(deliver(payload, to: board, &state), from: .arrival, &state, &effects)
        case .failed(let failure):
            say(failure.text, .error, &state)
        }
    }

    static func clockText(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970) + 7 * 3600
        let minutes = ((seconds % 86_400) + 86_400) % 86_400 / 60
        return String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    // MARK: - Layout

    /// The layout pass before drawing: every component sizes its lists and clamps its
    /// scrolls for the rect it will be drawn in. Drawing then changes nothing.
    public static func layout(_ state: inout DeskState) {
        guard !state.isTooSmall else { return }
        let screen = DeskLayout.body(for: state)
        if state.board == .proposals {
            var proposals = state.proposals
            proposals.layout(screen, state)
            state.proposals = proposals
        } else if var board = state.boards[state.board] {
            board.layout(screen, state)
            state.boards[state.board] = board
        }
        for index in state.overlays.indices {
            var component = state.overlays[index].component
            component.layout(screen, state)
            state.overlays[index] = state.overlays[index].replacing(component)
        }
    }
}

extension DeskAction {
    /// `.close` from an overlay closes that overlay, even if it opened another on top.
    func closing(_ index: Int) -> DeskAction {
        if case .close = self { return .closeAt(index) }
        return self
    }
}

extension Overlay {
    /// Whether the overlay reads printable keys as text (`?` is then a character).
    var takesText: Bool {
        switch self {
        case .form, .prompt: true
        case .chooser(let chooser): chooser.searching
        default: false
        }
    }

    var title: Localized {
        switch self {
        case .help: DeskText.helpTitle
        case .actionMenu: DeskText.actionsTitle
        case .filterPicker: DeskText.filterTitle
        case .prompt(let p): p.purpose == .search ? DeskText.searchTitle : DeskText.commandTitle
        case .confirm: DeskText.confirmTitle
        case .form(let host): host.form.title
        case .chooser: DeskText.chooserTitle
        case .messages: DeskText.messagesTitle
        case .pager: DeskText.sectionAttachments
        }
    }
}
