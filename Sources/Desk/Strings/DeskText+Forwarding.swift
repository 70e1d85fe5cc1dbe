import Procedure

/// §7.6: the forms that forward the chairperson's proposal and record the province's answer.
extension DeskText {
    static let sectionForwarding = Localized(vi: "Chuyển cấp tỉnh", en: "Forwarded to the province")
    static let forwardLetterNumber = Localized(vi: "Số, ký hiệu công văn chuyển", en: "Forwarding letter number")
    static let forwardLetterDay = Localized(vi: "Ngày công văn", en: "Letter date")
    static let forwardNotice = Localized(
        vi: "Đề xuất của Chủ tịch UBND phường: chuyển cấp tỉnh xem xét; thời hạn tạm dừng đến khi ghi kết quả",
        en: "The chairperson's own proposal goes to the province; its clocks pause until the outcome is recorded")
    static let outcomeDecisionNumber = Localized(vi: "Số, ký hiệu quyết định cấp tỉnh", en: "Province's decision number")
    static let outcomeDecisionDay = Localized(vi: "Ngày quyết định", en: "Decision date")
    static let outcomeResult = Localized(vi: "Kết quả", en: "Result")
    static let outcomeReasons = Localized(vi: "Lý do (bắt buộc khi không phê duyệt)", en: "Reasons (required when not approved)")
    static func outcomeForwarded(_ letter: String, _ day: String) -> Localized {
        Localized(vi: "Đã chuyển cấp tỉnh theo công văn số \(letter) ngày \(day)",
                  en: "Forwarded to the province by letter \(letter) of \(day)")
    }
}
