import Procedure
import Terminal

/// What the app needs of a form: keys in, a frame out, and what was typed kept until the
/// officer leaves it. `FormState` (Forms/) is the one implementation.
public protocol DeskForm: Sendable {
    var title: Localized { get }
    var isDirty: Bool { get }
    mutating func handle(_ key: Key) -> FormOutcome
    /// Draws the form; may update its own scroll offsets for the size it is drawn at.
    mutating func render(in rect: Rect, into buffer: inout ScreenBuffer, language: Language)
    mutating func setText(_ text: String, forField id: String)
    mutating func showRefusal(_ refusal: Refusal)
}

/// A form open over the panes, with what it acts on.
public struct FormHost: Sendable {
    public var form: any DeskForm
    /// Nil for a new dossier (a create, not a step).
    public var kind: ActionKind?
    public var proposalID: String?
    /// The proposal's version when the form opened: a change by someone else in between
    /// is refused, names them, and keeps what was typed.
    public var seenVersion: Int?
    /// A clerk recording from the minutes, for this member or committee.
    public var onBehalfOf: String?

    public init(form: any DeskForm, kind: ActionKind?, proposalID: String?, seenVersion: Int?, onBehalfOf: String?) {
        self.form = form
        self.kind = kind
        self.proposalID = proposalID
        self.seenVersion = seenVersion
        self.onBehalfOf = onBehalfOf
    }
}

/// Where the Desk gets its forms: the form factory in production, anything in tests.
public struct FormProvider: Sendable {
    public var forAction: @Sendable (ActionKind, FormContext) -> (any DeskForm)?
    public var forNewDossier: @Sendable (FormContext) -> (any DeskForm)?

    public init(forAction: @escaping @Sendable (ActionKind, FormContext) -> (any DeskForm)?,
                forNewDossier: @escaping @Sendable (FormContext) -> (any DeskForm)?) {
        self.forAction = forAction
        self.forNewDossier = forNewDossier
    }
}

extension FormState: DeskForm {}

extension FormProvider {
    /// The form of every step, from `FormFactory`.
    public static let standard = FormProvider(
        forAction: { kind, context in FormFactory.form(for: kind, context: context) },
        forNewDossier: { context in FormFactory.newDossier(context: context) })
}
