import Foundation
import Ledger
import Procedure
import Terminal

/// The sections of the "Kiểm tra, vướng mắc" board (point 4).
public enum OversightView: Int, CaseIterable, Sendable {
    case inspections
    case difficulties

    public var title: Localized {
        switch self {
        case .inspections: Localized(vi: "Kiểm tra", en: "Inspections")
        case .difficulties: Localized(vi: "Khó khăn, vướng mắc", en: "Difficulties")
        }
    }
}

/// A form open on a board, with what it records. Keys go to it first; Esc on a form with
/// typed text asks for a second Esc before the text is dropped.
public struct BoardForm: Sendable {
    public var form: FormState
    public var kind: OversightFormKind
    public var discardArmed = false
}

/// What the oversight board shows: inspections with their recommendations and overdue
/// marks, difficulty reports with their status; every unit for the inspector and the
/// ward leadership (read-only where they hold no role), the officer's own unit otherwise.
public struct OversightBoardState: Sendable {
    public var view: OversightView = .inspections
    public var selected = 0
    /// The first line shown of the selected record's detail.
    public var scroll = 0
    public var records = OversightRecords()
    public var seesAll = false
    public var form: BoardForm?

    public init() {}

    /// The inspections shown, newest first.
    public func inspections(visible units: Set<String>?) -> [Inspection] {
        records.inspections.values.filter { units?.contains($0.unitID) ?? true }.sorted { ($0.day, $0.id) > ($1.day, $1.id) }
    }

    /// The difficulty reports shown, open ones first, then newest first.
    public func difficulties(visible units: Set<String>?) -> [DifficultyReport] {
        records.difficulties.values.filter { units?.contains($0.unitID) ?? true }
            .sorted { ($0.status.isClosed ? 1 : 0, $1.filedOn, $1.id) < ($1.status.isClosed ? 1 : 0, $0.filedOn, $0.id) }
    }
}

extension DeskApp {
    var oversightUnits: Set<String>? {
        state.oversight.seesAll ? nil : Set([organization.officer(state.officer)?.unitID].compactMap { $0 })
    }

    func reloadOversight() {
        do {
            state.oversight.records = try ledger.oversightRecords()
            state.oversight.seesAll = OversightPermissions.seesAllUnits(state.officer, in: organization)
            clampOversight()
        } catch {
            show(error)
        }
    }

    private func clampOversight() {
        let count = state.oversight.view == .inspections ? state.oversight.inspections(visible: oversightUnits).count
            : state.oversight.difficulties(visible: oversightUnits).count
        state.oversight.selected = max(0, min(state.oversight.selected, count - 1))
    }

    var selectedInspection: Inspection? {
        let rows = state.oversight.inspections(visible: oversightUnits)
        return state.oversight.view == .inspections && rows.indices.contains(state.oversight.selected) ? rows[state.oversight.selected] : nil
    }

    var selectedDifficulty: DifficultyReport? {
        let rows = state.oversight.difficulties(visible: oversightUnits)
        return state.oversight.view == .difficulties && rows.indices.contains(state.oversight.selected) ? rows[state.oversight.selected] : nil
    }

    /// The actions of this section, each with its key, the form it opens, and nil when the
    /// officer may take it on the selection now (else the refusal).
    func oversightActions() -> [(key: Character, label: Localized, form: OversightFormKind?, refusal: OversightRefusal?)] {
        let actor = Actor(login: state.officer)
        let org = organization
        func check(_ action: OversightAction, _ unit: String?) -> OversightRefusal? {
            OversightPermissions.check(action, by: actor, unitID: unit, in: org)
        }
        switch state.oversight.view {
        case .inspections:
            var actions: [(key: Character, label: Localized, form: OversightFormKind?, refusal: OversightRefusal?)] = [
                ("i", OversightAction.recordInspection.label, .inspection, check(.recordInspection, nil)),
            ]
            if let i = selectedInspection {
                let refusal = check(.followUp, i.unitID) ?? (i.isOpen ? nil : OversightRefusal(.recommendationClosed, detail: i.id))
                actions.append(("u", OversightAction.followUp.label, .followUp(inspectionID: i.id), refusal))
            }
            return actions
        case .difficulties:
            let fileUnits = fileDifficultyUnits
            var actions: [(key: Character, label: Localized, form: OversightFormKind?, refusal: OversightRefusal?)] = [
                ("f", OversightAction.fileDifficulty.label, .fileDifficulty,
                 fileUnits.isEmpty ? check(.fileDifficulty, org.officer(state.officer)?.unitID) : nil),
            ]
            if let d = selectedDifficulty {
                let notFiled = d.status == .filed ? nil : OversightRefusal(.difficultyStatus, detail: d.status.label)
                let notEscalated = d.status == .escalated ? nil : OversightRefusal(.difficultyStatus, detail: d.status.label)
                actions.append(("r", OversightAction.answerDifficulty.label, .answer(reportID: d.id), check(.answerDifficulty, d.unitID) ?? notFiled))
                actions.append(("e", OversightAction.escalateDifficulty.label, .escalate(reportID: d.id), check(.escalateDifficulty, d.unitID) ?? notFiled))
                actions.append(("d", OversightAction.resolveDifficulty.label, .resolve(reportID: d.id), check(.resolveDifficulty, d.unitID) ?? notEscalated))
            }
            return actions
        }
    }

    var fileDifficultyUnits: [String] {
        organization.units.keys.sorted().filter {
            OversightPermissions.check(.fileDifficulty, by: Actor(login: state.officer), unitID: $0, in: organization) == nil
        }
    }

    func handleOversightKey(_ key: Key) -> Bool {
        if state.oversight.form != nil {
            handleBoardForm(key, form: \.oversight.form)
            return true
        }
        let count = state.oversight.view == .inspections ? state.oversight.inspections(visible: oversightUnits).count
            : state.oversight.difficulties(visible: oversightUnits).count
        switch key {
        case .tab, .backTab:
            state.oversight.view = state.oversight.view == .inspections ? .difficulties : .inspections
            state.oversight.selected = 0
            state.oversight.scroll = 0
        case .char("1"): state.oversight.view = .inspections; state.oversight.selected = 0; state.oversight.scroll = 0
        case .char("2"): state.oversight.view = .difficulties; state.oversight.selected = 0; state.oversight.scroll = 0
        case .char("j"), .down: state.oversight.selected = min(count - 1, state.oversight.selected + 1); state.oversight.scroll = 0
        case .char("k"), .up: state.oversight.selected = max(0, state.oversight.selected - 1); state.oversight.scroll = 0
        case .char("g"), .home: state.oversight.selected = 0; state.oversight.scroll = 0
        case .char("G"), .end: state.oversight.selected = max(0, count - 1); state.oversight.scroll = 0
        case .pageDown, .ctrl("d"): state.oversight.scroll += max(1, state.size.height / 3)
        case .pageUp, .ctrl("u"): state.oversight.scroll = max(0, state.oversight.scroll - max(1, state.size.height / 3))
        case .char(let c):
            guard let action = oversightActions().first(where: { $0.key == c }) else { return false }
            if let refusal = action.refusal {
                state.message = StatusMessage(text: refusal.message(state.language), kind: .warning)
                return true
            }
            guard let form = action.form else { return true }
            let units: [String]
            switch form {
            case .inspection: units = organization.units.keys.sorted()
            case .fileDifficulty: units = fileDifficultyUnits
            default: units = []
            }
            openBoardForm(form, units: units, into: \.oversight.form)
            return true
        default:
            return false
        }
        state.oversight.selected = max(0, state.oversight.selected)
        return true
    }

    func drawOversight(in rect: Rect, into buffer: inout ScreenBuffer) {
        let board = state.oversight
        let lang = state.language
        let vi = lang == .vi
        drawBoardTabs(Board.oversight.title, OversightView.allCases.map(\.title), selected: board.view.rawValue, scope: board.seesAll,
                      at: rect, into: &buffer)
        let content = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 2))
        let wide = content.width >= 120
        let listRect = wide ? Rect(x: content.x, y: content.y, width: content.width * 55 / 100, height: content.height)
            : Rect(x: content.x, y: content.y, width: content.width, height: max(5, content.height * 45 / 100))
        let detailRect = wide ? Rect(x: listRect.maxX, y: content.y, width: content.width - listRect.width, height: content.height)
            : Rect(x: content.x, y: listRect.maxY, width: content.width, height: content.height - listRect.height)
        let today = self.today
        let rows: [(mark: String, markRole: StyleRole, text: String)]
        let detail: [StyledLine]
        switch board.view {
        case .inspections:
            let items = board.inspections(visible: oversightUnits)
            rows = items.map { i in
                let overdue = i.overdue(today: today).count
                let open = i.recommendations.filter { !$0.status.isClosed }.count
                return (overdue > 0 ? "!" : open > 0 ? "~" : "✓", overdue > 0 ? .dueOverdue : open > 0 ? .dueSoon : .dueDone,
                        i.id + "  " + i.day.vietnamese + "  " + DisplayWidth.pad(i.unitID, to: 8) + " "
                        + (vi ? "\(open)/\(i.recommendations.count) kiến nghị chưa xong" : "\(open)/\(i.recommendations.count) open")
                        + (overdue > 0 ? (vi ? ", \(overdue) quá hạn" : ", \(overdue) overdue") : ""))
            }
            detail = selectedInspection.map { OversightBoard.inspectionLines($0, organization: organization, today: today, lang: lang) } ?? []
        case .difficulties:
            let items = board.difficulties(visible: oversightUnits)
            rows = items.map { d in
                let overdue = d.isOverdue(today: today)
                return (overdue ? "!" : d.status.isClosed ? "✓" : "~", overdue ? .dueOverdue : d.status.isClosed ? .dueDone : .dueSoon,
                        d.id + "  " + d.filedOn.vietnamese + "  " + DisplayWidth.pad(d.unitID, to: 8) + " " + OversightBoard.shortLabel(d.status)[lang]
                        + (d.escalation.map { (vi ? ", hạn " : ", due ") + $0.due.vietnamese } ?? ""))
            }
            detail = selectedDifficulty.map { OversightBoard.difficultyLines($0, organization: organization, today: today, lang: lang) } ?? []
        }
        let inner = Draw.box(listRect, title: board.view.title[lang] + " (\(rows.count))", focused: true, into: &buffer)
        if inner.height > 0, inner.width > 10 {
            if rows.isEmpty {
                buffer.put(vi ? "  Chưa có hồ sơ nào." : "  No records yet.", at: inner.x, y: inner.y, role: .textMuted, maxWidth: inner.width)
            }
            let top = max(0, min(board.selected - inner.height + 1, max(0, rows.count - inner.height)))
            for offset in 0..<inner.height {
                let index = top + offset
                guard rows.indices.contains(index) else { break }
                let y = inner.y + offset
                let selected = index == board.selected
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
        state.oversight.scroll = drawScrolled(detail, title: vi ? "Chi tiết" : "Detail", scroll: board.scroll, in: detailRect,
                                              focused: false, into: &buffer)
        var hints: [(String, Localized)] = [("Tab", Localized(vi: "mục", en: "section")), ("j/k", Localized(vi: "chọn", en: "select"))]
        for action in oversightActions() where action.refusal == nil {
            hints.append((String(action.key), action.label))
        }
        if !oversightActions().contains(where: { $0.refusal == nil }) {
            hints.append(("", Localized(vi: "chỉ xem", en: "read-only")))
        }
        hints.append(("q", Localized(vi: "về bảng đề xuất", en: "back to proposals")))
        // While a form is open its keys are the form's: the board's hints would mislead.
        if board.form == nil { drawBoardHints(hints, y: rect.maxY - 1, x: rect.x, width: rect.width, into: &buffer) }
        drawBoardForm(board.form, form: \.oversight.form, in: rect, into: &buffer)
    }
}

/// The detail documents of the oversight board.
enum OversightBoard {
    /// The status in a list row, where the whole label does not fit.
    static func shortLabel(_ status: DifficultyStatus) -> Localized {
        switch status {
        case .filed: Localized(vi: "Chờ Phòng VH-XH", en: "With the office")
        case .answered: Localized(vi: "VH-XH đã trả lời", en: "Office answered")
        case .escalated: Localized(vi: "Đã chuyển UBND", en: "Escalated")
        case .resolved: Localized(vi: "UBND đã trả lời", en: "Committee answered")
        }
    }

    static func inspectionLines(_ i: Inspection, organization org: Organization, today: Day, lang: Language) -> [StyledLine] {
        let vi = lang == .vi
        var lines: [StyledLine] = [
            [Span(i.id, .textEmphasis), Span(" — " + (org.unit(i.unitID)?.name ?? i.unitID) + " — " + i.day.vietnamese)],
            [Span((vi ? "Người ghi: " : "Recorded by: ") + (org.officer(i.recordedBy)?.name ?? i.recordedBy), .textMuted)],
            [Span(vi ? "Phạm vi: " : "Scope: ", .formLabel), Span(i.scope)],
            [Span(vi ? "Kết quả: " : "Findings: ", .formLabel), Span(i.findings)],
        ]
        for r in i.recommendations {
            let overdue = r.isOverdue(today: today)
            lines.append([])
            lines.append([Span("\(vi ? "Kiến nghị" : "Recommendation") \(r.number): ", .formLabel), Span(r.text)])
            lines.append([Span("  " + (vi ? "Hạn " : "Due ") + r.due.vietnamese + " · " + r.status.label[lang],
                               r.status.isClosed ? .dueDone : overdue ? .dueOverdue : .normal),
                          Span(overdue ? (vi ? "  ! QUÁ HẠN \(r.due.days(until: today)) ngày" : "  ! OVERDUE by \(r.due.days(until: today)) days") : "",
                               .dueOverdue)])
            for f in r.followUps {
                lines.append([Span("  " + f.day.vietnamese + " " + (org.officer(f.by)?.name ?? f.by) + ": " + f.status.label[lang] + " — " + f.note,
                                   .textMuted)])
            }
        }
        return lines
    }

    static func difficultyLines(_ d: DifficultyReport, organization org: Organization, today: Day, lang: Language) -> [StyledLine] {
        let vi = lang == .vi
        let name = { (login: String) in org.officer(login)?.name ?? login }
        var lines: [StyledLine] = [
            [Span(d.id, .textEmphasis), Span(" — " + (org.unit(d.unitID)?.name ?? d.unitID) + " — " + d.filedOn.vietnamese)],
            [Span((vi ? "Loại: " : "Category: ") + d.category.label[lang] + " · " + (vi ? "Người gửi: " : "Filed by: ") + name(d.filedBy), .textMuted)],
            [Span((vi ? "Tình trạng: " : "Status: ") + d.status.label[lang], d.isOverdue(today: today) ? .dueOverdue : d.status.isClosed ? .dueDone : .normal),
             Span(d.isOverdue(today: today) ? (vi ? " ! QUÁ HẠN" : " ! OVERDUE") : "", .dueOverdue)],
            [],
            [Span(d.text)],
        ]
        if let a = d.answer {
            lines += [[], [Span((vi ? "Phòng VH-XH trả lời " : "The office answered ") + a.day.vietnamese + " (" + name(a.by) + "):", .formLabel)], [Span(a.text)]]
        }
        if let e = d.escalation {
            lines += [[], [Span((vi ? "Chuyển UBND phường " : "Escalated ") + e.day.vietnamese + (vi ? ", hạn trả lời " : ", answer due ") + e.due.vietnamese + ":", .formLabel)],
                      [Span(e.note)]]
        }
        if let s = d.resolution {
            lines += [[], [Span((vi ? "UBND phường trả lời " : "The People's Committee answered ") + s.day.vietnamese + " (" + name(s.by) + "):", .formLabel)],
                      [Span(s.text)]]
        }
        return lines
    }
}
