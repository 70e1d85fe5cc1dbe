import Procedure

/// The words of the proposal document (detail pane, `dexuat show`) and of the review pane:
/// field labels, section heads, deadline marks, the ballots and the tally.
extension DeskText {
    static let documentState = Localized(vi: "Trạng thái", en: "State")
    static let documentVersion = Localized(vi: "phiên bản ", en: "version ")
    static let documentProposer = Localized(vi: "Người đề xuất", en: "Proposer")
    static let documentProposerIsManaging = Localized(vi: " — lãnh đạo, quản lý", en: " — leading/managing")
    static let documentUnit = Localized(vi: "Đơn vị", en: "Unit")
    static let documentReviewingUnit = Localized(vi: "Đơn vị xem xét", en: "Reviewed by")
    static let documentField = Localized(vi: "Lĩnh vực", en: "Field")
    static let documentReceipt = Localized(vi: "Số tiếp nhận", en: "Receipt")
    static let sectionDeadlines = Localized(vi: "Thời hạn các bước", en: "Step deadlines")
    static let clockNotStarted = Localized(vi: "Chưa bắt đầu tính hạn (chưa vào sổ tiếp nhận).", en: "No clock yet (not registered).")
    static let clockOnTime = Localized(vi: "✓ đúng hạn", en: "✓ on time")
    static let clockLate = Localized(vi: "✗ QUÁ HẠN", en: "✗ LATE")
    static let clockDone = Localized(vi: "xong ", en: "done ")
    static let clockStopped = Localized(vi: "dừng tính hạn", en: "clock stopped")
    static let clockOverdue = Localized(vi: "! QUÁ HẠN", en: "! OVERDUE")
    static let clockDueSoon = Localized(vi: "~ sắp đến hạn", en: "~ due soon")
    static let clockOnTrack = Localized(vi: "đang trong hạn", en: "on track")
    static let clockDue = Localized(vi: "hạn ", en: "due ")
    static let clockWorkingDaysFrom = Localized(vi: "ngày làm việc từ ", en: "working days from ")
    static let sectionDossier = Localized(vi: "Hồ sơ đề xuất", en: "Dossier")
    static let documentPeriod = Localized(vi: "Thời gian thực hiện", en: "Implementation")
    static let documentResources = Localized(vi: "Nguồn lực", en: "Resources")
    static let documentTarget = Localized(vi: "Chỉ tiêu ", en: "Target ")
    static let documentMissing = Localized(vi: "Còn thiếu: ", en: "Missing: ")
    static let sectionPartyOpinions = Localized(vi: "Ý kiến cấp ủy", en: "Party opinions")
    static let sectionVote = Localized(vi: "Biểu quyết của tập thể lãnh đạo", en: "Leadership collective vote")
    static let sectionDecision = Localized(vi: "Quyết định", en: "Decision")
    static let documentReasons = Localized(vi: "Lý do", en: "Reasons")
    static let documentResponsibility = Localized(vi: "Nội dung chịu trách nhiệm", en: "Statement of responsibility")
    static let documentReturned = Localized(vi: "Trả lại bổ sung ", en: "Returned ")
    static let sectionOutOfScope = Localized(vi: "Không thuộc phạm vi", en: "Out of scope")
    static let documentWithdrawn = Localized(vi: "Đã rút", en: "Withdrawn")
    static let sectionResources = Localized(vi: "Bảo đảm điều kiện", en: "Resources")
    static let documentFunding = Localized(vi: "Kinh phí", en: "Funding")
    static let documentStaff = Localized(vi: "Nhân lực", en: "Staff")
    static let documentEquipment = Localized(vi: "Trang thiết bị", en: "Equipment")
    static let documentReassignment = Localized(vi: "Bố trí lại công việc", en: "Reassignment")
    static let documentNoneNeeded = Localized(vi: "Không cần nguồn lực", en: "None needed")
    static let sectionImplementation = Localized(vi: "Triển khai", en: "Implementation")
    static let sectionReport = Localized(vi: "Báo cáo kết quả", en: "Completion report")
    static let sectionEvaluation = Localized(vi: "Đánh giá kết quả", en: "Evaluation")
    static let documentOutcome = Localized(vi: "Kết quả", en: "Outcome")
    static let documentEvaluatedBy = Localized(vi: "Tập thể lãnh đạo đánh giá", en: "Evaluated by the collective")
    static let documentExcludedFromEvaluation = Localized(vi: ": không tham gia đánh giá (là người đề xuất)", en: ": excluded from the evaluation (the proposer)")
    static let documentDamage = Localized(vi: "Thiệt hại", en: "Damage")
    static let findingHolds = Localized(vi: "có", en: "yes")
    static let findingDoesNotHold = Localized(vi: "không", en: "no")
    static let documentAbuseFound = Localized(vi: "• Phát hiện dấu hiệu tham nhũng, tiêu cực, trục lợi", en: "• Corruption, profiteering or abuse found")
    static let documentObjectiveCauses = Localized(vi: "Nguyên nhân khách quan", en: "Objective causes")
    static let documentSubjectiveCauses = Localized(vi: "Nguyên nhân chủ quan", en: "Subjective causes")
    static let documentProposedConsequence = Localized(vi: "Hướng xử lý trách nhiệm đề xuất: ", en: "Proposed consequence: ")
    static let sectionConclusion = Localized(vi: "Thông báo kết luận", en: "Conclusion")
    static let sectionMeasures = Localized(vi: "Biện pháp khuyến khích, bảo vệ", en: "Measures")
    static let sectionTimeline = Localized(vi: "Lịch sử", en: "Timeline")
    static let ballotYesUpper = Localized(vi: "TÁN THÀNH", en: "YES")
    static let ballotNoUpper = Localized(vi: "KHÔNG TÁN THÀNH", en: "NO")
    static let tallyRecused = Localized(vi: ": không tham gia biểu quyết (là người đề xuất)", en: ": recused (the proposer)")
    static let tallyNotVoted = Localized(vi: ": chưa biểu quyết", en: ": not voted yet")
    static let reviewChecklistTitle = Localized(vi: "Phiếu rà soát điều kiện (khoản 1 Điều 5, khoản 2 Điều 4 NĐ 73/2023)", en: "Review checklist (Decree 73, art. 5(1) and 4(2))")
    static let reviewNoCollective = Localized(vi: "Đơn vị xem xét chưa có tập thể lãnh đạo.", en: "The reviewing unit has no leadership collective.")
    static let reviewMemberColumn = Localized(vi: "Thành viên", en: "Member")
    static let reviewBallotColumn = Localized(vi: "Biểu quyết", en: "Ballot")
    static let reviewRecused = Localized(vi: "không tham gia (là người đề xuất)", en: "recused (the proposer)")
    static let ballotYes = Localized(vi: "Tán thành", en: "Yes")
    static let ballotNo = Localized(vi: "Không tán thành", en: "No")
    static let reviewNotYet = Localized(vi: "chưa", en: "not yet")
    static let reviewLegend = Localized(vi: "✓ đáp ứng · ✗ không đáp ứng · ? chưa rõ · · chưa điền", en: "✓ met · ✗ not met · ? unclear · · not filled")
    static let opinionNotYet = Localized(vi: "chưa có", en: "not yet")
    static let reviewStepWaiting = Localized(vi: "Có việc cần xử lý: nhấn a để xem các thao tác", en: "A step is waiting on you: press a for the actions.")

    /// After the actor's name in the timeline when a step was taken for someone else.
    static func onBehalfOf(_ name: String) -> Localized {
        Localized(vi: " thay \(name)", en: " for \(name)")
    }

    /// After a ballot recorded from the minutes by a clerk rather than cast by the member.
    static func recordedByClerk(_ login: String) -> Localized {
        Localized(vi: " (văn thư \(login) ghi theo biên bản)", en: " (recorded by clerk \(login))")
    }

    /// After the clerk's name in the timeline when a Party opinion was recorded from the
    /// committee's letter (GLOSSARY: "ghi theo văn bản của …", never "thay").
    static func fromLetterOf(_ committee: String) -> Localized {
        Localized(vi: " ghi theo văn bản của \(committee)", en: " from the letter of \(committee)")
    }
}
