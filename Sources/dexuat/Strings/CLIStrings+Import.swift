import Procedure

/// `import`: what `--check` shows of each row, and the separator a CSV file was read with.
extension CLIText {
    // MARK: ImportListing.swift

    static let importEmptyField = Localized(
        vi: "(để trống)",
        en: "(empty)")

    static let importProposer = Localized(
        vi: "Người đề xuất",
        en: "Proposer")

    static let importProposerUnit = Localized(
        vi: "Đơn vị của người đề xuất",
        en: "Proposer's unit")

    static let importReviewingUnit = Localized(
        vi: "Đơn vị tiếp nhận",
        en: "Receiving unit")

    static let importRecordedBy = Localized(
        vi: "Người ghi thay",
        en: "Recorded by")

    static let importField = Localized(
        vi: "Lĩnh vực",
        en: "Field")

    static let importLegalBasis = Localized(
        vi: "Căn cứ",
        en: "Legal basis")

    static let importFunding = Localized(
        vi: "Kinh phí",
        en: "Funding")

    static func importTarget(_ number: Int) -> Localized {
        Localized(vi: "Chỉ tiêu \(number)",
                  en: "Target \(number)")
    }

    static func importSelfCheckItem(_ item: some CustomStringConvertible) -> Localized {
        Localized(vi: "Tự rà soát \(item)",
                  en: "Self-check \(item)")
    }

    // MARK: ImportCommand.swift

    static func importSeparator(_ name: Localized) -> Localized {
        Localized(vi: "Dấu phân cách: \(name.vi)",
                  en: "Separator: \(name.en)")
    }
}
