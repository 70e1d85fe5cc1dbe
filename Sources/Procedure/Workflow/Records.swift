import Foundation

/// Phiếu tiếp nhận: registering receipt starts the clock of the decision (7 WD).
public struct Receipt: Sendable, Hashable, Codable {
    public var number: String
    public var day: Day
    public var by: String

    public init(number: String, day: Day, by: String) {
        self.number = number
        self.day = day
        self.by = by
    }
}

/// Trả lại bổ sung: the head's written reasons (1a, LOCAL).
public struct ReturnRecord: Sendable, Hashable, Codable {
    public var reasons: String
    public var day: Day
}

/// Why a proposal is outside this procedure (Decree 73 art. 1, 4(2)).
public enum OutOfScopeGround: String, Sendable, Hashable, Codable, CaseIterable {
    /// It needs a pilot legal document (văn bản thí điểm).
    case needsPilotDocument = "needs_pilot_document"
    /// It exceeds the unit's authority.
    case exceedsAuthority = "exceeds_authority"
    /// It contradicts Party rules, laws, higher bodies' rules or treaties.
    case contradictsHigherRules = "contradicts_higher_rules"

    public var label: Localized {
        switch self {
        case .needsPilotDocument: Localized(vi: "Cần ban hành văn bản quy phạm thí điểm", en: "Needs a pilot legal document")
        case .exceedsAuthority: Localized(vi: "Vượt thẩm quyền của cơ quan, đơn vị", en: "Exceeds the unit's authority")
        case .contradictsHigherRules: Localized(vi: "Trái quy định của Đảng, pháp luật, cấp trên hoặc điều ước quốc tế", en: "Contradicts Party rules, laws, higher rules or treaties")
        }
    }
}

public struct OutOfScopeRecord: Sendable, Hashable, Codable {
    public var ground: OutOfScopeGround
    public var reasons: String
    /// Where the proposer should turn instead.
    public var channel: String
    public var day: Day
}

/// Which of the two Party opinions (steps 2 and 8).
public enum PartyOpinionStage: String, Sendable, Hashable, Codable, CaseIterable {
    case beforeApproval = "before_approval"
    case beforeEvaluation = "before_evaluation"

    public var label: Localized {
        switch self {
        case .beforeApproval: Localized(vi: "Ý kiến cấp ủy trước khi cho phép triển khai", en: "Party opinion before approval")
        case .beforeEvaluation: Localized(vi: "Ý kiến cấp ủy trước khi đánh giá kết quả", en: "Party opinion before evaluation")
        }
    }
}

public enum PartyStance: String, Sendable, Hashable, Codable, CaseIterable {
    case agree
    case agreeWithConditions = "agree_with_conditions"
    case disagree

    public var label: Localized {
        switch self {
        case .agree: Localized(vi: "Đồng ý", en: "Agree")
        case .agreeWithConditions: Localized(vi: "Đồng ý có điều kiện", en: "Agree with conditions")
        case .disagree: Localized(vi: "Không đồng ý", en: "Disagree")
        }
    }
}

/// Ý kiến cấp ủy cùng cấp, as recorded by the Party liaison (or a clerk from the minutes).
public struct PartyOpinion: Sendable, Hashable, Codable {
    public var stage: PartyOpinionStage
    public var stance: PartyStance
    public var text: String
    /// The committee, e.g. "Đảng ủy phường Uông Bí".
    public var committee: String
    public var day: Day
    public var recordedBy: String
}

/// One member's ballot in the leadership collective. Every ballot is kept in the event
/// chain; the proposal holds each member's latest (§7.2: a member may amend until the decision).
public struct Ballot: Sendable, Hashable, Codable {
    public var member: String
    public var inFavour: Bool
    public var comment: String
    public var day: Day
    /// The login who entered it: the member, or a clerk from the minutes.
    public var recordedBy: String
    /// True when it replaces the member's earlier ballot. Absent (nil) on a first ballot,
    /// so the recorded payloads of older ballots are unchanged.
    public var amends: Bool? = nil
}

/// What the head decided after the vote (4a, 4b, 3o).
public enum DecisionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Cho phép triển khai, following a vote that passed.
    case approve
    /// Không phê duyệt.
    case reject
    /// The head allows it although the vote failed, in writing, taking personal responsibility.
    case override

    public var label: Localized {
        switch self {
        case .approve: Localized(vi: "Cho phép triển khai (theo biểu quyết)", en: "Approved (by vote)")
        case .reject: Localized(vi: "Không phê duyệt", en: "Not approved")
        case .override: Localized(vi: "Người đứng đầu quyết định cho triển khai (tập thể không thông qua)", en: "Allowed by the head on personal responsibility")
        }
    }
}

public struct Decision: Sendable, Hashable, Codable {
    public var kind: DecisionKind
    /// Số quyết định, e.g. "45/QĐ-UBND".
    public var number: String
    public var day: Day
    /// The login of the head who signed.
    public var signedBy: String
    public var reasons: String
    /// For an override: the written statement of personal responsibility.
    public var responsibilityStatement: String
    /// The tally at the moment of decision, so the record stands on its own.
    public var tally: VoteTally
}

/// Bảo đảm điều kiện: what the head provides for implementation (step 5).
public struct ResourceGrant: Sendable, Hashable, Codable {
    public var fundingVND: Int64
    public var staff: String
    public var equipment: String
    /// Work of the proposer reassigned to others, where needed.
    public var reassignment: String
    /// When nothing is needed, why.
    public var noneNeededReason: String
    public var day: Day

    public init(fundingVND: Int64 = 0, staff: String = "", equipment: String = "", reassignment: String = "", noneNeededReason: String = "", day: Day) {
        self.fundingVND = fundingVND
        self.staff = staff
        self.equipment = equipment
        self.reassignment = reassignment
        self.noneNeededReason = noneNeededReason
        self.day = day
    }

    public var grantsSomething: Bool {
        fundingVND > 0 || !TextInput.isBlank(staff) || !TextInput.isBlank(equipment)
    }
}

public struct ProgressNote: Sendable, Hashable, Codable {
    public var percent: Int
    public var text: String
    public var day: Day
    public var by: String
}

/// A directive of the head during implementation (art. 6(4): ignoring one is prohibited).
public enum DirectiveKind: String, Sendable, Hashable, Codable, CaseIterable {
    case `continue`
    case suspend
    case resume
    case terminate

    public var label: Localized {
        switch self {
        case .continue: Localized(vi: "Tiếp tục thực hiện", en: "Continue")
        case .suspend: Localized(vi: "Tạm dừng", en: "Suspend")
        case .resume: Localized(vi: "Cho thực hiện trở lại", en: "Resume")
        case .terminate: Localized(vi: "Dừng thực hiện", en: "Terminate")
        }
    }
}

public struct Directive: Sendable, Hashable, Codable {
    public var kind: DirectiveKind
    public var reason: String
    public var day: Day
    public var by: String
}

/// The result for one target of the dossier.
public struct TargetResult: Sendable, Hashable, Codable {
    /// Index in the dossier's targets.
    public var target: Int
    public var achieved: Bool
    public var result: String

    public init(target: Int, achieved: Bool, result: String) {
        self.target = target
        self.achieved = achieved
        self.result = result
    }
}

/// Báo cáo kết quả (step 7): a full written report against the targets.
public struct CompletionReport: Sendable, Hashable, Codable {
    public var summary: String
    public var results: [TargetResult]
    public var day: Day
    public var by: String
}

public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
    case completed
    case partlyCompleted = "partly_completed"
    case notCompleted = "not_completed"

    public var label: Localized {
        switch self {
        case .completed: Localized(vi: "Hoàn thành", en: "Completed")
        case .partlyCompleted: Localized(vi: "Hoàn thành một phần", en: "Partly completed")
        case .notCompleted: Localized(vi: "Không hoàn thành", en: "Not completed")
        }
    }
}

/// The four findings of the evaluation (art. 5(2), 11).
public enum FindingKind: String, Sendable, Hashable, Codable, CaseIterable {
    case rightPolicy = "right_policy"
    case pureMotive = "pure_motive"
    case commonGood = "common_good"
    case followedPlan = "followed_plan"

    public var label: Localized {
        switch self {
        case .rightPolicy: Localized(vi: "Đúng chủ trương", en: "Followed the right policy")
        case .pureMotive: Localized(vi: "Động cơ trong sáng", en: "Pure motive")
        case .commonGood: Localized(vi: "Vì lợi ích chung", en: "For the common good")
        case .followedPlan: Localized(vi: "Thực hiện đúng kế hoạch và chỉ đạo của người đứng đầu", en: "Followed the approved plan and the head's directives")
        }
    }
}

public struct Finding: Sendable, Hashable, Codable {
    public var kind: FindingKind
    public var holds: Bool
    public var reason: String
    /// §7.3: in the collective evaluation, why the chair's answer differs from the members'
    /// majority. Absent (nil) otherwise, so older payloads are unchanged.
    public var departureReason: String? = nil

    public init(kind: FindingKind, holds: Bool, reason: String, departureReason: String? = nil) {
        self.kind = kind
        self.holds = holds
        self.reason = reason
        self.departureReason = departureReason
    }
}

/// Phiếu đánh giá kết quả (§3.4).
public struct Evaluation: Sendable, Hashable, Codable {
    public var outcome: Outcome
    public var damage: Bool
    public var damageDescription: String
    public var damageEstimateVND: Int64?
    public var findings: [Finding]
    /// Tham nhũng, vụ lợi, lạm quyền: no protection at all (art. 6(1)).
    public var abuseFound: Bool
    public var objectiveCauses: String
    public var subjectiveCauses: String
    public var results: [TargetResult]
    /// The day of the evaluation meeting.
    public var day: Day
    /// The leadership collective at the meeting (step 9), the proposer excluded; filled
    /// by the workflow, not typed. Optional so older records still read.
    public var participants: [String]?
    /// A deputy who is the proposer and so took no part in evaluating their own proposal.
    public var excluded: [String]?
    /// §7.3: the members whose own forms the collective evaluation was taken on (nil on
    /// member forms and on evaluations recorded before §7.3).
    public var memberForms: [String]?

    public init(outcome: Outcome, damage: Bool, damageDescription: String = "", damageEstimateVND: Int64? = nil,
                findings: [Finding], abuseFound: Bool = false, objectiveCauses: String, subjectiveCauses: String,
                results: [TargetResult], day: Day) {
        self.outcome = outcome
        self.damage = damage
        self.damageDescription = damageDescription
        self.damageEstimateVND = damageEstimateVND
        self.findings = findings
        self.abuseFound = abuseFound
        self.objectiveCauses = objectiveCauses
        self.subjectiveCauses = subjectiveCauses
        self.results = results
        self.day = day
    }

    /// Every finding answered yes, and none answered no (a contradictory duplicate is a no).
    public var allFindingsHold: Bool {
        FindingKind.allCases.allSatisfy { kind in findings.contains { $0.kind == kind && $0.holds } }
            && findings.allSatisfy(\.holds)
    }

    /// What the software proposes (§3.5). People decide; see `MeasureKind`.
    public var consequence: Consequence { Consequence(for: self) }
}

/// Kết luận (step 10): announced and filed.
public struct Conclusion: Sendable, Hashable, Codable {
    public var number: String
    public var text: String
    public var day: Day
    public var consequence: Consequence
}
