import Procedure

/// The consolidated report as CSV (RFC 4180): CRLF line ends, fields quoted when they
/// hold a comma, a quote or a line break, quotes doubled, and every record the same
/// number of fields. It starts with a UTF-8 byte order mark so that Excel reads the
/// Vietnamese letters as UTF-8.
///
/// The first column names the table (`by_state`, `steps`, `overdue`, …), the second says
/// whether the record is the table's header or a row; numbers are written plainly.
public enum CSVReport {
    public static let byteOrderMark = "\u{FEFF}"

    public static func render(_ report: ConsolidatedReport) -> String {
        let vi = report.language == .vi
        let tables = report.sections(.data).flatMap(\.tables)
        let width = max(6, 2 + (tables.map { max($0.headers.count, $0.rows.map(\.count).max() ?? 0) }.max() ?? 1))
        var records: [[String]] = []
        records.append([vi ? "bang" : "table", vi ? "loai_dong" : "record"] + (1...(width - 2)).map { (vi ? "cot_" : "column_") + String($0) })
        records.append(["report", "meta", subtitle(report), report.period.description, report.today.iso, placeAndDate(report)])
        for table in tables {
            records.append([table.id, "header"] + table.headers)
            for row in table.rows {
                records.append([table.id, "row"] + row)
            }
        }
        var out = byteOrderMark
        for record in records {
            let padded = record + Array(repeating: "", count: max(0, width - record.count))
            out += padded.map(field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// One field: quoted when it must be, with its quotes doubled.
    public static func field(_ text: String) -> String {
        // A leading = + - @ would start a formula in a spreadsheet: an apostrophe keeps it text.
        let guarded = text.first.map { "=+-@".contains($0) } == true && Double(text) == nil ? "'" + text : text
        let needsQuotes = guarded.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return guarded }
        return "\"" + guarded.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
