import Procedure

/// The words of §7.3: the members' own evaluation forms and the chair's side-by-side view.
extension DeskText {
    static let departureReason = Localized(vi: "Lý do khác ý kiến đa số thành viên", en: "Why this differs from the members' majority")
    static let sectionMemberEvaluations = Localized(vi: "Phiếu đánh giá của thành viên", en: "Members' evaluation forms")

    /// After a member's outcome: "; mọi nhận định: có" or "; không: Vì lợi ích chung".
    static func memberFindings(_ denied: [String]) -> Localized {
        denied.isEmpty
            ? Localized(vi: "; mọi nhận định: có", en: "; every finding: yes")
            : Localized(vi: "; nhận định không: " + denied.joined(separator: "; "), en: "; findings denied: " + denied.joined(separator: "; "))
    }

    static let comparisonFinding = Localized(vi: "Nội dung", en: "Answer")
    static let comparisonMajority = Localized(vi: "Đa số", en: "Majority")
    static let comparisonTie = Localized(vi: "ngang nhau", en: "tie")

    /// The dashboard's line: "Phiếu đánh giá của thành viên: 7; Đánh giá của tập thể: 3".
    static func evaluationFormCounts(_ members: Int, _ collective: Int) -> Localized {
        Localized(vi: "Phiếu đánh giá của thành viên: \(members); Đánh giá của tập thể: \(collective)",
                  en: "Members' evaluation forms: \(members); collective evaluations: \(collective)")
    }

    /// "Phiếu của thành viên: 3 đã nộp; chưa nộp: ltmai".
    static func comparisonTitle(filed: Int, missing: [String]) -> Localized {
        let rest = missing.isEmpty ? "" : "; "
        return Localized(vi: "Phiếu đánh giá của thành viên: \(filed) đã nộp" + (missing.isEmpty ? "" : rest + "chưa nộp: " + missing.joined(separator: ", ")),
                         en: "Members' evaluation forms: \(filed) filed" + (missing.isEmpty ? "" : rest + "not filed: " + missing.joined(separator: ", ")))
    }
}
