import Procedure

/// The `settings` rows of the clocks of PROCEDURE.md §7.7.
extension CLIText {
    static let resourcingLimitAfterApproval = Localized(
        vi: "Hạn bảo đảm điều kiện sau khi cho phép triển khai (quy định của đơn vị)",
        en: "Resourcing limit after approval (local rule)")

    static let measuresLimitAfterConclusion = Localized(
        vi: "Hạn khuyến khích, bảo vệ sau kết luận (quy định của đơn vị)",
        en: "Measures limit after the conclusion (local rule)")
}
