import Procedure

/// The words of the proposal's forms: the dossier, the steps of the review, the ballot and
/// decision, implementation, the report, the evaluation and what follows it.
extension DeskText {

    // MARK: Dossier
    static let dossierField = Localized(vi: "Lĩnh vực", en: "Field")
    static let dossierLegalBasis = Localized(vi: "Căn cứ pháp lý", en: "Legal basis")
    static let dossierComplete = Localized(vi: "Hồ sơ đủ nội dung để gửi", en: "The dossier is complete enough to submit")
    static let newProposalTitle = Localized(vi: "Đề xuất mới", en: "New proposal")

    // MARK: Steps: receipt, return, out of scope, withdrawal
    static let receiptNumber = Localized(vi: "Số tiếp nhận", en: "Receipt number")
    static let receiptNumberHelp = Localized(vi: "để trống: cấp số tự động", en: "leave empty for an automatic number")
    static let returnReasons = Localized(vi: "Lý do, nội dung cần bổ sung", en: "Reasons and what to complete")
    static let outOfScopeGround = Localized(vi: "Căn cứ", en: "Ground")
    static let reasons = Localized(vi: "Lý do", en: "Reasons")
    static let outOfScopeChannel = Localized(vi: "Kênh phù hợp để đề xuất", en: "The right channel")
    static let withdrawReason = Localized(vi: "Lý do rút đề xuất", en: "Why it is withdrawn")

    // MARK: Review: Party opinion, checklist and ballot, decision
    static let partyStance = Localized(vi: "Ý kiến", en: "Opinion")
    static let partyOpinionText = Localized(vi: "Nội dung ý kiến", en: "What the committee said")
    static let partyCommittee = Localized(vi: "Cấp ủy", en: "Committee")
    static let ballotVote = Localized(vi: "Biểu quyết", en: "Vote")
    static let ballotInFavour = Localized(vi: "Tán thành", en: "In favour")
    static let ballotAgainst = Localized(vi: "Không tán thành", en: "Against")
    static let ballotComment = Localized(vi: "Ý kiến", en: "Comment")
    static let votePassed = Localized(vi: "Tập thể thông qua", en: "The collective passed it")
    static let voteFailed = Localized(vi: "Tập thể không thông qua", en: "The collective did not pass it")
    static let voteUndecided = Localized(vi: "Biểu quyết chưa có kết quả", en: "The vote has no result yet")
    static let decisionKind = Localized(vi: "Quyết định", en: "Decision")
    static let decisionNumber = Localized(vi: "Số quyết định", en: "Decision number")
    static let actNumberHelp = Localized(vi: "để trống: số kế tiếp của sổ", en: "empty: the register's next number")
    static let decisionResponsibility = Localized(vi: "Nội dung chịu trách nhiệm của người đứng đầu", en: "Written statement of the head's personal responsibility")

    // MARK: Implementation: resources, progress, directives, report
    static let fundingGranted = Localized(vi: "Kinh phí bảo đảm", en: "Funding granted")
    static let resourcesStaff = Localized(vi: "Nhân lực", en: "Staff")
    static let resourcesEquipment = Localized(vi: "Trang thiết bị", en: "Equipment")
    static let resourcesReassignment = Localized(vi: "Điều chỉnh công việc của người đề xuất", en: "Work of the proposer reassigned")
    static let resourcesNoneNeeded = Localized(vi: "Nếu không cần nguồn lực: lý do", en: "If nothing is needed: why")
    static let progressPercent = Localized(vi: "Tiến độ", en: "Progress")
    static let progressNote = Localized(vi: "Ghi chú tiến độ", en: "Progress note")
    static let directiveKind = Localized(vi: "Chỉ đạo", en: "Directive")
    static let reason = Localized(vi: "Lý do", en: "Reason")
    static let reportSummary = Localized(vi: "Báo cáo kết quả", en: "Report")
    static let targetAchieved = Localized(vi: "Đạt", en: "Achieved")
    static let targetNotAchieved = Localized(vi: "Không đạt", en: "Not achieved")

    // MARK: Evaluation, conclusion, measures
    static let evaluationOutcome = Localized(vi: "Kết quả thực hiện", en: "Outcome")
    static let evaluationDamage = Localized(vi: "Có gây thiệt hại", en: "Damage caused")
    static let evaluationDamageDescription = Localized(vi: "Mô tả thiệt hại", en: "The damage")
    static let evaluationDamageEstimate = Localized(vi: "Ước tính thiệt hại", en: "Estimated damage")
    static let evaluationAbuse = Localized(vi: "Phát hiện dấu hiệu tham nhũng, tiêu cực, trục lợi", en: "Corruption, profiteering or abuse found")
    static let evaluationObjectiveCauses = Localized(vi: "Nguyên nhân khách quan (có thể ghi “không có”)", en: "Objective causes (may say “none”)")
    static let evaluationSubjectiveCauses = Localized(vi: "Nguyên nhân chủ quan (có thể ghi “không có”)", en: "Subjective causes (may say “none”)")
    static let evaluationConsequenceUnknown = Localized(vi: "Hướng xử lý trách nhiệm đề xuất: chưa xác định (cần kết quả và đủ 4 nhận định)", en: "Proposed consequence: not yet known (needs the outcome and all 4 findings)")
    static let conclusionNumber = Localized(vi: "Số thông báo kết luận", en: "Conclusion number")
    static let conclusionText = Localized(vi: "Nội dung kết luận", en: "The conclusion")
    static let measureKind = Localized(vi: "Biện pháp", en: "Measure")
    static let measureDay = Localized(vi: "Ngày quyết định", en: "Decision date")
    static let measureDecidedBy = Localized(vi: "Người, cơ quan quyết định", en: "Decided by")

    // MARK: The Party committee's name (a proper name: Vietnamese in both languages)

    /// The ways a ward's People's Committee is named, stripped to name its Party committee.
    static let peoplesCommitteePrefixes = ["Ủy ban nhân dân ", "Uỷ ban nhân dân ", "UBND "]

    /// "Đảng ủy phường Uông Bí" for "phường Uông Bí".
    static func partyCommitteeName(_ ward: String) -> String {
        "Đảng ủy " + ward
    }

    // MARK: Built from other words

    /// A dossier item's label after its number in the form (art. 7(1) of Decree 73 numbers them).
    static func dossierItem(_ number: Int, _ label: Localized) -> Localized {
        Localized(vi: "\(number). \(label.vi)", en: "\(number). \(label.en)")
    }

    /// The same, for an item that may be answered “none”.
    static func dossierItemMayBeNone(_ number: Int, _ label: Localized) -> Localized {
        Localized(vi: "\(number). \(label.vi) (có thể ghi “không có”)", en: "\(number). \(label.en) (may say “none”)")
    }

    static func dossierTargetWhat(_ target: Int) -> Localized {
        Localized(vi: "8. Chỉ tiêu \(target): nội dung", en: "8. Target \(target): what")
    }

    static func dossierTargetMeasure(_ target: Int) -> Localized {
        Localized(vi: "8. Chỉ tiêu \(target): cách đo", en: "8. Target \(target): how it is measured")
    }

    static func dossierSelfCheck(_ label: Localized) -> Localized {
        Localized(vi: label.vi + " (khoản 1 Điều 5, khoản 2 Điều 4 NĐ 73/2023)",
                  en: label.en + " (Decree 73/2023, art. 5(1) and 4(2))")
    }

    static func dossierIncomplete(_ missing: Int) -> Localized {
        Localized(vi: "Lưu được khi chưa đủ; để gửi còn thiếu \(missing) nội dung (khoản 2 Điều 7 NĐ 73/2023)",
                  en: "Can be saved incomplete; \(missing) contents still missing to submit (Decree 73 art. 7(2))")
    }

    /// A step's form title: "Biểu quyết — 2026-001: Số hóa sổ hộ tịch".
    static func stepFormTitle(_ step: Localized, _ id: String, _ title: String) -> Localized {
        Localized(vi: "\(step.vi) — \(id): \(title)", en: "\(step.en) — \(id): \(title)")
    }

    /// The ballot form's notice: the verdict, then the tally.
    static func voteNotice(_ verdict: Localized, _ tally: Localized) -> Localized {
        Localized(vi: verdict.vi + ": " + tally.vi, en: verdict.en + ": " + tally.en)
    }

    /// A target of the dossier, shown read-only above its result in the report form.
    static func reportTarget(_ target: Int, _ description: String, _ measure: String) -> Localized {
        Localized(vi: "Chỉ tiêu \(target): \(description) — \(measure)", en: "Target \(target): \(description) — \(measure)")
    }

    static func reportTargetAchieved(_ target: Int) -> Localized {
        Localized(vi: "Đạt chỉ tiêu \(target)", en: "Target \(target) achieved")
    }

    static func reportTargetResult(_ target: Int) -> Localized {
        Localized(vi: "Kết quả chỉ tiêu \(target)", en: "Result for target \(target)")
    }

    /// The consequence the evaluation form proposes as it is filled in.
    static func evaluationConsequence(_ consequence: Localized) -> Localized {
        Localized(vi: "Hướng xử lý trách nhiệm đề xuất: " + consequence.vi, en: "Proposed consequence: " + consequence.en)
    }

    /// The consequence the evaluation proposed, shown in the conclusion form.
    static func conclusionConsequence(_ consequence: Localized) -> Localized {
        Localized(vi: "Hướng xử lý trách nhiệm theo đánh giá: " + consequence.vi, en: "Consequence of the evaluation: " + consequence.en)
    }

    /// The consequence concluded, shown in the measure form.
    static func measureConsequence(_ consequence: Localized) -> Localized {
        Localized(vi: "Hướng xử lý trách nhiệm đã kết luận: " + consequence.vi, en: "Concluded consequence: " + consequence.en)
    }
}
