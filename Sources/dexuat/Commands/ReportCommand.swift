import ArgumentParser
import Foundation
import Ledger
import Papers
import Procedure

/// `dexuat report --period 2026-Q3 --format html --output bao-cao.html`: the consolidated
/// report for the ward People's Committee (point 4 of Công văn 432), the same figures as
/// the dashboard (`T` in the Desk), the proposals of the period by state and the overdue
/// cases with their reasons.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Báo cáo tổng hợp gửi UBND phường theo kỳ: số liệu, thời hạn từng bước, kết quả, khen thưởng, bảo vệ, danh sách và các trường hợp quá hạn.",
        discussion: """
            Kỳ báo cáo: 2026-07 (tháng), 2026-Q3 (quý), 2026-H1 (6 tháng), 2026 (năm). Đề xuất thuộc kỳ là đề xuất được lập trong kỳ.
            Định dạng: md (Markdown), html (in khổ A4 theo Nghị định 30/2020/NĐ-CP), csv (RFC 4180, UTF-8 có BOM để mở bằng Excel).
            """)

    enum Format: String, CaseIterable {
        case md, html, csv
    }

    @OptionGroup var options: GlobalOptions
    @Option(help: "Kỳ báo cáo: 2026-07, 2026-Q3, 2026-H1 hoặc 2026.") var period: String
    @Option(help: "md, html hoặc csv (mặc định md).") var format: String = "md"
    @Option(help: "Ghi vào tệp này thay vì in ra màn hình.") var output: String?
    @Flag(help: "Cho phép thay tệp --output đã có.") var force = false
    @Option(name: .customLong("as-of"), help: "Số liệu tính đến ngày (ngày/tháng/năm, ví dụ 25/08/2026; mặc định hôm nay).") var asOf: String?

    func run() throws {
        try dexuat.run(options) {
            let parsedPeriod: Period
            do {
                parsedPeriod = try Period.parse(period)
            } catch let error as PeriodError {
                throw InputError(CLIText.labelled("--period", error.message))
            }
            guard let chosen = Format(rawValue: format.lowercased()) else {
                throw InputError(CLIText.formatNoFormatChooseMd(format))
            }
            let today = try asOf.map { try parseDay($0, field: "--as-of") } ?? Day.inVietnam(Date())
            let ledger = try options.openLedger()
            let report = try ConsolidatedReport.load(from: ledger, period: parsedPeriod, today: today, language: options.lang)
            let text: String
            switch chosen {
            case .md: text = MarkdownReport.render(report)
            case .html: text = HTMLReport.render(report)
            case .csv: text = CSVReport.render(report)
            }
            // Markdown is read on the terminal: its rule too (HTML and CSV have their own,
            // and CSV's CRLF must stay).
            guard let output = try OutputTarget(output, force: force, database: options.databasePath)
                .write(text, printed: chosen == .md ? SafeOutput.lines(text) : text) else { return }
            FileHandle.standardError.write(Data((CLIText.wroteReport[options.lang] + output + "\n").utf8))
        }
    }
}
