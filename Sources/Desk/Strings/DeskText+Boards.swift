import Procedure

/// The strings of the full-screen boards: the dashboard (T), texts and briefings (V),
/// inspections and difficulties (K).
extension DeskText {
    // MARK: Shared by the boards
    static let sectionNext = Localized(vi: "Mục kế tiếp", en: "Next section")
    static let sectionPrevious = Localized(vi: "Mục trước", en: "Previous section")
    static let hintSection = Localized(vi: "mục", en: "section")
    static let readOnly = Localized(vi: "chỉ xem", en: "read-only")
    static let allUnits = Localized(vi: "Mọi đơn vị", en: "All units")
    static func ownUnit(_ unit: String) -> Localized { Localized(vi: "Đơn vị \(unit)", en: "Unit \(unit)") }
    static let nothingSelected = Localized(vi: "Chưa chọn hồ sơ nào.", en: "Nothing selected.")
    static let noRecordsYet = Localized(vi: "Chưa có hồ sơ nào.", en: "No records yet.")
    static let noneDash = Localized(vi: "—", en: "—")
    static let scrollDetail = Localized(vi: "Cuộn phần chi tiết", en: "Scroll the detail")
    static func showSection(_ section: Localized) -> Localized {
        Localized(vi: "Mục \(section.vi)", en: "The \(section.en) section")
    }

    // MARK: Dashboard (T)
    static let dashboardTitle = Localized(vi: "Tổng hợp", en: "Dashboard")
    static let dashboardDescription = Localized(vi: "Bảng tổng hợp (số liệu theo kỳ, thời hạn, quá hạn)",
                                                en: "The dashboard (figures by period, limits, overdue)")
    static let hintDashboard = Localized(vi: "Tổng hợp", en: "Dashboard")
    static let periodPrevious = Localized(vi: "Kỳ trước", en: "The previous period")
    static let periodNext = Localized(vi: "Kỳ sau", en: "The next period")
    static let hintPeriodPrevious = Localized(vi: "kỳ trước", en: "previous")
    static let hintPeriodNext = Localized(vi: "kỳ sau", en: "next")
    static let periodMonth = Localized(vi: "Kỳ theo tháng", en: "Periods by month")
    static let periodQuarter = Localized(vi: "Kỳ theo quý", en: "Periods by quarter")
    static let periodHalf = Localized(vi: "Kỳ theo 6 tháng", en: "Periods by half-year")
    static let periodYear = Localized(vi: "Kỳ theo năm", en: "Periods by year")
    static let periodNow = Localized(vi: "Về kỳ hiện tại", en: "Back to the current period")
    static let hintPeriodNow = Localized(vi: "kỳ này", en: "now")
    static let periodCycle = Localized(vi: "Đổi loại kỳ: tháng, quý, 6 tháng, năm (:period 2026-Q3 chọn kỳ)",
                                       en: "Change the period kind: month, quarter, half, year (:period 2026-Q3 picks one)")
    static let hintPeriodCycle = Localized(vi: "loại kỳ", en: "kind")
    static let nothingToScroll = Localized(vi: "Không còn gì để cuộn", en: "Nothing more to scroll")

    static func dashboardHeader(_ first: Day, _ last: Day, asOf today: Day) -> Localized {
        Localized(vi: "Đề xuất lập từ \(first.vietnamese) đến \(last.vietnamese) · số liệu đến \(today.vietnamese)",
                  en: "Proposals written \(first.vietnamese) – \(last.vietnamese) · figures as of \(today.vietnamese)")
    }
    static let overviewProposals = Localized(vi: "Đề xuất trong kỳ ", en: "Proposals ")
    static let overviewHeld = Localized(vi: " · đang xử lý ", en: " · being handled ")
    static let overviewOverdue = Localized(vi: " · quá hạn ", en: " · overdue ")
    static let overviewOnTime = Localized(vi: " · đúng hạn ", en: " · on time ")
    static let overviewRewards = Localized(vi: " · khen thưởng ", en: " · rewards ")
    static let overviewProtections = Localized(vi: " · bảo vệ ", en: " · protections ")
    static let byState = Localized(vi: "Theo trạng thái", en: "By state")
    static let byProposingUnit = Localized(vi: "Theo đơn vị đề xuất", en: "By proposing unit")
    static let byField = Localized(vi: "Theo lĩnh vực", en: "By field")
    static let stepTimes = Localized(vi: "Thời gian từng bước so với thời hạn (ngày làm việc)",
                                     en: "Time in each step against its limit (working days)")
    static func stepDetail(limit: Int, done: Int, late: Int, overdue: Int, onTrack: Int, average: Double?, longest: Int) -> Localized {
        let vi = average.map { String(format: "%.1f", $0).replacingOccurrences(of: ".", with: ",") } ?? "—"
        let en = average.map { String(format: "%.1f", $0) } ?? "—"
        return Localized(vi: "hạn \(limit) · xong \(done) (trễ \(late)) · đang quá hạn \(overdue) · trong hạn \(onTrack) · BQ \(vi) · dài nhất \(longest)",
                         en: "limit \(limit) · done \(done) (late \(late)) · running overdue \(overdue) · on track \(onTrack) · avg \(en) · longest \(longest)")
    }
    static let onTimeByUnit = Localized(vi: "Tỷ lệ đúng hạn theo đơn vị xem xét", en: "On-time rate by reviewing unit")
    static func onTimeOf(_ onTime: Int, _ judged: Int) -> Localized {
        Localized(vi: "đúng hạn \(onTime) / \(judged)", en: "on time \(onTime) / \(judged)")
    }
    static let whoHolds = Localized(vi: "Ai đang giữ đề xuất nào, bao lâu", en: "Who holds which proposal, and for how long")
    static func heldFor(_ days: Int) -> Localized {
        Localized(vi: ", \(days) ngày làm việc", en: ", \(days) working day(s)")
    }
    static let overdueMark = Localized(vi: " QUÁ HẠN", en: " OVERDUE")
    static func moreHeld(_ count: Int) -> Localized {
        Localized(vi: "… \(count) đề xuất khác (xem báo cáo)", en: "… \(count) more (see the report)")
    }
    static let outcomesHeading = Localized(vi: "Kết quả, khen thưởng và bảo vệ", en: "Outcomes, rewards and protection")
    static let pointsOneAndFour = Localized(vi: "Phổ biến, quán triệt; kiểm tra; khó khăn, vướng mắc (điểm 1 và 4)",
                                            en: "Dissemination; inspections; difficulty reports (points 1 and 4)")
    static let overdueHeading = Localized(vi: "Quá hạn và lý do", en: "Overdue, and why")
    static func overdueCase(due: Day, late: Int) -> Localized {
        Localized(vi: ", hạn \(due.vietnamese), trễ \(late) ngày làm việc", en: ", due \(due.vietnamese), \(late) working day(s) late")
    }
    static let none = Localized(vi: "Không có", en: "None")
    static func moreOverdue(_ count: Int) -> Localized {
        Localized(vi: "… \(count) trường hợp khác (xem báo cáo)", en: "… \(count) more (see the report)")
    }
    static let noFigures = Localized(vi: "Chưa có số liệu", en: "No figures")
    static let textsAcknowledged = Localized(vi: "Nắm nội dung văn bản ", en: "Texts acknowledged ")
    static func acknowledgedMissing(_ acknowledged: Int, _ expected: Int) -> Localized {
        Localized(vi: " (\(acknowledged)/\(expected)) · còn thiếu ", en: " (\(acknowledged)/\(expected)) · missing ")
    }
    static let officersBriefings = Localized(vi: " cán bộ · hội nghị quán triệt trong kỳ ", en: " officers · briefings in the period ")
    static let inspectionsInPeriod = Localized(vi: "Kiểm tra trong kỳ ", en: "Inspections in the period ")
    static let withOpenRecommendations = Localized(vi: " · còn kiến nghị chưa xong ", en: " · with open recommendations ")
    static let recommendationsOverdue = Localized(vi: " · kiến nghị quá hạn ", en: " · recommendations overdue ")
    static func recommendationLate(_ unit: String, _ due: Day, _ days: Int) -> Localized {
        Localized(vi: " — \(unit), hạn \(due.vietnamese), quá \(days) ngày", en: " — \(unit), due \(due.vietnamese), \(days) day(s) late")
    }
    static let difficultiesInPeriod = Localized(vi: "Báo cáo khó khăn, vướng mắc trong kỳ ", en: "Difficulty reports in the period ")
    static let awaitingAnswer = Localized(vi: " · đang chờ trả lời ", en: " · awaiting an answer ")
    static let escalationsOverdue = Localized(vi: " · chuyển UBND quá hạn ", en: " · escalations overdue ")

    // MARK: Texts and briefings (V)
    static let disseminationTitle = Localized(vi: "Văn bản, quán triệt", en: "Texts and briefings")
    static let disseminationDescription = Localized(vi: "Bảng văn bản, quán triệt: thư viện, xác nhận đã đọc, tỷ lệ quán triệt, hội nghị",
                                                    en: "Texts and briefings board: library, I have read it, coverage, briefings")
    static let hintDissemination = Localized(vi: "Văn bản", en: "Texts")
    static let libraryTitle = Localized(vi: "Thư viện", en: "Library")
    static let coverageTitle = Localized(vi: "Tỷ lệ quán triệt", en: "Coverage")
    static let briefingsTitle = Localized(vi: "Hội nghị", en: "Briefings")
    static let acknowledgeHelp = Localized(vi: "Xác nhận đã đọc và nắm được nội dung văn bản đang chọn",
                                           en: "Acknowledge that I have read and understood the selected text")
    static let hintAcknowledge = Localized(vi: "đã đọc", en: "I have read it")
    static let briefingHelp = Localized(vi: "Ghi hội nghị quán triệt", en: "Record a briefing session")
    static let hintBriefing = Localized(vi: "ghi hội nghị", en: "record a briefing")
    static let noTextSelected = Localized(vi: "Chưa chọn văn bản", en: "No text selected")
    static let onlyInLibrary = Localized(vi: "Chỉ dùng trong mục Thư viện (1)", en: "Only in the Library section (1)")
    static func alreadyAcknowledged(_ day: Day) -> Localized {
        Localized(vi: "Đã xác nhận đọc văn bản này ngày \(day.vietnamese)", en: "Already acknowledged on \(day.vietnamese)")
    }
    static let legalLibrary = Localized(vi: "Thư viện văn bản", en: "Legal library")
    static let columnNumber = Localized(vi: "Số, ký hiệu", en: "Number")
    static let columnDate = Localized(vi: "Ngày", en: "Date")
    static let columnTitle = Localized(vi: "Trích yếu", en: "Title")
    static let issued = Localized(vi: "Ngày ban hành: ", en: "Issued: ")
    static func youAcknowledged(_ statement: String, _ day: Day) -> Localized {
        Localized(vi: "Đã xác nhận: \"\(statement)\" ngày \(day.vietnamese)", en: "You acknowledged it on \(day.vietnamese)")
    }
    static let notYetAcknowledged = Localized(vi: "Chưa xác nhận đã đọc văn bản bắt buộc này (phím x).",
                                              en: "This required text is not acknowledged yet (key x).")
    static func acknowledgedBy(_ count: Int, _ officers: Int, _ percent: Int) -> Localized {
        Localized(vi: "Đã xác nhận: \(count)/\(officers) cán bộ (\(percent)%)", en: "Acknowledged: \(count)/\(officers) officers (\(percent)%)")
    }
    static let summaryTitle = Localized(vi: "Nội dung tóm tắt", en: "Summary")
    static let overall = Localized(vi: "Tỷ lệ chung: ", en: "Overall: ")
    static let coverageRule = Localized(vi: "Tính trên các văn bản bắt buộc; cán bộ được tính khi tự xác nhận đã đọc.",
                                        en: "Over the required texts; an officer counts once he has acknowledged a text himself.")
    static let byUnit = Localized(vi: "Theo đơn vị", en: "By unit")
    static let unitComplete = Localized(vi: "cán bộ đủ", en: "complete")
    static let byText = Localized(vi: "Theo văn bản", en: "By text")
    static func briefed(_ count: Int) -> Localized { Localized(vi: "\(count) đã dự hội nghị", en: "\(count) briefed") }
    static func stillMissing(_ count: Int) -> Localized {
        Localized(vi: "Còn thiếu (\(count) cán bộ)", en: "Still missing (\(count) officers)")
    }
    static let noOneMissing = Localized(vi: "Không còn ai.", en: "No one.")
    static let briefedMark = Localized(vi: " (đã dự hội nghị)", en: " (briefed)")
    static let noBriefings = Localized(vi: "Chưa có hội nghị quán triệt nào.", en: "No briefings yet.")
    static let attended = Localized(vi: "người dự", en: "attended")
    static let presenter = Localized(vi: "Trình bày: ", en: "Presenter: ")
    static let texts = Localized(vi: "Văn bản: ", en: "Texts: ")
    static let briefingSessions = Localized(vi: "Hội nghị quán triệt", en: "Briefing sessions")

    // MARK: Inspections and difficulties (K)
    static let oversightTitle = Localized(vi: "Kiểm tra, vướng mắc", en: "Inspections and difficulties")
    static let oversightDescription = Localized(vi: "Bảng kiểm tra, vướng mắc: biên bản kiểm tra, kiến nghị, báo cáo vướng mắc",
                                                en: "Inspections and difficulties board: inspections, recommendations, difficulty reports")
    static let hintOversight = Localized(vi: "Kiểm tra", en: "Inspections")
    static let inspectionsTitle = Localized(vi: "Kiểm tra", en: "Inspections")
    static let difficultiesTitle = Localized(vi: "Khó khăn, vướng mắc", en: "Difficulties")
    static let detail = Localized(vi: "Chi tiết", en: "Detail")
    static let noInspectionSelected = Localized(vi: "Chưa chọn biên bản kiểm tra", en: "No inspection selected")
    static let noDifficultySelected = Localized(vi: "Chưa chọn báo cáo vướng mắc", en: "No difficulty report selected")
    static func openRecommendations(_ open: Int, _ all: Int) -> Localized {
        Localized(vi: "\(open)/\(all) kiến nghị chưa xong", en: "\(open)/\(all) open")
    }
    static func overdueCount(_ count: Int) -> Localized { Localized(vi: ", \(count) quá hạn", en: ", \(count) overdue") }
    static let dueComma = Localized(vi: ", hạn ", en: ", due ")
    static func shortLabel(_ status: DifficultyStatus) -> Localized {
        switch status {
        case .filed: Localized(vi: "Chờ Phòng VH-XH", en: "With the office")
        case .answered: Localized(vi: "VH-XH đã trả lời", en: "Office answered")
        case .escalated: Localized(vi: "Đã chuyển UBND", en: "Escalated")
        case .resolved: Localized(vi: "UBND đã trả lời", en: "Committee answered")
        }
    }
    static let recordedBy = Localized(vi: "Người ghi: ", en: "Recorded by: ")
    static let scope = Localized(vi: "Phạm vi: ", en: "Scope: ")
    static let findings = Localized(vi: "Kết quả: ", en: "Findings: ")
    static func recommendation(_ number: Int) -> Localized {
        Localized(vi: "Kiến nghị \(number): ", en: "Recommendation \(number): ")
    }
    static let due = Localized(vi: "Hạn ", en: "Due ")
    static func overdueBy(_ days: Int) -> Localized {
        Localized(vi: "  ! QUÁ HẠN \(days) ngày", en: "  ! OVERDUE by \(days) days")
    }
    static let category = Localized(vi: "Loại: ", en: "Category: ")
    static let filedBy = Localized(vi: "Người gửi: ", en: "Filed by: ")
    static let status = Localized(vi: "Trạng thái: ", en: "Status: ")
    static let overdueBang = Localized(vi: " ! QUÁ HẠN", en: " ! OVERDUE")
    static func officeAnswered(_ day: Day, _ name: String) -> Localized {
        Localized(vi: "Phòng VH-XH trả lời \(day.vietnamese) (\(name)):", en: "The office answered \(day.vietnamese) (\(name)):")
    }
    static func escalatedOn(_ day: Day, due: Day) -> Localized {
        Localized(vi: "Chuyển UBND phường \(day.vietnamese), hạn trả lời \(due.vietnamese):", en: "Escalated \(day.vietnamese), answer due \(due.vietnamese):")
    }
    static func committeeAnswered(_ day: Day, _ name: String) -> Localized {
        Localized(vi: "UBND phường trả lời \(day.vietnamese) (\(name)):", en: "The People's Committee answered \(day.vietnamese) (\(name)):")
    }
    static let hintInspection = Localized(vi: "ghi biên bản", en: "record")
    static let hintFollowUp = Localized(vi: "theo dõi", en: "follow up")
    static let hintFileDifficulty = Localized(vi: "gửi vướng mắc", en: "file")
    static let hintAnswer = Localized(vi: "trả lời", en: "answer")
    static let hintEscalate = Localized(vi: "chuyển UBND", en: "escalate")
    static let hintResolve = Localized(vi: "UBND trả lời", en: "resolve")

    // MARK: Recording a board's form
    static let acknowledgementRecorded = Localized(vi: "Đã ghi nhận: \(AcknowledgementStatement.text.vi)",
                                                   en: "Recorded: \(AcknowledgementStatement.text.en)")
    static let briefingRecorded = Localized(vi: "Đã ghi hội nghị quán triệt", en: "Briefing recorded")
    static let inspectionRecorded = Localized(vi: "Đã ghi biên bản kiểm tra", en: "Inspection recorded")
    static let followUpRecorded = Localized(vi: "Đã ghi theo dõi kiến nghị", en: "Follow-up recorded")
    static let difficultyFiled = Localized(vi: "Đã gửi báo cáo vướng mắc tới Phòng Văn hóa – Xã hội",
                                           en: "Difficulty filed with the Culture-Society office")
    static func difficultyAnswered(_ id: String) -> Localized { Localized(vi: "Đã trả lời \(id)", en: "\(id) answered") }
    static func difficultyEscalated(_ id: String) -> Localized {
        Localized(vi: "Đã chuyển \(id) lên UBND phường", en: "\(id) escalated to the People's Committee")
    }
    static func difficultyResolved(_ id: String) -> Localized {
        Localized(vi: "UBND phường đã trả lời \(id)", en: "The People's Committee answered \(id)")
    }
}

extension DeskText {
    /// A refusal of the oversight rules, in both languages.
    static func refusal(_ refusal: OversightRefusal) -> Localized {
        Localized(vi: refusal.message(.vi), en: refusal.message(.en))
    }
}
