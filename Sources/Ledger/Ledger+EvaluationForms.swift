import Foundation
import GRDB
import Procedure

/// §7.3 in the figures: the members' own evaluation forms and the collective evaluations,
/// counted apart, over the proposals written in a period (the basis of every figure of
/// the period report and the dashboard).
public struct EvaluationFormCounts: Sendable, Hashable {
    /// Members' own forms: one per member and proposal, amendments not counted again.
    public var memberForms: Int
    /// Collective evaluations: one per evaluated proposal.
    public var collective: Int

    public init(memberForms: Int, collective: Int) {
        self.memberForms = memberForms
        self.collective = collective
    }
}

extension Ledger {
    public func evaluationFormCounts(for period: Period) throws -> EvaluationFormCounts {
        try read { db in
            let inPeriod = "proposal_id IN (SELECT id FROM proposal_fact WHERE created_day BETWEEN ? AND ?)"
            // A member's form is their own step (never recorded on their behalf): the actor is the member.
            let members = try Int.fetchOne(db, sql: """
                SELECT COUNT(DISTINCT proposal_id || char(31) || actor) FROM event
                WHERE kind = 'member_evaluated' AND \(inPeriod)
                """, arguments: Self.periodDays(period)) ?? 0
            let collective = try Int.fetchOne(db, sql: """
                SELECT COUNT(DISTINCT proposal_id) FROM event WHERE kind = 'evaluated' AND \(inPeriod)
                """, arguments: Self.periodDays(period)) ?? 0
            return EvaluationFormCounts(memberForms: members, collective: collective)
        }
    }
}
