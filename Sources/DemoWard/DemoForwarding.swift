import Procedure

/// §7.6 in the demo: the words of the province's answer to the chair's own proposal.
extension DemoTexts {
    static func provincialReasons(_ result: ProvincialResult) -> String {
        switch result {
        case .approved: "UBND tỉnh đồng ý cho triển khai thí điểm trong phạm vi phường."
        case .rejected: "UBND tỉnh đề nghị lồng ghép vào đề án chung của tỉnh."
        }
    }

    /// §7.1: why a member missed the collective's meeting, as minutes put it.
    static let absenceReasons = [
        "Đi công tác theo quyết định của UBND phường.",
        "Nghỉ phép năm đã được phê duyệt.",
        "Dự tập huấn tại Sở Nội vụ.",
    ]
}
