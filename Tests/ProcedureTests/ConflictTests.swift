import Foundation
import Testing
@testable import Procedure

/// PROCEDURE.md §7.4: nobody acts on a step of a proposal they proposed, in any role, nor
/// on one they declared a conflict on. Enumerated over every step, every situation of
/// `OfferTests` and every person who may stand in front of the proposal.
@Suite struct ConflictTests {
    /// The steps someone other than the proposer takes.
    static let othersSteps = ActionKind.allCases.filter { !Permissions.permission(for: $0).parties.contains(.theProposer) }

    /// Every valid input of `kind` by `actor` is refused with `conflict.own_proposal`.
    static func refusedAsConflicted(_ kind: ActionKind, _ p: Proposal, _ actor: Actor, _ context: Context) -> Bool {
        let outcomes = ValidInput.variants(kind, for: p, settings: context.settings).map {
            ValidInput.apply($0, to: p, by: actor, context: context)
        }
        let offer = Permissions.offered(kind, on: p, by: actor, in: context.organization,
                                        settings: context.settings, today: context.today)
        return outcomes.allSatisfy { $0?.rule == .ownProposal } && offer?.rule == .ownProposal
    }

    /// In every situation, the proposer (or anyone who declared) is refused every step of
    /// others: with the code wherever they hold its role (in person, as the clerk writing
    /// from the minutes, or as the member the clerk writes for), and never accepted.
    @Test func theProposerTakesNoStepOfOthersAnywhere() throws {
        var reached = Set<ActionKind>()
        for situation in try Situation.all() {
            let p = situation.run.proposal, context = situation.run.context, org = context.organization
            for actor in everyActor(for: p) where p.isConflicted(actor.login) || actor.onBehalfOf.map(p.isConflicted) == true {
                for kind in Self.othersSteps {
                    let row = Permissions.permission(for: kind)
                    guard row.states.contains(where: { Permissions.matches($0, p) }) else { continue }
                    // For the Party opinion a clerk writes for the committee, named freely: not a person.
                    if kind == .partyOpinion && !p.isConflicted(actor.login) { continue }
                    let outcomes = ValidInput.variants(kind, for: p, settings: context.settings).map {
                        ValidInput.apply($0, to: p, by: actor, context: context)
                    }
                    #expect(outcomes.allSatisfy { $0 != nil }, "\(kind.rawValue) by \(actor) at '\(situation.name)' accepted")
                    let holds: Bool
                    if let behalf = actor.onBehalfOf {
                        let writer = row.clerkMayRecordOnBehalf && org.holds(.clerk, actor.login, in: p.reviewingUnitID)
                        holds = (writer && p.isConflicted(actor.login))
                            || (writer && p.isConflicted(behalf) && row.parties.contains { Permissions.holdsRole(behalf, $0, for: p, in: org) })
                    } else {
                        holds = row.parties.contains { Permissions.holdsRole(actor.login, $0, for: p, in: org) }
                    }
                    // §7.6 comes first: a step the ward takes on no one's behalf for a proposal
                    // beyond it (or a forwarding of one that is not) is refused to everyone as such.
                    if holds && Permissions.routingRefusal(kind, on: p, in: org) == nil {
                        #expect(Self.refusedAsConflicted(kind, p, actor, context),
                                "\(kind.rawValue) by \(actor) at '\(situation.name)' not refused as own proposal")
                        reached.insert(kind)
                    }
                }
            }
        }
        // The proposer holds the role of these somewhere: a clerk registering, a liaison
        // (or a clerk for the committee) recording the opinion, a member voting.
        #expect(reached.isSuperset(of: [.receive, .partyOpinion, .checklist, .ballot]), "\(reached)")
    }

    /// For each step of others and each officer who may take it somewhere, declaring a
    /// conflict turns their acceptance into the refusal; where the role has another
    /// holder, that one still may.
    @Test func aDeclaredConflictRefusesWhereTheDeclarerWasAccepted() throws {
        var covered = Set<ActionKind>()
        for situation in try Situation.all() where situation.run.proposal.state != .draft {
            let base = situation.run
            let context = base.context
            for kind in Self.othersSteps {
                for actor in everyActor(for: base.proposal) where actor.onBehalfOf == nil && !base.proposal.isConflicted(actor.login) {
                    guard Permissions.offered(kind, on: base.proposal, by: actor, in: context.organization,
                                              settings: context.settings, today: context.today) == nil else { continue }
                    var declared = base
                    try declared.declareConflict(by: actor.login)
                    #expect(Self.refusedAsConflicted(kind, declared.proposal, actor, declared.context),
                            "\(kind.rawValue) by \(actor.login) at '\(situation.name)' after declaring")
                    // Nor through the clerk, for the steps a clerk records from minutes.
                    if Permissions.permission(for: kind).clerkMayRecordOnBehalf && kind != .partyOpinion {
                        let clerk = Actor(login: Fx.clerk, onBehalfOf: actor.login)
                        if Permissions.offered(kind, on: base.proposal, by: clerk, in: context.organization,
                                               settings: context.settings, today: context.today) == nil {
                            #expect(Self.refusedAsConflicted(kind, declared.proposal, clerk, declared.context),
                                    "\(kind.rawValue) by the clerk for \(actor.login) at '\(situation.name)'")
                        }
                    }
                    covered.insert(kind)
                }
            }
        }
        #expect(covered == Set(Self.othersSteps))
    }

    // MARK: Each role, named: the proposer refused, another holder of the role succeeds

    @Test func aClerkDoesNotRegisterTheirOwnDossierTheHeadDoes() throws {
        var run = try Run.draft(by: Fx.clerk)
        try run.submit()
        let refusal = run.refusal(.receive(receiptNumber: "12/TN"), by: Fx.clerk)
        #expect(refusal?.rule == .ownProposal)
        #expect(refusal?.message(.vi).contains("là người đề xuất") == true)
        try run.register(by: Fx.head)
        #expect(!run.proposal.awaitingReceipt)
    }

    @Test func aLiaisonDoesNotRecordTheOpinionOnTheirOwnProposal() throws {
        var run = try Run.registered(by: Fx.liaison)
        let opinion = Action.partyOpinion(stance: .agree, text: "Đồng ý", committee: "Đảng ủy phường")
        #expect(run.refusal(opinion, by: Fx.liaison)?.rule == .ownProposal)
        try run.act(opinion, by: Fx.wardClerk, for: "Đảng ủy phường")
        #expect(run.proposal.partyOpinion(.beforeApproval)?.recordedBy == Fx.wardClerk)
    }

    @Test func aClerkDoesNotRecordTheOpinionOnBehalfOfTheCommitteeOnTheirOwnProposal() throws {
        // The ward's clerk proposes: reviewed by the chair of UBND, where they are the clerk.
        var run = try Run.draft(by: Fx.wardClerk)
        try run.submit()
        try run.register(by: Fx.chair)
        let opinion = Action.partyOpinion(stance: .agree, text: "Đồng ý", committee: "Đảng ủy phường")
        #expect(run.refusal(opinion, by: Fx.wardClerk, for: "Đảng ủy phường")?.rule == .ownProposal)
        // Nor a checklist or ballot "from the minutes" on it.
        #expect(run.refusal(.checklist(answers: Fx.fullChecklist()), by: Fx.wardClerk, for: Fx.viceChair1)?.rule == .ownProposal)
        try run.act(opinion, by: Fx.liaison)
    }

    @Test func aMemberWhoDeclaredDoesNotVoteTheOthersDo() throws {
        var run = try Run.registered()
        try run.partyOpinion()
        try run.declareConflict(by: Fx.deputy2)
        #expect(run.refusal(.checklist(answers: Fx.fullChecklist()), by: Fx.deputy2)?.rule == .ownProposal)
        #expect(run.refusal(.ballot(inFavour: true, comment: ""), by: Fx.clerk, for: Fx.deputy2)?.rule == .ownProposal)
        let tally = run.proposal.tally(in: Fx.org, settings: .standard)
        #expect(tally.recused == [Fx.deputy2])
        #expect(Set(tally.eligible) == [Fx.head, Fx.deputy1])
        try run.vote([(Fx.head, true), (Fx.deputy1, true)])
        try run.approve()
        #expect(run.proposal.decision?.tally.recused == [Fx.deputy2])
    }

    @Test func aHeadWhoDeclaredNeitherDecidesNorEvaluates() throws {
        var voted = try Run.voted()
        try voted.declareConflict(by: Fx.head)
        let decide = Action.decide(kind: .approve, number: "45/QĐ-UBND", reasons: "Đạt", responsibilityStatement: "")
        #expect(voted.refusal(decide, by: Fx.head)?.rule == .ownProposal)
        var ready = try Run.readyForEvaluation()
        try ready.declareConflict(by: Fx.head)
        #expect(ready.refusal(.evaluate(form: Fx.form()), by: Fx.head)?.rule == .ownProposal)
    }

    @Test func aDeclarationGrantsNothing() throws {
        // The declarer is treated as the proposer is refused, never as the proposer acts.
        var run = try Run.inProgress()
        try run.declareConflict(by: Fx.deputy1)
        #expect(run.refusal(.progress(percent: 10, note: "x"), by: Fx.deputy1)?.rule == .notTheProposer)
    }

    // MARK: The declaration itself

    @Test func theDeclarationIsAnEventAndReplays() throws {
        var run = try Run.registered()
        try run.declareConflict(by: Fx.deputy1, reason: "Vợ của người đề xuất")
        let last = try #require(run.events.last)
        #expect(last.change.kind == "conflict_declared")
        #expect(last.reason == "Vợ của người đề xuất")
        #expect(run.proposal.conflicts == [DeclaredConflict(officer: Fx.deputy1, reason: "Vợ của người đề xuất", day: run.context.today)])
        #expect(Proposal.replay(id: run.proposal.id, events: run.events) == run.proposal)
        #expect(run.proposal.state == .received)
    }

    @Test func declaringTwiceOnADraftOnOnesOwnOrWithoutReasonIsRefused() throws {
        var run = try Run.registered()
        try run.declareConflict(by: Fx.deputy1)
        func declare(_ login: String, _ reason: String = "Lý do", on p: Proposal) -> Rule? {
            if case .failure(let refusal) = Workflow.declareConflict(on: p, reason: reason, by: Actor(login: login), context: run.context) {
                return refusal.rule
            }
            return nil
        }
        #expect(declare(Fx.deputy1, on: run.proposal) == .conflictAlreadyDeclared)
        #expect(declare(Fx.staff, on: run.proposal) == .conflictAlreadyDeclared)
        #expect(declare(Fx.deputy2, "  \n ", on: run.proposal) == .reasonRequired)
        #expect(declare("nobody", on: run.proposal) == .unknownOfficer)
        #expect(declare(Fx.deputy2, on: try Run.draft().proposal) == .wrongState)
        #expect(declare(Fx.deputy2, on: run.proposal) == nil)
    }

    @Test func proposalsWrittenBeforeConflictsDecodeWithNone() throws {
        let run = try Run.registered()
        let data = try JSONEncoder().encode(run.proposal)
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(!text.contains("declaredConflicts"))
        let decoded = try JSONDecoder().decode(Proposal.self, from: data)
        #expect(decoded.conflicts.isEmpty)
    }
}
