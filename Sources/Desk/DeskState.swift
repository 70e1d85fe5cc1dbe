import Foundation
import Ledger
import Procedure
import Terminal

/// The three panes of the Desk.
public enum Pane: Int, CaseIterable, Sendable {
    case inbox = 0
    case detail = 1
    case review = 2

    public var title: Localized {
        switch self {
        case .inbox: Localized(vi: "Hộp việc", en: "Inbox")
        case .detail: Localized(vi: "Chi tiết", en: "Detail")
        case .review: Localized(vi: "Rà soát, biểu quyết", en: "Review and vote")
        }
    }
}

/// A line of the status bar's message area.
public struct StatusMessage: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case info, success, warning, error }
    public var text: String
    public var kind: Kind
}

/// The inbox: the rows loaded (a keyset page at a time), the selection and the filter.
public struct InboxState: Sendable {
    public var rows: [ProposalSummary] = []
    public var selected = 0
    public var top = 0
    public var preset: InboxPreset.Kind = .all
    public var presetLabel = Localized(vi: "Tất cả", en: "All")
    /// The search in force (`/`), if any.
    public var search: String?
    /// Whether more rows exist after the last one loaded.
    public var hasMore = false
    /// For one reload: start the page at this proposal (`:open` of an id not loaded yet).
    public var startingAt: String?

    public var current: ProposalSummary? { rows.indices.contains(selected) ? rows[selected] : nil }
}

/// The proposal shown in the detail and review panes.
public struct DetailState: Sendable {
    public var proposal: Proposal?
    public var history: [StoredEvent] = []
    public var scroll = 0
    public var reviewScroll = 0
}

/// One entry of the action menu: an action, possibly on someone's behalf, and why not.
public struct MenuItem: Sendable {
    public var kind: ActionKind
    public var onBehalfOf: String?
    public var label: Localized
    public var refusal: Refusal?
}

/// What covers the panes, if anything. Keys go to the overlay first.
public enum Overlay: Sendable {
    case help(scroll: Int)
    case actionMenu(items: [MenuItem], selected: Int)
    case filterPicker(presets: [InboxPreset], selected: Int)
    case prompt(PromptState)
    case confirm(ConfirmState)
    case form(FormHost)
    case chooser(ChooserState)
}

/// A one-line prompt: `/` search or `:` command.
public struct PromptState: Sendable {
    public enum Purpose: Sendable { case search, command }
    public var purpose: Purpose
    public var text = ""
    /// Caret position, in characters.
    public var caret = 0
    public var completions: [String] = []
}

/// A y/N question; No is the default.
public struct ConfirmState: Sendable {
    public enum Then: Sendable {
        case perform(kind: ActionKind, actions: [Action], onBehalfOf: String?)
        case discardForm
        case quit
    }
    public var question: Localized
    public var then: Then
    /// The form to go back to when the answer is No (for `discardForm`).
    public var returnTo: FormHost?
}

/// The demo's opening chooser: which officer to play.
public struct ChooserState: Sendable {
    public struct Choice: Sendable {
        public var login: String
        public var label: String

        public init(login: String, label: String) {
            self.login = login
            self.label = label
        }
    }
    public var choices: [Choice]
    /// The index in `shown`.
    public var selected = 0
    /// Typed after `/`: only the choices whose label holds it (accents ignored).
    public var query = ""
    public var searching = false

    public init(choices: [Choice]) {
        self.choices = choices
    }

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

    /// Every officer of the ward, grouped by unit (units in order of their ids, officers
    /// by name), each with their roles: what a visitor of a demo may play.
    public static func everyOfficer(_ org: Organization, language: Language) -> [Choice] {
        org.units.values.sorted { $0.id < $1.id }.flatMap { unit in
            org.officers.values.filter { $0.unitID == unit.id }.sorted { ($0.name, $0.login) < ($1.name, $1.login) }.map { officer in
                let roles = org.roles(of: officer.login).filter { $0.role != .proposer }
                    .map { $0.role.label[language] + ($0.unitID == unit.id ? "" : " " + $0.unitID) }
                let what = roles.isEmpty ? officer.position : roles.joined(separator: ", ")
                return Choice(login: officer.login, label: "\(unit.id) · \(officer.name) (\(officer.login)) — \(what)")
            }
        }
    }
}

/// The whole state of the Desk. Views draw from it and never change it.
public struct DeskState: Sendable {
    public var size: TerminalSize
    public var language: Language
    /// The officer at the keyboard and whether the role is played (demo).
    public var officer: String
    public var officerName = ""
    public var roleLine = ""
    public var played = false
    /// The board on screen: the proposals' panes, or a full-screen board.
    public var board: Board = .proposals
    /// The "Văn bản, quán triệt" board (point 1).
    public var dissemination = DisseminationBoardState()
    /// The "Kiểm tra, vướng mắc" board (point 4).
    public var oversight = OversightBoardState()
    public var focus: Pane = .inbox
    public var inbox = InboxState()
    public var detail = DetailState()
    public var dashboard = DashboardState()
    public var overlays: [Overlay] = []
    public var message: StatusMessage?
    public var waitingCount = 0
    public var overdueCount = 0
    public var clock = ""
    public var quitting = false

    public init(size: TerminalSize, language: Language, officer: String) {
        self.size = size
        self.language = language
        self.officer = officer
    }

    /// At 120 columns or more the three panes show side by side; below, as tabs.
    public var isWide: Bool { size.width >= 120 }
    /// Below 80×24 the Desk asks for a larger window.
    public var isTooSmall: Bool { size.width < 80 || size.height < 24 }

    /// Whether a form with unsaved input is open anywhere in the overlay stack.
    public var hasDirtyForm: Bool {
        overlays.contains { if case .form(let host) = $0 { host.form.isDirty } else { false } }
            || dissemination.form?.form.isDirty == true || oversight.form?.form.isDirty == true
    }

    func t(_ text: Localized) -> String { text[language] }
}
