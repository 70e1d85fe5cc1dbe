import Foundation
import Testing
@testable import Procedure

/// PROCEDURE.md §7.1: the collective's meetings. The base of the vote is frozen when the
/// review meeting opens; the attendance decides the "present" basis, withholds the absent
/// members' records, and must reach the quorum when one is set.
@Suite struct MeetingTests {
    /// A registered VHXH proposal with the Party opinion in (collective: head, deputy1, deputy2).
    static func registered(_ settings: ProcedureSettings = .standard) throws -> Run {
        var run = try Run.registered(settings: settings)
        try run.partyOpinion()
        return run
    }

    static let newcomer = Fx.ktStaff

    static func org(adding grants: [RoleGrant] = [], removing login: String? = nil) -> Organization {
        Organization(units: Fx.units, officers: Fx.officers, grants: Fx.grants.filter { $0.login != login } + grants)
    }

    // MARK: Opening

    @Test func theHeadOpensTheReviewMeetingWithTheCollectiveFrozen() throws {
        var run = try Self.registered()
        try run.openMeeting(.review)
        let meeting = try #require(run.proposal.meeting(.review))
        #expect(meeting.chair == Fx.head)
        #expect(meeting.convened == [Fx.head, Fx.deputy1, Fx.deputy2])
        #expect(meeting.recused.isEmpty)
        #expect(meeting.day == run.context.today)
        #expect(!meeting.attendanceRecorded)
        #expect(run.events.last?.change.kind == "meeting_opened")
    }

    @Test func theClerkOpensItForTheHeadAndTheRecusedAreLeftOut() throws {
        var run = try Run.registered(by: Fx.deputy1)
        try run.declareConflict(by: Fx.deputy2)
        try run.act(.openMeeting(stage: .review, day: run.context.today, chair: nil), by: Fx.clerk)
        let meeting = try #require(run.proposal.meeting(.review))
        #expect(meeting.convened == [Fx.head])
        #expect(meeting.recused == [Fx.deputy1, Fx.deputy2])
        #expect(meeting.openedBy == Fx.clerk)
        #expect(meeting.chair == Fx.head)
    }

    @Test func aRecusedHeadLeavesTheChairToADeputy() throws {
        var run = try Self.registered()
        try run.declareConflict(by: Fx.head)
        try run.act(.openMeeting(stage: .review, day: run.context.today, chair: nil), by: Fx.clerk)
        #expect(run.proposal.meeting(.review)?.chair == Fx.deputy1)
        var named = try Self.registered()
        try named.openMeeting(.review, chair: Fx.deputy2)
        #expect(named.proposal.meeting(.review)?.chair == Fx.deputy2)
    }

    @Test func openingRefusals() throws {
        let run = try Self.registered()
        let today = run.context.today
        // Not the head nor the clerk.
        for who in [Fx.deputy1, Fx.staff, Fx.liaison, Fx.ktHead, Fx.chair] {
            #expect(run.refusal(.openMeeting(stage: .review, day: today, chair: nil), by: who)?.rule == .roleRequired, "\(who)")
        }
        // The wrong stage for the proposal's state.
        #expect(run.refusal(.openMeeting(stage: .evaluation, day: today, chair: nil), by: Fx.head)?.rule == .meetingStage)
        // A chair who is not convened, or unknown.
        for chair in [Fx.staff, Fx.ktHead, "nobody", Fx.clerk] {
            #expect(run.refusal(.openMeeting(stage: .review, day: today, chair: chair), by: Fx.head)?.rule == .meetingChair, "\(chair)")
        }
        // A day before the receipt or after today.
        #expect(run.refusal(.openMeeting(stage: .review, day: today.adding(days: 1), chair: nil), by: Fx.head)?.rule == .meetingDate)
        #expect(run.refusal(.openMeeting(stage: .review, day: today.adding(days: -30), chair: nil), by: Fx.head)?.rule == .meetingDate)
        // Twice for the stage.
        var opened = run
        try opened.openMeeting(.review)
        #expect(opened.refusal(.openMeeting(stage: .review, day: today, chair: nil), by: Fx.head)?.rule == .meetingAlreadyOpen)
        #expect(opened.refusal(.openMeeting(stage: .review, day: today, chair: nil), by: Fx.clerk)?.rule == .meetingAlreadyOpen)
        // Before the receipt, and after the decision.
        let awaiting = try Stage.awaitingReceipt.build()
        #expect(awaiting.refusal(.openMeeting(stage: .review, day: today, chair: nil), by: Fx.head)?.rule == .wrongState)
        let approved = try Run.approved()
        #expect(approved.refusal(.openMeeting(stage: .review, day: today, chair: nil), by: Fx.head)?.rule == .wrongState)
    }

    @Test func theEvaluationMeetingOpensOnceTheReportIsIn() throws {
        var run = try Run.readyForEvaluation()
        #expect(run.refusal(.openMeeting(stage: .review, day: run.context.today, chair: nil), by: Fx.head)?.rule == .meetingStage)
        try run.openMeeting(.evaluation)
        #expect(run.proposal.meeting(.evaluation)?.convened == [Fx.head, Fx.deputy1, Fx.deputy2])
        try run.attend(.evaluation, absent: [Fx.deputy2])
        try run.evaluate()
        // The evaluation names those who took part: the convened present.
        #expect(run.proposal.evaluation?.participants == [Fx.head, Fx.deputy1])
    }

    // MARK: The frozen base

    @Test func beforeOpeningTheBaseFollowsTheGrants() throws {
        var run = try Self.registered()
        run.context.organization = Self.org(adding: [RoleGrant(login: Self.newcomer, role: .deputy, unitID: "VHXH")])
        #expect(run.proposal.tally(in: run.context.organization, settings: .standard).eligible.contains(Self.newcomer))
        run.context.organization = Self.org(removing: Fx.deputy2)
        #expect(!run.proposal.tally(in: run.context.organization, settings: .standard).eligible.contains(Fx.deputy2))
        #expect(run.refusal(.checklist(answers: Fx.fullChecklist()), by: Fx.deputy2)?.rule == .notAMember)
    }

    @Test func aGrantAddedAfterOpeningDoesNotMakeAMember() throws {
        var run = try Self.registered()
        try run.openMeeting(.review)
        run.context.organization = Self.org(adding: [RoleGrant(login: Self.newcomer, role: .deputy, unitID: "VHXH")])
        let tally = run.proposal.tally(in: run.context.organization, settings: .standard)
        #expect(tally.eligible == [Fx.head, Fx.deputy1, Fx.deputy2])
        #expect(run.refusal(.checklist(answers: Fx.fullChecklist()), by: Self.newcomer)?.rule == .notAMember)
        #expect(run.refusal(.ballot(inFavour: true, comment: ""), by: Fx.clerk, for: Self.newcomer)?.rule == .notAMember)
        #expect(Permissions.offered(.ballot, on: run.proposal, by: Actor(login: Self.newcomer), in: run.context.organization,
                                    settings: .standard, today: run.context.today)?.rule == .notAMember)
    }

    @Test func aMemberWhoseGrantEndedAfterOpeningStillVotes() throws {
        var run = try Self.registered()
        try run.openMeeting(.review)
        run.context.organization = Self.org(removing: Fx.deputy2)
        try run.vote([(Fx.deputy2, false)])
        let tally = run.proposal.tally(in: run.context.organization, settings: .standard)
        #expect(tally.eligible == [Fx.head, Fx.deputy1, Fx.deputy2])
        #expect(tally.no == [Fx.deputy2])
        // Listed still (the review pane, the clerk's ballots from the minutes), after those granted now.
        #expect(run.proposal.listedMembers(in: run.context.organization).map(\.login) == [Fx.head, Fx.deputy1, Fx.deputy2])
        // The base stays three: two yes of three pass, the removal changed nothing.
        try run.vote([(Fx.head, true), (Fx.deputy1, true)])
        #expect(run.proposal.tally(in: run.context.organization, settings: .standard).passed)
        try run.approve()
        #expect(run.proposal.decision?.tally.eligible.count == 3)
    }

    @Test func aConflictDeclaredAfterOpeningRecusesTheMember() throws {
        var run = try Self.registered()
        try run.openMeeting(.review)
        try run.declareConflict(by: Fx.deputy1)
        let tally = run.proposal.tally(in: run.context.organization, settings: .standard)
        #expect(tally.eligible == [Fx.head, Fx.deputy2])
        #expect(tally.recused == [Fx.deputy1])
        #expect(run.refusal(.checklist(answers: Fx.fullChecklist()), by: Fx.deputy1)?.rule == .ownProposal)
    }

    // MARK: Attendance

    @Test func theClerkOrTheChairRecordsTheAttendance() throws {
        var run = try Self.registered()
        try run.openMeeting(.review, chair: Fx.deputy1)
        let everyone = [Fx.head, Fx.deputy1, Fx.deputy2].map { Attendance(member: $0, present: true) }
        // A member who does not chair, and people without the role, may not.
        #expect(run.refusal(.recordAttendance(stage: .review, attendance: everyone), by: Fx.head)?.rule == .meetingChairOrClerk)
        #expect(run.refusal(.recordAttendance(stage: .review, attendance: everyone), by: Fx.deputy2)?.rule == .meetingChairOrClerk)
        #expect(run.refusal(.recordAttendance(stage: .review, attendance: everyone), by: Fx.staff)?.rule == .notAMember)
        #expect(run.refusal(.recordAttendance(stage: .review, attendance: everyone), by: Fx.ktClerk)?.rule == .notAMember)
        var byChair = run
        try byChair.act(.recordAttendance(stage: .review, attendance: everyone), by: Fx.deputy1)
        #expect(byChair.proposal.meeting(.review)?.present == [Fx.head, Fx.deputy1, Fx.deputy2])
        #expect(byChair.proposal.meeting(.review)?.attendanceBy == Fx.deputy1)
        try run.act(.recordAttendance(stage: .review, attendance: everyone), by: Fx.clerk)
        #expect(run.events.last?.change.kind == "attendance_recorded")
    }

    @Test func attendanceRefusals() throws {
        let run = try Self.registered()
        let everyone = [Fx.head, Fx.deputy1, Fx.deputy2].map { Attendance(member: $0, present: true) }
        // Before the meeting opens.
        #expect(run.refusal(.recordAttendance(stage: .review, attendance: everyone), by: Fx.clerk)?.rule == .meetingNotOpen)
        var opened = run
        try opened.openMeeting(.review)
        // The evaluation meeting is not open.
        #expect(opened.refusal(.recordAttendance(stage: .evaluation, attendance: everyone), by: Fx.clerk)?.rule == .meetingNotOpen)
        // Someone not convened.
        let stranger = everyone + [Attendance(member: Fx.staff, present: true)]
        #expect(opened.refusal(.recordAttendance(stage: .review, attendance: stranger), by: Fx.clerk)?.rule == .meetingUnknownMember)
        let unknown = everyone + [Attendance(member: "nobody", present: false, reason: "?")]
        #expect(opened.refusal(.recordAttendance(stage: .review, attendance: unknown), by: Fx.clerk)?.rule == .meetingUnknownMember)
        // A member left out, or named twice.
        #expect(opened.refusal(.recordAttendance(stage: .review, attendance: Array(everyone.dropLast())), by: Fx.clerk)?.rule == .attendanceIncomplete)
        #expect(opened.refusal(.recordAttendance(stage: .review, attendance: everyone + [everyone[0]]), by: Fx.clerk)?.rule == .attendanceIncomplete)
        // An absence without its reason (blank counts as none).
        for reason in ["", "   "] {
            let absent = [everyone[0], everyone[1], Attendance(member: Fx.deputy2, present: false, reason: reason)]
            #expect(opened.refusal(.recordAttendance(stage: .review, attendance: absent), by: Fx.clerk)?.rule == .absenceReason)
        }
        // A reason with a line break is refused as any single-line field.
        let broken = [everyone[0], everyone[1], Attendance(member: Fx.deputy2, present: false, reason: "Ốm\nnặng")]
        #expect(opened.refusal(.recordAttendance(stage: .review, attendance: broken), by: Fx.clerk)?.rule == .controlCharacters)
    }

    @Test func anAbsentMemberNeitherReviewsNorVotes() throws {
        var run = try Self.registered()
        try run.openMeeting(.review)
        try run.attend(.review, absent: [Fx.deputy2])
        #expect(run.proposal.meeting(.review)?.absent.map(\.member) == [Fx.deputy2])
        #expect(run.refusal(.checklist(answers: Fx.fullChecklist()), by: Fx.deputy2)?.rule == .memberAbsent)
        #expect(run.refusal(.ballot(inFavour: true, comment: ""), by: Fx.deputy2)?.rule == .memberAbsent)
        #expect(run.refusal(.ballot(inFavour: true, comment: ""), by: Fx.clerk, for: Fx.deputy2)?.rule == .memberAbsent)
        #expect(Permissions.offered(.ballot, on: run.proposal, by: Actor(login: Fx.deputy2), in: Fx.org,
                                    settings: .standard, today: run.context.today)?.rule == .memberAbsent)
        // The others may.
        try run.vote([(Fx.deputy1, true)])
        // Amended attendance (the member came late): the ballot is accepted.
        try run.attend(.review)
        try run.vote([(Fx.deputy2, true)])
        #expect(run.proposal.ballots.count == 2)
    }

    @Test func aBallotCastBeforeTheMemberWasMarkedAbsentIsNotCounted() throws {
        var run = try Self.registered()
        try run.openMeeting(.review)
        try run.vote([(Fx.deputy2, true)])
        try run.attend(.review, absent: [Fx.deputy2])
        let tally = run.proposal.tally(in: Fx.org, settings: .standard)
        #expect(tally.yes.isEmpty)
        #expect(tally.absent == [Fx.deputy2])
    }

    // MARK: The vote's basis

    @Test func thePresentBasisCountsThoseMarkedPresent() throws {
        var settings = ProcedureSettings()
        settings.voteBasis = .present
        var run = try Self.registered(settings)
        try run.openMeeting(.review)
        try run.attend(.review, absent: [Fx.deputy2])
        try run.vote([(Fx.head, true)])
        // Base 2 (present), not 1 (voted): one yes of two is not more than half, and the
        // deputy present may still vote.
        var tally = run.proposal.tally(in: Fx.org, settings: settings)
        #expect(tally.base == 2)
        #expect(!tally.passed)
        #expect(!tally.failedForGood)
        #expect(run.refusal(.decide(kind: .approve, number: "1/QĐ", reasons: "", responsibilityStatement: ""), by: Fx.head)?.rule == .voteNotPassed)
        try run.vote([(Fx.deputy1, true)])
        tally = run.proposal.tally(in: Fx.org, settings: settings)
        #expect(tally.base == 2)
        #expect(tally.passed)
        try run.approve()
        #expect(run.proposal.decision?.tally.present == [Fx.head, Fx.deputy1])
    }

    @Test func withoutAttendanceThePresentBasisIsThoseWhoVoted() throws {
        var settings = ProcedureSettings()
        settings.voteBasis = .present
        var run = try Self.registered(settings)
        try run.openMeeting(.review)
        try run.vote([(Fx.head, true)])
        let tally = run.proposal.tally(in: Fx.org, settings: settings)
        #expect(tally.present == nil)
        #expect(tally.base == 1)
        #expect(tally.passed)
    }

    @Test func underTheAllEligibleBasisAnAbsentMemberCanNoLongerTurnTheVote() throws {
        var run = try Self.registered()
        try run.openMeeting(.review)
        try run.attend(.review, absent: [Fx.deputy2])
        try run.vote([(Fx.head, false)])
        // Yes can reach one of three at most: failed for good, the head may reject.
        let tally = run.proposal.tally(in: Fx.org, settings: .standard)
        #expect(tally.base == 3)
        #expect(tally.failedForGood)
        try run.reject()
    }

    // MARK: Quorum

    @Test(arguments: [(nil as Int?, 1, true), (50, 1, false), (50, 2, true), (66, 2, true), (67, 2, false), (99, 3, true), (1, 0, false)])
    func theQuorum(percent: Int?, present: Int, reached: Bool) throws {
        let convened = ["a", "b", "c"]
        let meeting = Meeting(stage: .review, day: Fx.day(2026, 3, 2), chair: "a", convened: convened, recused: [],
                              openedBy: "a", openedOn: Fx.day(2026, 3, 2),
                              attendance: convened.enumerated().map { Attendance(member: $1, present: $0 < present, reason: "x") })
        #expect(meeting.reachesQuorum(percent) == reached)
    }

    @Test func theQuorumWithholdsTheDecisionUntilTheAttendanceReachesIt() throws {
        var settings = ProcedureSettings()
        settings.quorumPercent = 50
        settings.voteBasis = .present
        var run = try Self.registered(settings)
        try run.openMeeting(.review)
        // Opened, attendance not recorded yet: none present.
        let decide = Action.decide(kind: .approve, number: "1/QĐ", reasons: "", responsibilityStatement: "")
        #expect(run.refusal(decide, by: Fx.head)?.rule == .quorumNotReached)
        try run.attend(.review, absent: [Fx.deputy1, Fx.deputy2])
        try run.vote([(Fx.head, true)])
        #expect(run.proposal.tally(in: Fx.org, settings: settings).passed)
        #expect(run.refusal(decide, by: Fx.head)?.rule == .quorumNotReached)
        #expect(Permissions.offered(.decide, on: run.proposal, by: Actor(login: Fx.head), in: Fx.org, settings: settings,
                                    today: run.context.today)?.rule == .quorumNotReached)
        // Without the quorum the same record is decided.
        var off = run
        off.context.settings.quorumPercent = nil
        try off.approve()
        // Two of three present: reached.
        try run.attend(.review, absent: [Fx.deputy2])
        try run.vote([(Fx.deputy1, true)])
        try run.approve()
        #expect(run.proposal.state == .approved)
    }

    @Test func withoutAMeetingTheQuorumDoesNotApply() throws {
        var settings = ProcedureSettings()
        settings.quorumPercent = 99
        var run = try Self.registered(settings)
        try run.vote([(Fx.head, true), (Fx.deputy1, true)])
        try run.approve()
        #expect(run.proposal.meetings.isEmpty)
    }

    @Test func theQuorumWithholdsTheCollectiveEvaluation() throws {
        var settings = ProcedureSettings()
        settings.quorumPercent = 50
        var run = try Run.readyForEvaluation(settings: settings)
        try run.openMeeting(.evaluation)
        try run.attend(.evaluation, absent: [Fx.deputy1, Fx.deputy2])
        #expect(run.refusal(.evaluate(form: Fx.form()), by: Fx.head)?.rule == .quorumNotReached)
        #expect(Permissions.offered(.evaluate, on: run.proposal, by: Actor(login: Fx.head), in: Fx.org, settings: settings,
                                    today: run.context.today)?.rule == .quorumNotReached)
        try run.attend(.evaluation, absent: [Fx.deputy2])
        try run.evaluate()
        #expect(run.proposal.state == .evaluated)
    }

    // MARK: Settings

    @Test(arguments: [("none", Optional<Int>.none), ("off", nil), ("0.5", 50), ("0.667", 66), ("50%", 50), ("50", 50),
                      ("1", 1), ("99%", 99), (" 75 ", 75)])
    func aQuorumIsRead(text: String, percent: Int?) {
        let parsed = ProcedureSettings.parseQuorum(text)
        #expect(parsed != nil, "\(text)")
        #expect(parsed.flatMap { $0 } == percent, "\(text)")
    }

    @Test(arguments: ["0", "0%", "100%", "100", "1.5%", "50.5", "-0.5", "abc", "", "nan", "inf", "200", "1e300"])
    func aQuorumOutOfRangeIsRefused(text: String) {
        #expect(ProcedureSettings.parseQuorum(text) == nil, "\(text)")
    }

    @Test func theQuorumSettingIsRangeCheckedAndOldSettingsHaveNone() throws {
        var settings = ProcedureSettings()
        #expect(settings.quorumIsValid)
        for bad in [0, 100, -5, 1000] {
            settings.quorumPercent = bad
            #expect(!settings.quorumIsValid, "\(bad)")
        }
        settings.quorumPercent = 50
        #expect(settings.quorumIsValid)
        let data = try JSONEncoder().encode(settings)
        #expect(try JSONDecoder().decode(ProcedureSettings.self, from: data).quorumPercent == 50)
        // Settings saved before §7.1 have no key: no quorum, and re-encoding adds none.
        let old = try JSONEncoder().encode(ProcedureSettings())
        #expect(!String(decoding: old, as: UTF8.self).contains("quorum"))
        #expect(try JSONDecoder().decode(ProcedureSettings.self, from: old).quorumPercent == nil)
    }

    // MARK: Replay and old records

    @Test func theMeetingIsRebuiltByReplay() throws {
        var run = try Self.registered()
        try run.openMeeting(.review)
        try run.attend(.review, absent: [Fx.deputy1])
        #expect(Proposal.replay(id: run.proposal.id, events: run.events) == run.proposal)
        let events = try JSONDecoder().decode([Event].self, from: JSONEncoder().encode(run.events))
        #expect(Proposal.replay(id: run.proposal.id, events: events) == run.proposal)
    }

    @Test func aReturnedDossierNeedsANewReviewMeeting() throws {
        var run = try Self.registered()
        try run.openMeeting(.review)
        try run.act(.returnForCompletion(reasons: "Bổ sung dự toán"), by: Fx.head)
        #expect(run.proposal.meeting(.review) == nil)
        try run.submit()
        try run.register()
        try run.openMeeting(.review)
        #expect(run.proposal.meetings.count == 1)
    }

    @Test func aBodyWrittenBeforeMeetingsDecodesWithNone() throws {
        let run = try Run.voted()
        let data = try JSONEncoder().encode(run.proposal)
        #expect(!String(decoding: data, as: UTF8.self).contains("meeting"))
        let decoded = try JSONDecoder().decode(Proposal.self, from: data)
        #expect(decoded.meetings.isEmpty)
        #expect(decoded == run.proposal)
        // And an old decision's tally, without attendance, decodes unchanged.
        #expect(decoded.tally(in: Fx.org, settings: .standard).present == nil)
    }

    @Test func theChairsOwnProposalHasNoReviewMeetingInTheWard() throws {
        let run = try ForwardingTests.registered()
        #expect(run.refusal(.openMeeting(stage: .review, day: run.context.today, chair: nil), by: Fx.wardClerk)?.rule == .forwardRequired)
    }
}
