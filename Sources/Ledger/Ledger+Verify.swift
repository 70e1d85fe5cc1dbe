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
        /// v7-event-packing: the row's `dict_seq` does not name its proposal's first
        /// created event (or names one where none belongs).
        case packingDisagrees(seq: Int64)

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
            case .packingDisagrees(let seq):
                LedgerText.eventPackingDictionaryDisagrees(seq)[language]
            }
        }

        public var seq: Int64? {
            switch self {
            case .hashMismatch(let seq), .brokenLink(let seq, _), .unreadable(let seq), .playedOnRealRecord(let seq),
                 .packingDisagrees(let seq): seq
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
    /// `progress` is told the fraction done (0…1) now and then. The work is shared out over
    /// `parallelism.workers` read connections at the same head of the chain (a write landing
    /// meanwhile makes it start again; after two tries it runs in one transaction); the
    /// findings are the same, in the same order, whatever the number of workers.
    public func verify(replay: Bool = true, parallelism: VerifyParallelism = .standard,
                       progress: ((Double) -> Void)? = nil) throws -> VerifyReport {
        for attempt in 0..<3 {
            let workers = attempt < 2 ? parallelism.workers : 1
            if let report = try verifyOnce(replay: replay, parallelism: parallelism, workers: workers, progress: progress) {
                return report
            }
        }
        throw LedgerError.database(LedgerText.databaseBusySomeoneElseWriting)
    }

    private func verifyOnce(replay: Bool, parallelism: VerifyParallelism, workers: Int,
                            progress: ((Double) -> Void)?) throws -> VerifyReport? {
        try read { db in
            var report = VerifyReport()
            let tip = try EventChain.tip(db)
            report.tipHash = tip.hash
            var tasks: [VerifyTask] = []
            // The chain, in ranges of sequence numbers.
            let first = try Int64.fetchOne(db, sql: "SELECT MIN(seq) FROM event") ?? 0
            let seqCuts = stride(from: first + Int64(parallelism.eventsPerChunk), through: tip.seq, by: parallelism.eventsPerChunk).map { $0 }
            let chain = Self.ranges(seqCuts).map { range in
                VerifyTask { db in try Self.verifyChain(db, from: range.from, to: range.to) }
            }
            tasks += chain
            guard replay else {
                guard let parts = try run(tasks, workers: workers, tip: tip, db: db, progress: progress) else { return nil }
                for part in parts {
                    report.events += part.events
                    report.problems += part.problems
                }
                return report
            }

            // The organisation, settings and calendar as the events make them: the due
            // days of the proposals follow these, not the tables (checked further down).
            var adminReport = VerifyReport()
            let administration = try Self.replayAdministration(db, into: &adminReport)
            let calendar = administration.calendar, settings = administration.settings ?? .standard
            // The proposals, in ranges of ids (in id order, as one pass reads them).
            let idCuts = try Self.proposalIDCuts(db, every: parallelism.proposalsPerChunk)
            let proposals = Self.ranges(idCuts).map { range in
                VerifyTask { db in
                    try Self.verifyProposals(db, from: range.from, to: range.to, calendar: calendar, settings: settings)
                }
            }
            // The statistics facts, in ranges of proposal seqs.
            let proposalSeqs = try Row.fetchOne(db, sql: "SELECT MIN(seq), MAX(seq) FROM proposal")
            let lowSeq: Int64 = proposalSeqs?[0] ?? 0, highSeq: Int64 = proposalSeqs?[1] ?? 0
            let factCuts = stride(from: lowSeq + Int64(parallelism.proposalsPerChunk), through: highSeq,
                                  by: parallelism.proposalsPerChunk).map { $0 }
            let facts = Self.ranges(factCuts).map { range in
                VerifyTask { db in
                    var condition: [String] = ["1"]
                    var arguments: [Int64] = []
                    if let from = range.from { condition.append("p.seq >= ?"); arguments.append(from) }
                    if let to = range.to { condition.append("p.seq < ?"); arguments.append(to) }
                    return VerifyPart(ids: try Self.factRowsDisagreeing(db, where: condition.joined(separator: " AND "),
                                                                         arguments: StatementArguments(arguments)))
                }
            }
            let others: [VerifyTask] = [
                VerifyTask { db in VerifyPart(problems: try Self.countDisagreements(db, receipts: true).map { .countDisagrees(key: $0) }) },
                VerifyTask { db in
                    let ids = try String.fetchAll(db, sql: "SELECT id FROM proposal WHERE id NOT IN (SELECT DISTINCT proposal_id FROM event WHERE proposal_id IS NOT NULL)")
                    return VerifyPart(problems: ids.map { .stateDisagrees(proposalID: $0) })
                },
                VerifyTask { db in
                    VerifyPart(problems: try Self.orphanSearchRows(db).map { .recordDisagrees(table: "proposal_search", key: "rowid \($0)") })
                },
                Self.task { db, report in try Self.verifyOversight(db, into: &report) },
                VerifyTask { db in VerifyPart(ids: try Self.orphanFacts(db)) },
                Self.task { db, report in try Self.verifyConflicts(db, into: &report) },
                Self.task { db, report in try Self.verifyDelegations(db, into: &report) },
                Self.task { db, report in try Self.verifyAttachments(db, into: &report) },
                Self.task { db, report in try Self.verifyActNumbers(db, into: &report) },
                Self.task { db, report in try Self.verifyAdministration(db, replay: administration, into: &report) },
            ]
            // The search index's postings, in ranges of words (summed per row at the end).
            let searchScan = Self.ranges(SearchIndexScan.cuts).map { range in
                VerifyTask { db in
                    var part = VerifyPart()
                    part.searchIndex = try SearchIndexScan.digests(db, from: range.from, to: range.to)
                    return part
                }
            }
            // The single long pieces first, so that no worker is left with one at the end.
            let ordered = others + searchScan + tasks + proposals + facts
            guard let parts = try run(ordered, workers: workers, tip: tip, db: db, progress: progress) else { return nil }
            let otherParts = Array(parts[0..<others.count])
            var rest = parts[others.count...]
            let scanParts = rest.prefix(searchScan.count); rest = rest.dropFirst(searchScan.count)
            let chainParts = rest.prefix(chain.count); rest = rest.dropFirst(chain.count)
            let proposalParts = rest.prefix(proposals.count); rest = rest.dropFirst(proposals.count)
            let factParts = rest

            for part in chainParts {
                report.events += part.events
                report.problems += part.problems
            }
            report.problems += adminReport.problems
            for part in proposalParts {
                report.proposals += part.proposals
                report.problems += part.problems
            }
            // The search index as a whole (it keeps no text): each row's postings against
            // the words of its proposal's text.
            let named = Set(report.problems.compactMap { problem -> String? in
                switch problem {
                case .stateDisagrees(let id): id
                case .recordDisagrees("proposal_search", let id): id
                default: nil
                }
            })
            var expected: [Int64: (id: String, digest: SearchRowDigest)] = [:]
            for part in proposalParts { expected.merge(part.searchRows) { first, _ in first } }
            var index: [Int64: SearchRowDigest] = [:]
            for part in scanParts {
                for (seq, digest) in part.searchIndex { index[seq, default: SearchRowDigest()].add(digest) }
            }
            let orphans = Set(otherParts[2].problems.compactMap { problem -> Int64? in
                guard case .recordDisagrees("proposal_search", let key) = problem, key.hasPrefix("rowid ") else { return nil }
                return Int64(key.dropFirst("rowid ".count))
            })
            report.problems += try Self.searchIndexDisagreements(expected: expected, index: index, named: named, orphans: orphans, db: db)
            // The receipt counts too, unless a proposal row was already found edited (its
            // receipts then shift to another unit's count, and the proposal is named).
            let proposalsAgree = !report.problems.contains { if case .stateDisagrees = $0 { true } else { false } }
            report.problems += proposalsAgree
                ? otherParts[0].problems
                : try Self.countDisagreements(db, receipts: false).map { .countDisagrees(key: $0) }
            report.problems += otherParts[1].problems + otherParts[2].problems + otherParts[3].problems
            // The statistics facts: each disagreement is a proposal whose stored state
            // disagrees with its events (named once).
            var seen = Set<String>()
            for id in factParts.flatMap(\.ids) + otherParts[4].ids where seen.insert(id).inserted {
                if !report.problems.contains(.stateDisagrees(proposalID: id)) { report.problems.append(.stateDisagrees(proposalID: id)) }
            }
            for part in otherParts[5...] { report.problems += part.problems }
            return report
        }
    }

    /// Whether the proposal row's own columns (what the inbox lists, filters and pages
    /// on) say what the replayed proposal says. `next_due` is checked by `dueAgrees`.
    static func columnsAgree(id: String, with p: Proposal?, db: Database) throws -> Bool {
        guard let p, let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT version, state, awaiting_receipt, title, field, proposer, unit_id, reviewing_unit_id,
                   created_at, updated_at, last_actor
            FROM proposal WHERE id = ?
            """), arguments: [id]) else { return false }
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
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT next_due, next_step FROM proposal WHERE id = ?"),
                                         arguments: [proposal.id]) else {
            return false
        }
        let due = proposal.nextDue(calendar: calendar, settings: settings)
        let day: String? = row["next_due"], step: String? = row["next_step"]
        return day == due?.due.iso && step == due?.step.rawValue
    }
}
