import Procedure

/// What `import --check` prints for each row: every field the import would record, as it
/// would be recorded (after the checks of the domain), so that a clerk compares it with
/// the paper before writing anything. Each line goes through `say`, which sanitises it.
enum ImportListing {
    static func lines(_ p: Proposal, recorder: String, organization org: Organization, language lang: Language) -> [String] {
        let d = p.dossier
        var lines: [String] = []
        let empty = CLIText.importEmptyField[lang]
        func officer(_ login: String) -> String {
            org.officer(login).map { "\($0.name) (\(login))" } ?? login
        }
        func unit(_ id: String) -> String {
            org.unit(id).map { "\($0.name) (\(id))" } ?? id
        }
        func add(_ label: Localized, _ value: String) {
            let text = TextInput.isBlank(value) ? empty : value
            let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
            lines.append("  \(label[lang]): \(parts.first ?? "")")
            for part in parts.dropFirst() { lines.append("      \(part)") }
        }
        func add(_ item: DossierItem, _ value: String) { add(item.label, value) }
        add(CLIText.importProposer, officer(p.proposer))
        add(CLIText.importProposerUnit, unit(p.unitID))
        add(CLIText.importReviewingUnit, unit(p.reviewingUnitID))
        add(CLIText.importRecordedBy, officer(recorder))
        add(.title, d.title)
        add(CLIText.importField, "\(d.field.label[lang]) [\(d.field.rawValue)]")
        add(CLIText.importLegalBasis, "\(d.legalBasis.label[lang]) [\(d.legalBasis.rawValue)]")
        add(.necessity, d.necessity)
        add(.bottleneck, d.bottleneck)
        add(.content, d.content)
        add(.scope, d.scope)
        add(.implementers, d.implementers)
        add(.startDate, d.startDate?.vietnamese ?? "")
        add(.endDate, d.endDate?.vietnamese ?? "")
        add(.people, d.resources.people)
        add(CLIText.importFunding, d.resources.fundingVND.map(MoneyAmount.format) ?? "")
        add(.equipment, d.resources.equipment)
        add(.feasibility, d.feasibility)
        add(.positiveImpact, d.positiveImpact)
        add(.negativeImpact, d.negativeImpact)
        add(.expectedEffect, d.expectedEffect)
        if d.targets.isEmpty { add(.targets, "") }
        for (index, target) in d.targets.enumerated() {
            add(CLIText.importTarget(index + 1), "\(target.description) — \(target.measure)")
        }
        if d.selfCheck.isEmpty { add(.selfCheck, "") }
        for answer in d.selfCheck {
            let comment = answer.comment.isEmpty ? "" : " — \(answer.comment)"
            add(CLIText.importSelfCheckItem(answer.itemID), answer.verdict.label[lang] + comment)
        }
        return lines
    }
}
