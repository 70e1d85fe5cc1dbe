import Procedure

/// The refusal of a limit in working days out of range (PROCEDURE.md §7.7).
extension LedgerText {
    static func limitOutOfRange(_ step: Localized, range: ClosedRange<Int>) -> Localized {
        Localized(vi: "Thời hạn \"\(step.vi)\" phải từ \(range.lowerBound) đến \(range.upperBound) ngày làm việc: không lưu cài đặt",
                  en: "The limit of \"\(step.en)\" must be \(range.lowerBound) to \(range.upperBound) working days: settings not saved")
    }
}

extension LedgerText {
    /// §7.3: the share of members whose forms the collective evaluation waits for.
    static func memberEvaluationShareOutOfRange(_ range: ClosedRange<Int>) -> Localized {
        Localized(vi: "Tỷ lệ thành viên nộp phiếu đánh giá phải từ \(range.lowerBound) đến \(range.upperBound)%: không lưu cài đặt",
                  en: "The share of members filing evaluation forms must be \(range.lowerBound) to \(range.upperBound)%: settings not saved")
    }
}
