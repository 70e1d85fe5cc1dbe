import Procedure

/// A form of the boards of points 1 and 4, and what it records.
public enum OversightFormKind: Sendable, Equatable {
    /// "Tôi đã đọc và nắm được nội dung".
    case acknowledge(textID: String)
    case briefing
    case inspection
    case followUp(inspectionID: String)
    case fileDifficulty
    case answer(reportID: String)
    case escalate(reportID: String)
    case resolve(reportID: String)
}

/// What the forms of points 1 and 4 are built from.
public struct OversightFormContext: Sendable {
    public var organization: Organization
    public var records: OversightRecords
    public var officer: String
    public var today: Day
    /// The units the officer may pick (those he acts for).
    public var units: [String]

    public init(organization: Organization, records: OversightRecords, officer: String, today: Day, units: [String]) {
        self.organization = organization
        self.records = records
        self.officer = officer
        self.today = today
        self.units = units
    }
}

/// The forms of points 1 and 4. They use the same machinery as the proposal's steps
/// (fields, checks, C-s); their values are read by the board, which asks the ledger.
/// Their `build` makes no proposal ``Action``.
extension FormFactory {
    public static func oversight(_ kind: OversightFormKind, context c: OversightFormContext) -> FormState {
        switch kind {
        case .acknowledge(let id): acknowledge(c.records.library.first { $0.id == id }, id: id)
        case .briefing: briefing(c)
        case .inspection: inspection(c)
        case .followUp(let id): followUp(c.records.inspections[id], id: id)
        case .fileDifficulty: fileDifficulty(c)
        case .answer(let id): reply(c.records.difficulties[id], id: id, kind: kind)
        case .escalate(let id): escalate(c.records.difficulties[id], id: id, today: c.today)
        case .resolve(let id): reply(c.records.difficulties[id], id: id, kind: kind)
        }
    }

    static func unitOptions(_ ids: [String], _ org: Organization) -> [ChoiceOption] {
        ids.map { id in
            let name = org.unit(id)?.name ?? id
            return ChoiceOption(id: id, label: DeskText.unitOption(id, name))
        }
    }

    static func acknowledge(_ text: LegalText?, id: String) -> FormState {
        let number = text?.number ?? id
        return FormState(
            title: DeskText.acknowledgeTitle(number),
            submitLabel: DeskText.acknowledgeSubmit,
            fields: [
                .note("title", Localized(vi: text?.title ?? id, en: text?.title ?? id)),
                .note("summary", text?.summary ?? DeskText.noText),
                .toggle("confirm", AcknowledgementStatement.text, false,
                        on: DeskText.acknowledgeConfirmed, off: DeskText.acknowledgeNotConfirmed),
            ],
            check: { values in
                values.toggle("confirm") ? [] : [FormIssue(fieldID: "confirm", message: DeskText.acknowledgeTickIt)]
            },
            build: { _ in [] })
    }

    static func briefing(_ c: OversightFormContext) -> FormState {
        var fields: [FormField] = [
            .choice("unit", DeskText.briefingUnit, unitOptions(c.units, c.organization), selected: c.units.first),
            .date("day", DeskText.briefingDay, c.today, required: true),
            .line("presenter", DeskText.briefingPresenter, required: true),
            .note("textsHeading", DeskText.briefingTextsHeading),
        ]
        for text in c.records.library {
            fields.append(.toggle("text." + text.id, Localized(vi: text.number, en: text.number)))
        }
        fields += [
            .toggle("all", DeskText.briefingAllAttended, true),
            .line("attendees", DeskText.briefingOtherAttendees,
                  help: DeskText.briefingAttendeesHelp),
            .area("notes", DeskText.briefingNotes),
        ]
        let ids = c.records.library.map(\.id)
        return FormState(
            title: DeskText.briefingTitle,
            fields: fields,
            check: { values in
                var issues: [FormIssue] = []
                if !ids.contains(where: { values.toggle("text." + $0) }) {
                    issues.append(FormIssue(fieldID: nil, message: OversightRule.briefingTexts.message))
                }
                if !values.toggle("all") && values.isBlank("attendees") {
                    issues.append(FormIssue(fieldID: "attendees", message: OversightRule.attendees.message))
                }
                return issues
            },
            build: { _ in [] })
    }

    static func inspection(_ c: OversightFormContext) -> FormState {
        var fields: [FormField] = [
            .choice("unit", DeskText.inspectionUnit, unitOptions(c.units, c.organization)),
            .date("day", DeskText.inspectionDay, c.today, required: true),
            .area("scope", DeskText.inspectionScope, required: true),
            .area("findings", DeskText.inspectionFindings, required: true),
        ]
        for n in 1...3 {
            fields.append(.area("rec\(n)", DeskText.inspectionRecommendation(n)))
            fields.append(.date("due\(n)", DeskText.inspectionRecommendationDue(n), nil))
        }
        return FormState(
            title: DeskText.inspectionTitle,
            fields: fields,
            check: { values in
                (1...3).compactMap { n in
                    let hasText = !values.isBlank("rec\(n)"), hasDue = !values.isBlank("due\(n)")
                    if hasText && !hasDue { return FormIssue(fieldID: "due\(n)", message: FormText.required) }
                    if hasDue && !hasText { return FormIssue(fieldID: "rec\(n)", message: FormText.required) }
                    if hasText, let due = values.day("due\(n)"), let day = values.day("day"), due <= day {
                        return FormIssue(fieldID: "due\(n)", message: OversightRule.dueDate.message)
                    }
                    return nil
                }
            },
            build: { _ in [] })
    }

    static func followUp(_ inspection: Inspection?, id: String) -> FormState {
        let open = inspection?.recommendations.filter { !$0.status.isClosed } ?? []
        let options = open.map { r in
            ChoiceOption(id: String(r.number), label: DeskText.followUpOption(r.number, due: r.due))
        }
        var fields: [FormField] = open.map { r in .note("r\(r.number)", DeskText.followUpOpenRecommendation(r.number, r.text)) }
        fields += [
            .choice("number", DeskText.followUpRecommendation, options, selected: options.first?.id),
            .choice("status", DeskText.followUpStatus, ChoiceOption.all(RecommendationStatus.allCases, label: \.label),
                    selected: RecommendationStatus.inProgress.rawValue),
            .area("note", DeskText.followUpNote, required: true),
        ]
        return FormState(title: DeskText.followUpTitle(id), fields: fields, build: { _ in [] })
    }

    static func fileDifficulty(_ c: OversightFormContext) -> FormState {
        FormState(
            title: DeskText.difficultyTitle,
            fields: [
                .choice("unit", DeskText.difficultyUnit, unitOptions(c.units, c.organization), selected: c.units.first),
                .choice("category", DeskText.difficultyCategory, ChoiceOption.all(DifficultyCategory.allCases, label: \.label)),
                .area("text", DeskText.difficultyText, required: true),
                .note("route", DeskText.difficultyRoute),
            ],
            build: { _ in [] })
    }

    static func reply(_ report: DifficultyReport?, id: String, kind: OversightFormKind) -> FormState {
        let resolving = kind == .resolve(reportID: id)
        return FormState(
            title: resolving ? DeskText.resolveTitle(id)
                : DeskText.answerTitle(id),
            fields: [
                .note("report", Localized(vi: report?.text ?? id, en: report?.text ?? id)),
                .area("text", DeskText.difficultyAnswer, required: true),
            ],
            build: { _ in [] })
    }

    static func escalate(_ report: DifficultyReport?, id: String, today: Day) -> FormState {
        FormState(
            title: DeskText.escalateTitle(id),
            fields: [
                .note("report", Localized(vi: report?.text ?? id, en: report?.text ?? id)),
                .date("due", DeskText.escalationDue, today.adding(days: 10), required: true),
                .area("note", DeskText.escalationNote, required: true),
            ],
            check: { values in
                guard let due = values.day("due"), due <= today else { return [] }
                return [FormIssue(fieldID: "due", message: OversightRule.dueDate.message)]
            },
            build: { _ in [] })
    }
}
