import Procedure

/// §7.8: attachments in the Desk.
extension DeskText {
    static let sectionAttachments = Localized(vi: "Tệp đính kèm", en: "Attachments")
    static let attachmentDossier = Localized(vi: "Hồ sơ", en: "Dossier")
    static let timelineAttachmentAdded = Localized(vi: "Đính kèm tệp", en: "Attached file")
}

extension DeskText {
    static let openAttachmentHelp = Localized(vi: "Mở tệp đính kèm tiếp theo (:attachment N: tệp số N)", en: "Open the next attachment (:attachment N: number N)")
    static let attachmentUsage = Localized(vi: "Cú pháp: :attachment N (số thứ tự của tệp)", en: "Usage: :attachment N (the file's number)")
    static let attachmentTruncated = Localized(vi: "… (còn tiếp: lấy cả tệp bằng dexuat attachment get)", en: "… (more: fetch the whole file with dexuat attachment get)")

    static func noSuchAttachment(_ id: String) -> Localized {
        Localized(vi: "Đề xuất \(id) không có tệp này", en: "Proposal \(id) has no such attachment")
    }

    static func fetchAttachmentWith(_ id: String, _ number: Int, _ name: String) -> Localized {
        Localized(vi: "Tệp \(name) không xem được dạng văn bản; lấy tệp: ssh <máy chủ> dexuat attachment get \(id) \(number) > tệp",
                  en: "\(name) cannot be shown as text; fetch it: ssh <host> dexuat attachment get \(id) \(number) > file")
    }
}

/// §7.8: the cursor over the detail's attachment lines.
extension DeskText {
    static let nextPaneToAttachments = Localized(vi: "Vào danh sách tệp đính kèm của khung chi tiết (Tab lần nữa: khung kế tiếp)",
                                                 en: "Into the detail's list of attachments (Tab again: next pane)")
    static let hintAttachmentList = Localized(vi: "Tệp đính kèm", en: "Attachments")
    static let openAttachmentLine = Localized(vi: "Mở tệp đính kèm đang chọn", en: "Open the selected attachment")
    static let hintOpenAttachment = Localized(vi: "Mở tệp", en: "Open file")
    static let noAttachmentLine = Localized(vi: "Chưa chọn tệp (Tab vào danh sách tệp)",
                                            en: "No attachment selected (Tab from the detail pane)")
}
