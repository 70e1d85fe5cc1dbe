import Foundation
import GRDB
import Procedure

/// The three official documents dexuat prints from the record (issue 4, §6).
public enum OfficialDocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Biên bản họp tập thể lãnh đạo.
    case minutes
    /// Quyết định cho phép triển khai (or the head's written override).
    case decision
    /// Kết luận đánh giá kết quả.
    case conclusion

    /// The abbreviation of the kind in a số/ký hiệu (Nghị định 30/2020, Phụ lục III).
    public var symbol: String {
        switch self {
        case .minutes: "BB"
        case .decision: "QĐ"
        case .conclusion: ActNumber.conclusionSymbol
        }
    }

    public var label: Localized {
        switch self {
        case .minutes: LedgerText.minutesLeadershipMeeting
        case .decision: LedgerText.decisionAllowingImplementation
        case .conclusion: LedgerText.conclusionEvaluation
        }
    }
}

/// One entry of the register of documents (sổ đăng ký văn bản): the number a document of
/// one proposal got in its unit's register for its kind and year.
///
///     let number = try ledger.documentNumber(for: "2026-014", kind: .decision, day: decisionDay, by: clerk)
///     number.reference   // "07/QĐ-VHXH"
public struct DocumentNumber: Sendable, Hashable, Codable {
    public var proposalID: String
    public var unitID: String
    public var kind: OfficialDocumentKind
    public var year: Int
    public var number: Int
    /// The day the document bears.
    public var day: Day
    /// The số/ký hiệu as printed, e.g. "07/QĐ-VHXH".
    public var reference: String

    public init(proposalID: String, unitID: String, kind: OfficialDocumentKind, year: Int, number: Int, day: Day) {
        self.proposalID = proposalID
        self.unitID = unitID
        self.kind = kind
        self.year = year
        self.number = number
        self.day = day
        reference = String(format: "%02d", number) + "/\(kind.symbol)-\(unitID)"
    }
}

extension Ledger {
    /// The chain event kind of a number entered in the register of documents. Such events
    /// carry `proposal_id` NULL (the proposal is named in the payload), like the
    /// organisation's events, so that replaying a proposal's own events is not disturbed.
    public static let documentNumberedKind = "document_numbered"

    /// The number of a decision or a conclusion: the one its act carries (issue 15), none
    /// for the minutes or for an act recorded without a number before issue 15.
    static func actDocumentNumber(of proposal: Proposal, kind: OfficialDocumentKind) -> DocumentNumber? {
        let act: (number: String, day: Day)?
        switch kind {
        case .minutes: act = nil
        case .decision: act = proposal.decision.map { ($0.number, $0.day) }
        case .conclusion: act = proposal.conclusion.map { ($0.number, $0.day) }
        }
        guard let act, !act.number.isEmpty else { return nil }
        var entry = DocumentNumber(proposalID: proposal.id, unitID: proposal.reviewingUnitID, kind: kind, year: act.day.year,
                                   number: ActNumber(parsing: act.number)?.number ?? 0, day: act.day)
        entry.reference = act.number
        return entry
    }

    /// The number of a document of a proposal: for a decision or a conclusion, the one
    /// number its act was given when recorded (issue 15); otherwise the one already in the register when the
    /// same document is printed again, else the next number of the reviewing unit's
    /// register for this kind and the year of `day`, entered as a chain event in the same
    /// transaction. Only the head, a deputy or the clerk of the reviewing unit issue
    /// documents.
    public func documentNumber(for proposalID: String, kind: OfficialDocumentKind, day: Day, by actor: Actor,
                               at now: Date = Date()) throws -> (number: DocumentNumber, reused: Bool) {
        let now = Codec.millisecond(now)
        return try write { db in
            guard let proposal = try Self.loadProposal(proposalID, db: db) else { throw LedgerError.notFound(proposalID) }
            let org = try Self.loadOrganization(db)
            let unit = proposal.reviewingUnitID
            let login = actor.login
            guard org.officer(login) != nil else { throw LedgerError.refused(Refusal(.unknownOfficer, detail: login)) }
            guard [Role.head, .deputy, .clerk].contains(where: { org.holds($0, login, in: unit) }) else {
                throw LedgerError.refused(Refusal(.roleRequired, detail: LedgerText.headDeputyOrClerk(org.unit(unit)?.name ?? unit)))
            }
            // Issue 15: a decision or conclusion prints the one number its act was given.
            if let act = Self.actDocumentNumber(of: proposal, kind: kind) { return (act, true) }
            if let row = try Row.fetchOne(db, sql: "SELECT * FROM document_number WHERE proposal_id = ? AND kind = ?",
                                          arguments: [proposalID, kind.rawValue]) {
                return (try Self.documentNumber(from: row), true)
            }
            let last = try Int.fetchOne(db, sql: "SELECT MAX(number) FROM document_number WHERE unit_id = ? AND kind = ? AND year = ?",
                                        arguments: [unit, kind.rawValue, day.year]) ?? 0
            let entry = DocumentNumber(proposalID: proposalID, unitID: unit, kind: kind, year: day.year, number: last + 1, day: day)
            var tip = try EventChain.tip(db)
            let row = try EventChain.append(db, proposalID: nil, kind: Self.documentNumberedKind, actor: Actor(login: login, played: actor.played),
                                            at: now, reason: entry.reference, payload: try Codec.json(entry), tip: &tip)
            try db.execute(sql: """
                INSERT INTO document_number (unit_id, kind, year, number, proposal_id, reference, day, event_seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [entry.unitID, entry.kind.rawValue, entry.year, entry.number, entry.proposalID,
                                 entry.reference, entry.day.iso, row.seq])
            return (entry, false)
        }
    }

    /// Every number in the register of documents, in the order they were given.
    public func documentNumbers() throws -> [DocumentNumber] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM document_number ORDER BY event_seq").map(Self.documentNumber(from:))
        }
    }

    /// Where the register of documents disagrees with its events: a row without its event,
    /// an event without its row, or a row that says something else than its event.
    public func verifyDocumentRegister() throws -> [Localized] {
        try read { db in
            var problems: [Localized] = []
            var fromEvents: [Int64: DocumentNumber] = [:]
            for raw in try Row.fetchAll(db, sql: "SELECT seq, payload FROM event WHERE kind = ? AND proposal_id IS NULL ORDER BY seq",
                                        arguments: [Self.documentNumberedKind]) {
                let seq: Int64 = raw["seq"]
                if let entry = try? Codec.decode(DocumentNumber.self, raw["payload"]) {
                    fromEvents[seq] = entry
                } else {
                    problems.append(LedgerText.eventUnreadableDocumentNumber(seq))
                }
            }
            var seen: Set<Int64> = []
            for raw in try Row.fetchAll(db, sql: "SELECT * FROM document_number ORDER BY event_seq") {
                let seq: Int64 = raw["event_seq"]
                let stored = try Self.documentNumber(from: raw)
                seen.insert(seq)
                if fromEvents[seq] != stored {
                    problems.append(LedgerText.registerDocumentsProposalDisagreesEvent(stored.reference, stored.proposalID, seq))
                }
            }
            for (seq, entry) in fromEvents.sorted(by: { $0.key < $1.key }) where !seen.contains(seq) {
                problems.append(LedgerText.registerDocumentsLacksProposalEvent(entry.reference, entry.proposalID, seq))
            }
            return problems
        }
    }

    static func documentNumber(from row: Row) throws -> DocumentNumber {
        let kindText: String = row["kind"], dayText: String = row["day"]
        guard let kind = OfficialDocumentKind(rawValue: kindText), let day = Day(iso: dayText) else {
            throw LedgerError.database(LedgerText.unreadableRowRegisterDocuments)
        }
        var entry = DocumentNumber(proposalID: row["proposal_id"], unitID: row["unit_id"], kind: kind, year: row["year"],
                                   number: row["number"], day: day)
        entry.reference = row["reference"]
        return entry
    }
}
