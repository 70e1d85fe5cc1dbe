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
