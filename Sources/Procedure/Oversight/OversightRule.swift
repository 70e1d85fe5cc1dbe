/// A rule of points 1 and 4 of Công văn 432 (dissemination; guidance and inspection), with
/// a stable id, the text a person reads when it refuses something, and its basis.
///
/// Kept apart from the proposal workflow's ``Rule`` so that the two can grow separately;
/// a refusal of these is an ``OversightRefusal``, shown the same way.
public enum OversightRule: String, Sendable, Hashable, Codable, CaseIterable {
    case unknownOfficer = "oversight.actor_unknown"
    case roleRequired = "oversight.role"
    case selfOnly = "oversight.acknowledge_self_only"
    case alreadyAcknowledged = "oversight.already_acknowledged"
    case unknownText = "oversight.text_unknown"
    case textExists = "oversight.text_exists"
    case textID = "oversight.text_id"
    case unknownUnit = "oversight.unit_unknown"
    case fieldRequired = "oversight.field_required"
    case futureDate = "oversight.date_in_future"
    case briefingTexts = "oversight.briefing_texts"
    case attendees = "oversight.briefing_attendees"
    case dueDate = "oversight.due_date"
    case unknownRecord = "oversight.record_unknown"
    case recommendationClosed = "oversight.recommendation_closed"
    case difficultyStatus = "oversight.difficulty_status"

    public var message: Localized {
        switch self {
        case .unknownOfficer: Localized(vi: "Không có cán bộ này trong cơ sở dữ liệu", en: "No such officer in the database")
        case .roleRequired: Localized(vi: "Người thực hiện không giữ vai trò được làm việc này", en: "The actor does not hold a role that may do this")
        case .selfOnly: Localized(vi: "Mỗi cán bộ tự xác nhận đã đọc văn bản; không ai xác nhận thay người khác", en: "Each officer acknowledges a text himself; no one may acknowledge for another")
        case .alreadyAcknowledged: Localized(vi: "Cán bộ này đã xác nhận văn bản này", en: "This officer has already acknowledged this text")
        case .unknownText: Localized(vi: "Không có văn bản này trong thư viện", en: "No such text in the library")
        case .textExists: Localized(vi: "Đã có văn bản với mã này trong thư viện", en: "The library already has a text with this id")
        case .textID: Localized(vi: "Mã văn bản chỉ gồm chữ thường không dấu, chữ số và dấu '-', dài 3–40 ký tự, bắt đầu bằng chữ", en: "A text id is 3–40 lower-case letters, digits and '-', starting with a letter")
        case .unknownUnit: Localized(vi: "Không có cơ quan, đơn vị này", en: "No such unit")
        case .fieldRequired: Localized(vi: "Chưa điền nội dung bắt buộc", en: "A required field is empty")
        case .futureDate: Localized(vi: "Ngày ghi nhận không được sau ngày hôm nay", en: "The date recorded may not be after today")
        case .briefingTexts: Localized(vi: "Hội nghị quán triệt phải nêu ít nhất một văn bản của thư viện", en: "A briefing must cover at least one text of the library")
        case .attendees: Localized(vi: "Danh sách người dự phải có ít nhất một cán bộ, và chỉ gồm cán bộ có trong cơ sở dữ liệu", en: "The attendance list needs at least one officer, all of them known")
        case .dueDate: Localized(vi: "Hạn hoàn thành phải sau ngày ghi nhận", en: "The due date must come after the day recorded")
        case .unknownRecord: Localized(vi: "Không tìm thấy hồ sơ này", en: "No such record")
        case .recommendationClosed: Localized(vi: "Kiến nghị này đã thực hiện xong; không theo dõi thêm", en: "This recommendation is done; no further follow-up")
        case .difficultyStatus: Localized(vi: "Báo cáo vướng mắc không ở trạng thái cho phép bước này", en: "The difficulty report is not in a status that allows this step")
        }
    }

    /// The point of Công văn 432 (or the principle) the rule rests on.
    public var basis: Localized {
        switch self {
        case .unknownOfficer, .roleRequired, .unknownUnit, .unknownRecord:
            Localized(vi: "điểm 3 Công văn số 432/UBND-VHXH: đúng đối tượng, trình tự, thủ tục", en: "Letter 432, point 3: right subjects, order and procedure")
        case .selfOnly, .alreadyAcknowledged, .unknownText, .textExists, .textID, .briefingTexts, .attendees:
            Localized(vi: "điểm 1 Công văn số 432/UBND-VHXH: phổ biến, quán triệt đến từng cán bộ, công chức, viên chức", en: "Letter 432, point 1: brief every cadre, civil servant and public employee")
        case .fieldRequired, .futureDate:
            Localized(vi: "điểm 3 Công văn số 432/UBND-VHXH: công khai, minh bạch; toàn vẹn hồ sơ", en: "Letter 432, point 3: public and transparent; integrity of the record")
        case .dueDate, .recommendationClosed, .difficultyStatus:
            Localized(vi: "điểm 4 Công văn số 432/UBND-VHXH: Phòng Văn hóa – Xã hội hướng dẫn, kiểm tra, tổng hợp vướng mắc báo cáo UBND phường", en: "Letter 432, point 4: the Culture-Society office guides, inspects and reports difficulties to the People's Committee")
        }
    }
}

/// Why an action of points 1 or 4 was not allowed. Changes nothing; a value to show.
public struct OversightRefusal: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rule: OversightRule
    public var detail: Localized?
    /// The point of the letter of the action refused, when it says more than the rule's own
    /// basis (a missing role: point 1 for a briefing, point 4 for an inspection).
    public var point: Localized?

    public init(_ rule: OversightRule, detail: Localized? = nil, point: Localized? = nil) {
        self.rule = rule
        self.detail = detail
        self.point = point
    }

    public init(_ rule: OversightRule, detail: String) {
        self.init(rule, detail: Localized(vi: detail, en: detail))
    }

    public func message(_ language: Language) -> String {
        let head = rule.message[language]
        guard let detail, !detail[language].isEmpty else { return head }
        return head + ": " + detail[language]
    }

    public var basis: Localized { point ?? rule.basis }

    /// "… (điểm 4 Công văn số 432/UBND-VHXH …)": what the command line prints; the rule's
    /// id is for `--json` and logs (`description`), not for the sentence.
    public func fullMessage(_ language: Language) -> String {
        message(language) + " (" + basis[language] + ")"
    }

    public var description: String { "[\(rule.rawValue)] " + fullMessage(.vi) }
}
