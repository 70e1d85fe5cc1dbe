import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat acknowledge TEXT`: the officer's own "Tôi đã đọc và nắm được nội dung" (point 1).
struct AcknowledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "acknowledge",
        abstract: "Tự xác nhận: \"Tôi đã đọc và nắm được nội dung\" văn bản này (mỗi cán bộ tự xác nhận, không ai xác nhận thay).")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "Mã văn bản, ví dụ nd-73-2023 (xem dexuat library list).") var text: String
    @Option(help: "Tên đăng nhập người xác nhận; chỉ được là chính người xác nhận.") var officer: String?

    func run() throws {
        try OversightCLI.run(options) {
            let ledger = try options.openLedger()
            let actor = try Identity.actor(in: ledger)
            try ledger.acknowledge(text, officer: officer, by: actor)
            let number = try ledger.legalLibrary().first { $0.id == text }?.number ?? text
            say(CLIText.recorded(AcknowledgementStatement.text, number)[options.lang])
        }
    }
}
