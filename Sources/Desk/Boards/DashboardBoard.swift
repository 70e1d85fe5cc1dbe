import Foundation
import Ledger
import Procedure
import Terminal

/// What the dashboard shows: the period, the figures loaded for it, and the scroll.
public struct DashboardState: Sendable {
    /// Nil until the board is first entered: then the quarter of today.
    public var period: Period?
    public var scroll = 0
    /// How bars are drawn; nil until the board is first entered (then detected from the
    /// locale, the terminal and the theme). Tests set it.
    public var bars: BarStyle?
    public var figures: PeriodStatistics?
    /// Points 1 and 4: coverage, inspections, difficulty reports.
    public var oversight: OversightSummary?
    public var error: Localized?

    public init() {}
}

/// The dashboard board (Tổng hợp, key `T`): for a period, the proposals by state, unit
/// and field; the time each step took against its legal limit and the on-time rate per
/// step and per unit; who holds which proposal and for how long; outcomes, rewards and
/// protections; the overdue cases with their reasons. `[` `]` step the period, `1`–`4`
/// choose month, quarter, half-year or year, `0` comes back to today's period.
enum DashboardBoard {
    /// Held proposals and overdue cases listed on the board (the report lists them all).
    static let listLimit = 30

    /// The keys line under the period.
    static func keysLine(_ language: Language) -> String {
        language == .vi
            ? "[ ] kỳ trước/sau · 1 tháng 2 quý 3 nửa năm 4 năm · 0 kỳ này · j/k cuộn · q về"
            : "[ ] prev/next · 1 month 2 quarter 3 half 4 year · 0 now · j/k scroll · q back"
    }

    /// The board's text for a width: everything below the two header rows.
    static func lines(_ state: DeskState, width: Int) -> [StyledLine] {
        let lang = state.language
        let t = { (text: Localized) in text[lang] }
        let style = state.dashboard.bars ?? .ascii
        if let error = state.dashboard.error { return [[Span(t(error), .statusError)]] }
        guard let f = state.dashboard.figures else {
            return [[Span(t(Localized(vi: "Đang tải…", en: "Loading…")), .textMuted)]]
        }
        let labelWidth = min(30, max(12, width / 3))
        let valueWidth = 7
        var lines: [StyledLine] = []
        func heading(_ text: Localized) {
            if !lines.isEmpty { lines.append([]) }
            lines.append([Span(t(text).uppercased(), .paneTitle)])
        }
        func bars(_ items: [(String, Int)]) {
            let maximum = Double(items.map(\.1).max() ?? 0)
            for (label, value) in items {
                lines.append(BarChart.row(label: label, value: Double(value), maximum: maximum, text: String(value), width: width,
                                          labelWidth: labelWidth, valueWidth: valueWidth, style: style))
            }
            if items.isEmpty { lines.append([Span("—", .textMuted)]) }
        }
        func rateBar(_ label: String, _ rate: Double?, _ detail: String) {
            let role: StyleRole = rate.map { $0 >= 0.8 ? .dueOnTime : ($0 >= 0.5 ? .dueSoon : .dueOverdue) } ?? .textMuted
            lines.append(BarChart.row(label: label, value: rate ?? 0, maximum: 1, text: PeriodStatistics.percent(rate), width: width,
                                      labelWidth: labelWidth, valueWidth: valueWidth, style: style, role: role))
            if !detail.isEmpty { lines.append([Span(String(repeating: " ", count: labelWidth + 1) + detail, .textMuted)]) }
        }
        let vi = lang == .vi
        let unitName = { (id: String) in f.context.organization.unit(id)?.name ?? id }

        // Overview
        lines.append([
            Span(vi ? "Đề xuất trong kỳ " : "Proposals "), Span(String(f.total), .textEmphasis),
            Span(vi ? " · đang xử lý " : " · being handled "), Span(String(f.heldCount), .textEmphasis),
            Span(vi ? " · quá hạn " : " · overdue "), Span(String(f.overdueCount), f.overdueCount > 0 ? .dueOverdue : .textEmphasis),
            Span(vi ? " · đúng hạn " : " · on time "), Span(PeriodStatistics.percent(f.onTimeRate), .textEmphasis),
            Span(vi ? " · khen thưởng " : " · rewards "), Span(String(f.rewards), .textEmphasis),
            Span(vi ? " · bảo vệ " : " · protections "), Span(String(f.protections), .textEmphasis),
        ])

        heading(Localized(vi: "Theo trạng thái", en: "By state"))
        bars(ProposalState.allCases.compactMap { s in f.byState[s].map { (t(s.label), $0) } })
        heading(Localized(vi: "Theo đơn vị đề xuất", en: "By proposing unit"))
        bars(f.byUnit.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { (unitName($0.key), $0.value) })
        heading(Localized(vi: "Theo lĩnh vực", en: "By field"))
        bars(ProposalField.allCases.compactMap { field in f.byField[field].map { (t(field.label), $0) } })

        heading(Localized(vi: "Thời gian từng bước so với thời hạn (ngày làm việc)", en: "Time in each step against its limit (working days)"))
        for step in StepKind.allCases {
            guard let s = f.steps[step] else { continue }
            let average = s.averageDays.map { String(format: "%.1f", $0) } ?? "—"
            let detail = vi
                ? "hạn \(s.limitDays) · xong \(s.done) (trễ \(s.doneLate)) · đang quá hạn \(s.runningOverdue) · trong hạn \(s.runningOnTrack) · BQ \(average.replacingOccurrences(of: ".", with: ",")) · dài nhất \(s.longestDays)"
                : "limit \(s.limitDays) · done \(s.done) (late \(s.doneLate)) · running overdue \(s.runningOverdue) · on track \(s.runningOnTrack) · avg \(average) · longest \(s.longestDays)"
            rateBar(t(step.label), s.onTimeRate, detail)
        }
        heading(Localized(vi: "Tỷ lệ đúng hạn theo đơn vị xem xét", en: "On-time rate by reviewing unit"))
        for timing in f.unitTiming.values.sorted(by: { $0.unitID < $1.unitID }) {
            rateBar(unitName(timing.unitID), timing.onTimeRate,
                    vi ? "đúng hạn \(timing.onTime) / \(timing.judged)" : "on time \(timing.onTime) / \(timing.judged)")
        }
        if f.unitTiming.isEmpty { lines.append([Span("—", .textMuted)]) }

        heading(Localized(vi: "Ai đang giữ đề xuất nào, bao lâu", en: "Who holds which proposal, and for how long"))
        bars(Role.allCases.compactMap { role in f.heldByRole[role].map { (t(role.label), $0) } })
        for h in f.held {
            let who = [t(h.holder.role.label), h.holder.unitID] + (h.holder.login.flatMap { f.context.organization.officer($0)?.name }.map { [$0] } ?? [])
            lines.append([Span(h.id + " ", .textEmphasis), Span(h.title),
                          Span(" — " + who.joined(separator: " · ") + (vi ? ", \(h.workingDays) ngày làm việc" : ", \(h.workingDays) working day(s)"),
                               .textMuted)]
                         + (h.overdue ? [Span(vi ? " QUÁ HẠN" : " OVERDUE", .dueOverdue)] : []))
        }
        if f.heldCount > f.held.count {
            lines.append([Span(vi ? "… \(f.heldCount - f.held.count) đề xuất khác (xem báo cáo)" : "… \(f.heldCount - f.held.count) more (see the report)", .textMuted)])
        }

        heading(Localized(vi: "Kết quả, khen thưởng và bảo vệ", en: "Outcomes, rewards and protection"))
        bars(Outcome.allCases.map { (t($0.label), f.outcomes[$0] ?? 0) })
        bars(Consequence.allCases.compactMap { c in f.consequences[c].map { (t(c.label), $0) } })
        bars(MeasureKind.allCases.compactMap { m in f.measures[m].map { (t(m.label), $0) } })

        heading(Localized(vi: "Phổ biến, quán triệt; kiểm tra; khó khăn, vướng mắc (điểm 1 và 4)",
                          en: "Dissemination; inspections; difficulty reports (points 1 and 4)"))
        lines += oversightLines(state, width: width)

        heading(Localized(vi: "Quá hạn và lý do", en: "Overdue, and why"))
        for c in f.overdue {
            lines.append([Span(c.id + " ", .dueOverdue), Span(c.title),
                          Span(" — " + t(c.step.label) + (vi ? ", hạn \(c.due.vietnamese), trễ \(c.workingDaysLate) ngày làm việc" : ", due \(c.due.vietnamese), \(c.workingDaysLate) working day(s) late"), .textMuted)])
            lines.append([Span("    " + c.reasons.map(t).joined(separator: "; "))])
        }
        if f.overdue.isEmpty { lines.append([Span(vi ? "Không có" : "None", .textMuted)]) }
        if f.overdueCount > f.overdue.count {
            lines.append([Span(vi ? "… \(f.overdueCount - f.overdue.count) trường hợp khác (xem báo cáo)" : "… \(f.overdueCount - f.overdue.count) more (see the report)", .textMuted)])
        }
        return Draw.wrap(lines, width: width)
    }

    /// Points 1 and 4: coverage of the required texts per unit, briefings, open
    /// inspections and overdue recommendations, difficulty reports by status.
    static func oversightLines(_ state: DeskState, width: Int) -> [StyledLine] {
        let vi = state.language == .vi
        guard let o = state.dashboard.oversight else {
            return [[Span(vi ? "Chưa có số liệu" : "No figures", .textMuted)]]
        }
        let style = state.dashboard.bars ?? .ascii
        let labelWidth = min(30, max(12, width / 3))
        let c = o.coverage
        var lines: [StyledLine] = [[
            Span(vi ? "Nắm nội dung văn bản " : "Texts acknowledged "), Span("\(c.percent)%", .textEmphasis),
            Span(vi ? " (\(c.acknowledged)/\(c.expected)) · còn thiếu " : " (\(c.acknowledged)/\(c.expected)) · missing "),
            Span(String(c.missing.count), c.missing.isEmpty ? .textEmphasis : .dueSoon),
            Span(vi ? " cán bộ · hội nghị quán triệt trong kỳ " : " officers · briefings in the period "),
            Span(String(o.briefings.count), .textEmphasis),
        ]]
        for unit in c.units {
            let rate = Double(unit.percent) / 100
            let role: StyleRole = unit.percent >= 80 ? .dueOnTime : (unit.percent >= 50 ? .dueSoon : .dueOverdue)
            lines.append(BarChart.row(label: unit.unitName, value: rate, maximum: 1, text: "\(unit.percent)%", width: width,
                                      labelWidth: labelWidth, valueWidth: 7, style: style, role: role))
        }
        lines.append([
            Span(vi ? "Kiểm tra trong kỳ " : "Inspections in the period "), Span(String(o.inspections.count), .textEmphasis),
            Span(vi ? " · còn kiến nghị chưa xong " : " · with open recommendations "), Span(String(o.openInspections.count), .textEmphasis),
            Span(vi ? " · kiến nghị quá hạn " : " · recommendations overdue "),
            Span(String(o.overdueRecommendations.count), o.overdueRecommendations.isEmpty ? .textEmphasis : .dueOverdue),
        ])
        for r in o.overdueRecommendations.prefix(listLimit) {
            lines.append([Span("\(r.inspectionID) #\(r.number) ", .dueOverdue), Span(r.text),
                          Span(vi ? " — \(r.unitName), hạn \(r.due.vietnamese), quá \(r.daysOverdue) ngày" : " — \(r.unitName), due \(r.due.vietnamese), \(r.daysOverdue) day(s) late", .textMuted)])
        }
        lines.append([
            Span(vi ? "Phản ánh khó khăn, vướng mắc trong kỳ " : "Difficulty reports in the period "), Span(String(o.difficulties.count), .textEmphasis),
            Span(vi ? " · đang chờ trả lời " : " · awaiting an answer "), Span(String(o.openDifficulties.count), .textEmphasis),
            Span(vi ? " · chuyển UBND quá hạn " : " · escalations overdue "),
            Span(String(o.overdueEscalations.count), o.overdueEscalations.isEmpty ? .textEmphasis : .dueOverdue),
        ])
        let maximum = Double(o.difficultiesByStatus.map(\.count).max() ?? 0)
        for status in o.difficultiesByStatus {
            lines.append(BarChart.row(label: status.status.label[state.language], value: Double(status.count), maximum: maximum,
                                      text: String(status.count), width: width, labelWidth: labelWidth, valueWidth: 7, style: style))
        }
        return lines
    }

    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let period = state.dashboard.period
        let title = Board.dashboard.title[lang] + (period.map { " — " + $0.label[lang] } ?? "")
        let inner = Draw.box(rect, title: title, focused: true, into: &buffer)
        guard inner.height > 2, inner.width > 8 else { return }
        if let period, let figures = state.dashboard.figures {
            let header = (lang == .vi ? "Đề xuất lập từ \(period.first.vietnamese) đến \(period.last.vietnamese) · số liệu đến \(figures.context.today.vietnamese)"
                                      : "Proposals written \(period.first.vietnamese) – \(period.last.vietnamese) · figures as of \(figures.context.today.vietnamese)")
            Draw.line([Span(header, .textEmphasis)], at: inner.x, y: inner.y, width: inner.width, into: &buffer)
        }
        Draw.line([Span(keysLine(lang), .hintText)], at: inner.x, y: inner.y + 1, width: inner.width, into: &buffer)
        let body = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
        let content = lines(state, width: body.width)
        let top = min(state.dashboard.scroll, max(0, content.count - body.height))
        for row in 0..<body.height where content.indices.contains(top + row) {
            Draw.line(content[top + row], at: body.x, y: body.y + row, width: body.width, into: &buffer)
        }
        if content.count > body.height {
            let marker = "\(top + 1)–\(min(content.count, top + body.height))/\(content.count)"
            buffer.put(" " + marker + " ", at: rect.maxX - DisplayWidth.width(of: marker) - 4, y: rect.maxY - 1, role: .textMuted)
        }
    }

    /// The rows of content that fit under the header (for scrolling).
    static func bodyHeight(_ state: DeskState) -> Int {
        max(1, Layout.panes(for: state).body.height - 4)
    }

    static func bodyWidth(_ state: DeskState) -> Int {
        max(1, Layout.panes(for: state).body.width - 2)
    }
}

extension DeskApp {
    /// Loads the figures of the dashboard's period (the quarter of today at first).
    func reloadDashboard() {
        if state.dashboard.bars == nil {
            state.dashboard.bars = BarStyle.detect(environment: ProcessInfo.processInfo.environment,
                                                   monochrome: backend.theme.name == "monochrome" || backend.colorDepth == .monochrome)
        }
        let period = state.dashboard.period ?? Period(kind: .quarter, containing: today)
        state.dashboard.period = period
        do {
            state.dashboard.figures = try ledger.statistics(for: period, today: today, listLimit: DashboardBoard.listLimit)
            state.dashboard.oversight = try ledger.oversightSummary(from: period.first, to: period.last, today: today)
            state.dashboard.error = nil
        } catch let error as LedgerError {
            state.dashboard.figures = nil
            state.dashboard.oversight = nil
            state.dashboard.error = Localized(vi: error.message(.vi), en: error.message(.en))
        } catch {
            state.dashboard.figures = nil
            state.dashboard.oversight = nil
            state.dashboard.error = Localized(vi: "Lỗi không lường trước: \(error)", en: "Unexpected error: \(error)")
        }
    }

    func drawDashboard(in rect: Rect, into buffer: inout ScreenBuffer) {
        DashboardBoard.draw(state, in: rect, into: &buffer)
    }

    /// Moves to another period and loads it.
    func showPeriod(_ period: Period) {
        state.dashboard.period = period
        state.dashboard.scroll = 0
        reloadDashboard()
    }

    /// `:period 2026-Q3` sets the period; `:period` alone (or `p`) cycles the kind.
    func choosePeriod(_ argument: String?) {
        let current = state.dashboard.period ?? Period(kind: .quarter, containing: today)
        guard let argument, !argument.isEmpty else {
            showPeriod(current.switched(to: current.kind.next, keeping: today))
            return
        }
        do {
            showPeriod(try Period.parse(argument))
        } catch {
            message(error.message, .error)
        }
    }

    func handleDashboardKey(_ key: Key) -> Bool {
        let current = state.dashboard.period ?? Period(kind: .quarter, containing: today)
        let contentCount = DashboardBoard.lines(state, width: DashboardBoard.bodyWidth(state)).count
        let page = DashboardBoard.bodyHeight(state)
        let maxScroll = max(0, contentCount - page)
        func scroll(_ delta: Int) { state.dashboard.scroll = max(0, min(maxScroll, state.dashboard.scroll + delta)) }
        switch key {
        case .char("["), .left, .char("h"): showPeriod(current.previous)
        case .char("]"), .right, .char("l"): showPeriod(current.next)
        case .char("1"): showPeriod(current.switched(to: .month, keeping: today))
        case .char("2"): showPeriod(current.switched(to: .quarter, keeping: today))
        case .char("3"): showPeriod(current.switched(to: .half, keeping: today))
        case .char("4"): showPeriod(current.switched(to: .year, keeping: today))
        case .char("0"): showPeriod(Period(kind: current.kind, containing: today))
        case .char("j"), .down: scroll(1)
        case .char("k"), .up: scroll(-1)
        case .pageDown, .char(" "): scroll(page)
        case .pageUp: scroll(-page)
        case .ctrl("d"): scroll(max(1, page / 2))
        case .ctrl("u"): scroll(-max(1, page / 2))
        case .char("g"), .home: state.dashboard.scroll = 0
        case .char("G"), .end: state.dashboard.scroll = maxScroll
        default: return false
        }
        return true
    }
}
