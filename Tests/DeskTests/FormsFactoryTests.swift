import Procedure
import Terminal
import Testing
@testable import Desk

/// Every form, filled with valid input, gives the expected actions, and the domain
/// accepts them.
struct FormsFactoryTests {
    private func form(_ kind: ActionKind, _ run: FormsRun, officer: String = FormsFx.head) throws -> FormState {
        try #require(FormFactory.form(for: kind, context: FormsFx.context(run.proposal, officer: officer)))
    }

    /// The actions are allowed by the workflow.
    private func accepted(_ actions: [Action], _ run: FormsRun, by login: String,
                          sourceLocation: SourceLocation = #_sourceLocation) {
        if case .failure(let refusal) = run.attempt(actions, by: login) {
            Issue.record("refused: \(refusal)", sourceLocation: sourceLocation)
        }
    }

    @Test func submitAndCloseHaveNoForm() throws {
        let run = try FormsRun.draft()
        #expect(FormFactory.form(for: .submit, context: FormsFx.context(run.proposal)) == nil)
        #expect(FormFactory.form(for: .close, context: FormsFx.context(run.proposal)) == nil)
        #expect(FormFactory.form(for: .ballot, context: FormsFx.context(nil)) == nil)
    }

    @Test func newDossierTypedInVietnamese() throws {
        var form = FormFactory.newDossier(context: FormsFx.context(nil, officer: FormsFx.staff))
        #expect(form.submitLabel == FormText.save)
        #expect(form.handle(.ctrl("s")) == .handled)           // the title is required
        #expect(form.field("title")?.message == FormText.required)
        form.fill("title", "Số hóa sổ hộ tịch")
        form.fill("necessity", "Tra cứu chậm.")
        form.fill("startDate", "01/04/2026")
        form.fill("endDate", "2026-03-01")
        form.fill("funding", "50000000")
        form.fill("target.0.description", "Số hóa toàn bộ sổ")
        form.fill("target.0.measure", "100%")
        form.verdict("self.c1_bottleneck", .unclear)
        form.focus(fieldID: "self.c1_bottleneck")
        _ = form.handle(.tab)
        form.type("Cần hỏi thêm")
        #expect(form.handle(.ctrl("s")) == .handled)           // end before start
        #expect(form.field("endDate")?.message == Rule.dossierDates.message)
        form.fill("endDate", "30/09/2026")
        let actionsSent1 = form.submitted()
        let actions = try #require(actionsSent1)
        guard case .editDraft(let dossier) = actions.first else { Issue.record("\(actions)"); return }
        #expect(actions.count == 1)
        #expect(dossier.title == "Số hóa sổ hộ tịch")
        #expect(dossier.field == .administrativeReform)
        #expect(dossier.startDate?.iso == "2026-04-01")
        #expect(dossier.endDate?.iso == "2026-09-30")
        #expect(dossier.resources.fundingVND == 50_000_000)
        #expect(dossier.targets == [Target(description: "Số hóa toàn bộ sổ", measure: "100%")])
        #expect(dossier.selfCheck == [ChecklistAnswer(itemID: "c1_bottleneck", verdict: .unclear, comment: "Cần hỏi thêm")])
        #expect(dossier.missingItems().contains(.content))
    }

    @Test func editDraftRoundTripsTheDossier() throws {
        let run = try FormsRun.draft()
        var form = try form(.editDraft, run, officer: FormsFx.staff)
        #expect(form.isDirty == false)
        #expect(form.currentNotices().first?.text.vi == "Hồ sơ đủ nội dung để gửi")
        let actionsSent2 = form.submitted()
        let actions = try #require(actionsSent2)
        #expect(actions == [.editDraft(dossier: run.proposal.dossier)])
        form.choose("field", ProposalField.economy.rawValue)
        #expect(form.isDirty)
        let edited = form.submitted()
        accepted(try #require(edited), run, by: FormsFx.staff)
    }

    @Test func receiveWithAndWithoutNumber() throws {
        let run = try FormsRun.ready(for: .receive)
        var form = try form(.receive, run, officer: FormsFx.clerk)
        let sent1 = form.submitted()
        #expect(sent1 == [.receive(receiptNumber: "")])
        form.type("15/TN")
        let actionsSent3 = form.submitted()
        let actions = try #require(actionsSent3)
        #expect(actions == [.receive(receiptNumber: "15/TN")])
        accepted(actions, run, by: FormsFx.clerk)
    }

    @Test func returnOutOfScopeWithdraw() throws {
        let run = try FormsRun.ready(for: .returnForCompletion)
        var back = try form(.returnForCompletion, run)
        back.type("Bổ sung dự toán")
        let sent2 = back.submitted()
        #expect(sent2 == [.returnForCompletion(reasons: "Bổ sung dự toán")])

        var out = try form(.outOfScope, run)
        out.choose("ground", OutOfScopeGround.exceedsAuthority.rawValue)
        out.fill("reasons", "Vượt thẩm quyền")
        out.fill("channel", "Gửi UBND tỉnh")
        let actionsSent4 = out.submitted()
        let actions = try #require(actionsSent4)
        #expect(actions == [.outOfScope(ground: .exceedsAuthority, reasons: "Vượt thẩm quyền", channel: "Gửi UBND tỉnh")])
        accepted(actions, run, by: FormsFx.head)

        let draft = try FormsRun.draft()
        var withdraw = try form(.withdraw, draft, officer: FormsFx.staff)
        withdraw.type("Không còn cần thiết")
        let sent3 = withdraw.submitted()
        #expect(sent3 == [.withdraw(reason: "Không còn cần thiết")])
    }

    @Test func partyOpinionPrefillsTheCommittee() throws {
        let run = try FormsRun.ready(for: .partyOpinion)
        var form = try form(.partyOpinion, run, officer: FormsFx.liaison)
        // Issue 17: the reviewing unit's own committee (an office: its chi bộ by default).
        #expect(form.values.text("committee") == "Chi bộ Phòng Văn hóa – Xã hội")
        form.choose("stance", PartyStance.agreeWithConditions.rawValue)
        form.fill("text", "Đồng ý, bảo đảm an toàn dữ liệu")
        let actionsSent5 = form.submitted()
        let actions = try #require(actionsSent5)
        #expect(actions == [.partyOpinion(stance: .agreeWithConditions, text: "Đồng ý, bảo đảm an toàn dữ liệu",
                                          committee: "Chi bộ Phòng Văn hóa – Xã hội")])
        accepted(actions, run, by: FormsFx.liaison)
    }

    @Test func ballotAsksEveryItemThenTheVote() throws {
        let run = try FormsRun.ready(for: .partyOpinion)
        var form = try form(.ballot, run, officer: FormsFx.deputy1)
        #expect(form.handle(.ctrl("s")) == .handled)
        let items = ChecklistTemplate.standard.items
        #expect(items.allSatisfy { form.field("check.\($0.id)")?.message == FormText.required })
        #expect(form.field("vote")?.message == FormText.required)
        for item in items { form.verdict("check.\(item.id)", item.id == "c4_decentralise" ? .unclear : .met) }
        form.choose("vote", FormFactory.yesID)
        form.fill("comment", "Tán thành")
        let actionsSent6 = form.submitted()
        let actions = try #require(actionsSent6)
        #expect(actions == [
            .checklist(answers: items.map { ChecklistAnswer(itemID: $0.id, verdict: $0.id == "c4_decentralise" ? .unclear : .met) }),
            .ballot(inFavour: true, comment: "Tán thành"),
        ])
        var ready = try FormsRun.ready(for: .partyOpinion)
        try ready.act([.partyOpinion(stance: .agree, text: "Đồng ý", committee: "")], by: FormsFx.liaison)
        accepted(actions, ready, by: FormsFx.deputy1)
    }

    @Test func ballotPrefillsAnEarlierChecklist() throws {
        let run = try FormsRun.ready(for: .ballot)
        var form = try form(.ballot, run, officer: FormsFx.head)
        #expect(form.values.answer("check.c1_bottleneck")?.verdict == .met)
        form.choose("vote", FormFactory.noID)
        let actionsSent7 = form.submitted()
        let actions = try #require(actionsSent7)
        #expect(actions.last == .ballot(inFavour: false, comment: ""))
        accepted(actions, run, by: FormsFx.head)
        var checklist = try self.form(.checklist, run, officer: FormsFx.deputy2)
        for item in ChecklistTemplate.standard.items { checklist.verdict("check.\(item.id)", .notMet) }
        let sent4 = checklist.submitted()
        #expect(sent4?.count == 1)
    }

    @Test func decideShowsTheTallyAndAsksTheOverrideStatement() throws {
        let run = try FormsRun.ready(for: .decide)
        var form = try form(.decide, run)
        #expect(form.currentNotices().first?.text.vi.hasPrefix("Tập thể thông qua: Tán thành 3/") == true)
        #expect(form.field("responsibility").map(form.isVisible) == false)
        form.choose("kind", DecisionKind.override.rawValue)
        #expect(form.field("responsibility").map(form.isVisible) == true)
        #expect(form.handle(.ctrl("s")) == .handled)
        #expect(form.field("responsibility")?.message == FormText.required)
        // Issue 15: the number is optional (empty: the register gives the next).
        #expect(form.field("number")?.message == nil)
        form.choose("kind", DecisionKind.approve.rawValue)
        form.fill("number", "45/QĐ-UBND")
        form.fill("reasons", "Biểu quyết đạt")
        let actionsSent8 = form.submitted()
        let actions = try #require(actionsSent8)
        #expect(actions == [.decide(kind: .approve, number: "45/QĐ-UBND", reasons: "Biểu quyết đạt", responsibilityStatement: "")])
        accepted(actions, run, by: FormsFx.head)
        form.choose("kind", DecisionKind.reject.rawValue)
        form.fill("reasons", "")
        _ = form.handle(.ctrl("s"))
        #expect(form.field("reasons")?.message == Rule.reasonRequired.message)
        form.showRefusal(Refusal(.overrideStatement))
        #expect(form.formMessage != nil)   // the statement is hidden for a rejection: the message goes on top
    }

    @Test func resourceProgressDirectiveReport() throws {
        let approved = try FormsRun.ready(for: .resource)
        var resource = try form(.resource, approved)
        #expect(resource.values.amount("funding") == 50_000_000)
        resource.fill("reassignment", "Giảm việc tiếp dân")
        let actionsSent9 = resource.submitted()
        var actions = try #require(actionsSent9)
        #expect(actions == [.resource(fundingVND: 50_000_000, staff: "2 chuyên viên", equipment: "1 máy quét",
                                      reassignment: "Giảm việc tiếp dân", noneNeededReason: "")])
        accepted(actions, approved, by: FormsFx.head)
        resource.fill("funding", "")
        resource.fill("staff", "")
        resource.fill("equipment", "")
        _ = resource.handle(.ctrl("s"))
        #expect(resource.field("noneNeeded")?.message == Rule.resourcesRequired.message)

        let running = try FormsRun.ready(for: .progress)
        var progress = try form(.progress, running, officer: FormsFx.staff)
        progress.fill("percent", "150")
        progress.fill("note", "Đã quét một nửa")
        _ = progress.handle(.ctrl("s"))
        #expect(progress.field("percent")?.message == FormText.percentRange)
        progress.fill("percent", "50")
        let actionsSent10 = progress.submitted()
        actions = try #require(actionsSent10)
        #expect(actions == [.progress(percent: 50, note: "Đã quét một nửa")])
        accepted(actions, running, by: FormsFx.staff)

        var directive = try form(.directive, running)
        guard case .choice(let kinds)? = directive.field("kind")?.kind else { Issue.record("no kind"); return }
        #expect(kinds.options.map(\.id) == ["continue", "suspend", "terminate"])
        directive.choose("kind", DirectiveKind.suspend.rawValue)
        directive.fill("reason", "Chờ kinh phí")
        let actionsSent11 = directive.submitted()
        actions = try #require(actionsSent11)
        #expect(actions == [.directive(kind: .suspend, reason: "Chờ kinh phí")])
        accepted(actions, running, by: FormsFx.head)
        #expect(FormFactory.form(for: .directive, context: FormsFx.context(approved.proposal)) == nil)

        var report = try form(.report, running, officer: FormsFx.staff)
        report.fill("summary", "Đã hoàn thành")
        report.set("result.0.achieved", true)
        report.fill("result.0.text", "Đã số hóa 100%")
        report.fill("result.1.text", "Còn 7 phút")
        let actionsSent12 = report.submitted()
        actions = try #require(actionsSent12)
        #expect(actions == [.report(summary: "Đã hoàn thành", results: [
            TargetResult(target: 0, achieved: true, result: "Đã số hóa 100%"),
            TargetResult(target: 1, achieved: false, result: "Còn 7 phút")])])
        accepted(actions, running, by: FormsFx.staff)
    }

    @Test func evaluateConcludeMeasure() throws {
        let reported = try FormsRun.ready(for: .evaluate)
        var evaluate = try form(.evaluate, reported)
        // §7.3: pre-filled from the members' forms (each filed the same one in the fixture).
        #expect(evaluate.values.text("result.0.text") == "Đạt")
        #expect(evaluate.values.choice("outcome") == Outcome.partlyCompleted.rawValue)
        #expect(evaluate.values.text("subjectiveCauses") == "Thiếu máy quét")
        evaluate.choose("outcome", Outcome.partlyCompleted.rawValue)
        evaluate.set("damage", true)
        evaluate.fill("damageDescription", "Hỏng máy quét")
        for kind in FindingKind.allCases {
            evaluate.choose("finding.\(kind.rawValue)", FormFactory.yesID)
            evaluate.fill("finding.\(kind.rawValue).reason", "Theo biên bản")
        }
        evaluate.fill("objectiveCauses", "Máy quét cũ")
        evaluate.fill("subjectiveCauses", "Không có")
        _ = evaluate.handle(.ctrl("s"))
        #expect(evaluate.field("damageEstimate")?.message == FormText.required)
        evaluate.fill("damageEstimate", "10.000.000")
        let actionsSent13 = evaluate.submitted()
        let actions = try #require(actionsSent13)
        let expected = EvaluationForm(
            outcome: .partlyCompleted, damage: true, damageDescription: "Hỏng máy quét", damageEstimateVND: 10_000_000,
            findings: FindingKind.allCases.map { Finding(kind: $0, holds: true, reason: "Theo biên bản") },
            objectiveCauses: "Máy quét cũ", subjectiveCauses: "Không có",
            results: [TargetResult(target: 0, achieved: true, result: "Đạt"),
                      TargetResult(target: 1, achieved: false, result: "Chưa đạt")])
        #expect(actions == [.evaluate(form: expected)])
        accepted(actions, reported, by: FormsFx.head)
        evaluate.showRefusal(Refusal(.causesRequired))
        #expect(evaluate.field("objectiveCauses")?.message != nil && evaluate.field("subjectiveCauses")?.message != nil)
        #expect(evaluate.focusedFieldID == "objectiveCauses")

        let evaluated = try FormsRun.ready(for: .conclude)
        var conclude = try form(.conclude, evaluated)
        #expect(conclude.currentNotices().first?.text.vi == "Hướng xử lý trách nhiệm theo đánh giá: Loại trừ trách nhiệm")
        conclude.fill("number", "07/KL-UBND")
        conclude.fill("text", "Loại trừ trách nhiệm")
        let concludedSent14 = conclude.submitted()
        let concluded = try #require(concludedSent14)
        #expect(concluded == [.conclude(number: "07/KL-UBND", text: "Loại trừ trách nhiệm")])
        accepted(concluded, evaluated, by: FormsFx.head)

        let final = try FormsRun.ready(for: .measure)
        var measure = try form(.measure, final)
        guard case .choice(let kinds)? = measure.field("kind")?.kind else { Issue.record("no kind"); return }
        #expect(kinds.options.map(\.id) == ["praise", "evaluation_basis", "outstanding_achievement", "liability_excluded"])
        measure.choose("kind", MeasureKind.liabilityExcluded.rawValue)
        measure.fill("number", "88/QĐ-UBND")
        measure.fill("decidedBy", "Chủ tịch UBND phường")
        measure.fill("reason", "Theo kết luận")
        let measuredSent15 = measure.submitted()
        let measured = try #require(measuredSent15)
        #expect(measured == [.measure(kind: .liabilityExcluded, decisionNumber: "88/QĐ-UBND", day: FormsFx.today,
                                      decidedBy: "Chủ tịch UBND phường", reason: "Theo kết luận")])
        accepted(measured, final, by: FormsFx.head)
    }

    struct ConsequenceRow: Sendable, CustomTestStringConvertible {
        var outcome: Outcome
        var damage: Bool
        var failing: FindingKind?
        var abuse: Bool
        var expected: Consequence
        var testDescription: String { "\(outcome) damage:\(damage) failing:\(failing?.rawValue ?? "-") abuse:\(abuse)" }
    }

    /// Every row of §3.5, set key by key; the live line follows.
    @Test(arguments: [
        ConsequenceRow(outcome: .completed, damage: false, failing: nil, abuse: false, expected: .noLiability),
        ConsequenceRow(outcome: .completed, damage: true, failing: .pureMotive, abuse: false, expected: .noLiability),
        ConsequenceRow(outcome: .partlyCompleted, damage: false, failing: nil, abuse: false, expected: .liabilityExcluded),
        ConsequenceRow(outcome: .notCompleted, damage: false, failing: nil, abuse: false, expected: .liabilityExcluded),
        ConsequenceRow(outcome: .partlyCompleted, damage: true, failing: nil, abuse: false, expected: .considerProtection),
        ConsequenceRow(outcome: .notCompleted, damage: true, failing: nil, abuse: false, expected: .considerProtection),
        ConsequenceRow(outcome: .partlyCompleted, damage: false, failing: .rightPolicy, abuse: false, expected: .noProtection),
        ConsequenceRow(outcome: .notCompleted, damage: true, failing: .followedPlan, abuse: false, expected: .noProtection),
        ConsequenceRow(outcome: .completed, damage: false, failing: nil, abuse: true, expected: .noProtection),
        ConsequenceRow(outcome: .partlyCompleted, damage: true, failing: nil, abuse: true, expected: .noProtection),
    ])
    func liveConsequence(_ row: ConsequenceRow) throws {
        // A member's own form starts blank (the chair's is pre-filled from the members').
        let run = try FormsRun.ready(for: .memberEvaluation)
        var form = try form(.memberEvaluation, run)
        #expect(form.currentNotices().first?.text.vi.hasPrefix("Hướng xử lý trách nhiệm đề xuất: chưa xác định") == true)
        form.choose("outcome", row.outcome.rawValue)
        form.set("damage", row.damage)
        form.set("abuse", row.abuse)
        for kind in FindingKind.allCases {
            form.choose("finding.\(kind.rawValue)", kind == row.failing ? FormFactory.noID : FormFactory.yesID)
        }
        #expect(form.currentNotices().first?.text.vi == "Hướng xử lý trách nhiệm đề xuất: " + row.expected.label.vi)
        let line = form.screen(80, 24).text()[1]
        #expect(line.hasPrefix(String(("  Hướng xử lý trách nhiệm đề xuất: " + row.expected.label.vi).prefix(40))))
    }

    @Test func liveConsequenceChangesOnEveryKey() throws {
        let run = try FormsRun.ready(for: .evaluate)
        var form = try form(.evaluate, run)
        form.choose("outcome", Outcome.partlyCompleted.rawValue)
        for kind in FindingKind.allCases { form.choose("finding.\(kind.rawValue)", FormFactory.yesID) }
        #expect(form.screen(80, 24).text()[1] == "  Hướng xử lý trách nhiệm đề xuất: Loại trừ trách nhiệm")
        form.set("damage", true)
        #expect(form.screen(80, 24).text()[1].hasPrefix("  Hướng xử lý trách nhiệm đề xuất: Xem xét loại trừ, miễn hoặc giảm nhẹ"))
        form.focus(fieldID: "finding.pure_motive")
        _ = form.handle(.char(" "))
        #expect(form.screen(80, 24).text()[1].hasPrefix("  Hướng xử lý trách nhiệm đề xuất: Không được bảo vệ theo Nghị định 73"))
        let english = form.screen(120, 40, language: .en).text()[1]
        #expect(english.hasPrefix("  Proposed consequence: No protection under Decree 73"))
    }
}
