import Procedure

/// The `settings` rows of the clocks of PROCEDURE.md §7.7.
extension CLIText {
    static let resourcingLimitAfterApproval = Localized(
        vi: "Hạn bảo đảm điều kiện sau khi cho phép triển khai (LOCAL)",
        en: "Resourcing limit after approval (LOCAL)")

    static let measuresLimitAfterConclusion = Localized(
        vi: "Hạn khuyến khích, bảo vệ sau kết luận (LOCAL)",
        en: "Measures limit after the conclusion (LOCAL)")
}
