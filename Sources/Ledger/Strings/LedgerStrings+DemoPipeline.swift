import Procedure

extension LedgerText {
    static let demoSinkUsedBothWays = Localized(
        vi: "Một lần nhập demo chỉ ghi đề xuất theo một cách (từng đề xuất, hoặc các dòng đã chuẩn bị), không cả hai",
        en: "A demo import writes proposals one way only (each proposal, or prepared rows), not both")
}
