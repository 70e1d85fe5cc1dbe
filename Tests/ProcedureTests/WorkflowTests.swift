import Foundation
import Testing
@testable import Procedure

@Suite struct SubmissionTests {
    @Test func incompleteDossierCannotBeSubmittedAndEveryMissingItemIsNamed() throws {
        var dossier = Fx.completeDossier()
        dossier.bottleneck = ""
        dossier.feasibility = "   "
        dossier.targets = []
        let run = try Run.draft(dossier: dossier)
        let refusal = try #require(run.refusal(.submit, by: Fx.staff))
        #expect(refusal.rule == .dossierIncomplete)
        for item in [DossierItem.bottleneck, .feasibility, .targets] {
            #expect(refusal.message(.vi).contains(item.label.vi))
            #expect(refusal.message(.en).contains(item.label.en))
        }
        #expect(!refusal.message(.en).contains(DossierItem.title.label.en))
    }

    @Test func completeDossierIsSubmittedAndWaitsForRegistration() throws {
        var run = try Run.draft()
        try run.submit()
        #expect(run.proposal.state == .received)
        #expect(run.proposal.awaitingReceipt)
        #expect(run.proposal.receipt == nil)
        #expect(run.proposal.submittedOn == Fx.day(2026, 3, 2))
    }

    @Test func submissionChecksTheUnitsExtraChecklistItems() throws {
        var settings = ProcedureSettings()
        settings.extraChecklistItems = [ChecklistItem(id: "local_budget", text: Localized(vi: "Có dự toán", en: "Has a budget"), source: "LOCAL")]
        let run = try Run.draft(dossier: Fx.completeDossier(), settings: settings)
        #expect(run.refusal(.submit, by: Fx.staff)?.rule == .dossierIncomplete)
        let ok = try Run.draft(dossier: Fx.completeDossier(checklist: settings.checklist), settings: settings)
        #expect((try? ok.attempt(.submit, by: Fx.staff).get()) != nil)
    }

    @Test func endBeforeStartIsRefused() throws {
        var dossier = Fx.completeDossier()
        dossier.endDate = Fx.day(2026, 3, 31)
        let run = try Run.draft(dossier: dossier)
        #expect(run.refusal(.submit, by: Fx.staff)?.rule == .dossierDates)
    }

    @Test func editingADraftReplacesTheDossier() throws {
        var run = try Run.draft(dossier: Dossier(title: "Nháp"))
        #expect(run.refusal(.submit, by: Fx.staff)?.rule == .dossierIncomplete)
        try run.act(.editDraft(dossier: Fx.completeDossier()), by: Fx.staff)
        #expect(run.proposal.dossier == Fx.completeDossier())
        try run.submit()
        #expect(run.proposal.state == .received)
    }

    @Test func withdrawalNeedsAReasonAndIsFinal() throws {
        var run = try Run.draft()
        #expect(run.refusal(.withdraw(reason: " "), by: Fx.staff)?.rule == .reasonRequired)
        try run.act(.withdraw(reason: "Trùng đề xuất khác"), by: Fx.staff)
        #expect(run.proposal.state == .withdrawn)
        #expect(run.proposal.withdrawal == "Trùng đề xuất khác")
        #expect(run.proposal.state.isFinal)
        #expect(run.refusal(.submit, by: Fx.staff)?.rule == .wrongState)
    }
}

@Suite struct ReceiptTests {
    @Test func clerkRegistersReceiptWithNumberDateAndName() throws {
        var run = try Run.draft()
        try run.submit()
        #expect(run.refusal(.receive(receiptNumber: "  "), by: Fx.clerk)?.rule == .receiptNumberRequired)
        run.at(Fx.utc(2026, 3, 3, 20))   // 03:00 on 4 March in Vietnam
        try run.act(.receive(receiptNumber: "15/TN-VHXH"), by: Fx.clerk)
        let receipt = try #require(run.proposal.receipt)
        #expect(receipt.number == "15/TN-VHXH")
        #expect(receipt.day == Fx.day(2026, 3, 4))
        #expect(receipt.by == Fx.clerk)
        #expect(!run.proposal.awaitingReceipt)
        #expect(run.proposal.state == .received)
    }

    @Test func headMayRegisterReceiptToo() throws {
        var run = try Run.draft()
        try run.submit()
        try run.register(by: Fx.head)
        #expect(run.proposal.receipt?.by == Fx.head)
    }

    @Test func receiptNumberIsASingleLine() throws {
        var run = try Run.draft()
        try run.submit()
        #expect(run.refusal(.receive(receiptNumber: "15\n/TN"), by: Fx.clerk)?.rule == .controlCharacters)
    }
}

@Suite struct ReturnAndOutOfScopeTests {
    @Test func returnNeedsWrittenReasons() throws {
        let run = try Run.registered()
        #expect(run.refusal(.returnForCompletion(reasons: ""), by: Fx.head)?.rule == .reasonRequired)
    }

    @Test func returnIsALocalSwitch() throws {
        var settings = ProcedureSettings()
        #expect(settings.allowReturnForCompletion)   // LOCAL rules default to on
        settings.allowReturnForCompletion = false
        let run = try Run.registered(settings: settings)
        #expect(run.refusal(.returnForCompletion(reasons: "Bổ sung"), by: Fx.head)?.rule == .localRuleOff)
    }

    @Test func returnedDossierIsResubmittedAndReviewedAfresh() throws {
        var run = try Run.registered()
        try run.partyOpinion()
        try run.vote([(Fx.head, true)])
        try run.act(.returnForCompletion(reasons: "Bổ sung dự toán chi tiết"), by: Fx.head)
        #expect(run.proposal.state == .returned)
        #expect(run.proposal.returns.last?.reasons == "Bổ sung dự toán chi tiết")
        #expect(run.proposal.ballots.isEmpty)
        #expect(run.proposal.checklists.isEmpty)
        #expect(run.proposal.partyOpinion(.beforeApproval) == nil)
        try run.act(.editDraft(dossier: Fx.completeDossier()), by: Fx.staff)
        try run.submit()
        #expect(run.proposal.awaitingReceipt)
        try run.register()
        #expect(run.proposal.receipts.count == 2)
        // A new review: the opinion must be asked again before approval.
        try run.vote(run.eligibleMembers.map { ($0, true) })
        #expect(run.refusal(.decide(kind: .approve, number: "1/QĐ", reasons: "", responsibilityStatement: ""), by: Fx.head)?.rule == .partyOpinionBeforeApproval)
    }

    @Test(arguments: OutOfScopeGround.allCases)
    func outOfScopeNeedsGroundReasonsAndChannel(_ ground: OutOfScopeGround) throws {
        var run = try Run.registered()
        #expect(run.refusal(.outOfScope(ground: ground, reasons: "", channel: "UBND tỉnh"), by: Fx.head)?.rule == .outOfScopeGround)
        #expect(run.refusal(.outOfScope(ground: ground, reasons: "Cần văn bản thí điểm", channel: " "), by: Fx.head)?.rule == .outOfScopeGround)
        try run.act(.outOfScope(ground: ground, reasons: "Cần văn bản thí điểm", channel: "Kiến nghị UBND tỉnh"), by: Fx.head)
        #expect(run.proposal.state == .outOfScope)
        #expect(run.proposal.state.isFinal)
        let record = try #require(run.proposal.outOfScope)
        #expect(record.ground == ground)
        #expect(record.channel == "Kiến nghị UBND tỉnh")
        #expect(run.events.last?.reason == "Cần văn bản thí điểm")
    }
}

@Suite struct PartyOpinionTests {
    @Test(arguments: [DecisionKind.approve, .override])
    func noApprovalWithoutThePartyOpinion(_ kind: DecisionKind) throws {
        var run = try Run.registered()
        let inFavour = kind == .approve
        try run.vote(run.eligibleMembers.map { ($0, inFavour) })
        let decide = Action.decide(kind: kind, number: "45/QĐ", reasons: "Cần thiết", responsibilityStatement: "Tôi tự chịu trách nhiệm")
        #expect(run.refusal(decide, by: Fx.head)?.rule == .partyOpinionBeforeApproval)
        try run.partyOpinion()
        try run.act(decide, by: Fx.head)
        #expect(run.proposal.state == .approved)
    }

    @Test func theOpinionNeedsTextAndIsRecordedOnce() throws {
        var run = try Run.registered()
        #expect(run.refusal(.partyOpinion(stance: .agree, text: " ", committee: "Đảng ủy"), by: Fx.liaison)?.rule == .reasonRequired)
        try run.act(.partyOpinion(stance: .agreeWithConditions, text: "Đồng ý, bổ sung dự toán", committee: "Đảng ủy phường"), by: Fx.liaison)
        let opinion = try #require(run.proposal.partyOpinion(.beforeApproval))
        #expect(opinion.stance == .agreeWithConditions)
        #expect(opinion.day == Fx.day(2026, 3, 2))
        #expect(opinion.recordedBy == Fx.liaison)
        #expect(run.refusal(.partyOpinion(stance: .agree, text: "Lần hai", committee: "Đảng ủy"), by: Fx.liaison)?.rule == .partyOpinionAlreadyRecorded)
    }

    @Test func disagreementBlocksOnlyWhenTheSettingSaysSo() throws {
        var run = try Run.registered()
        try run.partyOpinion(.disagree)
        try run.vote(run.eligibleMembers.map { ($0, true) })
        #expect((try? run.attempt(.decide(kind: .approve, number: "45/QĐ", reasons: "", responsibilityStatement: ""), by: Fx.head).get()) != nil)
        var strict = ProcedureSettings()
        strict.partyDisagreementBlocksApproval = true
        run.context.settings = strict
        #expect(run.refusal(.decide(kind: .approve, number: "45/QĐ", reasons: "", responsibilityStatement: ""), by: Fx.head)?.rule == .partyDisagreed)
    }

    @Test func noEvaluationWithoutTheSecondPartyOpinion() throws {
        var run = try Run.reported()
        // The opinion before approval does not count for the evaluation.
        #expect(run.proposal.partyOpinion(.beforeApproval) != nil)
        #expect(run.refusal(.evaluate(form: Fx.form()), by: Fx.head)?.rule == .partyOpinionBeforeEvaluation)
        try run.partyOpinion()
        #expect(run.proposal.partyOpinion(.beforeEvaluation) != nil)
        try run.evaluate()
        #expect(run.proposal.state == .evaluated)
    }

    @Test func clerkRecordsTheOpinionForTheCommitteeAndBothAreNamed() throws {
        var run = try Run.registered()
        let events = try run.act(.partyOpinion(stance: .agree, text: "Đồng ý chủ trương", committee: ""), by: Fx.clerk, for: "Đảng ủy phường Uông Bí")
        let event = try #require(events.first)
        #expect(event.actor.login == Fx.clerk)
        #expect(event.actor.onBehalfOf == "Đảng ủy phường Uông Bí")
        let opinion = try #require(run.proposal.partyOpinion(.beforeApproval))
        #expect(opinion.recordedBy == Fx.clerk)
        #expect(opinion.committee == "Đảng ủy phường Uông Bí")
    }
}

@Suite struct BallotTests {
    @Test func checklistMustBeCompleteBeforeABallot() throws {
        var run = try Run.registered()
        #expect(run.refusal(.ballot(inFavour: true, comment: ""), by: Fx.deputy1)?.rule == .checklistIncomplete)
        let partial = Array(Fx.fullChecklist().dropLast())
        let refusal = try #require(run.refusal(.checklist(answers: partial), by: Fx.deputy1))
        #expect(refusal.rule == .checklistIncomplete)
        #expect(refusal.message(.en).contains("c5_authority"))
        try run.act(.checklist(answers: Fx.fullChecklist(verdict: .unclear)), by: Fx.deputy1)
        try run.act(.ballot(inFavour: false, comment: "Chưa rõ"), by: Fx.deputy1)
        #expect(run.proposal.ballots.map(\.member) == [Fx.deputy1])
    }

    @Test func unitChecklistItemsAreAskedOfVoters() throws {
        var settings = ProcedureSettings()
        settings.extraChecklistItems = [ChecklistItem(id: "local_budget", text: Localized(vi: "Có dự toán", en: "Has a budget"), source: "LOCAL")]
        var run = try Run.draft(dossier: Fx.completeDossier(checklist: settings.checklist), settings: settings)
        try run.submit()
        try run.register()
        #expect(run.refusal(.checklist(answers: Fx.fullChecklist()), by: Fx.head)?.rule == .checklistIncomplete)
        try run.act(.checklist(answers: Fx.fullChecklist(settings.checklist)), by: Fx.head)
    }

    /// §7.2: a member amends their own ballot and checklist until the decision; each
    /// amendment is an event, the tally counts the latest, and after the decision neither changes.
    @Test func aMemberAmendsTheirOwnRecordUntilTheDecision() throws {
        var run = try Run.registered()
        try run.vote([(Fx.deputy1, true)])
        let amended = try run.act(.ballot(inFavour: false, comment: "Đổi ý"), by: Fx.deputy1)
        #expect(amended.count == 1)
        guard case .ballotCast(let ballot)? = amended.first?.change else { Issue.record("no ballot event"); return }
        #expect(ballot.amends == true)
        #expect(amended.first?.change.label.vi == "Sửa biểu quyết")
        #expect(run.proposal.ballots.count == 1)
        #expect(run.proposal.ballots.first?.inFavour == false)
        var tally = run.proposal.tally(in: Fx.org, settings: .standard)
        #expect(tally.yes.isEmpty && tally.no == [Fx.deputy1])
        // The clerk from the minutes amends it too; so does a new checklist.
        try run.act(.ballot(inFavour: true, comment: "Theo biên bản"), by: Fx.clerk, for: Fx.deputy1)
        try run.act(.checklist(answers: Fx.fullChecklist(verdict: .unclear)), by: Fx.deputy1)
        #expect(run.proposal.ballots.map(\.member) == [Fx.deputy1])
        #expect(run.proposal.ballots.first?.recordedBy == Fx.clerk)
        #expect(run.proposal.checklists[Fx.deputy1] == Fx.fullChecklist(verdict: .unclear))
        tally = run.proposal.tally(in: Fx.org, settings: .standard)
        #expect(tally.yes == [Fx.deputy1] && tally.no.isEmpty)
        // A first ballot does not say it amends anything.
        try run.vote([(Fx.head, true)])
        #expect(run.proposal.ballots.first { $0.member == Fx.head }?.amends == nil)
        try run.vote([(Fx.deputy2, true)])
        try run.partyOpinion()
        try run.approve()
        #expect(run.proposal.decision?.tally.yes.sorted() == [Fx.deputy1, Fx.deputy2, Fx.head].sorted())
        #expect(run.refusal(.ballot(inFavour: false, comment: ""), by: Fx.deputy1)?.rule == .wrongState)
        #expect(run.refusal(.ballot(inFavour: false, comment: ""), by: Fx.clerk, for: Fx.deputy1)?.rule == .wrongState)
        #expect(run.refusal(.checklist(answers: Fx.fullChecklist()), by: Fx.deputy1)?.rule == .wrongState)
    }

    @Test func everyBallotIsRecordedWithVoterVoteAndComment() throws {
        var run = try Run.registered()
        try run.act(.checklist(answers: Fx.fullChecklist()), by: Fx.deputy2)
        try run.act(.ballot(inFavour: false, comment: "Kinh phí lớn"), by: Fx.deputy2)
        let ballot = try #require(run.proposal.ballots.first)
        #expect(ballot.member == Fx.deputy2)
        #expect(!ballot.inFavour)
        #expect(ballot.comment == "Kinh phí lớn")
        #expect(ballot.recordedBy == Fx.deputy2)
    }

    @Test func proposerDeputyIsRecusedListedAndCannotVote() throws {
        var run = try Run.registered(by: Fx.deputy1)
        #expect(run.refusal(.checklist(answers: Fx.fullChecklist()), by: Fx.deputy1)?.rule == .ownProposal)
        #expect(run.refusal(.ballot(inFavour: true, comment: ""), by: Fx.deputy1)?.rule == .ownProposal)
        // Nor through the clerk.
        #expect(run.refusal(.checklist(answers: Fx.fullChecklist()), by: Fx.clerk, for: Fx.deputy1)?.rule == .ownProposal)
        #expect(run.refusal(.ballot(inFavour: true, comment: ""), by: Fx.clerk, for: Fx.deputy1)?.rule == .ownProposal)
        let tally = run.proposal.tally(in: Fx.org, settings: .standard)
        #expect(tally.recused == [Fx.deputy1])
        #expect(Set(tally.eligible) == [Fx.head, Fx.deputy2])
        try run.vote([(Fx.head, true), (Fx.deputy2, true)])
        try run.partyOpinion()
        try run.approve()
        #expect(run.proposal.decision?.tally.recused == [Fx.deputy1])
    }

    @Test func clerkRecordsABallotFromTheMinutesAndBothLoginsAreKept() throws {
        var run = try Run.registered()
        try run.act(.checklist(answers: Fx.fullChecklist()), by: Fx.clerk, for: Fx.deputy2)
        let events = try run.act(.ballot(inFavour: true, comment: "Theo biên bản"), by: Fx.clerk, for: Fx.deputy2)
        let event = try #require(events.first)
        #expect(event.actor.login == Fx.clerk)
        #expect(event.actor.onBehalfOf == Fx.deputy2)
        let ballot = try #require(run.proposal.ballots.first)
        #expect(ballot.member == Fx.deputy2)
        #expect(ballot.recordedBy == Fx.clerk)
        #expect(run.proposal.tally(in: Fx.org, settings: .standard).yes == [Fx.deputy2])
        // The member amends it in person (§7.2): their latest ballot is the vote.
        try run.act(.ballot(inFavour: false, comment: ""), by: Fx.deputy2)
        #expect(run.proposal.ballots.map(\.recordedBy) == [Fx.deputy2])
        #expect(run.proposal.tally(in: Fx.org, settings: .standard).no == [Fx.deputy2])
    }

    @Test func ballotCommentRefusesControlCharacters() throws {
        var run = try Run.registered()
        try run.act(.checklist(answers: Fx.fullChecklist()), by: Fx.head)
        #expect(run.refusal(.ballot(inFavour: true, comment: "ok\u{1B}[2J"), by: Fx.head)?.rule == .controlCharacters)
    }
}

@Suite struct DecisionTests {
    static let approve = Action.decide(kind: .approve, number: "45/QĐ-UBND", reasons: "", responsibilityStatement: "")

    @Test func approvalNeedsAPassedVote() throws {
        var run = try Run.registered()
        try run.partyOpinion()
        try run.vote([(Fx.head, true)])
        #expect(run.refusal(Self.approve, by: Fx.head)?.rule == .voteNotPassed)
        try run.vote([(Fx.deputy1, true)])
        try run.act(Self.approve, by: Fx.head)
        let decision = try #require(run.proposal.decision)
        #expect(decision.kind == .approve)
        #expect(decision.number == "45/QĐ-UBND")
        #expect(decision.day == Fx.day(2026, 3, 2))
        #expect(decision.signedBy == Fx.head)
        #expect(decision.tally.passed)
        #expect(run.proposal.state == .approved)
        #expect(!run.proposal.notices.contains(.headOverride))
    }

    @Test func approvalNeedsADecisionNumber() throws {
        let run = try Run.voted()
        #expect(run.refusal(.decide(kind: .approve, number: " ", reasons: "", responsibilityStatement: ""), by: Fx.head)?.rule == .decisionNumber)
    }

    @Test func rejectionIsRefusedWhenTheVotePassed() throws {
        let run = try Run.voted()
        #expect(run.refusal(.decide(kind: .reject, number: "", reasons: "Không đồng ý", responsibilityStatement: ""), by: Fx.head)?.rule == .voteNotFailed)
    }

    @Test func rejectionWaitsForTheVote() throws {
        var run = try Run.registered()
        try run.vote([(Fx.deputy1, false)])
        #expect(run.refusal(.decide(kind: .reject, number: "", reasons: "Không khả thi", responsibilityStatement: ""), by: Fx.head)?.rule == .voteOpen)
    }

    @Test func rejectionNeedsReasonsWhileTheLocalRuleIsOn() throws {
        var run = try Run.registered()
        #expect(ProcedureSettings.standard.rejectionNeedsReasons)
        try run.vote(run.eligibleMembers.map { ($0, false) })
        #expect(run.refusal(.decide(kind: .reject, number: "", reasons: "  ", responsibilityStatement: ""), by: Fx.head)?.rule == .reasonRequired)
        let events = try run.act(.decide(kind: .reject, number: "", reasons: "Kinh phí vượt khả năng", responsibilityStatement: ""), by: Fx.head)
        #expect(run.proposal.state == .rejected)
        #expect(run.proposal.decision?.reasons == "Kinh phí vượt khả năng")
        #expect(events.first?.reason == "Kinh phí vượt khả năng")
        #expect(run.proposal.state.isFinal)
    }

    @Test func rejectionWithoutReasonsWhenTheLocalRuleIsOff() throws {
        var settings = ProcedureSettings()
        settings.rejectionNeedsReasons = false
        var run = try Run.registered(settings: settings)
        try run.vote(run.eligibleMembers.map { ($0, false) })
        try run.act(.decide(kind: .reject, number: "", reasons: "", responsibilityStatement: ""), by: Fx.head)
        #expect(run.proposal.state == .rejected)
    }

    @Test func overrideNeedsAFailedVoteAndAResponsibilityStatement() throws {
        let statement = "Tôi xét thấy cần thiết, khả thi và tự chịu trách nhiệm cá nhân."
        // Refused while the vote passed.
        let passed = try Run.voted()
        #expect(passed.refusal(.decide(kind: .override, number: "50/QĐ", reasons: "", responsibilityStatement: statement), by: Fx.head) != nil)
        // Refused while the vote is open.
        var open = try Run.registered()
        try open.partyOpinion()
        try open.vote([(Fx.deputy1, false)])
        #expect(open.refusal(.decide(kind: .override, number: "50/QĐ", reasons: "", responsibilityStatement: statement), by: Fx.head)?.rule == .voteOpen)
        // Failed: needs the statement.
        var failed = try Run.registered()
        try failed.partyOpinion()
        try failed.vote(failed.eligibleMembers.map { ($0, false) })
        #expect(failed.refusal(.decide(kind: .override, number: "50/QĐ", reasons: "", responsibilityStatement: " "), by: Fx.head)?.rule == .overrideStatement)
        #expect(failed.refusal(.decide(kind: .override, number: "", reasons: "", responsibilityStatement: statement), by: Fx.head)?.rule == .decisionNumber)
        let events = try failed.act(.decide(kind: .override, number: "50/QĐ", reasons: "", responsibilityStatement: statement), by: Fx.head)
        let decision = try #require(failed.proposal.decision)
        #expect(decision.kind == .override)
        #expect(decision.responsibilityStatement == statement)
        #expect(decision.signedBy == Fx.head)
        #expect(!decision.tally.passed)
        #expect(failed.proposal.state == .approved)
        #expect(failed.proposal.notices.contains(.headOverride))
        #expect(events.first?.reason == statement)
    }

    @Test func onlyTheHeadDecides() throws {
        let run = try Run.voted()
        #expect(run.refusal(Self.approve, by: Fx.deputy1)?.rule == .roleRequired)
        #expect(run.refusal(Self.approve, by: Fx.chair)?.rule == .roleRequired)
        #expect(run.refusal(Self.approve, by: Fx.clerk, for: Fx.head)?.rule == .onBehalfNotAllowed)
    }
}

@Suite struct ImplementationTests {
    @Test func resourcesNeedSomethingOrAReasonForNone() throws {
        var run = try Run.approved()
        #expect(run.refusal(.resource(fundingVND: 0, staff: "", equipment: "", reassignment: "", noneNeededReason: ""), by: Fx.head)?.rule == .resourcesRequired)
        #expect(run.refusal(.resource(fundingVND: 0, staff: "", equipment: "", reassignment: "Giao việc cho người khác", noneNeededReason: ""), by: Fx.head)?.rule == .resourcesRequired)
        #expect(run.refusal(.resource(fundingVND: -1, staff: "1 người", equipment: "", reassignment: "", noneNeededReason: ""), by: Fx.head)?.rule == .resourcesRequired)
        try run.act(.resource(fundingVND: 0, staff: "", equipment: "", reassignment: "", noneNeededReason: "Dùng thiết bị sẵn có"), by: Fx.head)
        #expect(run.proposal.state == .inProgress)
        #expect(run.proposal.resources?.noneNeededReason == "Dùng thiết bị sẵn có")
    }

    @Test(arguments: [
        (Int64(10_000_000), "", ""), (Int64(0), "2 chuyên viên", ""), (Int64(0), "", "1 máy quét"),
    ])
    func anyGrantedResourceIsEnough(_ funding: Int64, _ staff: String, _ equipment: String) throws {
        var run = try Run.approved()
        try run.act(.resource(fundingVND: funding, staff: staff, equipment: equipment, reassignment: "", noneNeededReason: ""), by: Fx.head)
        #expect(run.proposal.state == .inProgress)
    }

    @Test func progressIsAPercentageWithANote() throws {
        var run = try Run.inProgress()
        #expect(run.refusal(.progress(percent: 101, note: "x"), by: Fx.staff)?.rule == .percentRange)
        #expect(run.refusal(.progress(percent: -1, note: "x"), by: Fx.staff)?.rule == .percentRange)
        #expect(run.refusal(.progress(percent: 30, note: ""), by: Fx.staff)?.rule == .reasonRequired)
        try run.act(.progress(percent: 30, note: "Đã quét 30%"), by: Fx.staff)
        #expect(run.proposal.latestProgress == 30)
    }

    /// (directive, state it is given in) → allowed, written out from §3.2 step 6.
    static let directiveCases: [(DirectiveKind, ProposalState, ProposalState?)] = [
        (.continue, .inProgress, .inProgress), (.continue, .suspended, nil),
        (.suspend, .inProgress, .suspended), (.suspend, .suspended, nil),
        (.resume, .inProgress, nil), (.resume, .suspended, .inProgress),
        (.terminate, .inProgress, .terminated), (.terminate, .suspended, .terminated),
    ]

    @Test(arguments: directiveCases)
    func directivesOnlyInTheRightState(_ kind: DirectiveKind, _ state: ProposalState, _ after: ProposalState?) throws {
        var run = try Run.inProgress()
        if state == .suspended { try run.directive(.suspend) }
        #expect(run.proposal.state == state)
        if let after {
            #expect(run.refusal(.directive(kind: kind, reason: " "), by: Fx.head)?.rule == .reasonRequired)
            try run.act(.directive(kind: kind, reason: "Theo kết luận giao ban"), by: Fx.head)
            #expect(run.proposal.state == after)
            #expect(run.proposal.directives.last?.kind == kind)
            #expect(run.proposal.directives.last?.reason == "Theo kết luận giao ban")
            #expect(run.proposal.directives.last?.by == Fx.head)
        } else {
            #expect(run.refusal(.directive(kind: kind, reason: "Lý do"), by: Fx.head)?.rule == .directiveState)
        }
    }

    @Test(arguments: DirectiveKind.allCases)
    func noDirectiveAfterTermination(_ kind: DirectiveKind) throws {
        var run = try Run.inProgress()
        try run.directive(.terminate)
        #expect(run.refusal(.directive(kind: kind, reason: "Lý do"), by: Fx.head)?.rule == .wrongState)
    }

    @Test func reportNeedsAResultForEveryTarget() throws {
        var run = try Run.inProgress()
        run.reachStart()
        #expect(run.refusal(.report(summary: "Xong", results: [Fx.results()[0]]), by: Fx.staff)?.rule == .reportTargets)
        #expect(run.refusal(.report(summary: "Xong", results: [Fx.results()[0], TargetResult(target: 1, achieved: true, result: " ")]), by: Fx.staff)?.rule == .reportTargets)
        #expect(run.refusal(.report(summary: "Xong", results: Fx.results() + [TargetResult(target: 2, achieved: true, result: "thừa")]), by: Fx.staff)?.rule == .reportTargets)
        #expect(run.refusal(.report(summary: "", results: Fx.results()), by: Fx.staff)?.rule == .reportTargets)
        try run.report()
        #expect(run.proposal.state == .reported)
        #expect(run.proposal.report?.results.count == 2)
    }

    /// A result report before the implementation's start date was accepted and marked on
    /// time: it is refused, saying why and on what basis, until that day.
    @Test func aReportBeforeTheStartDateIsRefused() throws {
        var run = try Run.inProgress()
        let start = try #require(run.proposal.dossier.startDate)
        #expect(run.context.today < start)
        let report = Action.report(summary: "Đã hoàn thành", results: Fx.results())
        let refusal = try #require(run.refusal(report, by: Fx.staff))
        #expect(refusal.rule == .reportBeforeStart)
        #expect(refusal.message(.vi).contains("Chưa đến ngày bắt đầu thực hiện"))
        #expect(refusal.message(.vi).contains(start.vietnamese))
        #expect(refusal.message(.en).contains("start date"))
        #expect(refusal.basis.vi.contains("khoản 2 Điều 7 NĐ 73/2023"))
        // The day before: still refused; on the day: recorded, and on time.
        run.at(start.adding(days: -1).startInVietnam.addingTimeInterval(16 * 3600))
        #expect(run.refusal(report, by: Fx.staff)?.rule == .reportBeforeStart)
        run.at(start.startInVietnam.addingTimeInterval(9 * 3600))
        try run.act(report, by: Fx.staff)
        #expect(run.proposal.state == .reported)
        #expect(run.proposal.report?.day == start)
    }

    /// Terminated before it began, a proposal is still reported (and evaluated) at once.
    @Test func aProposalTerminatedBeforeItsStartReportsAtOnce() throws {
        var run = try Run.inProgress()
        try run.directive(.terminate)
        #expect(run.context.today < (run.proposal.dossier.startDate ?? run.context.today))
        try run.act(.report(summary: "Dừng trước khi bắt đầu", results: Fx.results()), by: Fx.staff)
        #expect(run.proposal.state == .reported)
    }

    @Test func aTerminatedProposalIsStillReported() throws {
        var run = try Run.inProgress()
        try run.directive(.terminate)
        try run.report()
        #expect(run.proposal.state == .reported)
    }

    @Test func aSuspendedProposalCannotReport() throws {
        var run = try Run.inProgress()
        try run.directive(.suspend)
        #expect(run.refusal(.report(summary: "Xong", results: Fx.results()), by: Fx.staff)?.rule == .wrongState)
    }
}

@Suite struct EvaluationTests {
    func form(_ change: (inout EvaluationForm) -> Void) -> EvaluationForm {
        var form = Fx.form(outcome: .partlyCompleted)
        change(&form)
        return form
    }

    @Test func bothCausesMustBeFilled() throws {
        let run = try Run.readyForEvaluation()
        #expect(run.refusal(.evaluate(form: form { $0.objectiveCauses = "" }), by: Fx.head)?.rule == .causesRequired)
        #expect(run.refusal(.evaluate(form: form { $0.subjectiveCauses = " \n" }), by: Fx.head)?.rule == .causesRequired)
        // "Không có" is an answer.
        #expect((try? run.attempt(.evaluate(form: form { $0.objectiveCauses = "Không có"; $0.subjectiveCauses = "Không có" }), by: Fx.head).get()) != nil)
    }

    @Test func damageNeedsADescriptionAndAnEstimate() throws {
        let run = try Run.readyForEvaluation()
        let noDescription = form { $0.damage = true; $0.damageDescription = ""; $0.damageEstimateVND = 5_000_000 }
        let noEstimate = form { $0.damage = true; $0.damageDescription = "Hỏng máy"; $0.damageEstimateVND = nil }
        let zeroEstimate = form { $0.damage = true; $0.damageDescription = "Hỏng máy"; $0.damageEstimateVND = 0 }
        for bad in [noDescription, noEstimate, zeroEstimate] {
            #expect(run.refusal(.evaluate(form: bad), by: Fx.head)?.rule == .damageEstimate)
        }
        let good = form { $0.damage = true; $0.damageDescription = "Hỏng máy"; $0.damageEstimateVND = 5_000_000 }
        let evaluation = try #require(try? run.attempt(.evaluate(form: good), by: Fx.head).get().proposal.evaluation)
        #expect(evaluation.damageEstimateVND == 5_000_000)
        // No damage: no description needed.
        #expect((try? run.attempt(.evaluate(form: form { $0.damage = false; $0.damageDescription = "" }), by: Fx.head).get()) != nil)
    }

    @Test(arguments: FindingKind.allCases)
    func everyFindingNeedsAnAnswerWithAReason(_ kind: FindingKind) throws {
        let run = try Run.readyForEvaluation()
        let missing = form { $0.findings.removeAll { $0.kind == kind } }
        let refusal = try #require(run.refusal(.evaluate(form: missing), by: Fx.head))
        #expect(refusal.rule == .evaluationIncomplete)
        #expect(refusal.message(.en).contains(kind.label.en))
        let unreasoned = form { form in
            form.findings = form.findings.map { $0.kind == kind ? Finding(kind: kind, holds: true, reason: " ") : $0 }
        }
        #expect(run.refusal(.evaluate(form: unreasoned), by: Fx.head)?.rule == .evaluationIncomplete)
    }

    @Test func contradictoryFindingsAreRefused() throws {
        let run = try Run.readyForEvaluation()
        let twice = form { $0.findings.append(Finding(kind: .pureMotive, holds: false, reason: "Có vụ lợi")) }
        #expect(run.refusal(.evaluate(form: twice), by: Fx.head)?.rule == .evaluationIncomplete)
    }

    @Test func everyTargetMustBeAssessed() throws {
        let run = try Run.readyForEvaluation()
        #expect(run.refusal(.evaluate(form: form { $0.results = [Fx.results()[1]] }), by: Fx.head)?.rule == .targetResults)
        #expect(run.refusal(.evaluate(form: form { $0.results = [] }), by: Fx.head)?.rule == .targetResults)
    }

    @Test func theEvaluationIsRecordedWithItsConsequence() throws {
        let run = try Run.evaluated(Fx.form(outcome: .notCompleted, damage: true))
        let evaluation = try #require(run.proposal.evaluation)
        #expect(evaluation.outcome == .notCompleted)
        #expect(evaluation.consequence == .considerProtection)
        #expect(evaluation.day == Fx.day(2026, 4, 1))   // reported on the start date, evaluated the same day
        #expect(run.proposal.state == .evaluated)
    }
}

@Suite struct ConclusionAndCloseTests {
    @Test func conclusionNeedsNumberAndText() throws {
        let run = try Run.evaluated()
        #expect(run.refusal(.conclude(number: "", text: "Kết luận"), by: Fx.head)?.rule == .decisionNumber)
        #expect(run.refusal(.conclude(number: "07/KL", text: " "), by: Fx.head)?.rule == .conclusionRequired)
    }

    @Test func conclusionIsIssuedOnceAndCarriesTheConsequence() throws {
        var run = try Run.evaluated(Fx.form(outcome: .partlyCompleted))
        try run.conclude()
        #expect(run.proposal.conclusion?.consequence == .liabilityExcluded)
        #expect(run.refusal(.conclude(number: "08/KL", text: "Lần hai"), by: Fx.head)?.rule == .wrongState)
    }

    @Test func measuresWaitForTheConclusion() throws {
        let run = try Run.evaluated()
        #expect(run.refusal(.measure(kind: .notLiable, decisionNumber: "1/QĐ", day: Fx.day(2026, 11, 2), decidedBy: "Chủ tịch", reason: "x"), by: Fx.head)?.rule == .conclusionRequired)
        #expect(run.refusal(.close, by: Fx.head)?.rule == .conclusionRequired)
    }

    @Test func withoutTheConclusionStepMeasuresFollowTheEvaluation() throws {
        var settings = ProcedureSettings()
        #expect(settings.requireConclusion)
        settings.requireConclusion = false
        var run = try Run.evaluated(settings: settings)
        #expect(run.refusal(.conclude(number: "07/KL", text: "Kết luận"), by: Fx.head)?.rule == .localRuleOff)
        try run.measure(.notLiable)
        try run.act(.close, by: Fx.head)
        #expect(run.proposal.state == .closed)
    }

    @Test func closeNeedsALiabilityDecision() throws {
        var run = try Run.concluded()
        try run.measure(.praise)
        #expect(run.refusal(.close, by: Fx.head)?.rule == .liabilityMissing)
        try run.measure(.notLiable)
        try run.act(.close, by: Fx.head)
        #expect(run.proposal.state == .closed)
        // Reported on the implementation's start date, and closed the same day.
        #expect(run.proposal.closedOn == Fx.day(2026, 4, 1))
        #expect(run.proposal.state.isFinal)
    }

    @Test func oneLiabilityDecisionOnly() throws {
        var run = try Run.concluded(Fx.form(outcome: .partlyCompleted, damage: true))
        try run.measure(.liabilityReduced)
        #expect(run.refusal(.measure(kind: .liabilityExempted, decisionNumber: "2/QĐ", day: Fx.day(2026, 11, 2), decidedBy: "Chủ tịch", reason: "x"), by: Fx.head)?.rule == .measureNotAllowed)
    }

    @Test func aMeasureRecordsWhoDecidedAndWhy() throws {
        var run = try Run.concluded()
        #expect(run.refusal(.measure(kind: .praise, decisionNumber: "", day: Fx.day(2026, 11, 2), decidedBy: "Chủ tịch", reason: "x"), by: Fx.head)?.rule == .decisionNumber)
        #expect(run.refusal(.measure(kind: .praise, decisionNumber: "3/QĐ", day: Fx.day(2026, 11, 2), decidedBy: "", reason: "x"), by: Fx.head)?.rule == .decisionNumber)
        #expect(run.refusal(.measure(kind: .praise, decisionNumber: "3/QĐ", day: Fx.day(2026, 11, 2), decidedBy: "Chủ tịch", reason: ""), by: Fx.head)?.rule == .reasonRequired)
        try run.measure(.commendation)
        let measure = try #require(run.proposal.measures.last)
        #expect(measure.kind == .commendation)
        #expect(measure.decisionNumber == "88/QĐ-UBND")
        #expect(measure.day == Fx.day(2026, 11, 2))
        #expect(measure.decidedBy == "Chủ tịch UBND phường")
        #expect(measure.reason == "Theo kết luận")
        #expect(measure.recordedBy == Fx.head)
    }
}

@Suite struct RefusalChangesNothingTests {
    /// A sample of refused actions at each stage; none may change the proposal.
    @Test(arguments: Stage.allCases)
    func refusedActionsChangeNothing(_ stage: Stage) throws {
        let run = try stage.build()
        let before = run.proposal
        let eventsBefore = run.events
        let attempts: [(Action, String)] = [
            (.submit, Fx.head),
            (.decide(kind: .approve, number: "", reasons: "", responsibilityStatement: ""), Fx.admin),
            (.ballot(inFavour: true, comment: ""), Fx.ktStaff),
            (.close, Fx.staff),
            (.withdraw(reason: ""), Fx.staff),
            (.resource(fundingVND: 0, staff: "", equipment: "", reassignment: "", noneNeededReason: ""), Fx.head),
            (.evaluate(form: Fx.form(damage: true, allHold: true)), Fx.inspector),
        ]
        for (action, login) in attempts {
            let result = run.attempt(action, by: login)
            #expect(result.refusal != nil, "\(action.kind) by \(login) at \(stage)")
            #expect(run.proposal == before)
            #expect(run.events == eventsBefore)
        }
    }

    @Test func aRefusedStepLeavesTheVersionAlone() throws {
        var run = try Run.registered()
        let version = run.proposal.version
        #expect(run.refusal(.decide(kind: .approve, number: "1", reasons: "", responsibilityStatement: ""), by: Fx.head) != nil)
        #expect(run.proposal.version == version)
        try run.partyOpinion()
        #expect(run.proposal.version == version + 1)
    }
}
