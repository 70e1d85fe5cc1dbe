import Foundation
import Testing
@testable import Procedure

/// PROCEDURE.md §7.3: each member's own evaluation form, and the collective evaluation the
/// chair issues on them.
@Suite struct MemberEvaluationTests {
    /// The three members of VHXH's collective, the proposer (a staff officer) not among them.
    static let members = [Fx.head, Fx.deputy1, Fx.deputy2]

    /// The standard form with the given findings answered no.
    static func form(no: Set<FindingKind> = [], outcome: Outcome = .completed) -> EvaluationForm {
        var form = Fx.form(outcome: outcome)
        form.findings = FindingKind.allCases.map { Finding(kind: $0, holds: !no.contains($0), reason: "Theo hồ sơ") }
        return form
    }

    static func ready() throws -> Run { try Run.readyForEvaluation(memberForm: nil) }

    /// The refusal, or nil when the step is accepted.
    static func refusalOrNil(_ run: Run, _ action: Action, by login: String) -> Refusal? {
        if case .failure(let refusal) = run.attempt(action, by: login) { return refusal }
        return nil
    }

    @Test func theEvaluatingMembersAreTheCollectiveWithoutTheProposer() throws {
        let run = try Self.ready()
        #expect(run.proposal.evaluatingMembers(in: run.context.organization) == Self.members)
    }

    @Test func threeMembersFileAndThePrefillIsTheMajorityOfEachFinding() throws {
        var run = try Self.ready()
        try run.act(.memberEvaluation(form: Self.form(no: [.commonGood])), by: Fx.head)
        try run.act(.memberEvaluation(form: Self.form(no: [.commonGood, .pureMotive], outcome: .partlyCompleted)), by: Fx.deputy1)
        try run.act(.memberEvaluation(form: Self.form(no: [.followedPlan], outcome: .partlyCompleted)), by: Fx.deputy2)
        let org = run.context.organization
        #expect(run.proposal.memberEvaluations.map(\.member) == Self.members)
        let majority = run.proposal.memberMajority(in: org)
        #expect(majority.finding(.rightPolicy) == true)
        #expect(majority.finding(.pureMotive) == true)
        #expect(majority.finding(.commonGood) == false)
        #expect(majority.finding(.followedPlan) == true)
        #expect(majority.outcome == .partlyCompleted)
        let draft = try #require(run.proposal.collectiveDraft(in: org))
        for kind in FindingKind.allCases {
            #expect(draft.findings.first { $0.kind == kind }?.holds == majority.finding(kind), "\(kind)")
        }
        #expect(draft.outcome == .partlyCompleted)
        // The pre-filled form is accepted as it stands: it departs from nobody.
        let evaluated = try run.attempt(.evaluate(form: draft), by: Fx.head).get().proposal
        #expect(evaluated.evaluation?.memberForms == Self.members)
        #expect(evaluated.state == .evaluated)
    }

    @Test func aTieIsNoMajorityAndNeedsNoReason() throws {
        var run = try Self.ready()
        try run.act(.memberEvaluation(form: Self.form(no: [.commonGood])), by: Fx.head)
        try run.act(.memberEvaluation(form: Self.form()), by: Fx.deputy1)
        #expect(run.proposal.memberMajority(in: run.context.organization).finding(.commonGood) == nil)
        #expect((try? run.attempt(.evaluate(form: Self.form(no: [.commonGood])), by: Fx.head).get()) != nil)
        #expect((try? run.attempt(.evaluate(form: Self.form()), by: Fx.head).get()) != nil)
    }

    /// Every finding, both ways: departing from the majority needs a reason; with one it is
    /// accepted and recorded; with the setting off, none is needed.
    @Test(arguments: FindingKind.allCases, [true, false])
    func departingFromTheMajorityNeedsAReason(_ kind: FindingKind, majorityHolds: Bool) throws {
        var run = try Self.ready()
        let members = majorityHolds ? Self.form() : Self.form(no: [kind])
        try run.fileMemberForms(members)
        var departing = majorityHolds ? Self.form(no: [kind]) : Self.form()
        let refusal = run.refusal(.evaluate(form: departing), by: Fx.head)
        #expect(refusal?.rule == .departureReason)
        #expect(refusal?.detail?.vi == kind.label.vi)
        let index = try #require(departing.findings.firstIndex { $0.kind == kind })
        departing.findings[index].departureReason = "  \n"
        #expect(run.refusal(.evaluate(form: departing), by: Fx.head)?.rule == .departureReason)
        departing.findings[index].departureReason = "Biên bản kiểm tra ngày 10/11 cho thấy khác"
        let evaluation = try #require(try run.attempt(.evaluate(form: departing), by: Fx.head).get().proposal.evaluation)
        #expect(evaluation.findings[index].departureReason == "Biên bản kiểm tra ngày 10/11 cho thấy khác")
        #expect(evaluation.findings[index].holds == !majorityHolds)

        var off = ProcedureSettings()
        off.departureNeedsReason = false
        run.context.settings = off
        departing.findings[index].departureReason = nil
        #expect((try? run.attempt(.evaluate(form: departing), by: Fx.head).get()) != nil)
    }

    @Test func agreeingWithTheMajorityNeedsNoReason() throws {
        var run = try Self.ready()
        try run.fileMemberForms(Self.form(no: [.pureMotive]))
        #expect((try? run.attempt(.evaluate(form: Self.form(no: [.pureMotive])), by: Fx.head).get()) != nil)
    }

    /// Every share of the setting against every number of forms filed (of three members).
    @Test func theThresholdIsMoreThanTheShareOfTheMembers() throws {
        var run = try Self.ready()
        var filedRuns = [run]
        for member in Self.members {
            try run.act(.memberEvaluation(form: Self.form()), by: member)
            filedRuns.append(run)
        }
        for share in ProcedureSettings.memberEvaluationShareRange {
            var settings = ProcedureSettings()
            settings.memberEvaluationShare = share
            for (filed, base) in filedRuns.enumerated() {
                var trial = base
                trial.context.settings = settings
                let enough = Double(filed) > 3.0 * Double(share) / 100.0 || filed == 3
                let refusal = Self.refusalOrNil(trial, .evaluate(form: Self.form()), by: Fx.head)
                #expect((refusal == nil) == enough, "share \(share), \(filed) filed: \(String(describing: refusal))")
                if !enough { #expect(refusal?.rule == .memberFormsMissing) }
                let offered = Permissions.offered(.evaluate, on: trial.proposal, by: Actor(login: Fx.head),
                                                  in: trial.context.organization, settings: settings, today: trial.context.today)
                #expect(offered == refusal, "share \(share), \(filed) filed")
            }
        }
    }

    @Test func theDefaultThresholdIsAMajority() throws {
        let settings = ProcedureSettings()
        #expect(settings.memberEvaluationShare == 50)
        #expect(settings.departureNeedsReason)
        var run = try Self.ready()
        try run.act(.memberEvaluation(form: Self.form()), by: Fx.deputy1)
        let refusal = run.refusal(.evaluate(form: Self.form()), by: Fx.head)
        #expect(refusal?.rule == .memberFormsMissing)
        #expect(refusal?.detail?.vi == "đã nộp 1/3, cần 2")
        try run.act(.memberEvaluation(form: Self.form()), by: Fx.deputy2)
        #expect(Self.refusalOrNil(run, .evaluate(form: Self.form()), by: Fx.head) == nil)
    }

    @Test func theProposerFilesNoForm() throws {
        var run = try Run.voted(by: Fx.deputy1)
        try run.approve()
        try run.resource()
        try run.report()
        try run.partyOpinion()
        #expect(run.refusal(.memberEvaluation(form: Self.form()), by: Fx.deputy1)?.rule == .ownProposal)
        #expect(run.proposal.evaluatingMembers(in: run.context.organization) == [Fx.head, Fx.deputy2])
        // The threshold counts the two others: one is not more than half of two.
        try run.act(.memberEvaluation(form: Self.form()), by: Fx.head)
        #expect(run.refusal(.evaluate(form: Self.form()), by: Fx.head)?.rule == .memberFormsMissing)
        try run.act(.memberEvaluation(form: Self.form()), by: Fx.deputy2)
        #expect(Self.refusalOrNil(run, .evaluate(form: Self.form()), by: Fx.head) == nil)
    }

    @Test func aRecusedMemberFilesNoFormAndTheirEarlierFormNoLongerCounts() throws {
        var run = try Self.ready()
        try run.act(.memberEvaluation(form: Self.form(no: [.commonGood])), by: Fx.deputy2)
        try run.act(.memberEvaluation(form: Self.form(no: [.commonGood])), by: Fx.deputy1)
        try run.declareConflict(by: Fx.deputy2)
        #expect(run.refusal(.memberEvaluation(form: Self.form()), by: Fx.deputy2)?.rule == .ownProposal)
        let org = run.context.organization
        #expect(run.proposal.eligibleMemberEvaluations(in: org).map(\.member) == [Fx.deputy1])
        // One of the two who evaluate is not a majority.
        #expect(run.refusal(.evaluate(form: Self.form(no: [.commonGood])), by: Fx.head)?.rule == .memberFormsMissing)
    }

    @Test func onlyMembersOfTheCollectiveFileForms() throws {
        let run = try Self.ready()
        for officer in [Fx.clerk, Fx.inspector, Fx.liaison, Fx.ktHead, Fx.chair] {
            #expect(run.refusal(.memberEvaluation(form: Self.form()), by: officer)?.rule == .notAMember, "\(officer)")
        }
        // The proposer holds no seat in the collective: told so, as any non-member is.
        #expect(run.refusal(.memberEvaluation(form: Self.form()), by: Fx.staff)?.rule == .notAMember)
        #expect(run.refusal(.memberEvaluation(form: Self.form()), by: Fx.clerk, for: Fx.deputy1)?.rule == .onBehalfNotAllowed)
    }

    @Test func aMemberFormIsCheckedLikeTheEvaluation() throws {
        let run = try Self.ready()
        var noCauses = Self.form()
        noCauses.objectiveCauses = " "
        #expect(run.refusal(.memberEvaluation(form: noCauses), by: Fx.deputy1)?.rule == .causesRequired)
        var noReason = Self.form()
        noReason.findings[0].reason = ""
        #expect(run.refusal(.memberEvaluation(form: noReason), by: Fx.deputy1)?.rule == .evaluationIncomplete)
        var noResults = Self.form()
        noResults.results = []
        #expect(run.refusal(.memberEvaluation(form: noResults), by: Fx.deputy1)?.rule == .targetResults)
    }

    @Test func aMemberAmendsTheirFormUntilTheCollectiveEvaluation() throws {
        var run = try Self.ready()
        let first = try run.act(.memberEvaluation(form: Self.form()), by: Fx.deputy1)
        guard case .memberEvaluated(let record) = first.first?.change else { Issue.record("no event"); return }
        #expect(record.amends == nil)
        let second = try run.act(.memberEvaluation(form: Self.form(no: [.followedPlan])), by: Fx.deputy1)
        guard case .memberEvaluated(let amended) = second.first?.change else { Issue.record("no event"); return }
        #expect(amended.amends == true)
        #expect(second.first?.change.label.vi == "Sửa phiếu đánh giá của thành viên")
        #expect(run.proposal.memberEvaluations.count == 1)
        #expect(run.proposal.memberEvaluation(of: Fx.deputy1)?.form.findings.first { $0.kind == .followedPlan }?.holds == false)
        try run.fileMemberForms(Self.form(), members: [Fx.head, Fx.deputy2])
        try run.act(.evaluate(form: Self.form()), by: Fx.head)
        #expect(run.refusal(.memberEvaluation(form: Self.form()), by: Fx.deputy1)?.rule == .wrongState)
        #expect(run.refusal(.memberEvaluation(form: Self.form()), by: Fx.deputy2)?.rule == .wrongState)
    }

    @Test func aMembersFormKeepsNoDepartureReason() throws {
        var run = try Self.ready()
        var form = Self.form()
        form.findings[0].departureReason = "Không áp dụng cho thành viên"
        try run.act(.memberEvaluation(form: form), by: Fx.deputy1)
        #expect(run.proposal.memberEvaluation(of: Fx.deputy1)?.form.findings.allSatisfy { $0.departureReason == nil } == true)
    }

    @Test func noFormBeforeTheReport() throws {
        for run in [try Run.voted(), try Run.approved(), try Run.inProgress()] {
            #expect(run.refusal(.memberEvaluation(form: Self.form()), by: Fx.deputy1)?.rule == .wrongState)
        }
    }

    @Test func theMembersFormsReplay() throws {
        var run = try Self.ready()
        try run.fileMemberForms(Self.form())
        try run.act(.memberEvaluation(form: Self.form(no: [.commonGood])), by: Fx.deputy2)
        try run.act(.evaluate(form: Self.form()), by: Fx.head)
        let replayed = Proposal.replay(id: run.proposal.id, events: run.events)
        #expect(replayed == run.proposal)
    }

    @Test func olderPayloadsAreUnchanged() throws {
        // A finding without a departure reason and an evaluation without member forms encode
        // as before §7.3, so the hashes of older events still verify.
        let finding = Finding(kind: .pureMotive, holds: true, reason: "Có")
        let json = String(decoding: try JSONEncoder().encode(finding), as: UTF8.self)
        #expect(!json.contains("departure"))
        let settings = try JSONDecoder().decode(ProcedureSettings.self, from: Data("{}".utf8))
        #expect(settings == ProcedureSettings())
    }
}
