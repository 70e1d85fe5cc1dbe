import Procedure

/// The consolidated report as Markdown (GitHub tables): for reading on screen, pasting
/// into a message, or converting with any Markdown tool.
public enum MarkdownReport {
    public static func render(_ report: ConsolidatedReport) -> String {
        var out: [String] = []
        let ward = report.wardUnit?.name.uppercased() ?? ""
        let issuer = report.issuingUnit?.name.uppercased() ?? ""
        out.append("**\(Markup.markdown(ward))**  ")
        out.append("**\(Markup.markdown(issuer))**")
        out.append("")
        out.append(PapersText.nationBold[report.language])
        out.append(PapersText.mottoBold[report.language])
        out.append("")
        out.append("*" + Markup.markdown(placeAndDate(report)) + "*")
        out.append("")
        out.append("# " + Markup.markdown(title(report)))
        out.append("")
        out.append("**" + Markup.markdown(subtitle(report)) + "**")
        out.append("")
        out.append(PapersText.toPrefix[report.language] + Markup.markdown(report.wardUnit?.name ?? ""))
        for section in report.sections(.display) {
            out.append("")
            out.append("## " + Markup.markdown(section.heading))
            for paragraph in section.paragraphs {
                out.append("")
                out.append(Markup.markdown(paragraph))
            }
            for table in section.tables {
                out.append("")
                out.append("### " + Markup.markdown(table.title))
                out.append("")
                out += self.table(table)
            }
        }
        out.append("")
        out.append("---")
        out.append("")
        out.append("**" + PapersText.distribution[report.language] + "**")
        for line in recipients(report) { out.append("- " + Markup.markdown(line)) }
        out.append("")
        let signer = signature(report)
        for line in signer.lines { out.append("**" + Markup.markdown(line) + "**  ") }
        out.append("*" + PapersText.signatureFullName[report.language] + "*  ")
        out.append(Markup.markdown(signer.name))
        out.append("")
        out.append(PaperAnchor.line(report.checkpoint, report.language))
        out.append("")
        out.append("<!-- dexuat report \(report.period) format \(Papers.formatVersion) -->")
        return out.joined(separator: "\n") + "\n"
    }

    static func table(_ table: ReportTable) -> [String] {
        guard !table.rows.isEmpty else {
            return ["| " + table.headers.map(cell).joined(separator: " | ") + " |",
                    "|" + table.headers.indices.map { table.numeric.contains($0) ? "---:|" : "---|" }.joined(),
                    "| " + table.headers.indices.map { $0 == 0 ? "—" : "" }.joined(separator: " | ") + " |"]
        }
        var lines = ["| " + table.headers.map(cell).joined(separator: " | ") + " |",
                     "|" + table.headers.indices.map { table.numeric.contains($0) ? "---:|" : "---|" }.joined()]
        for row in table.rows {
            lines.append("| " + row.map(cell).joined(separator: " | ") + " |")
        }
        return lines
    }

    /// A table cell: pipes escaped, line breaks folded, Markdown marks escaped.
    static func cell(_ text: String) -> String {
        Markup.markdown(text).replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }
}

// MARK: - What every format shares

/// "Uông Bí, ngày 30 tháng 11 năm 2026" (`AdministrativeDate`).
func placeAndDate(_ report: ConsolidatedReport) -> String {
    AdministrativeDate.line(place: report.place, on: report.today, language: report.language)
}

func title(_ report: ConsolidatedReport) -> String {
    PapersText.report[report.language]
}

func subtitle(_ report: ConsolidatedReport) -> String {
    PapersText.innovationProposalsReceivedHandledEvaluated(report.period.label.vi.lowercasedFirst, report.period.label.en)[report.language]
}

func recipients(_ report: ConsolidatedReport) -> [String] {
    let ward = report.wardUnit?.id ?? "UBND"
    let issuer = report.issuingUnit?.id ?? ward
    return PapersText.recipients(ward: ward, issuer: issuer).map { $0[report.language] }
}

/// The signature block: the issuing unit's head.
/// The report's signature block (`SignatureBlock`, NĐ 30/2020): the head's title without
/// the unit's name, under "TM. ỦY BAN NHÂN DÂN" when the People's Committee reports.
func signature(_ report: ConsolidatedReport) -> (lines: [String], name: String) {
    let unit = report.issuingUnit
    guard let head = unit.flatMap({ report.organization.head(of: $0.id) }) else {
        return ([PapersText.headUnit[report.language]], "")
    }
    let block = SignatureBlock.make(signer: head.position, name: head.name, unit: unit, collective: report.language == .vi)
    return (block.lines, block.name)
}
