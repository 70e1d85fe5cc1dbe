import Foundation
import Ledger
import Procedure
import Terminal

/// `a`: the actions on the selected proposal, as Procedure offers them with the current
/// records. What it accepts now first, each with its fixed key (the same key means the same
/// action in every state); the rest under one fold line (Tab), greyed with Procedure's reason.
public struct ActionMenu: DeskComponent {
    public var model: ActionMenuModel

    public init(items: [ActionMenuItem]) {
        model = ActionMenuModel(items: items)
    }

    /// Every entry, allowed first, as the proposals board takes them.
    public var items: [MenuItem] { (model.allowed + model.greyed).map(\.menuItem) }
    public var selected: Int { model.selected }

    public func bindings(_ desk: DeskState) -> [Binding] {
        ListState.bindings() + [
            Binding([.enter], "pick", DeskText.pickAction),
            Binding([.tab], "fold", DeskText.foldGreyed),
            .documented(DeskText.menuKeysShown[desk.language], DeskText.pickByKey),
            Binding([.escape, .char("q")], "close", DeskText.close),
            Binding([.char("Q")], "quit", DeskText.quitAsks),
        ]
    }

    public mutating func perform(_ name: String, argument: String?, _ desk: DeskState) -> [DeskAction] {
        switch name {
        case "close": return [.close]
        case "quit": return [.quit(force: false)]
        case "fold": model.toggleFold(); return []
        case "pick":
            switch model.selectedRow {
            case .fold?: model.toggleFold(); return []
            case .item(let item)?: return pick(item)
            case nil: return []
            }
        default: model.move(name); return []
        }
    }

    /// A fixed key picks its action at once (a greyed one says why).
    public mutating func input(_ key: Key, _ desk: DeskState) -> [DeskAction]? {
        guard case .char(let c) = key, !ActionMenuKeys.reserved.contains(c) else { return nil }
        guard let item = model.item(forKey: c) else { return [] }
        if let index = model.rows.firstIndex(where: { if case .item(let shown) = $0 { shown.entry == item.entry } else { false } }) {
            model.select(index)
        }
        return pick(item)
    }

    func pick(_ item: ActionMenuItem) -> [DeskAction] {
        if let refusal = item.refusal { return [.say(refusal.localized, .warning)] }
        return [.close, .send(.proposals, ProposalsIntent.choose(item.menuItem))]
    }

    func box(_ screen: Rect) -> Rect {
        Dialog.rect(width: min(96, screen.width - 6), height: min(model.rows.count, screen.height - 6), in: screen)
    }

    public mutating func layout(_ rect: Rect, _ desk: DeskState) {
        model.height = FormHost.inner(box(rect)).height
    }

    public func draw(_ desk: DeskState, in screen: Rect, into buffer: inout ScreenBuffer) {
        let lang = desk.language
        let inner = Dialog.frame(box(screen), title: DeskText.actionsTitle[lang], into: &buffer)
        let rows = model.rows
        Dialog.rows(model.list, in: inner, into: &buffer) { index, selected in
            let row = rows[index]
            let role: StyleRole
            switch row {
            case .fold: role = selected ? .menuItemSelected : .textMuted
            case .item(let item): role = selected ? .menuItemSelected : (item.refusal != nil ? .menuItemDisabled : .menuItem)
            }
            return (row.text(lang), role)
        }
    }
}

/// `f`: the inbox's filters with their counts.
public struct FilterPicker: DeskComponent {
    public var presets: [InboxPreset]
    public var list: ListState

    public init(presets: [InboxPreset], selected: Int) {
        self.presets = presets
        list = ListState(count: presets.count)
        // Kept in view by the layout pass, which knows how many rows fit.
        list.selected = max(0, min(selected, presets.count - 1))
    }

    public var selected: Int { list.selected }

    public func bindings(_ desk: DeskState) -> [Binding] {
        ListState.bindings() + [
            Binding([.enter], "pick", DeskText.pickFilter),
            Binding([.escape, .char("q")], "close", DeskText.close),
            Binding([.char("Q")], "quit", DeskText.quitAsks),
        ]
    }

    public mutating func perform(_ name: String, argument: String?, _ desk: DeskState) -> [DeskAction] {
        switch name {
        case "close": return [.close]
        case "quit": return [.quit(force: false)]
        case "pick":
            guard presets.indices.contains(list.selected) else { return [.close] }
            return [.close, .send(.proposals, ProposalsIntent.applyPreset(presets[list.selected]))]
        default: list.apply(name); return []
        }
    }

    func box(_ screen: Rect) -> Rect { Dialog.rect(width: 56, height: min(presets.count, screen.height - 6), in: screen) }

    public mutating func layout(_ rect: Rect, _ desk: DeskState) { list.fit(FormHost.inner(box(rect)).height) }

    public func draw(_ desk: DeskState, in screen: Rect, into buffer: inout ScreenBuffer) {
        let lang = desk.language
        let inner = Dialog.frame(box(screen), title: DeskText.filterTitle[lang], into: &buffer)
        Dialog.rows(list, in: inner, into: &buffer) { index, selected in
            let preset = presets[index]
            let count = String(preset.count)
            let label = DisplayWidth.truncate(preset.label[lang], to: max(1, inner.width - count.count - 3))
            return (DisplayWidth.pad(label, to: inner.width - count.count - 2) + count, selected ? .menuItemSelected : .menuItem)
        }
    }
}

/// The demo's role chooser (and `:as` without a name): every officer, grouped by unit,
/// with `/` search (accents ignored). Enter plays the officer; Esc clears the search or closes.
public struct Chooser: DeskComponent {
    public struct Choice: Sendable {
        public var login: String
        public var label: String

        public init(login: String, label: String) {
            self.login = login
            self.label = label
        }
    }
    public var choices: [Choice]
    public var list: ListState
    /// Typed after `/`: only the choices whose label holds it (accents ignored).
    public var query = ""
    public var searching = false

    public init(choices: [Choice]) {
        self.choices = choices
        list = ListState(count: choices.count)
    }

    public var selected: Int { list.selected }

    /// The choices the query keeps.
    public var shown: [Choice] {
        let words = query.split(separator: " ").map { Self.folded(String($0)) }
        guard !words.isEmpty else { return choices }
        return choices.filter { choice in
            let label = Self.folded(choice.label)
            return words.allSatisfy { label.contains($0) }
        }
    }

    static func folded(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).replacingOccurrences(of: "đ", with: "d")
    }

    /// Every officer of the ward, grouped by unit (units in order of their ids, officers by
    /// name in Vietnamese alphabetical order), each with their roles.
    public static func everyOfficer(_ org: Organization, language: Language) -> [Choice] {
        org.units.values.sorted { $0.id < $1.id }.flatMap { unit in
            org.officers.values.filter { $0.unitID == unit.id }
                .sorted { $0.name == $1.name ? $0.login < $1.login : VietnameseOrder.less($0.name, $1.name) }
                .map { officer in
                    let roles = org.roles(of: officer.login).filter { $0.role != .proposer }
                        .map { $0.role.label[language] + ($0.unitID == unit.id ? "" : " " + $0.unitID) }
                    let what = roles.isEmpty ? officer.position : roles.joined(separator: ", ")
                    return Choice(login: officer.login, label: "\(unit.id) · \(officer.name) (\(officer.login)) — \(what)")
                }
        }
    }

    public func bindings(_ desk: DeskState) -> [Binding] {
        if searching {
            return [Binding([.enter], "end-search", DeskText.endSearch), Binding([.escape], "clear-search", DeskText.clearSearch),
                    .documented(DeskText.typing[desk.language], DeskText.chooserSearchTyping)]
        }
        return ListState.bindings() + [
            Binding([.enter], "play", DeskText.playThisOfficer),
            Binding([.char("/")], "search", DeskText.chooserSearch),
            Binding([.escape, .char("q")], "close", DeskText.clearOrClose),
            Binding([.char("Q")], "quit", DeskText.quitAsks),
        ]
    }

    public mutating func perform(_ name: String, argument: String?, _ desk: DeskState) -> [DeskAction] {
        switch name {
        case "end-search": searching = false
        case "clear-search": searching = false; setQuery("")
        case "search": searching = true
        case "quit": return [.quit(force: false)]
        case "close":
            if !query.isEmpty { setQuery("") } else { return [.close] }
        case "play":
            let shown = shown
            guard shown.indices.contains(list.selected) else { return [] }
            return [.close, .play(shown[list.selected].login)]
        default: list.apply(name)
        }
        return []
    }

    public mutating func input(_ key: Key, _ desk: DeskState) -> [DeskAction]? {
        guard searching else { return nil }
        switch key {
        case .char(let character): setQuery(query + String(character))
        case .paste(let text): setQuery(query + text.filter { !$0.isNewline })
        case .backspace: if !query.isEmpty { setQuery(String(query.dropLast())) }
        default: return nil
        }
        return []
    }

    mutating func setQuery(_ text: String) {
        query = text
        list = ListState(count: shown.count)
    }

    func box(_ screen: Rect) -> Rect {
        Dialog.rect(width: min(90, screen.width - 6), height: min(max(shown.count, 1) + 4, screen.height - 4), in: screen)
    }

    public mutating func layout(_ rect: Rect, _ desk: DeskState) {
        list.count = shown.count
        list.fit(FormHost.inner(box(rect)).height - 3)
    }

    public func draw(_ desk: DeskState, in screen: Rect, into buffer: inout ScreenBuffer) {
        let lang = desk.language
        let shown = shown
        let inner = Dialog.frame(box(screen), title: DeskText.chooserTitle[lang], into: &buffer)
        if searching || !query.isEmpty {
            buffer.put("/" + query, at: inner.x, y: inner.y, role: .formFieldFocused, maxWidth: inner.width)
        } else {
            buffer.put(DeskText.demoEveryActionPlayed[lang], at: inner.x, y: inner.y, role: .textMuted, maxWidth: inner.width)
        }
        buffer.put(DeskText.chooserFooter(shown.count, choices.count)[lang], at: inner.x, y: inner.maxY - 1, role: .hintText, maxWidth: inner.width)
        Dialog.rows(list, in: inner, y: inner.y + 2, into: &buffer) { index, selected in
            (shown[index].label, selected ? .menuItemSelected : .menuItem)
        }
        if searching { buffer.cursor = (min(inner.maxX - 1, inner.x + 1 + DisplayWidth.width(of: query)), inner.y) }
    }
}
