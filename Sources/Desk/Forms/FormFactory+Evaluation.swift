import Procedure

/// The forms after the report (steps 9–11): the evaluation of §3.4 with the consequence
/// of §3.5 shown live, the conclusion, and the measures that fit it.
extension FormFactory {
    /// The collective evaluation (§7.3): the side-by-side view of the members' forms on top,
    /// the form pre-filled from their majority, and a reason field under each finding for
    /// where the chair departs from the majority.
    static func evaluate(_ p: Proposal, context: FormContext) -> FormState {
        let majority = p.memberMajority(in: context.organization)
        let comparison = EvaluationComparison(p, in: context.organization)
        return evaluationState(p, kind: .evaluate, initial: p.collectiveDraft(in: context.organization),
                               header: comparison.noteFields(), majority: majority) { form in [.evaluate(form: form)] }
    }

    /// A member's own evaluation form (§7.3): the same fields, pre-filled with the member's
    /// latest form when they amend it.
    static func memberEvaluation(_ p: Proposal, context: FormContext) -> FormState {
        let mine = p.memberEvaluation(of: context.officer)?.form
        return evaluationState(p, kind: .memberEvaluation, initial: mine.map(EvaluationForm.init(filed:)),
                               header: [], majority: nil) { form in [.memberEvaluation(form: form)] }
    }

    static func evaluationState(_ p: Proposal, kind: ActionKind, initial: EvaluationForm?, header: [FormField],
                                majority: MemberMajority?, action: @escaping @Sendable (EvaluationForm) -> [Action]) -> FormState {
        let damage = FieldCondition.toggleOn("damage")
        var fields: [FormField] = header + [
            .choice("outcome", DeskText.evaluationOutcome, ChoiceOption.all(Outcome.allCases, label: \.label),
                    selected: initial?.outcome.rawValue),
            .toggle("damage", DeskText.evaluationDamage, initial?.damage ?? false),
            .area("damageDescription", DeskText.evaluationDamageDescription, initial?.damageDescription ?? "", required: true, when: damage),
            .amount("damageEstimate", DeskText.evaluationDamageEstimate, initial?.damageEstimateVND, unit: .dong,
                    required: true, when: damage),
        ]
        for finding in FindingKind.allCases {
            let given = initial?.findings.first { $0.kind == finding }
            fields.append(.choice("finding.\(finding.rawValue)", finding.label, [
                ChoiceOption(id: yesID, label: FormText.yes), ChoiceOption(id: noID, label: FormText.no),
            ], selected: given.map { $0.holds ? yesID : noID }))
            fields.append(.line("finding.\(finding.rawValue).reason", DeskText.reason, given?.reason ?? "", required: true))
            if let expected = majority?.finding(finding) {
                // Shown only where the chair's answer departs from the majority's.
                fields.append(.line("finding.\(finding.rawValue).departure", DeskText.departureReason,
                                    when: .choice("finding.\(finding.rawValue)", is: expected ? noID : yesID)))
            }
        }
        fields += [
            .toggle("abuse", DeskText.evaluationAbuse, initial?.abuseFound ?? false),
            .area("objectiveCauses", DeskText.evaluationObjectiveCauses, initial?.objectiveCauses ?? "", required: true),
            .area("subjectiveCauses", DeskText.evaluationSubjectiveCauses, initial?.subjectiveCauses ?? "", required: true),
        ]
        fields += targetResultFields(p.dossier.targets, previous: initial?.results ?? p.report?.results ?? [])
        let count = p.dossier.targets.count
        return FormState(
            title: heading(kind, p),
            fields: fields,
            notices: { values in [consequenceNotice(values)] },
            check: { values in
                values.toggle("damage") && (values.amount("damageEstimate") ?? 0) <= 0
                    ? [FormIssue(fieldID: "damageEstimate", message: Rule.damageEstimate.message)] : []
            },
            refusalFields: [
                .causesRequired: ["objectiveCauses", "subjectiveCauses"],
                .damageEstimate: ["damageDescription", "damageEstimate"],
                .targetResults: (0..<count).map { "result.\($0).text" },
                .evaluationIncomplete: FindingKind.allCases.map { "finding.\($0.rawValue).reason" },
                .departureReason: FindingKind.allCases.map { "finding.\($0.rawValue).departure" },
            ],
            build: { values in
                var form = evaluationForm(values, targets: count)
                // A reason typed under a finding, then the answer turned back to the majority's
                // (its field hidden again): no departure, nothing to keep.
                form.findings = form.findings.map { finding in
                    var kept = finding
                    if majority?.finding(finding.kind) == nil || majority?.finding(finding.kind) == finding.holds { kept.departureReason = nil }
                    return kept
                }
                return action(form)
            })
    }

    static func evaluationForm(_ values: FormValues, targets: Int) -> EvaluationForm {
        let damage = values.toggle("damage")
        return EvaluationForm(
            outcome: values.choice("outcome").flatMap(Outcome.init(rawValue:)) ?? .notCompleted,
            damage: damage,
            damageDescription: damage ? values.text("damageDescription") : "",
            damageEstimateVND: damage ? values.amount("damageEstimate") : nil,
            findings: FindingKind.allCases.map {
                Finding(kind: $0, holds: values.choice("finding.\($0.rawValue)") == yesID,
                        reason: values.text("finding.\($0.rawValue).reason"),
                        departureReason: departure(values, $0))
            },
            abuseFound: values.toggle("abuse"),
            objectiveCauses: values.text("objectiveCauses"), subjectiveCauses: values.text("subjectiveCauses"),
            results: targetResults(values, count: targets))
    }

    /// The departure reason typed for a finding, nil when its field is absent or empty.
    static func departure(_ values: FormValues, _ kind: FindingKind) -> String? {
        let text = values.text("finding.\(kind.rawValue).departure")
        return TextInput.isBlank(text) ? nil : text
    }

    /// What §3.5 proposes for the values so far, or nil while an answer it depends on is missing.
    static func proposedConsequence(_ values: FormValues) -> Consequence? {
        let findings = FindingKind.allCases.map { values.choice("finding.\($0.rawValue)") }
        let outcome = values.choice("outcome").flatMap(Outcome.init(rawValue:))
        let anyNo = findings.contains(noID)
        if !values.toggle("abuse") && outcome != .completed && !anyNo && (outcome == nil || findings.contains(nil)) {
            return nil
        }
        let evaluation = Evaluation(
            outcome: outcome ?? .notCompleted, damage: values.toggle("damage"),
            findings: FindingKind.allCases.map { Finding(kind: $0, holds: values.choice("finding.\($0.rawValue)") == yesID, reason: "") },
            abuseFound: values.toggle("abuse"), objectiveCauses: "", subjectiveCauses: "", results: [],
            day: Day(year: 2000, month: 1, day: 1) ?? Day.inVietnam(.now))
        return Consequence(for: evaluation)
    }

    /// "Hệ quả đề xuất: Loại trừ trách nhiệm", recomputed on every key.
    static func consequenceNotice(_ values: FormValues) -> FormNotice {
        guard let consequence = proposedConsequence(values) else {
            return FormNotice(text: DeskText.evaluationConsequenceUnknown,
                              role: .noticeWarning)
        }
        return FormNotice(text: DeskText.evaluationConsequence(consequence.label), role: .noticeWarning)
    }

    static func conclude(_ p: Proposal) -> FormState {
        let consequence = p.evaluation?.consequence
        return FormState(
            title: heading(.conclude, p),
            fields: [
                .line("number", DeskText.conclusionNumber, help: DeskText.actNumberHelp),
                .area("text", DeskText.conclusionText, required: true),
            ],
            notices: { _ in
                consequence.map { [FormNotice(text: DeskText.conclusionConsequence($0.label))] } ?? []
            },
            refusalFields: [.decisionNumber: ["number"], .actNumberShape: ["number"], .actNumberTaken: ["number"],
                            .actNumberOrder: ["number"], .conclusionRequired: ["text"]],
            build: { values in [.conclude(number: values.text("number"), text: values.text("text"))] })
    }

    /// The measures that fit the concluded consequence; a second liability decision is not offered.
    static func measure(_ p: Proposal, context: FormContext) -> FormState? {
        guard let consequence = p.consequence(settings: context.settings) else { return nil }
        let decided = p.measures.contains { $0.kind.isLiabilityDecision }
        let allowed = consequence.allowedLiability.union(consequence.allowedEncouragement)
        let kinds = MeasureKind.allCases.filter { allowed.contains($0) && !(decided && $0.isLiabilityDecision) }
        guard !kinds.isEmpty else { return nil }
        return FormState(
            title: heading(.measure, p),
            fields: [
                .choice("kind", DeskText.measureKind, ChoiceOption.all(kinds, label: \.label)),
                .line("number", DeskText.decisionNumber, help: DeskText.actNumberHelp),
                .date("day", DeskText.measureDay, context.today, required: true),
                .line("decidedBy", DeskText.measureDecidedBy, required: true),
                .area("reason", DeskText.reason, required: true),
            ],
            notices: { _ in [FormNotice(text: DeskText.measureConsequence(consequence.label(for: context.organization.category(of: p.proposer))))] },
            refusalFields: [.measureNotAllowed: ["kind"], .decisionNumber: ["number", "decidedBy"], .actNumberShape: ["number"],
                            .actNumberTaken: ["number"], .actNumberOrder: ["number", "day"], .measureDayAhead: ["day"], .reasonRequired: ["reason"]],
            build: { values in
                [.measure(kind: values.choice("kind").flatMap(MeasureKind.init(rawValue:)) ?? kinds[0],
                          decisionNumber: values.text("number"), day: values.day("day") ?? context.today,
                          decidedBy: values.text("decidedBy"), reason: values.text("reason"))]
            })
    }
}
