import ArgumentParser
import Foundation
import Ledger
import Procedure

/// §7.6: the ward chairperson's own proposal goes to the province and comes back.
/// Both steps are the clerk's (văn thư of the ward People's Committee).
struct Forward: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "forward",
        abstract: "Chuyển cấp tỉnh đề xuất của Chủ tịch UBND phường (văn thư); tạm dừng tính thời hạn.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "Số, ký hiệu công văn chuyển.") var letter: String
    @Option(help: "Ngày công văn (ngày/tháng/năm, ví dụ 25/08/2026).") var date: String
    func run() throws {
        try dexuat.run(options) {
            let day = try parseDay(date, field: "--date")
            try dexuat.step(options, step.id, step.seen, json: step.json) { _ in [.forward(letterNumber: letter, letterDay: day)] }
        }
    }
}

struct OutcomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outcome",
        abstract: "Ghi kết quả cấp tỉnh trả về cho đề xuất đã chuyển (văn thư): số, ngày quyết định, kết quả, lý do.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "Số, ký hiệu quyết định của cấp tỉnh.") var decision: String
    @Option(help: "Ngày quyết định (ngày/tháng/năm).") var date: String
    @Option(help: "Kết quả: \(ProvincialResult.allCases.map(\.rawValue).joined(separator: ", ")).") var result: String
    @Option(help: "Lý do (bắt buộc khi không phê duyệt; văn bản, @TỆP hoặc - để đọc từ stdin).") var reason: String = ""
    func run() throws {
        try dexuat.run(options) {
            guard let r = ProvincialResult(rawValue: result) else { throw InputError(CLIText.invalidProvincialResult(result)) }
            let day = try parseDay(date, field: "--date")
            let why = try textArgument(reason)
            try dexuat.step(options, step.id, step.seen, json: step.json) { _ in
                [.recordOutcome(decisionNumber: decision, decisionDay: day, result: r, reasons: why)]
            }
        }
    }
}
