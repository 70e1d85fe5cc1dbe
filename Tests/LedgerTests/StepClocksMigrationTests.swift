import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// PROCEDURE.md §7.7: the new clocks (Party opinion before approval, resourcing,
/// measures) change what a database keeps: each open proposal's nearest due step, and
/// the statistics projection's columns. Migration v5-step-clocks rebuilds both, so a
/// database made before them verifies after the upgrade.
@Suite struct StepClocksMigrationTests {
    typealias Demo = AnnouncedHolidaysMigrationTests.EveOfTet2025

    /// The steps that had clocks before §7.7.
    static let oldSteps: Set<StepKind> = [.decision, .report, .evaluation, .conclusion]

    /// `nextDue` as it was before §7.7: the nearest open clock among the old steps.
    static func oldNextDue(_ p: Proposal, calendar: WorkingCalendar, settings: ProcedureSettings) -> StepClock? {
        guard !p.state.isFinal, p.state != .suspended, p.state != .returned, !p.awaitingReceipt else { return nil }
        return p.clocks(calendar: calendar, settings: settings)
            .filter { Self.oldSteps.contains($0.step) && $0.done == nil }.min { $0.due < $1.due }
    }

    @Test func anOldDatabaseIsRebuiltAndVerifies() throws {
        let demo = try Demo()
        let settings = try demo.settings()
        let calendar = WorkingCalendar()
        #expect(try demo.ledger.verify().ok)
        let open = try demo.proposals(open: false).filter { !$0.state.isFinal }
        // The new clocks are the nearest for some open proposals of the demo ward.
        let changed = open.filter {
            Self.oldNextDue($0, calendar: calendar, settings: settings)?.step != $0.nextDue(calendar: calendar, settings: settings)?.step
        }
        #expect(!changed.isEmpty)
        let newSteps = Set(changed.compactMap { $0.nextDue(calendar: calendar, settings: settings)?.step })
        let expected: Set<StepKind> = [.partyOpinion, .resourcing, .measures]
        #expect(newSteps.isSubset(of: expected))

        // Back to v4: the kept due days of the old rule, proposal_fact without the new
        // columns (and its triggers, which name them), the migration not applied.
        try demo.raw().write { db in
            for p in open {
                let due = Self.oldNextDue(p, calendar: calendar, settings: settings)
                try db.execute(sql: "UPDATE proposal SET next_due = ?, next_step = ? WHERE id = ?",
                               arguments: [due?.due.iso, due?.step.rawValue, p.id])
            }
        }
        // v8-body-packing undone first: v5-step-clocks reads the body column.
        try demo.raw().undoingBodyPacking(then: """
            DROP TRIGGER proposal_fact_insert;
            DROP TRIGGER proposal_fact_update;
            DROP TRIGGER proposal_fact_delete;
            ALTER TABLE proposal_fact DROP COLUMN opinion_before_approval_day;
            ALTER TABLE proposal_fact DROP COLUMN resourced_day;
            ALTER TABLE proposal_fact DROP COLUMN closed;
            DELETE FROM grdb_migrations WHERE identifier = 'v5-step-clocks';
            """)

        let reopened = try Ledger.open(path: demo.path)
        #expect(try reopened.verify().ok)
        let kept = try demo.raw().read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, next_step FROM proposal WHERE next_due IS NOT NULL")
                .map { (row: Row) -> (String, String) in (row["id"], row["next_step"]) })
        }
        for p in changed {
            #expect(kept[p.id] == p.nextDue(calendar: calendar, settings: settings)?.step.rawValue, "\(p.id)")
        }
        // The projection carries the new days again, for every proposal that has them.
        let (opinions, resourced, closed) = try demo.raw().read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal_fact WHERE opinion_before_approval_day IS NOT NULL") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal_fact WHERE resourced_day IS NOT NULL") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal_fact WHERE closed IS NOT NULL") ?? 0)
        }
        let all = try demo.proposals(open: false)
        #expect(opinions == all.filter { $0.partyOpinion(.beforeApproval) != nil }.count && opinions > 0)
        #expect(resourced == all.filter { $0.resources != nil }.count && resourced > 0)
        #expect(closed == all.filter { $0.closedOn != nil }.count && closed > 0)
    }

    /// verify names a projection row whose new day was edited.
    @Test(arguments: ["opinion_before_approval_day", "resourced_day", "closed"])
    func anEditedDayOfTheNewColumnsIsNamed(_ column: String) throws {
        let demo = try Demo(proposals: 40)
        let id = try #require(try demo.raw().read { db in
            try String.fetchOne(db, sql: "SELECT id FROM proposal_fact WHERE \(column) IS NOT NULL ORDER BY seq LIMIT 1")
        })
        try demo.raw().write { db in
            try db.execute(sql: "UPDATE proposal_fact SET \(column) = \(column) + 1 WHERE id = ?", arguments: [id])
        }
        #expect(try demo.ledger.factDisagreements() == [id])
    }
}
