import Dispatch
import Foundation
import GRDB
import Procedure

/// How `verify` shares its work out (issue 16): the chain is cut into ranges of sequence
/// numbers and the replay into ranges of proposal ids; a fixed pool of workers, each on its
/// own read connection at the same head of the chain, takes the pieces in turn, and the
/// findings are put back together in the order a single pass would give them.
public struct VerifyParallelism: Sendable, Hashable {
    /// How many read connections work at once (1: everything in the caller's transaction).
    public var workers: Int
    /// Events per piece of the hash pass.
    public var eventsPerChunk: Int
    /// Proposals per piece of the replay (and of the statistics check).
    public var proposalsPerChunk: Int

    public init(workers: Int, eventsPerChunk: Int = 200_000, proposalsPerChunk: Int = 2_000) {
        self.workers = max(1, workers)
        self.eventsPerChunk = max(1, eventsPerChunk)
        self.proposalsPerChunk = max(1, proposalsPerChunk)
    }

    /// One worker per core, at most four (the pool keeps five readers).
    public static var standard: VerifyParallelism {
        VerifyParallelism(workers: min(4, max(1, ProcessInfo.processInfo.activeProcessorCount)))
    }

    /// Everything in one transaction, one piece after another.
    public static let single = VerifyParallelism(workers: 1)
}

/// What one piece of verify's work found.
struct VerifyPart: Sendable {
    var problems: [VerifyReport.Problem] = []
    var events = 0
    var proposals = 0
    /// The statistics check's pieces: the ids whose facts row disagrees, in `seq` order.
    var ids: [String] = []
    /// The replay's pieces: the digest of the words each agreeing proposal's search row
    /// must hold, by seq (issue 16: the index keeps no text; `Ledger.searchIndexDisagreements`
    /// compares them with the index).
    var searchRows: [Int64: (id: String, digest: SearchRowDigest)] = [:]
    /// The index scan's pieces: each row's postings over a range of words, by seq.
    var searchIndex: [Int64: SearchRowDigest] = [:]
}

/// One piece of verify's work, run on whichever worker takes it.
struct VerifyTask: Sendable {
    var run: @Sendable (Database) throws -> VerifyPart
}

/// The shared state of the workers: the next piece to take, what each piece found, and
/// whether a worker found the chain moved on (a write landed between the transactions).
private final class VerifyBoard: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var results: [VerifyPart?]
    private var error: (any Error)?
    private var movedOn = false
    private var finished = 0

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func take() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard error == nil, !movedOn, next < results.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ index: Int, _ part: VerifyPart) {
        lock.lock(); defer { lock.unlock() }
        results[index] = part
        finished += 1
    }

    func fail(_ failure: any Error) {
        lock.lock(); defer { lock.unlock() }
        if error == nil { error = failure }
    }

    func moved() {
        lock.lock(); defer { lock.unlock() }
        movedOn = true
    }

    var fraction: Double {
        lock.lock(); defer { lock.unlock() }
        return results.isEmpty ? 1 : Double(finished) / Double(results.count)
    }

    /// The parts in order; nil when the chain moved on under a worker.
    func outcome() throws -> [VerifyPart]? {
        lock.lock(); defer { lock.unlock() }
        if let error { throw error }
        if movedOn { return nil }
        return results.map { $0 ?? VerifyPart() }
    }
}

extension Ledger {
    /// Runs `tasks` and returns what each found, in the order given. With one worker they
    /// run here, in `db`'s transaction; otherwise each worker opens its own read
    /// transaction and first checks that it sees the chain ending at `tip`, as `db` does
    /// (nil when it does not: the caller starts again).
    func run(_ tasks: [VerifyTask], workers: Int, tip: (seq: Int64, hash: String), db: Database,
             progress: ((Double) -> Void)?) throws -> [VerifyPart]? {
        if workers <= 1 || tasks.count <= 1 {
            var parts: [VerifyPart] = []
            for (index, task) in tasks.enumerated() {
                parts.append(try task.run(db))
                if index % 4 == 3 { progress?(Double(index + 1) / Double(tasks.count)) }
            }
            return parts
        }
        let board = VerifyBoard(count: tasks.count)
        let group = DispatchGroup()
        let pool = self.pool
        for _ in 0..<min(workers, tasks.count) {
            DispatchQueue.global(qos: .userInitiated).async(group: group) {
                do {
                    try pool.read { db in
                        let seen = try EventChain.tip(db)
                        guard seen.seq == tip.seq, seen.hash == tip.hash else {
                            board.moved()
                            return
                        }
                        while let index = board.take() {
                            board.store(index, try tasks[index].run(db))
                        }
                    }
                } catch {
                    board.fail(error)
                }
            }
        }
        while group.wait(timeout: .now() + .milliseconds(250)) == .timedOut {
            progress?(board.fraction)
        }
        do {
            return try board.outcome()
        } catch let error as LedgerError {
            throw error
        } catch {
            throw LedgerError.database(Ledger.describe(error))
        }
    }

    /// Cut points that share `sorted` values out `every` at a time: the first value of
    /// every piece but the first (which starts unbounded, as the last ends unbounded).
    static func cuts<T>(_ sorted: [T], every: Int) -> [T] {
        stride(from: every, to: sorted.count, by: every).map { sorted[$0] }
    }

    /// The pieces `[nil, c0)`, `[c0, c1)`, …, `[ck, nil)` of the cut points.
    static func ranges<T>(_ cuts: [T]) -> [(from: T?, to: T?)] {
        var ranges: [(from: T?, to: T?)] = []
        var from: T?
        for cut in cuts {
            ranges.append((from, cut))
            from = cut
        }
        ranges.append((from, nil))
        return ranges
    }

    /// Every `every`-th proposal id in id order (a window over the primary key's index,
    /// not every id in memory).
    static func proposalIDCuts(_ db: Database, every: Int) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM proposal) WHERE n > 1 AND (n - 1) % ? = 0 ORDER BY id
            """, arguments: [every])
    }
}

extension Ledger {
    /// The hash pass over the events with `from ≤ seq < to` (nil: unbounded): each row's
    /// hash recomputed, each link to the row before it and each gap in the numbers, as a
    /// single pass from the first row finds them (the row before `from` is read for its
    /// number and hash).
    static func verifyChain(_ db: Database, from: Int64?, to: Int64?) throws -> VerifyPart {
        // v7-event-packing: the packed table itself (Ledger+PackedVerify.swift); a file
        // opened read-only before it has the old table.
        if try db.tableExists("event_log") { return try verifyPackedChain(db, from: from, to: to) }
        var part = VerifyPart()
        var previousSeq: Int64 = 0
        var previousHash = EventChain.genesis
        if let from, let before = try Row.fetchOne(db, sql: "SELECT seq, hash FROM event WHERE seq < ? ORDER BY seq DESC LIMIT 1",
                                                    arguments: [from]) {
            previousSeq = before[0]
            previousHash = before[1]
        }
        var clauses: [String] = []
        var arguments: [Int64] = []
        if let from { clauses.append("seq >= ?"); arguments.append(from) }
        if let to { clauses.append("seq < ?"); arguments.append(to) }
        let condition = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        let cursor = try Row.fetchCursor(db, sql: "SELECT \(try EventChain.columns(db)) FROM event \(condition) ORDER BY seq",
                                         arguments: StatementArguments(arguments))
        while let raw = try cursor.next() {
            let row = EventChain.row(positional: raw)
            part.events += 1
            if row.seq != previousSeq + 1 { part.problems.append(.gap(afterSeq: previousSeq, nextSeq: row.seq)) }
            if row.prevHash != previousHash {
                part.problems.append(.brokenLink(seq: row.seq, expectedPrevious: previousHash))
            }
            if EventChain.hash(row) != row.hash { part.problems.append(.hashMismatch(seq: row.seq)) }
            previousHash = row.hash
            previousSeq = row.seq
        }
        return part
    }

    /// Replays the proposals whose ids are in `[from, to)` (nil: unbounded), or exactly
    /// `ids` when given, against their stored rows: state, columns, search row, due day.
    static func verifyProposals(_ db: Database, from: String?, to: String?, ids: [String]? = nil,
                                calendar: WorkingCalendar, settings: ProcedureSettings) throws -> VerifyPart {
        var part = VerifyPart()
        var made: SearchScratch?
        func scratch() throws -> SearchScratch {
            if let made { return made }
            let fresh = try SearchScratch()
            made = fresh
            return fresh
        }
        var current: (id: String, events: [Event])?
        func finish() throws {
            guard let (id, events) = current else { return }
            part.proposals += 1
            let replayed = Proposal.replay(id: id, events: events)
            // An undecodable body is a finding, not a reason for verify to fail.
            let stored = Self.storedProposal(id, replayed: replayed, db: db)
            let columnsAgree = try Self.columnsAgree(id: id, with: replayed, db: db)
            if replayed != stored || !columnsAgree {
                part.problems.append(.stateDisagrees(proposalID: id))
            } else if let stored {
                // The row's word counts here; its words against the whole index's postings
                // once every piece is done (`searchIndexDisagreements`).
                if let row = try Self.expectedSearchRow(stored, db: db, scratch: scratch) {
                    part.searchRows[row.seq] = (id, row.digest)
                } else {
                    part.problems.append(.recordDisagrees(table: "proposal_search", key: id))
                }
                if try !Self.dueAgrees(stored, calendar: calendar, settings: settings, db: db) {
                    part.problems.append(.recordDisagrees(table: "proposal", key: "\(id) next_due"))
                }
            }
        }
        let columns = try EventChain.columns(db)
        func consume(_ cursor: RowCursor) throws {
            while let raw = try cursor.next() {
                let row = EventChain.row(positional: raw)
                part.events += 1
                guard let id = row.proposalID else { continue }
                if current?.id != id {
                    try finish()
                    current = (id, [])
                }
                do {
                    current?.events.append(try Self.event(from: row))
                } catch {
                    part.problems.append(.unreadable(seq: row.seq))
                }
            }
        }
        if let ids {
            for id in ids {
                // One statement for every id (preparing a query of the `event` view is most
                // of the cost of a small `verify --since`).
                try consume(try Row.fetchCursor(db.cachedStatement(sql: "SELECT \(columns) FROM event WHERE proposal_id = ? ORDER BY seq"),
                                                arguments: [id]))
            }
        } else {
            var clauses = ["proposal_id IS NOT NULL"]
            var arguments: [String] = []
            if let from { clauses.append("proposal_id >= ?"); arguments.append(from) }
            if let to { clauses.append("proposal_id < ?"); arguments.append(to) }
            try consume(try Row.fetchCursor(db, sql: """
                SELECT \(columns) FROM event WHERE \(clauses.joined(separator: " AND ")) ORDER BY proposal_id, seq
                """, arguments: StatementArguments(arguments)))
        }
        try finish()
        return part
    }

    /// A check that appends to a report, run as a piece of its own.
    static func task(_ check: @escaping @Sendable (Database, inout VerifyReport) throws -> Void) -> VerifyTask {
        VerifyTask { db in
            var report = VerifyReport()
            try check(db, &report)
            return VerifyPart(problems: report.problems)
        }
    }
}

extension EventChain {
    /// The columns `row(positional:)` reads, in its order. A file from before
    /// v5-delegation opened read-only has no `acting` column: NULL stands for it.
    static func columns(_ db: Database) throws -> String {
        let acting = try db.columns(in: "event").contains { $0.name == "acting" }
        return "seq, proposal_id, kind, actor, on_behalf_of, played, at_utc, at_local, reason, payload, prev_hash, hash, "
            + (acting ? "acting" : "NULL AS acting")
    }

    /// A row selected with `columns(_:)`, read by position rather than by name (verify
    /// reads every row, some twice).
    static func row(positional raw: GRDB.Row) -> Row {
        Row(seq: raw[0], proposalID: raw[1], kind: raw[2], actor: raw[3], onBehalfOf: raw[4], played: raw[5],
            atUTC: raw[6], atLocal: raw[7], reason: raw[8], payload: raw[9], prevHash: raw[10], hash: raw[11], acting: raw[12])
    }
}
