/// Which members count as the base of the vote (§3.2, 3v).
public enum VoteBasis: String, Sendable, Hashable, Codable, CaseIterable {
    /// More than half of all eligible members (the default).
    case allEligible = "all_eligible"
    /// More than half of those present, i.e. of those who cast a ballot.
    case present

    public var label: Localized {
        switch self {
        case .allEligible: Localized(vi: "Tổng số thành viên có quyền biểu quyết", en: "All eligible members")
        case .present: Localized(vi: "Số thành viên có mặt biểu quyết", en: "Members present and voting")
        }
    }
}

/// The settings of the procedure: every LOCAL rule (default on), every limit in working
/// days, and the uncertain points that PROCEDURE.md asks to keep configurable.
public struct ProcedureSettings: Sendable, Hashable, Codable {
    /// 1a, LOCAL: the head may return a dossier for completion.
    public var allowReturnForCompletion = true
    /// 4b, LOCAL: a rejection needs written reasons.
    public var rejectionNeedsReasons = true
    /// 10, LOCAL: a conclusion is issued after the evaluation meeting, within its own
    /// limit, before measures are recorded. Off: measures follow the evaluation directly.
    public var requireConclusion = true
    /// The vote base (3v).
    public var voteBasis: VoteBasis = .allEligible
    /// Uncertain: whether a "disagree" opinion of the Party committee blocks approval.
    /// The letter asks for the opinion, not its consent; off by default, configurable.
    public var partyDisagreementBlocksApproval = false
    /// Limits, in working days.
    public var decisionDays = 7
    public var reportDays = 5
    public var evaluationDays = 7
    public var conclusionDays = 3
    /// "Due soon" when this many working days or fewer remain.
    public var dueSoonDays = 2
    /// LOCAL: extra checklist items a unit adds to the five standard ones.
    public var extraChecklistItems: [ChecklistItem] = []
    /// Public register: ballot comments and private notes are hidden unless set.
    public var publishBallotComments = false
    public var publishPrivateNotes = false
    public var publishLiabilityDetails = false

    public init() {}

    public static let standard = ProcedureSettings()

    public var checklist: ChecklistTemplate { ChecklistTemplate(extraItems: extraChecklistItems) }
}
