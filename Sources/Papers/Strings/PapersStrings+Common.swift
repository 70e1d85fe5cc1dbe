import Procedure

/// Dates, amounts, CSV and the anchors every paper carries.
extension PapersText {
    // MARK: AdministrativeDate.swift

    static func placeAndDate(_ place: some CustomStringConvertible, _ day: some CustomStringConvertible, _ month: some CustomStringConvertible, _ year: some CustomStringConvertible, _ period: some CustomStringConvertible, _ day2: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(place), ngày \(day) tháng \(month) năm \(year)",
                  en: "\(place), \(period) \(day2), \(year)")
    }

    // MARK: CSV.swift

    static let misplacedDoubleQuote = Localized(
        vi: "dấu nháy kép đặt sai chỗ",
        en: "misplaced double quote")

    static let textAfterClosingQuote = Localized(
        vi: "có ký tự sau dấu nháy đóng",
        en: "text after a closing quote")

    static let unterminatedQuotedField = Localized(
        vi: "thiếu dấu nháy kép đóng",
        en: "unterminated quoted field")

    static func linePrefix(_ line: some CustomStringConvertible) -> Localized {
        Localized(vi: "dòng \(line): ",
                  en: "line \(line): ")
    }

    // MARK: PaperAnchor.swift

    static let checkpointLabel = Localized(
        vi: "Mã kiểm tra",
        en: "Checkpoint")
}
