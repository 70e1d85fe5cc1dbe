import ArgumentParser
import Foundation
import Ledger
import Procedure
import Terminal

/// `dexuat library list|show|add`: the legal texts of point 1.
struct LibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library", abstract: "Thư viện văn bản pháp luật cần phổ biến, quán triệt (điểm 1 Công văn 432).",
        subcommands: [ListTexts.self, ShowText.self, AddText.self])

    struct ListTexts: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Liệt kê các văn bản trong thư viện.")
        @OptionGroup var options: GlobalOptions
        @Flag(help: "In JSON.") var json = false

        func run() throws {
            try OversightCLI.run(options) {
                let texts = try options.openLedger().legalLibrary()
                if json { try printJSON(texts); return }
                for text in texts {
                    let mark = text.required ? "*" : " "
                    say("\(mark) \(DisplayPad.pad(text.id, 18)) \(DisplayPad.pad(text.number, 16)) \(text.issuedOn.vietnamese)  \(text.issuer)")
                }
                say(CLIText.everyOfficerMustAcknowledge[options.lang])
            }
        }
    }

    struct ShowText: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Xem một văn bản: số, ngày, cơ quan ban hành, tóm tắt, tỷ lệ đã xác nhận.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "Mã văn bản, ví dụ nd-73-2023.") var id: String
        @Flag(help: "In JSON.") var json = false

        func run() throws {
            try OversightCLI.run(options) {
                let ledger = try options.openLedger()
                guard let text = try ledger.legalLibrary().first(where: { $0.id == id }) else {
                    throw OversightRefusal(.unknownText, detail: id)
                }
                if json { try printJSON(text); return }
                let coverage = try ledger.coverage(texts: [id]).texts.first
                say("\(text.number) — \(text.title)")
                say(CLIText.issued[options.lang] + text.issuedOn.vietnamese + CLIText.issuer[options.lang] + text.issuer)
                say(CLIText.id[options.lang] + text.id + (text.required ? CLIText.required[options.lang] : ""))
                say("")
                say(text.summary[options.lang].isEmpty ? text.summary.vi : text.summary[options.lang])
                if let coverage {
                    say("")
                    say(CLIText.acknowledgedOfficers(coverage.acknowledged, coverage.officers, coverage.percent)[options.lang])
                }
                say(CLIText.acknowledgeDexuatAcknowledge(text.id)[options.lang])
            }
        }
    }

    struct AddText: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Thêm một văn bản vào thư viện (quản trị).")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Mã văn bản: chữ thường không dấu, số, '-', ví dụ qd-12-2026.") var id: String
        @Option(help: "Số, ký hiệu, ví dụ 12/QĐ-UBND.") var number: String
        @Option(help: "Ngày ban hành (ngày/tháng/năm, ví dụ 25/08/2026).") var date: String
        @Option(help: "Cơ quan ban hành.") var issuer: String
        @Option(help: "Trích yếu.") var title: String
        @Option(help: "Tóm tắt bằng tiếng Việt (văn bản, @TỆP hoặc -).") var summary: String
        @Option(name: .customLong("summary-en"), help: "Tóm tắt bằng tiếng Anh (không bắt buộc).") var summaryEN: String = ""
        @Flag(help: "Bắt buộc mọi cán bộ xác nhận đã đọc (tính vào tỷ lệ quán triệt).") var required = false

        func run() throws {
            try OversightCLI.run(options) {
                let ledger = try options.openLedger()
                let day = try parseDay(date, field: CLIText.libraryDate[options.lang])
                try ledger.addLegalText(LegalTextDraft(id: id, number: number, issuedOn: day, issuer: issuer, title: title,
                                                       summaryVI: try textArgument(summary), summaryEN: try textArgument(summaryEN),
                                                       required: required),
                                        by: try Identity.actor(in: ledger))
                say(CLIText.textAddedLibrary(id.lowercased())[options.lang])
            }
        }
    }
}

/// Column padding by display width for the plain-text listings.
enum DisplayPad {
    static func pad(_ text: String, _ width: Int) -> String {
        DisplayWidth.pad(Sanitizer.visible(text), to: width)
    }
}
