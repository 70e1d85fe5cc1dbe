import GRDB
import Procedure

extension Ledger {
    /// The proposals whose `proposal_fact` row (schema v3-statistics) is missing or does
    /// not say what their row and body say, by id; a facts row without its proposal is
    /// named by the id it carries. Empty when the projection agrees.
    public func factDisagreements() throws -> [String] {
        try read { db in try Self.factDisagreements(db) }
    }

    // `verify` runs the two halves below in pieces (Ledger+Verify.swift): each
    // disagreement is a proposal whose stored state disagrees with its events.

    static func factDisagreements(_ db: Database) throws -> [String] {
        var ids = try factRowsDisagreeing(db)
        ids += try orphanFacts(db)
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    /// Every proposal has exactly its row (found by the primary key): the ids of those
    /// that do not, in `seq` order, among the proposals `where` selects (SQL over `p`).
    static func factRowsDisagreeing(_ db: Database, where condition: String = "1", arguments: StatementArguments = []) throws -> [String] {
        let recomputed = StatisticsFacts.expressionList
        let same = zip(StatisticsFacts.names, recomputed).map { "f.\($0) IS \($1)" }.joined(separator: " AND ")
        return try String.fetchAll(db, sql: """
            SELECT S.id FROM \(StatisticsFacts.source(from: "proposal p WHERE \(condition)", row: "p", body: Schema.bodyOf("p")))
            WHERE NOT EXISTS (SELECT 1 FROM proposal_fact f WHERE f.created_day = \(recomputed[0]) AND f.seq = S.seq AND \(same))
            ORDER BY S.seq
            """, arguments: arguments)
    }

    /// No facts row stands for a proposal that is not there, or on another day.
    static func orphanFacts(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT f.id FROM proposal_fact f
            WHERE NOT EXISTS (SELECT 1 FROM proposal p
                              WHERE p.seq = f.seq AND \(StatisticsFacts.day(ofMilliseconds: "p.created_at")) = f.created_day)
            ORDER BY f.seq
            """)
    }
}
