/// The print and screen rules every HTML paper shares (documents, report, register), after
/// Nghị định 30/2020/NĐ-CP: a signature block (`.signature-block`) and a table row never
/// split across pages, a heading never ends a page, the header row repeats, the page
/// number at the top centre from page 2; on screen the A4 page sits centred.
extension Markup {
    public static let printRules = """
        @page { @top-center { content: counter(page); font-family: "Times New Roman", Times, serif; font-size: 14pt; } }
        @page :first { @top-center { content: none; } }
        .signature-block, table.closing, table.footer { break-inside: avoid; page-break-inside: avoid; break-before: avoid; page-break-before: avoid; }
        tr, th, td { break-inside: avoid; page-break-inside: avoid; }
        thead { display: table-header-group; }
        h1, h2, h3, caption, p.heading, p.centered { break-after: avoid; page-break-after: avoid; }
        p { orphans: 2; widows: 2; }
        @media screen { html { background: #e8e8e8; } body { box-sizing: content-box; max-width: 165mm; margin: 8mm auto; padding: 20mm 15mm 20mm 30mm; background: #fff; } }
        @media print { html { background: none; } body { max-width: none; margin: 0; padding: 0; } }
        """
}
