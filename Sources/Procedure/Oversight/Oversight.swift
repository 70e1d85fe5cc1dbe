/// A briefing as typed, before it has an id.
public struct BriefingDraft: Sendable, Hashable {
    public var day: Day
    public var unitID: String
    public var presenter: String
    public var textIDs: [String]
    public var attendees: [String]
    public var notes: String

    public init(day: Day, unitID: String, presenter: String, textIDs: [String], attendees: [String], notes: String = "") {
        self.day = day
        self.unitID = unitID
        self.presenter = presenter
        self.textIDs = textIDs
        self.attendees = attendees
        self.notes = notes
    }
}

/// An inspection as typed: recommendations are (text, due date).
public struct InspectionDraft: Sendable, Hashable {
    public struct Item: Sendable, Hashable {
        public var text: String
        public var due: Day
        public init(text: String, due: Day) {
            self.text = text
            self.due = due
        }
    }
    public var unitID: String
    public var day: Day
    public var scope: String
    public var findings: String
    public var recommendations: [Item]

    public init(unitID: String, day: Day, scope: String, findings: String, recommendations: [Item]) {
        self.unitID = unitID
        self.day = day
        self.scope = scope
        self.findings = findings
        self.recommendations = recommendations
    }
}

/// A text an administrator adds, as typed.
public struct LegalTextDraft: Sendable, Hashable {
    public var id: String
    public var number: String
    public var issuedOn: Day
    public var issuer: String
    public var title: String
    public var summaryVI: String
    public var summaryEN: String
    public var required: Bool

    public init(id: String, number: String, issuedOn: Day, issuer: String, title: String, summaryVI: String,
                summaryEN: String = "", required: Bool = false) {
        self.id = id
        self.number = number
        self.issuedOn = issuedOn
        self.issuer = issuer
        self.title = title
        self.summaryVI = summaryVI
        self.summaryEN = summaryEN
        self.required = required
    }
}

/// Points 1 and 4 of the letter as decisions: each function takes what was typed, the
/// actor, the organisation and the records, and returns the event to record, or throws
/// the refusal (an ``OversightRefusal``, or a ``Refusal`` for text that cannot be stored).
/// No I/O: the ledger calls these inside its write transaction.
public enum Oversight {
    // MARK: - Point 1

    public static func addText(_ draft: LegalTextDraft, by actor: Actor, in org: Organization,
                               records: OversightRecords) throws -> OversightChange {
        try allowed(.addText, actor, unitID: nil, org)
        let id = draft.id.trimmingSpaces.lowercased()
        guard LegalLibrary.isValidID(id) else { throw OversightRefusal(.textID, detail: id) }
        guard !records.library.contains(where: { $0.id == id }) else { throw OversightRefusal(.textExists, detail: id) }
        let text = LegalText(
            id: id,
            number: try line(draft.number, vi: "Số, ký hiệu", en: "Number"),
            issuedOn: draft.issuedOn,
            issuer: try line(draft.issuer, vi: "Cơ quan ban hành", en: "Issuer"),
            title: try line(draft.title, vi: "Trích yếu", en: "Title"),
            summary: Localized(vi: try area(draft.summaryVI, vi: "Tóm tắt", en: "Summary"),
                               en: try area(draft.summaryEN, vi: "Tóm tắt tiếng Anh", en: "English summary", required: false)),
            required: draft.required, builtIn: false)
        return .textAdded(text: text)
    }

    public static func recordBriefing(_ draft: BriefingDraft, by actor: Actor, in org: Organization,
                                      records: OversightRecords, today: Day) throws -> OversightChange {
        try allowed(.recordBriefing, actor, unitID: draft.unitID, org)
        guard draft.day <= today else { throw OversightRefusal(.futureDate, detail: draft.day.vietnamese) }
        let presenter = try line(draft.presenter, vi: "Người trình bày", en: "Presenter")
        let texts = unique(draft.textIDs.map { $0.trimmingSpaces }.filter { !$0.isEmpty })
        guard !texts.isEmpty else { throw OversightRefusal(.briefingTexts) }
        let library = Set(records.library.map(\.id))
        if let unknown = texts.first(where: { !library.contains($0) }) { throw OversightRefusal(.unknownText, detail: unknown) }
        let attendees = unique(draft.attendees.map { $0.trimmingSpaces }.filter { !$0.isEmpty })
        guard !attendees.isEmpty else { throw OversightRefusal(.attendees) }
        if let unknown = attendees.first(where: { org.officer($0) == nil }) { throw OversightRefusal(.attendees, detail: unknown) }
        let notes = try area(draft.notes, vi: "Ghi chú", en: "Notes", required: false)
        let id = OversightID.next(prefix: "QT", year: draft.day.year, existing: records.briefings.keys)
        return .briefingRecorded(briefing: Briefing(id: id, day: draft.day, unitID: draft.unitID, presenter: presenter,
                                                    textIDs: texts, attendees: attendees, notes: notes, recordedBy: actor.login))
    }

    /// "Tôi đã đọc và nắm được nội dung": `officer` must be the actor himself.
    public static func acknowledge(_ textID: String, officer: String? = nil, by actor: Actor, in org: Organization,
                                   records: OversightRecords, today: Day) throws -> OversightChange {
        let subject = officer ?? actor.login
        if let refusal = OversightPermissions.check(.acknowledge, by: actor, subject: subject, in: org) { throw refusal }
        guard records.library.contains(where: { $0.id == textID }) else { throw OversightRefusal(.unknownText, detail: textID) }
        guard records.acknowledgements[OversightRecords.key(subject, textID)] == nil else {
            throw OversightRefusal(.alreadyAcknowledged, detail: textID)
        }
        return .textAcknowledged(acknowledgement: Acknowledgement(login: subject, textID: textID, day: today))
    }

    // MARK: - Point 4: inspections

    public static func recordInspection(_ draft: InspectionDraft, by actor: Actor, in org: Organization,
                                        records: OversightRecords, today: Day) throws -> OversightChange {
        try allowed(.recordInspection, actor, unitID: draft.unitID, org)
        guard draft.day <= today else { throw OversightRefusal(.futureDate, detail: draft.day.vietnamese) }
        let scope = try area(draft.scope, vi: "Phạm vi kiểm tra", en: "Scope")
        let findings = try area(draft.findings, vi: "Kết quả kiểm tra", en: "Findings")
        var items: [Recommendation] = []
        for (index, item) in draft.recommendations.enumerated() {
            let text = try area(item.text, vi: "Kiến nghị \(index + 1)", en: "Recommendation \(index + 1)")
            guard item.due > draft.day else {
                throw OversightRefusal(.dueDate, detail: Localized(vi: "kiến nghị \(index + 1): \(item.due.vietnamese)",
                                                                   en: "recommendation \(index + 1): \(item.due.vietnamese)"))
            }
            items.append(Recommendation(number: index + 1, text: text, due: item.due))
        }
        let id = OversightID.next(prefix: "KT", year: draft.day.year, existing: records.inspections.keys)
        return .inspectionRecorded(inspection: Inspection(id: id, unitID: draft.unitID, day: draft.day, scope: scope,
                                                          findings: findings, recommendations: items, recordedBy: actor.login))
    }

    public static func followUp(inspection id: String, recommendation number: Int, status: RecommendationStatus, note: String,
                                by actor: Actor, in org: Organization, records: OversightRecords, today: Day) throws -> OversightChange {
        guard let inspection = records.inspections[id] else { throw OversightRefusal(.unknownRecord, detail: id) }
        try allowed(.followUp, actor, unitID: inspection.unitID, org)
        guard let recommendation = inspection.recommendations.first(where: { $0.number == number }) else {
            throw OversightRefusal(.unknownRecord, detail: "\(id) #\(number)")
        }
        guard !recommendation.status.isClosed else { throw OversightRefusal(.recommendationClosed, detail: "\(id) #\(number)") }
        let note = try area(note, vi: "Nội dung theo dõi", en: "Follow-up note")
        return .recommendationFollowedUp(inspectionID: id, number: number,
                                         followUp: FollowUp(day: today, status: status, note: note, by: actor.login))
    }

    // MARK: - Point 4: difficulties

    public static func fileDifficulty(unitID: String, category: DifficultyCategory, text: String, by actor: Actor,
                                      in org: Organization, records: OversightRecords, today: Day) throws -> OversightChange {
        try allowed(.fileDifficulty, actor, unitID: unitID, org)
        let text = try area(text, vi: "Nội dung vướng mắc", en: "The difficulty")
        let id = OversightID.next(prefix: "VM", year: today.year, existing: records.difficulties.keys)
        return .difficultyFiled(report: DifficultyReport(
            id: id, unitID: unitID, routedTo: OversightPermissions.cultureSocietyOffice(in: org), filedBy: actor.login,
            filedOn: today, category: category, text: text))
    }

    public static func answerDifficulty(_ id: String, text: String, by actor: Actor, in org: Organization,
                                        records: OversightRecords, today: Day) throws -> OversightChange {
        let report = try difficulty(id, records)
        try allowed(.answerDifficulty, actor, unitID: report.unitID, org)
        guard report.status == .filed else { throw OversightRefusal(.difficultyStatus, detail: report.status.label) }
        let text = try area(text, vi: "Nội dung trả lời", en: "The answer")
        return .difficultyAnswered(reportID: id, answer: DifficultyAnswer(day: today, text: text, by: actor.login))
    }

    public static func escalateDifficulty(_ id: String, due: Day, note: String, by actor: Actor, in org: Organization,
                                          records: OversightRecords, today: Day) throws -> OversightChange {
        let report = try difficulty(id, records)
        try allowed(.escalateDifficulty, actor, unitID: report.unitID, org)
        guard report.status == .filed else { throw OversightRefusal(.difficultyStatus, detail: report.status.label) }
        guard due > today else { throw OversightRefusal(.dueDate, detail: due.vietnamese) }
        let note = try area(note, vi: "Ý kiến đề xuất khi chuyển", en: "Note for the People's Committee")
        return .difficultyEscalated(reportID: id, escalation: Escalation(day: today, due: due, note: note, by: actor.login))
    }

    public static func resolveDifficulty(_ id: String, text: String, by actor: Actor, in org: Organization,
                                         records: OversightRecords, today: Day) throws -> OversightChange {
        let report = try difficulty(id, records)
        try allowed(.resolveDifficulty, actor, unitID: report.unitID, org)
        guard report.status == .escalated else { throw OversightRefusal(.difficultyStatus, detail: report.status.label) }
        let text = try area(text, vi: "Nội dung trả lời của UBND phường", en: "The People's Committee's answer")
        return .difficultyResolved(reportID: id, resolution: DifficultyAnswer(day: today, text: text, by: actor.login))
    }

    // MARK: - Helpers

    static func allowed(_ action: OversightAction, _ actor: Actor, unitID: String?, _ org: Organization) throws {
        if let refusal = OversightPermissions.check(action, by: actor, unitID: unitID, in: org) { throw refusal }
    }

    static func difficulty(_ id: String, _ records: OversightRecords) throws -> DifficultyReport {
        guard let report = records.difficulties[id] else { throw OversightRefusal(.unknownRecord, detail: id) }
        return report
    }

    static func line(_ text: String, vi: String, en: String) throws -> String {
        let field = Localized(vi: vi, en: en)
        let clean = try TextInput.singleLine(text, field: field).get()
        guard !clean.isEmpty else { throw OversightRefusal(.fieldRequired, detail: field) }
        return clean
    }

    static func area(_ text: String, vi: String, en: String, required: Bool = true) throws -> String {
        let field = Localized(vi: vi, en: en)
        let clean = try TextInput.multiLine(text, field: field).get()
        guard !required || !TextInput.isBlank(clean) else { throw OversightRefusal(.fieldRequired, detail: field) }
        return clean
    }

    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring.UnicodeScalarView(unicodeScalars)
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
