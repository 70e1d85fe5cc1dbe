/// The checks of each step that depend on what is already recorded about the proposal
/// (ballots, checklists, opinions, the vote, the conclusion, measures, the dates) and not
/// on what the person types. `Workflow.perform` calls them before checking the input, and
/// `Permissions.offered` calls the same functions to decide what the action menu offers,
/// so the menu and the workflow cannot disagree.
///
/// Each returns nil when the record allows the step, else the refusal the workflow gives.
public enum Preconditions {
    /// Step 1: the dossier holds every content of art. 7(2) and consistent dates. The
    /// submit step has no input: the record alone decides.
    public static func submit(_ p: Proposal, settings: ProcedureSettings) -> Refusal? {
        p.dossier.validateForSubmission(checklist: settings.checklist)
    }

    /// 1a (LOCAL): switched on in the settings, and no decision taken yet.
    public static func returnForCompletion(_ p: Proposal, settings: ProcedureSettings) -> Refusal? {
        if !settings.allowReturnForCompletion { return Refusal(.localRuleOff, detail: ActionKind.returnForCompletion.label) }
        if p.decision != nil { return Refusal(.wrongState) }
        return nil
    }

    /// The stage a Party opinion recorded now belongs to.
    public static func partyOpinionStage(_ p: Proposal) -> PartyOpinionStage {
        p.state == .reported ? .beforeEvaluation : .beforeApproval
    }

    /// Steps 2 and 7: one opinion of the Party committee per stage.
    public static func partyOpinion(_ p: Proposal) -> Refusal? {
        let stage = partyOpinionStage(p)
        if p.partyOpinion(stage) != nil { return Refusal(.partyOpinionAlreadyRecorded, detail: stage.label) }
        return nil
    }

    /// Step 3: the member's checklist is complete before the ballot. The Desk's ballot form
    /// carries the checklist and records it first, so this is what the form supplies, not
    /// a reason to withhold the ballot from the menu (see `Permissions.offered`).
    public static func checklistComplete(_ p: Proposal, member: String, settings: ProcedureSettings) -> Refusal? {
        guard let answers = p.checklists[member], settings.checklist.isComplete(answers) else {
            return Refusal(.checklistIncomplete, detail: member)
        }
        return nil
    }

    /// Step 4: what the record must hold for a decision of this kind (the Party opinion,
    /// the vote's result). The number, reasons and statement are checked afterwards.
    public static func decision(_ kind: DecisionKind, _ p: Proposal, tally: VoteTally, settings: ProcedureSettings) -> Refusal? {
        switch kind {
        case .approve, .override:
            guard let opinion = p.partyOpinion(.beforeApproval) else { return Refusal(.partyOpinionBeforeApproval) }
            if settings.partyDisagreementBlocksApproval && opinion.stance == .disagree { return Refusal(.partyDisagreed) }
            if kind == .approve {
                guard tally.passed else { return Refusal(.voteNotPassed, detail: tally.summary) }
            } else {
                if tally.passed { return Refusal(.wrongState, detail: DecisionKind.approve.label) }
                guard tally.failedForGood else { return Refusal(.voteOpen, detail: tally.summary) }
            }
        case .reject:
            if tally.passed { return Refusal(.voteNotFailed, detail: tally.summary) }
            guard tally.failedForGood else { return Refusal(.voteOpen, detail: tally.summary) }
        }
        return nil
    }

    /// Step 6: which directive fits which state of implementation.
    public static func directive(_ kind: DirectiveKind, _ p: Proposal) -> Refusal? {
        switch (kind, p.state) {
        case (.continue, .inProgress), (.suspend, .inProgress), (.resume, .suspended),
             (.terminate, .inProgress), (.terminate, .suspended):
            return nil
        default:
            return Refusal(.directiveState, detail: Localized(vi: kind.label.vi + " — " + p.state.label.vi,
                                                              en: kind.label.en + " — " + p.state.label.en))
        }
    }

    /// Step 7: results come after implementation has begun; a terminated one reports whenever.
    public static func report(_ p: Proposal, today: Day) -> Refusal? {
        if p.terminatedOn == nil, let start = p.dossier.startDate, today < start {
            return Refusal(.reportBeforeStart, detail: start.vietnamese)
        }
        return nil
    }

    /// Step 8: the Party committee's opinion before evaluation is recorded.
    public static func evaluate(_ p: Proposal) -> Refusal? {
        p.partyOpinion(.beforeEvaluation) == nil ? Refusal(.partyOpinionBeforeEvaluation) : nil
    }

    /// Step 9 (LOCAL): switched on, not issued yet, and an evaluation to conclude.
    public static func conclude(_ p: Proposal, settings: ProcedureSettings) -> Refusal? {
        if !settings.requireConclusion { return Refusal(.localRuleOff, detail: ActionKind.conclude.label) }
        if p.conclusion != nil { return Refusal(.wrongState, detail: ActionKind.conclude.label) }
        if p.evaluation == nil { return Refusal(.evaluationIncomplete) }
        return nil
    }

    /// Step 10: a measure of this kind fits the consequence, and a liability decision is
    /// recorded once.
    public static func measure(_ kind: MeasureKind, _ p: Proposal, settings: ProcedureSettings) -> Refusal? {
        guard let consequence = p.consequence(settings: settings) else { return Refusal(.conclusionRequired) }
        let allowed = consequence.allowedLiability.union(consequence.allowedEncouragement)
        guard allowed.contains(kind) else {
            return Refusal(.measureNotAllowed, detail: Localized(vi: kind.label.vi + " — " + consequence.label.vi,
                                                                 en: kind.label.en + " — " + consequence.label.en))
        }
        if kind.isLiabilityDecision && p.measures.contains(where: { $0.kind.isLiabilityDecision }) {
            return Refusal(.measureNotAllowed, detail: Localized(vi: "Đã có quyết định về trách nhiệm", en: "A liability decision is already recorded"))
        }
        return nil
    }

    /// Step 11: the conclusion (or, with it switched off, the evaluation) and a liability decision.
    public static func close(_ p: Proposal, settings: ProcedureSettings) -> Refusal? {
        if p.consequence(settings: settings) == nil { return Refusal(.conclusionRequired) }
        if !p.measures.contains(where: { $0.kind.isLiabilityDecision }) { return Refusal(.liabilityMissing) }
        return nil
    }
}
