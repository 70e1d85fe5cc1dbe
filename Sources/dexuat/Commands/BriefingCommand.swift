import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat briefing add|list`: hội nghị quán triệt (point 1).
struct BriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing", abstract: "Hội nghị phổ biến, quán triệt văn bản: ghi nhận, liệt kê.",
        subcommands: [AddBriefing.self, ListBriefings.self])

    struct AddBriefing: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Ghi một hội nghị quán triệt (lãnh đạo, văn thư của đơn vị, hoặc Phòng VH-XH).")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Mã đơn vị tổ chức, ví dụ VHXH.") var unit: String
        @Option(help: "Ngày họp (ngày/tháng/năm, ví dụ 25/08/2026; mặc định hôm nay).") var date: String?
        @Option(help: "Người trình bày (họ tên, chức vụ).") var presenter: String
        @Option(name: .customLong("text"), help: "Mã văn bản được quán triệt (lặp lại hoặc cách nhau bằng dấu phẩy).") var texts: [String] = []
        @Option(name: .customLong("attendee"), help: "Tên đăng nhập người dự (lặp lại hoặc cách nhau bằng dấu phẩy).") var attendees: [String] = []
        @Flag(name: .customLong("all-of-unit"), help: "Toàn thể cán bộ của đơn vị dự.") var allOfUnit = false
        @Option(help: "Ghi chú.") var notes: String = ""

        func run() throws {
            try OversightCLI.run(options) {
                let ledger = try options.openLedger()
                let day = try date.map { try parseDay($0, field: CLIText.date[options.lang]) } ?? OversightCLI.today()
                var people = OversightCLI.items(attendees)
                if allOfUnit {
                    people += try ledger.organization().officers.values.filter { $0.unitID == unit }.map(\.login).sorted()
                }
                let change = try ledger.recordBriefing(BriefingDraft(day: day, unitID: unit, presenter: presenter,
                                                                     textIDs: OversightCLI.items(texts), attendees: people,
                                                                     notes: try textArgument(notes)),
                                                       by: try Identity.actor(in: ledger))
                if case .briefingRecorded(let b) = change {
                    say(CLIText.briefingRecordedAttendeesTexts(b.id, b.attendees.count, b.textIDs.count)[options.lang])
                }
            }
        }
    }

    struct ListBriefings: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Liệt kê các hội nghị quán triệt.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Chỉ đơn vị này.") var unit: String?
        @Flag(help: "In JSON.") var json = false

        func run() throws {
            try OversightCLI.run(options) {
                let ledger = try options.openLedger()
                let org = try ledger.organization()
                let rows = try ledger.oversightRecords().briefings.values
                    .filter { unit == nil || $0.unitID == unit }
                    .sorted { ($0.day, $0.id) < ($1.day, $1.id) }
                if json { try printJSON(rows.map(BriefingJSON.init)); return }
                if rows.isEmpty { say(CLIText.noBriefingsYet[options.lang]); return }
                for b in rows {
                    say("\(b.id)  \(b.day.vietnamese)  \(DisplayPad.pad(b.unitID, 8)) \(b.attendees.count) \(CLIText.attended[options.lang])  \(b.textIDs.joined(separator: ", "))")
                    say("    \(CLIText.presenter[options.lang]): \(b.presenter) — \(OversightCLI.unit(org, b.unitID))")
                }
            }
        }
    }
}

/// A briefing in `--json`.
struct BriefingJSON: Encodable {
    var id: String
    var day: Day
    var unit: String
    var presenter: String
    var texts: [String]
    var attendees: [String]
    var notes: String
    var recordedBy: String

    init(_ b: Briefing) {
        id = b.id
        day = b.day
        unit = b.unitID
        presenter = b.presenter
        texts = b.textIDs
        attendees = b.attendees
        notes = b.notes
        recordedBy = b.recordedBy
    }
}
