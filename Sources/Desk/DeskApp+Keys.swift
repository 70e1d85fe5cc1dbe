import Foundation
import Ledger
import Procedure
import Terminal

extension DeskApp {
    /// One key: to the top overlay if there is one, else through the binding registry.
    public func handle(_ key: Key) {
        if key == .resize {
            state.size = backend.size
            clampInbox()
            return
        }
        if key == .ctrl("z") {
            backend.suspend()
            return
        }
        if state.isTooSmall {
            // Nothing can be seen: keys wait until the window is larger, except quitting
            // when no typed input would be lost.
            if (key == .char("Q") || key == .ctrl("c")) && !state.hasDirtyForm { state.quitting = true }
            return
        }
        if let top = state.overlays.last {
            handleOverlay(top, key)
            return
        }
        if state.board != .proposals, handleBoardKey(key) {
            return
        }
        if case .paste = key {
            // Pasted text is data, never commands.
            message(Localized(vi: "Chỉ dán được vào ô nhập liệu", en: "Paste works only in input fields"), .warning)
            return
        }
        guard let binding = Bindings.binding(for: key, scope: .panes) else {
            if case .char = key {
                message(Localized(vi: "Phím \(key) chưa được gán; nhấn ? để xem trợ giúp", en: "Key \(key) does nothing here; press ? for help"), .info)
            }
            return
        }
        if let why = binding.unavailable(state) {
            message(why, .warning)
            return
        }
        execute(binding.command)
    }

    /// Runs a command of the registry (from a key or from the `:` line).
    public func execute(_ command: Command, argument: String? = nil) {
        state.message = nil
        switch command {
        case .help: state.overlays.append(.help(scroll: 0))
        case .quit:
            if state.hasDirtyForm {
                state.overlays.append(.confirm(ConfirmState(question: Localized(
                    vi: "Biểu mẫu chưa lưu sẽ mất. Vẫn thoát?", en: "The unsaved form will be lost. Quit anyway?"), then: .quit)))
            } else {
                state.quitting = true
            }
        case .quitNow: state.quitting = true
        case .back:
            if state.board != .proposals { enter(.proposals) }
            else if state.focus != .inbox { state.focus = .inbox }
            else if state.inbox.search != nil {
                state.inbox.search = nil
                reloadInbox(keeping: state.inbox.current?.id)
            } else { execute(.quit) }
        case .nextPane: state.focus = Pane(rawValue: (state.focus.rawValue + 1) % 3) ?? .inbox
        case .previousPane: state.focus = Pane(rawValue: (state.focus.rawValue + 2) % 3) ?? .inbox
        case .showInbox: state.focus = .inbox
        case .showDetail: state.focus = .detail
        case .showReview: state.focus = .review
        case .down: move(1)
        case .up: move(-1)
        case .top: move(Int.min / 2)
        case .bottom: move(Int.max / 2)
        case .pageDown: move(pageStep)
        case .pageUp: move(-pageStep)
        case .halfDown: move(max(1, pageStep / 2))
        case .halfUp: move(-max(1, pageStep / 2))
        case .open:
            if state.isWide { state.focus = .detail } else { state.focus = .detail }
        case .search:
            if let argument { applySearch(argument) } else { state.overlays.append(.prompt(PromptState(purpose: .search))) }
        case .searchNext, .searchPrevious:
            guard !state.inbox.rows.isEmpty else { return }
            let count = state.inbox.rows.count
            state.inbox.selected = (state.inbox.selected + (command == .searchNext ? 1 : count - 1)) % count
            state.focus = .inbox
            clampInbox()
            loadDetail()
        case .filter:
            if let argument { applyPreset(id: argument) } else { openFilterPicker() }
        case .commandLine: state.overlays.append(.prompt(PromptState(purpose: .command)))
        case .actions: openActionMenu()
        case .newProposal: openNewDossier()
        case .showProposals: enter(.proposals)
        case .dashboard:
            if let argument {
                do { state.dashboard.period = try Period.parse(argument) } catch { message(error.message, .error) }
            }
            enter(.dashboard)
        case .period: choosePeriod(argument)
        case .dissemination: enter(.dissemination)
        case .oversight: enter(.oversight)
        case .refresh:
            reloadReference()
            reloadBoard()
            reloadInbox(keeping: state.inbox.current?.id)
            message(Localized(vi: "Đã tải lại", en: "Reloaded"), .info)
        }
    }

    var pageStep: Int {
        let layout = Layout.panes(for: state)
        switch state.focus {
        case .inbox: return max(1, layout.inbox.height - 3)
        case .detail: return max(1, layout.detail.height - 2)
        case .review: return max(1, layout.review.height - 2)
        }
    }

    func move(_ delta: Int) {
        switch state.focus {
        case .inbox:
            let before = state.inbox.current?.id
            let target = delta > 0 ? min(state.inbox.selected &+ delta, state.inbox.rows.count - 1) : max(0, state.inbox.selected &+ delta)
            state.inbox.selected = max(0, target)
            loadMoreIfNeeded()
            clampInbox()
            if state.inbox.current?.id != before { loadDetail(cached: true) }
        case .detail:
            state.detail.scroll = clampScroll(state.detail.scroll, delta, pane: .detail, rect: Layout.panes(for: state).detail)
        case .review:
            state.detail.reviewScroll = clampScroll(state.detail.reviewScroll, delta, pane: .review, rect: Layout.panes(for: state).review)
        }
    }

    func clampScroll(_ current: Int, _ delta: Int, pane: Pane, rect: Rect) -> Int {
        let total = wrapped(pane, width: max(1, rect.width - 2)).count
        let maximum = max(0, total - max(1, rect.height - 2))
        let next = delta > 0 ? min(current &+ delta, maximum) : max(0, current &+ delta)
        return max(0, min(next, maximum))
    }

    // MARK: - Filters and search

    func openFilterPicker() {
        do {
            // The "waiting on me" count is the Desk's own when it is up to date.
            var presets = try ledger.presets(for: state.officer, today: today, waiting: waitingStale || state.waitingCount < 0)
            if let mine = presets.firstIndex(where: { $0.kind == .waitingOnMe }) {
                if presets[mine].count < 0 {
                    presets[mine].count = state.waitingCount
                } else {
                    state.waitingCount = presets[mine].count
                    waitingStale = false
                }
            }
            let current = presets.firstIndex { $0.kind == state.inbox.preset } ?? 0
            state.overlays.append(.filterPicker(presets: presets, selected: current))
        } catch { show(error) }
    }

    func applyPreset(_ preset: InboxPreset) {
        state.inbox.preset = preset.kind
        state.inbox.presetLabel = preset.label
        state.inbox.selected = 0
        state.inbox.top = 0
        state.focus = .inbox
        reloadInbox()
    }

    func applyPreset(id: String) {
        guard let preset = try? ledger.presets(for: state.officer, today: today, waiting: false).first(where: { $0.id == id }) else {
            message(Localized(vi: "Không có bộ lọc \"\(id)\"", en: "No filter \"\(id)\""), .error)
            return
        }
        applyPreset(preset)
    }

    func applySearch(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        state.inbox.search = trimmed.isEmpty ? nil : trimmed
        state.inbox.selected = 0
        state.inbox.top = 0
        state.focus = .inbox
        reloadInbox()
        if state.inbox.search != nil {
            message(Localized(vi: "\(state.inbox.rows.count) kết quả; n/N để chuyển, q để bỏ tìm", en: "\(state.inbox.rows.count) results; n/N to move, q to clear"), .info)
        }
    }

    // MARK: - Overlays

    func replaceTop(_ overlay: Overlay) {
        guard !state.overlays.isEmpty else { return }
        state.overlays[state.overlays.count - 1] = overlay
    }

    func popOverlay() { _ = state.overlays.popLast() }

    func handleOverlay(_ overlay: Overlay, _ key: Key) {
        switch overlay {
        case .help(let scroll):
            switch key {
            case .char("q"), .escape, .char("?"), .enter: popOverlay()
            case .char("j"), .down: replaceTop(.help(scroll: scroll + 1))
            case .char("k"), .up: replaceTop(.help(scroll: max(0, scroll - 1)))
            case .pageDown, .ctrl("d"): replaceTop(.help(scroll: scroll + 10))
            case .pageUp, .ctrl("u"): replaceTop(.help(scroll: max(0, scroll - 10)))
            case .char("Q"), .ctrl("c"): execute(.quit)
            default: break
            }
        case .actionMenu(let items, let selected):
            switch key {
            case .char("j"), .down: replaceTop(.actionMenu(items: items, selected: min(items.count - 1, selected + 1)))
            case .char("k"), .up: replaceTop(.actionMenu(items: items, selected: max(0, selected - 1)))
            case .char("g"), .home: replaceTop(.actionMenu(items: items, selected: 0))
            case .char("G"), .end: replaceTop(.actionMenu(items: items, selected: max(0, items.count - 1)))
            case .escape, .char("q"): popOverlay()
            case .enter, .char("1"), .char("2"), .char("3"), .char("4"), .char("5"), .char("6"), .char("7"), .char("8"), .char("9"):
                var selected = selected
                if case .char(let digit) = key, let number = digit.wholeNumberValue {
                    guard items.indices.contains(number - 1) else { return }
                    selected = number - 1
                    replaceTop(.actionMenu(items: items, selected: selected))
                }
                guard items.indices.contains(selected) else { return }
                let item = items[selected]
                if let refusal = item.refusal {
                    state.message = StatusMessage(text: refusal.message(state.language), kind: .warning)
                    return
                }
                popOverlay()
                choose(item)
            case .char("Q"), .ctrl("c"): execute(.quit)
            default: break
            }
        case .filterPicker(let presets, let selected):
            switch key {
            case .char("j"), .down: replaceTop(.filterPicker(presets: presets, selected: min(presets.count - 1, selected + 1)))
            case .char("k"), .up: replaceTop(.filterPicker(presets: presets, selected: max(0, selected - 1)))
            case .char("g"), .home: replaceTop(.filterPicker(presets: presets, selected: 0))
            case .char("G"), .end: replaceTop(.filterPicker(presets: presets, selected: max(0, presets.count - 1)))
            case .escape, .char("q"): popOverlay()
            case .enter:
                popOverlay()
                if presets.indices.contains(selected) { applyPreset(presets[selected]) }
            case .char("Q"), .ctrl("c"): execute(.quit)
            default: break
            }
        case .prompt(var prompt):
            handlePrompt(&prompt, key)
        case .confirm(let confirm):
            popOverlay()
            guard key == .char("y") || key == .char("Y") || key == .char("c") || key == .char("C") else {
                if case .discardForm = confirm.then, let host = confirm.returnTo { state.overlays.append(.form(host)) }
                return
            }
            switch confirm.then {
            case .quit: state.quitting = true
            case .discardForm: message(Localized(vi: "Đã bỏ biểu mẫu", en: "Form discarded"), .info)
            case let .perform(kind, actions, onBehalfOf):
                guard let proposal = state.detail.proposal else { return }
                perform(actions, kind: kind, proposalID: proposal.id, seenVersion: proposal.version, onBehalfOf: onBehalfOf, host: nil)
            }
        case .form(var host):
            handleForm(&host, key)
        case .chooser(var chooser):
            handleChooser(&chooser, key)
        }
    }

    /// The role chooser: j/k/g/G move, / searches (accents ignored), Enter plays the
    /// officer, ? is the help, Esc clears the search or closes the chooser.
    func handleChooser(_ chooser: inout ChooserState, _ key: Key) {
        let count = chooser.shown.count
        if chooser.searching {
            switch key {
            case .char(let character): chooser.query.append(character); chooser.selected = 0
            case .paste(let text): chooser.query += text.filter { !$0.isNewline }; chooser.selected = 0
            case .backspace: if !chooser.query.isEmpty { chooser.query.removeLast() }; chooser.selected = 0
            case .enter: chooser.searching = false
            case .escape: chooser.searching = false; chooser.query = ""; chooser.selected = 0
            case .ctrl("c"): execute(.quit); return
            default: break
            }
            replaceTop(.chooser(chooser))
            return
        }
        switch key {
        case .char("j"), .down: chooser.selected = min(max(0, count - 1), chooser.selected + 1); replaceTop(.chooser(chooser))
        case .char("k"), .up: chooser.selected = max(0, chooser.selected - 1); replaceTop(.chooser(chooser))
        case .char("g"), .home: chooser.selected = 0; replaceTop(.chooser(chooser))
        case .char("G"), .end: chooser.selected = max(0, count - 1); replaceTop(.chooser(chooser))
        case .char("/"): chooser.searching = true; replaceTop(.chooser(chooser))
        case .char("?"), .function(1): state.overlays.append(.help(scroll: 0))
        case .enter:
            let shown = chooser.shown
            guard shown.indices.contains(chooser.selected) else { return }
            popOverlay()
            play(shown[chooser.selected].login)
        case .escape, .char("q"):
            if !chooser.query.isEmpty {
                chooser.query = ""
                chooser.selected = 0
                replaceTop(.chooser(chooser))
            } else {
                popOverlay()
            }
        case .char("Q"), .ctrl("c"): execute(.quit)
        default: break
        }
    }

    /// Plays another officer of a demo database, without leaving the Desk.
    func play(_ login: String) {
        setOfficer(login, played: true)
        detailCache.removeAll()
        state.inbox.search = nil
        state.inbox.preset = .waitingOnMe
        state.inbox.presetLabel = Localized(vi: "Việc chờ tôi", en: "Waiting on me")
        reloadInbox()
        if state.inbox.rows.isEmpty {
            state.inbox.preset = .all
            state.inbox.presetLabel = Localized(vi: "Tất cả", en: "All")
            reloadInbox()
        }
        message(Localized(vi: "Đang đóng vai \(state.officerName) (\(login))", en: "Now playing \(state.officerName) (\(login))"), .info)
    }

    func handlePrompt(_ prompt: inout PromptState, _ key: Key) {
        var characters = Array(prompt.text)
        switch key {
        case .escape, .ctrl("c"):
            popOverlay()
            return
        case .enter:
            popOverlay()
            let text = prompt.text.precomposedStringWithCanonicalMapping
            if prompt.purpose == .search { applySearch(text) } else { runCommandLine(text) }
            return
        case .char(let c):
            characters.insert(c, at: prompt.caret)
            prompt.caret += 1
        case .paste(let text):
            let clean = text.replacingOccurrences(of: "\n", with: " ")
            characters.insert(contentsOf: Array(clean), at: prompt.caret)
            prompt.caret += clean.count
        case .backspace:
            if prompt.caret > 0 {
                characters.remove(at: prompt.caret - 1)
                prompt.caret -= 1
            } else if characters.isEmpty {
                popOverlay()
                return
            }
        case .delete, .ctrl("d"):
            if prompt.caret < characters.count { characters.remove(at: prompt.caret) }
        case .left, .ctrl("b"): prompt.caret = max(0, prompt.caret - 1)
        case .right, .ctrl("f"): prompt.caret = min(characters.count, prompt.caret + 1)
        case .home, .ctrl("a"): prompt.caret = 0
        case .end, .ctrl("e"): prompt.caret = characters.count
        case .ctrl("u"):
            characters.removeFirst(prompt.caret)
            prompt.caret = 0
        case .tab where prompt.purpose == .command:
            let completions = CommandLine.completions(for: String(characters), presets: (try? ledger.presets(for: state.officer, today: today, waiting: false)) ?? [])
            if completions.count == 1, let only = completions.first {
                characters = Array(only + " ")
                prompt.caret = characters.count
                prompt.completions = []
            } else {
                prompt.completions = completions
                let common = CommandLine.commonPrefix(completions)
                if common.count > characters.count {
                    characters = Array(common)
                    prompt.caret = characters.count
                }
            }
        default:
            break
        }
        prompt.text = String(characters)
        prompt.caret = min(prompt.caret, prompt.text.count)
        replaceTop(.prompt(prompt))
    }

    func runCommandLine(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1).map(String.init)
        guard let name = parts.first else { return }
        let argument = parts.count > 1 ? parts[1] : nil
        switch name {
        case "open", "o":
            guard let typed = argument else { return }
            // An id or a short form ("58", "2026-58"): the stored id it names.
            let id = ((try? ledger.resolveID(typed, today: today)) ?? nil) ?? typed
            state.inbox.preset = .all
            state.inbox.presetLabel = Localized(vi: "Tất cả", en: "All")
            state.inbox.search = nil
            reloadInbox(keeping: id)
            if state.inbox.current?.id != id, (try? ledger.proposal(id, visibleTo: state.officer)) != nil {
                // Not on the loaded page: load the page that starts at it.
                state.inbox.startingAt = id
                reloadInbox(keeping: id)
                state.inbox.startingAt = nil
            }
            if state.inbox.current?.id == id { state.focus = .detail } else {
                message(Localized(vi: "Không tìm thấy đề xuất \(typed)", en: "No proposal \(typed)"), .error)
            }
        case "as":
            // Another officer of a demo database, without leaving the Desk.
            guard (try? ledger.isDemo()) == true else {
                message(Localized(vi: ":as chỉ dùng được trên cơ sở dữ liệu demo", en: ":as works on demo databases only"), .error)
                return
            }
            guard let login = argument?.trimmingCharacters(in: .whitespaces), !login.isEmpty else {
                state.overlays.append(.chooser(ChooserState(choices: ChooserState.everyOfficer(organization, language: state.language))))
                return
            }
            guard organization.officer(login) != nil else {
                message(Localized(vi: "Không có cán bộ \"\(login)\"", en: "No officer \"\(login)\""), .error)
                return
            }
            play(login)
        case "lang":
            if let language = argument.flatMap(Language.init(rawValue:)) {
                state.language = language
                setOfficer(state.officer, played: state.played)
                rebuildDocuments()
            } else {
                message(Localized(vi: "Dùng :lang vi hoặc :lang en", en: "Use :lang vi or :lang en"), .error)
            }
        case "action":
            guard let argument, let kind = ActionKind(rawValue: argument) else {
                message(Localized(vi: "Dùng :action TÊN (ví dụ :action ballot)", en: "Use :action NAME (e.g. :action ballot)"), .error)
                return
            }
            guard state.detail.proposal != nil else { return }
            if let item = menuItems().first(where: { $0.kind == kind && $0.onBehalfOf == nil }) {
                if let refusal = item.refusal { state.message = StatusMessage(text: refusal.message(state.language), kind: .warning) } else { choose(item) }
            }
        default:
            if let command = Command(rawValue: name) {
                if let binding = Bindings.binding(for: command), let why = binding.unavailable(state) {
                    message(why, .warning)
                } else {
                    execute(command, argument: argument)
                }
            } else {
                message(Localized(vi: "Không có lệnh \"\(name)\" (Tab để gợi ý)", en: "No command \"\(name)\" (Tab completes)"), .error)
            }
        }
    }
}

/// The `:` command line's vocabulary, from the binding registry plus a few commands with
/// arguments.
enum CommandLine {
    static let extra = ["open", "lang", "action", "as"]

    static func completions(for text: String, presets: [InboxPreset]) -> [String] {
        let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if parts.count <= 1 {
            // "open" is both a bound command and a command with an argument: listed once.
            let names = Set(Command.allCases.map(\.rawValue) + extra)
            return names.filter { $0.hasPrefix(text) }.sorted()
        }
        let argument = parts[1]
        let options: [String]
        switch parts[0] {
        case "filter": options = presets.map(\.id)
        case "lang": options = Language.allCases.map(\.rawValue)
        case "action": options = ActionKind.allCases.map(\.rawValue)
        default: options = []
        }
        return options.filter { $0.hasPrefix(argument) }.map { parts[0] + " " + $0 }.sorted()
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
