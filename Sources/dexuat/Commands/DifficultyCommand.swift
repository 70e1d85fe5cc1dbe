import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat difficulty file|list|show|answer|escalate|resolve`: khó khăn, vướng mắc (point 4).
struct DifficultyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "difficulty",
        abstract: "Báo cáo khó khăn, vướng mắc: đơn vị gửi, Phòng VH-XH trả lời hoặc chuyển UBND phường (điểm 4 Công văn 432).",
        subcommands: [File.self, ListReports.self, ShowReport.self, Answer.self, Escalate.self, Resolve.self])

    struct File: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "file", abstract: "Đơn vị gửi báo cáo vướng mắc (lãnh đạo hoặc văn thư của đơn vị).")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Mã đơn vị gửi (mặc định đơn vị của người gửi).") var unit: String?
        @Option(help: "Loại: legal, funding, staffing, equipment, procedure, other.") var category: String
        @Option(help: "Nội dung vướng mắc (văn bản, @TỆP hoặc -).") var text: String

        func run() throws {
            try OversightCLI.run(options) {
                guard let category = DifficultyCategory(rawValue: category) else {
                    throw InputError(CLIText.invalidCategoryLegalFundingStaffing(category))
                }
                let ledger = try options.openLedger()
                let actor = try Identity.actor(in: ledger)
                let ownUnit = try ledger.organization().officer(actor.login)?.unitID ?? ""
                let unitID = unit ?? ownUnit
                let change = try ledger.fileDifficulty(unitID: unitID, category: category, text: try textArgument(text), by: actor)
                if case .difficultyFiled(let r) = change {
                    say(CLIText.difficultyReportFiled(r.id, r.routedTo)[options.lang])
                }
            }
        }
    }

    struct ListReports: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Liệt kê báo cáo vướng mắc (đơn vị mình; Phòng VH-XH và lãnh đạo phường: mọi đơn vị).")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Chỉ đơn vị này.") var unit: String?
        @Option(help: "Chỉ trạng thái: filed, answered, escalated, resolved.") var status: String?
        @Flag(help: "In JSON.") var json = false

        func run() throws {
            try OversightCLI.run(options) {
                let wanted = try status.map { value -> DifficultyStatus in
                    guard let s = DifficultyStatus(rawValue: value) else {
                        throw InputError(CLIText.invalidStatus(value))
                    }
                    return s
                }
                let ledger = try options.openLedger()
                let visible = try OversightCLI.visibleUnits(ledger, try Identity.actor(in: ledger))
                let today = OversightCLI.today()
                let rows = try ledger.oversightRecords().difficulties.values
                    .filter { r in (unit == nil || r.unitID == unit) && (visible?.contains(r.unitID) ?? true) && (wanted == nil || r.status == wanted) }
                    .sorted { ($0.filedOn, $0.id) < ($1.filedOn, $1.id) }
                if json { try printJSON(rows.map { DifficultyJSON($0, today: today) }); return }
                if rows.isEmpty { say(CLIText.noDifficultyReports[options.lang]); return }
                for r in rows {
                    let mark = r.isOverdue(today: today) ? "!" : " "
                    let due = r.escalation.map { (CLIText.difficultyDue[options.lang]) + $0.due.vietnamese } ?? ""
                    say("\(mark) \(r.id)  \(r.filedOn.vietnamese)  \(DisplayPad.pad(r.unitID, 8)) \(DisplayPad.pad(r.category.rawValue, 10)) \(r.status.label[options.lang])\(due)")
                }
                say(CLIText.difficultyPeopleSCommitteeSAnswer[options.lang])
            }
        }
    }

    struct ShowReport: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Xem một báo cáo vướng mắc và trạng thái xử lý.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "Mã báo cáo, ví dụ VM-2026-001.") var id: String
        @Flag(help: "In JSON.") var json = false

        func run() throws {
            try OversightCLI.run(options) {
                let ledger = try options.openLedger()
                guard let r = try ledger.oversightRecords().difficulties[id] else { throw OversightRefusal(.unknownRecord, detail: id) }
                try OversightCLI.requireVisible(r.unitID, try OversightCLI.visibleUnits(ledger, try Identity.actor(in: ledger)), id: id)
                let today = OversightCLI.today()
                if json { try printJSON(DifficultyJSON(r, today: today)); return }
                let org = try ledger.organization()
                say("\(r.id) — \(OversightCLI.unit(org, r.unitID)) — \(r.filedOn.vietnamese)")
                say(CLIText.category[options.lang] + r.category.label[options.lang] + CLIText.filed[options.lang] + OversightCLI.name(org, r.filedBy))
                say(CLIText.status[options.lang] + r.status.label[options.lang] + (r.isOverdue(today: today) ? CLIText.overdueMark[options.lang] : ""))
                say("")
                say(r.text)
                if let a = r.answer { say(""); say("\(CLIText.officeSAnswer[options.lang]) \(a.day.vietnamese) (\(OversightCLI.name(org, a.by))): \(a.text)") }
                if let e = r.escalation { say(""); say("\(CLIText.escalated[options.lang]) \(e.day.vietnamese), \(CLIText.dueWord[options.lang]) \(e.due.vietnamese): \(e.note)") }
                if let s = r.resolution { say(""); say("\(CLIText.peopleSCommitteeSAnswer[options.lang]) \(s.day.vietnamese) (\(OversightCLI.name(org, s.by))): \(s.text)") }
            }
        }
    }

    struct Answer: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "answer", abstract: "Phòng VH-XH trả lời báo cáo vướng mắc.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "Mã báo cáo.") var id: String
        @Option(help: "Nội dung trả lời (văn bản, @TỆP hoặc -).") var text: String

        func run() throws {
            try OversightCLI.run(options) {
                let ledger = try options.openLedger()
                try ledger.answerDifficulty(id, text: try textArgument(text), by: try Identity.actor(in: ledger))
                say(CLIText.difficultyReportAnswered(id)[options.lang])
            }
        }
    }

    struct Escalate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "escalate", abstract: "Phòng VH-XH chuyển báo cáo lên UBND phường, kèm hạn trả lời.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "Mã báo cáo.") var id: String
        @Option(help: "Hạn UBND phường trả lời (ngày/tháng/năm, ví dụ 25/08/2026).") var due: String
        @Option(help: "Ý kiến của phòng khi chuyển (văn bản, @TỆP hoặc -).") var note: String

        func run() throws {
            try OversightCLI.run(options) {
                let ledger = try options.openLedger()
                let day = try parseDay(due, field: CLIText.dueDate[options.lang])
                try ledger.escalateDifficulty(id, due: day, note: try textArgument(note), by: try Identity.actor(in: ledger))
                say(CLIText.escalatedPeopleSCommitteeDue(id, day.vietnamese)[options.lang])
            }
        }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "resolve", abstract: "Lãnh đạo UBND phường trả lời báo cáo đã được chuyển lên.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "Mã báo cáo.") var id: String
        @Option(help: "Nội dung trả lời (văn bản, @TỆP hoặc -).") var text: String

        func run() throws {
            try OversightCLI.run(options) {
                let ledger = try options.openLedger()
                try ledger.resolveDifficulty(id, text: try textArgument(text), by: try Identity.actor(in: ledger))
                say(CLIText.peopleSCommitteeAnswered(id)[options.lang])
            }
        }
    }
}

/// A difficulty report in `--json`, with its overdue mark as of today.
struct DifficultyJSON: Encodable {
    var id: String
    var unit: String
    var routedTo: String
    var filedBy: String
    var filedOn: Day
    var category: DifficultyCategory
    var text: String
    var status: DifficultyStatus
    @NullEncoded var answer: DifficultyAnswer?
    @NullEncoded var escalation: Escalation?
    @NullEncoded var resolution: DifficultyAnswer?
    var overdue: Bool

    init(_ r: DifficultyReport, today: Day) {
        id = r.id
        unit = r.unitID
        routedTo = r.routedTo
        filedBy = r.filedBy
        filedOn = r.filedOn
        category = r.category
        text = r.text
        status = r.status
        answer = r.answer
        escalation = r.escalation
        resolution = r.resolution
        overdue = r.isOverdue(today: today)
    }
}
