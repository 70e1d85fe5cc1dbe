import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat coverage`: how far point 1 has reached, per unit and per text, and who is missing.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Tỷ lệ cán bộ đã xác nhận đọc các văn bản bắt buộc, theo đơn vị và theo văn bản; danh sách còn thiếu.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "Chỉ đơn vị này (lặp lại hoặc cách nhau bằng dấu phẩy).") var unit: [String] = []
    @Option(help: "Chỉ văn bản này (lặp lại hoặc cách nhau bằng dấu phẩy); mặc định mọi văn bản bắt buộc.") var text: [String] = []
    @Flag(help: "In JSON.") var json = false

    func run() throws {
        try OversightCLI.run(options) {
            let ledger = try options.openLedger()
            let org = try ledger.organization()
            let library = Set(try ledger.legalLibrary().map(\.id))
            let texts = OversightCLI.items(text)
            if let unknown = texts.first(where: { !library.contains($0) }) { throw OversightRefusal(.unknownText, detail: unknown) }
            var units = OversightCLI.items(unit)
            if let unknown = units.first(where: { org.unit($0) == nil }) { throw OversightRefusal(.unknownUnit, detail: unknown) }
            if let visible = try OversightCLI.visibleUnits(ledger, try Identity.actor(in: ledger)) {
                if let hidden = units.first(where: { !visible.contains($0) }) { try OversightCLI.requireVisible(hidden, visible, id: hidden) }
                if units.isEmpty { units = Array(visible) }
            }
            let coverage = try ledger.coverage(units: units.isEmpty ? nil : Set(units), texts: texts.isEmpty ? nil : Set(texts))
            if json { try printJSON(coverage); return }
            print(Self.render(coverage, org: org, lang: options.lang), terminator: "")
        }
    }

    static func render(_ c: Coverage, org: Organization, lang: Language) -> String {
        var out = CLIText.overallCoverage[lang] + "\(c.percent)% (\(c.acknowledged)/\(c.expected))\n\n"
        out += CLIText.unit[lang]
        for u in c.units {
            out += "  \(DisplayPad.pad(u.unitID, 9)) \(DisplayPad.pad("\(u.percent)%", 5)) \(u.complete)/\(u.officers) \(CLIText.complete[lang])  \(u.unitName)\n"
        }
        out += CLIText.text[lang]
        for t in c.texts {
            out += "  \(DisplayPad.pad(t.number, 16)) \(DisplayPad.pad("\(t.percent)%", 5)) \(t.acknowledged)/\(t.officers) \(CLIText.acknowledged[lang]), \(t.briefed) \(CLIText.coverageBriefed[lang])\n"
        }
        out += CLIText.stillMissingOfficers(c.missing.count)[lang]
        for m in c.missing {
            let briefed = m.briefed ? CLIText.briefed[lang] : ""
            out += "  \(DisplayPad.pad(m.login, 10)) \(DisplayPad.pad(m.unitID, 9)) \(m.name)\(briefed): \(m.textIDs.joined(separator: ", "))\n"
        }
        return out
    }
}
