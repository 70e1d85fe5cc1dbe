import Procedure

/// Units, officers, settings, the library, the calendar and the version.
extension CLIText {
    // MARK: CalendarCommand.swift

    static let reasonRequiredWhenAddingDay = Localized(
        vi: "Cần --reason khi thêm ngày nghỉ hoặc ngày làm bù",
        en: "--reason is required when adding a day")

    static func daysOffBesidesWeekends(_ y: some CustomStringConvertible) -> Localized {
        Localized(vi: "Ngày nghỉ năm \(y) (ngoài thứ Bảy, Chủ nhật):",
                  en: "Days off in \(y) (besides weekends):")
    }

    static let dayOffLieu = Localized(
        vi: "Nghỉ bù",
        en: "Day off in lieu")

    static let compensation = Localized(
        vi: " (nghỉ bù)",
        en: " (compensation)")

    static let makeUpWorkingDays = Localized(
        vi: "Ngày làm việc bù:",
        en: "Make-up working days:")

    // MARK: LibraryCommand.swift

    static let everyOfficerMustAcknowledge = Localized(
        vi: "(* bắt buộc mọi cán bộ xác nhận đã đọc)",
        en: "(* every officer must acknowledge it)")

    static let issuer = Localized(
        vi: "  Cơ quan: ",
        en: "  Issuer: ")

    static let issued = Localized(
        vi: "Ngày ban hành: ",
        en: "Issued: ")

    static let required = Localized(
        vi: " (bắt buộc)",
        en: " (required)")

    static let id = Localized(
        vi: "Mã: ",
        en: "Id: ")

    static func acknowledgedOfficers(_ acknowledged: some CustomStringConvertible, _ officers: some CustomStringConvertible, _ percent: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã xác nhận đã đọc: \(acknowledged)/\(officers) cán bộ (\(percent)%)",
                  en: "Acknowledged: \(acknowledged)/\(officers) officers (\(percent)%)")
    }

    static func acknowledgeDexuatAcknowledge(_ textId: some CustomStringConvertible) -> Localized {
        Localized(vi: "Xác nhận: dexuat acknowledge \(textId)",
                  en: "Acknowledge: dexuat acknowledge \(textId)")
    }

    static let libraryDate = Localized(
        vi: "Ngày ban hành",
        en: "Date")

    static func textAddedLibrary(_ id: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã thêm văn bản \(id) vào thư viện.",
                  en: "Text \(id) added to the library.")
    }

    // MARK: LibrarySupport.swift

    static func onlyYourOwnUnitS(_ id: some CustomStringConvertible) -> Localized {
        Localized(vi: "chỉ xem được hồ sơ của đơn vị mình (\(id))",
                  en: "only your own unit's records are visible (\(id))")
    }

    // MARK: OfficerCommand.swift

    static let installNeedsSshKey = Localized(
        vi: "--install cần --ssh-key",
        en: "--install needs --ssh-key")

    static func officerSaved(_ login: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã lưu cán bộ \(login).",
                  en: "Officer \(login) saved.")
    }

    static func installedSSshKeyInto(_ login: some CustomStringConvertible, _ file: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã cài khóa SSH của \(login) vào \(file).",
                  en: "Installed \(login)'s SSH key into \(file).")
    }

    static let roleGranted = Localized(
        vi: "Đã giao vai trò.",
        en: "Role granted.")

    static let roleRevoked = Localized(
        vi: "Đã thu hồi vai trò.",
        en: "Role revoked.")

    static func noOfficer(_ login: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không có cán bộ \(login)",
                  en: "No officer \(login)")
    }

    static func invalidRoleChooseOne(_ text: some CustomStringConvertible, _ role: some CustomStringConvertible) -> Localized {
        Localized(vi: "Vai trò không hợp lệ: \(text). Chọn một trong: \(role)",
                  en: "Invalid role: \(text). Choose one of: \(role)")
    }

    // MARK: SettingsCommand.swift

    static let returnCompletionLocal = Localized(
        vi: "Cho phép trả lại bổ sung (quy định của đơn vị)",
        en: "Return for completion (local rule)")

    static let rejectionNeedsReasonsLocal = Localized(
        vi: "Không phê duyệt phải nêu lý do (quy định của đơn vị)",
        en: "Rejection needs reasons (local rule)")

    static let conclusionAfterEvaluationMeetingLocal = Localized(
        vi: "Ban hành kết luận sau họp đánh giá (quy định của đơn vị)",
        en: "Conclusion after the evaluation meeting (local rule)")

    static let voteBaseAllEligiblePresent = Localized(
        vi: "Cơ sở tính biểu quyết: all_eligible | present",
        en: "Vote base: all_eligible | present")

    static let partyDisagreementBlocksApproval = Localized(
        vi: "Cấp ủy không đồng ý thì không được phê duyệt",
        en: "A Party disagreement blocks approval")

    static let decisionLimitReceiptWorkingDays = Localized(
        vi: "Hạn quyết định kể từ tiếp nhận (ngày làm việc)",
        en: "Decision limit from receipt (working days)")

    static let reportLimitAfterEnd = Localized(
        vi: "Hạn báo cáo sau khi kết thúc",
        en: "Report limit after the end")

    static let evaluationLimitReport = Localized(
        vi: "Hạn đánh giá kể từ nhận báo cáo",
        en: "Evaluation limit from the report")

    static let conclusionLimitAfterMeeting = Localized(
        vi: "Hạn kết luận sau họp đánh giá",
        en: "Conclusion limit after the meeting")

    static let dueSoonWithin = Localized(
        vi: "Báo sắp đến hạn khi còn",
        en: "Due soon within")

    static let publishBallotComments = Localized(
        vi: "Công khai ý kiến kèm phiếu biểu quyết",
        en: "Publish ballot comments")

    static let publishPrivateNotes = Localized(
        vi: "Công khai ghi chú nội bộ",
        en: "Publish private notes")

    static let publishDamageLiabilityDetails = Localized(
        vi: "Công khai chi tiết thiệt hại, trách nhiệm",
        en: "Publish damage and liability details")

    static let reviewChecklist = Localized(
        vi: "Phiếu rà soát điều kiện:",
        en: "Review checklist:")

    static func formIdTextIdMade(_ text: some CustomStringConvertible) -> Localized {
        Localized(vi: "Dạng MÃ=NỘI DUNG, mã chỉ gồm chữ không dấu, số và _: \(text)",
                  en: "Form ID=TEXT, the id made of ASCII letters, digits and _: \(text)")
    }

    static let checklistItem = Localized(
        vi: "Mục rà soát",
        en: "Checklist item")

    static func decreeItemCannotReplaced(_ parts: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(parts) là mục của NĐ 73, không thay được",
                  en: "\(parts) is a Decree 73 item and cannot be replaced")
    }

    static func decreeItemAlwaysStays(_ id: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(id) là mục của NĐ 73, luôn phải có",
                  en: "\(id) is a Decree 73 item and always stays")
    }

    static func noChecklistItem(_ id: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không có mục rà soát \(id)",
                  en: "No checklist item \(id)")
    }

    static func formKeyValue(_ assignment: some CustomStringConvertible) -> Localized {
        Localized(vi: "Dạng KHÓA=GIÁ_TRỊ: \(assignment)",
                  en: "Form KEY=VALUE: \(assignment)")
    }

    static func needsTrueFalse(_ key: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(key): cần true hoặc false",
                  en: "\(key): needs true or false")
    }

    static func needsNumberDays(_ key: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(key): cần số ngày từ 1 đến 60",
                  en: "\(key): needs a number of days from 1 to 60")
    }

    static let voteBasisAllEligiblePresent = Localized(
        vi: "vote_basis: all_eligible hoặc present",
        en: "vote_basis: all_eligible or present")

    static let dueSoonDays = Localized(
        vi: "due_soon_days: 0–10",
        en: "due_soon_days: 0–10")

    static func unknownSetting(_ key: some CustomStringConvertible) -> Localized {
        Localized(vi: "Khóa cài đặt không rõ: \(key)",
                  en: "Unknown setting: \(key)")
    }

    // MARK: UnitCommand.swift

    static func invalidUnitKind(_ kind: some CustomStringConvertible) -> Localized {
        Localized(vi: "Loại đơn vị không hợp lệ: \(kind)",
                  en: "Invalid unit kind: \(kind)")
    }

    static func unitSaved(_ id: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã lưu đơn vị \(id).",
                  en: "Unit \(id) saved.")
    }

    // MARK: VersionCommand.swift

    static let schema = Localized(
        vi: "Lược đồ: ",
        en: "Schema: ")

    static func databaseEventsChain(_ database: some CustomStringConvertible, _ length: some CustomStringConvertible) -> Localized {
        Localized(vi: "Cơ sở dữ liệu \(database): \(length) sự kiện trong chuỗi.",
                  en: "Database \(database): \(length) events in the chain.")
    }

    static func databaseCannotRead(_ database: some CustomStringConvertible, _ problem: some CustomStringConvertible) -> Localized {
        Localized(vi: "Cơ sở dữ liệu \(database): không đọc được (\(problem)).",
                  en: "Database \(database): cannot be read (\(problem)).")
    }

    static func databaseNoneYet(_ database: some CustomStringConvertible) -> Localized {
        Localized(vi: "Cơ sở dữ liệu \(database): chưa có.",
                  en: "Database \(database): none yet.")
    }

    /// Indexed by `Day.weekday` (1 = Monday … 7 = Sunday); 0 is unused.
    static let weekdays: [Localized] = [
        Localized(vi: "", en: ""),
        Localized(vi: "Thứ Hai", en: "Monday"),
        Localized(vi: "Thứ Ba", en: "Tuesday"),
        Localized(vi: "Thứ Tư", en: "Wednesday"),
        Localized(vi: "Thứ Năm", en: "Thursday"),
        Localized(vi: "Thứ Sáu", en: "Friday"),
        Localized(vi: "Thứ Bảy", en: "Saturday"),
        Localized(vi: "Chủ nhật", en: "Sunday"),
    ]

    static func yearAnnounced(_ year: some CustomStringConvertible) -> Localized {
        Localized(vi: "Năm \(year): lịch nghỉ theo thông báo của Chính phủ (số hiệu ghi bên mỗi ngày); quản trị vẫn điều chỉnh được bằng --add-holiday / --add-workday.",
                  en: "\(year): the breaks as the government announced them (reference beside each day); administrators can still adjust with --add-holiday / --add-workday.")
    }

    static func yearNotAnnounced(_ year: some CustomStringConvertible) -> Localized {
        Localized(vi: "Năm \(year) chưa có lịch nghỉ được công bố trong chương trình: ngày nghỉ tính theo Bộ luật Lao động, Âm lịch Việt Nam (UTC+7); quản trị điều chỉnh bằng --add-holiday / --add-workday.",
                  en: "\(year) has no announced breaks in this program: days off are computed from the Labor Code and the Vietnamese lunar calendar (UTC+7); administrators adjust with --add-holiday / --add-workday.")
    }

    static func emailCleared(_ login: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã xóa địa chỉ thư của \(login).",
                  en: "E-mail address of \(login) cleared.")
    }

    static func emailSaved(_ login: some CustomStringConvertible) -> Localized {
        Localized(vi: "Đã lưu địa chỉ thư của \(login).",
                  en: "E-mail address of \(login) saved.")
    }

    // Where a day off comes from (CalendarCommand.describe).

    static func dayAnnounced(_ reference: String) -> Localized {
        Localized(vi: "đã công bố: " + reference,
                  en: "announced: " + reference)
    }

    static let dayComputed = Localized(
        vi: "tính theo luật",
        en: "computed")

    static let dayAdjusted = Localized(
        vi: "quản trị điều chỉnh",
        en: "administrator's adjustment")
}
