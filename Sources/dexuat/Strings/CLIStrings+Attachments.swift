import Procedure

/// Attachments (PROCEDURE.md §7.8).
extension CLIText {
    static func unknownAttachmentStep(_ step: String) -> Localized {
        let kinds = StepKind.allCases.map(\.rawValue).joined(separator: ", ")
        return Localized(vi: "Bước không hợp lệ: \(step) (một trong: \(kinds))", en: "Unknown step: \(step) (one of: \(kinds))")
    }

    static func badMediaType(_ type: String) -> Localized {
        Localized(vi: "Kiểu tệp không hợp lệ: \(type) (dạng loại/kiểu, ví dụ text/csv)", en: "Invalid media type: \(type) (form type/subtype, e.g. text/csv)")
    }

    static func attached(_ id: String, _ number: Int, _ size: String, _ hash: String) -> Localized {
        Localized(vi: "Đã đính kèm tệp số \(number) vào đề xuất \(id) (\(size), sha256 \(hash)).",
                  en: "Attached file \(number) to proposal \(id) (\(size), sha256 \(hash)).")
    }

    static func noAttachments(_ id: String) -> Localized {
        Localized(vi: "Đề xuất \(id) chưa có tệp đính kèm.", en: "Proposal \(id) has no attachments.")
    }

    static func noAttachment(_ id: String, _ number: Int) -> Localized {
        Localized(vi: "Đề xuất \(id) không có tệp đính kèm số \(number)", en: "Proposal \(id) has no attachment number \(number)")
    }

    static func attachmentNotToTerminal(_ id: String, _ number: Int, _ name: String) -> Localized {
        Localized(vi: "Nội dung tệp không in ra màn hình: chuyển hướng vào một tệp, ví dụ dexuat attachment get \(id) \(number) > tệp",
                  en: "The file's content is not printed to a terminal: redirect it, e.g. dexuat attachment get \(id) \(number) > file")
    }

    static let attachmentDossier = Localized(vi: "Hồ sơ", en: "Dossier")

    static let attachmentMaxLabel = Localized(vi: "Dung lượng tối đa mỗi tệp đính kèm, MB", en: "Largest attachment, in MB")

    static func needsAttachmentMax(_ key: String, _ range: ClosedRange<Int>) -> Localized {
        Localized(vi: "\(key) phải là số MB từ \(range.lowerBound) đến \(range.upperBound)", en: "\(key) must be a number of MB from \(range.lowerBound) to \(range.upperBound)")
    }
}
