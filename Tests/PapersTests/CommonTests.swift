// The pieces every paper shares (Sources/Papers/Common): escaping, CSV, the NĐ 30 date line.

import Foundation
import Testing
import Ledger
import Procedure
@testable import Papers

@Suite struct MarkupTests {
    @Test func htmlAndXMLEscapeTheFiveCharactersEachInItsOwnWay() {
        let text = "a & b < c > d \"e\" 'f'"
        #expect(Markup.html(text) == "a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;")
        #expect(Markup.xml(text) == "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;")
        #expect(Markup.html("Phường Uông Bí — ổn") == "Phường Uông Bí — ổn")
    }

    @Test func controlsNeverReachHTMLOrXML() {
        let hostile = "a\u{1B}[31mb\u{0}c\u{7F}d\u{9B}2Je\u{FFFF}f"
        #expect(Markup.html(hostile) == "a&#xFFFD;[31mb&#xFFFD;c&#xFFFD;d&#xFFFD;2Je&#xFFFD;f")
        #expect(Markup.xml(hostile) == Markup.html(hostile))
        // Tab and the line breaks are text, not controls; HTML shows a line break as a space,
        // and so it is written: stored text never starts a line of a page.
        #expect(Markup.html("a\tb\nc\r\nd") == "a\tb c  d")
        #expect(Markup.xml("a\tb\rc") == "a\tb\rc")
    }

    @Test func printableReplacesControlsAndKeepsTheRest() {
        #expect(Markup.printable("x\u{7}y\u{85}z") == "x\u{FFFD}y\u{FFFD}z")
        #expect(Markup.printable("Đề xuất\tsố 1\n") == "Đề xuất\tsố 1\n")
    }

    @Test func unescapingReadsBackWhatHTMLWrote() {
        let text = "<b>Sổ</b> & \"điện tử\" 'x' \u{1B}y"
        #expect(Markup.unescapeHTML(Markup.html(text)) == Markup.printable(text))
        #expect(Markup.unescapeHTML("&amp;lt;") == "&lt;")
    }

    @Test func markdownCannotMakeMarksOrCarryControls() {
        #expect(Markup.markdown("*a* _b_ `c` [d](e) <f> \\") == "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\\\")
        #expect(Markup.markdown("a\u{1B}b") == "a\u{FFFD}b")
        #expect(Markup.markdown("# 1. - x") == "# 1. - x")
    }

    @Test func everyPageOpensWithTheSameHeadAndTheDecree30Margins() {
        let head = Markup.htmlHead(language: "vi", generator: "dexuat test, format 1", title: "A & <B>", style: "p { }")
        #expect(head.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(head.contains("<title>A &amp; &lt;B&gt;</title>"))
        #expect(head.hasSuffix("<style>\np { }\n</style>\n</head>\n<body>"))
        #expect(Markup.a4PageRule.contains("size: A4; margin: 20mm 15mm 20mm 30mm"))
        for style in [HTMLReport.style, RegisterHTML.style, DocumentHTML.style] {
            #expect(style.hasPrefix(Markup.a4PageRule + "\n"))
        }
    }
}

@Suite struct CSVTests {
    @Test func fieldsAreQuotedAsRFC4180Asks() {
        #expect(CSV.field("plain") == "plain")
        #expect(CSV.field("a,b") == "\"a,b\"")
        #expect(CSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.field("two\nlines") == "\"two\nlines\"")
        #expect(CSV.field("two\r\nlines") == "\"two\r\nlines\"")
        #expect(CSV.field("cr\ronly") == "\"cr\ronly\"")
    }

    @Test func aFormulaIsKeptAsText() {
        #expect(CSV.field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(CSV.field("+1+2") == "'+1+2")
        #expect(CSV.field("-cmd") == "'-cmd")
        #expect(CSV.field("@SUM(A1)") == "'@SUM(A1)")
        // Numbers stay numbers.
        #expect(CSV.field("-5") == "-5")
        #expect(CSV.field("+3.5") == "+3.5")
        // An apostrophe the reader would take off is doubled.
        #expect(CSV.field("'=x") == "''=x")
        #expect(CSV.field("'quoted'") == "'quoted'")
    }

    @Test func controlsNeverReachACSVFile() {
        #expect(CSV.field("a\u{1B}[31mb") == "a\u{FFFD}[31mb")
        #expect(CSV.field("a\tb") == "a\tb")
    }

    @Test func aDocumentHasAByteOrderMarkAndCRLFRecords() {
        let text = CSV.document([["a", "b"], ["c", "d"]])
        #expect(text == "\u{FEFF}a,b\r\nc,d\r\n")
        #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func theReaderReadsBackWhatTheWriterWrote() throws {
        let values = ["=1+2", "+cmd", "-x", "@SUM(A1)", "-5", "'=x", "''=y", "'plain", "a,\"b\"", "two\r\nlines", "one\nline", "",
                      "Sổ \"điện tử\", bản thử", "'"]
        let records = try CSV.records(CSV.document([values, ["x"]]))
        #expect(records.count == 2)
        #expect(records[0].fields == values)
        #expect(records[0].line == 1)
        #expect(records[1].line == 4)
    }

    @Test func aBrokenFileNamesItsLine() {
        #expect(throws: CSVError.self) { try CSV.records("a,b\r\n\"x,y\r\n") }
        do {
            _ = try CSV.records("a\r\nb\"c\r\n")
            Issue.record("a stray quote was accepted")
        } catch let error as CSVError {
            #expect(error.line == 2)
            #expect(error.message(.en) == "line 2: misplaced double quote")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func theReportCSVGuardsFormulas() throws {
        var report = try ReportTests.report()
        report.listings[0].proposals[0].title = "=HYPERLINK(\"http://evil\",\"x\")"
        let csv = CSVReport.render(report)
        #expect(csv.contains("'=HYPERLINK"))
        #expect(!csv.contains(",=HYPERLINK") && !csv.contains(",\"=HYPERLINK"))
    }

    @Test func theRegisterCSVGuardsFormulasAndStillChecksOut() throws {
        let fixture = try RecordFixture()
        let title = "=HYPERLINK(\"http://evil\",\"x\")"
        _ = try fixture.approved(title)
        let csv = RegisterCSV.render(try fixture.register())
        #expect(csv.contains("\"'=HYPERLINK("))
        #expect(!csv.contains(",\"=HYPERLINK") && !csv.contains(",=HYPERLINK"))
        let printed = try PrintedRegister.read(csv)
        #expect(printed.lines.first?.values[.title] == title)
        let results = try printed.check(against: fixture.ledger)
        #expect(results.count == 1)
        #expect(results.allSatisfy { $0.status == .matches })
    }
}

@Suite struct AdministrativeDateTests {
    @Test func aDayBelowTenAndTheFirstTwoMonthsTakeALeadingZero() {
        #expect(AdministrativeDate.day(5) == "05")
        #expect(AdministrativeDate.day(9) == "09")
        #expect(AdministrativeDate.day(10) == "10")
        #expect(AdministrativeDate.month(1) == "01")
        #expect(AdministrativeDate.month(2) == "02")
        #expect(AdministrativeDate.month(3) == "3")
        #expect(AdministrativeDate.month(11) == "11")
    }

    @Test func theLineInBothLanguages() throws {
        let day = try #require(Day(year: 2026, month: 2, day: 5))
        #expect(AdministrativeDate.line(place: "Uông Bí", on: day) == "Uông Bí, ngày 05 tháng 02 năm 2026")
        #expect(AdministrativeDate.line(place: "Uông Bí", on: day, language: .en) == "Uông Bí, February 5, 2026")
        let later = try #require(Day(year: 2026, month: 11, day: 30))
        #expect(AdministrativeDate.line(place: "Uông Bí", on: later) == "Uông Bí, ngày 30 tháng 11 năm 2026")
        let march = try #require(Day(year: 2026, month: 3, day: 1))
        #expect(AdministrativeDate.line(place: "Uông Bí", on: march) == "Uông Bí, ngày 01 tháng 3 năm 2026")
    }

    @Test func theReportAndTheDocumentsWriteTheSameLine() throws {
        let report = try ReportTests.report()
        #expect(placeAndDate(report) == AdministrativeDate.line(place: report.place, on: report.today))
        let doc = OfficialDocument(kind: .decision, superiorBody: "", issuingBody: "X", number: "Số: 01/QĐ-X", place: "Uông Bí",
                                   day: report.today, title: "", summary: "", paragraphs: [], table: [], recipients: [],
                                   signatureAuthority: "", signaturePosition: "", signerName: "",
                                   checkpoint: ChainCheckpoint(seq: 1, hash: String(repeating: "0", count: 64)))
        #expect(doc.placeAndDate == placeAndDate(report))
    }
}

@Suite struct RegisterControlTests {
    // The ledger refuses control characters in stored text; the register's writers do not
    // count on it.
    @Test func aControlInAnEntryIsPrintedAsReplacementInBothCopies() throws {
        let fixture = try RecordFixture()
        _ = try fixture.approved()
        var register = try fixture.register()
        register.entries[0].values[.title] = "Sổ\u{1B}[31m đỏ"
        for copy in [RegisterCSV.render(register), RegisterHTML.render(register)] {
            #expect(!copy.unicodeScalars.contains("\u{1B}"))
            let printed = try PrintedRegister.read(copy)
            #expect(printed.lines.first?.values[.title] == "Sổ\u{FFFD}[31m đỏ")
        }
    }
}

/// One sanitiser per medium (issue 10, item 5): each enumerated over every control class.
@Suite struct MediumSanitiserTests {
    static let bidi: [Unicode.Scalar] = ["\u{061C}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}",
                                         "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"]
    static let controls: [Unicode.Scalar] = (0x00...0x1F).compactMap(Unicode.Scalar.init).filter { !["\t", "\n", "\r"].contains($0) }
        + (0x7F...0x9F).compactMap(Unicode.Scalar.init) + ["\u{2028}", "\u{2029}", "\u{FFFE}", "\u{FFFF}"]

    @Test func papersRemoveEveryBidiControlAndShowEveryOtherControl() {
        for scalar in Self.bidi {
            let text = "a\(Character(scalar))b"
            #expect(Markup.html(text) == "ab" && Markup.xml(text) == "ab" && Markup.printable(text) == "ab", "U+\(String(scalar.value, radix: 16))")
            #expect(Markup.markdown(text) == "ab" && CSV.field(text) == "ab")
            #expect(FormText.line(text) == "a\u{FFFD}b")
        }
        for scalar in Self.controls {
            let text = "a\(Character(scalar))b"
            #expect(Markup.html(text) == "a&#xFFFD;b" && Markup.xml(text) == "a&#xFFFD;b", "U+\(String(scalar.value, radix: 16))")
            #expect(Markup.printable(text) == "a\u{FFFD}b" && Markup.markdown(text) == "a\u{FFFD}b" && CSV.field(text) == "a\u{FFFD}b")
            #expect(FormText.line(text) == "a\u{FFFD}b")
        }
        // In a form line, tab and CR too; a line break never survives in a line.
        #expect(FormText.line("a\tb\rc\nd") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d")
        #expect(FormText.lines("một\r\nhai\n\nba") == ["một", "hai", "", "ba"])
    }

    @Test func storedTextInHTMLIsIsolated() {
        #expect(Markup.isolated("\u{202E}<b>ابc") == "<bdi>&lt;b&gt;ابc</bdi>")
    }

    @Test func markdownFoldsLineBreaksSoStoredTextNeverStartsALine() {
        #expect(Markup.markdown("tên\n# Tiêu đề giả\r\n- mục") == "tên # Tiêu đề giả  - mục")
    }

    @Test func aFieldStartingWithATabOrCRIsGuardedAndReadsBack() throws {
        for text in ["\t=1+1", "\r=1+1", "\r\n=1+1", "'\t=1"] {
            let field = CSV.field(text)
            #expect(field.hasPrefix("'") || field.hasPrefix("\"'"), "\(text.debugDescription) → \(field.debugDescription)")
            let back = try CSV.records(CSV.document([[text, "x"]]))
            #expect(back.first?.fields.first == text.replacingOccurrences(of: "\r\n", with: "\n") || back.first?.fields.first == text)
        }
    }

    @Test func aListOfCodesReadsCodesCommentsAndPrintedLines() throws {
        let code = ChainCheckpoint(seq: 4711, hash: String(repeating: "ab12", count: 16)).code
        let list = PaperAnchor.entries(in: "# ghi chú\n\n  \(code)  \nkhông phải mã\n")
        #expect(list.map(\.line) == [3, 4])
        #expect(list[0].checkpoint?.code == code && list[1].checkpoint == nil)
        // A printed page: only the labelled line counts, whatever its markup.
        for page in ["<p class=\"checkpoint\">Mã kiểm tra: \(code)</p>", "report,checkpoint,Mã kiểm tra: \(code),\(code)",
                     "Checkpoint: \(code)", "Mã kiểm tra: \(code)"] {
            let entries = PaperAnchor.entries(in: "<html>\nlời văn 12-ABCD\n" + page + "\n</html>")
            #expect(entries.count == 1 && entries.first?.line == 3 && entries.first?.checkpoint?.code == code, "\(page)")
        }
        #expect(PaperAnchor.line(ChainCheckpoint(seq: 4711, hash: String(repeating: "ab12", count: 16))) == "Mã kiểm tra: \(code)")
        // A label inside a line (stored text in a table cell) is not a printed code.
        #expect(PaperAnchor.entries(in: "| 2026-001 | Tên Mã kiểm tra: \(code) |\n<td>Mã kiểm tra: \(code)</td>").allSatisfy { $0.checkpoint == nil })
    }
}
