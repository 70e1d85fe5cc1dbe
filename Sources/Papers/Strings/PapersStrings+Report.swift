import Procedure

/// The consolidated report in Markdown, HTML and CSV.
extension PapersText {
    // MARK: CSVReport.swift

    static let csvColumnPrefix = Localized(
        vi: "cot_",
        en: "column_")

    static let csvRecordKindColumn = Localized(
        vi: "loai_dong",
        en: "record")

    static let csvTableColumn = Localized(
        vi: "bang",
        en: "table")

    // MARK: HTMLReport.swift


    static let documentNumberLabel = Localized(
        vi: "Số",
        en: "No.")

    static let socialistRepublicVietNam = Localized(
        vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        en: "SOCIALIST REPUBLIC OF VIET NAM")

    static let independenceFreedomHappiness = Localized(
        vi: "Độc lập - Tự do - Hạnh phúc",
        en: "Independence - Freedom - Happiness")

    static let toLabel = Localized(
        vi: "Kính gửi",
        en: "To")

    static let distribution = Localized(
        vi: "Nơi nhận:",
        en: "Distribution:")

    static let signatureFullName = Localized(
        vi: "(Ký, ghi rõ họ tên)",
        en: "(Signature and full name)")

    // MARK: MarkdownReport.swift

    static let nationBold = Localized(
        vi: "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  ",
        en: "**SOCIALIST REPUBLIC OF VIET NAM**  ")

    static let mottoBold = Localized(
        vi: "**Độc lập - Tự do - Hạnh phúc**",
        en: "**Independence - Freedom - Happiness**")

    static let toPrefix = Localized(
        vi: "Kính gửi: ",
        en: "To: ")

    static let report = Localized(
        vi: "BÁO CÁO",
        en: "REPORT")

    static func innovationProposalsReceivedHandledEvaluated(_ lowercasedFirst: some CustomStringConvertible, _ label: some CustomStringConvertible) -> Localized {
        Localized(vi: "Tổng hợp tình hình tiếp nhận, xử lý, đánh giá đề xuất đổi mới, sáng tạo \(lowercasedFirst)",
                  en: "Innovation proposals received, handled and evaluated, \(label)")
    }

    static let headUnit = Localized(
        vi: "NGƯỜI ĐỨNG ĐẦU ĐƠN VỊ",
        en: "HEAD OF UNIT")

    /// "Nơi nhận" of the report, one line each.
    static func recipients(ward: some CustomStringConvertible, issuer: some CustomStringConvertible) -> [Localized] {
        [Localized(vi: "Như trên;", en: "As above;"),
         Localized(vi: "Chủ tịch, các Phó Chủ tịch \(ward) phường;", en: "The chair and vice-chairs of the \(ward);"),
         Localized(vi: "Lưu: VT, \(issuer).", en: "Filed: records office, \(issuer).")]
    }
}
