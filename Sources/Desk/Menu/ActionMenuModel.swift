import Procedure
import Terminal

/// One entry of the action menu: a step in person, or what the unit's clerk records for
/// someone else (a member's ballot from the minutes, the Party opinion from its letter).
public enum ActionMenuEntry: Sendable, Hashable {
    case step(ActionKind)
    /// `position` is the member's place in the reviewing unit's collective (head first,
    /// then the deputies, as the organisation lists them), the recused proposer included,
    /// so that a member keeps the same key in every state of the proposal.
    case ballotFromMinutes(member: String, position: Int)
    case partyOpinionFromLetter(committee: String)

    /// The step the entry performs.
    public var kind: ActionKind {
        switch self {
        case .step(let kind): kind
        case .ballotFromMinutes: .ballot
        case .partyOpinionFromLetter: .partyOpinion
        }
    }

    /// Whom the clerk records for, or nil for a step taken in person.
    public var onBehalfOf: String? {
        switch self {
        case .step: nil
        case .ballotFromMinutes(let member, _): member
        case .partyOpinionFromLetter(let committee): committee
        }
    }
}

/// The fixed keys of the action menu. Each entry has one key, the same in every state, so
/// that a hand learns them: pressing a key never does one thing here and another there.
///
/// The keys are taken in procedure order from one pool: the digits 1–9 and 0, then the
/// lower-case letters the menu does not use otherwise, then two upper-case letters for the
/// meeting's steps. Left out are `a` (opens the menu),
/// `g` `j` `k` (top, down, up), `h` `l` (left, right in panes), `n` (next search result),
/// `q` (closes the menu) and `y` (yes in a confirmation); other upper case, `?`, `/`, Tab
/// (the fold), Enter and Esc are not letters of the pool either.
///
/// A clerk's entries follow: `s` for the Party opinion from the committee's letter, then one
/// key per member of the collective for the ballot from the minutes, by the member's
/// position (`t` for the head, `u` for the first deputy, …; `p` and `r` went to the
/// forwarding steps of §7.6). One key per member rather than
/// one entry that opens a member picker: the clerk records from minutes that name each
/// member, each ballot is a separate record, and the greyed rows show per member who has
/// already voted. A collective larger than six members leaves the seventh and later
/// without a key; they are reached with the arrows and Enter.
public enum ActionMenuKeys {
    /// The pool, in order.
    /// `M` and `D` (upper case: the lower-case letters ran out) are the meeting's steps of
    /// §7.1, opening it (mở họp) and the attendance (điểm danh), placed where the steps end
    /// (after `s`, a member's own evaluation form, §7.3) so that the clerk's keys stay
    /// together; `B` gives the sixth ballot from the minutes its key.
    public static let pool: [Character] = Array("1234567890bcdefimoprsMDtuvwxzB")

    /// The keys that the menu uses for something else and that no entry may take.
    public static let reserved: Set<Character> = ["a", "g", "G", "j", "k", "h", "l", "n", "N", "q", "Q", "y", "Y", "?", "/"]

    /// The key of a step taken in person: its place in procedure order.
    public static func key(for kind: ActionKind) -> Character {
        let index = ActionKind.allCases.firstIndex(of: kind) ?? 0
        return pool[index]
    }

    /// The Party opinion written from the committee's letter.
    public static let partyOpinionFromLetter: Character = pool[ActionKind.allCases.count]

    /// The keys of the ballots from the minutes, by the member's position.
    public static let ballotsFromMinutes: [Character] = Array(pool[(ActionKind.allCases.count + 1)...])

    public static func key(for entry: ActionMenuEntry) -> Character? {
        switch entry {
        case .step(let kind): key(for: kind)
        case .partyOpinionFromLetter: partyOpinionFromLetter
        case .ballotFromMinutes(_, let position):
            ballotsFromMinutes.indices.contains(position) ? ballotsFromMinutes[position] : nil
        }
    }
}

/// One row of the menu's content: an entry, its label, and Procedure's refusal when it
/// cannot be taken now (shown greyed with that reason).
public struct ActionMenuItem: Sendable {
    public var entry: ActionMenuEntry
    public var label: Localized
    public var refusal: Refusal?
    /// The refusal is the wrong state, already said on the fold line: the row shows the label.
    public var stateSaidOnTheFold = false

    public init(entry: ActionMenuEntry, label: Localized, refusal: Refusal?) {
        self.entry = entry
        self.label = label
        self.refusal = refusal
    }

    public var key: Character? { ActionMenuKeys.key(for: entry) }
    public var kind: ActionKind { entry.kind }
    public var onBehalfOf: String? { entry.onBehalfOf }
    public var isAllowed: Bool { refusal == nil }

    /// The item as the current Desk's `choose(_:)` takes it.
    public var menuItem: MenuItem { MenuItem(kind: kind, onBehalfOf: onBehalfOf, label: label, refusal: refusal) }

    /// "3  Vào sổ tiếp nhận": the key, then the label.
    public func text(_ language: Language) -> String {
        (key.map { String($0) } ?? " ") + "  " + label[language]
    }

    /// Procedure's reason for a greyed row, nil for an allowed one.
    public func reason(_ language: Language) -> String? { refusal?.message(language) }
}

extension ActionMenuModel {
    /// Every entry of the menu for `officer` on `proposal`, in procedure order, each with
    /// Procedure's offer (`Permissions.offered`): the steps in person (the checklist is left
    /// out, since the ballot's form fills it), and for the reviewing unit's clerk the Party
    /// opinion from `partyCommittee`'s letter and each member's ballot from the minutes,
    /// placed after the step they record.
    public static func items(for proposal: Proposal, officer: String, organization org: Organization,
                             settings: ProcedureSettings, today: Day, partyCommittee: String) -> [ActionMenuItem] {
        func offer(_ entry: ActionMenuEntry) -> Refusal? {
            Permissions.offered(entry.kind, on: proposal, by: Actor(login: officer, onBehalfOf: entry.onBehalfOf),
                                in: org, settings: settings, today: today)
        }
        let isClerk = org.holds(.clerk, officer, in: proposal.reviewingUnitID)
        var items: [ActionMenuItem] = []
        for kind in ActionKind.allCases where kind != .checklist {
            items.append(ActionMenuItem(entry: .step(kind), label: kind.label, refusal: offer(.step(kind))))
            guard isClerk else { continue }
            if kind == .partyOpinion {
                let entry = ActionMenuEntry.partyOpinionFromLetter(committee: partyCommittee)
                items.append(ActionMenuItem(entry: entry, label: DeskText.partyOpinionFrom(partyCommittee), refusal: offer(entry)))
            }
            if kind == .ballot {
                for (position, member) in proposal.listedMembers(in: org).enumerated() {
                    let entry = ActionMenuEntry.ballotFromMinutes(member: member.login, position: position)
                    items.append(ActionMenuItem(entry: entry, label: DeskText.ballotFor(member.name), refusal: offer(entry)))
                }
            }
        }
        return items
    }
}

/// What a row of the menu shows.
public enum ActionMenuRow: Sendable {
    case item(ActionMenuItem)
    /// The one line under which the greyed entries are folded; it names the state once
    /// for the steps that are not open in it (their rows then show only their label).
    case fold(count: Int, expanded: Bool, state: Localized? = nil)

    public func text(_ language: Language) -> String {
        switch self {
        case .item(let item):
            guard let reason = item.reason(language), !item.stateSaidOnTheFold else { return item.text(language) }
            return item.text(language) + " — " + reason
        case .fold(let count, let expanded, let state):
            return DeskText.foldLine(count, expanded: expanded, state: state)[language]
        }
    }
}

/// What a key did in the menu.
public enum ActionMenuOutcome: Sendable {
    /// An allowed entry was chosen: open its form.
    case choose(ActionMenuItem)
    /// A greyed entry was chosen: say Procedure's reason.
    case refused(ActionMenuItem, Refusal)
    /// The selection, scroll or fold changed.
    case moved
    /// Not a key of the menu.
    case ignored
}

/// The action menu as a value: the allowed entries first in procedure order, each with its
/// fixed key, then one fold line over the greyed ones, which Tab expands; a selection and a
/// scroll offset keep the selected row inside `height` rows (the menu box of an 80×24
/// terminal has at most 18).
public struct ActionMenuModel: Sendable {
    public let allowed: [ActionMenuItem]
    public let greyed: [ActionMenuItem]
    public private(set) var expanded = false
    /// The selection (an index into `rows`) and the scroll: the Desk's one list state.
    public private(set) var list = ListState()
    public var selected: Int { list.selected }
    /// The first row shown.
    public var scroll: Int { list.top }
    /// How many rows the box shows.
    public var height: Int {
        get { list.visible }
        set { list.count = rows.count; list.fit(max(1, newValue)) }
    }

    public static let defaultHeight = 18

    public init(items: [ActionMenuItem], height: Int = ActionMenuModel.defaultHeight) {
        allowed = items.filter(\.isAllowed)
        greyed = items.filter { !$0.isAllowed }
        list.count = rows.count
        list.fit(max(1, height))
    }

    /// A movement of the list by its command's name (`down`, `page-up`, …).
    public mutating func move(_ name: String) {
        list.count = rows.count
        list.apply(name)
    }

    /// Every row, shown or scrolled away.
    public var rows: [ActionMenuRow] {
        var rows = allowed.map(ActionMenuRow.item)
        if !greyed.isEmpty {
            // The state is said once, on the fold line, for the steps it does not open.
            let state = greyed.lazy.compactMap { $0.refusal?.rule == .wrongState ? $0.refusal?.detail : nil }.first
            rows.append(.fold(count: greyed.count, expanded: expanded, state: state))
            if expanded {
                rows += greyed.map { item in
                    var shown = item
                    shown.stateSaidOnTheFold = state != nil && item.refusal?.rule == .wrongState && item.refusal?.detail == state
                    return .item(shown)
                }
            }
        }
        return rows
    }

    /// The rows inside the box, with the index of each in `rows`.
    public var visibleRows: [(index: Int, row: ActionMenuRow)] {
        let all = rows
        let end = min(all.count, scroll + height)
        guard scroll < end else { return [] }
        return (scroll..<end).map { ($0, all[$0]) }
    }

    /// Whether rows are hidden above or below the box (for a scroll mark).
    public var canScrollUp: Bool { scroll > 0 }
    public var canScrollDown: Bool { scroll + height < rows.count }

    public var selectedRow: ActionMenuRow? {
        let all = rows
        return all.indices.contains(selected) ? all[selected] : nil
    }

    public mutating func moveDown() { select(selected + 1) }
    public mutating func moveUp() { select(selected - 1) }
    public mutating func moveToTop() { select(0) }
    public mutating func moveToBottom() { select(rows.count - 1) }

    /// Tab: shows or hides the greyed entries; the selection stays on the fold line when it
    /// was on a greyed entry that is now hidden.
    public mutating func toggleFold() {
        guard !greyed.isEmpty else { return }
        expanded.toggle()
        select(!expanded && selected > allowed.count ? allowed.count : selected)
    }

    /// The entry with this fixed key, allowed or greyed.
    public func item(forKey key: Character) -> ActionMenuItem? {
        (allowed + greyed).first { $0.key == key }
    }

    /// Handles one key: a fixed key chooses its entry, Enter the selected row (the fold line
    /// toggles), Tab the fold, the arrows, PgUp/PgDn and j k g G move. Esc, q and the global
    /// keys come back `.ignored`: closing the menu is the caller's.
    public mutating func handle(_ key: Key) -> ActionMenuOutcome {
        switch key {
        case .down, .char("j"): moveDown(); return .moved
        case .up, .char("k"): moveUp(); return .moved
        case .pageDown: select(selected + height); return .moved
        case .pageUp: select(selected - height); return .moved
        case .home, .char("g"): moveToTop(); return .moved
        case .end, .char("G"): moveToBottom(); return .moved
        case .tab: toggleFold(); return .moved
        case .enter:
            switch selectedRow {
            case .fold?: toggleFold(); return .moved
            case .item(let item)?: return outcome(item)
            case nil: return .ignored
            }
        case .char(let character):
            guard !ActionMenuKeys.reserved.contains(character), let item = item(forKey: character) else { return .ignored }
            if let index = rows.firstIndex(where: { if case .item(let shown) = $0 { shown.entry == item.entry } else { false } }) {
                select(index)
            }
            return outcome(item)
        default:
            return .ignored
        }
    }

    private func outcome(_ item: ActionMenuItem) -> ActionMenuOutcome {
        if let refusal = item.refusal { return .refused(item, refusal) }
        return .choose(item)
    }

    mutating func select(_ index: Int) {
        list.count = rows.count
        list.select(index)
    }
}
