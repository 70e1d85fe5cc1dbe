import Foundation
import Testing
@testable import Procedure

/// PROCEDURE.md §7.5: delegation (ký thay) and appointment of an officer in charge.
enum DFx {
    static let everyStep = DelegableStep.allCases

    /// The head of VHXH delegates `steps` to deputy1 for [from, until].
    static func delegation(_ number: String = "05/UQ-VHXH", to deputy: String = Fx.deputy1, steps: [DelegableStep] = everyStep,
                           from: Day = Fx.day(2026, 3, 1), until: Day = Fx.day(2026, 12, 31), revokedOn: Day? = nil) -> Delegation {
        Delegation(number: number, date: Fx.day(2026, 2, 27), unitID: "VHXH", head: Fx.head, deputy: deputy,
                   from: from, until: until, steps: steps, revokedOn: revokedOn)
    }

    static func org(_ delegations: [Delegation], grants: [RoleGrant] = Fx.grants, appointments: [Appointment] = []) -> Organization {
        Organization(units: Fx.units, officers: Fx.officers, grants: grants, delegations: delegations, appointments: appointments)
    }

    /// VHXH without its head (the post vacant).
    static let vacantGrants = Fx.grants.filter { !($0.role == .head && $0.unitID == "VHXH") }

    static func appointment(_ officer: String = Fx.deputy2, revokedOn: Day? = nil) -> Appointment {
        Appointment(number: "12/QĐ-UBND", date: Fx.day(2026, 2, 27), unitID: "VHXH", officer: officer, appointedBy: Fx.chair,
                    revokedOn: revokedOn)
    }

    /// A run whose organisation is replaced (the proposal is untouched).
    static func with(_ org: Organization, _ build: () throws -> Run) rethrows -> Run {
        var run = try build()
        run.context.organization = org
        return run
    }

    /// The proposal standing where each delegable step can be taken, with a valid input.
    static func stand(for step: DelegableStep) throws -> (Run, Action) {
        switch step {
        case .receive:
            return (try Stage.awaitingReceipt.build(), .receive(receiptNumber: "15/TN"))
        case .decide:
            return (try Run.voted(), .decide(kind: .approve, number: "45/QĐ-VHXH", reasons: "Theo biểu quyết", responsibilityStatement: ""))
        case .conclude:
            return (try Run.evaluated(), .conclude(number: "07/TB-VHXH", text: "Kết luận"))
        case .measures:
            return (try Run.concluded(), .measure(kind: .notLiable, decisionNumber: "88/QĐ-VHXH", day: Fx.day(2026, 11, 2),
                                                  decidedBy: "Trưởng phòng", reason: "Theo kết luận"))
        case .directives:
            return (try Run.inProgress(), .directive(kind: .suspend, reason: "Tạm dừng chờ kinh phí"))
        }
    }
}

@Suite struct DelegationTests {
    /// In force, every delegated step is the deputy's, for the head: the event names both.
    @Test(arguments: DelegableStep.allCases)
    func aDeputyInForceTakesTheDelegatedStepForTheHead(_ step: DelegableStep) throws {
        var (run, action) = try DFx.stand(for: step)
        run.context.organization = DFx.org([DFx.delegation()])
        #expect(Permissions.offered(action.kind, on: run.proposal, by: Actor(login: Fx.deputy1), in: run.context.organization,
                                    settings: run.context.settings, today: run.context.today) == nil)
        let events = try run.act(action, by: Fx.deputy1)
        #expect(!events.isEmpty)
        for event in events {
            #expect(event.actor.login == Fx.deputy1)
            #expect(event.actor.acting == Acting(basis: .delegation, head: Fx.head, unitID: "VHXH", number: "05/UQ-VHXH"))
            #expect(event.actor.onBehalfOf == nil)
        }
    }

    /// Without a delegation the same deputy is refused the head's step, as before.
    @Test(arguments: DelegableStep.allCases)
    func withoutADelegationTheDeputyIsRefused(_ step: DelegableStep) throws {
        let (run, action) = try DFx.stand(for: step)
        #expect(run.refusal(action, by: Fx.deputy1)?.rule == .roleRequired)
    }

    /// The head keeps the power to act, in their own right (no `acting`).
    @Test(arguments: DelegableStep.allCases)
    func theHeadStillActs(_ step: DelegableStep) throws {
        var (run, action) = try DFx.stand(for: step)
        run.context.organization = DFx.org([DFx.delegation()])
        let events = try run.act(action, by: Fx.head)
        #expect(events.allSatisfy { $0.actor.acting == nil && $0.actor.login == Fx.head })
    }

    /// A caller cannot claim an authority: `acting` is the rules' finding.
    @Test func aClaimedAuthorityIsReplaced() throws {
        var (run, action) = try DFx.stand(for: .decide)
        run.context.organization = DFx.org([DFx.delegation()])
        let forged = Actor(login: Fx.head, acting: Acting(basis: .delegation, head: Fx.chair, unitID: "UBND", number: "X"))
        let transition = try Workflow.perform(action, on: run.proposal, by: forged, context: run.context).get()
        #expect(transition.events.allSatisfy { $0.actor.acting == nil })
    }

    /// Before the first day, after the last, revoked, or for a step not named: each refused
    /// with its own rule, for every delegable step.
    @Test(arguments: DelegableStep.allCases)
    func outsideItsTermsTheDelegationIsRefusedWithItsReason(_ step: DelegableStep) throws {
        var (run, action) = try DFx.stand(for: step)
        let today = run.context.today
        let cases: [(Delegation, Rule)] = [
            (DFx.delegation(from: today.adding(days: 1), until: today.adding(days: 30)), .delegationNotYetInForce),
            (DFx.delegation(from: today.adding(days: -30), until: today.adding(days: -1)), .delegationExpired),
            (DFx.delegation(revokedOn: today), .delegationRevoked),
            (DFx.delegation(steps: DelegableStep.allCases.filter { $0 != step }), .stepNotDelegated),
        ]
        for (delegation, rule) in cases {
            run.context.organization = DFx.org([delegation])
            #expect(run.refusal(action, by: Fx.deputy1)?.rule == rule, "\(step) \(rule)")
            #expect(Permissions.offered(action.kind, on: run.proposal, by: Actor(login: Fx.deputy1), in: run.context.organization,
                                        settings: run.context.settings, today: today)?.rule == rule)
        }
        // The first and last days are inside.
        for delegation in [DFx.delegation(from: today, until: today.adding(days: 3)), DFx.delegation(from: today.adding(days: -3), until: today)] {
            run.context.organization = DFx.org([delegation])
            #expect(run.attempt(action, by: Fx.deputy1).isSuccess)
        }
    }

    /// A delegation to deputy1 gives deputy2 nothing, and nothing to anyone in another unit.
    @Test func theDelegationIsTheNamedDeputysOnly() throws {
        var (run, action) = try DFx.stand(for: .decide)
        run.context.organization = DFx.org([DFx.delegation()])
        for login in [Fx.deputy2, Fx.clerk, Fx.staff, Fx.ktDeputy, Fx.viceChair1] {
            #expect(run.refusal(action, by: login)?.rule == .roleRequired, "\(login)")
        }
    }

    /// §7.4 still holds: a deputy never acts on their own proposal, nor where they declared
    /// a conflict, with a delegation in force.
    @Test func neverOnTheDeputysOwnProposal() throws {
        let org = DFx.org([DFx.delegation()])
        var own = try Run.voted(by: Fx.deputy1)
        own.context.organization = org
        let decide = Action.decide(kind: .approve, number: "45/QĐ-VHXH", reasons: "Theo biểu quyết", responsibilityStatement: "")
        #expect(own.refusal(decide, by: Fx.deputy1)?.rule == .ownProposal)
        var declared = try Run.voted()
        declared.context.organization = org
        try declared.declareConflict(by: Fx.deputy1)
        #expect(declared.refusal(decide, by: Fx.deputy1)?.rule == .ownProposal)
        // Another deputy of the same unit is not concerned.
        #expect(declared.attempt(decide, by: Fx.head).isSuccess)
    }

    /// Nor where the head would be conflicted: the deputy would sign in the head's name.
    @Test func notWhereTheHeadIsConflicted() throws {
        var run = try Run.voted()
        run.context.organization = DFx.org([DFx.delegation()])
        try run.declareConflict(by: Fx.head)
        let decide = Action.decide(kind: .approve, number: "45/QĐ-VHXH", reasons: "Theo biểu quyết", responsibilityStatement: "")
        #expect(run.refusal(decide, by: Fx.deputy1)?.rule == .headConflicted)
        #expect(run.refusal(decide, by: Fx.head)?.rule == .ownProposal)
    }

    /// A delegation lapses when its head no longer heads the unit or its deputy is no longer a deputy.
    @Test func aDelegationLapsesWithThePosts() throws {
        var (run, action) = try DFx.stand(for: .decide)
        let withoutDeputy = Fx.grants.filter { !($0.login == Fx.deputy1 && $0.role == .deputy) }
        run.context.organization = DFx.org([DFx.delegation()], grants: withoutDeputy)
        #expect(run.refusal(action, by: Fx.deputy1)?.rule == .roleRequired)
        let newHead = DFx.vacantGrants + [RoleGrant(login: Fx.deputy2, role: .head, unitID: "VHXH")]
        run.context.organization = DFx.org([DFx.delegation()], grants: newHead)
        #expect(run.refusal(action, by: Fx.deputy1)?.rule == .roleRequired)
    }

    // MARK: Making a delegation

    @Test func onlyAHeadDelegatesToADeputyOfTheSameUnit() throws {
        let org = Fx.org
        func attempt(by login: String, to deputy: String, unit: String? = nil, from: Day = Fx.day(2026, 3, 1),
                     until: Day = Fx.day(2026, 3, 31), steps: [DelegableStep] = [.decide], number: String = "05/UQ") -> Result<Delegation, Refusal> {
            Delegations.delegate(to: deputy, unitID: unit, from: from, until: until, steps: steps, number: number,
                                 date: Fx.day(2026, 2, 27), by: Actor(login: login), in: org)
        }
        let made = try attempt(by: Fx.head, to: Fx.deputy1).get()
        #expect(made.unitID == "VHXH" && made.head == Fx.head && made.deputy == Fx.deputy1 && made.steps == [.decide])
        // Not a deputy: a staff member, the clerk, the head themself, a deputy of another unit, a vice-chair.
        for other in [Fx.staff, Fx.clerk, Fx.head, Fx.ktDeputy, Fx.viceChair1] {
            #expect(attempt(by: Fx.head, to: other).failureRule == .delegateNotDeputy, "\(other)")
        }
        // Not a head, or not the head of the unit named.
        for login in [Fx.deputy1, Fx.clerk, Fx.admin, Fx.ktHead] {
            #expect(attempt(by: login, to: Fx.deputy1, unit: "VHXH").failureRule == .roleRequired, "\(login)")
        }
        #expect(attempt(by: Fx.head, to: "nobody").failureRule == .unknownOfficer)
        #expect(attempt(by: Fx.head, to: Fx.deputy1, from: Fx.day(2026, 4, 1), until: Fx.day(2026, 3, 31)).failureRule == .delegationPeriod)
        #expect(attempt(by: Fx.head, to: Fx.deputy1, steps: []).failureRule == .delegationSteps)
        #expect(attempt(by: Fx.head, to: Fx.deputy1, number: "  ").failureRule == .delegationNumber)
        #expect(attempt(by: Fx.head, to: Fx.deputy1, number: "05/UQ\u{1B}[2J").failureRule == .controlCharacters)
        // A number already used by a delegation or an appointment.
        let taken = DFx.org([DFx.delegation("05/UQ")], appointments: [DFx.appointment()])
        for number in ["05/UQ", "12/QĐ-UBND"] {
            let refused = Delegations.delegate(to: Fx.deputy2, unitID: nil, from: Fx.day(2026, 3, 1), until: Fx.day(2026, 3, 2),
                                               steps: [.receive], number: number, date: Fx.day(2026, 2, 27),
                                               by: Actor(login: Fx.head), in: taken)
            #expect(refused.failureRule == .delegationNumberTaken)
        }
    }

    @Test func aHeadRevokesOnce() throws {
        let org = DFx.org([DFx.delegation()])
        let revoked = try Delegations.revoke(DFx.delegation(), on: Fx.day(2026, 3, 5), by: Actor(login: Fx.head), in: org).get()
        #expect(revoked.revokedOn == Fx.day(2026, 3, 5))
        #expect(Delegations.revoke(revoked, on: Fx.day(2026, 3, 6), by: Actor(login: Fx.head), in: org).failureRule == .alreadyRevoked)
        for login in [Fx.deputy1, Fx.ktHead, Fx.admin] {
            #expect(Delegations.revoke(DFx.delegation(), on: Fx.day(2026, 3, 5), by: Actor(login: login), in: org).failureRule == .roleRequired)
        }
    }

    // MARK: Appointment

    /// The officer in charge of a vacant post takes every head step, as head.
    @Test(arguments: DelegableStep.allCases)
    func theOfficerInChargeActsAsHead(_ step: DelegableStep) throws {
        var (run, action) = try DFx.stand(for: step)
        run.context.organization = DFx.org([], grants: DFx.vacantGrants, appointments: [DFx.appointment()])
        let events = try run.act(action, by: Fx.deputy2)
        #expect(events.allSatisfy { $0.actor.acting == Acting(basis: .appointment, head: nil, unitID: "VHXH", number: "12/QĐ-UBND") })
    }

    /// Revoked, or the post filled again: the appointment gives nothing.
    @Test func anAppointmentEndsWhenRevokedOrThePostIsFilled() throws {
        var (run, action) = try DFx.stand(for: .decide)
        run.context.organization = DFx.org([], grants: DFx.vacantGrants, appointments: [DFx.appointment(revokedOn: Fx.day(2026, 3, 2))])
        #expect(run.refusal(action, by: Fx.deputy2)?.rule == .roleRequired)
        run.context.organization = DFx.org([], grants: Fx.grants, appointments: [DFx.appointment()])
        #expect(run.refusal(action, by: Fx.deputy2)?.rule == .roleRequired)
    }

    /// Never on the officer in charge's own proposal.
    @Test func theOfficerInChargeNeverActsOnTheirOwnProposal() throws {
        var run = try Run.voted(by: Fx.deputy2)
        run.context.organization = DFx.org([], grants: DFx.vacantGrants, appointments: [DFx.appointment()])
        let decide = Action.decide(kind: .approve, number: "45/QĐ-VHXH", reasons: "Theo biểu quyết", responsibilityStatement: "")
        #expect(run.refusal(decide, by: Fx.deputy2)?.rule == .ownProposal)
    }

    @Test func onlyTheSuperiorHeadAppointsToAVacantPost() throws {
        let vacant = DFx.org([], grants: DFx.vacantGrants)
        func attempt(_ officer: String, by login: String, in org: Organization = vacant, unit: String = "VHXH",
                     number: String = "12/QĐ-UBND") -> Result<Appointment, Refusal> {
            Delegations.appoint(officer, to: unit, number: number, date: Fx.day(2026, 2, 27), by: Actor(login: login), in: org)
        }
        #expect(try attempt(Fx.deputy2, by: Fx.chair).get().appointedBy == Fx.chair)
        #expect(attempt(Fx.deputy2, by: Fx.chair, in: Fx.org).failureRule == .postNotVacant)
        for login in [Fx.viceChair1, Fx.ktHead, Fx.deputy1, Fx.admin] {
            #expect(attempt(Fx.deputy2, by: login).failureRule == .roleRequired, "\(login)")
        }
        #expect(attempt(Fx.ktStaff, by: Fx.chair).failureRule == .appointeeNotInUnit)
        #expect(attempt(Fx.viceChair1, by: Fx.chair).failureRule == .appointeeNotInUnit)
        #expect(attempt(Fx.deputy2, by: Fx.chair, unit: "NOPE").failureRule == .unknownUnit)
        #expect(attempt(Fx.deputy2, by: Fx.chair, number: "").failureRule == .delegationNumber)
        // The root has no superior: nobody appoints there.
        #expect(attempt(Fx.viceChair1, by: Fx.chair, unit: "UBND").failureRule == .roleRequired)
        let appointed = DFx.org([], grants: DFx.vacantGrants, appointments: [DFx.appointment()])
        #expect(attempt(Fx.deputy1, by: Fx.chair, in: appointed, number: "13/QĐ").failureRule == .appointmentInForce)
        let revoked = try Delegations.revoke(DFx.appointment(), on: Fx.day(2026, 3, 3), by: Actor(login: Fx.chair), in: appointed).get()
        #expect(Delegations.revoke(revoked, on: Fx.day(2026, 3, 3), by: Actor(login: Fx.chair), in: appointed).failureRule == .alreadyRevoked)
        #expect(Delegations.revoke(DFx.appointment(), on: Fx.day(2026, 3, 3), by: Actor(login: Fx.deputy2), in: appointed).failureRule == .roleRequired)
    }

    /// The status line's question: in force today, for the deputy named, while the posts stand.
    @Test func delegationsInForceForTheStatusLine() {
        let org = DFx.org([DFx.delegation(), DFx.delegation("06/UQ", to: Fx.deputy2, revokedOn: Fx.day(2026, 3, 1))])
        #expect(org.delegationsInForce(heldBy: Fx.deputy1, on: Fx.day(2026, 3, 2)).map(\.number) == ["05/UQ-VHXH"])
        #expect(org.delegationsInForce(heldBy: Fx.deputy1, on: Fx.day(2027, 1, 1)).isEmpty)
        #expect(org.delegationsInForce(heldBy: Fx.deputy2, on: Fx.day(2026, 3, 2)).isEmpty)
    }
}

extension Result {
    var isSuccess: Bool { if case .success = self { true } else { false } }
}

extension Result where Failure == Refusal {
    var failureRule: Rule? { if case .failure(let refusal) = self { refusal.rule } else { nil } }
}
