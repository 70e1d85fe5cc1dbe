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
    /// §7.7, LOCAL (the law gives no number): resources after approval, measures after
    /// the conclusion ("kịp thời").
    public var resourcingDays = 10
    public var measuresDays = 15
    /// "Due soon" when this many working days or fewer remain.
    public var dueSoonDays = 2
    /// LOCAL: extra checklist items a unit adds to the five standard ones.
    public var extraChecklistItems: [ChecklistItem] = []
    /// Public register: ballot comments and private notes are hidden unless set.
    public var publishBallotComments = false
    public var publishPrivateNotes = false
    public var publishLiabilityDetails = false
    /// §7.3, LOCAL: the collective evaluation waits until more than this share (percent) of
    /// the collective's members, those conflicted excluded, filed their own forms; 100: all.
    public var memberEvaluationShare = 50
    /// §7.3, LOCAL: the chair's answer to a finding that differs from the members' majority
    /// needs a written reason.
    public var departureNeedsReason = true
    /// §7.1, LOCAL: the share of the convened members, in percent, that those present at a
    /// meeting must exceed before its decision or evaluation (50: more than half). None by default.
    public var quorumPercent: Int?
    /// §7.8: the largest file that may be attached, in MiB (``AttachmentRules/maxMBRange``).
    public var attachmentMaxMB = 20

    public init() {}

    public static let standard = ProcedureSettings()

    public var checklist: ChecklistTemplate { ChecklistTemplate(extraItems: extraChecklistItems) }

    /// The working days a limit may take: none is zero or negative (a step due the day
    /// it starts, or before), none longer than a quarter.
    public static let limitRange = 1...60

    /// The steps whose limit lies outside `limitRange`, in order: what a save refuses.
    public var stepsWithInvalidLimit: [StepKind] {
        StepKind.allCases.filter { !Self.limitRange.contains(limitDays(of: $0)) }
    }

    /// The limit of a step, in working days.
    public func limitDays(of step: StepKind) -> Int {
        switch step {
        case .partyOpinion, .decision: decisionDays
        case .resourcing: resourcingDays
        case .report: reportDays
        case .evaluation: evaluationDays
        case .conclusion: conclusionDays
        case .measures: measuresDays
        }
    }
}

extension ProcedureSettings {
    /// Reads settings saved by any release: a key a newer release added (the §7.7 limits)
    /// is absent from older settings events and rows, and takes its default, so an old
    /// chain still replays and verifies.
    public init(from decoder: any Decoder) throws {
        self.init()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func read<T: Decodable>(_ key: CodingKeys, _ value: inout T) throws {
            if let decoded = try c.decodeIfPresent(T.self, forKey: key) { value = decoded }
        }
        try read(.allowReturnForCompletion, &allowReturnForCompletion)
        try read(.rejectionNeedsReasons, &rejectionNeedsReasons)
        try read(.requireConclusion, &requireConclusion)
        try read(.voteBasis, &voteBasis)
        try read(.partyDisagreementBlocksApproval, &partyDisagreementBlocksApproval)
        try read(.decisionDays, &decisionDays)
        try read(.reportDays, &reportDays)
        try read(.evaluationDays, &evaluationDays)
        try read(.conclusionDays, &conclusionDays)
        try read(.resourcingDays, &resourcingDays)
        try read(.measuresDays, &measuresDays)
        try read(.dueSoonDays, &dueSoonDays)
        try read(.extraChecklistItems, &extraChecklistItems)
        try read(.publishBallotComments, &publishBallotComments)
        try read(.publishPrivateNotes, &publishPrivateNotes)
        try read(.publishLiabilityDetails, &publishLiabilityDetails)
        try read(.memberEvaluationShare, &memberEvaluationShare)
        try read(.departureNeedsReason, &departureNeedsReason)
        quorumPercent = try c.decodeIfPresent(Int.self, forKey: .quorumPercent)
        try read(.attachmentMaxMB, &attachmentMaxMB)
    }
}
