import Foundation
import Ledger
import Procedure
import Terminal

extension Board {
    /// Point 4: inspections and difficulty reports.
    public static let oversight = Board("oversight")
}

/// The sections of the "Kiểm tra, vướng mắc" board (point 4).
public enum OversightView: Int, CaseIterable, Sendable {
    case inspections
    case difficulties

    public var title: Localized {
        switch self {
        case .inspections: DeskText.inspectionsTitle
        case .difficulties: DeskText.difficultiesTitle
        }
    }

    var command: String { ["inspections", "difficulties"][rawValue] }
}

/// The "Kiểm tra, vướng mắc" board (key `K`): inspections with their recommendations and
/// overdue marks, difficulty reports with their status; every unit for the inspector and
/// the ward leadership (read-only where they hold no role), the officer's own unit otherwise.
public struct OversightBoard: BoardComponent {
    public static let board = Board.oversight
    public static let switchKey = Key.char("K")
    public static let commandName = "oversight"
    public static let description = DeskText.oversightDescription
    public static let hint = DeskText.hintOversight

    public var view: OversightView = .inspections
    public var list = ListState()
    /// The selected record's detail.
    public var detail = ListState(scrollsOnly: true)
    public var records = OversightRecords()
    public var seesAll = false
    /// Counts the records received (0: not read yet, the list says it is loading).
    var generation = 0
    var wrapped = WrappedDocument()

    public static func make(_ desk: DeskState) -> OversightBoard { OversightBoard() }

    /// The units whose records are shown; nil: every unit.
    public func visibleUnits(_ desk: DeskState) -> Set<String>? {
        seesAll ? nil : Set([desk.organization.officer(desk.officer)?.unitID].compactMap { $0 })
    }

    /// The inspections shown, newest first.
    public func inspections(_ desk: DeskState) -> [Inspection] {
        let units = visibleUnits(desk)
        return records.inspections.values.filter { units?.contains($0.unitID) ?? true }.sorted { ($0.day, $0.id) > ($1.day, $1.id) }
    }

    /// The difficulty reports shown, open ones first, then newest first.
    public func difficulties(_ desk: DeskState) -> [DifficultyReport] {
        let units = visibleUnits(desk)
        return records.difficulties.values.filter { units?.contains($0.unitID) ?? true }
            .sorted { ($0.status.isClosed ? 1 : 0, $1.filedOn, $1.id) < ($1.status.isClosed ? 1 : 0, $0.filedOn, $0.id) }
    }

    public func selectedInspection(_ desk: DeskState) -> Inspection? {
        let rows = inspections(desk)
        return view == .inspections && rows.indices.contains(list.selected) ? rows[list.selected] : nil
    }

    public func selectedDifficulty(_ desk: DeskState) -> DifficultyReport? {
        let rows = difficulties(desk)
        return view == .difficulties && rows.indices.contains(list.selected) ? rows[list.selected] : nil
    }

    func rowCount(_ desk: DeskState) -> Int {
        view == .inspections ? inspections(desk).count : difficulties(desk).count
    }

    /// One action of the section: its key, its command, the form it opens, and nil when
    /// the officer may take it on the selection now (else why not).
    struct Action {
        var key: Character
        var name: String
        var label: Localized
        var hint: Localized
        var form: OversightFormKind?
        var why: Localized?
    }

    func actions(_ desk: DeskState) -> [Action] {
        let actor = Actor(login: desk.officer)
        let org = desk.organization
        func check(_ action: OversightAction, _ unit: String?) -> Localized? {
            OversightPermissions.check(action, by: actor, unitID: unit, in: org).map(DeskText.refusal)
        }
        switch view {
        case .inspections:
            let selected = selectedInspection(desk)
            let followUp: Localized? = selected.map { i in
                check(.followUp, i.unitID) ?? (i.isOpen ? nil : DeskText.refusal(OversightRefusal(.recommendationClosed, detail: i.id)))
            } ?? DeskText.noInspectionSelected
            return [
                Action(key: "i", name: "inspection", label: OversightAction.recordInspection.label, hint: DeskText.hintInspection, form: .inspection,
                       why: check(.recordInspection, nil)),
                Action(key: "u", name: "follow-up", label: OversightAction.followUp.label,
                       hint: DeskText.hintFollowUp, form: selected.map { .followUp(inspectionID: $0.id) }, why: followUp),
            ]
        case .difficulties:
            let fileUnits = OversightBoards.units(for: .fileDifficulty, desk)
            var all = [Action(key: "f", name: "file-difficulty", label: OversightAction.fileDifficulty.label, hint: DeskText.hintFileDifficulty, form: .fileDifficulty,
                              why: fileUnits.isEmpty ? check(.fileDifficulty, org.officer(desk.officer)?.unitID) ?? DeskText.refusal(OversightRefusal(.roleRequired)) : nil)]
            let d = selectedDifficulty(desk)
            let status = d.map { DeskText.refusal(OversightRefusal(.difficultyStatus, detail: $0.status.label)) }
            let notFiled = d.map { $0.status == .filed ? nil : status } ?? DeskText.noDifficultySelected
            let notEscalated = d.map { $0.status == .escalated ? nil : status } ?? DeskText.noDifficultySelected
            all.append(Action(key: "r", name: "answer", label: OversightAction.answerDifficulty.label, hint: DeskText.hintAnswer, form: d.map { .answer(reportID: $0.id) },
                              why: d.flatMap { check(.answerDifficulty, $0.unitID) } ?? notFiled))
            all.append(Action(key: "e", name: "escalate", label: OversightAction.escalateDifficulty.label, hint: DeskText.hintEscalate, form: d.map { .escalate(reportID: $0.id) },
                              why: d.flatMap { check(.escalateDifficulty, $0.unitID) } ?? notFiled))
            all.append(Action(key: "d", name: "resolve", label: OversightAction.resolveDifficulty.label, hint: DeskText.hintResolve, form: d.map { .resolve(reportID: $0.id) },
                              why: d.flatMap { check(.resolveDifficulty, $0.unitID) } ?? notEscalated))
            return all
        }
    }

    public func bindings(_ desk: DeskState) -> [Binding] {
        var all: [Binding] = [
            Binding([.tab], "next-section", DeskText.sectionNext, hint: DeskText.hintSection),
            Binding([.backTab], "previous-section", DeskText.sectionPrevious),
        ]
        for section in OversightView.allCases {
            all.append(Binding([.char(Character(String(section.rawValue + 1)))], section.command, DeskText.showSection(section.title)))
        }
        // j/k, g/G choose the record; the pages scroll its detail.
        all += ListState.bindings().map { binding in
            var binding = binding
            if ["page-down", "page-up", "half-down", "half-up"].contains(binding.name) { binding.label = DeskText.scrollDetail }
            return binding
        }
        for action in actions(desk) {
            all.append(Binding([.char(action.key)], action.name, action.label, hint: action.hint, why: action.why))
        }
        return all
    }

    public mutating func perform(_ name: String, argument: String?, _ desk: DeskState) -> [DeskAction] {
        switch name {
        case "next-section", "previous-section":
            show(view == .inspections ? .difficulties : .inspections)
        case "down", "up", "top", "bottom":
            let before = list.selected
            list.apply(name)
            if list.selected != before { detail.toTop() }
        case "page-down", "page-up", "half-down", "half-up":
            detail.apply(name)
        default:
            if let section = OversightView.allCases.first(where: { $0.command == name }) {
                show(section)
                return []
            }
            guard let action = actions(desk).first(where: { $0.name == name }), let form = action.form else { return [] }
            let units: [String]
            switch form {
            case .inspection: units = desk.organization.units.keys.sorted()
            case .fileDifficulty: units = OversightBoards.units(for: .fileDifficulty, desk)
            default: units = []
            }
            return OversightBoards.form(form, on: Self.board, records: records, units: units, desk)
        }
        return []
    }

    mutating func show(_ section: OversightView) {
        view = section
        list.select(0)
        detail.toTop()
    }

    public func load(_ desk: DeskState) -> LedgerJob? {
        OversightBoards.load(Self.board, "board.oversight", desk, coverage: false)
    }

    public mutating func receive(_ payload: any Sendable, _ desk: DeskState) -> [DeskAction] {
        switch payload {
        case let loaded as OversightLoaded:
            records = loaded.records
            seesAll = loaded.seesAll
            generation += 1
            list.resize(count: rowCount(desk))
            return []
        case let submission as FormSubmission:
            return OversightBoards.record(submission, on: Self.board, desk)
        case let answer as OversightRecorded:
            return OversightBoards.recorded(answer, reload: load(desk))
        default:
            return []
        }
    }

    // MARK: - Layout and drawing

    /// The list and the detail: side by side from 120 columns, one above the other below.
    static func rects(_ rect: Rect) -> (list: Rect, detail: Rect) {
        let content = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 1))
        if content.width >= 120 {
            let list = Rect(x: content.x, y: content.y, width: content.width * 55 / 100, height: content.height)
            return (list, Rect(x: list.maxX, y: content.y, width: content.width - list.width, height: content.height))
        }
        let list = Rect(x: content.x, y: content.y, width: content.width, height: max(5, content.height * 45 / 100))
        return (list, Rect(x: content.x, y: list.maxY, width: content.width, height: content.height - list.height))
    }

    func detailLines(_ desk: DeskState) -> [StyledLine] {
        if let i = selectedInspection(desk) { return Self.inspectionLines(i, desk) }
        if let d = selectedDifficulty(desk) { return Self.difficultyLines(d, desk) }
        return []
    }

    public mutating func layout(_ rect: Rect, _ desk: DeskState) {
        let (listRect, detailRect) = Self.rects(rect)
        list.fit(listRect.height - 2)
        list.resize(count: rowCount(desk))
        let key = DocumentKey(width: detailRect.width, language: desk.language, generation: generation, section: view.rawValue,
                              selected: list.selected, today: desk.today)
        var text = wrapped
        text.update(key, in: detailRect) { detailLines(desk) }
        wrapped = text
        detail.fit(detailRect.height - 2)
        detail.resize(count: wrapped.lines.count)
    }

    public func draw(_ desk: DeskState, in rect: Rect, into buffer: inout ScreenBuffer) {
        let lang = desk.language
        let readOnly = actions(desk).allSatisfy { $0.why != nil }
        OversightBoards.drawTabs(DeskText.oversightTitle, OversightView.allCases.map(\.title), selected: view.rawValue,
                                 scope: OversightBoards.scopeText(seesAll: seesAll, readOnly: readOnly, desk), desk, at: rect, into: &buffer)
        let (listRect, detailRect) = Self.rects(rect)
        let rows = self.rows(desk)
        let inner = Draw.box(listRect, title: view.title[lang] + " (\(rows.count))", focused: true, into: &buffer)
        if inner.height > 0, inner.width > 10 {
            if rows.isEmpty {
                let empty = generation == 0 ? DeskText.loading : DeskText.noRecordsYet
                buffer.put("  " + empty[lang], at: inner.x, y: inner.y, role: .textMuted, maxWidth: inner.width)
            }
            OversightBoards.drawRows(rows, list: list, in: inner, into: &buffer)
        }
        OversightBoards.drawDocument(wrapped.lines, title: DeskText.detail[lang], scroll: detail, focused: false, desk,
                                     in: detailRect, into: &buffer)
    }
}
