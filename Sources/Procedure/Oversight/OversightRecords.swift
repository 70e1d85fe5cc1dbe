import Foundation

/// The statement an officer makes, himself, when acknowledging a text (point 1).
public enum AcknowledgementStatement {
    public static let text = Localized(vi: "Tôi đã đọc và nắm được nội dung", en: "I have read and understood its content")
}

/// A hội nghị quán triệt: a briefing session of one unit on some texts of the library.
public struct Briefing: Sendable, Hashable, Codable, Identifiable {
    /// "QT-2026-001".
    public var id: String
    public var day: Day
    public var unitID: String
    /// Who presented (báo cáo viên): a name, as the minutes write it.
    public var presenter: String
    public var textIDs: [String]
    /// The officers present, by login.
    public var attendees: [String]
    public var notes: String
    public var recordedBy: String

    public init(id: String, day: Day, unitID: String, presenter: String, textIDs: [String], attendees: [String],
                notes: String = "", recordedBy: String) {
        self.id = id
        self.day = day
        self.unitID = unitID
        self.presenter = presenter
        self.textIDs = textIDs
        self.attendees = attendees
        self.notes = notes
        self.recordedBy = recordedBy
    }
}

/// One officer's own statement that he has read and understood one text.
public struct Acknowledgement: Sendable, Hashable, Codable {
    public var login: String
    public var textID: String
    public var day: Day
    /// The words acknowledged, kept with the record.
    public var statement: String

    public init(login: String, textID: String, day: Day, statement: String = AcknowledgementStatement.text.vi) {
        self.login = login
        self.textID = textID
        self.day = day
        self.statement = statement
    }
}

/// Where a recommendation of an inspection stands.
public enum RecommendationStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Chưa thực hiện.
    case open
    /// Đang thực hiện.
    case inProgress = "in_progress"
    /// Đã thực hiện xong: closes the recommendation.
    case done

    public var label: Localized {
        switch self {
        case .open: Localized(vi: "Chưa thực hiện", en: "Open")
        case .inProgress: Localized(vi: "Đang thực hiện", en: "In progress")
        case .done: Localized(vi: "Đã thực hiện", en: "Done")
        }
    }

    public var isClosed: Bool { self == .done }
}

/// A follow-up note on a recommendation (theo dõi thực hiện kiến nghị).
public struct FollowUp: Sendable, Hashable, Codable {
    public var day: Day
    public var status: RecommendationStatus
    public var note: String
    public var by: String

    public init(day: Day, status: RecommendationStatus, note: String, by: String) {
        self.day = day
        self.status = status
        self.note = note
        self.by = by
    }
}

/// A kiến nghị of an inspection, with its due date.
public struct Recommendation: Sendable, Hashable, Codable {
    /// 1, 2, 3 … within its inspection.
    public var number: Int
    public var text: String
    public var due: Day
    public var status: RecommendationStatus
    public var followUps: [FollowUp]

    public init(number: Int, text: String, due: Day, status: RecommendationStatus = .open, followUps: [FollowUp] = []) {
        self.number = number
        self.text = text
        self.due = due
        self.status = status
        self.followUps = followUps
    }

    /// Past its due date and not done.
    public func isOverdue(today: Day) -> Bool { !status.isClosed && due < today }
}

/// A kiểm tra by the Culture-Society office of one unit's innovation work (point 4).
public struct Inspection: Sendable, Hashable, Codable, Identifiable {
    /// "KT-2026-001".
    public var id: String
    public var unitID: String
    public var day: Day
    public var scope: String
    public var findings: String
    public var recommendations: [Recommendation]
    public var recordedBy: String

    public init(id: String, unitID: String, day: Day, scope: String, findings: String, recommendations: [Recommendation],
                recordedBy: String) {
        self.id = id
        self.unitID = unitID
        self.day = day
        self.scope = scope
        self.findings = findings
        self.recommendations = recommendations
        self.recordedBy = recordedBy
    }

    /// Open while a recommendation is not done.
    public var isOpen: Bool { recommendations.contains { !$0.status.isClosed } }

    public func overdue(today: Day) -> [Recommendation] { recommendations.filter { $0.isOverdue(today: today) } }
}

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

/// What happened in points 1 and 4: the payload of one event of the chain (proposal_id NULL).
public enum OversightChange: Sendable, Hashable, Codable {
    case textAdded(text: LegalText)
    case briefingRecorded(briefing: Briefing)
    case textAcknowledged(acknowledgement: Acknowledgement)
    case inspectionRecorded(inspection: Inspection)
    case recommendationFollowedUp(inspectionID: String, number: Int, followUp: FollowUp)
    case difficultyFiled(report: DifficultyReport)
    case difficultyAnswered(reportID: String, answer: DifficultyAnswer)
    case difficultyEscalated(reportID: String, escalation: Escalation)
    case difficultyResolved(reportID: String, resolution: DifficultyAnswer)

    /// The stable event kind.
    public var kind: String {
        switch self {
        case .textAdded: "legal_text_added"
        case .briefingRecorded: "briefing_recorded"
        case .textAcknowledged: "text_acknowledged"
        case .inspectionRecorded: "inspection_recorded"
        case .recommendationFollowedUp: "recommendation_followed_up"
        case .difficultyFiled: "difficulty_filed"
        case .difficultyAnswered: "difficulty_answered"
        case .difficultyEscalated: "difficulty_escalated"
        case .difficultyResolved: "difficulty_resolved"
        }
    }

    /// Every kind, for the ledger to pick these events out of the chain.
    public static let kinds = ["legal_text_added", "briefing_recorded", "text_acknowledged", "inspection_recorded",
                               "recommendation_followed_up", "difficulty_filed", "difficulty_answered",
                               "difficulty_escalated", "difficulty_resolved"]
}

/// Every record of points 1 and 4, as the fold of their events: what the ledger's
/// projection tables must hold, and what `verify` recomputes.
public struct OversightRecords: Sendable, Hashable {
    /// Administrator-added texts (the built-in ones live in ``LegalLibrary``).
    public var addedTexts: [String: LegalText] = [:]
    public var briefings: [String: Briefing] = [:]
    /// By "login|textID".
    public var acknowledgements: [String: Acknowledgement] = [:]
    public var inspections: [String: Inspection] = [:]
    public var difficulties: [String: DifficultyReport] = [:]

    public init() {}

    public static func key(_ login: String, _ textID: String) -> String { login + "|" + textID }

    /// Applies one event. An event that names a record that does not exist changes nothing
    /// (`verify` then finds the disagreement).
    public mutating func apply(_ change: OversightChange) {
        switch change {
        case .textAdded(let text): addedTexts[text.id] = text
        case .briefingRecorded(let briefing): briefings[briefing.id] = briefing
        case .textAcknowledged(let ack): acknowledgements[Self.key(ack.login, ack.textID)] = ack
        case .inspectionRecorded(let inspection): inspections[inspection.id] = inspection
        case let .recommendationFollowedUp(id, number, followUp):
            guard var inspection = inspections[id],
                  let index = inspection.recommendations.firstIndex(where: { $0.number == number }) else { return }
            inspection.recommendations[index].followUps.append(followUp)
            inspection.recommendations[index].status = followUp.status
            inspections[id] = inspection
        case .difficultyFiled(let report): difficulties[report.id] = report
        case let .difficultyAnswered(id, answer):
            difficulties[id]?.answer = answer
            difficulties[id]?.status = .answered
        case let .difficultyEscalated(id, escalation):
            difficulties[id]?.escalation = escalation
            difficulties[id]?.status = .escalated
        case let .difficultyResolved(id, resolution):
            difficulties[id]?.resolution = resolution
            difficulties[id]?.status = .resolved
        }
    }

    /// The whole library: built-in texts first, then the added ones by date.
    public var library: [LegalText] {
        LegalLibrary.builtIn + addedTexts.values.sorted { ($0.issuedOn, $0.id) < ($1.issuedOn, $1.id) }
    }
}

/// The next id of a kind in a year: "KT-2026-003" after "KT-2026-002".
public enum OversightID {
    public static func next(prefix: String, year: Int, existing: some Sequence<String>) -> String {
        let head = "\(prefix)-\(year)-"
        let highest = existing.filter { $0.hasPrefix(head) }.compactMap { Int($0.dropFirst(head.count)) }.max() ?? 0
        let number = String(highest + 1)
        return head + String(repeating: "0", count: max(0, 3 - number.count)) + number
    }
}
