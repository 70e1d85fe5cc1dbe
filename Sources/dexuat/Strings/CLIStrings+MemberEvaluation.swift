import Procedure

/// Members' evaluation forms and the collective evaluation (PROCEDURE.md §7.3).
extension CLIText {
    // MARK: Steps.swift (evaluate)

    static let departureOnlyCollective = Localized(
        vi: "--departure chỉ dùng cho đánh giá của tập thể, không dùng với --mine.",
        en: "--departure is for the collective evaluation only, not with --mine.")

    static func invalidDeparture(_ text: some CustomStringConvertible) -> Localized {
        Localized(vi: "Lý do khác ý kiến đa số không hợp lệ: \(text) (dạng right_policy=lý do)",
                  en: "Invalid departure reason: \(text) (form right_policy=reason)")
    }

    // MARK: SettingsCommand.swift

    static let memberEvaluationShareLabel = Localized(
        vi: "Đánh giá của tập thể khi trên N% thành viên đã nộp phiếu (100: tất cả) (quy định của đơn vị)",
        en: "Collective evaluation once more than N% of members filed their forms (100: all) (local rule)")
    static let departureNeedsReasonLabel = Localized(
        vi: "Khác ý kiến đa số thành viên thì phải nêu lý do (quy định của đơn vị)",
        en: "Departing from the members' majority needs a reason (local rule)")

    static func needsShare(_ key: some CustomStringConvertible, _ range: ClosedRange<Int>) -> Localized {
        Localized(vi: "\(key): cần số phần trăm từ \(range.lowerBound) đến \(range.upperBound)",
                  en: "\(key): needs a percentage from \(range.lowerBound) to \(range.upperBound)")
    }
}
