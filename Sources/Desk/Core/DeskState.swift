import Foundation
import Ledger
import Procedure
import Terminal

/// A message of the message area: the last line of the status bar shows the newest one
/// (wrapped over a few lines above the hints when it is long); `:messages` lists them all.
public struct StatusMessage: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case info, success, warning, error }
    public var text: String
    public var kind: Kind
    /// What the status line shows: the whole text when it fits 40 columns, else its first
    /// clause (before ": " or "; "), else a word for its kind; the whole text is then in
    /// the message area above the hints and in `:messages` (GLOSSARY: status lines fit 40).
    public var short: String { Self.short(text, kind) }

    public static let statusWidth = 40

    public static func short(_ text: String, _ kind: Kind, language: Language = .vi) -> String {
        let visible = text.visible
        if DisplayWidth.width(of: visible) <= statusWidth { return visible }
        for separator in [": ", "; ", " — ", ". "] {
            if let range = visible.range(of: separator) {
                let lead = String(visible[..<range.lowerBound])
                if !lead.isEmpty && DisplayWidth.width(of: lead) <= statusWidth { return lead }
            }
        }
        return DeskText.statusHeadline(kind)[language]
    }

    /// Whether the message needs the message area (its text is longer than its short form).
    public var isLong: Bool { short != text.visible }
    /// The clock when it was said ("10:42").
    public var clock = ""

    public init(text: String, kind: Kind, clock: String = "") {
        self.text = text
        self.kind = kind
        self.clock = clock
    }
}

/// What covers the screen, if anything: each case is a component. Keys go to the top one.
public enum Overlay: Sendable {
    case help(HelpOverlay)
    case actionMenu(ActionMenu)
    case filterPicker(FilterPicker)
    case prompt(Prompt)
    case confirm(Confirm)
    case form(FormHost)
    case chooser(Chooser)
    case messages(MessageLog)
    case pager(AttachmentPager)

    public var component: any DeskComponent {
        switch self {
        case .help(let c): c
        case .actionMenu(let c): c
        case .filterPicker(let c): c
        case .prompt(let c): c
        case .confirm(let c): c
        case .form(let c): c
        case .chooser(let c): c
        case .messages(let c): c
        case .pager(let c): c
        }
    }

    /// The same overlay holding `component` (of its own type) after a key changed it.
    func replacing(_ component: any DeskComponent) -> Overlay {
        switch (self, component) {
        case (.help, let c as HelpOverlay): .help(c)
        case (.actionMenu, let c as ActionMenu): .actionMenu(c)
        case (.filterPicker, let c as FilterPicker): .filterPicker(c)
        case (.prompt, let c as Prompt): .prompt(c)
        case (.confirm, let c as Confirm): .confirm(c)
        case (.form, let c as FormHost): .form(c)
        case (.chooser, let c as Chooser): .chooser(c)
        case (.messages, let c as MessageLog): .messages(c)
        case (.pager, let c as AttachmentPager): .pager(c)
        default: self
        }
    }
}

/// The whole state of the Desk. `DeskUpdate.update` is the only thing that changes it;
/// components draw from it and never change it while drawing.
public struct DeskState: Sendable {
    public var size: TerminalSize
    public var language: Language
    /// The officer at the keyboard and whether the role is played (demo).
    public var officer: String
    public var officerName = ""
    public var roleLine = ""
    public var played = false
    public var reference: Reference
    /// The wall clock of the last tick (the domain's "today" comes from it).
    public var now: Date
    /// The board on screen.
    public var board: Board = .proposals
    /// The root board: inbox, detail, review.
    public var proposals = ProposalsBoard()
    /// The other boards, made on first entry, by id.
    public var boards: [Board: any BoardComponent] = [:]
    /// How bar charts are drawn (block characters or `#`), from the locale, the terminal and
    /// the theme: decided by the loop, which knows them; nil draws ASCII.
    public var bars: BarStyle?
    public var overlays: [Overlay] = []
    /// The newest message, shown until the next key; `messages` keeps the last ones.
    public var message: StatusMessage?
    public var messages: [StatusMessage] = []
    public var waitingCount = -1
    public var overdueCount = 0
    public var clock = ""
    public var quitting = false

    // Bookkeeping of the loop's own work (decided in update, from ticks).
    public var changeToken: Int64 = -1
    var lastPoll = Date.distantPast
    var waitingStale = true
    var waitingCountedAt = Date.distantPast
    var boardLoadedAt = Date.distantPast
    var boardStale = false
    /// The tokens of forms: each form opened gets the next one.
    var nextFormToken = 1
    /// Where forms come from (the form factory; none in some tests).
    public var forms: FormProvider = .none
    /// How often the database is polled for other officers' changes (seconds).
    public var pollInterval: TimeInterval = 1.0

    public init(size: TerminalSize, language: Language, officer: String, reference: Reference, now: Date) {
        self.size = size
        self.language = language
        self.officer = officer
        self.reference = reference
        self.now = now
    }

    public var organization: Organization { reference.organization }
    public var settings: ProcedureSettings { reference.settings }
    public var calendar: WorkingCalendar { reference.calendar }
    public var today: Day { Day.inVietnam(now) }

    /// At 120 columns or more the three panes show side by side; below, as tabs.
    public var isWide: Bool { size.width >= 120 }
    /// Below 80×24 the Desk asks for a larger window.
    public var isTooSmall: Bool { size.width < 80 || size.height < 24 }

    /// Whether a form with unsaved input is open.
    public var hasDirtyForm: Bool {
        overlays.contains { if case .form(let host) = $0 { host.form.isDirty } else { false } }
    }

    /// The component that has the keys on the current board.
    public var currentBoard: any DeskComponent {
        if board != .proposals, let other = boards[board] { return other }
        return proposals
    }

    func t(_ text: Localized) -> String { text[language] }

    /// Shortcuts to the proposals board's parts.
    public var inbox: InboxState { proposals.inbox }
    public var detail: DetailState { proposals.detail }
    public var focus: Pane { proposals.focus }
}
