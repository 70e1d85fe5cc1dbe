import Procedure

/// The sections of the consolidated report: its figures, tables and the oversight part.
extension PapersText {
    // MARK: ReportOversight.swift

    static let noFiguresBriefingsInspectionsDifficulty = Localized(
        vi: "Chưa có số liệu về hội nghị quán triệt, kiểm tra và báo cáo khó khăn, vướng mắc.",
        en: "No figures on briefings, inspections or difficulty reports.")

    static func disseminationPointOfficerTextAcknowledgements(_ n: some CustomStringConvertible, _ n2: some CustomStringConvertible, _ percent: some CustomStringConvertible, _ n3: some CustomStringConvertible, _ n4: some CustomStringConvertible, _ n5: some CustomStringConvertible, _ n6: some CustomStringConvertible, _ n7: some CustomStringConvertible, _ n8: some CustomStringConvertible, _ n9: some CustomStringConvertible, _ n10: some CustomStringConvertible) -> Localized {
        Localized(vi: "Phổ biến, quán triệt (điểm 1): \(n)/\(n2) lượt cán bộ đã xác nhận nắm nội dung văn bản (\(percent)%), \(n3) cán bộ còn thiếu; \(n4) hội nghị quán triệt trong kỳ. Hướng dẫn, kiểm tra (điểm 4): \(n5) cuộc kiểm tra trong kỳ, \(n6) cuộc còn kiến nghị chưa thực hiện xong, \(n7) kiến nghị quá hạn; \(n8) báo cáo khó khăn, vướng mắc trong kỳ, \(n9) báo cáo đang chờ trả lời, \(n10) báo cáo đã chuyển UBND phường quá hạn.",
                  en: "Dissemination (point 1): \(n) of \(n2) officer-text acknowledgements (\(percent)%), \(n3) officers still missing; \(n4) briefings in the period. Guidance and inspection (point 4): \(n5) inspections in the period, \(n6) with recommendations still open, \(n7) recommendations overdue; \(n8) difficulty reports in the period, \(n9) awaiting an answer, \(n10) escalations overdue.")
    }

    static let noCapitalised = Localized(
        vi: "Không",
        en: "No")

    static let yesCapitalised = Localized(
        vi: "Có",
        en: "Yes")

    static let coverageUnit = Localized(
        vi: "Tỷ lệ nắm nội dung văn bản theo đơn vị",
        en: "Coverage by unit")

    static let officers = Localized(
        vi: "Cán bộ",
        en: "Officers")

    static let acknowledgementsColumn = Localized(
        vi: "Lượt xác nhận",
        en: "Acknowledged")

    static let complete = Localized(
        vi: "Đã nắm đủ",
        en: "Complete")

    static let coverageText = Localized(
        vi: "Tỷ lệ nắm nội dung theo văn bản",
        en: "Coverage by text")

    static let acknowledged = Localized(
        vi: "Đã xác nhận",
        en: "Acknowledged")

    static let textColumn = Localized(
        vi: "Văn bản",
        en: "Text")

    static let missing = Localized(
        vi: "Còn thiếu",
        en: "Missing")

    static let share = Localized(
        vi: "Tỷ lệ",
        en: "Share")

    static let officersStillMissingTexts = Localized(
        vi: "Cán bộ chưa xác nhận đủ văn bản",
        en: "Officers still missing texts")

    static let officer = Localized(
        vi: "Cán bộ",
        en: "Officer")

    static let briefed = Localized(
        vi: "Đã dự quán triệt",
        en: "Briefed")

    static let textsMissing = Localized(
        vi: "Văn bản còn thiếu",
        en: "Texts missing")

    static let briefingsPeriod = Localized(
        vi: "Hội nghị quán triệt trong kỳ",
        en: "Briefings in the period")

    static let texts = Localized(
        vi: "Văn bản",
        en: "Texts")

    static let presenter = Localized(
        vi: "Người trình bày",
        en: "Presenter")

    static let attendees = Localized(
        vi: "Số người dự",
        en: "Attendees")

    static let inspectionsPeriodThoseStillOpen = Localized(
        vi: "Kiểm tra trong kỳ và các cuộc còn kiến nghị chưa xong",
        en: "Inspections in the period, and those still open")

    static let date = Localized(
        vi: "Ngày",
        en: "Date")

    static let recommendations = Localized(
        vi: "Kiến nghị",
        en: "Recommendations")

    static let scope = Localized(
        vi: "Nội dung kiểm tra",
        en: "Scope")

    static let overdueColumn = Localized(
        vi: "Quá hạn",
        en: "Overdue")

    static let open = Localized(
        vi: "Chưa xong",
        en: "Open")

    static let recommendationsNotYetDone = Localized(
        vi: "Kiến nghị sau kiểm tra chưa thực hiện xong",
        en: "Recommendations not yet done")

    static let inspection = Localized(
        vi: "Cuộc kiểm tra",
        en: "Inspection")

    static let dueColumn = Localized(
        vi: "Hạn",
        en: "Due")

    static let recommendation = Localized(
        vi: "Kiến nghị",
        en: "Recommendation")

    static let overdueDays = Localized(
        vi: "Quá hạn (ngày)",
        en: "Overdue (days)")

    static let difficultyReportsPeriodStatus = Localized(
        vi: "Báo cáo khó khăn, vướng mắc trong kỳ theo trạng thái",
        en: "Difficulty reports in the period by status")

    static let reports = Localized(
        vi: "Số báo cáo khó khăn, vướng mắc",
        en: "Reports")

    static let difficultyReportsAwaitingAnswer = Localized(
        vi: "Báo cáo khó khăn, vướng mắc đang chờ trả lời",
        en: "Difficulty reports awaiting an answer")

    static let category = Localized(
        vi: "Loại",
        en: "Category")

    static let id = Localized(
        vi: "Số",
        en: "Id")

    static let filed = Localized(
        vi: "Ngày gửi",
        en: "Filed")

    static let status = Localized(
        vi: "Trạng thái",
        en: "Status")

    static let contentColumn = Localized(
        vi: "Nội dung",
        en: "Text")

    static let committeeDue = Localized(
        vi: "Hạn UBND trả lời",
        en: "Committee due")

    static let overdueWord = Localized(
        vi: "quá hạn",
        en: "overdue")

    // MARK: ReportSections.swift

    static let thousandsSeparator = Localized(
        vi: ".",
        en: ",")

    static let summary = Localized(
        vi: "Số liệu chung",
        en: "Summary")

    static let value = Localized(
        vi: "Giá trị",
        en: "Value")

    static let figure = Localized(
        vi: "Chỉ tiêu",
        en: "Figure")

    static let proposalsPeriod = Localized(
        vi: "Đề xuất trong kỳ",
        en: "Proposals in the period")

    static let stepsDoneTime = Localized(
        vi: "Tỷ lệ các bước xử lý đúng hạn",
        en: "Steps done on time")

    static let proposalsBeingHandled = Localized(
        vi: "Đề xuất đang được xử lý",
        en: "Proposals being handled")

    static let overdueCases = Localized(
        vi: "Trường hợp quá hạn",
        en: "Overdue cases")

    static let resultsEvaluated = Localized(
        vi: "Đã đánh giá kết quả",
        en: "Results evaluated")

    static let encouragementMeasuresDecided = Localized(
        vi: "Biện pháp khuyến khích đã quyết định",
        en: "Encouragement measures decided")

    static let liabilityDecisionsProtection = Localized(
        vi: "Quyết định về trách nhiệm (bảo vệ)",
        en: "Liability decisions (protection)")

    static let iOverview = Localized(
        vi: "I. TÌNH HÌNH CHUNG",
        en: "I. OVERVIEW")

    static func consolidatedReportInnovationProposalsWritten(_ lowercasedFirst: some CustomStringConvertible, _ first: some CustomStringConvertible, _ last: some CustomStringConvertible, _ today: some CustomStringConvertible, _ label: some CustomStringConvertible) -> Localized {
        Localized(vi: "Báo cáo tổng hợp các đề xuất đổi mới, sáng tạo được lập trong \(lowercasedFirst) (từ ngày \(first) đến ngày \(last)), số liệu tính đến ngày \(today), thời hạn tính theo ngày làm việc theo Nghị định 73/2023/NĐ-CP và Công văn 432/UBND-VHXH.",
                  en: "Consolidated report on the innovation proposals written in \(label) (from \(first) to \(last)), figures as of \(today); limits in working days under Decree 73/2023 and letter 432/UBND-VHXH.")
    }

    static let stateColumn = Localized(
        vi: "Trạng thái",
        en: "State")

    static let byState = Localized(
        vi: "Theo trạng thái",
        en: "By state")

    static let proposingUnit = Localized(
        vi: "Theo đơn vị đề xuất",
        en: "By proposing unit")

    static let byField = Localized(
        vi: "Theo lĩnh vực",
        en: "By field")

    static let iiNumberProposals = Localized(
        vi: "II. SỐ LƯỢNG ĐỀ XUẤT",
        en: "II. NUMBER OF PROPOSALS")

    static let timeEachStepAgainstLimit = Localized(
        vi: "Thời gian xử lý từng bước so với thời hạn",
        en: "Time in each step against its limit")

    static let limitWorkingDays = Localized(
        vi: "Thời hạn (ngày làm việc)",
        en: "Limit (working days)")

    static let done = Localized(
        vi: "Đã xong",
        en: "Done")

    static let runningOverdue = Localized(
        vi: "Đang quá hạn",
        en: "Running overdue")

    static let doneLate = Localized(
        vi: "Xong quá hạn",
        en: "Done late")

    static let averageDays = Localized(
        vi: "Bình quân (ngày)",
        en: "Average (days)")

    static let runningTime = Localized(
        vi: "Đang trong hạn",
        en: "Running on time")

    static let longestDays = Localized(
        vi: "Dài nhất (ngày)",
        en: "Longest (days)")

    static let timeRateReviewingUnit = Localized(
        vi: "Tỷ lệ đúng hạn theo đơn vị xem xét",
        en: "On-time rate by reviewing unit")

    static let onTime = Localized(
        vi: "Đúng hạn",
        en: "On time")

    static let timeRate = Localized(
        vi: "Tỷ lệ đúng hạn",
        en: "On-time rate")

    static let late = Localized(
        vi: "Quá hạn",
        en: "Late")

    static let iiiTimeAgainstLegalLimits = Localized(
        vi: "III. THỜI GIAN XỬ LÝ SO VỚI THỜI HẠN",
        en: "III. TIME AGAINST THE LEGAL LIMITS")

    static let openProposalsHolder = Localized(
        vi: "Đề xuất đang chờ, theo người đang xử lý",
        en: "Open proposals by holder")

    static let whoHoldsWhichProposalHow = Localized(
        vi: "Ai đang giữ đề xuất nào, trong bao lâu",
        en: "Who holds which proposal, and for how long")

    static let since = Localized(
        vi: "Từ ngày",
        en: "Since")

    static let doLabel = Localized(
        vi: "Việc cần làm",
        en: "To do")

    static let workingDays = Localized(
        vi: "Số ngày làm việc",
        en: "Working days")

    static let ivProposalsBeingHandled = Localized(
        vi: "IV. HỒ SƠ ĐANG XỬ LÝ",
        en: "IV. PROPOSALS BEING HANDLED")

    static func heldLongest(_ n: some CustomStringConvertible, _ n2: some CustomStringConvertible) -> Localized {
        Localized(vi: "Liệt kê \(n) trong \(n2) đề xuất giữ lâu nhất.",
                  en: "The \(n) held longest of \(n2).")
    }

    /// §7.3: "Phiếu đánh giá của thành viên: 7; Đánh giá của tập thể: 3."
    static func evaluationFormCounts(_ members: Int, _ collective: Int) -> Localized {
        Localized(vi: "Phiếu đánh giá của thành viên: \(members); Đánh giá của tập thể: \(collective).",
                  en: "Members' evaluation forms: \(members); collective evaluations: \(collective).")
    }

    static let evaluationOutcomes = Localized(
        vi: "Kết quả đánh giá",
        en: "Evaluation outcomes")

    static let outcomeColumn = Localized(
        vi: "Kết quả",
        en: "Outcome")

    static let consequencesUnderDecree = Localized(
        vi: "Hướng xử lý trách nhiệm theo Nghị định số 73/2023/NĐ-CP",
        en: "Consequences under Decree 73")

    static let proposals = Localized(
        vi: "Số đề xuất",
        en: "Proposals")

    static let consequence = Localized(
        vi: "Hướng xử lý trách nhiệm",
        en: "Consequence")

    static let rewardsEncouragementProtectionDecided = Localized(
        vi: "Khen thưởng, khuyến khích và bảo vệ đã quyết định",
        en: "Rewards, encouragement and protection decided")

    static let decisions = Localized(
        vi: "Số quyết định",
        en: "Decisions")

    static let kind = Localized(
        vi: "Loại",
        en: "Kind")

    static let measure = Localized(
        vi: "Biện pháp",
        en: "Measure")

    static let protectionLiabilityArt = Localized(
        vi: "Bảo vệ, trách nhiệm (Điều 11)",
        en: "Protection, liability (art. 11)")

    static let encouragementArt = Localized(
        vi: "Khuyến khích (Điều 10)",
        en: "Encouragement (art. 10)")

    static let vOutcomesRewardsProtection = Localized(
        vi: "V. KẾT QUẢ, KHEN THƯỞNG VÀ BẢO VỆ",
        en: "V. OUTCOMES, REWARDS AND PROTECTION")

    static let viDisseminationGuidanceInspection = Localized(
        vi: "VI. PHỔ BIẾN, QUÁN TRIỆT; HƯỚNG DẪN, KIỂM TRA",
        en: "VI. DISSEMINATION; GUIDANCE AND INSPECTION")

    static let nextDue = Localized(
        vi: "Hạn bước tiếp",
        en: "Next due")

    static let viiProposalsState = Localized(
        vi: "VII. DANH SÁCH ĐỀ XUẤT THEO TRẠNG THÁI",
        en: "VII. PROPOSALS BY STATE")

    static let overdueCasesTheirReasons = Localized(
        vi: "Các trường hợp quá hạn và lý do",
        en: "Overdue cases and their reasons")

    static let reviewingUnit = Localized(
        vi: "Đơn vị xem xét",
        en: "Reviewing unit")

    static let step = Localized(
        vi: "Bước",
        en: "Step")

    static let lateWorkingDays = Localized(
        vi: "Quá hạn (ngày làm việc)",
        en: "Late (working days)")

    static let reasonsColumn = Localized(
        vi: "Lý do",
        en: "Reasons")

    static let holder = Localized(
        vi: "Người đang xử lý",
        en: "Holder")

    static let viiiOverdueCases = Localized(
        vi: "VIII. CÁC TRƯỜNG HỢP QUÁ HẠN",
        en: "VIII. OVERDUE CASES")

    static let noOverdueCase = Localized(
        vi: "Không có trường hợp quá hạn.",
        en: "No overdue case.")
}
