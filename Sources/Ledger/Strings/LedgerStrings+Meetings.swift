import Procedure

/// The refusal of a meeting quorum out of range (PROCEDURE.md §7.1).
extension LedgerText {
    static func quorumOutOfRange(range: ClosedRange<Int>) -> Localized {
        Localized(vi: "Tỷ lệ có mặt tối thiểu phải từ \(range.lowerBound)% đến \(range.upperBound)%: không lưu cài đặt",
                  en: "The quorum must be \(range.lowerBound)% to \(range.upperBound)%: settings not saved")
    }
}
