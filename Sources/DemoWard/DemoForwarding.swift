import Procedure

/// §7.6 in the demo: the words of the province's answer to the chair's own proposal.
extension DemoTexts {
    static func provincialReasons(_ result: ProvincialResult) -> String {
        switch result {
        case .approved: "UBND tỉnh đồng ý cho triển khai thí điểm trong phạm vi phường."
        case .rejected: "UBND tỉnh đề nghị lồng ghép vào đề án chung của tỉnh."
        }
    }
}
