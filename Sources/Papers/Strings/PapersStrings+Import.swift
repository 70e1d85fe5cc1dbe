import Procedure

/// Importing proposals collected on paper (CSV).
extension PapersText {
    // MARK: PaperImportCSV.swift

    static let unreadableCsvFile = Localized(
        vi: "không đọc được tệp CSV",
        en: "unreadable CSV file")

    static let emptyFile = Localized(
        vi: "tệp rỗng",
        en: "empty file")

    static func unknownColumnColumns(_ unknown: some CustomStringConvertible, _ columns: some CustomStringConvertible) -> Localized {
        Localized(vi: "cột không rõ \"\(unknown)\"; các cột: \(columns)",
                  en: "unknown column \"\(unknown)\"; the columns: \(columns)")
    }

    static func columnAppearsTwiceHeaderColumns(_ name: some CustomStringConvertible, _ first: some CustomStringConvertible, _ index: some CustomStringConvertible) -> Localized {
        Localized(vi: "cột \"\(name)\" có hai lần ở dòng tiêu đề (cột \(first) và \(index))",
                  en: "column \"\(name)\" appears twice in the header (columns \(first) and \(index))")
    }

    static let proposerTitleColumnMissing = Localized(
        vi: "thiếu cột proposer hoặc title",
        en: "the proposer or title column is missing")

    static func columnsHeader(_ fieldCount: some CustomStringConvertible, _ nameCount: some CustomStringConvertible) -> Localized {
        Localized(vi: "có \(fieldCount) cột, dòng tiêu đề có \(nameCount)",
                  en: "\(fieldCount) columns, the header has \(nameCount)")
    }

    static let noProposalRows = Localized(
        vi: "không có dòng đề xuất nào",
        en: "no proposal rows")

    static let proposerMissingColumnProposer = Localized(
        vi: "thiếu người đề xuất (cột proposer)",
        en: "the proposer is missing (column proposer)")

    static func fieldMustOne(_ proposalField: some CustomStringConvertible) -> Localized {
        Localized(vi: "lĩnh vực (cột field) phải là một trong: \(proposalField)",
                  en: "field must be one of: \(proposalField)")
    }

    static let legalBasisMustDecreeSt = Localized(
        vi: "legal_basis phải là decree_73 hoặc st_task",
        en: "legal_basis must be decree_73 or st_task")

    static func labelled(_ label: some CustomStringConvertible, _ problem: Localized) -> Localized {
        Localized(vi: "\(label): \(problem.vi)",
                  en: "\(label): \(problem.en)")
    }

    static func targetsEachTargetDescriptionMeasure(_ entry: some CustomStringConvertible) -> Localized {
        Localized(vi: "targets: mỗi chỉ tiêu dạng \"mô tả | cách đo\", cách nhau bằng \";\": \"\(entry)\"",
                  en: "targets: each target as \"description | measure\", separated by \";\": \"\(entry)\"")
    }

    static func selfCheckEachItemId(_ entry: some CustomStringConvertible) -> Localized {
        Localized(vi: "self_check: mỗi mục dạng MÃ=met|not_met|unclear[: nhận xét]: \"\(entry)\"",
                  en: "self_check: each item as ID=met|not_met|unclear[: comment]: \"\(entry)\"")
    }

    static func selfCheckUnknownItem(_ item: some CustomStringConvertible, _ items: some CustomStringConvertible) -> Localized {
        Localized(vi: "self_check: mục không rõ \"\(item)\"; các mục của phiếu rà soát: \(items)",
                  en: "self_check: unknown item \"\(item)\"; the checklist's items: \(items)")
    }

    static func selfCheckItemTwice(_ item: some CustomStringConvertible) -> Localized {
        Localized(vi: "self_check: mục \"\(item)\" ghi hai lần",
                  en: "self_check: item \"\(item)\" given twice")
    }

    static let separatorAmbiguous = Localized(
        vi: "dòng tiêu đề có nhiều loại dấu phân cách (dấu phẩy, dấu chấm phẩy, dấu tab) với số lần bằng nhau: không đoán; lưu lại tệp với một loại dấu phân cách",
        en: "the header line holds several separators (comma, semicolon, tab) as often as each other: not guessed; save the file with one separator")

    /// "dấu chấm phẩy (;)": the separator a file was read with, named in the output.
    static func separatorName(_ separator: Character) -> Localized {
        switch separator {
        case ";": Localized(vi: "dấu chấm phẩy (;)", en: "semicolon (;)")
        case "\t": Localized(vi: "dấu tab", en: "tab")
        default: Localized(vi: "dấu phẩy (,)", en: "comma (,)")
        }
    }
}
