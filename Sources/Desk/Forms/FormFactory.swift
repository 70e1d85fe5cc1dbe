import Procedure

/// Builds the form for each step of the procedure from what the application knows
/// (``FormContext``): the fields with their labels in both languages, what is prefilled,
/// which refusal goes next to which field, and the ``Action``s valid values make.
///
/// ```swift
/// if var form = FormFactory.form(for: .ballot, context: context) { … }
/// ```
/// `submit` and `close` have no form (the application asks y/N), and neither has a step
/// that needs a proposal when there is none.
public enum FormFactory {
    /// The form for `kind`, or nil when the step has no form or the context does not fit it.
    public static func form(for kind: ActionKind, context: FormContext) -> FormState? {
        guard let proposal = context.proposal else {
            return kind == .editDraft ? newDossier(context: context) : nil
        }
        switch kind {
        case .submit, .close: return nil
        case .editDraft: return dossier(proposal.dossier, title: heading(kind, proposal), context: context)
        case .receive: return receive(proposal)
        case .returnForCompletion: return returnForCompletion(proposal)
        case .outOfScope: return outOfScope(proposal)
        case .withdraw: return withdraw(proposal)
        case .partyOpinion: return partyOpinion(proposal, context: context)
        case .checklist: return ballot(proposal, context: context, withVote: false)
        case .ballot: return ballot(proposal, context: context, withVote: true)
        case .decide: return decide(proposal, context: context)
        case .resource: return resource(proposal)
        case .progress: return progress(proposal)
        case .directive: return directive(proposal)
        case .report: return report(proposal)
        case .evaluate: return evaluate(proposal, context: context)
        case .conclude: return conclude(proposal)
        case .measure: return measure(proposal, context: context)
        case .forward: return forward(proposal, context: context)
        case .recordOutcome: return recordOutcome(proposal, context: context)
        case .memberEvaluation: return memberEvaluation(proposal, context: context)
        case .openMeeting: return openMeeting(proposal, context: context)
        case .recordAttendance: return recordAttendance(proposal, context: context)
        }
    }

    /// The form for a new proposal; its submit gives `[.editDraft(dossier:)]`, which the
    /// application turns into the creation of a draft.
    public static func newDossier(context: FormContext) -> FormState {
        dossier(Dossier(), title: DeskText.newProposalTitle, context: context)
    }

    /// "Biểu quyết — 2026-001: Số hóa sổ hộ tịch".
    static func heading(_ kind: ActionKind, _ proposal: Proposal) -> Localized {
        DeskText.stepFormTitle(kind.label, proposal.id, proposal.title)
    }

    /// The option ids of a yes/no choice.
    static let yesID = "yes"
    static let noID = "no"
}
