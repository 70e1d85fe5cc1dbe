import Procedure

/// The consolidated report as CSV, written by `CSV` (RFC 4180, byte-order mark, formulas
/// kept as text), every record the same number of fields.
///
/// The first column names the table (`by_state`, `steps`, `overdue`, …), the second says
/// whether the record is the table's header or a row; numbers are written plainly.
public enum CSVReport {
    public static func render(_ report: ConsolidatedReport) -> String {
        let tables = report.sections(.data).flatMap(\.tables)
        let width = max(6, 2 + (tables.map { max($0.headers.count, $0.rows.map(\.count).max() ?? 0) }.max() ?? 1))
        var records: [[String]] = []
        records.append([PapersText.csvTableColumn[report.language], PapersText.csvRecordKindColumn[report.language]] + (1...(width - 2)).map { (PapersText.csvColumnPrefix[report.language]) + String($0) })
        records.append(["report", "meta", subtitle(report), report.period.description, report.today.iso, placeAndDate(report)])
        records.append(["report", "checkpoint", PaperAnchor.line(report.checkpoint, report.language), report.checkpoint.code])
        // Every cell of the report is one line (names, titles, labels): a line break there
        // could only come from a damaged record, and must not start a line of the file.
        func line(_ cell: String) -> String {
            cell.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
        }
        for table in tables {
            records.append([table.id, "header"] + table.headers)
            for row in table.rows {
                records.append([table.id, "row"] + row.map(line))
            }
        }
        return CSV.document(records.map { $0 + Array(repeating: "", count: max(0, width - $0.count)) })
    }
}
