import Foundation
import Testing
@testable import Procedure

/// PROCEDURE.md §7.7: the Party opinion before approval, resourcing after approval and
/// the measures after the conclusion have clocks of their own, in working days, across
/// the real Tết 2025 break (Monday 27/01 to Friday 31/01 off, Saturday 08/02 worked; see
/// `AnnouncedHolidaysTests`).
@Suite("Clocks for every step (§7.7)")
struct StepClocksTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }
    /// Friday 24/01/2025, 09:00 in Vietnam: the last working day before the break.
    static let eveOfTet = Fx.utc(2025, 1, 24)

    static func clock(_ step: StepKind, of p: Proposal, calendar: WorkingCalendar = WorkingCalendar(),
                      settings: ProcedureSettings = .standard) -> StepClock? {
        p.clocks(calendar: calendar, settings: settings).first { $0.step == step }
    }

    /// The make-up Saturday turned back into a day off: what a calendar without it gives.
    static let withoutMakeUpSaturday = WorkingCalendar(adjustments: [
        CalendarAdjustment(day: Day(iso: "2025-02-08")!, kind: .dayOff, reason: "test"),
    ])

    @Test func theDefaultsAreTenAndFifteenWorkingDays() {
        let s = ProcedureSettings()
        #expect(s.resourcingDays == 10 && s.measuresDays == 15)
        // Every step has its limit from the settings; the opinion shares the review's.
        #expect(StepKind.allCases.map { s.limitDays(of: $0) } == [7, 7, 10, 5, 7, 3, 15])
    }

    @Test func thePartyOpinionIsDueOnTheReviewsDueDayAcrossTet() throws {
        var run = try Run.draft()
        run.at(Self.eveOfTet)
        try run.submit()
        try run.register()
        let opinion = try #require(Self.clock(.partyOpinion, of: run.proposal))
        let decision = try #require(Self.clock(.decision, of: run.proposal))
        // 7 WD from Friday 24/01: 03/02 … 07/02, Saturday 08/02, Monday 10/02.
        #expect(opinion.due == Self.day("2025-02-10"))
        #expect(opinion.due == decision.due && opinion.start == decision.start && opinion.limitDays == 7)
        // The opinion comes before the decision: it is what the proposal waits for first.
        #expect(run.proposal.nextDue(calendar: WorkingCalendar(), settings: .standard)?.step == .partyOpinion)

        run.at(Fx.utc(2025, 2, 3))
        try run.partyOpinion()
        let done = try #require(Self.clock(.partyOpinion, of: run.proposal))
        #expect(done.done == Self.day("2025-02-03") && done.onTime == true)
        #expect(run.proposal.nextDue(calendar: WorkingCalendar(), settings: .standard)?.step == .decision)
    }

    @Test func resourcingIsDueTenWorkingDaysAfterApprovalAcrossTet() throws {
        var run = try Run.voted()
        run.at(Self.eveOfTet)
        try run.approve()
        let clock = try #require(Self.clock(.resourcing, of: run.proposal))
        // 03/02 … 07/02 (5), Saturday 08/02 (6), 10/02 … 13/02 (10).
        #expect(clock.start == Self.day("2025-01-24") && clock.due == Self.day("2025-02-13") && clock.limitDays == 10)
        #expect(Self.clock(.resourcing, of: run.proposal, calendar: Self.withoutMakeUpSaturday)?.due == Self.day("2025-02-14"))
        #expect(run.proposal.nextDue(calendar: WorkingCalendar(), settings: .standard)?.step == .resourcing)

        var settings = ProcedureSettings()
        settings.resourcingDays = 3
        #expect(Self.clock(.resourcing, of: run.proposal, settings: settings)?.due == Self.day("2025-02-05"))

        run.at(Fx.utc(2025, 2, 14))
        try run.resource()
        let done = try #require(Self.clock(.resourcing, of: run.proposal))
        #expect(done.done == Self.day("2025-02-14") && done.onTime == false)
    }

    @Test func aRejectionHasNoResourcingClock() throws {
        var run = try Run.registered()
        try run.partyOpinion()
        try run.vote(run.eligibleMembers.map { ($0, false) })
        try run.reject()
        #expect(run.proposal.state == .rejected)
        #expect(Self.clock(.resourcing, of: run.proposal) == nil)
    }

    @Test func measuresAreDueFifteenWorkingDaysAfterTheConclusionAcrossTet() throws {
        // Concluded Monday 20/01/2025: 21/01 … 24/01 (4), 03/02 … 08/02 (10), 10/02 … 14/02 (15).
        let facts = ProposalFacts(id: "2025-001", title: "M", state: .evaluated, unitID: "VHXH", reviewingUnitID: "VHXH",
                                  proposer: Fx.staff, created: Self.day("2024-03-01"), lastChange: Self.day("2025-01-20"),
                                  evaluation: Self.day("2025-01-15"), conclusion: Self.day("2025-01-20"))
        let calendar = WorkingCalendar()
        let clock = try #require(facts.clocks(calendar: calendar, settings: .standard).first { $0.step == .measures })
        #expect(clock.start == Self.day("2025-01-20") && clock.due == Self.day("2025-02-14") && clock.limitDays == 15)
        #expect(facts.clocks(calendar: Self.withoutMakeUpSaturday, settings: .standard).first { $0.step == .measures }?.due
                == Self.day("2025-02-17"))
        // With no conclusion step (LOCAL off) the measures follow the evaluation.
        var settings = ProcedureSettings()
        settings.requireConclusion = false
        let direct = try #require(facts.clocks(calendar: calendar, settings: settings).first { $0.step == .measures })
        #expect(direct.start == Self.day("2025-01-15"))
        // No conclusion yet (with the step on): no measures clock.
        var evaluatedOnly = facts
        evaluatedOnly.conclusion = nil
        #expect(!evaluatedOnly.clocks(calendar: calendar, settings: .standard).contains { $0.step == .measures })
    }

    @Test func closingStopsTheMeasuresClock() throws {
        var run = try Run.concluded()
        try run.measure(.praise)
        try run.measure(.notLiable)
        let running = try #require(Self.clock(.measures, of: run.proposal))
        #expect(running.done == nil && running.start == run.proposal.conclusion?.day)
        try run.act(.close, by: run.reviewingHead)
        let closed = try #require(Self.clock(.measures, of: run.proposal))
        #expect(closed.done == run.proposal.closedOn && closed.done != nil)
    }

    @Test func aReturnedReviewDropsItsOpinionClock() throws {
        var run = try Run.registered()
        #expect(Self.clock(.partyOpinion, of: run.proposal) != nil)
        try run.act(.returnForCompletion(reasons: "Thiếu bảng kinh phí"), by: run.reviewingHead)
        // The review ended without an opinion (a return clears it): nothing to judge it by.
        #expect(Self.clock(.partyOpinion, of: run.proposal) == nil)
        #expect(Self.clock(.decision, of: run.proposal)?.done != nil)
    }

    @Test func anOldSettingsRecordReadsWithTheDefaults() throws {
        // A settings record saved before §7.7: no resourcingDays, no measuresDays.
        let old = #"{"allowReturnForCompletion":false,"conclusionDays":4,"decisionDays":7,"dueSoonDays":2,"evaluationDays":7,"extraChecklistItems":[],"partyDisagreementBlocksApproval":false,"publishBallotComments":false,"publishLiabilityDetails":false,"publishPrivateNotes":false,"reportDays":5,"rejectionNeedsReasons":true,"requireConclusion":true,"voteBasis":"all_eligible"}"#
        let settings = try JSONDecoder().decode(ProcedureSettings.self, from: Data(old.utf8))
        #expect(settings.resourcingDays == 10 && settings.measuresDays == 15)
        #expect(settings.allowReturnForCompletion == false && settings.conclusionDays == 4)
        // A saved one reads back whole.
        var changed = ProcedureSettings()
        changed.resourcingDays = 12
        changed.measuresDays = 20
        let again = try JSONDecoder().decode(ProcedureSettings.self, from: JSONEncoder().encode(changed))
        #expect(again == changed)
        // A key of the wrong type is still refused.
        let wrong = old.replacingOccurrences(of: #""decisionDays":7"#, with: #""decisionDays":"7""#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ProcedureSettings.self, from: Data(wrong.utf8)) }
    }

    /// An approved proposal left without resources past its due day is overdue in the
    /// dashboard's figures, with the reason, and counts late for its step.
    @Test func aResourcingOverdueIsCountedWithItsReason() throws {
        let approved = ProposalFacts(
            id: "2025-002", title: "R", state: .approved, unitID: "VHXH", reviewingUnitID: "VHXH", proposer: Fx.staff,
            created: Self.day("2025-01-02"), lastChange: Self.day("2025-01-24"), receipt: Self.day("2025-01-10"),
            decision: Self.day("2025-01-24"), decisionKind: .approve, partyOpinionBeforeApproval: true, ballots: 3,
            opinionBeforeApproval: Self.day("2025-01-15"))
        let context = StatisticsContext(period: try Period.parse("2025-Q1"), today: Self.day("2025-02-17"),
                                        calendar: WorkingCalendar(), settings: ProcedureSettings(), organization: Fx.org)
        var figures = PeriodStatistics(context)
        figures.add(approved)
        figures.finish()
        let step = try #require(figures.steps[.resourcing])
        #expect(step.limitDays == 10 && step.runningOverdue == 1 && step.onTimeRate == 0)
        #expect(figures.steps[.partyOpinion]?.doneOnTime == 1)
        let overdue = try #require(figures.overdue.first)
        #expect(overdue.step == .resourcing && overdue.due == Self.day("2025-02-13") && overdue.workingDaysLate == 2)
        #expect(overdue.reasons.map(\.vi) == ["Đã cho phép triển khai ngày 24/01/2025, chưa bảo đảm điều kiện thực hiện"])
    }

    /// Each new step's overdue reason, in both languages.
    @Test(arguments: [StepKind.partyOpinion, .resourcing, .measures])
    func everyNewStepHasAnOverdueReason(_ step: StepKind) {
        let facts = ProposalFacts(id: "x", title: "x", state: .evaluated, unitID: "VHXH", reviewingUnitID: "VHXH",
                                  proposer: Fx.staff, created: Self.day("2025-01-02"), lastChange: Self.day("2025-01-02"),
                                  decision: Self.day("2025-01-03"), evaluation: Self.day("2025-01-06"),
                                  conclusion: Self.day("2025-01-07"))
        let reasons = OverdueCase.reasons(for: step, of: facts)
        #expect(!reasons.isEmpty)
        #expect(reasons.allSatisfy { !$0.vi.isEmpty && !$0.en.isEmpty && $0.vi != $0.en })
    }
}
