import Foundation
import Ledger
import Procedure
import Terminal

/// The sections of the "Văn bản, quán triệt" board (point 1).
public enum DisseminationView: Int, CaseIterable, Sendable {
    case library
    case coverage
    case briefings

    public var title: Localized {
        switch self {
        case .library: Localized(vi: "Thư viện", en: "Library")
        case .coverage: Localized(vi: "Tỷ lệ quán triệt", en: "Coverage")
        case .briefings: Localized(vi: "Hội nghị", en: "Briefings")
        }
    }
}

/// What the dissemination board shows: the library with the officer's own
/// acknowledgements, the coverage per unit and per text with who is missing, the briefings.
public struct DisseminationBoardState: Sendable {
    public var view: DisseminationView = .library
    /// The selected text of the library.
    public var selected = 0
    /// The first line shown of the coverage or briefings document, or of the text's summary.
    public var scroll = 0
    public var records = OversightRecords()
    public var coverage: Coverage?
    /// Whether the officer sees every unit (inspector, ward leadership, administrator).
    public var seesAll = false
    public var form: BoardForm?

    public init() {}
}

extension DeskApp {
    func reloadDissemination() {
        do {
            let records = try ledger.oversightRecords()
            let seesAll = OversightPermissions.seesAllUnits(state.officer, in: organization)
            let own = organization.officer(state.officer)?.unitID
            state.dissemination.records = records
            state.dissemination.seesAll = seesAll
            state.dissemination.coverage = Coverage.compute(records: records, organization: organization,
                                                            unitIDs: seesAll ? nil : Set([own].compactMap { $0 }))
            state.dissemination.selected = max(0, min(state.dissemination.selected, records.library.count - 1))
        } catch {
            show(error)
        }
    }

    /// The units the officer may record a briefing for.
    var briefingUnits: [String] {
        organization.units.keys.sorted().filter {
            OversightPermissions.check(.recordBriefing, by: Actor(login: state.officer), unitID: $0, in: organization) == nil
        }
    }

    /// Nil when the officer may acknowledge the selected text now; else why not.
    func acknowledgeRefusal() -> Localized? {
        let board = state.dissemination
        let library = board.records.library
        guard library.indices.contains(board.selected) else { return Localized(vi: "Chưa chọn văn bản", en: "No text selected") }
        let text = library[board.selected]
        if let ack = board.records.acknowledgements[OversightRecords.key(state.officer, text.id)] {
            return Localized(vi: "Bạn đã xác nhận văn bản này ngày \(ack.day.vietnamese)", en: "You acknowledged this text on \(ack.day.vietnamese)")
        }
        return nil
    }

    func handleDisseminationKey(_ key: Key) -> Bool {
        if state.dissemination.form != nil {
            handleBoardForm(key, form: \.dissemination.form)
            return true
        }
        var board = state.dissemination
        let count = board.records.library.count
        switch key {
        case .tab: board.view = DisseminationView(rawValue: (board.view.rawValue + 1) % 3) ?? .library; board.scroll = 0
        case .backTab: board.view = DisseminationView(rawValue: (board.view.rawValue + 2) % 3) ?? .library; board.scroll = 0
        case .char("1"): board.view = .library; board.scroll = 0
        case .char("2"): board.view = .coverage; board.scroll = 0
        case .char("3"): board.view = .briefings; board.scroll = 0
        case .char("j"), .down:
            if board.view == .library { board.selected = min(count - 1, board.selected + 1); board.scroll = 0 } else { board.scroll += 1 }
        case .char("k"), .up:
            if board.view == .library { board.selected = max(0, board.selected - 1); board.scroll = 0 } else { board.scroll = max(0, board.scroll - 1) }
        case .char("g"), .home: board.selected = 0; board.scroll = 0
        case .char("G"), .end: if board.view == .library { board.selected = max(0, count - 1) } else { board.scroll = Int.max / 4 }
        case .pageDown, .ctrl("d"): board.scroll += max(1, state.size.height / 2)
        case .pageUp, .ctrl("u"): board.scroll = max(0, board.scroll - max(1, state.size.height / 2))
        case .char("x") where board.view == .library, .enter where board.view == .library:
            if let why = acknowledgeRefusal() { message(why, .warning); return true }
            let text = board.records.library[board.selected]
            openBoardForm(.acknowledge(textID: text.id), units: [], into: \.dissemination.form)
            return true
        case .char("b"):
            guard !briefingUnits.isEmpty else {
                let refusal = OversightPermissions.check(.recordBriefing, by: Actor(login: state.officer),
                                                         unitID: organization.officer(state.officer)?.unitID, in: organization)
                message(Localized(vi: refusal?.message(.vi) ?? "", en: refusal?.message(.en) ?? ""), .warning)
                return true
            }
            openBoardForm(.briefing, units: briefingUnits, into: \.dissemination.form)
            return true
        default:
            return false
        }
        board.scroll = max(0, board.scroll)
        state.dissemination.view = board.view
        state.dissemination.selected = max(0, board.selected)
        state.dissemination.scroll = board.scroll
        return true
    }

    func drawDissemination(in rect: Rect, into buffer: inout ScreenBuffer) {
        let board = state.dissemination
        let lang = state.language
        drawBoardTabs(Board.dissemination.title, DisseminationView.allCases.map(\.title), selected: board.view.rawValue,
                      scope: board.seesAll, at: rect, into: &buffer)
        let content = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 2))
        switch board.view {
        case .library: drawLibrary(in: content, into: &buffer)
        case .coverage:
            let lines = board.coverage.map { DisseminationBoard.coverageLines($0, records: board.records, width: content.width, lang: lang) } ?? []
            state.dissemination.scroll = drawScrolled(lines, title: DisseminationView.coverage.title[lang], scroll: board.scroll, in: content, into: &buffer)
        case .briefings:
            let lines = DisseminationBoard.briefingLines(board.records, organization: organization, lang: lang)
            state.dissemination.scroll = drawScrolled(lines, title: DisseminationBoard.isVietnamese(lang) ? "Hội nghị quán triệt" : "Briefing sessions", scroll: board.scroll, in: content, into: &buffer)
        }
        var hints: [(String, Localized)] = [("Tab", Localized(vi: "mục", en: "section"))]
        if board.view == .library {
            hints.append(("j/k", Localized(vi: "chọn", en: "select")))
            if acknowledgeRefusal() == nil { hints.append(("x", Localized(vi: "tôi đã đọc", en: "I have read it"))) }
        } else {
            hints.append(("j/k", Localized(vi: "cuộn", en: "scroll")))
        }
        if !briefingUnits.isEmpty { hints.append(("b", Localized(vi: "ghi hội nghị", en: "record a briefing"))) }
        hints.append(("q", Localized(vi: "về bảng đề xuất", en: "back to proposals")))
        // While a form is open its keys are the form's: the board's hints would mislead.
        if board.form == nil { drawBoardHints(hints, y: rect.maxY - 1, x: rect.x, width: rect.width, into: &buffer) }
        drawBoardForm(board.form, form: \.dissemination.form, in: rect, into: &buffer)
    }

    private func drawLibrary(in rect: Rect, into buffer: inout ScreenBuffer) {
        let board = state.dissemination
        let lang = state.language
        let vi = lang == .vi
        let library = board.records.library
        let wide = rect.width >= 120
        let listHeight = wide ? rect.height : min(rect.height / 2 + 1, library.count + 3)
        let listRect = wide ? Rect(x: rect.x, y: rect.y, width: rect.width * 55 / 100, height: rect.height)
            : Rect(x: rect.x, y: rect.y, width: rect.width, height: listHeight)
        let inner = Draw.box(listRect, title: (vi ? "Thư viện văn bản" : "Legal library") + " (\(library.count))", focused: true, into: &buffer)
        guard inner.height > 1, inner.width > 10 else { return }
        buffer.put(DisplayWidth.truncate("   " + DisplayWidth.pad(vi ? "Số, ký hiệu" : "Number", to: 16) + " "
                                         + DisplayWidth.pad(vi ? "Ngày" : "Date", to: 10) + " " + (vi ? "Trích yếu" : "Title"), to: inner.width),
                   at: inner.x, y: inner.y, role: .listHeader)
        let visible = inner.height - 1
        let top = max(0, min(board.selected - visible + 1, max(0, library.count - visible)))
        for offset in 0..<visible {
            let index = top + offset
            guard library.indices.contains(index) else { break }
            let text = library[index]
            let y = inner.y + 1 + offset
            let selected = index == board.selected
            let role: StyleRole = selected ? .listRowSelected : .listRow
            let acknowledged = board.records.acknowledgements[OversightRecords.key(state.officer, text.id)] != nil
            buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: role)
            var x = inner.x
            x += buffer.put(selected ? "›" : " ", at: x, y: y, role: role)
            // ✓ read, · not yet: a mark, never colour alone.
            x += buffer.put(acknowledged ? "✓ " : "· ", at: x, y: y, role: selected ? role : acknowledged ? .dueDone : .dueSoon)
            x += buffer.put(DisplayWidth.pad(DisplayWidth.truncate(text.number.visible, to: 16), to: 16) + " " + text.issuedOn.vietnamese + " ",
                            at: x, y: y, role: role)
            let rest = inner.maxX - x
            if rest > 0 { buffer.put(DisplayWidth.truncate(text.title.visible, to: rest), at: x, y: y, role: role, maxWidth: rest) }
            if selected { buffer.cursor = (inner.x, y) }
        }
        let detailRect = wide ? Rect(x: listRect.maxX, y: rect.y, width: rect.width - listRect.width, height: rect.height)
            : Rect(x: rect.x, y: listRect.maxY, width: rect.width, height: rect.height - listHeight)
        guard detailRect.height > 2, library.indices.contains(board.selected) else { return }
        let text = library[board.selected]
        var lines: [StyledLine] = [
            [Span(text.number, .textEmphasis), Span(" — " + text.title)],
            [Span((vi ? "Ngày ban hành: " : "Issued: ") + text.issuedOn.vietnamese + " · " + text.issuer, .textMuted)],
        ]
        if let ack = board.records.acknowledgements[OversightRecords.key(state.officer, text.id)] {
            lines.append([Span("✓ " + (vi ? "Bạn đã xác nhận: \"\(ack.statement)\" ngày \(ack.day.vietnamese)"
                                          : "You acknowledged it on \(ack.day.vietnamese)"), .dueDone)])
        } else if text.required {
            lines.append([Span(vi ? "Bạn chưa xác nhận đã đọc văn bản bắt buộc này (phím x)." : "You have not yet acknowledged this required text (key x).", .noticeWarning)])
        }
        if let line = board.coverage?.texts.first(where: { $0.textID == text.id }) {
            lines.append([Span(vi ? "Đã xác nhận: \(line.acknowledged)/\(line.officers) cán bộ (\(line.percent)%)"
                                  : "Acknowledged: \(line.acknowledged)/\(line.officers) officers (\(line.percent)%)")])
        }
        lines.append([])
        let summary = text.summary[lang].isEmpty ? text.summary.vi : text.summary[lang]
        lines += summary.split(separator: "\n", omittingEmptySubsequences: false).map { [Span(String($0))] }
        Draw.document(lines, title: vi ? "Nội dung tóm tắt" : "Summary", empty: nil, scroll: board.scroll, in: detailRect,
                      focused: false, into: &buffer)
    }
}

/// The documents of the coverage and briefings sections, as styled lines.
enum DisseminationBoard {
    static func isVietnamese(_ lang: Language) -> Bool { lang == .vi }

    /// "██████░░░░ 60%": a bar with its number, so it is never read from colour or length alone.
    static func bar(_ percent: Int, width: Int) -> String {
        let filled = max(0, min(width, percent * width / 100))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    static func coverageLines(_ c: Coverage, records: OversightRecords, width: Int, lang: Language) -> [StyledLine] {
        let vi = lang == .vi
        let barWidth = width >= 100 ? 30 : 16
        var lines: [StyledLine] = [
            [Span(vi ? "Tỷ lệ chung: " : "Overall: ", .textEmphasis), Span("\(c.percent)% (\(c.acknowledged)/\(c.expected))")],
            [Span(vi ? "Tính trên các văn bản bắt buộc; cán bộ được tính khi tự xác nhận đã đọc."
                     : "Over the required texts; an officer counts once he has acknowledged a text himself.", .textMuted)],
            [],
            [Span(vi ? "Theo đơn vị" : "By unit", .listHeader)],
        ]
        for u in c.units {
            lines.append([Span(DisplayWidth.pad(u.unitID, to: 9)), Span(bar(u.percent, width: barWidth), u.percent == 100 ? .dueDone : u.percent < 50 ? .dueOverdue : .dueSoon),
                          Span(" " + DisplayWidth.pad("\(u.percent)%", to: 5) + "\(u.complete)/\(u.officers) " + (vi ? "cán bộ đủ" : "complete"))])
        }
        lines += [[], [Span(vi ? "Theo văn bản" : "By text", .listHeader)]]
        for t in c.texts {
            lines.append([Span(DisplayWidth.pad(t.number, to: 16)), Span(bar(t.percent, width: barWidth), t.percent == 100 ? .dueDone : t.percent < 50 ? .dueOverdue : .dueSoon),
                          Span(" " + DisplayWidth.pad("\(t.percent)%", to: 5) + "\(t.acknowledged)/\(t.officers), "
                               + (vi ? "\(t.briefed) đã dự hội nghị" : "\(t.briefed) briefed"))])
        }
        let numbers = Dictionary(records.library.map { ($0.id, $0.number) }, uniquingKeysWith: { first, _ in first })
        lines += [[], [Span(vi ? "Còn thiếu (\(c.missing.count) cán bộ)" : "Still missing (\(c.missing.count) officers)", .listHeader)]]
        if c.missing.isEmpty { lines.append([Span(vi ? "Không còn ai." : "No one.", .textMuted)]) }
        for m in c.missing {
            lines.append([Span(DisplayWidth.pad(m.unitID, to: 9)), Span(m.name, .textEmphasis),
                          Span(m.briefed ? (vi ? " (đã dự hội nghị)" : " (briefed)") : "", .textMuted),
                          Span(": " + m.textIDs.map { numbers[$0] ?? $0 }.joined(separator: ", "))])
        }
        return lines
    }

    static func briefingLines(_ records: OversightRecords, organization org: Organization, lang: Language) -> [StyledLine] {
        let vi = lang == .vi
        let numbers = Dictionary(records.library.map { ($0.id, $0.number) }, uniquingKeysWith: { first, _ in first })
        let briefings = records.briefings.values.sorted { ($0.day, $0.id) > ($1.day, $1.id) }
        if briefings.isEmpty { return [[Span(vi ? "Chưa có hội nghị quán triệt nào." : "No briefings yet.", .textMuted)]] }
        var lines: [StyledLine] = []
        for b in briefings {
            lines.append([Span(b.id, .textEmphasis), Span("  " + b.day.vietnamese + "  " + (org.unit(b.unitID)?.name ?? b.unitID)),
                          Span("  \(b.attendees.count) " + (vi ? "người dự" : "attended"), .textMuted)])
            lines.append([Span("  " + (vi ? "Trình bày: " : "Presenter: ") + b.presenter)])
            lines.append([Span("  " + (vi ? "Văn bản: " : "Texts: ") + b.textIDs.map { numbers[$0] ?? $0 }.joined(separator: ", "))])
            lines.append([])
        }
        return lines
    }
}
