import Procedure

/// Briefings, inspections, difficulty reports, coverage, the public register and reports.
extension CLIText {
    // MARK: BriefingCommand.swift

    static let date = Localized(
        vi: "Ngày họp",
        en: "Date")

    static func briefingRecordedAttendeesTexts(_ bId: some CustomStringConvertible, _ attendeeCount: some CustomStringConvertible, _ textIDCount: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã ghi hội nghị quán triệt \(bId): \(attendeeCount) người dự, \(textIDCount) văn bản.",
                  en: "Briefing \(bId) recorded: \(attendeeCount) attendees, \(textIDCount) texts.")
    }

    static let noBriefingsYet = Localized(
        vi: "Chưa có hội nghị quán triệt nào.",
        en: "No briefings yet.")

    static let attended = Localized(
        vi: "người dự",
        en: "attended")

    static let presenter = Localized(
        vi: "Trình bày",
        en: "Presenter")

    // MARK: CoverageCommand.swift

    static let overallCoverage = Localized(
        vi: "Tỷ lệ quán triệt chung: ",
        en: "Overall coverage: ")

    static let unit = Localized(
        vi: "Theo đơn vị\n",
        en: "By unit\n")

    static let complete = Localized(
        vi: "cán bộ đủ",
        en: "complete")

    static let text = Localized(
        vi: "\nTheo văn bản\n",
        en: "\nBy text\n")

    static let coverageBriefed = Localized(
        vi: "đã dự hội nghị",
        en: "briefed")

    static let acknowledged = Localized(
        vi: "đã xác nhận",
        en: "acknowledged")

    static func stillMissingOfficers(_ missingCount: some CustomStringConvertible) -> Localized {
        Localized(vi: "\nCòn thiếu (\(missingCount) cán bộ)\n",
                  en: "\nStill missing (\(missingCount) officers)\n")
    }

    static let briefed = Localized(
        vi: " [đã dự hội nghị]",
        en: " [briefed]")

    // MARK: DifficultyCommand.swift

    static func invalidCategoryLegalFundingStaffing(_ category: some CustomStringConvertible) -> Localized {
        Localized(vi: "Loại vướng mắc không hợp lệ: \(category) (legal, funding, staffing, equipment, procedure, other)",
                  en: "Invalid category: \(category) (legal, funding, staffing, equipment, procedure, other)")
    }

    static func difficultyReportFiled(_ rId: some CustomStringConvertible, _ routedTo: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã gửi báo cáo vướng mắc \(rId) tới \(routedTo).",
                  en: "Difficulty report \(rId) filed with \(routedTo).")
    }

    static func invalidStatus(_ value: some CustomStringConvertible) -> Localized {
        Localized(vi: "Trạng thái không hợp lệ: \(value)",
                  en: "Invalid status: \(value)")
    }

    static let noDifficultyReports = Localized(
        vi: "Không có báo cáo vướng mắc nào.",
        en: "No difficulty reports.")

    static let difficultyDue = Localized(
        vi: " hạn ",
        en: " due ")

    static let difficultyPeopleSCommitteeSAnswer = Localized(
        vi: "(! quá hạn UBND phường trả lời)",
        en: "(! the People's Committee's answer is overdue)")

    static let filed = Localized(
        vi: "  Người gửi: ",
        en: "  Filed by: ")

    static let category = Localized(
        vi: "Loại: ",
        en: "Category: ")

    static let overdueMark = Localized(
        vi: " — QUÁ HẠN",
        en: " — OVERDUE")

    static let status = Localized(
        vi: "Trạng thái: ",
        en: "Status: ")

    static let officeSAnswer = Localized(
        vi: "Phòng VH-XH trả lời",
        en: "Office's answer")

    static let dueWord = Localized(
        vi: "hạn",
        en: "due")

    static let escalated = Localized(
        vi: "Chuyển UBND phường",
        en: "Escalated")

    static let peopleSCommitteeSAnswer = Localized(
        vi: "UBND phường trả lời",
        en: "People's Committee's answer")

    static func difficultyReportAnswered(_ id: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã trả lời báo cáo vướng mắc \(id).",
                  en: "Difficulty report \(id) answered.")
    }

    static let dueDate = Localized(
        vi: "Hạn trả lời",
        en: "Due date")

    static func escalatedPeopleSCommitteeDue(_ id: some CustomStringConvertible, _ day: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã chuyển \(id) lên UBND phường, hạn \(day).",
                  en: "\(id) escalated to the People's Committee, due \(day).")
    }

    static func peopleSCommitteeAnswered(_ id: some CustomStringConvertible) -> Localized {
        Localized(vi: "UBND phường đã trả lời báo cáo \(id).",
                  en: "The People's Committee answered \(id).")
    }

    // MARK: InspectionCommand.swift

    static let inspectionDate = Localized(
        vi: "Ngày kiểm tra",
        en: "Date")

    static func recommendationNoDueDateUse(_ index: some CustomStringConvertible) -> Localized {
        Localized(vi: "Kiến nghị \(index): thiếu hạn; dùng \"NỘI DUNG|ngày/tháng/năm\"",
                  en: "Recommendation \(index): no due date; use \"TEXT|YYYY-MM-DD\"")
    }

    static func dueDateRecommendation(_ index: some CustomStringConvertible) -> Localized {
        Localized(vi: "Hạn kiến nghị \(index)",
                  en: "Due date of recommendation \(index)")
    }

    static func inspectionRecordedRecommendations(_ iId: some CustomStringConvertible, _ unitID: some CustomStringConvertible, _ recommendationCount: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã ghi cuộc kiểm tra \(iId) tại \(unitID): \(recommendationCount) kiến nghị.",
                  en: "Inspection \(iId) of \(unitID) recorded: \(recommendationCount) recommendations.")
    }

    static let noInspections = Localized(
        vi: "Không có cuộc kiểm tra nào.",
        en: "No inspections.")

    static func recommendationsOpenOverdue(_ recommendationCount: some CustomStringConvertible, _ openCount: some CustomStringConvertible, _ overdue: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(recommendationCount) kiến nghị, \(openCount) chưa xong, \(overdue) quá hạn",
                  en: "\(recommendationCount) recommendations, \(openCount) open, \(overdue) overdue")
    }

    static let recommendationOverdue = Localized(
        vi: "(! có kiến nghị quá hạn)",
        en: "(! a recommendation is overdue)")

    static let inspectionRecorded = Localized(
        vi: "Người ghi: ",
        en: "Recorded by: ")

    static let scope = Localized(
        vi: "Phạm vi: ",
        en: "Scope: ")

    static let findings = Localized(
        vi: "Kết quả: ",
        en: "Findings: ")

    static let recommendation = Localized(
        vi: "Kiến nghị",
        en: "Recommendation")

    static let inspectionDue = Localized(
        vi: "Hạn",
        en: "Due")

    static func invalidStatusOpenProgressDone(_ status: some CustomStringConvertible) -> Localized {
        Localized(vi: "Trạng thái không hợp lệ: \(status) (open, in_progress, done)",
                  en: "Invalid status: \(status) (open, in_progress, done)")
    }

    static func followUpRecommendationRecorded(_ number: some CustomStringConvertible, _ id: some CustomStringConvertible, _ status: Localized) -> Localized {
        Localized(vi: "Đã ghi theo dõi kiến nghị \(number) của \(id): \(status.vi).",
                  en: "Follow-up of recommendation \(number) of \(id) recorded: \(status.en).")
    }

    // MARK: RegisterCommand.swift

    static func formatHtmlCsvNot(_ format: some CustomStringConvertible) -> Localized {
        Localized(vi: "--format: html hoặc csv, không phải \(format)",
                  en: "--format: html or csv, not \(format)")
    }

    static func invalidPeriod(_ period: some CustomStringConvertible) -> Localized {
        Localized(vi: "--period không hợp lệ: \(period) (ví dụ 2026, 2026-H1, 2026-Q3, 2026-07)",
                  en: "Invalid --period: \(period) (e.g. 2026, 2026-H1, 2026-Q3, 2026-07)")
    }

    static func wrotePublicRegisterProposals(_ entrieCount: some CustomStringConvertible, _ output: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã ghi sổ công khai (\(entrieCount) đề xuất) vào \(output)",
                  en: "Wrote the public register (\(entrieCount) proposals) to \(output)")
    }

    // MARK: ReportCommand.swift

    static func formatNoFormatChooseMd(_ format: some CustomStringConvertible) -> Localized {
        Localized(vi: "--format: không có định dạng \"\(format)\"; chọn md, html hoặc csv",
                  en: "--format: no format \"\(format)\"; choose md, html or csv")
    }

    static let wroteReport = Localized(
        vi: "Đã ghi báo cáo ",
        en: "Wrote the report ")

    // MARK: VerifyRegister.swift

    static func verifyRegisterText(_ path: some CustomStringConvertible, _ message: some CustomStringConvertible, _ message2: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(path): \(message)",
                  en: "\(path): \(message2)")
    }

    static func verifyRegisterLine(_ location: some CustomStringConvertible) -> Localized {
        Localized(vi: "dòng \(location)",
                  en: "line \(location)")
    }

    static func linesMatchMovedDoNot(_ resultCount: some CustomStringConvertible, _ matches: some CustomStringConvertible, _ movedOn: some CustomStringConvertible, _ mismatch: some CustomStringConvertible, _ unknown: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(resultCount) dòng: \(matches) khớp, \(movedOn) đã có diễn biến mới, \(mismatch) KHÔNG khớp, \(unknown) mã không tồn tại",
                  en: "\(resultCount) lines: \(matches) match, \(movedOn) moved on, \(mismatch) do NOT match, \(unknown) unknown hash")
    }
}
