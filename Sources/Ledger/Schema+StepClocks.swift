import GRDB

extension Schema {
    /// PROCEDURE.md §7.7: the Party opinion before approval, resourcing and the measures
    /// have clocks of their own. Two derived things a database made before now disagree
    /// with what `verify` recomputes, and are rebuilt (the events are untouched):
    ///
    /// - `proposal_fact` gains the days that stop those clocks (the opinion before
    ///   approval, the resources, the closing): its table and triggers are made again
    ///   from `StatisticsFacts`, which now lists them, and refilled from `proposal`;
    /// - each open proposal's `next_due` and `next_step`, since a new clock can be the
    ///   nearest one (`Ledger.dueAgrees`), are recomputed as a settings change does.
    @Sendable static func stepClocks(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER IF EXISTS proposal_fact_insert;
            DROP TRIGGER IF EXISTS proposal_fact_update;
            DROP TRIGGER IF EXISTS proposal_fact_delete;
            DROP TABLE IF EXISTS proposal_fact;
            """)
        try statistics(db)
        try Ledger.recomputeDueDates(db)
    }
}
