import GRDB

extension Schema {
    /// v5-forwarding-facts (PROCEDURE.md §7.6): `proposal_fact` gains the day of the
    /// letter that forwarded the ward chairperson's proposal to the province, so that the
    /// dashboard's and the report's clocks (`ProposalFacts.clocks`) end the decision clock
    /// on that day, as `Proposal.clocks` does. The table is a projection of `proposal`:
    /// dropped with its triggers and rebuilt by the same code as v3, which backfills every
    /// row from the bodies. No event changes; `verify` recomputes the facts as before.
    @Sendable static func forwardingFacts(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER IF EXISTS proposal_fact_insert;
            DROP TRIGGER IF EXISTS proposal_fact_update;
            DROP TRIGGER IF EXISTS proposal_fact_delete;
            DROP TABLE IF EXISTS proposal_fact;
            """)
        try statistics(db)
    }
}
