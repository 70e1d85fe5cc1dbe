import Foundation
import Ledger
import Procedure
import Terminal

/// The oversight records as the worker read them for the boards of points 1 and 4, with
/// the coverage worked out there too (it is a pass over every officer and text).
struct OversightLoaded: Sendable {
    var records: OversightRecords
    var coverage: Coverage?
    var seesAll: Bool
}

/// The worker's answer to a board's form: what to say, or why the ledger refused.
struct OversightRecorded: Sendable {
    var token: Int
    var result: Result<Localized, DeskFailure>
}

/// What the boards of points 1 and 4 share: loading the records, opening a form through
/// the form host, recording what it says on the worker, the section tabs and a scrolled
/// document.
enum OversightBoards {
    /// Reads the records (and, when asked, the coverage for the units the officer sees).
    static func load(_ board: Board, _ name: String, _ desk: DeskState, coverage: Bool) -> LedgerJob {
        let officer = desk.officer
        let organization = desk.organization
        return .forBoard(board, name) { ledger in
            let records = try ledger.oversightRecords()
            let seesAll = OversightPermissions.seesAllUnits(officer, in: organization)
            let own = organization.officer(officer)?.unitID
            let worked = coverage
                ? Coverage.compute(records: records, organization: organization, unitIDs: seesAll ? nil : Set([own].compactMap { $0 }))
                : nil
            return OversightLoaded(records: records, coverage: worked, seesAll: seesAll)
        }
    }

    /// The units the officer may act for with `action` (the form's unit choice).
    static func units(for action: OversightAction, _ desk: DeskState) -> [String] {
        desk.organization.units.keys.sorted().filter {
            OversightPermissions.check(action, by: Actor(login: desk.officer), unitID: $0, in: desk.organization) == nil
        }
    }

    /// Opens the form of `kind` in the one form host; its submission comes back to `board`.
    static func form(_ kind: OversightFormKind, on board: Board, records: OversightRecords, units: [String],
                     _ desk: DeskState) -> [DeskAction] {
        let context = OversightFormContext(organization: desk.organization, records: records, officer: desk.officer,
                                           today: desk.today, units: units)
        return [.push(.form(FormHost(form: FormFactory.oversight(kind, context: context), owner: board, tag: kind)))]
    }

    /// Records what a submitted form says, on the worker; the answer comes back to `board`.
    static func record(_ submission: FormSubmission, on board: Board, _ desk: DeskState) -> [DeskAction] {
        guard let kind = submission.tag as? OversightFormKind else { return [] }
        let token = submission.token
        let values = submission.values
        let actor = Actor(login: desk.officer, played: desk.played)
        let now = desk.now
        let today = desk.today
        let organization = desk.organization
        // A write is never coalesced with another: the worker replaces a queued job of the
        // same name, so each form's record has its own.
        return [.job(.forBoard(board, "board.record.\(token)", failure: { OversightRecorded(token: token, result: .failure($0)) }) { ledger in
            let done: Localized
            switch kind {
            case .acknowledge(let id):
                _ = try ledger.acknowledge(id, by: actor, at: now)
                done = DeskText.acknowledgementRecorded
            case .briefing:
                let unit = values.choice("unit") ?? ""
                var attendees = values.text("attendees").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                if values.toggle("all") {
                    attendees = organization.officers.values.filter { $0.unitID == unit }.map(\.login).sorted() + attendees
                }
                let texts = try ledger.legalLibrary().map(\.id).filter { values.toggle("text." + $0) }
                _ = try ledger.recordBriefing(BriefingDraft(day: values.day("day") ?? today, unitID: unit, presenter: values.text("presenter"),
                                                            textIDs: texts, attendees: attendees, notes: values.text("notes")),
                                              by: actor, at: now)
                done = DeskText.briefingRecorded
            case .inspection:
                let items = (1...3).compactMap { n -> InspectionDraft.Item? in
                    guard !values.isBlank("rec\(n)"), let due = values.day("due\(n)") else { return nil }
                    return InspectionDraft.Item(text: values.text("rec\(n)"), due: due)
                }
                _ = try ledger.recordInspection(InspectionDraft(unitID: values.choice("unit") ?? "", day: values.day("day") ?? today,
                                                                scope: values.text("scope"), findings: values.text("findings"),
                                                                recommendations: items), by: actor, at: now)
                done = DeskText.inspectionRecorded
            case .followUp(let id):
                let status = values.choice("status").flatMap(RecommendationStatus.init(rawValue:)) ?? .inProgress
                _ = try ledger.followUp(inspection: id, recommendation: Int(values.choice("number") ?? "") ?? 0, status: status,
                                        note: values.text("note"), by: actor, at: now)
                done = DeskText.followUpRecorded
            case .fileDifficulty:
                let category = values.choice("category").flatMap(DifficultyCategory.init(rawValue:)) ?? .other
                _ = try ledger.fileDifficulty(unitID: values.choice("unit") ?? "", category: category, text: values.text("text"),
                                              by: actor, at: now)
                done = DeskText.difficultyFiled
            case .answer(let id):
                _ = try ledger.answerDifficulty(id, text: values.text("text"), by: actor, at: now)
                done = DeskText.difficultyAnswered(id)
            case .escalate(let id):
                _ = try ledger.escalateDifficulty(id, due: values.day("due") ?? today, note: values.text("note"), by: actor, at: now)
                done = DeskText.difficultyEscalated(id)
            case .resolve(let id):
                _ = try ledger.resolveDifficulty(id, text: values.text("text"), by: actor, at: now)
                done = DeskText.difficultyResolved(id)
            }
            return OversightRecorded(token: token, result: .success(done))
        })]
    }

    /// What follows the worker's answer: the form closes and the board reloads, or the
    /// form stays open with everything typed and the refusal beside it.
    static func recorded(_ answer: OversightRecorded, reload: LedgerJob?) -> [DeskAction] {
        switch answer.result {
        case .success(let done):
            return [.formSaved(form: answer.token), .say(done, .success)] + (reload.map { [.job($0)] } ?? [])
        case .failure(let failure):
            return [.formRefused(form: answer.token, failure)]
        }
    }

    /// "Kiểm tra, vướng mắc │ [1 Kiểm tra]  2 …", and on the right whose records are shown.
    static func drawTabs(_ title: Localized, _ sections: [Localized], selected: Int, scope: String, _ desk: DeskState,
                         at rect: Rect, into buffer: inout ScreenBuffer) {
        let lang = desk.language
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .tab)
        var x = rect.x
        x += buffer.put(title[lang] + " │ ", at: x, y: rect.y, role: .tabSelected)
        for (index, section) in sections.enumerated() {
            let label = index == selected ? "[\(index + 1) \(section[lang])]" : " \(index + 1) \(section[lang])"
            x += buffer.put(label + " ", at: x, y: rect.y, role: index == selected ? .tabSelected : .tab)
        }
        let width = DisplayWidth.width(of: scope)
        if x + width + 1 < rect.maxX { buffer.put(scope, at: rect.maxX - width - 1, y: rect.y, role: .tab) }
    }

    /// Which records are shown: every unit's, or the officer's own unit's; and "read-only"
    /// when the officer may take none of the board's actions here.
    static func scopeText(seesAll: Bool, readOnly: Bool, _ desk: DeskState) -> String {
        let unit = desk.organization.officer(desk.officer)?.unitID ?? ""
        let scope = (seesAll ? DeskText.allUnits : DeskText.ownUnit(unit))[desk.language]
        return readOnly ? scope + " · " + DeskText.readOnly[desk.language] : scope
    }

    /// A boxed document at the list state's scroll (clamped in the layout pass), its lines
    /// wrapped to the box by the layout pass.
    static func drawDocument(_ wrapped: [StyledLine], title: String, scroll: ListState, focused: Bool, _ desk: DeskState,
                             in rect: Rect, into buffer: inout ScreenBuffer) {
        Draw.document(wrapped, title: title, empty: wrapped.isEmpty ? DeskText.nothingSelected[desk.language] : nil,
                      scroll: scroll.top, in: rect, focused: focused, alreadyWrapped: true, into: &buffer)
    }


    /// A list's rows in a box: "›" and the row's mark before the text of the selected one.
    static func drawRows(_ rows: [(mark: String, markRole: StyleRole, text: String)], list: ListState, in inner: Rect,
                         into buffer: inout ScreenBuffer) {
        for offset in 0..<max(0, inner.height) {
            let index = list.top + offset
            guard rows.indices.contains(index) else { break }
            let y = inner.y + offset
            let selected = index == list.selected
            let role: StyleRole = selected ? .listRowSelected : .listRow
            buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: role)
            var x = inner.x
            x += buffer.put(selected ? "›" : " ", at: x, y: y, role: role)
            x += buffer.put(rows[index].mark + " ", at: x, y: y, role: selected ? role : rows[index].markRole)
            buffer.put(DisplayWidth.truncate(rows[index].text.visible, to: max(0, inner.maxX - x)), at: x, y: y, role: role,
                       maxWidth: max(0, inner.maxX - x))
            if selected { buffer.cursor = (inner.x, y) }
        }
    }
}

/// What a board's document was wrapped from: the layout pass runs after every message
/// (the clock included), so a document is wrapped again only when one of these changed.
struct DocumentKey: Equatable {
    var width: Int
    var language: Language
    /// Counts the records received.
    var generation: Int
    var section: Int
    var selected: Int
    var today: Day
}

/// A document wrapped for a box, kept between layout passes.
struct WrappedDocument: Sendable {
    var lines: [StyledLine] = []
    var key: DocumentKey?

    /// Wraps `make()` for `rect` unless `key` is the one already wrapped for.
    mutating func update(_ key: DocumentKey, in rect: Rect, _ make: () -> [StyledLine]) {
        guard key != self.key else { return }
        lines = Draw.wrap(make(), width: max(1, rect.width - 2))
        self.key = key
    }
}
