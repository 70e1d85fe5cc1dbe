import Foundation
import GRDB
import Procedure

/// What `verify --since CODE` found (issue 16): the chain from the event a checkpoint code
/// names to the end, and the replay of every proposal that part of the chain touches.
public struct VerifySinceReport: Sendable, Hashable {
    /// The code checked from.
    public var checkpoint: ChainCheckpoint
    /// Whether the stored chain still has, at the code's event, the hash the code names.
    /// Nothing else is checked when it has not.
    public var finding: CheckpointFinding
    /// The findings after the checkpoint: `events` counts the events after it (each rehashed
    /// and linked back to the checkpoint's event), `proposals` the proposals they touch
    /// (each replayed from its first event).
    public var report: VerifyReport
    /// The last event checked (the head of the chain), 0 when the code did not match.
    public var lastSeq: Int64

    /// The first event whose hash was recomputed: the one after the checkpoint's.
    public var firstSeq: Int64 { checkpoint.seq + 1 }

    public var ok: Bool { finding.ok && report.ok }
}

extension Ledger {
    /// Checks the chain after a checkpoint code rather than the whole of it: the event the
    /// code names must still carry the hash the code names (else nothing more is checked
    /// and `finding` says why); every later event is rehashed, linked to the one before
    /// and numbered without a gap; every proposal with an event after the checkpoint is
    /// replayed over its whole history against its stored row, search row's word counts,
    /// due day, statistics row, conflicts of interest and act numbers (``ProposalScope``);
    /// the organisation, settings, calendar, `meta`, the oversight records of points 1 and
    /// 4 and the delegations are replayed whole (their events are few and read through the
    /// index of events without a proposal). What it does not do (docs/PERFORMANCE.md):
    /// rehash the events up to the checkpoint, replay the proposals no later event touches
    /// (nor their conflicts and act numbers), recount the kept counts, compare the search
    /// index's postings, rehash attachments.
    public func verify(since code: ChainCheckpoint, parallelism: VerifyParallelism = .standard,
                       progress: ((Double) -> Void)? = nil) throws -> VerifySinceReport {
        for attempt in 0..<3 {
            let workers = attempt < 2 ? parallelism.workers : 1
            if let result = try verifyOnce(since: code, parallelism: parallelism, workers: workers, progress: progress) {
                return result
            }
        }
        throw LedgerError.database(LedgerText.databaseBusySomeoneElseWriting)
    }

    private func verifyOnce(since code: ChainCheckpoint, parallelism: VerifyParallelism, workers: Int,
                            progress: ((Double) -> Void)?) throws -> VerifySinceReport? {
        try read { db in
            var result = VerifySinceReport(checkpoint: code, finding: .matches, report: VerifyReport(), lastSeq: 0)
            let tip = try EventChain.tip(db)
            guard let hash = try String.fetchOne(db, sql: "SELECT hash FROM event WHERE seq = ?", arguments: [code.seq]) else {
                result.finding = .truncated(lastSeq: tip.seq)
                return result
            }
            guard code.matches(hash: hash) else {
                result.finding = .rewritten
                return result
            }
            result.lastSeq = tip.seq
            result.report.tipHash = tip.hash
            let start = code.seq + 1
            let seqCuts = stride(from: start + Int64(parallelism.eventsPerChunk), through: tip.seq, by: parallelism.eventsPerChunk).map { $0 }
            var chainRanges = Self.ranges(seqCuts)
            chainRanges[0].from = start
            let chain = chainRanges.map { range in
                VerifyTask { db in try Self.verifyChain(db, from: range.from, to: range.to) }
            }
            var adminReport = VerifyReport()
            let administration = try Self.replayAdministration(db, into: &adminReport)
            let calendar = administration.calendar, settings = administration.settings ?? .standard
            let touched = try String.fetchAll(db, sql: """
                SELECT DISTINCT proposal_id FROM event WHERE seq > ? AND proposal_id IS NOT NULL ORDER BY proposal_id
                """, arguments: [code.seq])
            let groups = stride(from: 0, to: touched.count, by: 256).map { Array(touched[$0..<min($0 + 256, touched.count)]) }
            let proposals = groups.map { ids in
                VerifyTask { db in try Self.verifyProposals(db, from: nil, to: nil, ids: ids, calendar: calendar, settings: settings) }
            }
            let after = code.seq
            let scope = ProposalScope(ids: touched, after: after)
            let others: [VerifyTask] = [
                VerifyTask { db in
                    VerifyPart(ids: try Self.factRowsDisagreeing(
                        db, where: "p.id IN (SELECT proposal_id FROM event WHERE seq > ? AND proposal_id IS NOT NULL)", arguments: [after]))
                },
                Self.task { db, report in try Self.verifyOversight(db, into: &report) },
                Self.task { db, report in try Self.verifyDelegations(db, into: &report) },
                // The registers that decide who may do what and which number an act gets:
                // the touched proposals' rows and those of later events (the attachments'
                // contents are not rehashed here).
                Self.task { db, report in try Self.verifyConflicts(db, scope: scope, into: &report) },
                Self.task { db, report in try Self.verifyActNumbers(db, scope: scope, into: &report) },
                Self.task { db, report in try Self.verifyAdministration(db, replay: administration, playedAfter: after, into: &report) },
            ]
            guard let parts = try run(chain + proposals + others, workers: workers, tip: tip, db: db, progress: progress) else { return nil }
            var report = result.report
            for part in parts.prefix(chain.count) {
                report.events += part.events
                report.problems += part.problems
            }
            report.problems += adminReport.problems
            for part in parts.dropFirst(chain.count).prefix(proposals.count) {
                report.proposals += part.proposals
                report.problems += part.problems
            }
            let rest = Array(parts.suffix(others.count))
            for id in rest[0].ids where !report.problems.contains(.stateDisagrees(proposalID: id)) {
                report.problems.append(.stateDisagrees(proposalID: id))
            }
            for part in rest.dropFirst() { report.problems += part.problems }
            result.report = report
            return result
        }
    }
}

/// The part of a register kept per proposal (conflicts of interest, act numbers) that
/// `verify --since` compares with the events: the rows of the proposals with an event after
/// the checkpoint (their events are read through the proposal's index, not by kind over the
/// whole chain), and any row that names an event after it. The rows of the other proposals
/// are left to `verify`, as their proposal rows are.
struct ProposalScope: Sendable {
    var ids: [String]
    var after: Int64

    /// The rows in scope, `column` being the table's event seq.
    func sql(seq column: String) -> String {
        "WHERE proposal_id IN (SELECT value FROM json_each(?)) OR \(column) > ?"
    }

    var arguments: StatementArguments {
        let list = (try? JSONEncoder().encode(ids)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        return [list, after]
    }
}
