// Every output Papers writes, from a record whose every free text is hostile
// (HostileFixture): the offline forms (ballot and evaluation), the report (Markdown, HTML,
// CSV), the register (HTML, CSV) and the documents (HTML, .docx) — each with one sanitiser
// for its medium. Run once per formula start, so that every field starts with each of them.

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Ledger
import Procedure
import ZIPFoundation
@testable import Papers

@Suite(.serialized, .tags(.slow), .skippedInFastLoop) struct HostileOutputTests {
    enum Medium { case form, markdown, html, csv, docx }

    /// Every output of the record, named, with its medium.
    static func outputs(_ fixture: HostileFixture) throws -> [(name: String, medium: Medium, text: String)] {
        let ledger = fixture.ledger
        let org = try ledger.organization()
        var settings = try ledger.settings()
        settings.publishBallotComments = true
        settings.publishPrivateNotes = true
        settings.publishLiabilityDetails = true
        var out: [(name: String, medium: Medium, text: String)] = []

        let balloting = try #require(try ledger.proposal(fixture.balloting))
        out.append(("form ballot", .form, try OfflineFormKind.ballot.export(balloting, for: RecordWard.deputy, organization: org, settings: settings).get()))
        let reported = try #require(try ledger.proposal(fixture.reported))
        out.append(("form evaluation", .form, try OfflineFormKind.evaluation.export(reported, for: RecordWard.head, organization: org, settings: settings).get()))

        let report = try ConsolidatedReport.load(from: ledger, period: try Period.parse("2026-Q4"),
                                                 today: Day(year: 2026, month: 12, day: 7) ?? Day(julianDayNumber: 0), language: .vi)
        out.append(("report md", .markdown, MarkdownReport.render(report)))
        out.append(("report html", .html, HTMLReport.render(report)))
        out.append(("report csv", .csv, CSVReport.render(report)))

        let register = PublicRegister(proposals: try ledger.allProposals(), lastHashes: try ledger.lastEvents().mapValues(\.hash),
                                      organization: org, settings: settings, period: nil, language: .vi,
                                      printedOn: Day(year: 2026, month: 12, day: 7) ?? Day(julianDayNumber: 0),
                                      checkpoint: try ledger.chainHead().checkpoint)
        out.append(("register html", .html, RegisterHTML.render(register)))
        out.append(("register csv", .csv, RegisterCSV.render(register)))

        for kind in OfficialDocumentKind.allCases {
            let p = try #require(try ledger.proposal(fixture.concluded))
            let day = try DocumentBuilder.day(of: kind, for: p, settings: settings).get()
            let (number, _) = try ledger.documentNumber(for: p.id, kind: kind, day: day, by: Actor(login: RecordWard.clerk),
                                                        at: RecordFixture.day(7, month: 12))
            let document = try DocumentBuilder.build(kind, for: p, number: number, organization: org, settings: settings,
                                                     checkpoint: try ledger.chainHead().checkpoint).get()
            out.append(("document \(kind.rawValue) html", .html, DocumentHTML.render(document)))
            let archive = try Archive(data: try DocxWriter.data(document), accessMode: .read)
            for entry in archive where entry.path.hasSuffix(".xml") {
                var bytes = Data()
                _ = try archive.extract(entry) { bytes.append($0) }
                out.append(("document \(kind.rawValue) docx \(entry.path)", .docx, String(decoding: bytes, as: UTF8.self)))
            }
        }
        return out
    }

    @Test(arguments: Hostile.starts)
    func noOutputCarriesAHostileByteAsItIs(start: String) throws {
        let fixture = try HostileFixture(start: start)
        let outputs = try Self.outputs(fixture)
        #expect(outputs.filter { $0.name.hasSuffix("word/document.xml") }.count == OfficialDocumentKind.allCases.count)
        for (name, medium, text) in outputs {
            // The hostile text reached this output (else the test proves nothing)…
            let reached = text.contains("HostileKeyOfAnOfficer")
            #expect(reached || (medium == .docx && !name.hasSuffix("word/document.xml")), "\(name): the hostile text is not there")
            // …but no control, bidi control or line separator as it is.
            let raw = text.unicodeScalars.filter(Hostile.isForbidden)
            #expect(raw.isEmpty, "\(name): raw \(raw.map { String(format: "U+%04X", $0.value) })")
            // A page's checkpoint is read from its own line only, never from stored text.
            if medium != .form && !(medium == .docx) {
                let codes = PaperAnchor.entries(in: text)
                #expect(codes.count == 1 && codes.first?.checkpoint != nil && codes.first?.text != Hostile.fakeCode,
                        "\(name): checkpoints read \(codes.map(\.text))")
            }
            switch medium {
            case .form: Self.checkForm(name, text)
            case .markdown:
                #expect(!text.contains("<script>"), "\(name): an HTML tag from the record")
                for line in text.split(separator: "\n") {
                    #expect(!line.hasPrefix("ssh-") && !line.hasPrefix("* * *") && !line.hasPrefix("command="), "\(name): \(line)")
                }
            case .html, .docx:
                #expect(!text.contains("<script"), "\(name): an unescaped < from the record")
                if reached { #expect(text.contains("&lt;script&gt;"), "\(name): the tag is not shown escaped") }
                if medium == .docx { #expect(XMLParser(data: Data(text.utf8)).parse(), "\(name): not well-formed XML") }
                if medium == .html { Self.checkIsolation(name, text, fixture.tokens) }
            // A leading CR is a line break the report folds to a space: no formula, no guard needed.
            case .csv: Self.checkCSV(name, text, expectGuard: !(start.hasPrefix("\r") && name.hasPrefix("report")))
            }
        }
    }

    /// Every piece of stored text on an HTML page (each token stands for one) sits inside
    /// a `<bdi>`, so that no right-to-left text reorders the words of ours around it.
    static func checkIsolation(_ name: String, _ html: String, _ tokens: [String]) {
        var found = 0
        for token in tokens {
            var searchFrom = html.startIndex
            while let range = html.range(of: token, range: searchFrom..<html.endIndex) {
                let before = html[..<range.lowerBound]
                let open = before.components(separatedBy: "<bdi>").count - before.components(separatedBy: "</bdi>").count
                #expect(open > 0, "\(name): \(token) is not isolated: …\(before.suffix(60))")
                found += 1
                searchFrom = range.upperBound
            }
        }
        #expect(found > 0, "\(name): no stored text")
    }

    /// No line of a form, trimmed of its leading white space, starts with text of the
    /// record: it is a comment (`#`), an item (`key =`), or a continuation (`|`).
    static func checkForm(_ name: String, _ text: String) {
        #expect(!text.contains("\r") && !text.contains("\t"), "\(name): CR or tab")
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.first == "#" || trimmed.first == FormText.marker { continue }
            let key = trimmed.prefix { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_" || $0 == ".") }
            let rest = trimmed.dropFirst(key.count)
            #expect(!key.isEmpty && line.first != " " && (rest == " =" || rest.hasPrefix(" = ")),
                    "\(name) line \(index + 1) starts with text of the record: \(line)")
        }
    }

    /// Every CSV field as written (quotes undone, the guard apostrophe kept): none starts a
    /// formula.
    static func checkCSV(_ name: String, _ text: String, expectGuard: Bool) {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," || scalar == "\n" {
                fields.append(field)
                field = ""
            } else if scalar != "\r" && scalar != "\u{FEFF}" {
                field.unicodeScalars.append(scalar)
            }
        }
        fields.append(field)
        for field in fields {
            guard let first = field.unicodeScalars.first else { continue }
            let formula = ["=", "+", "-", "@", "\t", "\r"].contains(first) && Double(field) == nil
            #expect(!formula, "\(name): a formula cell: \(field.prefix(40))")
        }
        if expectGuard { #expect(fields.contains { $0.hasPrefix("'") }, "\(name): no guarded cell at all") }
    }
}
