import Procedure

/// Refusals and labels of the official documents (biên bản, quyết định, thông báo kết luận).
extension PapersText {
    // MARK: DocumentBuilder.swift

    static func proposalNoBallotYetNo(_ pId: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đề xuất \(pId) chưa có phiếu biểu quyết nào: chưa lập được biên bản họp tập thể lãnh đạo",
                  en: "Proposal \(pId) has no ballot yet: there are no minutes of a leadership meeting to print")
    }

    static func proposalNoDecisionHeadYet(_ pId: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đề xuất \(pId) chưa có quyết định của người đứng đầu: chưa lập được quyết định cho phép triển khai",
                  en: "Proposal \(pId) has no decision of the head yet: no decision allowing implementation to print")
    }

    static func proposalNotApprovedDocumentOnly(_ pId: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đề xuất \(pId) không được phê duyệt: văn bản này chỉ lập khi cho phép triển khai (theo biểu quyết hoặc người đứng đầu quyết định cho triển khai)",
                  en: "Proposal \(pId) was not approved: this document is only made for an approval (by vote or by the head's override)")
    }

    static func proposalNotEvaluatedYetNo(_ pId: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đề xuất \(pId) chưa được đánh giá kết quả: chưa lập được thông báo kết luận",
                  en: "Proposal \(pId) has not been evaluated yet: no conclusion to print")
    }

    static func proposalNoConclusionYetStep(_ pId: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đề xuất \(pId) chưa ban hành thông báo kết luận (bước 10): ghi kết luận bằng `dexuat conclude` trước",
                  en: "Proposal \(pId) has no conclusion yet (step 10): record it with `dexuat conclude` first")
    }

    // MARK: DocxWriter.swift

    static let couldNotMakeDocxFile = Localized(
        vi: "Không tạo được tệp .docx",
        en: "Could not make the .docx file")
}
