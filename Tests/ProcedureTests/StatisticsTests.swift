import Foundation
import Testing
@testable import Procedure

/// The dashboard's figures on five hand-made proposals of July 2026 (no public holiday
/// between 1 July and 31 August), counted on Thursday 20 August 2026. Limits are the
/// defaults: decision 7, report 5, evaluation 7, conclusion 3 working days.
///
/// - A (VHXH): received Mon 6/7, Party opinion Wed 8/7 (due 15/7, 2 WD), decided Tue 14/7
///   (due Wed 15/7: on time, 6 WD); resourced Thu 16/7 (due 28/7, 2 WD); ended 31/7,
///   reported 5/8 (due 7/8, 3 WD); evaluated 12/8 (due 14/8, 5 WD); concluded 14/8 (due
///   17/8, 2 WD); completed; praise and "not liable"; closed Tue 18/8 (due 4/9, 2 WD).
/// - B (KT): received 6/7, Party opinion Fri 10/7 (4 WD, on time), rejected Fri 17/7: late, 9 WD.
/// - C (VHXH): received 6/7, no Party opinion yet, still running: due 15/7, 26 WD late.
/// - D (KT): a draft written 10/7.
/// - E (KT): received Mon 17/8, Party opinion Tue 18/8 and two ballots: due 26/8, on track.
@Suite("Dashboard figures")
struct StatisticsTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }
    static let today = day("2026-08-20")

    static let a = ProposalFacts(
        id: "2026-001", title: "A", state: .closed, field: .digitalTransformation, unitID: "VHXH", reviewingUnitID: "VHXH",
        proposer: Fx.staff, created: day("2026-07-01"), lastChange: day("2026-08-18"), receipt: day("2026-07-06"),
        decision: day("2026-07-14"), decisionKind: .approve, resourced: true, plannedEnd: day("2026-07-31"),
        report: day("2026-08-05"), evaluation: day("2026-08-12"), outcome: .completed, consequence: .noLiability,
        conclusion: day("2026-08-14"), measures: [.praise, .notLiable], partyOpinionBeforeApproval: true,
        partyOpinionBeforeEvaluation: true, ballots: 3, opinionBeforeApproval: day("2026-07-08"),
        resourcedOn: day("2026-07-16"), closed: day("2026-08-18"))
    static let b = ProposalFacts(
        id: "2026-002", title: "B", state: .rejected, field: .economy, unitID: "KT", reviewingUnitID: "KT", proposer: Fx.ktStaff,
        created: day("2026-07-02"), lastChange: day("2026-07-17"), receipt: day("2026-07-06"), decision: day("2026-07-17"),
        decisionKind: .reject, partyOpinionBeforeApproval: true, ballots: 2, opinionBeforeApproval: day("2026-07-10"))
    static let c = ProposalFacts(
        id: "2026-003", title: "C", state: .received, field: .digitalTransformation, unitID: "VHXH", reviewingUnitID: "VHXH",
        proposer: Fx.staff, created: day("2026-07-03"), lastChange: day("2026-07-06"), receipt: day("2026-07-06"))
    static let d = ProposalFacts(
        id: "2026-004", title: "D", state: .draft, field: .other, unitID: "KT", reviewingUnitID: "KT", proposer: Fx.ktStaff,
        created: day("2026-07-10"), lastChange: day("2026-07-10"))
    static let e = ProposalFacts(
        id: "2026-005", title: "E", state: .received, field: .economy, unitID: "KT", reviewingUnitID: "KT", proposer: Fx.ktStaff,
        created: day("2026-07-20"), lastChange: day("2026-08-19"), receipt: day("2026-08-17"),
        partyOpinionBeforeApproval: true, ballots: 2, opinionBeforeApproval: day("2026-08-18"))

    static func figures(_ facts: [ProposalFacts] = [a, b, c, d, e], listLimit: Int = 100) -> PeriodStatistics {
        let context = StatisticsContext(period: try! Period.parse("2026-Q3"), today: today, calendar: WorkingCalendar(),
                                        settings: ProcedureSettings(), organization: Fx.org, listLimit: listLimit)
        var figures = PeriodStatistics(context)
        for f in facts { figures.add(f) }
        figures.finish()
        return figures
    }

    @Test func countsByStateUnitAndField() {
        let f = Self.figures()
        // D, a draft, is no one's business but its proposer's (PROCEDURE.md §5): not counted.
        #expect(f.total == 4)
        #expect(f.byState == [.closed: 1, .rejected: 1, .received: 2])
        #expect(f.byUnit == ["VHXH": 2, "KT": 2])
        #expect(f.byField == [.digitalTransformation: 2, .economy: 2])
    }

    @Test func decisionStepOnTimeLateAndRunning() throws {
        let step = try #require(Self.figures().steps[.decision])
        #expect(step.limitDays == 7)
        #expect(step.doneOnTime == 1)        // A, 6 WD
        #expect(step.doneLate == 1)          // B, 9 WD
        #expect(step.runningOverdue == 1)    // C
        #expect(step.runningOnTrack == 1)    // E, not judged yet
        #expect(step.workingDaysSpent == 15)
        #expect(step.longestDays == 9)
        #expect(step.averageDays == 7.5)
        #expect(step.onTimeRate == 1.0 / 3.0)
    }

    @Test func laterStepsOfTheProposalOnTime() throws {
        let f = Self.figures()
        let report = try #require(f.steps[.report])
        #expect((report.doneOnTime, report.doneLate, report.workingDaysSpent) == (1, 0, 3))
        let evaluation = try #require(f.steps[.evaluation])
        #expect((evaluation.doneOnTime, evaluation.workingDaysSpent) == (1, 5))
        let conclusion = try #require(f.steps[.conclusion])
        #expect((conclusion.doneOnTime, conclusion.workingDaysSpent, conclusion.limitDays) == (1, 2, 3))
        // §7.7: the Party opinion (A, B, E on time; C running late), resourcing and measures.
        let opinion = try #require(f.steps[.partyOpinion])
        #expect((opinion.doneOnTime, opinion.runningOverdue, opinion.workingDaysSpent, opinion.limitDays) == (3, 1, 7, 7))
        let resourcing = try #require(f.steps[.resourcing])
        #expect((resourcing.doneOnTime, resourcing.workingDaysSpent, resourcing.limitDays) == (1, 2, 10))
        let measures = try #require(f.steps[.measures])
        #expect((measures.doneOnTime, measures.workingDaysSpent, measures.limitDays) == (1, 2, 15))
        // A's seven steps, B's and E's opinions on time; B's decision, C's opinion and
        // decision late: 9 of 12 judged.
        #expect(f.onTimeRate == 9.0 / 12.0)
    }

    @Test func onTimeRatePerReviewingUnit() {
        let f = Self.figures()
        #expect(f.unitTiming["VHXH"]?.onTime == 7)
        #expect(f.unitTiming["VHXH"]?.late == 2)
        #expect(f.unitTiming["VHXH"]?.onTimeRate == 7.0 / 9.0)
        #expect(f.unitTiming["KT"]?.onTime == 2)
        #expect(f.unitTiming["KT"]?.late == 1)
        #expect(f.unitTiming["KT"]?.onTimeRate == 2.0 / 3.0)
    }

    @Test func whoHoldsWhatAndForHowLong() throws {
        let f = Self.figures()
        #expect(f.heldCount == 2)           // A and B are final, D a draft (not counted)
        #expect(f.heldByRole == [.partyLiaison: 1, .head: 1])
        #expect(f.held.map(\.id) == ["2026-003", "2026-005"])  // longest first
        let c = try #require(f.held.first)
        #expect(c.workingDays == 33)
        #expect(c.holder.role == .partyLiaison)
        #expect(c.overdue)
        #expect(c.due == Self.day("2026-07-15"))
        let e = try #require(f.held.last)
        #expect(e.holder.role == .head)
        #expect(e.holder.login == Fx.ktHead)
        #expect(e.workingDays == 1)
        #expect(!e.overdue)
    }

    @Test func overdueCasesWithTheirReasons() throws {
        let f = Self.figures()
        #expect(f.overdueCount == 1)
        let c = try #require(f.overdue.first)
        #expect(c.id == "2026-003")
        // The opinion and the decision are both due 15/7; the opinion comes first.
        #expect(c.step == .partyOpinion)
        #expect(c.due == Self.day("2026-07-15"))
        #expect(c.workingDaysLate == 26)
        #expect(c.reasons.first?.vi.contains("Chưa có ý kiến cấp ủy") == true)
        #expect(c.reasons.first?.en.contains("No Party committee opinion") == true)
    }

    @Test func outcomesRewardsAndProtections() {
        let f = Self.figures()
        #expect(f.outcomes == [.completed: 1])
        #expect(f.consequences == [.noLiability: 1])
        #expect(f.measures == [.praise: 1, .notLiable: 1])
        #expect(f.rewards == 1)
        #expect(f.protections == 1)
    }

    @Test func listsKeepTheLongestHeldAndTheMostLate() {
        var late = Self.c
        late.id = "2026-006"
        late.receipt = Self.day("2026-07-01")
        late.lastChange = Self.day("2026-07-01")
        let f = Self.figures([Self.a, Self.c, late, Self.d, Self.e], listLimit: 1)
        #expect(f.heldCount == 3)
        #expect(f.held.map(\.id) == ["2026-006"])
        #expect(f.overdueCount == 2)
        #expect(f.overdue.map(\.id) == ["2026-006"])
    }

    @Test func suspendedReturnedAndUnregisteredClocksDoNotRun() {
        var suspended = Self.c
        suspended.state = .suspended
        var unregistered = Self.c
        unregistered.awaitingReceipt = true
        let f = Self.figures([suspended, unregistered])
        #expect(f.steps[.decision]?.runningOverdue == 0)
        #expect(f.overdueCount == 0)
        #expect(f.heldCount == 2)
        #expect(Set(f.held.map(\.holder.role)) == [.head, .clerk])
    }

    @Test func overdueReasonsNameWhatIsMissing() {
        var facts = Self.e
        #expect(OverdueCase.reasons(for: .decision, of: facts).first?.vi.contains("2 phiếu") == true)
        facts.ballots = 0
        #expect(OverdueCase.reasons(for: .decision, of: facts).first?.vi.contains("chưa có phiếu") == true)
        facts.terminated = Self.day("2026-08-03")
        #expect(OverdueCase.reasons(for: .report, of: facts).first?.vi.contains("03/08/2026") == true)
        #expect(OverdueCase.reasons(for: .evaluation, of: facts).first?.vi.contains("cấp ủy") == true)
        facts.partyOpinionBeforeEvaluation = true
        #expect(OverdueCase.reasons(for: .evaluation, of: facts).first?.vi == "Chưa họp đánh giá kết quả")
    }

    @Test func everyOpenStateHasAHolderAndNoFinalOneHas() {
        for state in ProposalState.allCases {
            var facts = Self.e
            facts.state = state
            let holder = Holder.of(facts, in: Fx.org)
            #expect((holder == nil) == state.isFinal, "state \(state)")
            #expect(holder.map { !$0.task.vi.isEmpty && !$0.task.en.isEmpty } ?? true)
        }
        var waiting = Self.e
        waiting.awaitingReceipt = true
        #expect(Holder.of(waiting, in: Fx.org)?.role == .clerk)
        var reported = Self.e
        reported.state = .reported
        #expect(Holder.of(reported, in: Fx.org)?.role == .partyLiaison)
        reported.partyOpinionBeforeEvaluation = true
        #expect(Holder.of(reported, in: Fx.org)?.role == .head)
        var inProgress = Self.e
        inProgress.state = .inProgress
        #expect(Holder.of(inProgress, in: Fx.org)?.login == Fx.ktStaff)
    }

    @Test func percentages() {
        #expect(PeriodStatistics.percent(nil) == "—")
        #expect(PeriodStatistics.percent(1.0 / 3.0) == "33%")
        #expect(PeriodStatistics.percent(1) == "100%")
    }
}
