import Foundation
import Ledger
import Procedure

/// The public register as a printable A4 HTML page in Vietnamese administrative style
/// (Times New Roman 13 pt): one small table per proposal, each carrying the proposal id
/// and the hash of its last event, so that a copy can be read back by `verify --register`.
public enum RegisterHTML {
    public static func render(_ register: PublicRegister) -> String {
        let lang = register.language
        let title = PapersText.publicRegisterInnovationProposals[lang]
        var html = Markup.htmlHead(language: lang.rawValue, generator: "dexuat register, format \(Papers.formatVersion)",
                                   title: title, style: style) + "\n\n"
        html += "<p class=\"sub\" style=\"font-style:normal\">" + Markup.isolated(register.wardName.uppercased()) + "</p>\n"
        html += "<h1>" + title + "</h1>\n"
        var sub = PapersText.underOfficialLetterUbndVhxh[lang]
        if let period = register.period { sub += ". " + period.label[lang] }
        sub += PapersText.printed(register.printedOn.vietnamese)[lang]
        html += "<p class=\"sub\">" + Markup.html(sub) + "</p>\n"
        if register.entries.isEmpty {
            html += "<p>" + PapersText.noProposalPeriod[lang] + "</p>\n"
        }
        for entry in register.entries {
            html += "<table class=\"entry\" data-id=\"\(Markup.html(entry.proposalID))\" data-hash=\"\(Markup.html(entry.hash))\">\n"
            for field in register.columns {
                let cls = field == .id ? " class=\"head\"" : ""
                let tdClass = field == .lastEvent ? " class=\"hash\"" : ""
                html += "<tr\(cls) data-field=\"\(field.rawValue)\"><th>\(Markup.html(field.label[lang]))</th><td\(tdClass)>\(Markup.isolated(entry[field]))</td></tr>\n"
            }
            // §7.8: names, sizes and hashes only (a row `verify --register` does not read).
            if let files = register.attachments[entry.proposalID], !files.isEmpty {
                let cell = files.map { f in
                    "\(f.number). " + Markup.isolated(f.name) + " (" + Markup.html(AttachmentRules.sizeText(f.size)) + ", <span class=\"hash\">"
                        + Markup.html(f.sha256) + "</span>)"
                }.joined(separator: "<br>")
                html += "<tr data-field=\"attachments\"><th>\(Markup.html(PapersText.registerAttachments[lang]))</th><td>\(cell)</td></tr>\n"
            }
            html += "</table>\n"
        }
        let hidden = RegisterField.allCases.filter { !register.columns.contains($0) }
        var note = PapersText.eachProposalCarriesHashLast[lang]
        if !hidden.isEmpty {
            note += PapersText.notPublishedUnderSettings[lang]
            note += hidden.map { $0.label[lang].lowercased() }.joined(separator: ", ") + "."
        }
        html += "<p class=\"note\">" + Markup.html(note) + "</p>\n"
        html += "<p class=\"checkpoint\">" + Markup.html(PaperAnchor.line(register.checkpoint, lang)) + "</p>\n</body>\n</html>\n"
        return html
    }

    /// Times New Roman 13 pt on A4 with the NĐ 30/2020 margins; one small table a proposal.
    static let style = Markup.a4PageRule + "\n" + """
        body { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.3; }
        h1 { font-size: 14pt; font-weight: bold; text-align: center; text-transform: uppercase; margin: 6pt 0; }
        p.sub { text-align: center; font-style: italic; margin: 0 0 12pt 0; }
        table.entry { width: 100%; border-collapse: collapse; margin: 0 0 10pt 0; page-break-inside: avoid; }
        table.entry th, table.entry td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
        table.entry th { width: 32%; font-weight: normal; font-style: italic; }
        table.entry tr.head td { font-weight: bold; }
        td.hash { font-family: "Courier New", monospace; font-size: 9pt; word-break: break-all; }
        p.note { font-size: 12pt; }
        p.checkpoint { font-size: 10pt; margin-top: 12pt; }
        """ + "\n" + Markup.printRules

    /// The register lines of an HTML copy written by `render` (and perhaps edited since).
    public static func parse(_ html: String) throws -> PrintedRegister {
        let language: Language = html.contains("<html lang=\"en\"") ? .en : .vi
        let lines = html.components(separatedBy: "\n")
        var result: [PrintedRegister.Line] = []
        var current: PrintedRegister.Line?
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("<table class=\"entry\"") {
                let id = attribute("data-id", in: line) ?? ""
                let hash = attribute("data-hash", in: line) ?? ""
                current = PrintedRegister.Line(location: index + 1, proposalID: id, hash: hash, values: [:])
            } else if line.hasPrefix("</table>"), let done = current {
                result.append(done)
                current = nil
            } else if current != nil, line.hasPrefix("<tr"), let name = attribute("data-field", in: line),
                      let field = RegisterField(rawValue: name),
                      let open = line.range(of: "<td"), let close = line.range(of: "</td>", options: .backwards),
                      let start = line.range(of: ">", range: open.upperBound..<close.lowerBound) {
                var cell = line[start.upperBound..<close.lowerBound]
                // `render` isolates each stored value with <bdi>.
                if cell.hasPrefix("<bdi>") && cell.hasSuffix("</bdi>") { cell = cell.dropFirst(5).dropLast(6) }
                current?.values[field] = Markup.unescapeHTML(String(cell))
            }
        }
        if result.isEmpty && html.contains("<table class=\"entry\"") == false && !html.contains("dexuat register") {
            throw CSVError(line: 1, reason: PapersText.notPublicRegisterPrintedDexuat)
        }
        return PrintedRegister(language: language, lines: result)
    }

    static func attribute(_ name: String, in line: String) -> String? {
        guard let start = line.range(of: name + "=\"") else { return nil }
        guard let end = line.range(of: "\"", range: start.upperBound..<line.endIndex) else { return nil }
        return Markup.unescapeHTML(String(line[start.upperBound..<end.lowerBound]))
    }
}
