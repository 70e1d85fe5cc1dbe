import Procedure

/// The forms of implementation (steps 5–7): resources, progress, directives, the report.
extension FormFactory {
    /// Prefilled with what the dossier asked for; "none needed" needs its reason.
    static func resource(_ p: Proposal) -> FormState {
        let asked = p.dossier.resources
        return FormState(
            title: heading(.resource, p),
            fields: [
                .amount("funding", DeskText.fundingGranted, asked.fundingVND, unit: .dong),
                .area("staff", DeskText.resourcesStaff, asked.people),
                .area("equipment", DeskText.resourcesEquipment, asked.equipment),
                .area("reassignment", DeskText.resourcesReassignment),
                .area("noneNeeded", DeskText.resourcesNoneNeeded),
            ],
            check: { values in
                let grants = (values.amount("funding") ?? 0) > 0 || !values.isBlank("staff") || !values.isBlank("equipment")
                return grants || !values.isBlank("noneNeeded") ? []
                    : [FormIssue(fieldID: "noneNeeded", message: Rule.resourcesRequired.message)]
            },
            refusalFields: [.resourcesRequired: ["noneNeeded"]],
            build: { values in
                [.resource(fundingVND: values.amount("funding") ?? 0, staff: values.text("staff"),
                           equipment: values.text("equipment"), reassignment: values.text("reassignment"),
                           noneNeededReason: values.text("noneNeeded"))]
            })
    }

    static func progress(_ p: Proposal) -> FormState {
        FormState(
            title: heading(.progress, p),
            fields: [
                .amount("percent", DeskText.progressPercent, Int64(p.latestProgress), unit: .percent,
                        maximum: 100, required: true),
                .area("note", DeskText.progressNote, required: true),
            ],
            refusalFields: [.percentRange: ["percent"], .reasonRequired: ["note"]],
            build: { values in
                [.progress(percent: Int(values.amount("percent") ?? 0), note: values.text("note"))]
            })
    }

    /// The directives that fit the proposal's state (art. 6(4)); nil when none does.
    static func directive(_ p: Proposal) -> FormState? {
        let kinds: [DirectiveKind] = switch p.state {
        case .inProgress: [.continue, .suspend, .terminate]
        case .suspended: [.resume, .terminate]
        default: []
        }
        guard !kinds.isEmpty else { return nil }
        return FormState(
            title: heading(.directive, p),
            fields: [
                .choice("kind", DeskText.directiveKind, ChoiceOption.all(kinds, label: \.label)),
                .area("reason", DeskText.reason, required: true),
            ],
            refusalFields: [.directiveState: ["kind"], .reasonRequired: ["reason"]],
            build: { values in
                [.directive(kind: values.choice("kind").flatMap(DirectiveKind.init(rawValue:)) ?? .continue,
                            reason: values.text("reason"))]
            })
    }

    /// The report against every target of the dossier (step 7).
    static func report(_ p: Proposal) -> FormState {
        var fields: [FormField] = [.area("summary", DeskText.reportSummary, required: true)]
        fields += targetResultFields(p.dossier.targets, previous: [])
        let count = p.dossier.targets.count
        return FormState(
            title: heading(.report, p),
            fields: fields,
            refusalFields: [.reportTargets: ["summary"] + (0..<count).map { "result.\($0).text" }],
            build: { values in [.report(summary: values.text("summary"), results: targetResults(values, count: count))] })
    }

    /// For each target: what it was (read-only), achieved or not, and the result.
    static func targetResultFields(_ targets: [Target], previous: [TargetResult]) -> [FormField] {
        targets.enumerated().flatMap { index, target -> [FormField] in
            let earlier = previous.last { $0.target == index }
            return [
                .note("result.\(index).target", DeskText.reportTarget(index + 1, target.description, target.measure)),
                .toggle("result.\(index).achieved", DeskText.reportTargetAchieved(index + 1),
                        earlier?.achieved ?? false,
                        on: DeskText.targetAchieved, off: DeskText.targetNotAchieved),
                .area("result.\(index).text", DeskText.reportTargetResult(index + 1),
                      earlier?.result ?? "", required: true),
            ]
        }
    }

    static func targetResults(_ values: FormValues, count: Int) -> [TargetResult] {
        (0..<count).map {
            TargetResult(target: $0, achieved: values.toggle("result.\($0).achieved"), result: values.text("result.\($0).text"))
        }
    }
}
