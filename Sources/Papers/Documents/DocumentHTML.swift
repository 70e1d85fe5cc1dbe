import Procedure

/// An official document as a printable A4 HTML page: NĐ 30/2020 margins (top and bottom
/// 20 mm, left 30 mm, right 15 mm), Times New Roman 13–14 pt, the two-column heading.
public enum DocumentHTML {
    public static func render(_ doc: OfficialDocument) -> String {
        // Our sentences with the stored text marked by DocumentBuilder: each marked part in <bdi>.
        let e = Markup.htmlMarked
        var html = Markup.htmlHead(language: "vi", generator: "dexuat document, format \(Papers.formatVersion)",
                                   title: doc.title, style: style) + "\n"
        // Two rows, so that "Số:" sits level with the place and date line; a drawn rule under
        // the issuing body and under the motto.
        html += "<table class=\"heading\"><tr>\n<td style=\"width:40%\">\n\n"
        if !doc.superiorBody.isEmpty { html += "<div class=\"upper\">\(Markup.isolated(doc.superiorBody))</div>\n" }
        html += "<div class=\"body-name\">\(Markup.isolated(doc.issuingBody))</div>\n<div class=\"rule\"></div>\n</td>\n"
        html += "<td style=\"width:60%\">\n<div class=\"national\">\(e(OfficialDocument.nationalName))</div>\n"
        html += "<div class=\"motto\"><span>\(e(OfficialDocument.motto))</span></div>\n</td>\n</tr>\n"
        html += "<tr><td><div class=\"number\">\(Markup.isolated(doc.number))</div></td>\n"
        html += "<td><div class=\"place\">\(e(doc.placeAndDate))</div></td></tr></table>\n"
        html += "<h1>\(e(doc.title))</h1>\n<p class=\"summary\">\(e(doc.summary))</p>\n<div class=\"rule summary-rule\"></div>\n"
        for paragraph in doc.paragraphs {
            let cls = switch paragraph.style {
            case .body: "body"
            case .heading: "heading"
            case .centeredBold: "centered"
            }
            let (lead, rest) = OfficialDocument.articleLead(paragraph.text)
            html += "<p class=\"\(cls)\">" + (lead.isEmpty ? "" : "<b>\(e(lead))</b>") + "\(e(rest))</p>\n"
            if paragraph.text.hasPrefix("III. KẾT QUẢ BIỂU QUYẾT"), !doc.table.isEmpty {
                html += table(doc.table)
            }
        }
        // The closing in one block that a printed page never splits.
        html += "<div class=\"signature-block\">\n<table class=\"closing\"><tr>\n<td class=\"recipients\">"
        if !doc.secondSignatureTitle.isEmpty {
            html += "<div class=\"sign\" style=\"text-align:center\">\(e(doc.secondSignatureTitle))</div>"
            html += "<div class=\"signer\" style=\"text-align:center\">\(e(doc.secondSignatureName))</div><br>"
        }
        html += "<b>Nơi nhận:</b><br>\n" + doc.recipients.map { "- " + e($0) }.joined(separator: "<br>\n") + "</td>\n"
        html += "<td class=\"signature\">"
        for line in doc.signatureLines { html += "<div class=\"sign\">\(e(line))</div>" }
        html += "\n<div class=\"signer\">\(e(doc.signerName))</div>\n</td>\n</tr></table>\n</div>\n"
        html += "<p class=\"checkpoint\">\(e(PaperAnchor.line(doc.checkpoint)))</p>\n"
        html += "</body>\n</html>\n"
        return html
    }

    /// Times New Roman 14 pt body on A4 with the NĐ 30/2020 margins, the two-column heading.
    static let style = Markup.a4PageRule + "\n" + """
        body { font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.25; }
        table.heading, table.closing { width: 100%; border-collapse: collapse; }
        table.heading td, table.closing td { vertical-align: top; text-align: center; padding: 0; }
        .upper { text-transform: uppercase; font-size: 13pt; }
        .body-name { font-weight: bold; font-size: 13pt; }
        .national { font-weight: bold; font-size: 12pt; white-space: nowrap; }
        .motto { font-weight: bold; font-size: 14pt; }
        .motto span { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1pt; }
        .rule { width: 35%; margin: 2pt auto 0 auto; border-top: 1px solid #000; }
        .summary-rule { width: 33%; margin: 0 auto 12pt auto; }
        .place { font-style: italic; font-size: 14pt; text-align: center; margin-top: 6pt; }
        .number { font-size: 13pt; }
        h1 { font-size: 14pt; font-weight: bold; text-align: center; margin: 18pt 0 0 0; }
        p.summary { font-weight: bold; text-align: center; margin: 0 0 3pt 0; }
        p.body { text-align: justify; text-indent: 1cm; margin: 0 0 6pt 0; }
        p.heading { font-weight: bold; margin: 6pt 0; }
        p.centered { font-weight: bold; text-align: center; margin: 6pt 0; }
        table.ballots { width: 100%; border-collapse: collapse; margin: 6pt 0; font-size: 13pt; }
        table.ballots th, table.ballots td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
        table.closing td.recipients { text-align: left; font-size: 11pt; width: 50%; }
        table.closing td.signature { text-align: center; width: 50%; }
        td.recipients b { font-size: 12pt; font-style: italic; }
        .sign { font-weight: bold; }
        .signer { font-weight: bold; margin-top: 60pt; }
        p.checkpoint { font-size: 10pt; margin-top: 18pt; }
        """ + "\n" + Markup.printRules

    static func table(_ rows: [[String]]) -> String {
        // The header row in <thead>, repeated on each printed page.
        var html = "<table class=\"ballots\">\n"
        for (index, row) in rows.enumerated() {
            let cell = index == 0 ? "th" : "td"
            if index == 0 { html += "<thead>" } else if index == 1 { html += "<tbody>\n" }
            html += "<tr>" + row.map { "<\(cell)>\(Markup.htmlMarked($0))</\(cell)>" }.joined() + "</tr>" + (index == 0 ? "</thead>\n" : "\n")
        }
        return html + (rows.count > 1 ? "</tbody>\n" : "") + "</table>\n"
    }
}
