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
            return ChoiceOption(id: id, label: Localized(vi: id + " — " + name, en: id + " — " + name))
        }
    }

    static func acknowledge(_ text: LegalText?, id: String) -> FormState {
        let number = text?.number ?? id
        return FormState(
            title: Localized(vi: "Xác nhận đã đọc — \(number)", en: "Acknowledge — \(number)"),
            submitLabel: Localized(vi: "Xác nhận", en: "Confirm"),
            fields: [
                .note("title", Localized(vi: text?.title ?? id, en: text?.title ?? id)),
                .note("summary", text?.summary ?? Localized(vi: "", en: "")),
                .toggle("confirm", AcknowledgementStatement.text, false,
                        on: Localized(vi: "Xác nhận", en: "Confirmed"), off: Localized(vi: "Chưa xác nhận", en: "Not confirmed")),
            ],
            check: { values in
                values.toggle("confirm") ? [] : [FormIssue(fieldID: "confirm", message: Localized(
                    vi: "Đánh dấu (Space) để tự xác nhận đã đọc và nắm được nội dung", en: "Tick it (Space) to acknowledge yourself"))]
            },
            build: { _ in [] })
    }

    static func briefing(_ c: OversightFormContext) -> FormState {
        var fields: [FormField] = [
            .choice("unit", Localized(vi: "Đơn vị tổ chức", en: "Unit"), unitOptions(c.units, c.organization), selected: c.units.first),
            .date("day", Localized(vi: "Ngày họp", en: "Date"), c.today, required: true),
            .line("presenter", Localized(vi: "Người trình bày", en: "Presenter"), required: true),
            .note("textsHeading", Localized(vi: "Văn bản được quán triệt (Space để chọn):", en: "Texts covered (Space to tick):")),
        ]
        for text in c.records.library {
            fields.append(.toggle("text." + text.id, Localized(vi: text.number, en: text.number)))
        }
        fields += [
            .toggle("all", Localized(vi: "Toàn thể cán bộ của đơn vị dự", en: "Every officer of the unit attended"), true),
            .line("attendees", Localized(vi: "Người dự khác", en: "Other attendees"),
                  help: Localized(vi: "tên đăng nhập, cách nhau bằng dấu phẩy", en: "logins, separated by commas")),
            .area("notes", Localized(vi: "Ghi chú", en: "Notes")),
        ]
        let ids = c.records.library.map(\.id)
        return FormState(
            title: Localized(vi: "Ghi hội nghị quán triệt", en: "Record a briefing"),
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
            .choice("unit", Localized(vi: "Đơn vị được kiểm tra", en: "Unit inspected"), unitOptions(c.units, c.organization)),
            .date("day", Localized(vi: "Ngày kiểm tra", en: "Date"), c.today, required: true),
            .area("scope", Localized(vi: "Phạm vi kiểm tra", en: "Scope"), required: true),
            .area("findings", Localized(vi: "Kết quả kiểm tra", en: "Findings"), required: true),
        ]
        for n in 1...3 {
            fields.append(.area("rec\(n)", Localized(vi: "Kiến nghị \(n)", en: "Recommendation \(n)")))
            fields.append(.date("due\(n)", Localized(vi: "Hạn thực hiện kiến nghị \(n)", en: "Due date of recommendation \(n)"), nil))
        }
        return FormState(
            title: Localized(vi: "Ghi biên bản kiểm tra", en: "Record an inspection"),
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
            ChoiceOption(id: String(r.number), label: Localized(vi: "\(r.number) (hạn \(r.due.vietnamese))", en: "\(r.number) (due \(r.due.vietnamese))"))
        }
        var fields: [FormField] = open.map { r in .note("r\(r.number)", Localized(vi: "\(r.number). \(r.text)", en: "\(r.number). \(r.text)")) }
        fields += [
            .choice("number", Localized(vi: "Kiến nghị", en: "Recommendation"), options, selected: options.first?.id),
            .choice("status", Localized(vi: "Tình trạng", en: "Status"), ChoiceOption.all(RecommendationStatus.allCases, label: \.label),
                    selected: RecommendationStatus.inProgress.rawValue),
            .area("note", Localized(vi: "Nội dung theo dõi", en: "Follow-up note"), required: true),
        ]
        return FormState(title: Localized(vi: "Theo dõi kiến nghị — \(id)", en: "Follow up — \(id)"), fields: fields, build: { _ in [] })
    }

    static func fileDifficulty(_ c: OversightFormContext) -> FormState {
        FormState(
            title: Localized(vi: "Gửi báo cáo khó khăn, vướng mắc", en: "File a difficulty report"),
            fields: [
                .choice("unit", Localized(vi: "Đơn vị gửi", en: "Filing unit"), unitOptions(c.units, c.organization), selected: c.units.first),
                .choice("category", Localized(vi: "Loại", en: "Category"), ChoiceOption.all(DifficultyCategory.allCases, label: \.label)),
                .area("text", Localized(vi: "Nội dung vướng mắc", en: "The difficulty"), required: true),
                .note("route", Localized(vi: "Báo cáo được chuyển tới Phòng Văn hóa – Xã hội.", en: "The report goes to the Culture-Society office.")),
            ],
            build: { _ in [] })
    }

    static func reply(_ report: DifficultyReport?, id: String, kind: OversightFormKind) -> FormState {
        let resolving = kind == .resolve(reportID: id)
        return FormState(
            title: resolving ? Localized(vi: "UBND phường trả lời — \(id)", en: "People's Committee answers — \(id)")
                : Localized(vi: "Trả lời vướng mắc — \(id)", en: "Answer — \(id)"),
            fields: [
                .note("report", Localized(vi: report?.text ?? id, en: report?.text ?? id)),
                .area("text", Localized(vi: "Nội dung trả lời", en: "The answer"), required: true),
            ],
            build: { _ in [] })
    }

    static func escalate(_ report: DifficultyReport?, id: String, today: Day) -> FormState {
        FormState(
            title: Localized(vi: "Chuyển UBND phường — \(id)", en: "Escalate to the People's Committee — \(id)"),
            fields: [
                .note("report", Localized(vi: report?.text ?? id, en: report?.text ?? id)),
                .date("due", Localized(vi: "Hạn UBND phường trả lời", en: "Answer due by"), today.adding(days: 10), required: true),
                .area("note", Localized(vi: "Ý kiến của phòng khi chuyển", en: "The office's note"), required: true),
            ],
            check: { values in
                guard let due = values.day("due"), due <= today else { return [] }
                return [FormIssue(fieldID: "due", message: OversightRule.dueDate.message)]
            },
            build: { _ in [] })
    }
}
