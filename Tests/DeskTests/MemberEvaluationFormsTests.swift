import Procedure
import Terminal
import Testing
@testable import Desk

/// §7.3 on screen: a member's own evaluation form, and the chair's collective evaluation
/// with the members' forms side by side, disagreements marked, pre-filled from the majority.
struct MemberEvaluationFormsTests {
    static func form(no: Set<FindingKind> = [], outcome: Outcome = .partlyCompleted, subjective: String = "Thiếu máy quét") -> EvaluationForm {
        EvaluationForm(outcome: outcome, findings: FindingKind.allCases.map { Finding(kind: $0, holds: !no.contains($0), reason: "Theo biên bản") },
                       objectiveCauses: "Không có", subjectiveCauses: subjective,
                       results: [TargetResult(target: 0, achieved: true, result: "Đạt"), TargetResult(target: 1, achieved: false, result: "Chưa đạt")])
    }

    /// Three members filed: the head and the first deputy alike, the second deputy saying
    /// the plan was not followed and the outcome was not completed.
    static func disagreeing() throws -> FormsRun {
        var run = try FormsRun.ready(for: .memberEvaluation)
        try run.act([.memberEvaluation(form: form())], by: FormsFx.head)
        try run.act([.memberEvaluation(form: form())], by: FormsFx.deputy1)
        try run.act([.memberEvaluation(form: form(no: [.followedPlan], outcome: .notCompleted, subjective: "Chậm báo cáo"))], by: FormsFx.deputy2)
        return run
    }

    static func chair(_ run: FormsRun) throws -> FormState {
        try #require(FormFactory.form(for: .evaluate, context: FormsFx.context(run.proposal, officer: FormsFx.head)))
    }

    @Test func aMembersFormIsTheirOwnAndAmendsTheirLatest() throws {
        var run = try FormsRun.ready(for: .memberEvaluation)
        var mine = try #require(FormFactory.form(for: .memberEvaluation, context: FormsFx.context(run.proposal, officer: FormsFx.deputy1)))
        #expect(mine.values.choice("outcome") == nil)
        #expect(mine.field("comparison.0") == nil)
        #expect(mine.field("finding.pure_motive.departure") == nil)
        mine.choose("outcome", Outcome.completed.rawValue)
        for kind in FindingKind.allCases {
            mine.choose("finding.\(kind.rawValue)", FormFactory.yesID)
            mine.fill("finding.\(kind.rawValue).reason", "Theo hồ sơ")
        }
        mine.fill("objectiveCauses", "Không có")
        mine.fill("subjectiveCauses", "Không có")
        mine.fill("result.0.text", "Đạt")
        mine.fill("result.1.text", "Đạt")
        let sent = mine.submitted()
        let actions = try #require(sent)
        guard case .memberEvaluation(let form)? = actions.first, actions.count == 1 else {
            Issue.record("not a member's form: \(actions)")
            return
        }
        #expect(form.outcome == .completed)
        try run.act(actions, by: FormsFx.deputy1)
        // Opened again, it shows what the member filed; another member's form is blank.
        let again = try #require(FormFactory.form(for: .memberEvaluation, context: FormsFx.context(run.proposal, officer: FormsFx.deputy1)))
        #expect(again.values.choice("outcome") == Outcome.completed.rawValue)
        #expect(again.values.text("finding.common_good.reason") == "Theo hồ sơ")
        let other = try #require(FormFactory.form(for: .memberEvaluation, context: FormsFx.context(run.proposal, officer: FormsFx.deputy2)))
        #expect(other.values.choice("outcome") == nil)
    }

    @Test func theChairsFormIsPrefilledFromTheMajority() throws {
        let run = try Self.disagreeing()
        let chair = try Self.chair(run)
        #expect(chair.values.choice("outcome") == Outcome.partlyCompleted.rawValue)
        for kind in FindingKind.allCases {
            #expect(chair.values.choice("finding.\(kind.rawValue)") == FormFactory.yesID, "\(kind)")
        }
        #expect(chair.values.text("subjectiveCauses") == "Thiếu máy quét")
    }

    @Test func theSideBySideViewMarksDisagreements() throws {
        let run = try Self.disagreeing()
        let comparison = EvaluationComparison(run.proposal, in: FormsFx.org)
        #expect(comparison.members == [FormsFx.head, FormsFx.deputy1, FormsFx.deputy2])
        let plan = try #require(comparison.rows.first { $0.label == FindingKind.followedPlan.label })
        #expect(plan.differs == [false, false, true])
        #expect(plan.majority == FormText.yes)
        let motive = try #require(comparison.rows.first { $0.label == FindingKind.pureMotive.label })
        #expect(motive.differs == [false, false, false])
        let lines = comparison.lines(.vi)
        let planLine = try #require(lines.first { $0.hasPrefix("Thực hiện đúng kế hoạch") })
        #expect(planLine.contains("≠ Không"))
        #expect(lines.filter { $0.contains("≠") }.count == 2)   // the plan and the outcome
    }

    @Test func theDepartureReasonAppearsOnlyWhereTheChairDeparts() throws {
        let run = try Self.disagreeing()
        var chair = try Self.chair(run)
        let departure = try #require(chair.field("finding.followed_plan.departure"))
        #expect(!chair.isVisible(departure))
        chair.choose("finding.followed_plan", FormFactory.noID)
        #expect(chair.isVisible(try #require(chair.field("finding.followed_plan.departure"))))
        // Without a reason the workflow refuses, naming the finding; the form puts it on the field.
        let sentEmpty = chair.submitted()
        let actions = try #require(sentEmpty)
        let refusal: Refusal? = {
            if case .failure(let r) = run.attempt(actions, by: FormsFx.head) { return r }
            return nil
        }()
        #expect(refusal?.rule == .departureReason)
        chair.showRefusal(try #require(refusal))
        #expect(chair.field("finding.followed_plan.departure")?.message != nil)
        chair.fill("finding.followed_plan.departure", "Biên bản kiểm tra cho thấy chậm tiến độ")
        let sentReasoned = chair.submitted()
        let reasoned = try #require(sentReasoned)
        guard case .evaluate(let form)? = reasoned.first else { Issue.record("\(reasoned)"); return }
        #expect(form.findings.first { $0.kind == .followedPlan }?.departureReason == "Biên bản kiểm tra cho thấy chậm tiến độ")
        if case .failure(let r) = run.attempt(reasoned, by: FormsFx.head) { Issue.record("refused: \(r)") }
    }

    @Test func aReasonTypedThenTheMajorityChosenAgainIsDropped() throws {
        let run = try Self.disagreeing()
        var chair = try Self.chair(run)
        chair.choose("finding.followed_plan", FormFactory.noID)
        chair.fill("finding.followed_plan.departure", "Lý do")
        chair.choose("finding.followed_plan", FormFactory.yesID)
        let sent = chair.submitted()
        guard case .evaluate(let form)? = try #require(sent).first else { Issue.record("\(String(describing: sent))"); return }
        #expect(form.findings.allSatisfy { $0.departureReason == nil })
    }

    /// The detail pane lists each member's form in short, and the chair's departure reason.
    @Test func theDetailShowsEachMembersFormAndTheDeparture() throws {
        var run = try Self.disagreeing()
        var departing = Self.form(no: [.followedPlan])
        departing.findings[3].departureReason = "Biên bản kiểm tra"
        try run.act([.evaluate(form: departing)], by: FormsFx.head)
        let text = ProposalDocument.text(ProposalDocument.Inputs(
            proposal: run.proposal, history: [], organization: FormsFx.org, settings: .standard,
            calendar: WorkingCalendar(), today: FormsFx.today, language: .vi))
        #expect(text.contains("Phiếu đánh giá của thành viên"))
        #expect(text.contains("Hoàn thành một phần; mọi nhận định: có"))
        #expect(text.contains("Không hoàn thành; nhận định không: Thực hiện đúng kế hoạch và chỉ đạo của người đứng đầu"))
        #expect(text.contains("Lý do khác ý kiến đa số thành viên: Biên bản kiểm tra"))
    }

    @Test func sideBySideSnapshot() throws {
        let run = try Self.disagreeing()
        var chair = try Self.chair(run)
        FormsSnapshot.check(FormsSnapshotTests.text(chair.screen(120, 40)), named: "evaluate-side-by-side-120x40")
        FormsSnapshot.check(FormsSnapshotTests.text(chair.screen(120, 40, language: .en)), named: "evaluate-side-by-side-en-120x40")
    }
}
