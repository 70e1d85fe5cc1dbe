import Procedure

/// The forms of the review (steps 2–4): the Party opinion, each member's checklist and
/// ballot, and the head's decision.
extension FormFactory {
    static func partyOpinion(_ p: Proposal, context: FormContext) -> FormState {
        let stage: PartyOpinionStage = p.state == .reported ? .beforeEvaluation : .beforeApproval
        return FormState(
            title: heading(.partyOpinion, p),
            fields: [
                .choice("stance", DeskText.partyStance, ChoiceOption.all(PartyStance.allCases, label: \.label)),
                .area("text", DeskText.partyOpinionText, required: true),
                .line("committee", DeskText.partyCommittee, committeeName(context.organization, unitID: p.reviewingUnitID)),
            ],
            notices: { _ in [FormNotice(text: stage.label)] },
            refusalFields: [.reasonRequired: ["text"], .partyOpinionAlreadyRecorded: []],
            build: { values in
                [.partyOpinion(stance: values.choice("stance").flatMap(PartyStance.init(rawValue:)) ?? .agree,
                               text: values.text("text"), committee: values.text("committee"))]
            })
    }

    /// The reviewing unit's own committee (`Unit.partyCommittee`, or its derived default):
    /// "Đảng ủy phường Uông Bí" for the People's Committee, "Chi bộ …" for an office or school.
    static func committeeName(_ organization: Organization, unitID: String) -> String {
        let own = organization.partyCommittee(of: unitID)
        return own.isEmpty ? committeeName(organization) : own
    }

    /// "Đảng ủy phường Uông Bí" from "Ủy ban nhân dân phường Uông Bí" (or "UBND phường …").
    static func committeeName(_ organization: Organization) -> String {
        guard let root = organization.units.values.filter({ $0.parentID == nil }).min(by: { $0.id < $1.id }) else { return "" }
        var name = root.name
        for prefix in DeskText.peoplesCommitteePrefixes where name.hasPrefix(prefix) {
            name = String(name.dropFirst(prefix.count))
            break
        }
        return DeskText.partyCommitteeName(name)
    }

    /// The review checklist of every item, then (for a ballot) Đồng ý / Không đồng ý and a comment.
    static func ballot(_ p: Proposal, context: FormContext, withVote: Bool) -> FormState {
        let items = context.settings.checklist.items
        let earlier = p.checklists[context.officer] ?? []
        var fields: [FormField] = items.map { item in
            .checklistRow("check.\(item.id)", item: item, answer: earlier.last { $0.itemID == item.id }, required: true)
        }
        if withVote {
            fields.append(.choice("vote", DeskText.ballotVote, [
                ChoiceOption(id: yesID, label: DeskText.ballotInFavour),
                ChoiceOption(id: noID, label: DeskText.ballotAgainst),
            ]))
            fields.append(.area("comment", DeskText.ballotComment))
        }
        let ids = items.map { "check.\($0.id)" }
        return FormState(
            title: heading(withVote ? .ballot : .checklist, p),
            fields: fields,
            refusalFields: [.checklistIncomplete: ids],
            build: { values in
                let answers = ids.compactMap { values.answer($0) }
                guard withVote else { return [.checklist(answers: answers)] }
                return [.checklist(answers: answers),
                        .ballot(inFavour: values.choice("vote") == yesID, comment: values.text("comment"))]
            })
    }

    /// The head's decision, with the tally read-only at the top; the statement of personal
    /// responsibility is asked only for an override.
    static func decide(_ p: Proposal, context: FormContext) -> FormState {
        let tally = p.tally(in: context.organization, settings: context.settings)
        let verdict = tally.passed
            ? DeskText.votePassed
            : (tally.failedForGood ? DeskText.voteFailed
                                   : DeskText.voteUndecided)
        let notice = FormNotice(text: DeskText.voteNotice(verdict, tally.summary))
        let needsReasons = context.settings.rejectionNeedsReasons
        let override = FieldCondition.choice("kind", is: DecisionKind.override.rawValue)
        return FormState(
            title: heading(.decide, p),
            fields: [
                .choice("kind", DeskText.decisionKind, ChoiceOption.all(DecisionKind.allCases, label: \.label),
                        required: true),
                .line("number", DeskText.decisionNumber, help: DeskText.actNumberHelp),
                .area("reasons", DeskText.reasons)
                    .required(when: needsReasons ? .choice("kind", is: DecisionKind.reject.rawValue) : nil),
                .area("responsibility", DeskText.decisionResponsibility,
                      required: true, when: override),
            ],
            notices: { _ in [notice] },
            check: { values in
                var issues: [FormIssue] = []
                let kind = values.choice("kind").flatMap(DecisionKind.init(rawValue:))
                if kind == .reject && needsReasons && values.isBlank("reasons") {
                    issues.append(FormIssue(fieldID: "reasons", message: Rule.reasonRequired.message))
                }
                return issues
            },
            refusalFields: [.decisionNumber: ["number"], .actNumberShape: ["number"], .actNumberTaken: ["number"],
                            .actNumberOrder: ["number"], .overrideStatement: ["responsibility"], .reasonRequired: ["reasons"]],
            build: { values in
                [.decide(kind: values.choice("kind").flatMap(DecisionKind.init(rawValue:)) ?? .reject,
                         number: values.text("number"), reasons: values.text("reasons"),
                         responsibilityStatement: values.text("responsibility"))]
            })
    }
}
