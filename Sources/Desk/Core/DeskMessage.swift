import Foundation
import Ledger
import Procedure
import Terminal

/// Everything that reaches `DeskUpdate.update`: a key, the clock, a new window size, or
/// the result of Ledger work done on the background worker.
public enum DeskMessage: Sendable {
    case key(Key)
    /// The wall clock, about once a loop turn: polls and the clock in the status line
    /// are decided from it, so that `update` never reads a clock itself.
    case tick(Date)
    case resized(TerminalSize)
    case arrived(Delivery)
    /// The officer's $EDITOR returned (nil: unchanged or failed) for a form's field.
    case edited(form: Int, field: String, text: String?)
}

/// What a job of the worker brings back.
public enum Delivery: Sendable {
    /// `PRAGMA data_version`-based token: another officer (or this one) changed the ledger.
    case changeToken(Int64)
    /// The organisation, settings, calendar and demo flag, read again.
    case reference(Reference)
    /// "Waiting on me", counted (it decodes proposals: never before a frame).
    case waiting(officer: String, count: Int)
    /// A payload for one board's component (the proposals board included).
    case toBoard(Board, any Sendable)
    /// A job that failed as a whole.
    case failed(DeskFailure)
}

/// A failure as the officer reads it, in both languages, with what the form needs to know.
public struct DeskFailure: Error, Sendable {
    public var text: Localized
    public var refusal: Refusal?
    public var stale: Bool

    public init(_ error: Error) {
        switch error {
        case let error as LedgerError:
            text = Localized(vi: error.message(.vi), en: error.message(.en))
            if case .refused(let refusal) = error { self.refusal = refusal } else { refusal = nil }
            if case .stale = error { stale = true } else { stale = false }
        case let refusal as Refusal:
            text = Localized(vi: refusal.message(.vi), en: refusal.message(.en))
            self.refusal = refusal
            stale = false
        case let refusal as OversightRefusal:
            text = Localized(vi: refusal.message(.vi), en: refusal.message(.en))
            self.refusal = nil
            stale = false
        case let failure as DeskFailure:
            self = failure
        default:
            text = DeskText.unexpected(String(describing: error))
            refusal = nil
            stale = false
        }
    }

    public init(text: Localized) {
        self.text = text
        refusal = nil
        stale = false
    }
}

/// The reference data every screen reads: who is who, the local rules, the working days.
public struct Reference: Sendable {
    public var organization: Organization
    public var settings: ProcedureSettings
    public var calendar: WorkingCalendar
    public var isDemo: Bool

    public init(organization: Organization, settings: ProcedureSettings, calendar: WorkingCalendar, isDemo: Bool) {
        self.organization = organization
        self.settings = settings
        self.calendar = calendar
        self.isDemo = isDemo
    }

    /// Reads it from the ledger (on the worker, or once before the first frame).
    public static func read(_ ledger: Ledger) throws -> Reference {
        Reference(organization: try ledger.organization(), settings: try ledger.settings(), calendar: try ledger.calendar(),
                  isDemo: (try? ledger.isDemo()) ?? false)
    }
}

/// Ledger work for the background worker: a name (a job still queued is replaced by a newer
/// one of the same name, so that a busy ledger or a held key cannot pile work up) and what to
/// run; its result comes back as a message.
public struct LedgerJob: Sendable {
    public var name: String
    public var run: @Sendable (Ledger) -> DeskMessage
    /// Handed to the worker only once the frame being made is presented (a read ahead must
    /// not take a core from the frame it follows), or when a frame waits for it.
    public var afterFrame = false

    public init(_ name: String, run: @escaping @Sendable (Ledger) -> DeskMessage) {
        self.name = name
        self.run = run
    }

    /// A job whose result goes to one board; a thrown error becomes a `failed` delivery
    /// unless `failure` turns it into the board's own payload.
    public static func forBoard(_ board: Board, _ name: String, failure: (@Sendable (DeskFailure) -> any Sendable)? = nil,
                                _ work: @escaping @Sendable (Ledger) throws -> any Sendable) -> LedgerJob {
        LedgerJob(name) { ledger in
            do {
                return .arrived(.toBoard(board, try work(ledger)))
            } catch {
                let failed = DeskFailure(error)
                if let failure { return .arrived(.toBoard(board, failure(failed))) }
                return .arrived(.failed(failed))
            }
        }
    }
}

/// What a component asks of the Desk. Components never call each other: what one wants of
/// another (or of the Ledger) goes through these, applied by `DeskUpdate` in order.
public enum DeskAction: Sendable {
    /// Ledger work on the background worker.
    case job(LedgerJob)
    /// Covers the screen with an overlay (keys go to it first).
    case push(Overlay)
    /// Closes the overlay that returned it.
    case close
    /// Closes the overlay at this index (what `close` becomes once its source is known).
    case closeAt(Int)
    /// A line in the message area (kept in `:messages`).
    case say(Localized, StatusMessage.Kind)
    /// A command of the registry by name, as if typed on the `:` line.
    case run(String, argument: String?)
    /// A payload for a board's component (e.g. the filter picker's choice for the inbox).
    case send(Board, any Sendable)
    /// The officer's $EDITOR on a field's text, with the terminal released; the result goes
    /// to the form with this token.
    case editText(form: Int, field: String, text: String)
    /// The form with this token was saved: close it (the page that follows says what was recorded).
    case formSaved(form: Int)
    /// The form with this token was refused: it stays open with everything typed.
    case formRefused(form: Int, DeskFailure)
    /// Someone else changed the proposal: the form keeps what was typed and will send
    /// against this version.
    case formStale(form: Int, version: Int?, DeskFailure)
    /// Another officer of a demo database, without leaving the Desk.
    case play(String)
    /// Quit (asks first when a form holds unsaved input, unless `force`).
    case quit(force: Bool)
    /// This session's own write left the ledger at this change token: not another officer's.
    case seen(changeToken: Int64)
    /// The status line's counts, when a page brought them.
    case counted(overdue: Int?, waiting: Int?)
    /// The reference data changed (a step may change who holds what): read it again.
    case reloadReference
}

/// What the loop does on the UI thread after an update, besides handing jobs to the worker.
public enum DeskEffect: Sendable {
    case job(LedgerJob)
    case editText(form: Int, field: String, text: String)
    case suspend
}
