import Testing
@testable import Procedure

@Suite struct ReplayTests {
    /// A long path with a return, a suspension, a resumption and every closing step,
    /// keeping the proposal after each step.
    func longPath() throws -> (Run, [Proposal]) {
        var run = try Run.draft()
        var snapshots = [run.proposal]
        func keep(_ step: (inout Run) throws -> Void) throws {
            try step(&run)
            snapshots.append(run.proposal)
        }
        try keep { try $0.submit() }
        try keep { try $0.register() }
        try keep { try $0.act(.returnForCompletion(reasons: "Bổ sung"), by: Fx.head) }
        try keep { try $0.act(.editDraft(dossier: Fx.completeDossier()), by: Fx.staff) }
        try keep { try $0.submit() }
        try keep { try $0.register(by: Fx.head) }
        try keep { try $0.partyOpinion() }
        for member in [Fx.head, Fx.deputy1] {
            try keep { try $0.act(.checklist(answers: Fx.fullChecklist()), by: member) }
            try keep { try $0.act(.ballot(inFavour: true, comment: "Đồng ý"), by: member) }
        }
        try keep { try $0.act(.checklist(answers: Fx.fullChecklist()), by: Fx.clerk, for: Fx.deputy2) }
        try keep { try $0.act(.ballot(inFavour: false, comment: ""), by: Fx.clerk, for: Fx.deputy2) }
        try keep { try $0.approve() }
        try keep { try $0.resource() }
        try keep { try $0.act(.progress(percent: 40, note: "Đang quét"), by: Fx.staff) }
        try keep { try $0.directive(.suspend) }
        try keep { try $0.directive(.resume) }
        try keep { try $0.directive(.continue) }
        try keep { try $0.report() }
        try keep { try $0.partyOpinion() }
        // §7.3: the members' own forms, one amended, before the collective evaluation.
        for member in [Fx.head, Fx.deputy1, Fx.deputy2, Fx.deputy1] {
            try keep { try $0.act(.memberEvaluation(form: Fx.form(outcome: .partlyCompleted, damage: true)), by: member) }
        }
        try keep { try $0.evaluate(Fx.form(outcome: .partlyCompleted, damage: true)) }
        try keep { try $0.conclude() }
        try keep { try $0.measure(.praise) }
        try keep { try $0.measure(.liabilityReduced) }
        try keep { try $0.act(.close, by: Fx.head) }
        return (run, snapshots)
    }

    @Test func replayEqualsStepByStep() throws {
        let (run, _) = try longPath()
        #expect(run.proposal.state == .closed)
        let replayed = try #require(Proposal.replay(id: run.proposal.id, events: run.events))
        #expect(replayed == run.proposal)
    }

    @Test func everyPrefixReplaysToTheProposalAtThatStep() throws {
        let (run, snapshots) = try longPath()
        #expect(snapshots.count == run.events.count)
        for (index, snapshot) in snapshots.enumerated() {
            let replayed = Proposal.replay(id: run.proposal.id, events: Array(run.events.prefix(index + 1)))
            #expect(replayed == snapshot, "after event \(index + 1): \(run.events[index].change.kind)")
        }
    }

    @Test func versionIncrementsByOnePerEvent() throws {
        let (run, snapshots) = try longPath()
        #expect(snapshots.first?.version == 1)
        for (index, snapshot) in snapshots.enumerated() {
            #expect(snapshot.version == index + 1)
        }
        #expect(run.proposal.version == run.events.count)
    }

    @Test func lastActorIsTheOneWhoLoggedIn() throws {
        var run = try Run.registered()
        try run.act(.checklist(answers: Fx.fullChecklist()), by: Fx.clerk, for: Fx.deputy2)
        #expect(run.proposal.lastActor == Fx.clerk)
        #expect(run.proposal.updatedAt == run.events.last?.at)
    }

    @Test func replayNeedsACreationFirst() throws {
        let run = try Run.registered()
        #expect(Proposal.replay(id: run.proposal.id, events: []) == nil)
        #expect(Proposal.replay(id: run.proposal.id, events: Array(run.events.dropFirst())) == nil)
    }

    @Test func everyEventNamesTheProposalAndActor() throws {
        let (run, _) = try longPath()
        #expect(run.events.allSatisfy { $0.proposalID == run.proposal.id && !$0.actor.login.isEmpty })
        #expect(run.events.first.map { $0.change.kind } == "created")
        #expect(run.events.last.map { $0.change.kind } == "closed")
        for event in run.events {
            #expect(!event.change.label.vi.isEmpty && !event.change.label.en.isEmpty)
        }
    }
}
