import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// PROCEDURE.md §7.5 in the ledger: a delegation or appointment is an event and a row,
/// in one transaction; a step taken on one carries `event.acting` under the hash; `verify`
/// rebuilds both tables; a database made before v5-delegation stays valid.
@Suite struct DelegationLedgerTests {
    static let day = Day(year: 2025, month: 3, day: 3)!

    /// The office head delegates receipt to the deputy; the deputy registers a dossier for
    /// the head; the event says so and the file verifies.
    @Test func aDelegatedStepIsRecordedForTheHeadAndVerifies() throws {
        let fixture = try LedgerFixture()
        let record = try fixture.ledger.delegate(to: Ward.deputy, from: Self.day, until: Self.day.adding(days: 30), steps: [.receive],
                                                 number: "05/UQ-VHXH", date: Self.day, by: Actor(login: Ward.head), at: LedgerFixture.origin)
        #expect(record.delegation.unitID == Ward.office)
        let p = try fixture.submitted()
        let received = try fixture.ledger.perform(.receive(receiptNumber: "12/TN"), on: p.id, by: Actor(login: Ward.deputy),
                                                  at: LedgerFixture.origin)
        #expect(received.receipt?.by == Ward.deputy)
        let last = try #require(try fixture.ledger.history(of: p.id).last)
        #expect(last.event.actor.login == Ward.deputy)
        #expect(last.event.actor.acting == Acting(basis: .delegation, head: Ward.head, unitID: Ward.office, number: "05/UQ-VHXH"))
        #expect(try fixture.ledger.verify().ok)
        #expect(try fixture.ledger.delegationsInForce(heldBy: Ward.deputy, on: Self.day).map(\.number) == ["05/UQ-VHXH"])

        // Revoked: the deputy is refused, and the file still verifies.
        try fixture.ledger.revokeDelegation("05/UQ-VHXH", by: Actor(login: Ward.head), at: LedgerFixture.origin)
        let second = try fixture.submitted("Một đề xuất khác")
        #expect(throws: LedgerError.self) {
            try fixture.ledger.perform(.receive(receiptNumber: "13/TN"), on: second.id, by: Actor(login: Ward.deputy), at: LedgerFixture.origin)
        }
        #expect(try fixture.ledger.delegations().delegations.first?.delegation.revokedOn != nil)
        #expect(try fixture.ledger.verify().ok)
    }

    /// Refused delegations and appointments write nothing.
    @Test func aRefusedDelegationWritesNothing() throws {
        let fixture = try LedgerFixture()
        let events = try fixture.eventCount()
        let attempts: [() throws -> Void] = [
            { try fixture.ledger.delegate(to: Ward.staff, from: Self.day, until: Self.day, steps: [.decide], number: "1", date: Self.day,
                                          by: Actor(login: Ward.head)) },
            { try fixture.ledger.delegate(to: Ward.viceChair, unitID: Ward.office, from: Self.day, until: Self.day, steps: [.decide],
                                          number: "2", date: Self.day, by: Actor(login: Ward.head)) },
            { try fixture.ledger.delegate(to: Ward.deputy, from: Self.day, until: Self.day, steps: [.decide], number: "3", date: Self.day,
                                          by: Actor(login: Ward.deputy)) },
            { try fixture.ledger.appoint(Ward.deputy, to: Ward.office, number: "4", date: Self.day, by: Actor(login: Ward.chair)) },
            { try fixture.ledger.revokeDelegation("nope", by: Actor(login: Ward.head)) },
            { try fixture.ledger.revokeAppointment("nope", by: Actor(login: Ward.chair)) },
        ]
        for attempt in attempts { #expect(throws: LedgerError.self) { try attempt() } }
        #expect(try fixture.eventCount() == events)
    }

    /// The post vacant (the head's role revoked), the chair puts the deputy in charge: the
    /// deputy registers as head; revoked, no more.
    @Test func anOfficerInChargeActsUntilRevoked() throws {
        let fixture = try LedgerFixture()
        try fixture.ledger.revoke(RoleGrant(login: Ward.head, role: .head, unitID: Ward.office), by: Actor(login: Ward.admin))
        let record = try fixture.ledger.appoint(Ward.deputy, to: Ward.office, number: "12/QĐ-UBND", date: Self.day, by: Actor(login: Ward.chair))
        let p = try fixture.submitted()
        try fixture.ledger.perform(.receive(receiptNumber: "12/TN"), on: p.id, by: Actor(login: Ward.deputy), at: LedgerFixture.origin)
        #expect(try fixture.ledger.history(of: p.id).last?.event.actor.acting?.basis == .appointment)
        try fixture.ledger.revokeAppointment(String(record.seq), by: Actor(login: Ward.chair))
        let second = try fixture.submitted("Một đề xuất khác")
        #expect(throws: LedgerError.self) {
            try fixture.ledger.perform(.receive(receiptNumber: "13/TN"), on: second.id, by: Actor(login: Ward.deputy), at: LedgerFixture.origin)
        }
        #expect(try fixture.ledger.verify().ok)
    }

    /// A file at v5-step-clocks (no tables, no `event.acting`, the migration not recorded)
    /// with proposals in it is migrated on open, verifies, and takes delegations.
    @Test func aDatabaseBeforeV5DelegationIsMigratedAndStaysValid() throws {
        let fixture = try LedgerFixture()
        try fixture.received()
        let raw = try fixture.rawQueue()
        // v7-event-packing first undone: the old event table (no `acting`) back from the view.
        try raw.undoingEventPacking(keepingActing: false, then: """
            DROP TABLE delegation;
            DROP TABLE appointment;
            DELETE FROM grdb_migrations WHERE identifier = 'v5-delegation';
            """)
        try raw.close()
        let reopened = try Ledger.open(path: fixture.path)
        #expect(try reopened.verify().ok)
        #expect(try reopened.delegations().delegations.isEmpty)
        try reopened.delegate(to: Ward.deputy, from: Self.day, until: Self.day.adding(days: 3), steps: [.receive], number: "05/UQ",
                              date: Self.day, by: Actor(login: Ward.head), at: LedgerFixture.origin)
        let p = try fixture.submitted("Sau khi nâng cấp")
        try reopened.perform(.receive(receiptNumber: "14/TN"), on: p.id, by: Actor(login: Ward.deputy), at: LedgerFixture.origin)
        #expect(try reopened.verify().ok)
    }

    /// The acting column is under the hash: edited, the event is named.
    @Test func anEditedAuthorityBreaksTheChain() throws {
        let fixture = try LedgerFixture()
        try fixture.ledger.delegate(to: Ward.deputy, from: Self.day, until: Self.day, steps: [.receive], number: "05/UQ", date: Self.day,
                                    by: Actor(login: Ward.head), at: LedgerFixture.origin)
        let p = try fixture.submitted()
        try fixture.ledger.perform(.receive(receiptNumber: "12/TN"), on: p.id, by: Actor(login: Ward.deputy), at: LedgerFixture.origin)
        let seq = try #require(try fixture.ledger.history(of: p.id).last?.seq)
        let raw = try fixture.rawQueue()
        try raw.write { db in
            // As an attacker with write access would: the append-only triggers first.
            try db.execute(sql: "DROP TRIGGER event_no_update; DROP TRIGGER event_no_delete")
            try db.execute(sql: "UPDATE event SET acting = NULL WHERE seq = ?", arguments: [seq])
        }
        try raw.close()
        #expect(try fixture.openAgain().verify().problems.contains(.hashMismatch(seq: seq)))
    }
}
