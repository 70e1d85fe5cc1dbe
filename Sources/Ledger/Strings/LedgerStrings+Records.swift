import Procedure

/// The organisation, proposals, documents, imports, inbox presets and reminders.
extension LedgerText {
    // MARK: Ledger+Documents.swift

    static let minutesLeadershipMeeting = Localized(
        vi: "Biên bản họp tập thể lãnh đạo",
        en: "Minutes of the leadership meeting")

    static let decisionAllowingImplementation = Localized(
        vi: "Quyết định cho phép triển khai",
        en: "Decision allowing implementation")

    static let conclusionEvaluation = Localized(
        vi: "Thông báo kết luận đánh giá kết quả",
        en: "Conclusion of the evaluation")

    static func headDeputyOrClerk(_ org: some CustomStringConvertible) -> Localized {
        Localized(vi: "người đứng đầu, cấp phó hoặc văn thư — \(org)",
                  en: "head, deputy or clerk — \(org)")
    }

    static func eventUnreadableDocumentNumber(_ seq: some CustomStringConvertible) -> Localized {
        Localized(vi: "Sự kiện #\(seq): không đọc được số văn bản",
                  en: "Event #\(seq): unreadable document number")
    }

    static func registerDocumentsProposalDisagreesEvent(_ reference: some CustomStringConvertible, _ proposalID: some CustomStringConvertible, _ seq: some CustomStringConvertible) -> Localized {
        Localized(vi: "Sổ đăng ký văn bản: \(reference) (đề xuất \(proposalID)) không khớp với sự kiện #\(seq)",
                  en: "Register of documents: \(reference) (proposal \(proposalID)) disagrees with event #\(seq)")
    }

    static func registerDocumentsLacksProposalEvent(_ reference: some CustomStringConvertible, _ proposalID: some CustomStringConvertible, _ seq: some CustomStringConvertible) -> Localized {
        Localized(vi: "Sổ đăng ký văn bản thiếu \(reference) (đề xuất \(proposalID), sự kiện #\(seq))",
                  en: "Register of documents lacks \(reference) (proposal \(proposalID), event #\(seq))")
    }

    static let unreadableRowRegisterDocuments = Localized(
        vi: "Sổ đăng ký văn bản có dòng không đọc được",
        en: "Unreadable row in the register of documents")

    // MARK: Ledger+Import.swift

    static func nothingImportedInvalidRows(_ problemCount: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không nhập gì: \(problemCount) dòng không hợp lệ",
                  en: "Nothing imported: \(problemCount) invalid rows")
    }

    static let lineLabel = Localized(
        vi: "dòng ",
        en: "line ")

    static func clerkOrHead(_ reviewingName: some CustomStringConvertible) -> Localized {
        Localized(vi: "văn thư hoặc người đứng đầu — \(reviewingName)",
                  en: "clerk or head — \(reviewingName)")
    }

    // MARK: Ledger+Inbox.swift

    static let waitingOnMe = Localized(
        vi: "Việc cần xử lý",
        en: "Waiting on me")

    static let dueSoon = Localized(
        vi: "Sắp đến hạn",
        en: "Due soon")

    static let overdue = Localized(
        vi: "Quá hạn",
        en: "Overdue")

    static let allPreset = Localized(
        vi: "Tất cả",
        en: "All")

    // MARK: Ledger+Organization.swift

    static func noParentUnit(_ parent: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không có đơn vị cấp trên \(parent)",
                  en: "No parent unit \(parent)")
    }

    static let unitCannotAboveItself = Localized(
        vi: "Đơn vị không thể là cấp trên của chính nó",
        en: "A unit cannot be above itself")

    static func noOfficer(_ login: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không có cán bộ \(login)",
                  en: "No officer \(login)")
    }

    static func noUnit(_ unitID: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không có đơn vị \(unitID)",
                  en: "No unit \(unitID)")
    }

    static let cannotRevokeLastAdministrator = Localized(
        vi: "Không thể thu hồi quyền quản trị cuối cùng",
        en: "Cannot revoke the last administrator")

    static let officerDoesNotHoldRole = Localized(
        vi: "Cán bộ không giữ vai trò này",
        en: "The officer does not hold this role")

    static let reasonField = Localized(
        vi: "Lý do",
        en: "Reason")

    static let unitCodeField = Localized(
        vi: "Mã đơn vị",
        en: "Unit code")

    static let unitNameField = Localized(
        vi: "Tên đơn vị",
        en: "Unit name")

    static let loginField = Localized(
        vi: "Tên đăng nhập",
        en: "Login")

    static let nameField = Localized(
        vi: "Họ và tên",
        en: "Name")

    static let positionField = Localized(
        vi: "Chức vụ",
        en: "Position")

    static func missing(_ field: Localized) -> Localized {
        Localized(vi: "Thiếu: \(field.vi)",
                  en: "Missing: \(field.en)")
    }

    // MARK: Ledger+Proposals.swift

    static let submittedAwaitingRegistration = Localized(
        vi: "Đã gửi, chờ vào sổ tiếp nhận",
        en: "Submitted, awaiting registration")

    static func unreadableTimeEvent(_ seq: some CustomStringConvertible) -> Localized {
        Localized(vi: "Thời điểm sự kiện \(seq) không đọc được",
                  en: "Unreadable time in event \(seq)")
    }

    // MARK: Ledger+Remind.swift

    static func invalidEMailAddressOne(_ address: some CustomStringConvertible) -> Localized {
        Localized(vi: "Địa chỉ thư điện tử không hợp lệ (một @, tên miền có dấu chấm hoặc localhost, không dấu cách, dấu nháy, dấu <>): \(address)",
                  en: "Invalid e-mail address (one @, a dotted or localhost domain, no spaces, quotes or <>): \(address)")
    }

    static let partyCommitteeField = Localized(
        vi: "Cấp ủy cùng cấp",
        en: "Same-level Party committee")
}
