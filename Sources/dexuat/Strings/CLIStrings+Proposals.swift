import Procedure
import SafeTOML

/// Making, listing, showing and moving proposals; imports, offline forms and documents.
extension CLIText {
    // MARK: AcknowledgeCommand.swift

    static func recorded(_ acknowledgementStatement: Localized, _ number: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã ghi nhận: \(acknowledgementStatement.vi) văn bản \(number).",
                  en: "Recorded: \(acknowledgementStatement.en) of \(number).")
    }

    // MARK: DocumentCommand.swift

    static func kindMinutesDecisionConclusionNot(_ kind: some CustomStringConvertible) -> Localized {
        Localized(vi: "--kind: minutes, decision hoặc conclusion, không phải \(kind)",
                  en: "--kind: minutes, decision or conclusion, not \(kind)")
    }

    static func formatDocxHtmlNot(_ format: some CustomStringConvertible) -> Localized {
        Localized(vi: "--format: docx hoặc html, không phải \(format)",
                  en: "--format: docx or html, not \(format)")
    }

    static let place = Localized(
        vi: "Địa danh",
        en: "Place")

    static let newNumber = Localized(
        vi: "cấp số mới",
        en: "new number")

    static let numberReused = Localized(
        vi: "dùng lại số đã cấp",
        en: "number reused")

    // MARK: FormCommand.swift

    static func kindBallotEvaluationNot(_ kind: some CustomStringConvertible) -> Localized {
        Localized(vi: "--kind: ballot, evaluation hoặc member_evaluation, không phải \(kind)",
                  en: "--kind: ballot, evaluation or member_evaluation, not \(kind)")
    }

    static func wroteFormVersion(_ id: some CustomStringConvertible, _ version: some CustomStringConvertible, _ output: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã ghi phiếu \(id) (phiên bản \(version)) vào \(output)",
                  en: "Wrote the form for \(id) (version \(version)) to \(output)")
    }

    // MARK: ImportCommand.swift

    static func formatCsvTomlNot(_ format: some CustomStringConvertible) -> Localized {
        Localized(vi: "--format: csv hoặc toml, không phải \(format)",
                  en: "--format: csv or toml, not \(format)")
    }

    static let readingStandardInputNeedsFormat = Localized(
        vi: "Đọc từ đầu vào chuẩn cần --format csv hoặc --format toml.",
        en: "Reading standard input needs --format csv or --format toml.")

    static func onlyCsvTomlFilesCan(_ file: some CustomStringConvertible) -> Localized {
        Localized(vi: "Chỉ nhập được tệp .csv hoặc .toml: \(file)",
                  en: "Only .csv or .toml files can be imported: \(file)")
    }

    static let importing = Localized(
        vi: "Đang nhập",
        en: "Importing")

    static func line(_ line: some CustomStringConvertible) -> Localized {
        Localized(vi: "dòng \(line) → ",
                  en: "line \(line) → ")
    }

    static func validProposalsNothingWrittenCheck(_ createdCount: some CustomStringConvertible) -> Localized {
        Localized(vi: "Hợp lệ: \(createdCount) đề xuất; chưa ghi gì (--check).",
                  en: "Valid: \(createdCount) proposals; nothing written (--check).")
    }

    static func importedProposalsAwaitingRegistration(_ createdCount: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã nhập \(createdCount) đề xuất, chờ vào sổ tiếp nhận.",
                  en: "Imported \(createdCount) proposals, awaiting registration.")
    }

    static func tomlSyntaxError(_ error: TOMLError) -> Localized {
        Localized(vi: "lỗi cú pháp TOML\(error.column.map { " (cột \($0))" } ?? ""): \(error.vi)",
                  en: "TOML syntax error\(error.column.map { " (column \($0))" } ?? ""): \(error.en)")
    }

    static let emptyFileEachProposalProposal = Localized(
        vi: "tệp rỗng: mỗi đề xuất là một bảng [[proposal]]",
        en: "empty file: each proposal is a [[proposal]] table")

    static func unknownKeyEachProposalProposal(_ unknown: some CustomStringConvertible) -> Localized {
        Localized(vi: "khóa không rõ \"\(unknown)\": mỗi đề xuất là một bảng [[proposal]]",
                  en: "unknown key \"\(unknown)\": each proposal is a [[proposal]] table")
    }

    static let noProposalTable = Localized(
        vi: "không có bảng [[proposal]] nào",
        en: "no [[proposal]] table")

    static let proposalMustProposalTable = Localized(
        vi: "khóa proposal phải là bảng [[proposal]]",
        en: "proposal must be a [[proposal]] table")

    static let proposerProposerSLoginMissing = Localized(
        vi: "thiếu proposer (tên đăng nhập của người đề xuất)",
        en: "proposer (the proposer's login) is missing")

    /// An error with no wording of its own, shown as it describes itself.
    static func unexpectedError(_ error: Any) -> Localized {
        Localized(vi: "\(error)",
                  en: "\(error)")
    }

    // MARK: List.swift

    static func invalidState(_ text: some CustomStringConvertible) -> Localized {
        Localized(vi: "Trạng thái không hợp lệ: \(text)",
                  en: "Invalid state: \(text)")
    }

    static let limitMustPositive = Localized(
        vi: "--limit phải lớn hơn 0",
        en: "--limit must be positive")

    static func moreDexuatListAfter(_ lastId: some CustomStringConvertible) -> Localized {
        Localized(vi: "… còn nữa: dexuat list --after \(lastId)",
                  en: "… more: dexuat list --after \(lastId)")
    }

    static let noProposals = Localized(
        vi: "Không có đề xuất nào.",
        en: "No proposals.")

    static let overdueDueSoon = Localized(
        vi: "(! quá hạn, ~ sắp đến hạn)\n",
        en: "(! overdue, ~ due soon)\n")

    // MARK: Lookup.swift

    static func noProposal(_ id: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không tìm thấy đề xuất \(id)",
                  en: "No proposal \(id)")
    }

    // MARK: New.swift

    static let needsFileTomlTemplateTemplate = Localized(
        vi: "Cần --from TỆP.toml (hoặc --template để in mẫu)",
        en: "Needs --from FILE.toml (or --template for a template)")

    static let stillMissingBeforeSubmission = Localized(
        vi: "Còn thiếu trước khi gửi: ",
        en: "Still missing before submission: ")

    static let newDue = Localized(
        vi: "; hạn ",
        en: "; due ")

    static func version(_ version: some CustomStringConvertible) -> Localized {
        Localized(vi: "phiên bản \(version)",
                  en: "version \(version)")
    }

    // MARK: Steps.swift

    static func invalidGround(_ ground: some CustomStringConvertible) -> Localized {
        Localized(vi: "Căn cứ không hợp lệ: \(ground)",
                  en: "Invalid ground: \(ground)")
    }

    static func invalidStance(_ stance: some CustomStringConvertible) -> Localized {
        Localized(vi: "Ý kiến không hợp lệ: \(stance)",
                  en: "Invalid stance: \(stance)")
    }

    static let chooseExactlyOneYesNo = Localized(
        vi: "Chọn đúng một: --yes hoặc --no",
        en: "Choose exactly one: --yes or --no")

    static func invalidDecisionKind(_ kind: some CustomStringConvertible) -> Localized {
        Localized(vi: "Loại quyết định không hợp lệ: \(kind)",
                  en: "Invalid decision kind: \(kind)")
    }

    static func invalidDirective(_ kind: some CustomStringConvertible) -> Localized {
        Localized(vi: "Chỉ đạo không hợp lệ: \(kind)",
                  en: "Invalid directive: \(kind)")
    }

    static func invalidOutcome(_ outcome: some CustomStringConvertible) -> Localized {
        Localized(vi: "Kết quả không hợp lệ: \(outcome)",
                  en: "Invalid outcome: \(outcome)")
    }

    static func invalidFindingFormRightPolicy(_ text: some CustomStringConvertible) -> Localized {
        Localized(vi: "Nhận định không hợp lệ: \(text) (dạng right_policy=yes:lý do)",
                  en: "Invalid finding: \(text) (form right_policy=yes:reason)")
    }

    static func invalidMeasure(_ kind: some CustomStringConvertible) -> Localized {
        Localized(vi: "Biện pháp không hợp lệ: \(kind)",
                  en: "Invalid measure: \(kind)")
    }

    static func invalidChecklistEntry(_ text: some CustomStringConvertible) -> Localized {
        Localized(vi: "Mục rà soát không hợp lệ: \(text) (dạng c1_bottleneck=met:nhận xét)",
                  en: "Invalid checklist entry: \(text) (form c1_bottleneck=met:comment)")
    }

    static func invalidTargetResultFormYes(_ text: some CustomStringConvertible) -> Localized {
        Localized(vi: "Kết quả chỉ tiêu không hợp lệ: \(text) (dạng 1=yes:nội dung)",
                  en: "Invalid target result: \(text) (form 1=yes:text)")
    }

    /// The columns of `dexuat list`, in order (the first is the due mark).
    static let inboxColumns: [Localized] = [
        Localized(vi: " ", en: " "),
        Localized(vi: "Mã", en: "Id"),
        Localized(vi: "Trạng thái", en: "State"),
        Localized(vi: "Hạn", en: "Due"),
        Localized(vi: "Đơn vị", en: "Unit"),
        Localized(vi: "Người đề xuất", en: "Proposer"),
        Localized(vi: "Tên đề xuất", en: "Title"),
    ]
}
