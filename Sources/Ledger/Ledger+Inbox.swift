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
            var sql = """
                SELECT p.seq, p.id, p.title, p.state, p.awaiting_receipt, p.field, p.unit_id, p.reviewing_unit_id, p.proposer,
                       p.next_due, p.next_step, p.version, p.updated_at, p.body,
                       u.name AS unit_name, r.name AS reviewing_unit_name, o.name AS proposer_name
                FROM proposal p
                LEFT JOIN unit u ON u.id = p.unit_id
                LEFT JOIN unit r ON r.id = p.reviewing_unit_id
                LEFT JOIN officer o ON o.login = p.proposer
                WHERE p.state NOT IN ('closed', 'withdrawn', 'rejected', 'out_of_scope')
                  AND (p.proposer = ?
                """
            var arguments: [any DatabaseValueConvertible] = [login]
            if !units.isEmpty {
                sql += " OR p.reviewing_unit_id IN (" + units.map { _ in "?" }.joined(separator: ",") + ")"
                arguments += units
            }
            sql += ") ORDER BY p.seq DESC LIMIT \(max(1, limit) * 4)"
            var result: [ProposalSummary] = []
            for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)) {
                let proposal = try Codec.decode(Proposal.self, row["body"])
                if Self.hasStepFor(login, on: proposal, org: org, settings: settings) {
                    result.append(Self.summary(row))
                    if result.count >= limit { break }
                }
            }
            return result
        }
    }

    /// Whether a step of this proposal is this officer's to take now.
    public static func hasStepFor(_ login: String, on p: Proposal, org: Organization, settings: ProcedureSettings) -> Bool {
        for (kind, refusal) in Permissions.available(on: p, for: login, in: org, settings: settings) where refusal == nil {
            switch kind {
            case .editDraft, .withdraw:
                continue // optional: the draft's own step is `submit`
            case .ballot, .checklist:
                if !p.ballots.contains(where: { $0.member == login }) { return true }
            case .partyOpinion:
                let stage: PartyOpinionStage = p.state == .reported ? .beforeEvaluation : .beforeApproval
                if p.partyOpinion(stage) == nil { return true }
            case .conclude:
                if p.conclusion == nil { return true }
            case .measure:
                continue // optional; `close` tells when the liability decision is still missing
            default:
                return true
            }
        }
        return false
    }

    /// The inbox presets with their counts, for the officer and the day.
    public func presets(for login: String, today: Day) throws -> [InboxPreset] {
        let mine = try waitingOn(login).count
        return try read { db in
            let settings = try Self.loadSettings(db)
            let calendar = try Self.loadCalendar(db)
            let soonLimit = calendar.addingWorkingDays(settings.dueSoonDays, to: today)
            let overdue = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal WHERE next_due < ?", arguments: [today.iso]) ?? 0
            let soon = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal WHERE next_due >= ? AND next_due <= ?",
                                        arguments: [today.iso, soonLimit.iso]) ?? 0
            let all = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal") ?? 0
            var presets = [
                InboxPreset(kind: .waitingOnMe, label: Localized(vi: "Việc chờ tôi", en: "Waiting on me"), count: mine),
                InboxPreset(kind: .dueSoon, label: Localized(vi: "Sắp đến hạn", en: "Due soon"), count: soon),
                InboxPreset(kind: .overdue, label: Localized(vi: "Quá hạn", en: "Overdue"), count: overdue),
                InboxPreset(kind: .all, label: Localized(vi: "Tất cả", en: "All"), count: all),
            ]
            var byState: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT state, COUNT(*) AS n FROM proposal GROUP BY state") {
                byState[row["state"]] = row["n"]
            }
            for state in ProposalState.allCases {
                presets.append(InboxPreset(kind: .state(state), label: state.label, count: byState[state.rawValue] ?? 0))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT u.id, u.name, (SELECT COUNT(*) FROM proposal p WHERE p.reviewing_unit_id = u.id) AS n
                FROM unit u ORDER BY u.id
                """) {
                let name: String = row["name"]
                presets.append(InboxPreset(kind: .unit(row["id"]), label: Localized(vi: name, en: name), count: row["n"]))
            }
            return presets
        }
    }
}
