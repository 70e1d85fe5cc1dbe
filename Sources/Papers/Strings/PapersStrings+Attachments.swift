import Procedure

/// §7.8: the register's words for attachments.
extension PapersText {
    static let registerAttachments = Localized(vi: "Tệp đính kèm (tên, dung lượng, mã SHA-256)", en: "Attachments (name, size, SHA-256)")
}

extension PapersText {
    static func registerAttachmentEntry(_ number: Int, _ name: String, _ size: String, _ bytes: Int64, _ sha256: String) -> Localized {
        Localized(vi: "\(number). \(name) (\(size), \(bytes) byte, SHA-256 \(sha256))",
                  en: "\(number). \(name) (\(size), \(bytes) bytes, SHA-256 \(sha256))")
    }
}
