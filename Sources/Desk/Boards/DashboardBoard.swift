import Foundation
import Ledger
import Procedure
import Terminal

extension Board {
    public static let dashboard = Board("dashboard")
}

/// The figures of one period as the worker read them (or why it could not).
struct DashboardData: Sendable {
    var period: Period
    var figures: PeriodStatistics?
    var oversight: OversightSummary?
    /// §7.3: members' own evaluation forms and collective evaluations, apart.
    var evaluationForms: EvaluationFormCounts?
    var error: Localized?
    /// Only the counts by state, unit and field (`Ledger.periodCounts`): the first frame
    /// of a period; the rest follows.
    var partial = false
}

/// The dashboard board (Tổng hợp, key `T`): for a period, the proposals by state, unit
/// and field; the time each step took against its legal limit and the on-time rate per
/// step and per unit; who holds which proposal and for how long; outcomes, rewards and
/// protections; points 1 and 4; the overdue cases with their reasons. `[` `]` step the
/// period, `1`–`4` choose month, quarter, half-year or year, `0` comes back to today's
/// period, `p` cycles the kind and `:period 2026-Q3` picks one.
public struct DashboardBoard: BoardComponent {
    public static let board = Board.dashboard
    public static let switchKey = Key.char("T")
    public static let commandName = "dashboard"
    public static let description = DeskText.dashboardDescription
    public static let hint = DeskText.hintDashboard
    /// A pass over a whole period: other officers' changes reload it at most every 10 s.
    public static let refreshInterval: Double = 10
    /// Held proposals and overdue cases listed on the board (the report lists them all).
    static let listLimit = 30

    public var period: Period
    /// The period the figures shown are of (nil until the first arrive).
    public var loadedPeriod: Period?
    public var figures: PeriodStatistics?
    /// Points 1 and 4: coverage, inspections, difficulty reports.
    public var oversight: OversightSummary?
    /// §7.3: members' own evaluation forms and collective evaluations, apart.
    public var evaluationForms: EvaluationFormCounts?
    public var error: Localized?
    /// The figures shown are only the counts by state, unit and field: the rest (step
    /// times, holders, outcomes, oversight) is being read (issue 16: the counts of a year
    /// come from a few hundred rows, the rest from every proposal of the year).
    public var partial = false
    /// The scroll of the figures under the header.
    public var scroll = ListState(scrollsOnly: true)
    /// The figures wrapped to the body's width in the layout pass (drawing reads them).
    var wrapped: [StyledLine] = []
    /// What `wrapped` was made from: the layout pass runs after every message (the clock
    /// included), so the figures are laid out again only when one of these changed.
    var wrappedFor: LayoutKey?
    /// Counts the payloads received (new figures, or the same period read again).
    var generation = 0

    struct LayoutKey: Equatable {
        var width: Int
        var language: Language
        var bars: BarStyle?
        var generation: Int
        var period: Period
    }

    public static func make(_ desk: DeskState) -> DashboardBoard {
        DashboardBoard(period: Period(kind: .quarter, containing: desk.today))
    }

    init(period: Period) {
        self.period = period
    }

    public func bindings(_ desk: DeskState) -> [Binding] {
        var all = ListState.bindings(document: true).map { binding in
            // Space pages down, as in a pager.
            var binding = binding
            if binding.name == "page-down" { binding.keys.append(.char(" ")) }
            return binding
        }
        all += [
            Binding([.char("["), .left, .char("h")], "period-previous", DeskText.periodPrevious, hint: DeskText.hintPeriodPrevious),
            Binding([.char("]"), .right, .char("l")], "period-next", DeskText.periodNext, hint: DeskText.hintPeriodNext),
            Binding([.char("1")], "period-month", DeskText.periodMonth),
            Binding([.char("2")], "period-quarter", DeskText.periodQuarter),
            Binding([.char("3")], "period-half", DeskText.periodHalf),
            Binding([.char("4")], "period-year", DeskText.periodYear),
            Binding([.char("0")], "period-now", DeskText.periodNow, hint: DeskText.hintPeriodNow),
            Binding([.char("p")], "period", DeskText.periodCycle, hint: DeskText.hintPeriodCycle, argument: true),
        ]
        return all
    }

    public mutating func perform(_ name: String, argument: String?, _ desk: DeskState) -> [DeskAction] {
        let today = desk.today
        switch name {
        case "period-previous": return show(period.previous, desk)
        case "period-next": return show(period.next, desk)
        case "period-month": return show(period.switched(to: .month, keeping: today), desk)
        case "period-quarter": return show(period.switched(to: .quarter, keeping: today), desk)
        case "period-half": return show(period.switched(to: .half, keeping: today), desk)
        case "period-year": return show(period.switched(to: .year, keeping: today), desk)
        case "period-now": return show(Period(kind: period.kind, containing: today), desk)
        case "period":
            guard let argument = argument?.trimmingCharacters(in: .whitespaces), !argument.isEmpty else {
                return show(period.switched(to: period.kind.next, keeping: today), desk)
            }
            return choose(argument, desk)
        default:
            scroll.apply(name)
            return []
        }
    }

    /// `:dashboard 2026-Q3`: the board opens on that period (it is loaded by the switch).
    public mutating func enter(argument: String?, _ desk: DeskState) -> [DeskAction] {
        guard let argument = argument?.trimmingCharacters(in: .whitespaces), !argument.isEmpty else { return [] }
        do {
            period = try Period.parse(argument)
            scroll.toTop()
            return []
        } catch {
            return [.say(error.message, .error)]
        }
    }

    /// `:period 2026-Q3`; a period that cannot be read leaves the one shown.
    mutating func choose(_ text: String, _ desk: DeskState) -> [DeskAction] {
        do {
            return show(try Period.parse(text), desk)
        } catch {
            return [.say(error.message, .error)]
        }
    }

    /// Moves to another period and asks its figures of the worker.
    mutating func show(_ period: Period, _ desk: DeskState) -> [DeskAction] {
        self.period = period
        scroll.toTop()
        return load(desk).map { [.job($0)] } ?? []
    }

    /// The counts first (`Ledger.periodCounts`, a number of rows that does not grow with
    /// the proposals); `receive` then asks for the rest (`rest`).
    public func load(_ desk: DeskState) -> LedgerJob? {
        let period = self.period
        let today = desk.today
        return .forBoard(Self.board, "board.dashboard", failure: { DashboardData(period: period, error: $0.text) }) { ledger in
            DashboardData(period: period, figures: try ledger.periodCounts(for: period, today: today), partial: true)
        }
    }

    /// Every figure of the period: one pass over its proposals' facts. The same job name
    /// as `load`, so a period left before its figures came is not read to the end.
    func rest(_ desk: DeskState) -> LedgerJob {
        let period = self.period
        let today = desk.today
        return .forBoard(Self.board, "board.dashboard", failure: { DashboardData(period: period, error: $0.text) }) { ledger in
            DashboardData(period: period,
                          figures: try ledger.statistics(for: period, today: today, listLimit: Self.listLimit),
                          oversight: try ledger.oversightSummary(from: period.first, to: period.last, today: today),
                          evaluationForms: try ledger.evaluationFormCounts(for: period))
        }
    }

    public mutating func receive(_ payload: any Sendable, _ desk: DeskState) -> [DeskAction] {
        // Figures of a period the officer has already left are dropped.
        guard let data = payload as? DashboardData, data.period == period else { return [] }
        if data.partial {
            // A refresh of the period shown keeps its whole figures until the new ones come.
            let showingWhole = loadedPeriod == period && figures != nil && !partial && error == nil
            if !showingWhole {
                loadedPeriod = data.period
                generation += 1
                figures = data.figures
                oversight = nil
                evaluationForms = nil
                error = nil
                partial = true
            }
            return [.job(rest(desk))]
        }
        partial = false
        loadedPeriod = data.period
        generation += 1
        figures = data.figures
        oversight = data.oversight
        evaluationForms = data.evaluationForms
        error = data.error
        return []
    }

    /// The box and the header row around the figures.
    static func bodyRect(_ rect: Rect) -> Rect {
        Rect(x: rect.x + 1, y: rect.y + 2, width: max(0, rect.width - 2), height: max(0, rect.height - 3))
    }

    public mutating func layout(_ rect: Rect, _ desk: DeskState) {
        let body = Self.bodyRect(rect)
        let key = LayoutKey(width: body.width, language: desk.language, bars: desk.bars, generation: generation, period: period)
        if key != wrappedFor {
            wrapped = lines(desk, width: max(1, body.width))
            wrappedFor = key
        }
        scroll.fit(body.height)
        scroll.resize(count: wrapped.count)
    }

    public func draw(_ desk: DeskState, in rect: Rect, into buffer: inout ScreenBuffer) {
        let lang = desk.language
        let title = DeskText.dashboardTitle[lang] + " — " + period.label[lang]
        let inner = Draw.box(rect, title: title, focused: true, into: &buffer)
        guard inner.height > 2, inner.width > 8 else { return }
        if let figures, loadedPeriod == period {
            let header = DeskText.dashboardHeader(period.first, period.last, asOf: figures.context.today)[lang]
            Draw.line([Span(header, .textEmphasis)], at: inner.x, y: inner.y, width: inner.width, into: &buffer)
        }
        let body = Self.bodyRect(rect)
        for row in 0..<body.height where wrapped.indices.contains(scroll.top + row) {
            Draw.line(wrapped[scroll.top + row], at: body.x, y: body.y + row, width: body.width, into: &buffer)
        }
        if wrapped.count > body.height {
            let marker = "\(scroll.top + 1)–\(min(wrapped.count, scroll.top + body.height))/\(wrapped.count)"
            buffer.put(" " + marker + " ", at: rect.maxX - DisplayWidth.width(of: marker) - 4, y: rect.maxY - 1, role: .textMuted)
        }
    }
}
