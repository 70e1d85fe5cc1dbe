import Procedure

/// §7.8: attachments in the Desk.
extension DeskText {
    static let sectionAttachments = Localized(vi: "Tệp đính kèm", en: "Attachments")
    static let attachmentDossier = Localized(vi: "Hồ sơ", en: "Dossier")
}
