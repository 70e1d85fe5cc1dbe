/// How far point 1 has reached: who has acknowledged which required text, per unit and
/// per text, and who is still missing. An officer counts as covered for a text when he
/// has acknowledged it himself; attending a briefing is shown beside it, but is not proof.
public struct Coverage: Sendable, Hashable, Codable {
    /// An officer who has not yet acknowledged some required texts.
    public struct Missing: Sendable, Hashable, Codable {
        public var login: String
        public var name: String
        public var unitID: String
        /// The required texts he has not acknowledged, by id.
        public var textIDs: [String]
        /// Whether he attended a briefing on at least one of them.
        public var briefed: Bool

        // "texts" in JSON: scripts read `texts`, not the snake case of `textIDs`.
        enum CodingKeys: String, CodingKey {
            case login, name, unitID, briefed
            case textIDs = "texts"
        }
    }

    public struct UnitLine: Sendable, Hashable, Codable {
        public var unitID: String
        public var unitName: String
        public var officers: Int
        /// Officers who have acknowledged every required text.
        public var complete: Int
        /// Acknowledged (officer, text) pairs out of officers × required texts.
        public var acknowledged: Int
        public var expected: Int
        /// 0…100, rounded down; 100 only when complete.
        public var percent: Int
    }

    public struct TextLine: Sendable, Hashable, Codable {
        public var textID: String
        public var number: String
        public var officers: Int
        public var acknowledged: Int
        /// Officers who attended a briefing on it.
        public var briefed: Int
        public var percent: Int
        /// Who has not acknowledged it, by login.
        public var missing: [String]
    }

    public var units: [UnitLine]
    public var texts: [TextLine]
    public var missing: [Missing]
    public var acknowledged: Int
    public var expected: Int
    public var percent: Int

    /// Percent rounded down, so that 99.6 % shows as 99 and never passes for complete.
    public static func percent(_ part: Int, of whole: Int) -> Int {
        whole <= 0 ? 100 : part * 100 / whole
    }

    /// The coverage as of `asOf` (acknowledgements and briefings on or before that day),
    /// for the units given (all when nil) and the texts given (all required when nil).
    public static func compute(records: OversightRecords, organization org: Organization, asOf: Day? = nil,
                               unitIDs: Set<String>? = nil, textIDs: Set<String>? = nil) -> Coverage {
        let texts = records.library.filter { text in textIDs.map { $0.contains(text.id) } ?? text.required }
        let officers = org.officers.values
            .filter { officer in unitIDs.map { $0.contains(officer.unitID) } ?? true }
            .sorted { ($0.unitID, $0.login) < ($1.unitID, $1.login) }
        let acks = Set(records.acknowledgements.values.filter { ack in asOf.map { ack.day <= $0 } ?? true }
            .map { OversightRecords.key($0.login, $0.textID) })
        var briefed = Set<String>()
        for briefing in records.briefings.values where asOf.map({ briefing.day <= $0 }) ?? true {
            for login in briefing.attendees {
                for text in briefing.textIDs { briefed.insert(OversightRecords.key(login, text)) }
            }
        }
        var missing: [Missing] = []
        var unitCounts: [String: (officers: Int, complete: Int, acknowledged: Int)] = [:]
        for officer in officers {
            let lacking = texts.filter { !acks.contains(OversightRecords.key(officer.login, $0.id)) }.map(\.id)
            var counts = unitCounts[officer.unitID] ?? (0, 0, 0)
            counts.officers += 1
            counts.acknowledged += texts.count - lacking.count
            if lacking.isEmpty { counts.complete += 1 }
            unitCounts[officer.unitID] = counts
            if !lacking.isEmpty {
                missing.append(Missing(login: officer.login, name: officer.name, unitID: officer.unitID, textIDs: lacking,
                                       briefed: lacking.contains { briefed.contains(OversightRecords.key(officer.login, $0)) }))
            }
        }
        let units = unitCounts.keys.sorted().map { id -> UnitLine in
            let c = unitCounts[id] ?? (0, 0, 0)
            let expected = c.officers * texts.count
            return UnitLine(unitID: id, unitName: org.unit(id)?.name ?? id, officers: c.officers, complete: c.complete,
                            acknowledged: c.acknowledged, expected: expected, percent: percent(c.acknowledged, of: expected))
        }
        let textLines = texts.map { text -> TextLine in
            let lacking = officers.filter { !acks.contains(OversightRecords.key($0.login, text.id)) }.map(\.login)
            let briefedCount = officers.filter { briefed.contains(OversightRecords.key($0.login, text.id)) }.count
            let done = officers.count - lacking.count
            return TextLine(textID: text.id, number: text.number, officers: officers.count, acknowledged: done,
                            briefed: briefedCount, percent: percent(done, of: officers.count), missing: lacking)
        }
        let acknowledged = units.reduce(0) { $0 + $1.acknowledged }
        let expected = units.reduce(0) { $0 + $1.expected }
        return Coverage(units: units, texts: textLines, missing: missing, acknowledged: acknowledged, expected: expected,
                        percent: percent(acknowledged, of: expected))
    }
}
