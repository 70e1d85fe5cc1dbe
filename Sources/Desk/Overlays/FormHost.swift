import Procedure
import Terminal

/// The one form host of the Desk: every form (a step, a new dossier, a board's record) is
/// shown, keyed, saved and left the same way. Esc on typed input asks y/N (No by default);
/// C-e runs $EDITOR with the terminal released; C-s or F10 sends the form to its owner,
/// which records it on the worker and answers saved, refused or stale.
public struct FormHost: DeskComponent {
    public var form: FormState
    /// The board that records what the form says.
    public var owner: Board
    /// Nil for a new dossier (a create, not a step).
    public var kind: ActionKind?
    public var proposalID: String?
    /// The proposal's version when the form opened: a change by someone else in between
    /// is refused, names them, and keeps what was typed.
    public var seenVersion: Int?
    /// A clerk recording from the minutes, for this member or committee.
    public var onBehalfOf: String?
    /// What a board's form records (the board reads it back on submission).
    public var tag: (any Sendable)?
    /// Given when the form opens: results name the form they are for.
    public var token = 0
    /// Sent, the answer not back yet.
    public var busy = false

    public init(form: FormState, owner: Board, kind: ActionKind? = nil, proposalID: String? = nil, seenVersion: Int? = nil,
                onBehalfOf: String? = nil, tag: (any Sendable)? = nil) {
        self.form = form
        self.owner = owner
        self.kind = kind
        self.proposalID = proposalID
        self.seenVersion = seenVersion
        self.onBehalfOf = onBehalfOf
        self.tag = tag
    }

    public func bindings(_ desk: DeskState) -> [Binding] {
        [
            Binding([.ctrl("s"), .function(10)], "save", form.submitLabel, why: busy ? DeskText.saving : nil),
            Binding([.escape], "leave", DeskText.leaveForm),
            Binding([.ctrl("e")], "editor", DeskText.editExternally),
            .documented("Tab S-Tab", DeskText.nextPreviousField),
            .documented("C-a C-e Home End", DeskText.lineStartEnd),
            .documented("C-k C-u C-w", DeskText.killKeys),
            .documented("C-y", DeskText.yank),
            .documented("Space ← →", DeskText.changeChoice),
            .documented("Enter", DeskText.enterInForm),
        ]
    }

    public mutating func perform(_ name: String, argument: String?, _ desk: DeskState) -> [DeskAction] {
        switch name {
        case "save": return outcome(form.handle(.ctrl("s")), desk)
        case "leave": return outcome(form.handle(.escape), desk)
        case "editor": return outcome(form.handle(.ctrl("e")), desk)
        default: return []
        }
    }

    public mutating func input(_ key: Key, _ desk: DeskState) -> [DeskAction]? {
        let result = form.handle(key)
        if result == .notHandled { return nil }
        return outcome(result, desk)
    }

    mutating func outcome(_ result: FormOutcome, _ desk: DeskState) -> [DeskAction] {
        switch result {
        case .handled, .notHandled: return []
        case .cancel: return [.close]
        case .askDiscard:
            return [.push(.confirm(Confirm(question: DeskText.discardForm, then: .discardForm(token: token))))]
        case .editExternally(let field, let text):
            return [.editText(form: token, field: field, text: text)]
        case .submit(let actions):
            guard !busy else { return [.say(DeskText.saving, .info)] }
            busy = true
            return [.send(owner, FormSubmission(token: token, kind: kind, proposalID: proposalID, seenVersion: seenVersion,
                                                onBehalfOf: onBehalfOf, actions: actions, values: form.values, tag: tag))]
        }
    }

    public mutating func layout(_ rect: Rect, _ desk: DeskState) {
        let outer = DeskLayout.formRect(desk, in: rect)
        form.layout(in: Self.inner(outer), language: desk.language)
    }

    static func inner(_ rect: Rect) -> Rect {
        Rect(x: rect.x + 1, y: rect.y + 1, width: max(0, rect.width - 2), height: max(0, rect.height - 2))
    }

    public func draw(_ desk: DeskState, in rect: Rect, into buffer: inout ScreenBuffer) {
        let outer = DeskLayout.formRect(desk, in: rect)
        buffer.fill(outer, role: .dialog)
        let title = form.title[desk.language] + (busy ? " — " + DeskText.saving[desk.language] : "")
        let inner = Draw.box(outer, title: title, focused: true, into: &buffer)
        form.draw(in: inner, into: &buffer, language: desk.language)
    }
}
