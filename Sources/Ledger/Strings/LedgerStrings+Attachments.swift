import Procedure

/// §7.8: attachments.
extension LedgerText {
    static func noAttachment(_ id: String, _ number: Int) -> Localized {
        Localized(vi: "Đề xuất \(id) không có tệp đính kèm số \(number)", en: "Proposal \(id) has no attachment number \(number)")
    }

    static func attachmentContentChanged(_ id: String, _ number: Int) -> Localized {
        Localized(vi: "Nội dung tệp đính kèm số \(number) của đề xuất \(id) không khớp mã băm SHA-256 đã ghi: tệp bị sửa ngoài dexuat; chạy dexuat verify và khôi phục bản sao lưu gần nhất",
                  en: "The content of attachment \(number) of proposal \(id) does not match its recorded SHA-256: changed outside dexuat; run dexuat verify and restore the latest backup")
    }

    static func cannotReadAttachment(_ detail: String) -> Localized {
        Localized(vi: "Không đọc được tệp cần đính kèm: \(detail)", en: "Cannot read the file to attach: \(detail)")
    }

    static func attachmentMaxOutOfRange(_ range: ClosedRange<Int>) -> Localized {
        Localized(vi: "Giới hạn dung lượng tệp đính kèm phải từ \(range.lowerBound) đến \(range.upperBound) MB: không lưu cài đặt",
                  en: "The attachment size limit must be \(range.lowerBound) to \(range.upperBound) MB: settings not saved")
    }
}
