import Procedure

/// The dossier form (kế hoạch đề xuất, Decree 73 art. 7(2)): the eight contents, the
/// title, field, legal basis, up to five targets and the proposer's self-check.
///
/// A draft may be saved incomplete (only the title is required); a notice at the top
/// counts what submission will still ask for.
extension FormFactory {
    /// How many targets the form offers.
    static let targetSlots = 5

    static func dossier(_ d: Dossier, title: Localized, context: FormContext) -> FormState {
        let checklist = context.settings.checklist
        var fields: [FormField] = [
            .line("title", DossierItem.title.label, d.title, required: true),
            .choice("field", Localized(vi: "Lĩnh vực", en: "Field"), ChoiceOption.all(ProposalField.allCases, label: \.label),
                    selected: d.field.rawValue),
            .choice("legalBasis", Localized(vi: "Căn cứ pháp lý", en: "Legal basis"),
                    ChoiceOption.all(LegalBasis.allCases, label: \.label), selected: d.legalBasis.rawValue),
            .area("necessity", Localized(vi: "1. " + DossierItem.necessity.label.vi, en: "1. " + DossierItem.necessity.label.en), d.necessity),
            .area("bottleneck", Localized(vi: "1. " + DossierItem.bottleneck.label.vi, en: "1. " + DossierItem.bottleneck.label.en), d.bottleneck),
            .area("content", Localized(vi: "2. " + DossierItem.content.label.vi, en: "2. " + DossierItem.content.label.en), d.content),
            .area("scope", Localized(vi: "3. " + DossierItem.scope.label.vi, en: "3. " + DossierItem.scope.label.en), d.scope),
            .area("implementers", Localized(vi: "3. " + DossierItem.implementers.label.vi, en: "3. " + DossierItem.implementers.label.en), d.implementers),
            .date("startDate", Localized(vi: "4. " + DossierItem.startDate.label.vi, en: "4. " + DossierItem.startDate.label.en), d.startDate),
            .date("endDate", Localized(vi: "4. " + DossierItem.endDate.label.vi, en: "4. " + DossierItem.endDate.label.en), d.endDate),
            .area("people", Localized(vi: "5. " + DossierItem.people.label.vi, en: "5. " + DossierItem.people.label.en), d.resources.people),
            .amount("funding", Localized(vi: "5. " + DossierItem.funding.label.vi, en: "5. " + DossierItem.funding.label.en),
                    d.resources.fundingVND, unit: .dong),
            .area("equipment", Localized(vi: "5. " + DossierItem.equipment.label.vi, en: "5. " + DossierItem.equipment.label.en), d.resources.equipment),
            .area("feasibility", Localized(vi: "6. " + DossierItem.feasibility.label.vi, en: "6. " + DossierItem.feasibility.label.en), d.feasibility),
            .area("positiveImpact", Localized(vi: "7. " + DossierItem.positiveImpact.label.vi, en: "7. " + DossierItem.positiveImpact.label.en), d.positiveImpact),
            .area("negativeImpact", Localized(vi: "7. " + DossierItem.negativeImpact.label.vi + " (có thể ghi “không có”)",
                                              en: "7. " + DossierItem.negativeImpact.label.en + " (may say “none”)"), d.negativeImpact),
            .area("expectedEffect", Localized(vi: "8. " + DossierItem.expectedEffect.label.vi, en: "8. " + DossierItem.expectedEffect.label.en), d.expectedEffect),
        ]
        for slot in 0..<targetSlots {
            let target = d.targets.indices.contains(slot) ? d.targets[slot] : nil
            fields.append(.line("target.\(slot).description",
                                Localized(vi: "8. Chỉ tiêu \(slot + 1): nội dung", en: "8. Target \(slot + 1): what"), target?.description ?? ""))
            fields.append(.line("target.\(slot).measure",
                                Localized(vi: "8. Chỉ tiêu \(slot + 1): cách đo", en: "8. Target \(slot + 1): how it is measured"), target?.measure ?? ""))
        }
        fields.append(.note("selfCheck", Localized(
            vi: DossierItem.selfCheck.label.vi + " (Nghị định 73/2023, Điều 5 khoản 1 và Điều 4 khoản 2)",
            en: DossierItem.selfCheck.label.en + " (Decree 73/2023, art. 5(1) and 4(2))")))
        for item in checklist.items {
            fields.append(.checklistRow("self.\(item.id)", item: item,
                                        answer: d.selfCheck.last { $0.itemID == item.id }, required: false))
        }
        let itemIDs = checklist.items.map(\.id)
        return FormState(
            title: title,
            submitLabel: FormText.save,
            fields: fields,
            notices: { values in
                let missing = dossierValue(values, itemIDs: itemIDs).missingItems(checklist: checklist)
                if missing.isEmpty {
                    return [FormNotice(text: Localized(vi: "Hồ sơ đủ nội dung để gửi", en: "The dossier is complete enough to submit"))]
                }
                return [FormNotice(text: Localized(
                    vi: "Lưu được khi chưa đủ; để gửi còn thiếu \(missing.count) nội dung (Điều 7 khoản 2 NĐ 73)",
                    en: "Can be saved incomplete; \(missing.count) contents still missing to submit (Decree 73 art. 7(2))"))]
            },
            check: { values in
                guard let start = values.day("startDate"), let end = values.day("endDate"), end < start else { return [] }
                return [FormIssue(fieldID: "endDate", message: Rule.dossierDates.message)]
            },
            refusalFields: [.dossierDates: ["endDate"]],
            build: { values in [.editDraft(dossier: dossierValue(values, itemIDs: itemIDs))] })
    }

    /// The dossier the values describe; empty target slots are left out.
    static func dossierValue(_ values: FormValues, itemIDs: [String]) -> Dossier {
        let targets = (0..<targetSlots).compactMap { slot -> Target? in
            let what = values.text("target.\(slot).description")
            let measure = values.text("target.\(slot).measure")
            return TextInput.isBlank(what) && TextInput.isBlank(measure) ? nil : Target(description: what, measure: measure)
        }
        return Dossier(
            title: values.text("title"),
            field: values.choice("field").flatMap(ProposalField.init(rawValue:)) ?? .other,
            legalBasis: values.choice("legalBasis").flatMap(LegalBasis.init(rawValue:)) ?? .decree73,
            necessity: values.text("necessity"), bottleneck: values.text("bottleneck"), content: values.text("content"),
            scope: values.text("scope"), implementers: values.text("implementers"),
            startDate: values.day("startDate"), endDate: values.day("endDate"),
            resources: ResourceNeeds(people: values.text("people"), fundingVND: values.amount("funding"),
                                     equipment: values.text("equipment")),
            feasibility: values.text("feasibility"), positiveImpact: values.text("positiveImpact"),
            negativeImpact: values.text("negativeImpact"), expectedEffect: values.text("expectedEffect"),
            targets: targets,
            selfCheck: itemIDs.compactMap { values.answer("self.\($0)") })
    }
}
