import Procedure

/// §7.8: the register's words for attachments.
extension PapersText {
    static let registerAttachments = Localized(vi: "Tệp đính kèm (tên, dung lượng, mã SHA-256)", en: "Attachments (name, size, SHA-256)")
}
