import Foundation
import Testing
@testable import Desk
import Ledger
import Procedure
import Terminal

/// §7.5 in the Desk: the status line says "đang ký thay <head>" while the officer holds a
/// delegation in force (and "phụ trách <unit>" for an officer in charge); the action menu
/// offers the delegated steps, and only those, to the deputy. The demo ward's own
/// delegation (05/UQ-VHXH, in force at the Desk's clock) is revoked first where a test
/// makes its own.
@Suite struct DeskDelegationTests {
    static let today = Day.inVietnam(DeskWard.now)

    static func revokeTheDemos(_ fixture: DeskFixture) throws {
        try fixture.ledger.revokeDelegation("05/UQ-VHXH", by: Actor(login: DeskWard.head), at: DeskWard.now)
    }

    static func delegate(_ fixture: DeskFixture, from: Day = today, until: Day = today.adding(days: 10),
                         steps: [DelegableStep] = [.receive, .decide]) throws {
        try fixture.ledger.delegate(to: DeskWard.deputy, from: from, until: until, steps: steps, number: "07/UQ-VHXH",
                                    date: today, by: Actor(login: DeskWard.head), at: DeskWard.now)
    }

    @Test func theStatusLineSaysWhomTheDeputySignsFor() throws {
        let fixture = try DeskFixture()
        let headName = try #require(try fixture.ledger.organization().officer(DeskWard.head)?.name)
        try Self.revokeTheDemos(fixture)
        let (before, _) = try fixture.desk(as: DeskWard.deputy)
        #expect(!before.screenText.contains("đang ký thay"))
        try Self.delegate(fixture)
        let (app, _) = try fixture.desk(as: DeskWard.deputy)
        let status = try #require(app.screenText.split(separator: "\n").last)
        #expect(status.contains("đang ký thay \(headName)"), "\(status)")
        let (english, _) = try fixture.desk(as: DeskWard.deputy, language: .en)
        #expect(english.screenText.contains("signing for \(headName)"))
        // Nobody else's line says it; the head's does not.
        for other in [DeskWard.head, DeskWard.clerk, DeskWard.staff] {
            #expect(!(try fixture.desk(as: other).0.screenText.contains("đang ký thay")), "\(other)")
        }
    }

    @Test func notBeforeItsFirstDayNorAfterItsLast() throws {
        for (from, until) in [(Self.today.adding(days: 1), Self.today.adding(days: 5)), (Self.today.adding(days: -5), Self.today.adding(days: -1))] {
            let fixture = try DeskFixture()
            try Self.revokeTheDemos(fixture)
            try Self.delegate(fixture, from: from, until: until)
            #expect(!(try fixture.desk(as: DeskWard.deputy).0.screenText.contains("đang ký thay")))
        }
    }

    /// The menu: receipt offered to the deputy with the delegation, withheld without it and
    /// for a step not delegated (return for completion), with Procedure's reason.
    @Test func theMenuOffersTheDelegatedStepsOnly() throws {
        let fixture = try DeskFixture()
        let ledger = fixture.ledger
        try Self.revokeTheDemos(fixture)
        let draft = try ledger.create(DeskWard.dossier(title: "Số hóa sổ tiếp nhận", necessity: "Hồ sơ giấy chậm."),
                                      by: Actor(login: DeskWard.staff), at: DeskWard.now)
        let submitted = try ledger.perform(.submit, on: draft.id, by: Actor(login: DeskWard.staff), at: DeskWard.now)
        func menu(_ p: Proposal) throws -> [ActionKind: Refusal?] {
            let items = ActionMenuModel.items(for: p, officer: DeskWard.deputy, organization: try ledger.organization(),
                                              settings: try ledger.settings(), today: Self.today, partyCommittee: "Chi bộ")
            return Dictionary(items.compactMap { item in item.onBehalfOf == nil ? (item.kind, item.refusal) : nil }, uniquingKeysWith: { a, _ in a })
        }
        #expect(try menu(submitted)[.receive]??.rule == .delegationRevoked)
        try Self.delegate(fixture, steps: [.receive])
        #expect(try menu(submitted)[.receive] == .some(nil))
        let received = try ledger.perform(.receive(receiptNumber: "1/TN"), on: submitted.id, by: Actor(login: DeskWard.deputy), at: DeskWard.now)
        #expect(try menu(received)[.returnForCompletion]??.rule == .stepNotDelegated)
        #expect(try menu(received)[.outOfScope]??.rule == .stepNotDelegated)
    }
}

extension DeskDelegationTests {
    /// `?` tells what delegation is, in both languages.
    @Test func theHelpMentionsDelegation() throws {
        let fixture = try DeskFixture()
        for (language, words) in [(Language.vi, "Ủy quyền ký thay, giao phụ trách"), (.en, "Delegation and officers in charge")] {
            let (app, terminal) = try fixture.desk(as: DeskWard.deputy, width: 120, height: 200, language: language)
            app.press(.char("?"), on: terminal)
            #expect(app.screenText.contains(words), "\(language)")
        }
    }
}
