import Foundation
import Procedure

/// Part VI of the report: points 1 and 4 of Công văn 432 (dissemination; guidance and
/// inspection), from the oversight records.
extension ConsolidatedReport {
    func oversightParagraphs(_ style: NumberStyle) -> [String] {
        guard let o = oversight else {
            return [t(Localized(vi: "Chưa có số liệu về hội nghị quán triệt, kiểm tra và phản ánh khó khăn, vướng mắc.",
                                en: "No figures on briefings, inspections or difficulty reports."))]
        }
        let n = { (value: Int) in self.number(value, style) }
        let c = o.coverage
        return [language == .vi
            ? "Phổ biến, quán triệt (điểm 1): \(n(c.acknowledged))/\(n(c.expected)) lượt cán bộ đã xác nhận nắm nội dung văn bản (\(c.percent)%), \(n(c.missing.count)) cán bộ còn thiếu; \(n(o.briefings.count)) hội nghị quán triệt trong kỳ. Hướng dẫn, kiểm tra (điểm 4): \(n(o.inspections.count)) cuộc kiểm tra trong kỳ, \(n(o.openInspections.count)) cuộc còn kiến nghị chưa thực hiện xong, \(n(o.overdueRecommendations.count)) kiến nghị quá hạn; \(n(o.difficulties.count)) phản ánh khó khăn, vướng mắc trong kỳ, \(n(o.openDifficulties.count)) phản ánh đang chờ trả lời, \(n(o.overdueEscalations.count)) phản ánh đã chuyển UBND phường quá hạn."
            : "Dissemination (point 1): \(n(c.acknowledged)) of \(n(c.expected)) officer-text acknowledgements (\(c.percent)%), \(n(c.missing.count)) officers still missing; \(n(o.briefings.count)) briefings in the period. Guidance and inspection (point 4): \(n(o.inspections.count)) inspections in the period, \(n(o.openInspections.count)) with recommendations still open, \(n(o.overdueRecommendations.count)) recommendations overdue; \(n(o.difficulties.count)) difficulty reports in the period, \(n(o.openDifficulties.count)) awaiting an answer, \(n(o.overdueEscalations.count)) escalations overdue."]
    }

    func oversightTables(_ style: NumberStyle) -> [ReportTable] {
        guard let o = oversight else { return [] }
        let n = { (value: Int) in self.number(value, style) }
        let textNumber = Dictionary(o.coverage.texts.map { ($0.textID, $0.number) }, uniquingKeysWith: { first, _ in first })
        let yes = t(Localized(vi: "Có", en: "Yes")), no = t(Localized(vi: "Không", en: "No"))
        var tables: [ReportTable] = []
        tables.append(ReportTable(
            id: "coverage_units", title: t(Localized(vi: "Tỷ lệ nắm nội dung văn bản theo đơn vị", en: "Coverage by unit")),
            headers: [t(Localized(vi: "Đơn vị", en: "Unit")), t(Localized(vi: "Cán bộ", en: "Officers")),
                      t(Localized(vi: "Đã nắm đủ", en: "Complete")), t(Localized(vi: "Lượt xác nhận", en: "Acknowledged")),
                      t(Localized(vi: "Tỷ lệ", en: "Share"))],
            rows: o.coverage.units.map { [$0.unitName, n($0.officers), n($0.complete), "\(n($0.acknowledged))/\(n($0.expected))", "\($0.percent)%"] },
            numeric: [1, 2, 3, 4]))
        tables.append(ReportTable(
            id: "coverage_texts", title: t(Localized(vi: "Tỷ lệ nắm nội dung theo văn bản", en: "Coverage by text")),
            headers: [t(Localized(vi: "Văn bản", en: "Text")), t(Localized(vi: "Đã xác nhận", en: "Acknowledged")),
                      t(Localized(vi: "Đã dự quán triệt", en: "Briefed")), t(Localized(vi: "Còn thiếu", en: "Missing")),
                      t(Localized(vi: "Tỷ lệ", en: "Share"))],
            rows: o.coverage.texts.map { ["\($0.number)", "\(n($0.acknowledged))/\(n($0.officers))", n($0.briefed), n($0.missing.count), "\($0.percent)%"] },
            numeric: [1, 2, 3, 4]))
        tables.append(ReportTable(
            id: "coverage_missing", title: t(Localized(vi: "Cán bộ chưa xác nhận đủ văn bản", en: "Officers still missing texts")),
            headers: [t(Localized(vi: "Cán bộ", en: "Officer")), t(Localized(vi: "Đơn vị", en: "Unit")),
                      t(Localized(vi: "Văn bản còn thiếu", en: "Texts missing")), t(Localized(vi: "Đã dự quán triệt", en: "Briefed"))],
            rows: o.coverage.missing.map { [$0.name, $0.unitID, $0.textIDs.map { textNumber[$0] ?? $0 }.joined(separator: "; "), $0.briefed ? yes : no] }))
        tables.append(ReportTable(
            id: "briefings", title: t(Localized(vi: "Hội nghị quán triệt trong kỳ", en: "Briefings in the period")),
            headers: [t(Localized(vi: "Ngày", en: "Date")), t(Localized(vi: "Đơn vị", en: "Unit")),
                      t(Localized(vi: "Người trình bày", en: "Presenter")), t(Localized(vi: "Văn bản", en: "Texts")),
                      t(Localized(vi: "Số người dự", en: "Attendees"))],
            rows: o.briefings.map { [$0.day.vietnamese, $0.unitName, $0.presenter, $0.textIDs.map { textNumber[$0] ?? $0 }.joined(separator: "; "), n($0.attendees)] },
            numeric: [4]))
        tables.append(ReportTable(
            id: "inspections", title: t(Localized(vi: "Kiểm tra trong kỳ và các cuộc còn kiến nghị chưa xong", en: "Inspections in the period, and those still open")),
            headers: [t(Localized(vi: "Số", en: "Id")), t(Localized(vi: "Đơn vị", en: "Unit")), t(Localized(vi: "Ngày", en: "Date")),
                      t(Localized(vi: "Nội dung kiểm tra", en: "Scope")), t(Localized(vi: "Kiến nghị", en: "Recommendations")),
                      t(Localized(vi: "Chưa xong", en: "Open")), t(Localized(vi: "Quá hạn", en: "Overdue"))],
            rows: (o.inspections + o.openInspections.filter { open in !o.inspections.contains { $0.id == open.id } })
                .map { [$0.id, $0.unitName, $0.day.vietnamese, $0.scope, n($0.recommendations), n($0.open), n($0.overdue)] },
            numeric: [4, 5, 6]))
        tables.append(ReportTable(
            id: "open_recommendations", title: t(Localized(vi: "Kiến nghị sau kiểm tra chưa thực hiện xong", en: "Recommendations not yet done")),
            headers: [t(Localized(vi: "Cuộc kiểm tra", en: "Inspection")), t(Localized(vi: "Đơn vị", en: "Unit")),
                      t(Localized(vi: "Kiến nghị", en: "Recommendation")), t(Localized(vi: "Hạn", en: "Due")),
                      t(Localized(vi: "Tình trạng", en: "Status")), t(Localized(vi: "Quá hạn (ngày)", en: "Overdue (days)"))],
            rows: o.openRecommendations.map { ["\($0.inspectionID) #\($0.number)", $0.unitName, $0.text, $0.due.vietnamese, t($0.status.label),
                                               $0.overdue ? n($0.daysOverdue) : "—"] },
            numeric: [5]))
        tables.append(ReportTable(
            id: "difficulties_by_status", title: t(Localized(vi: "Phản ánh khó khăn, vướng mắc trong kỳ theo tình trạng", en: "Difficulty reports in the period by status")),
            headers: [t(Localized(vi: "Tình trạng", en: "Status")), t(Localized(vi: "Số phản ánh", en: "Reports"))],
            rows: o.difficultiesByStatus.map { [t($0.status.label), n($0.count)] }, numeric: [1]))
        tables.append(ReportTable(
            id: "open_difficulties", title: t(Localized(vi: "Phản ánh khó khăn, vướng mắc đang chờ trả lời", en: "Difficulty reports awaiting an answer")),
            headers: [t(Localized(vi: "Số", en: "Id")), t(Localized(vi: "Đơn vị", en: "Unit")), t(Localized(vi: "Loại", en: "Category")),
                      t(Localized(vi: "Tình trạng", en: "Status")), t(Localized(vi: "Ngày gửi", en: "Filed")),
                      t(Localized(vi: "Hạn UBND trả lời", en: "Committee due")), t(Localized(vi: "Nội dung", en: "Text"))],
            rows: o.openDifficulties.map { [$0.id, $0.unitName, t($0.category.label), t($0.status.label), $0.filedOn.vietnamese,
                                            ($0.due?.vietnamese ?? "—") + ($0.overdue ? " (" + t(Localized(vi: "quá hạn", en: "overdue")) + ")" : ""),
                                            $0.text] }))
        return tables
    }
}
