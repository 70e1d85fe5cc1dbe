import Foundation
import GRDB
import Procedure

/// Points 1 and 4 of Công văn 432 in the store: every record is an event of the chain
/// (proposal_id NULL, kinds of ``OversightChange``), and its projection row is written in
/// the same IMMEDIATE transaction, after `Oversight` decided inside it.
extension Ledger {
    // MARK: - Reading

    /// Every record of points 1 and 4, from the projection tables.
    public func oversightRecords() throws -> OversightRecords {
        try read { db in try Self.loadOversight(db) }
    }

    /// The library: built-in texts, then those an administrator added.
    public func legalLibrary() throws -> [LegalText] {
        try oversightRecords().library
    }

    /// Coverage of point 1, optionally for some units and some texts.
    public func coverage(units: Set<String>? = nil, texts: Set<String>? = nil, asOf: Day? = nil) throws -> Coverage {
        try read { db in
            Coverage.compute(records: try Self.loadOversight(db), organization: try Self.loadOrganization(db), asOf: asOf,
                             unitIDs: units, textIDs: texts)
        }
    }

    /// Points 1 and 4 in figures for a period (see ``OversightSummary``): for the dashboard
    /// and the consolidated report.
    public func oversightSummary(from: Day, to: Day, today: Day = Day.inVietnam(Date())) throws -> OversightSummary {
        try read { db in
            OversightSummary.compute(records: try Self.loadOversight(db), organization: try Self.loadOrganization(db),
                                     from: from, to: to, today: today)
        }
    }

    static func loadOversight(_ db: Database) throws -> OversightRecords {
        var records = OversightRecords()
        for body in try String.fetchAll(db, sql: "SELECT body FROM legal_text") {
            let text = try Codec.decode(LegalText.self, body)
            records.addedTexts[text.id] = text
        }
        for body in try String.fetchAll(db, sql: "SELECT body FROM briefing") {
            let briefing = try Codec.decode(Briefing.self, body)
            records.briefings[briefing.id] = briefing
        }
        for row in try Row.fetchAll(db, sql: "SELECT login, text_id, day, statement FROM acknowledgement") {
            guard let day = Day(iso: row["day"]) else { continue }
            let ack = Acknowledgement(login: row["login"], textID: row["text_id"], day: day, statement: row["statement"])
            records.acknowledgements[OversightRecords.key(ack.login, ack.textID)] = ack
        }
        for body in try String.fetchAll(db, sql: "SELECT body FROM inspection") {
            let inspection = try Codec.decode(Inspection.self, body)
            records.inspections[inspection.id] = inspection
        }
        for body in try String.fetchAll(db, sql: "SELECT body FROM difficulty") {
            let report = try Codec.decode(DifficultyReport.self, body)
            records.difficulties[report.id] = report
        }
        return records
    }

    // MARK: - Writing

    /// Adds a text to the library. Administrators only.
    @discardableResult
    public func addLegalText(_ draft: LegalTextDraft, by actor: Actor, at now: Date = Date()) throws -> OversightChange {
        try oversightWrite(by: actor, at: now) { org, records, _ in try Oversight.addText(draft, by: actor, in: org, records: records) }
    }

    @discardableResult
    public func recordBriefing(_ draft: BriefingDraft, by actor: Actor, at now: Date = Date()) throws -> OversightChange {
        try oversightWrite(by: actor, at: now) { org, records, today in
            try Oversight.recordBriefing(draft, by: actor, in: org, records: records, today: today)
        }
    }

    /// "Tôi đã đọc và nắm được nội dung": the officer himself (`officer`, when given, must be the actor).
    @discardableResult
    public func acknowledge(_ textID: String, officer: String? = nil, by actor: Actor, at now: Date = Date()) throws -> OversightChange {
        try oversightWrite(by: actor, at: now) { org, records, today in
            try Oversight.acknowledge(textID, officer: officer, by: actor, in: org, records: records, today: today)
        }
    }

    @discardableResult
    public func recordInspection(_ draft: InspectionDraft, by actor: Actor, at now: Date = Date()) throws -> OversightChange {
        try oversightWrite(by: actor, at: now) { org, records, today in
            try Oversight.recordInspection(draft, by: actor, in: org, records: records, today: today)
        }
    }

    @discardableResult
    public func followUp(inspection id: String, recommendation number: Int, status: RecommendationStatus, note: String,
                         by actor: Actor, at now: Date = Date()) throws -> OversightChange {
        try oversightWrite(by: actor, at: now) { org, records, today in
            try Oversight.followUp(inspection: id, recommendation: number, status: status, note: note, by: actor, in: org,
                                   records: records, today: today)
        }
    }

    @discardableResult
    public func fileDifficulty(unitID: String, category: DifficultyCategory, text: String, by actor: Actor,
                               at now: Date = Date()) throws -> OversightChange {
        try oversightWrite(by: actor, at: now) { org, records, today in
            try Oversight.fileDifficulty(unitID: unitID, category: category, text: text, by: actor, in: org, records: records, today: today)
        }
    }

    @discardableResult
    public func answerDifficulty(_ id: String, text: String, by actor: Actor, at now: Date = Date()) throws -> OversightChange {
        try oversightWrite(by: actor, at: now) { org, records, today in
            try Oversight.answerDifficulty(id, text: text, by: actor, in: org, records: records, today: today)
        }
    }

    @discardableResult
    public func escalateDifficulty(_ id: String, due: Day, note: String, by actor: Actor, at now: Date = Date()) throws -> OversightChange {
        try oversightWrite(by: actor, at: now) { org, records, today in
            try Oversight.escalateDifficulty(id, due: due, note: note, by: actor, in: org, records: records, today: today)
        }
    }

    @discardableResult
    public func resolveDifficulty(_ id: String, text: String, by actor: Actor, at now: Date = Date()) throws -> OversightChange {
        try oversightWrite(by: actor, at: now) { org, records, today in
            try Oversight.resolveDifficulty(id, text: text, by: actor, in: org, records: records, today: today)
        }
    }

    /// One IMMEDIATE transaction: load, let the domain decide, append the event, write the
    /// projection row. A refusal comes out as the ``OversightRefusal`` itself and writes nothing.
    private func oversightWrite(by actor: Actor, at now: Date,
                                _ decide: (Organization, OversightRecords, Day) throws -> OversightChange) throws -> OversightChange {
        let now = Codec.millisecond(now)
        let outcome: Result<OversightChange, OversightRefusal> = try write { db in
            let org = try Self.loadOrganization(db)
            var records = try Self.loadOversight(db)
            let change: OversightChange
            do {
                change = try decide(org, records, Day.inVietnam(now))
            } catch let refusal as OversightRefusal {
                return .failure(refusal)
            }
            var tip = try EventChain.tip(db)
            try Self.appendOversight(change, by: actor, at: now, records: &records, db: db, tip: &tip)
            return .success(change)
        }
        return try outcome.get()
    }

    /// Appends the event, folds it into `records` and writes the projection row it touches.
    static func appendOversight(_ change: OversightChange, by actor: Actor, at now: Date, records: inout OversightRecords,
                                db: Database, tip: inout (seq: Int64, hash: String)) throws {
        try EventChain.append(db, proposalID: nil, kind: change.kind, actor: actor, at: now, reason: "",
                              payload: try Codec.json(change), tip: &tip)
        records.apply(change)
        switch change {
        case .textAdded(let text):
            if let stored = records.addedTexts[text.id] { try store(OversightProjection.row(stored), db: db) }
        case .briefingRecorded(let briefing):
            if let stored = records.briefings[briefing.id] { try store(OversightProjection.row(stored), db: db) }
        case .textAcknowledged(let ack):
            if let stored = records.acknowledgements[OversightRecords.key(ack.login, ack.textID)] {
                try store(OversightProjection.row(stored), db: db)
            }
        case .inspectionRecorded(let inspection):
            if let stored = records.inspections[inspection.id] { try store(OversightProjection.row(stored), db: db) }
        case .recommendationFollowedUp(let id, _, _):
            if let stored = records.inspections[id] { try store(OversightProjection.row(stored), db: db) }
        case .difficultyFiled(let report):
            if let stored = records.difficulties[report.id] { try store(OversightProjection.row(stored), db: db) }
        case .difficultyAnswered(let id, _), .difficultyEscalated(let id, _), .difficultyResolved(let id, _):
            if let stored = records.difficulties[id] { try store(OversightProjection.row(stored), db: db) }
        }
    }

    static func store(_ row: OversightProjection.Row, db: Database) throws {
        let columns = row.columns.map(\.name)
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        try db.execute(sql: "INSERT OR REPLACE INTO \(row.table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))",
                       arguments: StatementArguments(row.columns.map(\.bound)))
    }
}

/// The projection rows of points 1 and 4, column by column: what a write stores and what
/// `verify` expects to find, made by the same functions so the two cannot drift apart.
enum OversightProjection {
    struct Column: Hashable {
        var name: String
        /// Text, or nil for NULL; integers are written as their decimal text's number.
        var value: String?
        var isInteger = false

        init(_ name: String, _ value: String?, integer: Bool = false) {
            self.name = name
            self.value = value
            self.isInteger = integer
        }
    }

    struct Row: Hashable {
        var table: String
        var key: String
        var columns: [Column]
    }

    static let tables: [(name: String, key: String, columns: [String])] = [
        ("legal_text", "id", ["id", "number", "issued_on", "required", "body"]),
        ("briefing", "id", ["id", "day", "unit_id", "body"]),
        ("acknowledgement", "login || '|' || text_id", ["login", "text_id", "day", "statement"]),
        ("inspection", "id", ["id", "unit_id", "day", "open_count", "next_due", "body"]),
        ("difficulty", "id", ["id", "unit_id", "status", "filed_on", "due", "body"]),
    ]

    static func row(_ text: LegalText) throws -> Row {
        Row(table: "legal_text", key: text.id, columns: [
            Column("id", text.id), Column("number", text.number), Column("issued_on", text.issuedOn.iso),
            Column("required", text.required ? "1" : "0", integer: true), Column("body", try Codec.json(text)),
        ])
    }

    static func row(_ briefing: Briefing) throws -> Row {
        Row(table: "briefing", key: briefing.id, columns: [
            Column("id", briefing.id), Column("day", briefing.day.iso), Column("unit_id", briefing.unitID),
            Column("body", try Codec.json(briefing)),
        ])
    }

    static func row(_ ack: Acknowledgement) throws -> Row {
        Row(table: "acknowledgement", key: OversightRecords.key(ack.login, ack.textID), columns: [
            Column("login", ack.login), Column("text_id", ack.textID), Column("day", ack.day.iso),
            Column("statement", ack.statement),
        ])
    }

    static func row(_ inspection: Inspection) throws -> Row {
        let open = inspection.recommendations.filter { !$0.status.isClosed }
        return Row(table: "inspection", key: inspection.id, columns: [
            Column("id", inspection.id), Column("unit_id", inspection.unitID), Column("day", inspection.day.iso),
            Column("open_count", String(open.count), integer: true), Column("next_due", open.map(\.due).min()?.iso),
            Column("body", try Codec.json(inspection)),
        ])
    }

    static func row(_ report: DifficultyReport) throws -> Row {
        Row(table: "difficulty", key: report.id, columns: [
            Column("id", report.id), Column("unit_id", report.unitID), Column("status", report.status.rawValue),
            Column("filed_on", report.filedOn.iso), Column("due", report.escalation?.due.iso),
            Column("body", try Codec.json(report)),
        ])
    }

    /// Every row the records should have in the tables.
    static func rows(_ records: OversightRecords) throws -> [Row] {
        try records.addedTexts.values.map(row) + records.briefings.values.map(row) + records.acknowledgements.values.map(row)
            + records.inspections.values.map(row) + records.difficulties.values.map(row)
    }
}

extension OversightProjection.Column {
    /// What is bound into the statement: an integer column gets a number.
    var bound: DatabaseValueConvertible? {
        guard let value else { return nil }
        return isInteger ? Int64(value) : value
    }
}
