import Procedure

/// The words of the oversight forms: acknowledging a legal text, briefings, inspections and
/// their follow-up, difficulty reports and their answers.
extension DeskText {

    // MARK: Acknowledging a legal text
    static let acknowledgeSubmit = Localized(vi: "Xác nhận", en: "Confirm")
    static let acknowledgeConfirmed = Localized(vi: "Xác nhận", en: "Confirmed")
    static let acknowledgeNotConfirmed = Localized(vi: "Chưa xác nhận", en: "Not confirmed")
    static let acknowledgeTickIt = Localized(vi: "Đánh dấu (Space) để tự xác nhận đã đọc và nắm được nội dung", en: "Tick it (Space) to acknowledge yourself")

    // MARK: Briefing
    static let briefingTitle = Localized(vi: "Ghi hội nghị quán triệt", en: "Record a briefing")
    static let briefingUnit = Localized(vi: "Đơn vị tổ chức", en: "Unit")
    static let briefingDay = Localized(vi: "Ngày họp", en: "Date")
    static let briefingPresenter = Localized(vi: "Người trình bày", en: "Presenter")
    static let briefingTextsHeading = Localized(vi: "Văn bản được quán triệt (Space để chọn):", en: "Texts covered (Space to tick):")
    static let briefingAllAttended = Localized(vi: "Toàn thể cán bộ của đơn vị dự", en: "Every officer of the unit attended")
    static let briefingOtherAttendees = Localized(vi: "Người dự khác", en: "Other attendees")
    static let briefingAttendeesHelp = Localized(vi: "tên đăng nhập, cách nhau bằng dấu phẩy", en: "logins, separated by commas")
    static let briefingNotes = Localized(vi: "Ghi chú", en: "Notes")

    // MARK: Inspection and its follow-up
    static let inspectionTitle = Localized(vi: "Ghi biên bản kiểm tra", en: "Record an inspection")
    static let inspectionUnit = Localized(vi: "Đơn vị được kiểm tra", en: "Unit inspected")
    static let inspectionDay = Localized(vi: "Ngày kiểm tra", en: "Date")
    static let inspectionScope = Localized(vi: "Phạm vi kiểm tra", en: "Scope")
    static let inspectionFindings = Localized(vi: "Kết quả kiểm tra", en: "Findings")
    static let followUpRecommendation = Localized(vi: "Kiến nghị", en: "Recommendation")
    static let followUpStatus = Localized(vi: "Trạng thái", en: "Status")
    static let followUpNote = Localized(vi: "Nội dung theo dõi", en: "Follow-up note")

    // MARK: Difficulty reports: filing, answering, escalating
    static let difficultyTitle = Localized(vi: "Gửi báo cáo khó khăn, vướng mắc", en: "File a difficulty report")
    static let difficultyUnit = Localized(vi: "Đơn vị gửi", en: "Filing unit")
    static let difficultyCategory = Localized(vi: "Loại", en: "Category")
    static let difficultyText = Localized(vi: "Nội dung vướng mắc", en: "The difficulty")
    static let difficultyRoute = Localized(vi: "Báo cáo được chuyển tới Phòng Văn hóa – Xã hội.", en: "The report goes to the Culture-Society office.")
    static let difficultyAnswer = Localized(vi: "Nội dung trả lời", en: "The answer")
    static let escalationDue = Localized(vi: "Hạn UBND phường trả lời", en: "Answer due by")
    static let escalationNote = Localized(vi: "Ý kiến của phòng khi chuyển", en: "The office's note")

    // MARK: Built from other words

    /// A unit to choose: its id and name, the same in both languages (names are data).
    static func unitOption(_ id: String, _ name: String) -> Localized {
        let text = id + " — " + name
        return Localized(vi: text, en: text)
    }

    /// A note with nothing to say (a legal text without a summary).
    static let noText = Localized(vi: "", en: "")

    static func acknowledgeTitle(_ number: String) -> Localized {
        Localized(vi: "Xác nhận đã đọc — \(number)", en: "Acknowledge — \(number)")
    }

    static func inspectionRecommendation(_ n: Int) -> Localized {
        Localized(vi: "Kiến nghị \(n)", en: "Recommendation \(n)")
    }

    static func inspectionRecommendationDue(_ n: Int) -> Localized {
        Localized(vi: "Hạn thực hiện kiến nghị \(n)", en: "Due date of recommendation \(n)")
    }

    static func followUpTitle(_ id: String) -> Localized {
        Localized(vi: "Theo dõi kiến nghị — \(id)", en: "Follow up — \(id)")
    }

    /// A recommendation to choose in the follow-up form, with its due date.
    static func followUpOption(_ number: Int, due: Day) -> Localized {
        Localized(vi: "\(number) (hạn \(due.vietnamese))", en: "\(number) (due \(due.vietnamese))")
    }

    /// An open recommendation, its text as written (the same in both languages).
    static func followUpOpenRecommendation(_ number: Int, _ text: String) -> Localized {
        Localized(vi: "\(number). \(text)", en: "\(number). \(text)")
    }

    static func answerTitle(_ id: String) -> Localized {
        Localized(vi: "Trả lời vướng mắc — \(id)", en: "Answer — \(id)")
    }

    static func resolveTitle(_ id: String) -> Localized {
        Localized(vi: "UBND phường trả lời — \(id)", en: "People's Committee answers — \(id)")
    }

    static func escalateTitle(_ id: String) -> Localized {
        Localized(vi: "Chuyển UBND phường — \(id)", en: "Escalate to the People's Committee — \(id)")
    }
}
