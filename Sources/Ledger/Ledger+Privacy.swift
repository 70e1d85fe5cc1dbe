import Foundation
import GRDB
import Procedure

/// Drafts are private (PROCEDURE.md §5, `DraftPrivacy`): every query that takes a viewer
/// leaves out the drafts that viewer may not read, in SQL, so that no list, search, page,
/// count or lookup shows or counts them.
extension Ledger {
    /// The SQL condition on the proposal row `alias` that `DraftPrivacy.mayRead` states:
    /// not a draft, or a draft the viewer proposed or keyed in (actor of its `created`
    /// event, found through the `event_proposal` index). No viewer reads no draft.
    static func readable(by viewer: String?, alias p: String = "p") -> (sql: String, arguments: [any DatabaseValueConvertible]) {
        guard let viewer else { return ("\(p).state <> 'draft'", []) }
        return ("(\(p).state <> 'draft' OR \(p).proposer = ? OR EXISTS (SELECT 1 FROM event e WHERE e.proposal_id = \(p).id AND e.kind = 'created' AND e.actor = ?))",
                [viewer, viewer])
    }

    /// The proposal `id` names (an id or a short form, `resolveID`), or nil when there is
    /// none or it is a draft `viewer` may not read: the same answer, so that a lookup does
    /// not tell whether a draft exists.
    public func proposal(_ id: String, visibleTo viewer: String?, today: Day = Day.inVietnam(Date())) throws -> Proposal? {
        try read { db in
            guard let stored = try Self.resolveID(id, today: today, db: db) else { return nil }
            return try Self.loadProposal(stored, visibleTo: viewer, db: db)
        }
    }

    static func loadProposal(_ id: String, visibleTo viewer: String?, db: Database) throws -> Proposal? {
        func keyedBy() throws -> String? {
            try String.fetchOne(db.cachedStatement(sql: "SELECT actor FROM event WHERE proposal_id = ? AND kind = 'created' ORDER BY seq LIMIT 1"),
                                arguments: [id])
        }
        // First from the row's columns, before its record is decoded: a draft the viewer may
        // not read gets the same answer whether or not its record is damaged.
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT state, proposer FROM proposal WHERE id = ?"), arguments: [id]) else {
            return nil
        }
        if let state = ProposalState(rawValue: row["state"] ?? ""), state == .draft,
           !DraftPrivacy.mayRead(state: state, proposer: row["proposer"] ?? "", keyedBy: try keyedBy(), viewer: viewer) {
            return nil
        }
        guard let proposal = try loadProposal(id, db: db) else { return nil }
        guard proposal.state == .draft else { return proposal }
        return DraftPrivacy.mayRead(state: proposal.state, proposer: proposal.proposer, keyedBy: try keyedBy(), viewer: viewer) ? proposal : nil
    }

    /// The drafts `viewer` may not read, counted as `proposal_count` keys them ("all",
    /// "state:draft", "unit:REVIEWING"): what the inbox counts subtract. A walk of the
    /// drafts' range of the `proposal_state` index, not of every proposal.
    static func hiddenDraftCounts(for viewer: String?, db: Database) throws -> [String: Int] {
        let readable = Self.readable(by: viewer)
        var hidden: [String: Int] = [:]
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.reviewing_unit_id AS unit, COUNT(*) AS n FROM proposal p
            WHERE p.state = 'draft' AND NOT \(readable.sql) GROUP BY p.reviewing_unit_id
            """, arguments: StatementArguments(readable.arguments))
        for row in rows {
            let unit: String = row["unit"], n: Int = row["n"]
            hidden["unit:" + unit, default: 0] += n
            hidden["state:draft", default: 0] += n
            hidden["all", default: 0] += n
        }
        return hidden
    }

    /// The seqs among `seqs` that are drafts `viewer` may not read.
    static func hiddenSeqs(_ seqs: [Int64], viewer: String?, db: Database) throws -> Set<Int64> {
        if seqs.isEmpty { return [] }
        let readable = Self.readable(by: viewer)
        return Set(try Int64.fetchAll(db, sql: """
            SELECT p.seq FROM proposal p WHERE p.seq IN (SELECT value FROM json_each(?)) AND p.state = 'draft' AND NOT \(readable.sql)
            """, arguments: StatementArguments(["[" + seqs.map(String.init).joined(separator: ",") + "]"] + readable.arguments)))
    }
}
