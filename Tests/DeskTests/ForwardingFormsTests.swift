import Foundation
import Testing
@testable import Desk
import Procedure

/// §7.6 in the Desk: the clerk's forms forward the chair's proposal and record the
/// province's answer; what they submit the workflow accepts, and the menu offers them
/// only on such a proposal.
@Suite struct ForwardingFormsTests {
    static let wardClerk = "vt.ubnd"
    static let org = Organization(
        units: Array(FormsFx.org.units.values),
        officers: Array(FormsFx.org.officers.values) + [
            Officer(login: wardClerk, name: "Phạm Thị Văn", unitID: "UBND", position: "Văn thư", isManaging: false),
        ],
        grants: FormsFx.org.grants + [RoleGrant(login: wardClerk, role: .clerk, unitID: "UBND")])
    static let context = Context(organization: org, settings: .standard, now: FormsFx.now)

    static func perform(_ actions: [Action], on p: Proposal, by login: String) throws -> Proposal {
        var current = p
        for action in actions {
            current = try Workflow.perform(action, on: current, by: Actor(login: login), context: context).get().proposal
        }
        return current
    }

    /// The chair's proposal, registered by the ward's clerk.
    static func registered() throws -> Proposal {
        let created = try Workflow.create(id: "2026-009", dossier: FormsFx.dossier, by: Actor(login: FormsFx.chair), context: context).get()
        let submitted = try perform([.submit], on: created.proposal, by: FormsFx.chair)
        return try perform([.receive(receiptNumber: "3/TN")], on: submitted, by: wardClerk)
    }

    static func form(_ kind: ActionKind, _ p: Proposal) throws -> FormState {
        try #require(FormFactory.form(for: kind, context: FormContext(proposal: p, organization: org, settings: .standard,
                                                                        officer: wardClerk, language: .vi, today: FormsFx.today)))
    }

    @Test func theClerkForwardsAndRecordsTheAnswerThroughTheForms() throws {
        var p = try Self.registered()
        var forward = try Self.form(.forward, p)
        forward.fill("letter", "215/UBND-VP")
        let forwardSent = forward.submitted()
        let sent = try #require(forwardSent)
        #expect(sent == [.forward(letterNumber: "215/UBND-VP", letterDay: FormsFx.today)])
        p = try Self.perform(sent, on: p, by: Self.wardClerk)
        #expect(p.state == .forwarded)

        var outcome = try Self.form(.recordOutcome, p)
        #expect(outcome.currentNotices().contains { $0.text.vi.contains("215/UBND-VP") })
        outcome.fill("number", "1234/QĐ-UBND")
        outcome.choose("result", ProvincialResult.rejected.rawValue)
        outcome.fill("reasons", "Lồng ghép vào đề án của tỉnh")
        let outcomeSent = outcome.submitted()
        let answer = try #require(outcomeSent)
        #expect(answer == [.recordOutcome(decisionNumber: "1234/QĐ-UBND", decisionDay: FormsFx.today, result: .rejected,
                                          reasons: "Lồng ghép vào đề án của tỉnh")])
        p = try Self.perform(answer, on: p, by: Self.wardClerk)
        #expect(p.state == .rejected)
    }

    @Test func theMenuOffersForwardingOnlyOnTheChairsProposal() throws {
        let chairs = try Self.registered()
        let items = ActionMenuModel.items(for: chairs, officer: Self.wardClerk, organization: Self.org, settings: .standard,
                                          today: FormsFx.today, partyCommittee: "Đảng ủy phường Uông Bí")
        #expect(items.first { $0.entry == .step(.forward) }?.refusal == nil)
        #expect(items.first { $0.entry == .step(.decide) }?.refusal != nil)
        let staffs = try FormsRun.ready(for: .returnForCompletion).proposal
        let officeItems = ActionMenuModel.items(for: staffs, officer: FormsFx.clerk, organization: Self.org, settings: .standard,
                                                today: FormsFx.today, partyCommittee: "Đảng ủy phường Uông Bí")
        #expect(officeItems.first { $0.entry == .step(.forward) }?.refusal?.rule == .notBeyondWard)
        let chairOwn = ActionMenuModel.items(for: chairs, officer: FormsFx.chair, organization: Self.org, settings: .standard,
                                             today: FormsFx.today, partyCommittee: "Đảng ủy phường Uông Bí")
        #expect(chairOwn.first { $0.entry == .step(.decide) }?.refusal?.rule == .forwardRequired)
    }
}
