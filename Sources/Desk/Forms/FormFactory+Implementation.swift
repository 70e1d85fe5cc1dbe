import Procedure

/// The forms of implementation (steps 5–7): resources, progress, directives, the report.
extension FormFactory {
    /// Prefilled with what the dossier asked for; "none needed" needs its reason.
    static func resource(_ p: Proposal) -> FormState {
        let asked = p.dossier.resources
        return FormState(
            title: heading(.resource, p),
            fields: [
                .amount("funding", Localized(vi: "Kinh phí bảo đảm", en: "Funding granted"), asked.fundingVND, unit: .dong),
                .area("staff", Localized(vi: "Nhân lực", en: "Staff"), asked.people),
                .area("equipment", Localized(vi: "Trang thiết bị", en: "Equipment"), asked.equipment),
                .area("reassignment", Localized(vi: "Điều chỉnh công việc của người đề xuất", en: "Work of the proposer reassigned")),
                .area("noneNeeded", Localized(vi: "Nếu không cần nguồn lực: lý do", en: "If nothing is needed: why")),
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
                .amount("percent", Localized(vi: "Tiến độ", en: "Progress"), Int64(p.latestProgress), unit: .percent,
                        maximum: 100, required: true),
                .area("note", Localized(vi: "Ghi chú tiến độ", en: "Progress note"), required: true),
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
                .choice("kind", Localized(vi: "Chỉ đạo", en: "Directive"), ChoiceOption.all(kinds, label: \.label)),
                .area("reason", Localized(vi: "Lý do", en: "Reason"), required: true),
            ],
            refusalFields: [.directiveState: ["kind"], .reasonRequired: ["reason"]],
            build: { values in
                [.directive(kind: values.choice("kind").flatMap(DirectiveKind.init(rawValue:)) ?? .continue,
                            reason: values.text("reason"))]
            })
    }

    /// The report against every target of the dossier (step 7).
    static func report(_ p: Proposal) -> FormState {
        var fields: [FormField] = [.area("summary", Localized(vi: "Báo cáo kết quả", en: "Report"), required: true)]
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
                .note("result.\(index).target", Localized(
                    vi: "Chỉ tiêu \(index + 1): \(target.description) — \(target.measure)",
                    en: "Target \(index + 1): \(target.description) — \(target.measure)")),
                .toggle("result.\(index).achieved", Localized(vi: "Đạt chỉ tiêu \(index + 1)", en: "Target \(index + 1) achieved"),
                        earlier?.achieved ?? false,
                        on: Localized(vi: "Đạt", en: "Achieved"), off: Localized(vi: "Không đạt", en: "Not achieved")),
                .area("result.\(index).text", Localized(vi: "Kết quả chỉ tiêu \(index + 1)", en: "Result for target \(index + 1)"),
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
