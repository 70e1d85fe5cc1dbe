import Procedure

/// One column of the public register (sổ công khai), with a stable id that exports and
/// `verify --register` use, and its label in both languages.
public enum RegisterField: String, Sendable, Hashable, CaseIterable {
    case id
    case title
    case unit
    case proposer
    case field
    case state
    case submitted
    case received
    case partyOpinion = "party_opinion"
    case vote
    case decisions
    case resourced
    case reported
    case evaluated
    case outcome
    case concluded
    case measures
    case closed
    /// Hidden unless the settings publish ballot comments.
    case ballotComments = "ballot_comments"
    /// Hidden unless the settings publish private notes (progress notes, checklist comments).
    case privateNotes = "private_notes"
    /// Hidden unless the settings publish damage and liability details beyond the outcome.
    case liabilityDetails = "liability_details"
    /// The chain hash of the proposal's last event when the register was printed.
    case lastEvent = "last_event"

    public var label: Localized {
        switch self {
        case .id: PapersText.proposal
        case .title: PapersText.title
        case .unit: PapersText.unit
        case .proposer: PapersText.proposer
        case .field: PapersText.field
        case .state: PapersText.state
        case .submitted: PapersText.submitted
        case .received: PapersText.receipt
        case .partyOpinion: PapersText.partyOpinion
        case .vote: PapersText.vote
        case .decisions: PapersText.decisionsReasons
        case .resourced: PapersText.resourced
        case .reported: PapersText.resultReported
        case .evaluated: PapersText.evaluated
        case .outcome: PapersText.registerFieldOutcome
        case .concluded: PapersText.conclusion
        case .measures: PapersText.measures
        case .closed: PapersText.closed
        case .ballotComments: PapersText.ballotComments
        case .privateNotes: PapersText.privateNotes
        case .liabilityDetails: PapersText.damageLiabilityDetails
        case .lastEvent: PapersText.lastEventHash
        }
    }

    /// The field a header names: its id, or its label in either language.
    public init?(header: String) {
        let text = header.trimmingCharacters(in: .whitespaces)
        if let field = RegisterField(rawValue: text) {
            self = field
            return
        }
        guard let field = RegisterField.allCases.first(where: { $0.label.vi == text || $0.label.en == text }) else { return nil }
        self = field
    }

    /// The columns printed under the given privacy settings, in order.
    public static func columns(settings: ProcedureSettings) -> [RegisterField] {
        allCases.filter { field in
            switch field {
            case .ballotComments: settings.publishBallotComments
            case .privateNotes: settings.publishPrivateNotes
            case .liabilityDetails: settings.publishLiabilityDetails
            default: true
            }
        }
    }
}
