import Procedure

/// Why the ledger could not carry out a request. Each case maps to an exit code of the
/// command line and a message in both languages.
public enum LedgerError: Error, Sendable, CustomStringConvertible {
    /// A rule of the procedure refused the action (exit 1).
    case refused(Refusal)
    /// Someone else changed the proposal after the user saw it (exit 1).
    case stale(proposalID: String, seenVersion: Int, currentVersion: Int, changedBy: String)
    /// Bad input: unknown id, malformed value (exit 2).
    case badInput(Localized)
    /// The database could not be opened, read or written (exit 3).
    case database(Localized)

    public func message(_ language: Language) -> String {
        switch self {
        case .refused(let refusal):
            // The rule's id is for --json and logs (`description`), not for the sentence.
            return refusal.message(language) + " (" + refusal.basis[language] + ")"
        case let .stale(id, seen, current, by):
            return LedgerText.proposalChangedSomeoneElseYou(id, by, seen, current)[language]
        case .badInput(let text), .database(let text):
            return text[language]
        }
    }

    public var exitCode: Int32 {
        switch self {
        // Text the input checks refuse is bad input, as README promises (exit 2).
        case .refused(let refusal) where refusal.rule == .controlCharacters || refusal.rule == .textTooLong: 2
        case .refused, .stale: 1
        case .badInput: 2
        case .database: 3
        }
    }

    public var description: String {
        if case .refused(let refusal) = self { return "[\(refusal.rule.rawValue)] " + message(.vi) }
        return message(.vi)
    }

    static func notFound(_ id: String) -> LedgerError {
        .badInput(LedgerText.noProposal(id))
    }
}
