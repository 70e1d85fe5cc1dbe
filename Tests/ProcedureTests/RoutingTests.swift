import Testing
@testable import Procedure

@Suite struct RoutingTests {
    @Test(arguments: [
        (Fx.staff, "VHXH"), (Fx.deputy1, "VHXH"), (Fx.clerk, "VHXH"), (Fx.inspector, "VHXH"),
        (Fx.head, "UBND"), (Fx.ktHead, "UBND"), (Fx.ktStaff, "KT"),
        (Fx.viceChair1, "UBND"), (Fx.liaison, "UBND"),
    ])
    func reviewingUnit(_ login: String, _ unit: String) throws {
        let reviewing = try Fx.org.reviewingUnit(forProposer: login).get()
        #expect(reviewing.id == unit)
    }

    /// §7.6: the chair has no superior in the ward; the proposal stays with UBND, to be
    /// forwarded to the province (ForwardingTests). A superior named but missing still refuses.
    @Test func theChairHasNoSuperiorInTheWard() throws {
        #expect(try Fx.org.reviewingUnit(forProposer: Fx.chair).get().id == "UBND")
        #expect(Workflow.create(id: "x", dossier: Fx.completeDossier(), by: Actor(login: Fx.chair), context: Fx.context()).refusal == nil)
        let dangling = Organization(units: Fx.units.map { unit in
            var u = unit
            if u.id == "VHXH" { u.parentID = "GONE" }
            return u
        }, officers: Fx.officers, grants: Fx.grants)
        #expect(dangling.reviewingUnit(forProposer: Fx.head).refusal?.rule == .noSuperiorUnit)
        #expect(Fx.org.reviewingUnit(forProposer: "nobody").refusal?.rule == .unknownOfficer)
    }

    @Test func anOfficeHeadsProposalGoesToTheSuperiorHead() throws {
        var run = try Run.draft(by: Fx.head)
        #expect(run.proposal.unitID == "VHXH")
        #expect(run.proposal.reviewingUnitID == "UBND")
        #expect(run.proposal.notices.contains(.routedToSuperior))
        try run.submit()
        // Registered at UBND, not by the office's own clerk.
        #expect(run.refusal(.receive(receiptNumber: "1"), by: Fx.clerk)?.rule == .roleRequired)
        try run.act(.receive(receiptNumber: "3/TN-UBND"), by: Fx.wardClerk)
        try run.partyOpinion()
        // The office's deputies are not the collective that votes.
        #expect(run.refusal(.checklist(answers: Fx.fullChecklist()), by: Fx.deputy1)?.rule == .notAMember)
        #expect(Set(run.eligibleMembers) == [Fx.chair, Fx.viceChair1, Fx.viceChair2])
        try run.vote(run.eligibleMembers.map { ($0, true) })
        // The proposer cannot decide on their own proposal; the chair does.
        #expect(run.refusal(.decide(kind: .approve, number: "1/QĐ", reasons: "", responsibilityStatement: ""), by: Fx.head)?.rule == .roleRequired)
        try run.approve()
        #expect(run.proposal.decision?.signedBy == Fx.chair)
    }

    @Test func aStaffProposalStaysInTheOffice() throws {
        let run = try Run.draft()
        #expect(run.proposal.reviewingUnitID == "VHXH")
        #expect(!run.proposal.notices.contains(.routedToSuperior))
    }

    @Test func aViceChairIsRecusedAtTheCommittee() throws {
        let run = try Run.registered(by: Fx.viceChair1)
        let tally = run.proposal.tally(in: Fx.org, settings: .standard)
        #expect(tally.recused == [Fx.viceChair1])
        #expect(Set(tally.eligible) == [Fx.chair, Fx.viceChair2])
    }

    @Test func nonManagingProposerCarriesTheNotice() throws {
        let staff = try Run.draft(by: Fx.staff)
        #expect(!staff.proposal.proposerIsManaging)
        #expect(staff.proposal.notices.contains(.protectionMayNotApply))
        let deputy = try Run.draft(by: Fx.deputy1)
        #expect(deputy.proposal.proposerIsManaging)
        #expect(!deputy.proposal.notices.contains(.protectionMayNotApply))
    }

    @Test func scienceTechnologyTasksCarryTheirOwnRegime() throws {
        var dossier = Fx.completeDossier()
        dossier.legalBasis = .scienceTechnologyTask
        let run = try Run.draft(by: Fx.staff, dossier: dossier)
        #expect(run.proposal.notices.contains(.scienceTechnologyRegime))
        #expect(!run.proposal.notices.contains(.protectionMayNotApply))
    }

    @Test func everyNoticeHasBothTexts() {
        for notice in Notice.allCases {
            #expect(!notice.text.vi.isEmpty && !notice.text.en.isEmpty)
        }
    }

    @Test func theCommitteesLiaisonCoversTheOfficesButAnOfficesLiaisonNotTheOthers() throws {
        let org = Organization(units: Fx.units, officers: Fx.officers,
                               grants: Fx.grants.filter { $0.role != .partyLiaison } + [RoleGrant(login: Fx.liaison, role: .partyLiaison, unitID: "KT")])
        var run = try Run.draft(org: org)
        try run.submit()
        try run.act(.receive(receiptNumber: "1"), by: Fx.clerk)
        #expect(run.refusal(.partyOpinion(stance: .agree, text: "Đồng ý", committee: "Chi bộ"), by: Fx.liaison)?.rule == .roleRequired)
        #expect(Fx.org.holds(.partyLiaison, Fx.liaison, inOrAbove: "VHXH"))
        #expect(!org.holds(.partyLiaison, Fx.liaison, inOrAbove: "VHXH"))
    }

    @Test func collectiveIsHeadThenDeputies() {
        #expect(Fx.org.collective(of: "VHXH").map(\.login) == [Fx.head, Fx.deputy1, Fx.deputy2])
        #expect(Fx.org.collective(of: "KT").map(\.login) == [Fx.ktHead, Fx.ktDeputy])
        #expect(Fx.org.chain(from: "VHXH").map(\.id) == ["VHXH", "UBND"])
    }
}
