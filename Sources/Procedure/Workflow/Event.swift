import Foundation

/// What happened to a proposal: the payload of one event in the hash-chained history.
/// The stable id of each case (`kind`) is what scripts and exports see.
public enum Change: Sendable, Hashable, Codable {
    case created(dossier: Dossier, proposer: String, unitID: String, reviewingUnitID: String, proposerIsManaging: Bool)
    case dossierEdited(dossier: Dossier)
    case submitted(day: Day)
    case received(receipt: Receipt)
    case returned(record: ReturnRecord)
    case outOfScope(record: OutOfScopeRecord)
    case withdrawn(reason: String, day: Day)
    case partyOpinion(opinion: PartyOpinion)
    case checklistFilled(member: String, answers: [ChecklistAnswer])
    case ballotCast(ballot: Ballot)
    case decided(decision: Decision)
    case resourced(grant: ResourceGrant)
    case progressNoted(note: ProgressNote)
    case directiveIssued(directive: Directive)
    case reported(report: CompletionReport)
    case evaluated(evaluation: Evaluation)
    case concluded(conclusion: Conclusion)
    case measureRecorded(measure: Measure)
    case closed(day: Day)
    /// §7.4: an officer declared a conflict of interest; no step changes the state.
    case conflictDeclared(conflict: DeclaredConflict)
    /// §7.6 (see Forwarding.swift).
    case forwarded(forwarding: Forwarding)
    case outcomeRecorded(outcome: ProvincialOutcome)
    /// §7.3: a member filed or amended their own evaluation form.
    case memberEvaluated(record: MemberEvaluation)
    /// §7.1 (see Meeting.swift).
    case meetingOpened(meeting: Meeting)
    case attendanceRecorded(stage: MeetingStage, attendance: [Attendance], by: String)

    /// The stable id of this kind of event.
    public var kind: String {
        switch self {
        case .created: "created"
        case .dossierEdited: "dossier_edited"
        case .submitted: "submitted"
        case .received: "received"
        case .returned: "returned"
        case .outOfScope: "out_of_scope"
        case .withdrawn: "withdrawn"
        case .partyOpinion: "party_opinion"
        case .checklistFilled: "checklist_filled"
        case .ballotCast: "ballot_cast"
        case .decided: "decided"
        case .resourced: "resourced"
        case .progressNoted: "progress_noted"
        case .directiveIssued: "directive_issued"
        case .reported: "reported"
        case .evaluated: "evaluated"
        case .concluded: "concluded"
        case .measureRecorded: "measure_recorded"
        case .closed: "closed"
        case .conflictDeclared: "conflict_declared"
        case .forwarded: "forwarded"
        case .outcomeRecorded: "outcome_recorded"
        case .memberEvaluated: "member_evaluated"
        case .meetingOpened: "meeting_opened"
        case .attendanceRecorded: "attendance_recorded"
        }
    }

    public var label: Localized {
        switch self {
        case .created: Localized(vi: "Tạo bản nháp", en: "Draft created")
        case .dossierEdited: Localized(vi: "Sửa hồ sơ", en: "Dossier edited")
        case .submitted: Localized(vi: "Gửi đề xuất", en: "Submitted")
        case .received: Localized(vi: "Tiếp nhận", en: "Receipt registered")
        case .returned: Localized(vi: "Trả lại bổ sung", en: "Returned for completion")
        case .outOfScope: Localized(vi: "Không thuộc phạm vi", en: "Out of scope")
        case .withdrawn: Localized(vi: "Rút đề xuất", en: "Withdrawn")
        case .partyOpinion: Localized(vi: "Ý kiến cấp ủy", en: "Party opinion")
        case .checklistFilled: Localized(vi: "Phiếu rà soát điều kiện", en: "Review checklist")
        case .ballotCast(let ballot) where ballot.amends == true: Localized(vi: "Sửa biểu quyết", en: "Ballot amended")
        case .ballotCast: Localized(vi: "Biểu quyết", en: "Ballot")
        case .decided: Localized(vi: "Quyết định", en: "Decision")
        case .resourced: Localized(vi: "Bảo đảm điều kiện", en: "Resources provided")
        case .progressNoted: Localized(vi: "Tiến độ", en: "Progress")
        case .directiveIssued: Localized(vi: "Chỉ đạo", en: "Directive")
        case .reported: Localized(vi: "Báo cáo kết quả", en: "Result reported")
        case .evaluated: Localized(vi: "Đánh giá của tập thể", en: "Collective evaluation")
        case .concluded: Localized(vi: "Thông báo kết luận", en: "Conclusion")
        case .measureRecorded: Localized(vi: "Biện pháp khuyến khích, bảo vệ", en: "Measure recorded")
        case .closed: Localized(vi: "Kết thúc", en: "Closed")
        case .conflictDeclared: Localized(vi: "Khai báo xung đột lợi ích", en: "Conflict of interest declared")
        case .forwarded: Localized(vi: "Chuyển cấp tỉnh", en: "Forwarded to the province")
        case .outcomeRecorded: Localized(vi: "Kết quả cấp tỉnh", en: "Province's decision")
        case .memberEvaluated(let record) where record.amends == true:
            Localized(vi: "Sửa phiếu đánh giá của thành viên", en: "Member's evaluation form amended")
        case .memberEvaluated: Localized(vi: "Phiếu đánh giá của thành viên", en: "Member's evaluation form")
        case .meetingOpened: Localized(vi: "Mở cuộc họp tập thể lãnh đạo", en: "Collective's meeting opened")
        case .attendanceRecorded: Localized(vi: "Điểm danh cuộc họp", en: "Meeting attendance recorded")
        }
    }
}

/// Who acted. `onBehalfOf` names the member or committee a clerk records for (from
/// minutes); `played` marks an action taken under `DEXUAT_AS` on a demo database;
/// `acting` the delegation or appointment (§7.5) a deputy or officer in charge acted on,
/// set by `Workflow.perform`, never by the caller.
public struct Actor: Sendable, Hashable, Codable {
    public var login: String
    public var onBehalfOf: String?
    public var played: Bool
    public var acting: Acting?

    public init(login: String, onBehalfOf: String? = nil, played: Bool = false, acting: Acting? = nil) {
        self.login = login
        self.onBehalfOf = onBehalfOf
        self.played = played
        self.acting = acting
    }

    /// Whose voice the action carries: the member on whose behalf a clerk writes, or the actor.
    public var voice: String { onBehalfOf ?? login }
}

/// One event as the domain decides it; the ledger adds its sequence number and hashes.
public struct Event: Sendable, Hashable, Codable {
    public var proposalID: String
    public var actor: Actor
    public var at: Date
    /// The why of the event, in the actor's words (also inside the change where it belongs).
    public var reason: String
    public var change: Change

    public init(proposalID: String, actor: Actor, at: Date, reason: String = "", change: Change) {
        self.proposalID = proposalID
        self.actor = actor
        self.at = at
        self.reason = reason
        self.change = change
    }
}
