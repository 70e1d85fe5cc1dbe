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
            .choice("field", DeskText.dossierField, ChoiceOption.all(ProposalField.allCases, label: \.label),
                    selected: d.field.rawValue),
            .choice("legalBasis", DeskText.dossierLegalBasis,
                    ChoiceOption.all(LegalBasis.allCases, label: \.label), selected: d.legalBasis.rawValue),
            .area("necessity", DeskText.dossierItem(1, DossierItem.necessity.label), d.necessity),
            .area("bottleneck", DeskText.dossierItem(1, DossierItem.bottleneck.label), d.bottleneck),
            .area("content", DeskText.dossierItem(2, DossierItem.content.label), d.content),
            .area("scope", DeskText.dossierItem(3, DossierItem.scope.label), d.scope),
            .area("implementers", DeskText.dossierItem(3, DossierItem.implementers.label), d.implementers),
            .date("startDate", DeskText.dossierItem(4, DossierItem.startDate.label), d.startDate),
            .date("endDate", DeskText.dossierItem(4, DossierItem.endDate.label), d.endDate),
            .area("people", DeskText.dossierItem(5, DossierItem.people.label), d.resources.people),
            .amount("funding", DeskText.dossierItem(5, DossierItem.funding.label),
                    d.resources.fundingVND, unit: .dong),
            .area("equipment", DeskText.dossierItem(5, DossierItem.equipment.label), d.resources.equipment),
            .area("feasibility", DeskText.dossierItem(6, DossierItem.feasibility.label), d.feasibility),
            .area("positiveImpact", DeskText.dossierItem(7, DossierItem.positiveImpact.label), d.positiveImpact),
            .area("negativeImpact", DeskText.dossierItemMayBeNone(7, DossierItem.negativeImpact.label), d.negativeImpact),
            .area("expectedEffect", DeskText.dossierItem(8, DossierItem.expectedEffect.label), d.expectedEffect),
        ]
        for slot in 0..<targetSlots {
            let target = d.targets.indices.contains(slot) ? d.targets[slot] : nil
            fields.append(.line("target.\(slot).description",
                                DeskText.dossierTargetWhat(slot + 1), target?.description ?? ""))
            fields.append(.line("target.\(slot).measure",
                                DeskText.dossierTargetMeasure(slot + 1), target?.measure ?? ""))
        }
        fields.append(.note("selfCheck", DeskText.dossierSelfCheck(DossierItem.selfCheck.label)))
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
                    return [FormNotice(text: DeskText.dossierComplete)]
                }
                return [FormNotice(text: DeskText.dossierIncomplete(missing.count))]
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
