import Foundation
import GRDB
import Procedure

/// A named filter of the inbox, with how many proposals it holds (the TUI's `f` picker).
public struct InboxPreset: Sendable, Hashable, Identifiable {
    public enum Kind: Sendable, Hashable {
        /// Việc chờ tôi: what this officer can do now.
        case waitingOnMe
        case dueSoon
        case overdue
        case all
        case state(ProposalState)
        case unit(String)
    }

    public var kind: Kind
    public var label: Localized
    public var count: Int

    public var id: String {
        switch kind {
        case .waitingOnMe: "mine"
        case .dueSoon: "due_soon"
        case .overdue: "overdue"
        case .all: "all"
        case .state(let s): "state:" + s.rawValue
        case .unit(let u): "unit:" + u
        }
    }
}

extension Ledger {
    /// A number that changes whenever any connection, in any process, commits a write:
    /// what the TUI polls to show another officer's change without a keypress.
    public func changeToken() throws -> Int64 {
        try pool.writeWithoutTransaction { db in
            try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0
        } + (try read { db in try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM event") ?? 0 })
    }

    /// The proposals on which this officer has a step to take now (Việc chờ tôi), newest first.
    ///
    /// A first cut in SQL (the units and states where any of their roles could act), then
    /// the exact check of `Permissions` and of what is still theirs to do (a ballot not yet
    /// cast, an opinion not yet recorded) on each candidate.
    public func waitingOn(_ login: String, limit: Int = 500) throws -> [ProposalSummary] {
        try read { db in
            let org = try Self.loadOrganization(db)
            let settings = try Self.loadSettings(db)
            let units = Self.unitsWatched(by: login, in: org)
            // The candidates' seqs first, from the newest end of each index (their own
            // proposals, then each unit they watch), so that no proposal row is read
            // beyond the `candidates` newest of each: an OR over the indexes would read
            // and sort every open proposal of the units (seconds at a million).
            let candidates = max(1, limit) * 4
            let readable = Self.readable(by: login)
            let open = "state NOT IN ('closed', 'withdrawn', 'rejected', 'out_of_scope')"
            var parts = ["SELECT seq FROM (SELECT seq FROM proposal WHERE proposer = ? AND \(open) ORDER BY seq DESC LIMIT \(candidates))"]
            var arguments: [any DatabaseValueConvertible] = [login]
            for unit in units {
                parts.append("SELECT seq FROM (SELECT seq FROM proposal WHERE reviewing_unit_id = ? AND \(open) ORDER BY seq DESC LIMIT \(candidates))")
                arguments.append(unit)
            }
            let sql = """
                SELECT p.seq, p.id, p.title, p.state, p.awaiting_receipt, p.field, p.unit_id, p.reviewing_unit_id, p.proposer,
                       p.next_due, p.next_step, p.version, p.updated_at, \(Schema.bodySQL("p", "d")) AS body,
                       u.name AS unit_name, r.name AS reviewing_unit_name, o.name AS proposer_name
                FROM proposal p
                \(Schema.bodyJoin("p", "d"))
                LEFT JOIN unit u ON u.id = p.unit_id
                LEFT JOIN unit r ON r.id = p.reviewing_unit_id
                LEFT JOIN officer o ON o.login = p.proposer
                WHERE p.seq IN (\(parts.joined(separator: " UNION "))) AND \(readable.sql)
                ORDER BY p.seq DESC LIMIT \(candidates)
                """
            arguments += readable.arguments
            var result: [ProposalSummary] = []
            let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                // A record that does not decode (damaged, or edited outside dexuat) is not a
                // step anyone can take: it is left out here, so one damaged proposal does not
                // empty every officer's list, and `show` and `verify` name it.
                guard let body: String = row["body"], let proposal = try? Codec.decode(Proposal.self, body) else { continue }
                if Self.hasStepFor(login, on: proposal, org: org, settings: settings) {
                    result.append(Self.summary(row))
                    if result.count >= limit { break }
                }
            }
            return result
        }
    }

    /// Whether a step of this proposal is this officer's to take now.
    /// A deputy's steps under a delegation in force today (§7.5) count.
    public static func hasStepFor(_ login: String, on p: Proposal, org: Organization, settings: ProcedureSettings,
                                  today: Day = Day.inVietnam(Date())) -> Bool {
        for (kind, refusal) in Permissions.available(on: p, for: login, in: org, settings: settings, today: today) where refusal == nil {
            switch kind {
            case .editDraft, .withdraw:
                continue // optional: the draft's own step is `submit`
            case .ballot, .checklist:
                // §7.1: a member marked absent at the meeting has no ballot to cast.
                if !p.ballots.contains(where: { $0.member == login }) && Preconditions.present(p, member: login) == nil { return true }
            case .memberEvaluation:
                // §7.3: waiting on the member until they filed their own form (amending is optional).
                // §7.1: nor on a member marked absent at the evaluation meeting.
                if p.memberEvaluation(of: login) == nil && Preconditions.present(p, member: login) == nil { return true }
            case .partyOpinion:
                let stage: PartyOpinionStage = p.state == .reported ? .beforeEvaluation : .beforeApproval
                if p.partyOpinion(stage) == nil { return true }
            case .conclude:
                if p.conclusion == nil { return true }
            case .measure:
                continue // optional; `close` tells when the liability decision is still missing
            case .openMeeting:
                continue // optional (§7.1): without a meeting the steps go on as before
            case .recordAttendance:
                // §7.1: the chair's or the clerk's once the meeting is open, until recorded.
                let stage = MeetingStage.current(of: p) ?? .review
                if Preconditions.recordAttendance(stage, p, by: Actor(login: login), in: org) == nil,
                   p.meeting(stage)?.attendanceRecorded == false { return true }
            default:
                return true
            }
        }
        return false
    }

    /// The inbox presets with their counts, for the officer and the day.
    ///
    /// The counts per state, per unit and in all are read from `proposal_count` (kept by
    /// triggers, schema v2-speed); overdue and due soon are ranges of the `next_due`
    /// index. With `waiting: false` the "waiting on me" count is left at -1 (unknown):
    /// it is the one count that must look inside proposals, and the Desk fills it in
    /// after its first frame.
    public func presets(for login: String, today: Day, waiting: Bool = true) throws -> [InboxPreset] {
        let mine = waiting ? try waitingOn(login).count : -1
        return try read { db in
            let settings = try Self.loadSettings(db)
            let calendar = try Self.loadCalendar(db)
            let soonLimit = calendar.addingWorkingDays(settings.dueSoonDays, to: today)
            let overdue = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal WHERE next_due < ?", arguments: [today.iso]) ?? 0
            let soon = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal WHERE next_due >= ? AND next_due <= ?",
                                        arguments: [today.iso, soonLimit.iso]) ?? 0
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, n FROM proposal_count") {
                counts[row["key"]] = row["n"]
            }
            // The counters count every draft; this officer sees only their own.
            for (key, n) in try Self.hiddenDraftCounts(for: login, db: db) {
                counts[key] = max(0, (counts[key] ?? 0) - n)
            }
            var presets = [
                InboxPreset(kind: .waitingOnMe, label: LedgerText.waitingOnMe, count: mine),
                InboxPreset(kind: .dueSoon, label: LedgerText.dueSoon, count: soon),
                InboxPreset(kind: .overdue, label: LedgerText.overdue, count: overdue),
                InboxPreset(kind: .all, label: LedgerText.allPreset, count: counts["all"] ?? 0),
            ]
            for state in ProposalState.allCases {
                presets.append(InboxPreset(kind: .state(state), label: state.label, count: counts["state:" + state.rawValue] ?? 0))
            }
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM unit ORDER BY id") {
                let id: String = row["id"], name: String = row["name"]
                presets.append(InboxPreset(kind: .unit(id), label: Localized(vi: name, en: name), count: counts["unit:" + id] ?? 0))
            }
            return presets
        }
    }

    /// The keys of `proposal_count` ("all", "state:…", "unit:…"), of `receipt_count`
    /// ("receipt:UNIT:YEAR") and of `period_count` ("period:MONTH:STATE:UNIT:FIELD") whose stored count differs from a real count of the
    /// `proposal` and `event` tables (empty when the projections are right). A full
    /// count: for `verify` and tests, never for drawing.
    public func countDisagreements() throws -> [String] {
        try read { db in try Self.countDisagreements(db) }
    }

    /// `receipts: false` leaves out the receipt counts: `verify` uses that, since a
    /// proposal row whose reviewing unit was edited shifts its receipts to another unit's
    /// count, and verify reports that proposal already.
    static func countDisagreements(_ db: Database, receipts: Bool = true) throws -> [String] {
        var real: [String: Int] = ["all": try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal") ?? 0]
        for row in try Row.fetchAll(db, sql: "SELECT 'state:' || state AS key, COUNT(*) AS n FROM proposal GROUP BY state") {
            real[row["key"]] = row["n"]
        }
        for row in try Row.fetchAll(db, sql: "SELECT 'unit:' || reviewing_unit_id AS key, COUNT(*) AS n FROM proposal GROUP BY reviewing_unit_id") {
            real[row["key"]] = row["n"]
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT 'receipt:' || p.reviewing_unit_id || ':' || substr(e.at_local, 1, 4) AS key, COUNT(*) AS n
            FROM event e JOIN proposal p ON p.id = e.proposal_id WHERE e.kind = 'received' AND ? GROUP BY 1
            """, arguments: [receipts]) {
            real[row["key"]] = row["n"]
        }
        var stored: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, n FROM proposal_count") {
            stored[row["key"]] = row["n"]
        }
        for row in try Row.fetchAll(db, sql: "SELECT 'receipt:' || unit_id || ':' || year AS key, n FROM receipt_count WHERE ?",
                                    arguments: [receipts]) {
            stored[row["key"]] = row["n"]
        }
        // v7-period-counts: the dashboard's counts per month, recounted from the facts.
        let periods = try periodCountKeys(db)
        real.merge(periods.real) { a, _ in a }
        stored.merge(periods.stored) { a, _ in a }
        return Set(real.keys).union(stored.keys).filter { (real[$0] ?? 0) != (stored[$0] ?? 0) }.sorted()
    }

    /// The seqs of one inbox page, newest first, read from indexes only, for the filters
    /// whose plain query SQLite would plan badly at a million proposals: nil for the others
    /// (every proposal, a state: already a walk down an index).
    ///
    /// - A unit (reviewed by it, or proposed from it): the newest page of each index,
    ///   merged, instead of an OR that gathers and sorts every proposal of the unit.
    /// - Overdue and due soon alone: the due-day index's range, sorted, instead of walking
    ///   every proposal newest first and reading each row for its due day (3 s at 1M).
    ///   `+p.seq` keeps SQLite from using the seq for the walk.
    static func pageSeqs(_ query: ProposalQuery, clauses: [String], arguments: [any DatabaseValueConvertible],
                         db: Database) throws -> [Int64]? {
        let limit = max(1, query.limit)
        let keyset = clauses.firstIndex { $0 == "p.seq < ?" || $0 == "p.seq <= ?" }
        let others = query.states.isEmpty && query.involving == nil
        if let unit = query.unitID, others, query.overdueOn == nil, query.dueSoonOn == nil {
            let bound = keyset.map { " AND seq " + (clauses[$0] == "p.seq < ?" ? "<" : "<=") + " ?" } ?? ""
            let boundValue: [any DatabaseValueConvertible] = keyset.map { _ in [arguments[arguments.count - 1]] } ?? []
            let readable = Self.readable(by: query.viewer)
            let sql = """
                SELECT seq FROM (SELECT seq FROM proposal p WHERE reviewing_unit_id = ?\(bound) AND \(readable.sql) ORDER BY seq DESC LIMIT \(limit))
                UNION
                SELECT seq FROM (SELECT seq FROM proposal p WHERE unit_id = ?\(bound) AND \(readable.sql) ORDER BY seq DESC LIMIT \(limit))
                ORDER BY seq DESC LIMIT \(limit)
                """
            let one: [any DatabaseValueConvertible] = [unit] + boundValue + readable.arguments
            return try Int64.fetchAll(db, sql: sql, arguments: StatementArguments(one + one))
        }
        // No draft is in these ranges: `store` gives a draft no due day.
        if query.overdueOn != nil || query.dueSoonOn != nil, others, query.unitID == nil {
            let rewritten = clauses.map { $0 == "p.seq < ?" || $0 == "p.seq <= ?" ? "+" + $0 : $0 }
            let sql = "SELECT p.seq FROM proposal p WHERE " + rewritten.joined(separator: " AND ") + " ORDER BY +p.seq DESC LIMIT \(limit)"
            return try Int64.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
        }
        return nil
    }

    /// One page of a search with no other filter, in relevance order: the ranked seqs
    /// after `after` (an id), at most `limit`.
    static func searchPage(_ ranked: [Int64], after: String?, limit: Int, db: Database) throws -> [Int64] {
        var start = 0
        if let after, let seq = try Int64.fetchOne(db, sql: "SELECT seq FROM proposal WHERE id = ?", arguments: [after]),
           let index = ranked.firstIndex(of: seq) {
            start = index + 1
        }
        return Array(ranked.dropFirst(start).prefix(max(1, limit)))
    }

    /// The rows of the inbox query (columns in `list`'s order), read by position from a
    /// cursor: reading 150 rows by column name cost as much as the query itself.
    static func listSummaries(_ db: Database, sql: String, arguments: StatementArguments) throws -> [ProposalSummary] {
        var result: [ProposalSummary] = []
        let rows = try Row.fetchCursor(db.makeStatement(sql: sql), arguments: arguments)
        while let row = try rows.next() {
            let dueText: String? = row[9]
            let stepText: String? = row[10]
            let updated: Int64 = row[12]
            let state: String = row[3]
            result.append(ProposalSummary(
                seq: row[0], id: row[1], title: row[2],
                state: ProposalState(rawValue: state) ?? .draft, awaitingReceipt: row[4],
                field: row[5], unitID: row[6], unitName: row[13] ?? "",
                reviewingUnitID: row[7], reviewingUnitName: row[14] ?? "",
                proposer: row[8], proposerName: row[15] ?? "",
                nextDue: dueText.flatMap(Day.init(iso:)), nextStep: stepText.flatMap(StepKind.init(rawValue:)),
                version: row[11], updatedAt: Date(timeIntervalSince1970: Double(updated) / 1000)))
        }
        return result
    }
}
