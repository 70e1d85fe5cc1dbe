import Procedure

/// The public register (sổ công khai) and its checks.
extension PapersText {
    // MARK: RegisterCSV.swift

    static func headerLacks(_ id: Localized, _ lastEvent: Localized) -> Localized {
        Localized(vi: "dòng tiêu đề thiếu cột \"\(id.vi)\" hoặc \"\(lastEvent.vi)\"",
                  en: "the header lacks \"\(id.en)\" or \"\(lastEvent.en)\"")
    }

    // MARK: RegisterCheck.swift

    static let matches = Localized(
        vi: "khớp",
        en: "matches")

    static func validButProposalMovedSince(_ n: some CustomStringConvertible) -> Localized {
        Localized(vi: "đã có diễn biến mới sau bản in (\(n) sự kiện sau)",
                  en: "valid, but the proposal moved on since (\(n) later events)")
    }

    static func doesNotMatch(_ names: some CustomStringConvertible) -> Localized {
        Localized(vi: "KHÔNG khớp: \(names)",
                  en: "does NOT match: \(names)")
    }

    static let noSuchHash = Localized(
        vi: "mã không tồn tại",
        en: "no such hash")

    // MARK: RegisterEntry.swift

    static func yesNoVotingOpen(_ yes: some CustomStringConvertible, _ p: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(yes) tán thành, \(p) không tán thành (đang biểu quyết)",
                  en: "\(yes) yes, \(p) no (voting open)")
    }

    static let returnedCompletion = Localized(
        vi: "Trả lại bổ sung ngày ",
        en: "Returned for completion on ")

    static let outScope = Localized(
        vi: "Không thuộc phạm vi ngày ",
        en: "Out of scope on ")

    static let rightChannel = Localized(
        vi: "; kênh phù hợp: ",
        en: "; right channel: ")

    static let withdrawnProposer = Localized(
        vi: "Người đề xuất rút: ",
        en: "Withdrawn by the proposer: ")

    static let signed = Localized(
        vi: ", người ký: ",
        en: ", signed by: ")

    static let commaOnDate = Localized(
        vi: ", ngày ",
        en: ", on ")

    static let reasons = Localized(
        vi: ". Lý do: ",
        en: ". Reasons: ")

    static let statementResponsibility = Localized(
        vi: ". Cam kết chịu trách nhiệm: ",
        en: ". Statement of responsibility: ")

    static let numberPrefix = Localized(
        vi: "số ",
        en: "no. ")

    static let onDateJoiner = Localized(
        vi: " ngày ",
        en: " on ")

    static let commaNumberPrefix = Localized(
        vi: ", số ",
        en: ", no. ")

    static let ballotNotInFavour = Localized(
        vi: "không tán thành",
        en: "against")

    static let ballotInFavour = Localized(
        vi: "tán thành",
        en: "in favour")

    static let damagePrefix = Localized(
        vi: "Thiệt hại: ",
        en: "Damage: ")

    static func estimate(_ amount: Int64) -> Localized {
        Localized(
            vi: " (ước tính \(MoneyAmount.format(amount)))",
            en: " (estimated at \(MoneyAmount.grouped(String(amount))) dong)")
    }

    static let noDamage = Localized(
        vi: "Không gây thiệt hại",
        en: "No damage")

    static let answerNo = Localized(
        vi: "không",
        en: "no")

    static let answerYes = Localized(
        vi: "có",
        en: "yes")

    static let corruptionProfiteeringAbuseFound = Localized(
        vi: "Phát hiện dấu hiệu tham nhũng, tiêu cực, trục lợi",
        en: "Corruption, profiteering or abuse found")

    static let objectiveCauses = Localized(
        vi: "Nguyên nhân khách quan: ",
        en: "Objective causes: ")

    static let subjectiveCauses = Localized(
        vi: "Nguyên nhân chủ quan: ",
        en: "Subjective causes: ")

    // MARK: RegisterField.swift

    static let proposal = Localized(
        vi: "Mã đề xuất",
        en: "Proposal")

    static let title = Localized(
        vi: "Tên đề xuất",
        en: "Title")

    static let unit = Localized(
        vi: "Đơn vị",
        en: "Unit")

    static let proposer = Localized(
        vi: "Người đề xuất",
        en: "Proposer")

    static let field = Localized(
        vi: "Lĩnh vực",
        en: "Field")

    static let state = Localized(
        vi: "Trạng thái",
        en: "State")

    static let submitted = Localized(
        vi: "Ngày gửi",
        en: "Submitted on")

    static let receipt = Localized(
        vi: "Tiếp nhận",
        en: "Receipt")

    static let partyOpinion = Localized(
        vi: "Ý kiến cấp ủy",
        en: "Party opinion")

    static let vote = Localized(
        vi: "Kết quả biểu quyết",
        en: "Vote")

    static let decisionsReasons = Localized(
        vi: "Quyết định và lý do",
        en: "Decisions and reasons")

    static let resourced = Localized(
        vi: "Ngày bảo đảm điều kiện",
        en: "Resourced on")

    static let resultReported = Localized(
        vi: "Ngày báo cáo kết quả",
        en: "Result reported on")

    static let evaluated = Localized(
        vi: "Ngày đánh giá",
        en: "Evaluated on")

    static let registerFieldOutcome = Localized(
        vi: "Kết quả đánh giá",
        en: "Outcome")

    static let conclusion = Localized(
        vi: "Thông báo kết luận",
        en: "Conclusion")

    static let measures = Localized(
        vi: "Khen thưởng, trách nhiệm",
        en: "Measures")

    static let closed = Localized(
        vi: "Ngày kết thúc",
        en: "Closed on")

    static let ballotComments = Localized(
        vi: "Ý kiến kèm phiếu biểu quyết",
        en: "Ballot comments")

    static let privateNotes = Localized(
        vi: "Ghi chú nội bộ",
        en: "Private notes")

    static let damageLiabilityDetails = Localized(
        vi: "Chi tiết thiệt hại, trách nhiệm",
        en: "Damage and liability details")

    static let lastEventHash = Localized(
        vi: "Mã băm sự kiện cuối",
        en: "Last event hash")

    // MARK: RegisterHTML.swift

    static let publicRegisterInnovationProposals = Localized(
        vi: "Sổ công khai đề xuất đổi mới, sáng tạo",
        en: "Public register of innovation proposals")

    static let underOfficialLetterUbndVhxh = Localized(
        vi: "Theo Công văn 432/UBND-VHXH và Nghị định 73/2023/NĐ-CP",
        en: "Under Official Letter 432/UBND-VHXH and Decree 73/2023/ND-CP")

    static func printed(_ printedOn: some CustomStringConvertible) -> Localized {
        Localized(vi: ". In ngày \(printedOn).",
                  en: ". Printed on \(printedOn).")
    }

    static let noProposalPeriod = Localized(
        vi: "Không có đề xuất nào trong kỳ.",
        en: "No proposal in the period.")

    static let eachProposalCarriesHashLast = Localized(
        vi: "Mỗi đề xuất ghi mã băm sự kiện cuối trong chuỗi sự kiện của cơ sở dữ liệu; đối chiếu bản in bằng lệnh: dexuat verify --register TỆP.",
        en: "Each proposal carries the hash of its last event in the database's event chain; check a copy with: dexuat verify --register FILE.")

    static let notPublishedUnderSettings = Localized(
        vi: " Không công khai theo cài đặt: ",
        en: " Not published under the settings: ")

    static let notPublicRegisterPrintedDexuat = Localized(
        vi: "không phải sổ công khai do dexuat in",
        en: "not a public register printed by dexuat")

    // MARK: RegisterPeriod.swift

    static func fromTo(_ first: some CustomStringConvertible, _ last: some CustomStringConvertible) -> Localized {
        Localized(vi: "Từ ngày \(first) đến ngày \(last)",
                  en: "From \(first) to \(last)")
    }
}
