import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// PROCEDURE.md §7.4 in the ledger: a declaration is an event, a row of
/// `conflict_declaration` and a change of the proposal, in one transaction; `verify`
/// rebuilds the table; a database made before v5-conflicts stays valid.
@Suite struct ConflictLedgerTests {
    @Test func aDeclarationIsAnEventARowAndAStateThatVerifies() throws {
        let fixture = try LedgerFixture()
        let p = try fixture.received()
        let after = try fixture.ledger.declareConflict(on: p.id, reason: "Người đề xuất là em ruột", by: Actor(login: Ward.deputy),
                                                       at: LedgerFixture.origin)
        #expect(after.conflicts.map(\.officer) == [Ward.deputy])
        #expect(try fixture.ledger.proposal(p.id)?.conflicts == after.conflicts)
        let rows = try fixture.ledger.conflicts(of: p.id)
        #expect(rows.map(\.officer) == [Ward.deputy])
        #expect(rows.first?.reason == "Người đề xuất là em ruột")
        let history = try fixture.ledger.history(of: p.id)
        #expect(history.last?.event.change.kind == "conflict_declared")
        #expect(rows.first?.seq == history.last?.seq)
        #expect(try fixture.ledger.conflicts().count == 1)
        #expect(try fixture.ledger.conflicts(of: "2099-001").isEmpty)
        #expect(try fixture.ledger.verify().ok)
        // The deputy now takes no step on it.
        #expect(throws: (any Error).self) {
            try fixture.ledger.perform(.checklist(answers: []), on: p.id, by: Actor(login: Ward.deputy))
        }
    }

    @Test func aRefusedDeclarationWritesNothing() throws {
        let fixture = try LedgerFixture()
        let p = try fixture.received()
        try fixture.ledger.declareConflict(on: p.id, reason: "Lý do", by: Actor(login: Ward.head))
        let events = try fixture.ledger.verify().events
        for (login, reason) in [(Ward.head, "Lần hai"), (Ward.staff, "Của mình"), (Ward.deputy, " "), ("nobody", "x")] {
            #expect(throws: (any Error).self) { try fixture.ledger.declareConflict(on: p.id, reason: reason, by: Actor(login: login)) }
        }
        #expect(throws: (any Error).self) { try fixture.ledger.declareConflict(on: "2099-001", reason: "x", by: Actor(login: Ward.head)) }
        // Another's draft does not exist for the declarer.
        let draft = try fixture.draft("Bản nháp riêng")
        #expect(throws: (any Error).self) {
            try fixture.ledger.declareConflict(on: draft.id, reason: "x", by: Actor(login: Ward.head))
        }
        #expect(try fixture.ledger.verify().events == events + 1, "only the draft's creation was written")
        #expect(try fixture.ledger.conflicts().count == 1)
    }

    /// A file at v4-officer-email (the table absent, the migration not recorded) with
    /// proposals in it is migrated on open and verifies.
    @Test func aDatabaseBeforeV5IsMigratedAndStaysValid() throws {
        let fixture = try LedgerFixture()
        try fixture.received()
        let raw = try fixture.rawQueue()
        // v7-event-packing undone first: the declarations reference the events.
        try raw.undoingEventPacking(then: """
            DROP TABLE conflict_declaration;
            DELETE FROM grdb_migrations WHERE identifier = 'v5-conflicts';
            """)
        try raw.close()
        let reopened = try Ledger.open(path: fixture.path)
        #expect(try reopened.verify().ok)
        #expect(try reopened.conflicts().isEmpty)
        let p = try reopened.list(ProposalQuery()).first
        let id = try #require(p?.id)
        try reopened.declareConflict(on: id, reason: "Sau khi nâng cấp", by: Actor(login: Ward.head))
        #expect(try reopened.verify().ok)
    }
}
