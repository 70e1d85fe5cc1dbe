import Foundation
import GRDB
import Procedure

/// One conflict of interest as stored: the proposal, the officer, the reason and the day,
/// with the sequence number of the `conflict_declared` event that made it.
public struct ConflictRecord: Sendable, Hashable, Codable {
    public var seq: Int64
    public var proposalID: String
    public var officer: String
    public var reason: String
    public var day: Day

    public init(seq: Int64, proposalID: String, officer: String, reason: String, day: Day) {
        self.seq = seq
        self.proposalID = proposalID
        self.officer = officer
        self.reason = reason
        self.day = day
    }
}

extension Ledger {
    /// §7.4: `actor` declares a conflict of interest on proposal `id`. The event, the
    /// proposal's new state and the row of `conflict_declaration` are one transaction.
    @discardableResult
    public func declareConflict(on id: String, reason: String, by actor: Actor, at now: Date = Date()) throws -> Proposal {
        let now = Codec.millisecond(now)
        return try write { db in
            // A draft is private (§5): to anyone but its proposer it does not exist.
            guard let current = try Self.loadProposal(id, db: db),
                  current.state != .draft || current.proposer == actor.login else { throw LedgerError.notFound(id) }
            let context = Context(organization: try Self.loadOrganization(db), settings: try Self.loadSettings(db), now: now)
            let transition = try Workflow.declareConflict(on: current, reason: reason, by: actor, context: context).get()
            try store(transition, previous: current, context: context, calendar: try Self.loadCalendar(db), db: db)
            let seq = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM event") ?? 0
            for event in transition.events {
                guard case .conflictDeclared(let declared) = event.change else { continue }
                try db.execute(sql: "INSERT INTO conflict_declaration (seq, proposal_id, officer, reason, day) VALUES (?, ?, ?, ?, ?)",
                               arguments: [seq, id, declared.officer, declared.reason, declared.day.iso])
            }
            return transition.proposal
        }
    }

    /// The declared conflicts, oldest first: of one proposal, or of all when `proposalID`
    /// is nil. Declarations are refused on drafts, so none here reveals a private draft.
    public func conflicts(of proposalID: String? = nil) throws -> [ConflictRecord] {
        try read { db in try Self.storedConflicts(db, proposalID: proposalID) }
    }

    static func storedConflicts(_ db: Database, proposalID: String? = nil) throws -> [ConflictRecord] {
        let rows = proposalID == nil
            ? try Row.fetchAll(db, sql: "SELECT * FROM conflict_declaration ORDER BY seq")
            : try Row.fetchAll(db, sql: "SELECT * FROM conflict_declaration WHERE proposal_id = ? ORDER BY seq", arguments: [proposalID])
        // A row whose day cannot be read is left out here and reported by `verify`.
        return rows.compactMap { row in
            let dayText: String = row["day"]
            guard let day = Day(iso: dayText) else { return nil }
            return ConflictRecord(seq: row["seq"], proposalID: row["proposal_id"], officer: row["officer"],
                                  reason: row["reason"], day: day)
        }
    }

    /// `verify`: the table as the `conflict_declared` events make it, row by row (keyed by
    /// the event's seq): an edited, added or deleted row is reported. With a `scope`
    /// (`verify --since`), only the rows of its proposals and those of events after it.
    static func verifyConflicts(_ db: Database, scope: ProposalScope? = nil, into report: inout VerifyReport) throws {
        // Compared as the stored text, so that a day edited into something unreadable counts too.
        var replayed: [Int64: [String]] = [:]
        var raws: [GRDB.Row] = []
        if let ids = scope?.ids {
            for id in ids {
                raws += try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM event WHERE proposal_id = ? AND kind = 'conflict_declared' ORDER BY seq"),
                                         arguments: [id])
            }
        } else {
            raws = try Row.fetchAll(db, sql: "SELECT * FROM event WHERE kind = 'conflict_declared' ORDER BY seq")
        }
        for raw in raws {
            let row = EventChain.row(from: raw)
            // An unreadable payload is reported by the proposal's replay.
            guard let id = row.proposalID, let event = try? Self.event(from: row),
                  case .conflictDeclared(let declared) = event.change else { continue }
            replayed[row.seq] = [id, declared.officer, declared.reason, declared.day.iso]
        }
        var stored: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT seq, proposal_id, officer, reason, day FROM conflict_declaration \(scope?.sql(seq: "seq") ?? "")",
                                    arguments: scope?.arguments ?? []) {
            stored[row["seq"]] = [row["proposal_id"], row["officer"], row["reason"], row["day"]]
        }
        for seq in Set(replayed.keys).union(stored.keys).sorted() where replayed[seq] != stored[seq] {
            let fields = replayed[seq] ?? stored[seq] ?? []
            let key = fields.count >= 2 ? "\(fields[0]) \(fields[1]) (seq \(seq))" : "seq \(seq)"
            report.problems.append(.recordDisagrees(table: "conflict_declaration", key: key))
        }
    }
}
