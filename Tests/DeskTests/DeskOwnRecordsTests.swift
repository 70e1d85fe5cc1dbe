import Foundation
import Testing
@testable import Desk
import Ledger
import Procedure
import Terminal

/// PROCEDURE.md §7.2 in the Desk: two Desk sessions on one file. One member's saved
/// ballot never makes another member's open ballot form stale; the head's decision form
/// is refused while a member's record changed under it, keeps what was typed, and the
/// next C-s decides on the latest records.
@Suite("Desk: each member's record is their own")
struct DeskOwnRecordsTests {
    static let answers = ChecklistTemplate.standard.items.map { ChecklistAnswer(itemID: $0.id, verdict: .met) }

    /// Forms already filled in: every member votes yes; the head approves.
    static let filledForms = FormProvider(forAction: { kind, _ in
        switch kind {
        case .ballot:
            FormState(title: kind.label, fields: [],
                      build: { _ in [.checklist(answers: answers), .ballot(inFavour: true, comment: "Tán thành")] })
        case .decide:
            FormState(title: kind.label, fields: [],
                      build: { _ in [.decide(kind: .approve, number: "", reasons: "Biểu quyết đạt", responsibilityStatement: "")] })
        default:
            nil
        }
    }, forNewDossier: { _ in nil })

    /// Opens the step's form from the action menu (the officer's own row).
    static func open(_ kind: ActionKind, _ app: DeskApp, _ terminal: VirtualTerminal) throws {
        app.press(.char("a"), on: terminal)
        guard case .actionMenu(let menu)? = app.state.overlays.last else {
            Issue.record("no action menu")
            return
        }
        let key = try #require(menu.model.allowed.first { $0.kind == kind && $0.onBehalfOf == nil }?.key, "\(kind) not offered")
        app.press(.char(key), on: terminal)
        guard case .form? = app.state.overlays.last else {
            Issue.record("no \(kind) form")
            return
        }
    }

    @Test func anotherMembersBallotDoesNotStaleMyFormButAnAmendmentStalesTheDecision() throws {
        let fixture = try DeskFixture()
        let street = fixture.extras.street
        let org = try fixture.ledger.organization()
        let collective = org.collective(of: "VHXH").map(\.login)
        #expect(collective.contains(DeskWard.head) && collective.contains(DeskWard.deputy))
        let deputyLedger = try fixture.openAgain()
        let (head, headTerminal) = try fixture.desk(as: DeskWard.head, width: 120, height: 40, forms: Self.filledForms)
        let (deputy, deputyTerminal) = try fixture.desk(as: DeskWard.deputy, width: 120, height: 40, ledger: deputyLedger,
                                                        forms: Self.filledForms)
        head.select(street, on: headTerminal)
        deputy.select(street, on: deputyTerminal)
        // The deputy opens the ballot form; the head saves theirs meanwhile.
        try Self.open(.ballot, deputy, deputyTerminal)
        try Self.open(.ballot, head, headTerminal)
        head.press(.ctrl("s"), on: headTerminal)
        #expect(head.state.message?.kind == .success, "\(head.state.message?.text ?? "")")
        // The deputy's form opened before the head's ballot: recorded all the same.
        deputy.press(.ctrl("s"), on: deputyTerminal)
        #expect(deputy.state.message?.kind == .success, "\(deputy.state.message?.text ?? "")")
        #expect(deputy.state.overlays.isEmpty)
        let voted = try #require(try fixture.ledger.proposal(street))
        #expect(Set(voted.ballots.map(\.member)) == [DeskWard.head, DeskWard.deputy])
        // The rest of the collective votes yes and the Party opinion is recorded elsewhere.
        let other = try fixture.openAgain()
        for member in collective where ![DeskWard.head, DeskWard.deputy].contains(member) {
            try other.perform([.checklist(answers: Self.answers), .ballot(inFavour: true, comment: "")], on: street,
                              by: Actor(login: member), at: DeskWard.now)
        }
        let liaison = try #require(org.grants.first { $0.role == .partyLiaison }?.login)
        try other.perform(.partyOpinion(stance: .agree, text: "Đồng ý chủ trương", committee: "Đảng ủy phường"), on: street,
                          by: Actor(login: liaison), at: DeskWard.now)
        #expect(head.poll(force: true))
        // The head opens the decision form; the deputy amends their ballot meanwhile.
        try Self.open(.decide, head, headTerminal)
        try deputyLedger.perform(.ballot(inFavour: false, comment: "Đổi ý"), on: street, by: Actor(login: DeskWard.deputy), at: DeskWard.now)
        head.press(.ctrl("s"), on: headTerminal)
        let text = try #require(head.state.message?.text)
        #expect(head.state.message?.kind == .error)
        let name = try #require(org.officer(DeskWard.deputy)?.name)
        #expect(text.contains("\(name) (\(DeskWard.deputy)) đã ghi «Sửa biểu quyết»"), "\(text)")
        guard case .form? = head.state.overlays.last else {
            Issue.record("the decision form closed")
            return
        }
        #expect(try fixture.ledger.proposal(street)?.decision == nil)
        // The next C-s decides, on the latest tally.
        head.press(.ctrl("s"), on: headTerminal)
        #expect(head.state.message?.kind == .success, "\(head.state.message?.text ?? "")")
        let decided = try #require(try fixture.ledger.proposal(street)?.decision)
        #expect(decided.tally.no == [DeskWard.deputy])
        #expect(decided.tally.yes.contains(DeskWard.head))
    }
}
