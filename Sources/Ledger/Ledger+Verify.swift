import Foundation
import GRDB
import Procedure

/// What `dexuat verify` found.
public struct VerifyReport: Sendable, Hashable {
    public enum Problem: Sendable, Hashable {
        /// The row's stored hash is not the hash of its content: the row was edited.
        case hashMismatch(seq: Int64)
        /// The row does not point at the hash of the row before it: a row was deleted,
        /// inserted or moved.
        case brokenLink(seq: Int64, expectedPrevious: String)
        /// Sequence numbers skip: a row was deleted.
        case gap(afterSeq: Int64, nextSeq: Int64)
        /// Replaying the events of a proposal does not give its stored state.
        case stateDisagrees(proposalID: String)
        /// An event's payload cannot be read.
        case unreadable(seq: Int64)
        /// A projection row of points 1 and 4 disagrees with the replay of its events.
        case oversightDisagrees(table: String, key: String)
        /// A kept count of the inbox presets (schema v2-speed) differs from a count of the
        /// proposals.
        case countDisagrees(key: String)
        /// A row of the organisation, the settings, the calendar or `meta` (the demo flag
        /// among them) disagrees with the replay of the administrative events: edited,
        /// added or deleted without its event. `key` names the row (a unit's id, an
        /// officer's login, `login role unit` of a grant, a day, a meta key).
        case recordDisagrees(table: String, key: String)
        /// The first event is not a readable `database_created`: whether the file is a demo
        /// cannot be read from the chain, so `DEXUAT_AS` is refused on it.
        case originUnknown
        /// An event recorded by someone played with `DEXUAT_AS` in a ledger whose first event
        /// says it is a real record, not a demo.
        case playedOnRealRecord(seq: Int64)

        public func message(_ language: Language) -> String {
            switch self {
            case .hashMismatch(let seq):
                LedgerText.eventContentEditedHashMismatch(seq)[language]
            case let .brokenLink(seq, _):
                LedgerText.eventDoesNotLinkEvent(seq)[language]
            case let .gap(after, next):
                LedgerText.eventsMissingBetween(after, next)[language]
            case .stateDisagrees(let id):
                LedgerText.proposalStoredStateDisagreesEvents(id)[language]
            case .unreadable(let seq):
                LedgerText.eventUnreadablePayload(seq)[language]
            case let .oversightDisagrees(table, key):
                LedgerText.tableStoredRecordDisagreesEvents(table, key)[language]
            case .countDisagrees(let key):
                LedgerText.keptCountDisagreesRecords(key)[language]
            case let .recordDisagrees(table, key):
                LedgerText.tableStoredRowDisagreesEvents(table, key)[language]
            case .originUnknown:
                LedgerText.eventNotReadableDatabaseCreation[language]
            case .playedOnRealRecord(let seq):
                LedgerText.eventRecordedDexuatPlayingAnother(seq)[language]
            }
        }

        public var seq: Int64? {
            switch self {
            case .hashMismatch(let seq), .brokenLink(let seq, _), .unreadable(let seq), .playedOnRealRecord(let seq): seq
            case .gap(_, let next): next
            case .originUnknown: 1
            case .stateDisagrees, .countDisagrees: nil
            case .oversightDisagrees, .recordDisagrees: nil
            }
        }
    }

    public var events: Int = 0
    public var proposals: Int = 0
    public var tipHash: String = EventChain.genesis
    public var problems: [Problem] = []

    public var ok: Bool { problems.isEmpty }

    /// The first bad event of the chain, if any.
    public var firstBadEvent: Int64? { problems.compactMap(\.seq).min() }
}

extension Ledger {
    /// Recomputes the whole chain and replays every proposal's events against its stored state.
    /// `progress` is told the fraction done (0…1) now and then: the chain is the first
    /// half, the replay the second.
    public func verify(replay: Bool = true, progress: ((Double) -> Void)? = nil) throws -> VerifyReport {
        try read { db in
            var report = VerifyReport()
            let total = Double(max(1, try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM event") ?? 0))
            var seen = 0
            var previousHash = EventChain.genesis
            var previousSeq: Int64 = 0
            let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM event ORDER BY seq")
            while let raw = try cursor.next() {
                let row = EventChain.row(from: raw)
                report.events += 1
                if report.events % 4096 == 0 { progress?(Double(report.events) / total / (replay ? 2 : 1)) }
                if row.seq != previousSeq + 1 { report.problems.append(.gap(afterSeq: previousSeq, nextSeq: row.seq)) }
                if row.prevHash != previousHash {
                    report.problems.append(.brokenLink(seq: row.seq, expectedPrevious: previousHash))
                }
                if EventChain.hash(row) != row.hash { report.problems.append(.hashMismatch(seq: row.seq)) }
                previousHash = row.hash
                previousSeq = row.seq
            }
            report.tipHash = previousHash
            guard replay else { return report }

            // The organisation, settings and calendar as the events make them: the due
            // days of the proposals follow these, not the tables (checked further down).
            let administration = try Self.replayAdministration(db, into: &report)
            let calendar = administration.calendar, settings = administration.settings ?? .standard
            var current: (id: String, events: [Event])?
            func finish() throws {
                guard let (id, events) = current else { return }
                report.proposals += 1
                // An undecodable body is a finding, not a reason for verify to fail.
                let stored = try? Self.loadProposal(id, db: db)
                let replayed = Proposal.replay(id: id, events: events)
                let columnsAgree = try Self.columnsAgree(id: id, with: replayed, db: db)
                if replayed != stored || !columnsAgree {
                    report.problems.append(.stateDisagrees(proposalID: id))
                } else if let stored {
                    if try !Self.searchRowAgrees(stored, db: db) {
                        report.problems.append(.recordDisagrees(table: "proposal_search", key: id))
                    }
                    if try !Self.dueAgrees(stored, calendar: calendar, settings: settings, db: db) {
                        report.problems.append(.recordDisagrees(table: "proposal", key: "\(id) next_due"))
                    }
                }
            }
            let events = try Row.fetchCursor(db, sql: "SELECT * FROM event WHERE proposal_id IS NOT NULL ORDER BY proposal_id, seq")
            while let raw = try events.next() {
                let row = EventChain.row(from: raw)
                seen += 1
                if seen % 4096 == 0 { progress?(0.5 + Double(seen) / total / 2) }
                guard let id = row.proposalID else { continue }
                if current?.id != id {
                    try finish()
                    current = (id, [])
                }
                do {
                    current?.events.append(try Self.event(from: row))
                } catch {
                    report.problems.append(.unreadable(seq: row.seq))
                }
            }
            try finish()
            // The receipt counts too, unless a proposal row was already found edited (its
            // receipts then shift to another unit's count, and the proposal is named).
            let proposalsAgree = !report.problems.contains { if case .stateDisagrees = $0 { true } else { false } }
            report.problems += try Self.countDisagreements(db, receipts: proposalsAgree).map { .countDisagrees(key: $0) }
            let withoutEvents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal WHERE id NOT IN (SELECT DISTINCT proposal_id FROM event WHERE proposal_id IS NOT NULL)") ?? 0
            if withoutEvents > 0 {
                for id in try String.fetchAll(db, sql: "SELECT id FROM proposal WHERE id NOT IN (SELECT DISTINCT proposal_id FROM event WHERE proposal_id IS NOT NULL)") {
                    report.problems.append(.stateDisagrees(proposalID: id))
                }
            }
            for rowid in try Self.orphanSearchRows(db) {
                report.problems.append(.recordDisagrees(table: "proposal_search", key: "rowid \(rowid)"))
            }
            try Self.verifyOversight(db, into: &report)
            try Self.verifyFacts(db, into: &report)
            try Self.verifyConflicts(db, into: &report)
            try Self.verifyDelegations(db, into: &report)
            try Self.verifyAttachments(db, into: &report)
            try Self.verifyActNumbers(db, into: &report)
            try Self.verifyAdministration(db, replay: administration, into: &report)
            return report
        }
    }

    /// Whether the proposal row's own columns (what the inbox lists, filters and pages
    /// on) say what the replayed proposal says. `next_due` is checked by `dueAgrees`.
    static func columnsAgree(id: String, with p: Proposal?, db: Database) throws -> Bool {
        guard let p, let row = try Row.fetchOne(db, sql: """
            SELECT version, state, awaiting_receipt, title, field, proposer, unit_id, reviewing_unit_id,
                   created_at, updated_at, last_actor
            FROM proposal WHERE id = ?
            """, arguments: [id]) else { return false }
        let version: Int = row["version"], state: String = row["state"], awaiting: Bool = row["awaiting_receipt"]
        let title: String = row["title"], field: String = row["field"], proposer: String = row["proposer"]
        let unit: String = row["unit_id"], reviewing: String = row["reviewing_unit_id"], lastActor: String = row["last_actor"]
        let created: Int64 = row["created_at"], updated: Int64 = row["updated_at"]
        return version == p.version && state == p.state.rawValue && awaiting == p.awaitingReceipt && title == p.title
            && field == p.dossier.field.rawValue && proposer == p.proposer && unit == p.unitID && reviewing == p.reviewingUnitID
            && created == Codec.milliseconds(p.createdAt) && updated == Codec.milliseconds(p.updatedAt) && lastActor == p.lastActor
    }
}

extension Ledger {
    /// Whether the kept due day and step of a proposal (what "overdue" and "due soon" are
    /// read from) are what `Proposal.nextDue` makes of it under the calendar and settings
    /// the events give. A change to `nextDue`'s rule must come with a migration that
    /// recomputes the column (as a calendar or settings change does, `refreshDueDates`).
    static func dueAgrees(_ proposal: Proposal, calendar: WorkingCalendar, settings: ProcedureSettings, db: Database) throws -> Bool {
        guard let row = try Row.fetchOne(db, sql: "SELECT next_due, next_step FROM proposal WHERE id = ?", arguments: [proposal.id]) else {
            return false
        }
        let due = proposal.nextDue(calendar: calendar, settings: settings)
        let day: String? = row["next_due"], step: String? = row["next_step"]
        return day == due?.due.iso && step == due?.step.rawValue
    }
}
