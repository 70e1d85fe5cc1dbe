import Testing
@testable import Procedure

@Suite struct VoteRuleTests {
    /// (yes, no, base, head's vote) → passes, by §3.2 3v.
    static let countCases: [(Int, Int, Int, Bool?, Bool)] = [
        (2, 1, 3, true, true),      // more than half
        (2, 1, 3, false, true),     // the head in the minority does not matter
        (2, 2, 4, true, true),      // tie, head yes → passes
        (2, 2, 4, false, false),    // tie, head no → fails
        (2, 2, 4, nil, false),      // tie, head did not vote
        (2, 0, 4, true, false),     // exactly half is not more than half
        (1, 1, 2, true, true),      // tie of two
        (1, 1, 2, false, false),
        (1, 0, 1, true, true),      // only the head left
        (0, 1, 1, false, false),
        (0, 0, 0, nil, false),      // nobody: no pass
        (0, 0, 3, nil, false),
        (3, 0, 5, true, true),
        (2, 2, 5, true, false),     // equal, but a fifth member is still to count: no decided tie
    ]

    @Test(arguments: countCases)
    func passRule(_ yes: Int, _ no: Int, _ base: Int, _ head: Bool?, _ expected: Bool) {
        #expect(VoteTally.passes(yes: yes, no: no, base: base, headVote: head) == expected)
    }

    // MARK: Through the workflow

    static let approve = Action.decide(kind: .approve, number: "45/QĐ", reasons: "", responsibilityStatement: "")
    static let reject = Action.decide(kind: .reject, number: "", reasons: "Không đạt", responsibilityStatement: "")

    /// A VHXH deputy proposes: the head and the other deputy vote, the proposer is recused.
    func deputyProposal() throws -> Run {
        var run = try Run.registered(by: Fx.deputy1)
        try run.partyOpinion()
        return run
    }

    @Test func tieWithTheHeadInFavourPasses() throws {
        var run = try deputyProposal()
        try run.vote([(Fx.head, true), (Fx.deputy2, false)])
        let tally = run.proposal.tally(in: Fx.org, settings: .standard)
        #expect(tally.passed)
        #expect(tally.recused == [Fx.deputy1])
        #expect(run.refusal(Self.reject, by: Fx.head)?.rule == .voteNotFailed)
        try run.act(Self.approve, by: Fx.head)
        #expect(run.proposal.state == .approved)
    }

    @Test func tieWithTheHeadAgainstFails() throws {
        var run = try deputyProposal()
        try run.vote([(Fx.head, false), (Fx.deputy2, true)])
        let tally = run.proposal.tally(in: Fx.org, settings: .standard)
        #expect(!tally.passed)
        #expect(tally.failedForGood)
        #expect(run.refusal(Self.approve, by: Fx.head)?.rule == .voteNotPassed)
        try run.act(Self.reject, by: Fx.head)
        #expect(run.proposal.state == .rejected)
    }

    @Test func everyoneRecusedButTheHead() throws {
        // KT has one deputy; when they propose, the head alone votes.
        var yes = try Run.registered(by: Fx.ktDeputy)
        let tally = yes.proposal.tally(in: Fx.org, settings: .standard)
        #expect(tally.eligible == [Fx.ktHead])
        #expect(tally.recused == [Fx.ktDeputy])
        #expect(yes.refusal(.ballot(inFavour: true, comment: ""), by: Fx.ktDeputy)?.rule == .ownProposal)
        try yes.partyOpinion()
        try yes.vote([(Fx.ktHead, true)])
        #expect(yes.proposal.tally(in: Fx.org, settings: .standard).passed)
        try yes.approve()

        var no = try Run.registered(by: Fx.ktDeputy)
        try no.vote([(Fx.ktHead, false)])
        #expect(no.proposal.tally(in: Fx.org, settings: .standard).failedForGood)
        try no.reject()
        #expect(no.proposal.state == .rejected)
    }

    @Test func basisAllEligibleCountsTheAbsent() throws {
        // Staff proposal: head, deputy 1 and deputy 2 are eligible. Deputy 2 is absent.
        var run = try Run.registered()
        try run.partyOpinion()
        try run.vote([(Fx.head, true), (Fx.deputy1, false)])
        let tally = run.proposal.tally(in: Fx.org, settings: .standard)
        #expect(tally.basis == .allEligible)
        #expect(tally.base == 3)
        #expect(!tally.passed)
        #expect(!tally.failedForGood)
        #expect(tally.notVoted == [Fx.deputy2])
        #expect(run.refusal(Self.approve, by: Fx.head)?.rule == .voteNotPassed)
        #expect(run.refusal(Self.reject, by: Fx.head)?.rule == .voteOpen)
    }

    @Test func basisPresentCountsOnlyTheBallotsCast() throws {
        var settings = ProcedureSettings()
        settings.voteBasis = .present
        var run = try Run.registered(settings: settings)
        try run.partyOpinion()
        try run.vote([(Fx.head, true), (Fx.deputy1, false)])
        let tally = run.proposal.tally(in: Fx.org, settings: settings)
        #expect(tally.base == 2)
        #expect(tally.passed)   // a tie among those present, the head in favour
        try run.act(Self.approve, by: Fx.head)
        #expect(run.proposal.decision?.tally.basis == .present)
    }

    @Test func basisPresentMajorityAgainst() throws {
        var settings = ProcedureSettings()
        settings.voteBasis = .present
        var run = try Run.registered(settings: settings)
        try run.vote([(Fx.deputy1, false), (Fx.deputy2, false)])
        let tally = run.proposal.tally(in: Fx.org, settings: settings)
        #expect(tally.failedForGood)
        try run.reject()
    }

    @Test func allEligibleMajorityNeedsMoreThanHalfOfAll() throws {
        var run = try Run.registered()
        try run.partyOpinion()
        try run.vote([(Fx.deputy1, true)])
        #expect(!run.proposal.tally(in: Fx.org, settings: .standard).passed)
        try run.vote([(Fx.deputy2, true)])
        let tally = run.proposal.tally(in: Fx.org, settings: .standard)
        #expect(tally.passed)
        #expect(Set(tally.yes) == [Fx.deputy1, Fx.deputy2])
        #expect(tally.notVoted == [Fx.head])
    }

    @Test func aFailedVoteIsFinalOnceTheRestCannotTurnIt() throws {
        var run = try Run.registered()
        try run.vote([(Fx.deputy1, false), (Fx.deputy2, false)])
        #expect(run.proposal.tally(in: Fx.org, settings: .standard).failedForGood)
        try run.reject()
    }

    @Test func summaryIsBilingual() throws {
        var run = try Run.registered()
        try run.vote([(Fx.deputy1, true)])
        let summary = run.proposal.tally(in: Fx.org, settings: .standard).summary
        #expect(summary.vi.contains("Tán thành 1/"))
        #expect(summary.en.contains("In favour 1/"))
        #expect(!summary.vi.contains("đồng ý") && !summary.vi.contains("cơ sở tính"))
    }
}
