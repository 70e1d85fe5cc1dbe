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
