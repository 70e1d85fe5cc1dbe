import Procedure

/// The consolidated report as one HTML page, printable on A4, laid out as a Vietnamese
/// administrative document (Nghị định 30/2020/NĐ-CP): the issuing body and number on the
/// left, quốc hiệu and tiêu ngữ on the right, place and date, the title, the body, nơi
/// nhận and the signature block; Times New Roman 13–14 pt. Every piece of data is escaped.
public enum HTMLReport {
    public static func render(_ report: ConsolidatedReport) -> String {
        let ward = report.wardUnit?.name.uppercased() ?? ""
        let issuer = report.issuingUnit?.name.uppercased() ?? ""
        let issuerCode = report.issuingUnit?.id ?? ""
        let signer = signature(report)
        var out: [String] = []
        out.append(Markup.htmlHead(language: report.language.rawValue, generator: "dexuat report, format \(Papers.formatVersion)",
                                   title: title(report) + " — " + subtitle(report), style: style))
        out.append("<table class=\"header\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>")
        out.append("<td class=\"issuer\" width=\"38%\" align=\"center\" valign=\"top\"><div>\(Markup.isolated(ward))</div><div class=\"strong\">\(Markup.isolated(issuer))</div><div class=\"rule\"></div>")
        out.append("<div class=\"number\">\(PapersText.documentNumberLabel[report.language]): &nbsp;&nbsp;&nbsp;&nbsp;/BC-\(Markup.html(issuerCode))</div></td>")
        out.append("<td class=\"nation\" width=\"62%\" align=\"center\" valign=\"top\"><div class=\"strong\">\(PapersText.socialistRepublicVietNam[report.language])</div>")
        out.append("<div class=\"motto\">\(PapersText.independenceFreedomHappiness[report.language])</div><div class=\"rule\"></div>")
        out.append("<div class=\"date\">\(Markup.html(placeAndDate(report)))</div></td>")
        out.append("</tr></table>")
        out.append("<h1 align=\"center\">\(Markup.html(title(report)))</h1>")
        out.append("<p class=\"subtitle\" align=\"center\">\(Markup.html(subtitle(report)))</p>")
        out.append("<p class=\"to\" align=\"center\">\(PapersText.toLabel[report.language]): \(Markup.isolated(report.wardUnit?.name ?? ""))</p>")
        for section in report.sections(.display) {
            out.append("<h2>\(Markup.html(section.heading))</h2>")
            for paragraph in section.paragraphs {
                out.append("<p>\(Markup.html(paragraph))</p>")
            }
            for table in section.tables {
                out += self.table(table)
            }
        }
        out.append("<div class=\"signature-block\">")
        out.append("<table class=\"footer\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>")
        out.append("<td class=\"recipients\" width=\"45%\" valign=\"top\"><div class=\"label\">\(PapersText.distribution[report.language])</div>")
        for line in recipients(report) { out.append("<div>- \(Markup.html(line))</div>") }
        out.append("</td>")
        out.append("<td class=\"signature\" width=\"55%\" align=\"center\" valign=\"top\">"
                   + signer.lines.map { "<div class=\"strong\">\(Markup.isolated($0))</div>" }.joined())
        out.append("<div class=\"hint\">\(PapersText.signatureFullName[report.language])</div>")
        out.append("<div class=\"signer\">\(Markup.isolated(signer.name))</div></td>")
        out.append("</tr></table>")
        out.append("</div>")
        out.append("<p class=\"checkpoint\">\(Markup.html(PaperAnchor.line(report.checkpoint, report.language)))</p>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    static func table(_ table: ReportTable) -> [String] {
        var out = ["<table class=\"data\" id=\"\(Markup.html(table.id))\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">", "<caption>\(Markup.html(table.title))</caption>", "<thead><tr>"]
        out.append(table.headers.enumerated().map { index, header in
            "<th\(table.numeric.contains(index) ? " class=\"num\" align=\"right\"" : " align=\"left\"")>\(Markup.html(header))</th>"
        }.joined())
        out.append("</tr></thead>")
        out.append("<tbody>")
        if table.rows.isEmpty {
            out.append("<tr><td colspan=\"\(table.headers.count)\">—</td></tr>")
        }
        for row in table.rows {
            out.append("<tr>" + row.enumerated().map { index, cell in
                "<td\(table.numeric.contains(index) ? " class=\"num\" align=\"right\"" : "")>\(Markup.isolated(cell))</td>"
            }.joined() + "</tr>")
        }
        out.append("</tbody>")
        out.append("</table>")
        return out
    }

    /// A4 with the margins of Nghị định 30/2020, Times New Roman 13 pt body and 14 pt headings.
    static let style = Markup.a4PageRule + "\n" + """
        body { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.3; color: #000; margin: 0 }
        table.header, table.footer { width: 100%; border-collapse: collapse; margin-bottom: 12pt }
        table.header td, table.footer td { vertical-align: top; text-align: center; padding: 0 }
        td.issuer { width: 38%; font-size: 12pt } td.nation { width: 62%; font-size: 12pt; white-space: nowrap }
        .strong { font-weight: bold }
        .motto { font-weight: bold; font-size: 13pt }
        .date { font-size: 13pt }
        .rule { width: 35%; margin: 2pt auto 4pt; border-top: 1px solid #000 }
        .date { font-style: italic; margin-top: 6pt }
        .number { margin-top: 4pt }
        h1 { font-size: 14pt; text-align: center; margin: 12pt 0 0 }
        .subtitle { font-weight: bold; text-align: center; font-size: 14pt; margin: 0 0 12pt }
        .to { text-align: center }
        h2 { font-size: 13pt; margin: 12pt 0 6pt; page-break-after: avoid }
        p { text-align: justify; text-indent: 1cm; margin: 6pt 0 }
        table.data { width: 100%; border-collapse: collapse; margin: 6pt 0 12pt; font-size: 12pt; page-break-inside: auto }
        table.data caption { text-align: left; font-weight: bold; font-style: italic; padding: 4pt 0 }
        table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top }
        table.data th { background: #eee }
        table.data tr { page-break-inside: avoid }
        table.data thead { display: table-header-group }
        td.num, th.num { text-align: right }
        table.footer td.recipients { width: 45%; text-align: left; font-size: 12pt }
        td.recipients .label { font-weight: bold; font-style: italic; font-size: 12pt }
        td.signature { width: 55% }
        .hint { font-style: italic }
        .signer { margin-top: 60pt; font-weight: bold }
        p.checkpoint { text-indent: 0; font-size: 10pt; margin-top: 18pt }
        """ + "\n" + Markup.printRules
}
