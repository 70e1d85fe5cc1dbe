import Foundation
import Testing
@testable import Procedure

/// Edges found while reviewing the rules: line separators in one-line fields, a target
/// reported twice, and LOCAL switches shown in the action menu.
@Suite struct InputEdgeTests {
    @Test(arguments: ["\u{2028}", "\u{2029}"])
    func lineSeparatorsAreRefusedInATitle(_ separator: String) {
        var dossier = Fx.completeDossier()
        dossier.title = "Đề xuất" + separator + "thứ hai"
        let result = Workflow.create(id: "2026-001", dossier: dossier, by: Actor(login: Fx.staff), context: Fx.context())
        #expect(throws: Refusal.self) { try result.get() }
        #expect((try? result.get()) == nil)
    }

    @Test func lineSeparatorsBecomeLineBreaksInText() throws {
        var dossier = Fx.completeDossier()
        dossier.content = "Một\u{2028}Hai"
        let created = try Workflow.create(id: "2026-001", dossier: dossier, by: Actor(login: Fx.staff), context: Fx.context()).get()
        #expect(created.proposal.dossier.content == "Một\nHai")
    }

    @Test func aTargetReportedTwiceIsRefused() throws {
        var run = try Run.inProgress()
        run.reachStart()
        let twice = Fx.results() + [TargetResult(target: 0, achieved: false, result: "Lần hai, trái ngược")]
        #expect(run.refusal(.report(summary: "Xong", results: twice), by: Fx.staff)?.rule == .reportTargets)
    }

    @Test func switchedOffLocalStepsAreGreyedInTheMenu() throws {
        var settings = ProcedureSettings()
        settings.allowReturnForCompletion = false
        let run = try Run.registered(settings: settings)
        let menu = Permissions.available(on: run.proposal, for: Fx.head, in: Fx.org, settings: settings)
        let returnRow = menu.first { $0.0 == .returnForCompletion }
        #expect(returnRow?.1?.rule == .localRuleOff)
        let standard = Permissions.available(on: run.proposal, for: Fx.head, in: Fx.org)
        #expect(standard.first { $0.0 == .returnForCompletion }?.1 == nil)
        #expect(Permissions.switchedOff(.conclude, settings: { var s = ProcedureSettings(); s.requireConclusion = false; return s }())?.rule == .localRuleOff)
    }
}

/// Step 9: the head chairs the leadership collective's evaluation; a deputy who is the
/// proposer is excluded, and the record says so.
@Suite struct EvaluationMeetingTests {
    @Test func aProposerDeputyIsExcludedFromTheEvaluationAndListedAsExcluded() throws {
        var run = try Run.draft(by: Fx.deputy1)
        try run.submit()
        try run.register()
        try run.partyOpinion()
        try run.vote(run.eligibleMembers.map { ($0, true) })
        try run.approve()
        try run.resource()
        try run.report()
        try run.partyOpinion()
        try run.evaluate()
        let evaluation = try #require(run.proposal.evaluation)
        #expect(evaluation.excluded == [Fx.deputy1])
        #expect(evaluation.participants?.contains(Fx.deputy1) == false)
        #expect(evaluation.participants?.contains(Fx.head) == true)
        #expect(evaluation.participants?.contains(Fx.deputy2) == true)
    }

    @Test func withoutAProposerDeputyNobodyIsExcluded() throws {
        var run = try Run.readyForEvaluation()
        try run.evaluate()
        #expect(run.proposal.evaluation?.excluded == [])
        #expect(run.proposal.evaluation?.participants == Fx.org.collective(of: run.proposal.reviewingUnitID).map(\.login))
    }
}
