/// One step a person asks to take on a proposal, with what they typed.
/// `Workflow.perform` turns it into events or a refusal.
public enum Action: Sendable, Hashable, Codable {
    case editDraft(dossier: Dossier)
    case submit
    case receive(receiptNumber: String)
    case returnForCompletion(reasons: String)
    case outOfScope(ground: OutOfScopeGround, reasons: String, channel: String)
    case withdraw(reason: String)
    case partyOpinion(stance: PartyStance, text: String, committee: String)
    case checklist(answers: [ChecklistAnswer])
    case ballot(inFavour: Bool, comment: String)
    case decide(kind: DecisionKind, number: String, reasons: String, responsibilityStatement: String)
    case resource(fundingVND: Int64, staff: String, equipment: String, reassignment: String, noneNeededReason: String)
    case progress(percent: Int, note: String)
    case directive(kind: DirectiveKind, reason: String)
    case report(summary: String, results: [TargetResult])
    case evaluate(form: EvaluationForm)
    case conclude(number: String, text: String)
    case measure(kind: MeasureKind, decisionNumber: String, day: Day, decidedBy: String, reason: String)
    case close
    /// §7.6: the forwarding letter of a proposal beyond the ward, and the province's answer.
    case forward(letterNumber: String, letterDay: Day)
    case recordOutcome(decisionNumber: String, decisionDay: Day, result: ProvincialResult, reasons: String)
    /// §7.3: a member's own evaluation form (see MemberEvaluation.swift).
    case memberEvaluation(form: EvaluationForm)
    /// §7.1: the collective's meeting for a stage, and its attendance (see Meeting.swift).
    case openMeeting(stage: MeetingStage, day: Day, chair: String?)
    case recordAttendance(stage: MeetingStage, attendance: [Attendance])

    public var kind: ActionKind {
        switch self {
        case .editDraft: .editDraft
        case .submit: .submit
        case .receive: .receive
        case .returnForCompletion: .returnForCompletion
        case .outOfScope: .outOfScope
        case .withdraw: .withdraw
        case .partyOpinion: .partyOpinion
        case .checklist: .checklist
        case .ballot: .ballot
        case .decide: .decide
        case .resource: .resource
        case .progress: .progress
        case .directive: .directive
        case .report: .report
        case .evaluate: .evaluate
        case .conclude: .conclude
        case .measure: .measure
        case .close: .close
        case .forward: .forward
        case .recordOutcome: .recordOutcome
        case .memberEvaluation: .memberEvaluation
        case .openMeeting: .openMeeting
        case .recordAttendance: .recordAttendance
        }
    }
}

/// The evaluation form as a reviewer fills it (§3.4); the meeting day is the day it is recorded.
public struct EvaluationForm: Sendable, Hashable, Codable {
    public var outcome: Outcome
    public var damage: Bool
    public var damageDescription: String
    public var damageEstimateVND: Int64?
    public var findings: [Finding]
    public var abuseFound: Bool
    public var objectiveCauses: String
    public var subjectiveCauses: String
    public var results: [TargetResult]

    public init(outcome: Outcome, damage: Bool = false, damageDescription: String = "", damageEstimateVND: Int64? = nil,
                findings: [Finding], abuseFound: Bool = false, objectiveCauses: String, subjectiveCauses: String,
                results: [TargetResult]) {
        self.outcome = outcome
        self.damage = damage
        self.damageDescription = damageDescription
        self.damageEstimateVND = damageEstimateVND
        self.findings = findings
        self.abuseFound = abuseFound
        self.objectiveCauses = objectiveCauses
        self.subjectiveCauses = subjectiveCauses
        self.results = results
    }
}

/// The kinds of action, with stable ids (the command names of the CLI).
public enum ActionKind: String, Sendable, Hashable, Codable, CaseIterable {
    case editDraft = "edit"
    case submit
    case receive
    case returnForCompletion = "return"
    case outOfScope = "out-of-scope"
    case withdraw
    case partyOpinion = "party-opinion"
    case checklist
    case ballot
    case decide
    case resource
    case progress
    case directive
    case report
    case evaluate
    case conclude
    case measure
    case close
    case forward
    case recordOutcome = "outcome"
    /// §7.3: each member's own evaluation form, before the collective evaluation (`evaluate`).
    case memberEvaluation = "member-evaluation"
    case openMeeting = "meeting-open"
    case recordAttendance = "meeting-attend"

    public var label: Localized {
        switch self {
        case .editDraft: Localized(vi: "Sửa hồ sơ", en: "Edit the dossier")
        case .submit: Localized(vi: "Gửi đề xuất", en: "Submit")
        case .receive: Localized(vi: "Vào sổ tiếp nhận", en: "Register receipt")
        case .returnForCompletion: Localized(vi: "Trả lại bổ sung", en: "Return for completion")
        case .outOfScope: Localized(vi: "Không thuộc phạm vi", en: "Out of scope")
        case .withdraw: Localized(vi: "Rút đề xuất", en: "Withdraw")
        case .partyOpinion: Localized(vi: "Ghi ý kiến cấp ủy", en: "Record the Party opinion")
        case .checklist: Localized(vi: "Điền phiếu rà soát", en: "Fill the review checklist")
        case .ballot: Localized(vi: "Biểu quyết", en: "Cast a ballot")
        case .decide: Localized(vi: "Ra quyết định", en: "Decide")
        case .resource: Localized(vi: "Bảo đảm điều kiện", en: "Provide resources")
        case .progress: Localized(vi: "Cập nhật tiến độ", en: "Record progress")
        case .directive: Localized(vi: "Chỉ đạo", en: "Issue a directive")
        case .report: Localized(vi: "Báo cáo kết quả", en: "Report the result")
        case .evaluate: Localized(vi: "Đánh giá của tập thể", en: "Collective evaluation")
        case .conclude: Localized(vi: "Ban hành thông báo kết luận", en: "Issue the conclusion")
        case .measure: Localized(vi: "Ghi biện pháp khuyến khích, bảo vệ", en: "Record a measure")
        case .close: Localized(vi: "Kết thúc hồ sơ", en: "Close")
        case .forward: Localized(vi: "Chuyển cấp tỉnh", en: "Forward to the province")
        case .recordOutcome: Localized(vi: "Ghi kết quả cấp tỉnh", en: "Record the province's decision")
        case .memberEvaluation: Localized(vi: "Phiếu đánh giá của thành viên", en: "Member's evaluation form")
        case .openMeeting: Localized(vi: "Mở cuộc họp tập thể lãnh đạo", en: "Open the collective's meeting")
        case .recordAttendance: Localized(vi: "Điểm danh cuộc họp", en: "Record the meeting's attendance")
        }
    }
}
