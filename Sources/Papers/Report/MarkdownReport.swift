import Procedure

/// The consolidated report as Markdown (GitHub tables): for reading on screen, pasting
/// into a message, or converting with any Markdown tool.
public enum MarkdownReport {
    public static func render(_ report: ConsolidatedReport) -> String {
        let vi = report.language == .vi
        var out: [String] = []
        let ward = report.wardUnit?.name.uppercased() ?? ""
        let issuer = report.issuingUnit?.name.uppercased() ?? ""
        out.append("**\(Markup.markdown(ward))**  ")
        out.append("**\(Markup.markdown(issuer))**")
        out.append("")
        out.append(vi ? "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  " : "**SOCIALIST REPUBLIC OF VIET NAM**  ")
        out.append(vi ? "**Độc lập - Tự do - Hạnh phúc**" : "**Independence - Freedom - Happiness**")
        out.append("")
        out.append("*" + Markup.markdown(placeAndDate(report)) + "*")
        out.append("")
        out.append("# " + Markup.markdown(title(report)))
        out.append("")
        out.append("**" + Markup.markdown(subtitle(report)) + "**")
        out.append("")
        out.append((vi ? "Kính gửi: " : "To: ") + Markup.markdown(report.wardUnit?.name ?? ""))
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
        out.append("**" + (vi ? "Nơi nhận:" : "Distribution:") + "**")
        for line in recipients(report) { out.append("- " + Markup.markdown(line)) }
        out.append("")
        let signer = signature(report)
        out.append("**" + Markup.markdown(signer.title) + "**  ")
        out.append("*" + (vi ? "(Ký, ghi rõ họ tên)" : "(Signature and full name)") + "*  ")
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
    report.language == .vi ? "BÁO CÁO" : "REPORT"
}

func subtitle(_ report: ConsolidatedReport) -> String {
    report.language == .vi
        ? "Tổng hợp tình hình tiếp nhận, xử lý, đánh giá đề xuất đổi mới, sáng tạo \(report.period.label.vi.lowercasedFirst)"
        : "Innovation proposals received, handled and evaluated, \(report.period.label.en)"
}

func recipients(_ report: ConsolidatedReport) -> [String] {
    let ward = report.wardUnit?.id ?? "UBND"
    let issuer = report.issuingUnit?.id ?? ward
    return report.language == .vi
        ? ["Như trên;", "Chủ tịch, các Phó Chủ tịch \(ward) phường;", "Lưu: VT, \(issuer)."]
        : ["As above;", "The chair and vice-chairs of the \(ward);", "Filed: records office, \(issuer)."]
}

/// The signature block: the issuing unit's head.
func signature(_ report: ConsolidatedReport) -> (title: String, name: String) {
    let unit = report.issuingUnit
    let head = unit.flatMap { report.organization.head(of: $0.id) }
    let title = head?.position.uppercased() ?? (report.language == .vi ? "THỦ TRƯỞNG ĐƠN VỊ" : "HEAD OF UNIT")
    return (title, head?.name ?? "")
}
