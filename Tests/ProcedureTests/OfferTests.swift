import Foundation
import Testing
@testable import Procedure

/// A proposal standing somewhere interesting: every state, and within a state the records
/// that change what may be done (voted or not, opinion or not, before or after the start
/// date, conclusion or not, a liability decision or not, LOCAL switches off).
struct Situation: CustomTestStringConvertible, Sendable {
    var name: String
    var run: Run
    var testDescription: String { name }

    static func all() throws -> [Situation] {
        var list = try Stage.allCases.map { Situation(name: $0.rawValue, run: try $0.build()) }
        func add(_ name: String, _ build: () throws -> Run) throws { list.append(Situation(name: name, run: try build())) }

        try add("draft, dossier incomplete") { try Run.draft(dossier: Dossier(title: "Nháp")) }
        try add("returned, dossier emptied") {
            var run = try Stage.returned.build()
            try run.act(.editDraft(dossier: Dossier(title: "Làm lại")), by: Fx.staff)
            return run
        }
        try add("registered, opinion recorded") {
            var run = try Run.registered()
            try run.partyOpinion()
            return run
        }
        try add("registered, deputy's checklist only") {
            var run = try Run.registered()
            try run.act(.checklist(answers: Fx.fullChecklist()), by: Fx.deputy1)
            return run
        }
        try add("registered, head voted, vote open") {
            var run = try Run.registered()
            try run.partyOpinion()
            try run.vote([(Fx.head, true)])
            return run
        }
        try add("registered, all voted yes") { try Run.voted() }
        try add("registered, all voted yes, no opinion") {
            var run = try Run.registered()
            try run.vote(run.eligibleMembers.map { ($0, true) })
            return run
        }
        try add("registered, all voted no") {
            var run = try Run.registered()
            try run.partyOpinion()
            try run.vote(run.eligibleMembers.map { ($0, false) })
            return run
        }
        try add("registered, voted no twice, vote failed for good") {
            var run = try Run.registered()
            try run.partyOpinion()
            try run.vote([(Fx.deputy1, false), (Fx.deputy2, false)])
            return run
        }
        try add("registered, yes but the committee disagreed and that blocks") {
            var settings = ProcedureSettings()
            settings.partyDisagreementBlocksApproval = true
            var run = try Run.registered(settings: settings)
            try run.partyOpinion(.disagree)
            try run.vote(run.eligibleMembers.map { ($0, true) })
            return run
        }
        try add("registered, return switched off") {
            var settings = ProcedureSettings()
            settings.allowReturnForCompletion = false
            return try Run.registered(settings: settings)
        }
        try add("registered, proposed by a deputy") { try Run.registered(by: Fx.deputy1) }
        // §7.4: the proposer holds the acting role, or someone declared a conflict.
        try add("awaiting receipt, proposed by the clerk") {
            var run = try Run.draft(by: Fx.clerk)
            try run.submit()
            return run
        }
        try add("registered by the head, proposed by the clerk") {
            var run = try Run.draft(by: Fx.clerk)
            try run.submit()
            try run.register(by: Fx.head)
            return run
        }
        try add("registered, proposed by the Party liaison") { try Run.registered(by: Fx.liaison) }
        try add("reported, proposed by the Party liaison") {
            // The liaison may not record the opinion on their own proposal: the ward's
            // clerk writes it from the committee's letter.
            var run = try Run.registered(by: Fx.liaison)
            try run.act(.partyOpinion(stance: .agree, text: "Đồng ý chủ trương", committee: "Đảng ủy phường"),
                        by: Fx.wardClerk, for: "Đảng ủy phường")
            try run.vote(run.eligibleMembers.map { ($0, true) })
            try run.approve()
            try run.resource()
            try run.report()
            return run
        }
        try add("awaiting receipt, the clerk declared a conflict") {
            var run = try Stage.awaitingReceipt.build()
            try run.declareConflict(by: Fx.clerk)
            return run
        }
        try add("registered, a deputy and the liaison declared conflicts") {
            var run = try Run.registered()
            try run.declareConflict(by: Fx.deputy2)
            try run.declareConflict(by: Fx.liaison)
            return run
        }
        try add("reported, the head declared a conflict") {
            var run = try Run.readyForEvaluation()
            try run.declareConflict(by: Fx.head)
            return run
        }
        try add("in progress, after the start date") {
            var run = try Run.inProgress()
            run.reachStart()
            return run
        }
        try add("suspended, after the start date") {
            var run = try Run.inProgress()
            run.reachStart()
            try run.directive(.suspend)
            return run
        }
        try add("reported, opinion recorded") { try Run.readyForEvaluation() }
        // §7.3: the collective evaluation waits for a majority of the members' own forms.
        try add("reported, opinion recorded, no member's form") { try Run.readyForEvaluation(memberForm: nil) }
        try add("reported, opinion recorded, one member's form of three") {
            var run = try Run.readyForEvaluation(memberForm: nil)
            try run.fileMemberForms(members: [Fx.deputy1])
            return run
        }
        try add("reported, two members' forms of three, one of them conflicted since") {
            var run = try Run.readyForEvaluation(memberForm: nil)
            try run.fileMemberForms(members: [Fx.deputy1, Fx.deputy2])
            try run.declareConflict(by: Fx.deputy2)
            return run
        }
        try add("evaluated, conclusion switched off") {
            var settings = ProcedureSettings()
            settings.requireConclusion = false
            return try Run.evaluated(settings: settings)
        }
        try add("evaluated, conclusion switched off, liability decided") {
            var settings = ProcedureSettings()
            settings.requireConclusion = false
            var run = try Run.evaluated(settings: settings)
            try run.measure(.notLiable)
            return run
        }
        try add("concluded") { try Run.concluded() }
        // §7.6: the chair's own proposal, registered, forwarded, and answered.
        try add("chair's proposal, registered") { try ForwardingTests.registered() }
        try add("chair's proposal, opinion recorded") {
            var run = try ForwardingTests.registered()
            try run.partyOpinion()
            return run
        }
        try add("chair's proposal, forwarded") { try ForwardingTests.forwarded() }
        try add("chair's proposal, approved by the province") {
            var run = try ForwardingTests.forwarded()
            try run.act(ForwardingTests.outcome(.approved, on: run.context.today), by: Fx.wardClerk)
            return run
        }
        // §7.1: meetings: open, with attendance (one member absent), below the quorum,
        // and the evaluation meeting.
        try add("registered, review meeting open") {
            var run = try Run.registered()
            try run.partyOpinion()
            try run.openMeeting(.review)
            return run
        }
        try add("registered, review meeting, a deputy absent, others voted") {
            var run = try Run.registered()
            try run.partyOpinion()
            try run.openMeeting(.review)
            try run.attend(.review, absent: [Fx.deputy2])
            try run.vote([(Fx.head, true), (Fx.deputy1, true)])
            return run
        }
        try add("registered, review meeting below the quorum, all present voted") {
            var settings = ProcedureSettings()
            settings.quorumPercent = 50
            var run = try Run.registered(settings: settings)
            try run.partyOpinion()
            try run.openMeeting(.review)
            try run.attend(.review, absent: [Fx.deputy1, Fx.deputy2])
            try run.vote([(Fx.head, true)])
            return run
        }
        try add("reported, evaluation meeting open") {
            var run = try Run.readyForEvaluation()
            try run.openMeeting(.evaluation)
            return run
        }
        try add("reported, evaluation meeting below the quorum") {
            var settings = ProcedureSettings()
            settings.quorumPercent = 50
            var run = try Run.readyForEvaluation(settings: settings)
            try run.openMeeting(.evaluation)
            try run.attend(.evaluation, absent: [Fx.deputy1, Fx.deputy2])
            return run
        }
        try add("concluded, not liable") {
            var run = try Run.concluded()
            try run.measure(.notLiable)
            return run
        }
        try add("concluded, no protection, ordinary rules decided") {
            var run = try Run.concluded(Fx.form(abuse: true))
            try run.measure(.ordinaryRules)
            return run
        }
        // §7.5: deputy1 holds a delegation in force (receive, decide, directives), deputy2 an
        // expired one for every step; and VHXH's post vacant with deputy2 in charge.
        let delegated = DFx.org([DFx.delegation(steps: [.receive, .decide, .directives]),
                                 DFx.delegation("04/UQ-VHXH", to: Fx.deputy2, from: Fx.day(2026, 1, 1), until: Fx.day(2026, 2, 28))])
        let vacant = DFx.org([], grants: DFx.vacantGrants, appointments: [DFx.appointment()])
        let stands: [(String, () throws -> Run)] = [
            ("awaiting receipt", { try Stage.awaitingReceipt.build() }),
            ("all voted yes", { try Run.voted() }),
            ("all voted yes, proposed by deputy1", { try Run.voted(by: Fx.deputy1) }),
            ("in progress", { try Run.inProgress() }),
            ("evaluated", { try Run.evaluated() }),
            ("concluded", { try Run.concluded() }),
        ]
        for (name, build) in stands {
            try add("\(name), deputy1 delegated") { try DFx.with(delegated, build) }
            try add("\(name), VHXH vacant, deputy2 in charge") { try DFx.with(vacant, build) }
        }
        try add("all voted yes, head conflicted, deputy1 delegated") {
            var run = try DFx.with(delegated) { try Run.voted() }
            try run.declareConflict(by: Fx.head)
            return run
        }
        return list
    }
}

/// Every step a person may try, with a valid input for each variant of its form.
enum ValidInput {
    /// The variants of the step's form (a decision's kind, a directive's kind, a measure's
    /// kind), each as the actions the form submits in one transaction.
    static func variants(_ kind: ActionKind, for p: Proposal, settings: ProcedureSettings) -> [[Action]] {
        let targets = p.dossier.targets.count
        switch kind {
        case .editDraft: return [[.editDraft(dossier: p.dossier)]]
        case .submit: return [[.submit]]
        case .receive: return [[.receive(receiptNumber: "12/TN")]]
        case .returnForCompletion: return [[.returnForCompletion(reasons: "Bổ sung dự toán")]]
        case .outOfScope: return [[.outOfScope(ground: .exceedsAuthority, reasons: "Vượt thẩm quyền", channel: "UBND tỉnh")]]
        case .withdraw: return [[.withdraw(reason: "Không còn cần thiết")]]
        case .partyOpinion:
            return [[.partyOpinion(stance: .agree, text: "Đồng ý chủ trương", committee: "Đảng ủy phường")]]
        case .checklist: return [[.checklist(answers: Fx.fullChecklist(settings.checklist))]]
        case .ballot:
            // The ballot form: the checklist, then the vote.
            return [[.checklist(answers: Fx.fullChecklist(settings.checklist)), .ballot(inFavour: true, comment: "")]]
        case .decide:
            return DecisionKind.allCases.map {
                [.decide(kind: $0, number: "45/QĐ-UBND", reasons: "Theo biểu quyết", responsibilityStatement: "Tôi tự chịu trách nhiệm")]
            }
        case .resource:
            return [[.resource(fundingVND: 1_000_000, staff: "1 chuyên viên", equipment: "", reassignment: "", noneNeededReason: "")]]
        case .progress: return [[.progress(percent: 50, note: "Một nửa")]]
        case .directive: return DirectiveKind.allCases.map { [.directive(kind: $0, reason: "Theo chỉ đạo")] }
        case .report: return [[.report(summary: "Đã xong", results: Fx.results(targets: targets))]]
        case .evaluate:
            var form = Fx.form()
            form.results = Fx.results(targets: targets)
            return [[.evaluate(form: form)]]
        case .memberEvaluation:
            var form = Fx.form()
            form.results = Fx.results(targets: targets)
            return [[.memberEvaluation(form: form)]]
        case .conclude: return [[.conclude(number: "07/KL-UBND", text: "Kết luận")]]
        case .measure:
            return MeasureKind.allCases.map {
                [.measure(kind: $0, decisionNumber: "88/QĐ-UBND", day: Fx.day(2026, 11, 2), decidedBy: "Chủ tịch", reason: "Theo kết luận")]
            }
        case .close: return [[.close]]
        case .forward: return [[.forward(letterNumber: "215/UBND-VP", letterDay: Fx.day(2026, 3, 2))]]
        case .recordOutcome:
            return ProvincialResult.allCases.map {
                [.recordOutcome(decisionNumber: "1234/QĐ-UBND", decisionDay: Fx.day(2026, 3, 2), result: $0, reasons: "Theo quyết định")]
            }
        case .openMeeting:
            // The meeting of either stage, on the day its stage began (receipt or report).
            let day = (p.state == .reported ? p.report?.day : p.receipt?.day) ?? Fx.day(2026, 3, 2)
            return MeetingStage.allCases.map { [.openMeeting(stage: $0, day: day, chair: nil)] }
        case .recordAttendance:
            // Everyone convened to the current stage's meeting, present.
            let stage = MeetingStage.current(of: p) ?? .review
            let convened = p.meeting(stage)?.convened ?? [Fx.head]
            return [[.recordAttendance(stage: stage, attendance: convened.map { Attendance(member: $0, present: true) })]]
        }
    }

    /// The refusal of the first action refused, or nil when the whole sequence is accepted.
    static func apply(_ actions: [Action], to proposal: Proposal, by actor: Actor, context: Context) -> Refusal? {
        var current = proposal
        for action in actions {
            switch Workflow.perform(action, on: current, by: actor, context: context) {
            case .success(let transition): current = transition.proposal
            case .failure(let refusal): return refusal
            }
        }
        return nil
    }
}

/// Who may stand in front of a proposal: in person, and a clerk (or someone else) writing
/// on behalf of each member of the collective, the proposer, or the Party committee.
func everyActor(for p: Proposal) -> [Actor] {
    let logins = [p.proposer, Fx.head, Fx.deputy1, Fx.deputy2, Fx.clerk, Fx.liaison, Fx.inspector, Fx.chair,
                  Fx.viceChair1, Fx.admin, Fx.staff, Fx.ktStaff, Fx.ktClerk, Fx.wardClerk, "nobody"]
    var actors: [Actor] = []
    for login in logins where !actors.contains(where: { $0.login == login }) { actors.append(Actor(login: login)) }
    for writer in [Fx.clerk, Fx.ktClerk, Fx.head, Fx.wardClerk] {
        for behalf in [Fx.head, Fx.deputy1, Fx.deputy2, Fx.staff, Fx.inspector, Fx.chair, Fx.viceChair1, "Đảng ủy phường"] {
            actors.append(Actor(login: writer, onBehalfOf: behalf))
        }
    }
    return actors
}

@Suite struct OfferTests {
    /// The offer and the workflow agree for every step, situation and person: an offered
    /// step is accepted with a valid input; a withheld one is refused for every input, with
    /// the refusal the offer names.
    @Test func theOfferAgreesWithTheWorkflowEverywhere() throws {
        var offeredSomewhere = Set<ActionKind>()
        var withheldByTheRecord = Set<ActionKind>()
        for situation in try Situation.all() {
            let p = situation.run.proposal
            let context = situation.run.context
            for actor in everyActor(for: p) {
                for kind in ActionKind.allCases {
                    let offer = Permissions.offered(kind, on: p, by: actor, in: context.organization,
                                                    settings: context.settings, today: context.today)
                    let outcomes = ValidInput.variants(kind, for: p, settings: context.settings).map {
                        ValidInput.apply($0, to: p, by: actor, context: context)
                    }
                    let who = actor.onBehalfOf.map { "\(actor.login) for \($0)" } ?? actor.login
                    if let offer {
                        #expect(outcomes.allSatisfy { $0 != nil },
                                "\(kind.rawValue) by \(who) at '\(situation.name)': withheld (\(offer)) but accepted")
                        #expect(outcomes.contains(offer),
                                "\(kind.rawValue) by \(who) at '\(situation.name)': offer says \(offer), workflow says \(outcomes.compactMap { $0?.description })")
                        if Permissions.check(kind, on: p, by: actor, in: context.organization) == nil {
                            withheldByTheRecord.insert(kind)
                        }
                    } else {
                        #expect(outcomes.contains { $0 == nil },
                                "\(kind.rawValue) by \(who) at '\(situation.name)': offered but refused: \(outcomes.compactMap { $0?.description })")
                        offeredSomewhere.insert(kind)
                    }
                }
            }
        }
        // The situations reach every step, and every step whose record can refuse it.
        #expect(offeredSomewhere == Set(ActionKind.allCases))
        // A member's checklist, ballot and own evaluation form may be amended until the
        // decision or the collective evaluation (§7.2, §7.3): only an absence from the
        // meeting withholds them (§7.1), as the meeting's record withholds opening a second
        // meeting and recording attendance without one.
        let recordDependent: Set<ActionKind> = [.submit, .returnForCompletion, .partyOpinion, .checklist, .ballot,
                                                .decide, .report, .evaluate, .conclude, .measure, .close,
                                                .openMeeting, .recordAttendance, .memberEvaluation]
        #expect(withheldByTheRecord == recordDependent)
    }

    // MARK: The three cases of issue 11

    @Test func closeIsNotOfferedBeforeTheConclusion() throws {
        let run = try Run.evaluated()
        let settings = run.context.settings
        #expect(Permissions.check(.close, on: run.proposal, by: Actor(login: Fx.head), in: Fx.org) == nil)
        let offer = Permissions.offered(.close, on: run.proposal, by: Actor(login: Fx.head), in: Fx.org, settings: settings, today: run.context.today)
        #expect(offer?.rule == .conclusionRequired)
        #expect(run.refusal(.close, by: Fx.head)?.rule == .conclusionRequired)
    }

    @Test func closeIsNotOfferedBeforeALiabilityDecision() throws {
        var run = try Run.concluded()
        let today = run.context.today
        #expect(Permissions.offered(.close, on: run.proposal, by: Actor(login: Fx.head), in: Fx.org, settings: .standard, today: today)?.rule == .liabilityMissing)
        try run.measure(.notLiable)
        #expect(Permissions.offered(.close, on: run.proposal, by: Actor(login: Fx.head), in: Fx.org, settings: .standard, today: today) == nil)
    }

    @Test func aSecondConclusionIsNotOffered() throws {
        let evaluated = try Run.evaluated()
        #expect(Permissions.offered(.conclude, on: evaluated.proposal, by: Actor(login: Fx.head), in: Fx.org,
                                    settings: .standard, today: evaluated.context.today) == nil)
        let run = try Run.concluded()
        let offer = Permissions.offered(.conclude, on: run.proposal, by: Actor(login: Fx.head), in: Fx.org,
                                        settings: .standard, today: run.context.today)
        #expect(offer?.rule == .wrongState)
        #expect(run.refusal(.conclude(number: "08/KL", text: "Lần hai"), by: Fx.head) == offer)
    }

    /// §7.2: a member who voted is offered the ballot and the checklist again (to amend
    /// them) until the decision, and not after it.
    @Test func aMemberWhoVotedIsOfferedTheAmendmentUntilTheDecision() throws {
        var run = try Run.registered()
        try run.partyOpinion()
        let today = run.context.today
        #expect(Permissions.offered(.ballot, on: run.proposal, by: Actor(login: Fx.deputy1), in: Fx.org, settings: .standard, today: today) == nil)
        try run.vote([(Fx.deputy1, true)])
        for actor in [Actor(login: Fx.deputy1), Actor(login: Fx.clerk, onBehalfOf: Fx.deputy1)] {
            #expect(Permissions.offered(.ballot, on: run.proposal, by: actor, in: Fx.org, settings: .standard, today: today) == nil)
            #expect(Permissions.offered(.checklist, on: run.proposal, by: actor, in: Fx.org, settings: .standard, today: today) == nil)
        }
        var decided = run
        try decided.vote([(Fx.head, true), (Fx.deputy2, true)])
        try decided.approve()
        for actor in [Actor(login: Fx.deputy1), Actor(login: Fx.clerk, onBehalfOf: Fx.deputy1)] {
            #expect(Permissions.offered(.ballot, on: decided.proposal, by: actor, in: Fx.org, settings: .standard, today: today)?.rule == .wrongState)
            #expect(Permissions.offered(.checklist, on: decided.proposal, by: actor, in: Fx.org, settings: .standard, today: today)?.rule == .wrongState)
        }
        // The others still may.
        #expect(Permissions.offered(.ballot, on: run.proposal, by: Actor(login: Fx.deputy2), in: Fx.org, settings: .standard, today: today) == nil)
        #expect(Permissions.offered(.ballot, on: run.proposal, by: Actor(login: Fx.clerk, onBehalfOf: Fx.head), in: Fx.org, settings: .standard, today: today) == nil)
    }

    /// The ballot's form carries the checklist: a member who has not filled it is still
    /// offered the ballot, although the ballot alone would be refused.
    @Test func theBallotIsOfferedBeforeTheChecklistBecauseItsFormCarriesIt() throws {
        let run = try Run.registered()
        #expect(Permissions.offered(.ballot, on: run.proposal, by: Actor(login: Fx.deputy2), in: Fx.org, settings: .standard, today: run.context.today) == nil)
        #expect(run.refusal(.ballot(inFavour: true, comment: ""), by: Fx.deputy2)?.rule == .checklistIncomplete)
    }

    @Test func theReportIsOfferedFromTheStartDateOrAfterATermination() throws {
        var run = try Run.inProgress()
        let before = Permissions.offered(.report, on: run.proposal, by: Actor(login: Fx.staff), in: Fx.org, settings: .standard, today: run.context.today)
        #expect(before?.rule == .reportBeforeStart)
        let start = try #require(run.proposal.dossier.startDate)
        #expect(Permissions.offered(.report, on: run.proposal, by: Actor(login: Fx.staff), in: Fx.org, settings: .standard, today: start) == nil)
        try run.directive(.terminate)
        #expect(Permissions.offered(.report, on: run.proposal, by: Actor(login: Fx.staff), in: Fx.org, settings: .standard, today: run.context.today) == nil)
    }

    @Test func theListHasEveryActionOnceInProcedureOrder() throws {
        let run = try Run.registered()
        let rows = Permissions.offered(on: run.proposal, for: Fx.clerk, onBehalfOf: Fx.deputy1, in: Fx.org,
                                       settings: .standard, today: run.context.today)
        #expect(rows.map(\.0) == ActionKind.allCases)
        #expect(rows.first { $0.0 == .ballot }?.1 == nil)
        #expect(rows.first { $0.0 == .decide }?.1?.rule == .onBehalfNotAllowed)
    }
}
