import Procedure

/// §7.8: attachments in the Desk.
extension DeskText {
    static let sectionAttachments = Localized(vi: "Tệp đính kèm", en: "Attachments")
    static let attachmentDossier = Localized(vi: "Hồ sơ", en: "Dossier")
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
