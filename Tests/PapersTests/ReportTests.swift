// The consolidated report against golden files: a demo ward of 120 proposals (seed 432)
// built as of 10:00 on Monday 30 November 2026 in Vietnam, reported for 2026-Q3 as of
// that day. To accept a change of the report, run
//
//     DEXUAT_UPDATE_SNAPSHOTS=1 swift test --filter ReportTests
//
// and review `git diff Tests/PapersTests/Golden` before committing.

import DemoWard
import Foundation
import Testing
import Ledger
@testable import Papers
import Procedure

@Suite("Consolidated report")
struct ReportTests {
    static let now = Date(timeIntervalSince1970: 1_796_007_600)
    static let today = Day.inVietnam(now)

    /// One demo database per test process, removed at exit.
    static let demo: Result<String, any Error> = Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dexuat-reporttests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("report.sqlite").path
        let ledger = try Ledger.open(path: path, create: true)
        let org = DemoWard.organization()
        let admin = org.grants.first { $0.role == .admin }?.login ?? ""
        let generator = DemoGenerator(proposals: 120, seed: 432, now: now, calendar: try ledger.calendar())
        try ledger.importDemo(organization: org, administrator: admin, at: now) { sink in
            try generator.generate { id, transitions in try sink(id, transitions) }
        }
        atexit {
            if case .success(let path) = ReportTests.demo {
                try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
            }
        }
        return path
    }

    static func report(_ period: String = "2026-Q3", language: Language = .vi) throws -> ConsolidatedReport {
        let ledger = try Ledger.open(path: try demo.get())
        return try ConsolidatedReport.load(from: ledger, period: try Period.parse(period), today: today, language: language)
    }

    // MARK: Golden files

    @Test func markdownGolden() throws {
        let text = MarkdownReport.render(try Self.report())
        Golden.check(text, "report-2026-Q3.md")
    }

    @Test func markdownGoldenInEnglish() throws {
        Golden.check(MarkdownReport.render(try Self.report(language: .en)), "report-2026-Q3-en.md")
    }

    @Test func htmlGolden() throws {
        Golden.check(HTMLReport.render(try Self.report()), "report-2026-Q3.html")
    }

    @Test func csvGolden() throws {
        Golden.check(CSVReport.render(try Self.report()), "report-2026-Q3.csv")
    }

    // MARK: What the formats promise

    @Test func everyFormatCarriesTheFiguresOfTheDashboard() throws {
        let report = try Self.report()
        let s = report.statistics
        let markdown = MarkdownReport.render(report)
        #expect(markdown.contains("| Đề xuất trong kỳ | \(s.total) |"))
        #expect(markdown.contains("| Trường hợp quá hạn | \(s.overdueCount) |"))
        for state in ProposalState.allCases where (s.byState[state] ?? 0) > 0 {
            #expect(markdown.contains("| \(state.label.vi) | \(s.byState[state] ?? 0) |"))
        }
        for c in s.overdue {
            #expect(markdown.contains(c.id))
            #expect(markdown.contains(c.reasons[0].vi))
        }
        // Points 1 and 4, from the oversight records.
        let oversight = try #require(report.oversight)
        #expect(markdown.contains("### Tỷ lệ nắm nội dung văn bản theo đơn vị"))
        #expect(markdown.contains("(\(oversight.coverage.percent)%), \(oversight.coverage.missing.count) cán bộ còn thiếu"))
        for unit in oversight.coverage.units {
            #expect(markdown.contains("| \(unit.unitName) | \(unit.officers) | \(unit.complete) |"))
        }
        for line in oversight.openDifficulties { #expect(markdown.contains("| \(line.id) |")) }
        for line in oversight.openRecommendations { #expect(markdown.contains("| \(line.inspectionID) #\(line.number) |")) }
        let listed = report.listings.flatMap(\.proposals).map(\.id)
        #expect(listed.count == s.total)
        let csv = CSVReport.render(report)
        for id in listed { #expect(csv.contains(id)) }
        #expect(csv.contains("overview,row,Đề xuất trong kỳ,\(s.total),"))
    }

    @Test func htmlIsAnA4AdministrativeDocument() throws {
        let html = HTMLReport.render(try Self.report())
        #expect(html.contains("@page { size: A4; margin: 20mm 15mm 20mm 30mm; }"))
        #expect(html.contains("font-family: \"Times New Roman\""))
        #expect(html.contains("font-size: 13pt"))
        #expect(html.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(html.contains("Độc lập - Tự do - Hạnh phúc"))
        #expect(html.contains("ỦY BAN NHÂN DÂN PHƯỜNG UÔNG BÍ"))
        #expect(html.contains("PHÒNG VĂN HÓA – XÃ HỘI"))
        #expect(html.contains("Uông Bí, ngày 30 tháng 11 năm 2026"))
        #expect(html.contains(">BÁO CÁO</h1>"))
        #expect(html.contains("Nơi nhận:"))
        #expect(html.contains("(Ký, ghi rõ họ tên)"))
        // The signer's title alone, the unit not named again (NĐ 30/2020, Phụ lục I, mục II).
        #expect(html.contains("<td class=\"signature\" width=\"55%\" align=\"center\" valign=\"top\"><div class=\"strong\"><bdi>TRƯỞNG PHÒNG</bdi></div>"))
        #expect(!html.contains("TRƯỞNG PHÒNG VĂN HÓA – XÃ HỘI"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
    }

    @Test func theDateFollowsDecree30() {
        let figures = PeriodStatistics(StatisticsContext(
            period: Period(kind: .year, year: 2026)!, today: Day(iso: "2026-02-05")!, calendar: WorkingCalendar(),
            settings: ProcedureSettings(), organization: Organization(units: [], officers: [], grants: [])))
        let report = ConsolidatedReport(statistics: figures, listings: [], checkpoint: ChainCheckpoint(seq: 1, hash: String(repeating: "0", count: 64)), language: .vi)
        #expect(placeAndDate(report) == "Uông Bí, ngày 05 tháng 02 năm 2026")
        var later = report
        later.statistics = PeriodStatistics(StatisticsContext(
            period: Period(kind: .year, year: 2026)!, today: Day(iso: "2026-12-15")!, calendar: WorkingCalendar(),
            settings: ProcedureSettings(), organization: Organization(units: [], officers: [], grants: [])))
        #expect(placeAndDate(later) == "Uông Bí, ngày 15 tháng 12 năm 2026")
    }

    @Test func storedTextIsEscapedInEveryFormat() throws {
        var report = try Self.report()
        let hostile = "<script>alert(\"x\")</script> & 'quote', | pipe *star* =cmd()\nline"
        report.listings[0].proposals[0].title = hostile
        let html = HTMLReport.render(report)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quote&#39;"))
        let markdown = MarkdownReport.render(report)
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("\\<script\\>"))
        #expect(markdown.contains("\\| pipe \\*star\\*"))
        #expect(!markdown.contains("=cmd()\nline"))
        let csv = CSVReport.render(report)
        let records = try StrictCSV.parse(csv)
        // Every cell of the report is one line: the break is folded to a space.
        #expect(records.contains { $0.contains(hostile.replacingOccurrences(of: "\n", with: " ")) })
        #expect(Markup.html("a\u{1B}[31mb") == "a&#xFFFD;[31mb")
    }

    @Test func csvFollowsRFC4180WithAByteOrderMark() throws {
        let csv = CSVReport.render(try Self.report())
        #expect(csv.hasPrefix("\u{FEFF}"))
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(csv.hasSuffix("\r\n"))
        let records = try StrictCSV.parse(csv)
        let widths = Set(records.map(\.count))
        #expect(widths.count == 1)
        #expect(records.count > 20)
    }

    @Test func anEmptyPeriodStillMakesAReport() throws {
        let report = try Self.report("2030-Q1")
        #expect(report.statistics.total == 0)
        let markdown = MarkdownReport.render(report)
        #expect(markdown.contains("Không có đề xuất nào trong kỳ."))
        #expect(markdown.contains("Không có trường hợp quá hạn."))
        #expect(try StrictCSV.parse(CSVReport.render(report)).count > 5)
    }
}

// MARK: - Helpers

enum Golden {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden", isDirectory: true)
    }

    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["DEXUAT_UPDATE_SNAPSHOTS"] == "1" {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: file, options: .atomic)
            } catch {
                Issue.record("could not write \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = try? Data(contentsOf: file) else {
            Issue.record("no golden file \(name); run with DEXUAT_UPDATE_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != text else { return }
        let old = expected.components(separatedBy: "\n"), new = text.components(separatedBy: "\n")
        let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        Issue.record("""
            golden \(name) differs at line \(line + 1):
              expected: \(old.indices.contains(line) ? old[line] : "(end)")
              actual:   \(new.indices.contains(line) ? new[line] : "(end)")
            (DEXUAT_UPDATE_SNAPSHOTS=1 rewrites the file)
            """, sourceLocation: sourceLocation)
    }
}

/// A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes.
enum StrictCSV {
    struct Malformed: Error { var at: Int }

    static func parse(_ text: String) throws -> [[String]] {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var index = body.startIndex
        var position = 0
        while index < body.endIndex {
            let c = body[index]
            if quoted {
                if c == "\"" {
                    let next = body.index(after: index)
                    if next < body.endIndex, body[next] == "\"" {
                        field.append("\"")
                        index = next
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else {
                switch c {
                case "\"":
                    guard field.isEmpty else { throw Malformed(at: position) }
                    quoted = true
                case ",":
                    record.append(field)
                    field = ""
                case "\r\n":
                    record.append(field)
                    records.append(record)
                    record = []
                    field = ""
                case "\n", "\r":
                    throw Malformed(at: position)
                default:
                    field.append(c)
                }
            }
            index = body.index(after: index)
            position += 1
        }
        if quoted { throw Malformed(at: position) }
        if !field.isEmpty || !record.isEmpty { throw Malformed(at: position) }
        return records
    }
}
