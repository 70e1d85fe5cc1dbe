/// What the action menu offers: a step is offered when the workflow would accept it for
/// some valid input of its form, asked with everything recorded about the proposal (ballots
/// cast, checklists filled, opinions, the vote, the conclusion, measures, today against the
/// start date), not only with the role and the state.
///
/// It asks exactly what `Workflow.perform` asks, in the same order: `Permissions.check`
/// (role, state, on whose behalf), then the record-dependent `Preconditions` of the step.
/// The input checks are left out: the form is where the input is made valid.
extension Permissions {
    /// Nil when `actor` may take the step now with a valid input, else the workflow's own
    /// refusal. `actor.onBehalfOf` names the member or committee a clerk records for.
    public static func offered(_ kind: ActionKind, on proposal: Proposal, by actor: Actor, in org: Organization,
                               settings: ProcedureSettings, today: Day) -> Refusal? {
        if let refusal = check(kind, on: proposal, by: actor, in: org, today: today) { return refusal }
        return recordRefusal(kind, on: proposal, by: actor, in: org, settings: settings, today: today)
    }

    /// Every action with nil when it is offered, or the reason why not: the rows of the
    /// Desk's action menu for `login` (recording for `onBehalfOf` when given).
    public static func offered(on proposal: Proposal, for login: String, onBehalfOf: String? = nil, in org: Organization,
                               settings: ProcedureSettings, today: Day) -> [(ActionKind, Refusal?)] {
        let actor = Actor(login: login, onBehalfOf: onBehalfOf)
        return ActionKind.allCases.map { kind in
            (kind, offered(kind, on: proposal, by: actor, in: org, settings: settings, today: today))
        }
    }

    /// The record-dependent part, for a step whose role and state checks passed.
    private static func recordRefusal(_ kind: ActionKind, on p: Proposal, by actor: Actor, in org: Organization,
                                      settings: ProcedureSettings, today: Day) -> Refusal? {
        switch kind {
        case .editDraft, .withdraw, .receive, .outOfScope, .resource, .progress, .forward, .recordOutcome:
            // Only the input can be wrong.
            return nil
        case .submit:
            return Preconditions.submit(p, settings: settings)
        case .returnForCompletion:
            return Preconditions.returnForCompletion(p, settings: settings)
        case .partyOpinion:
            return Preconditions.partyOpinion(p)
        case .checklist, .ballot:
            // A member's own record may be amended until the decision (§7.2), which moves
            // the proposal out of the state these steps need. The ballot's form carries the
            // member's checklist and records it first, so a missing checklist
            // (`Preconditions.checklistComplete`) is input, not a reason. A member marked
            // absent at the meeting (§7.1) takes neither.
            return Preconditions.present(p, member: actor.voice)
        case .openMeeting:
            return Preconditions.openMeeting(MeetingStage.current(of: p) ?? .review, p)
        case .recordAttendance:
            return Preconditions.recordAttendance(MeetingStage.current(of: p) ?? .review, p, by: actor, in: org)
        case .decide:
            let tally = p.tally(in: org, settings: settings)
            let refusals = DecisionKind.allCases.map { Preconditions.decision($0, p, tally: tally, settings: settings) }
            if let refusal = Preconditions.quorum(.review, p, settings: settings) { return refusal }
            if refusals.contains(where: { $0 == nil }) { return nil }
            // A vote that passed lacks what approval needs; otherwise the vote is still open.
            return Preconditions.decision(tally.passed ? .approve : .reject, p, tally: tally, settings: settings)
        case .directive:
            return firstRefusalUnlessAny(DirectiveKind.allCases.map { Preconditions.directive($0, p) })
        case .report:
            return Preconditions.report(p, today: today)
        case .evaluate:
            return Preconditions.collectiveEvaluation(p, in: org, settings: settings)
                ?? Preconditions.quorum(.evaluation, p, settings: settings)
        case .memberEvaluation:
            // A member's own form may be amended until the collective evaluation (§7.2),
            // which moves the proposal out of `reported`; a member marked absent at the
            // evaluation meeting files none (§7.1).
            return Preconditions.present(p, member: actor.voice)
        case .conclude:
            return Preconditions.conclude(p, settings: settings)
        case .measure:
            // The liability decisions first: when none is left, that is the reason to show.
            let kinds = MeasureKind.allCases.filter(\.isLiabilityDecision) + MeasureKind.allCases.filter { !$0.isLiabilityDecision }
            let refusals = kinds.map { Preconditions.measure($0, p, settings: settings) }
            if refusals.contains(where: { $0 == nil }) { return nil }
            let allowedKind = p.consequence(settings: settings).flatMap { consequence in
                kinds.first { consequence.allowedLiability.contains($0) }
            }
            return Preconditions.measure(allowedKind ?? kinds[0], p, settings: settings)
        case .close:
            return Preconditions.close(p, settings: settings)
        }
    }

    /// Nil when any variant of the step is accepted, else the first variant's refusal.
    private static func firstRefusalUnlessAny(_ refusals: [Refusal?]) -> Refusal? {
        if refusals.contains(where: { $0 == nil }) { return nil }
        return refusals.first ?? nil
    }
}
