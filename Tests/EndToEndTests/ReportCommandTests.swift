import Foundation
import Procedure
import Testing

/// `dexuat report` from the shell: the three formats on a demo database, a file written
/// whole, bad input refused with a Vietnamese message and nothing written, and the old
/// step command now under its own name, `dexuat result`.
@Suite(.serialized, .tags(.slow), .skippedInFastLoop) struct ReportCommandTests {
    @Test func theConsolidatedReportInEveryFormat() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "80", "--quiet"])
        let year = Day.inVietnam(Date()).year
        let list = try #require(try cli.json(["list", "--limit", "1000"]) as? [[String: Any]])
        let inYear = list.compactMap { $0["id"] as? String }.filter { $0.hasPrefix("\(year)-") }

        let markdown = try cli.ok(["report", "--period", String(year), "--format", "md"])
        #expect(markdown.contains("# BÁO CÁO"))
        #expect(markdown.contains("**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"))
        #expect(markdown.contains("| Đề xuất trong kỳ | \(inYear.count) |"))
        for id in inYear { #expect(markdown.contains("| \(id) |"), "\(id) listed") }

        let html = cli.folder.appendingPathComponent("bao-cao.html").path
        let written = try cli.run(["report", "--period", String(year), "--format", "html", "--output", html])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty)
        #expect(written.stderr.contains("Đã ghi báo cáo"))
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("@page { size: A4"))
        #expect(page.contains("</html>"))

        let csvPath = cli.folder.appendingPathComponent("bao-cao.csv").path
        try cli.ok(["report", "--period", "\(year)-H2", "--format", "csv", "--output", csvPath])
        let csv = try Data(contentsOf: URL(fileURLWithPath: csvPath))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: csv, as: UTF8.self).contains("\r\nby_state,header,"))

        let english = try cli.ok(["report", "--period", "\(year)-Q1", "--lang", "en"])
        #expect(english.contains("# REPORT"))
        #expect(english.contains("Q1 \(year)"))
    }

    @Test func badInputIsRefusedAndWritesNothing() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "5", "--quiet"])
        let target = cli.folder.appendingPathComponent("khong-ghi.md").path
        let badPeriod = try cli.run(["report", "--period", "2026-Q5", "--output", target])
        #expect(badPeriod.status == 2)
        #expect(badPeriod.stderr.contains("Quý trong \"2026-Q5\" phải từ Q1 đến Q4"))
        let badFormat = try cli.run(["report", "--period", "2026", "--format", "pdf", "--output", target])
        #expect(badFormat.status == 2)
        #expect(badFormat.stderr.contains("không có định dạng \"pdf\""))
        let badFolder = try cli.run(["report", "--period", "2026", "--output", cli.folder.appendingPathComponent("khong/co/thu-muc.md").path])
        #expect(badFolder.status == 2)
        #expect(badFolder.stderr.contains("không tồn tại"))
        let english = try cli.run(["report", "--period", "2026-13", "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.stderr.contains("The month in \"2026-13\" must be from 01 to 12"))
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func theCompletionReportStepIsNowResult() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let help = try cli.run(["result", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Báo cáo kết quả thực hiện"))
        let old = try cli.run(["report", "2026-001", "--summary", "x"])
        #expect(old.status != 0)
        #expect(old.stdout.isEmpty)
    }
}
