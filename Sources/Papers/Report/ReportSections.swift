import Foundation
import Ledger
import Procedure

/// One table of the report, as every format draws it.
public struct ReportTable: Sendable, Hashable {
    /// A stable English id (`by_state`, `overdue`): the first column of the CSV.
    public var id: String
    public var title: String
    public var headers: [String]
    public var rows: [[String]]
    /// Columns holding numbers (right-aligned in Markdown and HTML).
    public var numeric: Set<Int>

    public init(id: String, title: String, headers: [String], rows: [[String]], numeric: Set<Int> = []) {
        self.id = id
        self.title = title
        self.headers = headers
        self.rows = rows
        self.numeric = numeric
    }
}

/// A numbered part of the report: a heading, paragraphs, tables.
public struct ReportSection: Sendable, Hashable {
    public var heading: String
    public var paragraphs: [String]
    public var tables: [ReportTable]
}

extension ConsolidatedReport {
    /// How numbers are written: grouped for people ("1.234", "4,2"), plain for data
    /// ("1234", "4.2") so a spreadsheet reads them as numbers.
    enum NumberStyle { case display, data }

    func number(_ value: Int, _ style: NumberStyle) -> String {
        guard style == .display, abs(value) >= 1000 else { return String(value) }
        let separator = language == .vi ? "." : ","
        var digits = String(abs(value))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return (value < 0 ? "-" : "") + groups.joined(separator: separator)
    }

    func decimal(_ value: Double?, _ style: NumberStyle) -> String {
        guard let value else { return "—" }
        let text = String(format: "%.1f", value)
        return style == .display && language == .vi ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    func share(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "—" : PeriodStatistics.percent(Double(part) / Double(whole))
    }

    /// A table of how many proposals fall under each label, with their share of all of the
    /// period's; labels with none are left out unless `keepZero`.
    func countTable(_ id: String, _ title: Localized, _ label: Localized, _ counts: [(label: String, count: Int)],
                    _ style: NumberStyle, keepZero: Bool = false) -> ReportTable {
        ReportTable(
            id: id, title: t(title),
            headers: [t(label), t(Localized(vi: "Số đề xuất", en: "Proposals")), t(Localized(vi: "Tỷ lệ", en: "Share"))],
            rows: counts.filter { keepZero || $0.count > 0 }.map { [$0.label, number($0.count, style), share($0.count, of: statistics.total)] },
            numeric: [1, 2])
    }

    /// The report's parts, in order.
    func sections(_ style: NumberStyle) -> [ReportSection] {
        let s = statistics
        let vi = language == .vi
        let n = { (value: Int) in self.number(value, style) }
        var parts: [ReportSection] = []

        // I. Overview
        let overview = ReportTable(
            id: "overview", title: t(Localized(vi: "Số liệu chung", en: "Summary")),
            headers: [t(Localized(vi: "Chỉ tiêu", en: "Figure")), t(Localized(vi: "Giá trị", en: "Value"))],
            rows: [
                [t(Localized(vi: "Đề xuất trong kỳ", en: "Proposals in the period")), n(s.total)],
                [t(Localized(vi: "Tỷ lệ các bước xử lý đúng hạn", en: "Steps done on time")), PeriodStatistics.percent(s.onTimeRate)],
                [t(Localized(vi: "Đề xuất đang được xử lý", en: "Proposals being handled")), n(s.heldCount)],
                [t(Localized(vi: "Trường hợp quá hạn", en: "Overdue cases")), n(s.overdueCount)],
                [t(Localized(vi: "Đã đánh giá kết quả", en: "Results evaluated")), n(s.outcomes.values.reduce(0, +))],
                [t(Localized(vi: "Biện pháp khuyến khích đã quyết định", en: "Encouragement measures decided")), n(s.rewards)],
                [t(Localized(vi: "Quyết định về trách nhiệm (bảo vệ)", en: "Liability decisions (protection)")), n(s.protections)],
            ], numeric: [1])
        parts.append(ReportSection(
            heading: t(Localized(vi: "I. TÌNH HÌNH CHUNG", en: "I. OVERVIEW")),
            paragraphs: [vi
                ? "Báo cáo tổng hợp các đề xuất đổi mới, sáng tạo được lập trong \(period.label.vi.lowercasedFirst) (từ ngày \(period.first.vietnamese) đến ngày \(period.last.vietnamese)), số liệu tính đến ngày \(today.vietnamese), thời hạn tính theo ngày làm việc theo Nghị định 73/2023/NĐ-CP và Công văn 432/UBND-VHXH."
                : "Consolidated report on the innovation proposals written in \(period.label.en) (from \(period.first.vietnamese) to \(period.last.vietnamese)), figures as of \(today.vietnamese); limits in working days under Decree 73/2023 and letter 432/UBND-VHXH."],
            tables: [overview]))

        // II. Counts
        let byState = countTable("by_state", Localized(vi: "Theo trạng thái", en: "By state"), Localized(vi: "Trạng thái", en: "State"),
                                 ProposalState.allCases.compactMap { state in s.byState[state].map { (t(state.label), $0) } }, style)
        let byUnit = countTable("by_unit", Localized(vi: "Theo đơn vị đề xuất", en: "By proposing unit"), Localized(vi: "Đơn vị", en: "Unit"),
                                s.byUnit.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { (unitName($0.key), $0.value) }, style,
                                keepZero: true)
        let byField = countTable("by_field", Localized(vi: "Theo lĩnh vực", en: "By field"), Localized(vi: "Lĩnh vực", en: "Field"),
                                 ProposalField.allCases.compactMap { field in s.byField[field].map { (t(field.label), $0) } }, style)
        parts.append(ReportSection(heading: t(Localized(vi: "II. SỐ LƯỢNG ĐỀ XUẤT", en: "II. NUMBER OF PROPOSALS")),
                                   paragraphs: [], tables: [byState, byUnit, byField]))

        // III. Time against the limits
        let steps = ReportTable(
            id: "steps", title: t(Localized(vi: "Thời gian xử lý từng bước so với thời hạn", en: "Time in each step against its limit")),
            headers: [t(Localized(vi: "Bước", en: "Step")), t(Localized(vi: "Thời hạn (ngày làm việc)", en: "Limit (working days)")),
                      t(Localized(vi: "Đã xong", en: "Done")), t(Localized(vi: "Đúng hạn", en: "On time")),
                      t(Localized(vi: "Xong trễ hạn", en: "Done late")), t(Localized(vi: "Đang quá hạn", en: "Running overdue")),
                      t(Localized(vi: "Đang trong hạn", en: "Running on time")), t(Localized(vi: "Bình quân (ngày)", en: "Average (days)")),
                      t(Localized(vi: "Dài nhất (ngày)", en: "Longest (days)")), t(Localized(vi: "Tỷ lệ đúng hạn", en: "On-time rate"))],
            rows: StepKind.allCases.compactMap { step in
                guard let f = s.steps[step] else { return nil }
                return [t(step.label), n(f.limitDays), n(f.done), n(f.doneOnTime), n(f.doneLate), n(f.runningOverdue),
                        n(f.runningOnTrack), decimal(f.averageDays, style), n(f.longestDays), PeriodStatistics.percent(f.onTimeRate)]
            }, numeric: Set(1...9))
        let units = ReportTable(
            id: "on_time_by_unit", title: t(Localized(vi: "Tỷ lệ đúng hạn theo đơn vị xem xét", en: "On-time rate by reviewing unit")),
            headers: [t(Localized(vi: "Đơn vị", en: "Unit")), t(Localized(vi: "Đúng hạn", en: "On time")),
                      t(Localized(vi: "Trễ hạn", en: "Late")), t(Localized(vi: "Tỷ lệ đúng hạn", en: "On-time rate"))],
            rows: s.unitTiming.values.sorted { $0.unitID < $1.unitID }.map {
                [unitName($0.unitID), n($0.onTime), n($0.late), PeriodStatistics.percent($0.onTimeRate)]
            }, numeric: [1, 2, 3])
        parts.append(ReportSection(heading: t(Localized(vi: "III. THỜI GIAN XỬ LÝ SO VỚI THỜI HẠN", en: "III. TIME AGAINST THE LEGAL LIMITS")),
                                   paragraphs: [], tables: [steps, units]))

        // IV. Who holds what
        let byRole = ReportTable(
            id: "held_by_role", title: t(Localized(vi: "Đề xuất đang chờ, theo người giữ", en: "Open proposals by holder")),
            headers: [t(Localized(vi: "Người giữ", en: "Holder")), t(Localized(vi: "Số đề xuất", en: "Proposals"))],
            rows: Role.allCases.compactMap { role in
                guard let count = s.heldByRole[role], count > 0 else { return nil }
                return [t(role.label), n(count)]
            }, numeric: [1])
        let held = ReportTable(
            id: "held", title: t(Localized(vi: "Ai đang giữ đề xuất nào, trong bao lâu", en: "Who holds which proposal, and for how long")),
            headers: [t(Localized(vi: "Số", en: "Id")), t(Localized(vi: "Tên đề xuất", en: "Title")), t(Localized(vi: "Người giữ", en: "Holder")),
                      t(Localized(vi: "Việc cần làm", en: "To do")), t(Localized(vi: "Từ ngày", en: "Since")),
                      t(Localized(vi: "Số ngày làm việc", en: "Working days")), t(Localized(vi: "Hạn", en: "Due"))],
            rows: s.held.map { h in
                [h.id, h.title, holderText(h.holder), t(h.holder.task), h.since.vietnamese, n(h.workingDays),
                 (h.due?.vietnamese ?? "—") + (h.overdue ? " (" + t(Localized(vi: "quá hạn", en: "overdue")) + ")" : "")]
            }, numeric: [5])
        parts.append(ReportSection(heading: t(Localized(vi: "IV. HỒ SƠ ĐANG XỬ LÝ", en: "IV. PROPOSALS BEING HANDLED")),
                                   paragraphs: s.heldCount > s.held.count
                                       ? [vi ? "Liệt kê \(n(s.held.count)) trong \(n(s.heldCount)) đề xuất giữ lâu nhất." : "The \(n(s.held.count)) held longest of \(n(s.heldCount))."]
                                       : [],
                                   tables: [byRole, held]))

        // V. Outcomes and measures
        let outcomes = ReportTable(
            id: "outcomes", title: t(Localized(vi: "Kết quả đánh giá", en: "Evaluation outcomes")),
            headers: [t(Localized(vi: "Kết quả", en: "Outcome")), t(Localized(vi: "Số đề xuất", en: "Proposals"))],
            rows: Outcome.allCases.map { [t($0.label), n(s.outcomes[$0] ?? 0)] }, numeric: [1])
        let consequences = ReportTable(
            id: "consequences", title: t(Localized(vi: "Hệ quả theo Nghị định 73", en: "Consequences under Decree 73")),
            headers: [t(Localized(vi: "Hệ quả", en: "Consequence")), t(Localized(vi: "Số đề xuất", en: "Proposals"))],
            rows: Consequence.allCases.map { [t($0.label), n(s.consequences[$0] ?? 0)] }, numeric: [1])
        let measures = ReportTable(
            id: "measures", title: t(Localized(vi: "Khen thưởng, khuyến khích và bảo vệ đã quyết định", en: "Rewards, encouragement and protection decided")),
            headers: [t(Localized(vi: "Biện pháp", en: "Measure")), t(Localized(vi: "Loại", en: "Kind")), t(Localized(vi: "Số quyết định", en: "Decisions"))],
            rows: MeasureKind.allCases.map { kind in
                [t(kind.label),
                 t(kind.isLiabilityDecision ? Localized(vi: "Bảo vệ, trách nhiệm (Điều 11)", en: "Protection, liability (art. 11)")
                                            : Localized(vi: "Khuyến khích (Điều 10)", en: "Encouragement (art. 10)")),
                 n(s.measures[kind] ?? 0)]
            }, numeric: [2])
        parts.append(ReportSection(heading: t(Localized(vi: "V. KẾT QUẢ, KHEN THƯỞNG VÀ BẢO VỆ", en: "V. OUTCOMES, REWARDS AND PROTECTION")),
                                   paragraphs: [], tables: [outcomes, consequences, measures]))

        // VI. Points 1 and 4
        parts.append(ReportSection(
            heading: t(Localized(vi: "VI. PHỔ BIẾN, QUÁN TRIỆT; HƯỚNG DẪN, KIỂM TRA", en: "VI. DISSEMINATION; GUIDANCE AND INSPECTION")),
            paragraphs: oversightParagraphs(style),
            tables: oversightTables(style)))

        // VII. Lists by state
        let listTables = listings.map { listing in
            ReportTable(
                id: "list_" + listing.state.rawValue, title: t(listing.state.label) + " (" + n(listing.proposals.count) + ")",
                headers: [t(Localized(vi: "Số", en: "Id")), t(Localized(vi: "Tên đề xuất", en: "Title")),
                          t(Localized(vi: "Đơn vị", en: "Unit")), t(Localized(vi: "Người đề xuất", en: "Proposer")),
                          t(Localized(vi: "Hạn bước tiếp", en: "Next due"))],
                rows: listing.proposals.map { p in
                    [p.id, p.title, p.unitID, p.proposerName.isEmpty ? p.proposer : p.proposerName,
                     p.nextDue.map { $0.vietnamese + (p.nextStep.map { " · " + t($0.label) } ?? "") } ?? "—"]
                })
        }
        parts.append(ReportSection(heading: t(Localized(vi: "VII. DANH SÁCH ĐỀ XUẤT THEO TRẠNG THÁI", en: "VII. PROPOSALS BY STATE")),
                                   paragraphs: listTables.isEmpty ? [t(Localized(vi: "Không có đề xuất nào trong kỳ.", en: "No proposal in the period."))] : [],
                                   tables: listTables))

        // VIII. Overdue
        let overdue = ReportTable(
            id: "overdue", title: t(Localized(vi: "Các trường hợp quá hạn và lý do", en: "Overdue cases and their reasons")),
            headers: [t(Localized(vi: "Số", en: "Id")), t(Localized(vi: "Tên đề xuất", en: "Title")), t(Localized(vi: "Đơn vị xem xét", en: "Reviewing unit")),
                      t(Localized(vi: "Bước", en: "Step")), t(Localized(vi: "Hạn", en: "Due")),
                      t(Localized(vi: "Quá hạn (ngày làm việc)", en: "Late (working days)")),
                      t(Localized(vi: "Người giữ", en: "Holder")), t(Localized(vi: "Lý do", en: "Reasons"))],
            rows: s.overdue.map { c in
                [c.id, c.title, c.unitID, t(c.step.label), c.due.vietnamese, n(c.workingDaysLate),
                 c.holder.map(holderText) ?? "—", c.reasons.map { t($0) }.joined(separator: "; ")]
            }, numeric: [5])
        parts.append(ReportSection(heading: t(Localized(vi: "VIII. CÁC TRƯỜNG HỢP QUÁ HẠN", en: "VIII. OVERDUE CASES")),
                                   paragraphs: s.overdue.isEmpty ? [t(Localized(vi: "Không có trường hợp quá hạn.", en: "No overdue case."))] : [],
                                   tables: s.overdue.isEmpty ? [] : [overdue]))
        return parts
    }

    /// "Thủ trưởng · VHXH · Đỗ Thị Trưởng".
    func holderText(_ holder: Holder) -> String {
        ([t(holder.role.label), holder.unitID] + (officerName(holder.login).map { [$0] } ?? [])).joined(separator: " · ")
    }
}

extension String {
    /// "Quý III năm 2026" → "quý III năm 2026", inside a sentence.
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
