import Foundation
import Ledger
import Procedure
import Terminal

/// What a form tells the application after a key: the app never reaches into a form,
/// and a form never writes to the database itself.
public enum FormOutcome: Equatable, Sendable {
    /// The key changed the form (or moved in it); redraw.
    case handled
    /// The form does not use this key; the app may (e.g. `?` for help).
    case notHandled
    /// The form is complete as far as it can tell: perform these actions, in one transaction.
    case submit([Action])
    /// Leave without saving; nothing was typed.
    case cancel
    /// Leave was asked but something was typed: the app asks y/N, No being the default.
    case askDiscard
    /// C-e: edit this field's text in $EDITOR; the app calls `setText(_:forField:)` after.
    case editExternally(fieldID: String, text: String)
}

/// What a form needs to know to build itself and its actions.
public struct FormContext: Sendable {
    /// The proposal acted on; nil for a new dossier.
    public var proposal: Proposal?
    public var organization: Organization
    public var settings: ProcedureSettings
    /// The officer at the keyboard.
    public var officer: String
    public var language: Language
    public var today: Day

    public init(proposal: Proposal?, organization: Organization, settings: ProcedureSettings,
                officer: String, language: Language, today: Day) {
        self.proposal = proposal
        self.organization = organization
        self.settings = settings
        self.officer = officer
        self.language = language
        self.today = today
    }
}
