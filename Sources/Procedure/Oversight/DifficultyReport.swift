/// What a difficulty report is about.
public enum DifficultyCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// Cơ chế, chính sách, căn cứ pháp lý.
    case legal
    /// Kinh phí.
    case funding
    /// Nhân lực.
    case staffing
    /// Trang thiết bị, công nghệ.
    case equipment
    /// Thủ tục, quy trình.
    case procedure
    case other

    public var label: Localized {
        switch self {
        case .legal: Localized(vi: "Cơ chế, chính sách, căn cứ pháp lý", en: "Mechanisms, policy, legal basis")
        case .funding: Localized(vi: "Kinh phí", en: "Funding")
        case .staffing: Localized(vi: "Nhân lực", en: "Staffing")
        case .equipment: Localized(vi: "Trang thiết bị, công nghệ", en: "Equipment, technology")
        case .procedure: Localized(vi: "Thủ tục, quy trình", en: "Procedure")
        case .other: Localized(vi: "Khác", en: "Other")
        }
    }
}

/// Where a difficulty report stands: filed (with the Culture-Society office), answered
/// by that office, escalated to the People's Committee, or answered by the ward leadership.
public enum DifficultyStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case filed
    case answered
    case escalated
    case resolved

    public var label: Localized {
        switch self {
        case .filed: Localized(vi: "Đã gửi, chờ Phòng VH-XH", en: "Filed, with the Culture-Society office")
        case .answered: Localized(vi: "Phòng VH-XH đã trả lời", en: "Answered by the Culture-Society office")
        case .escalated: Localized(vi: "Đã chuyển UBND phường", en: "Escalated to the People's Committee")
        case .resolved: Localized(vi: "UBND phường đã trả lời", en: "Answered by the People's Committee")
        }
    }

    /// Whether nothing more is expected.
    public var isClosed: Bool { self == .answered || self == .resolved }
}

/// An answer to a difficulty report: by the office, or by the ward leadership.
public struct DifficultyAnswer: Sendable, Hashable, Codable {
    public var day: Day
    public var text: String
    public var by: String

    public init(day: Day, text: String, by: String) {
        self.day = day
        self.text = text
        self.by = by
    }
}

/// The office's escalation of a report to the People's Committee, with the day an answer is due.
public struct Escalation: Sendable, Hashable, Codable {
    public var day: Day
    public var due: Day
    public var note: String
    public var by: String

    public init(day: Day, due: Day, note: String, by: String) {
        self.day = day
        self.due = due
        self.note = note
        self.by = by
    }
}

/// A báo cáo khó khăn, vướng mắc of a unit, routed to the Culture-Society office (point 4).
public struct DifficultyReport: Sendable, Hashable, Codable, Identifiable {
    /// "VM-2026-001".
    public var id: String
    public var unitID: String
    /// The office it is routed to (the unit of the inspectors: VHXH).
    public var routedTo: String
    public var filedBy: String
    public var filedOn: Day
    public var category: DifficultyCategory
    public var text: String
    public var status: DifficultyStatus
    public var answer: DifficultyAnswer?
    public var escalation: Escalation?
    public var resolution: DifficultyAnswer?

    public init(id: String, unitID: String, routedTo: String, filedBy: String, filedOn: Day, category: DifficultyCategory,
                text: String, status: DifficultyStatus = .filed, answer: DifficultyAnswer? = nil,
                escalation: Escalation? = nil, resolution: DifficultyAnswer? = nil) {
        self.id = id
        self.unitID = unitID
        self.routedTo = routedTo
        self.filedBy = filedBy
        self.filedOn = filedOn
        self.category = category
        self.text = text
        self.status = status
        self.answer = answer
        self.escalation = escalation
        self.resolution = resolution
    }

    /// Escalated, not yet answered by the People's Committee, and past its due date.
    public func isOverdue(today: Day) -> Bool {
        status == .escalated && (escalation.map { $0.due < today } ?? false)
    }
}
