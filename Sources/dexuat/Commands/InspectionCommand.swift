import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat inspection add|list|show|follow-up`: kiểm tra of point 4.
struct InspectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspection", abstract: "Kiểm tra của Phòng Văn hóa – Xã hội: ghi biên bản, kiến nghị, theo dõi thực hiện (điểm 4 Công văn 432).",
        subcommands: [AddInspection.self, ListInspections.self, ShowInspection.self, FollowUpCommand.self])

    struct AddInspection: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Ghi một cuộc kiểm tra (vai trò kiểm tra, Phòng VH-XH).")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Mã đơn vị được kiểm tra.") var unit: String
        @Option(help: "Ngày kiểm tra (mặc định hôm nay).") var date: String?
        @Option(help: "Phạm vi kiểm tra (văn bản, @TỆP hoặc -).") var scope: String
        @Option(help: "Kết quả kiểm tra (văn bản, @TỆP hoặc -).") var findings: String
        @Option(name: .customLong("recommendation"), help: "Kiến nghị và hạn: \"NỘI DUNG|ngày/tháng/năm\" (lặp lại).") var recommendations: [String] = []

        func run() throws {
            try OversightCLI.run(options) {
                let ledger = try options.openLedger()
                let day = try date.map { try parseDay($0, field: CLIText.inspectionDate[options.lang]) } ?? OversightCLI.today()
                let items = try recommendations.enumerated().map { index, value -> InspectionDraft.Item in
                    guard let bar = value.lastIndex(of: "|") else {
                        throw InputError(CLIText.recommendationNoDueDateUse(index + 1))
                    }
                    let due = try parseDay(String(value[value.index(after: bar)...]).trimmingCharacters(in: .whitespaces),
                                           field: CLIText.dueDateRecommendation(index + 1)[options.lang])
                    return InspectionDraft.Item(text: String(value[..<bar]), due: due)
                }
                let change = try ledger.recordInspection(InspectionDraft(unitID: unit, day: day, scope: try textArgument(scope),
                                                                         findings: try textArgument(findings), recommendations: items),
                                                         by: try Identity.actor(in: ledger))
                if case .inspectionRecorded(let i) = change {
                    say(CLIText.inspectionRecordedRecommendations(i.id, i.unitID, i.recommendations.count)[options.lang])
                }
            }
        }
    }

    struct ListInspections: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Liệt kê các cuộc kiểm tra (đơn vị mình; Phòng VH-XH và lãnh đạo phường: mọi đơn vị).")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Chỉ đơn vị này.") var unit: String?
        @Flag(help: "Chỉ các cuộc còn kiến nghị chưa thực hiện xong.") var open = false
        @Flag(help: "In JSON.") var json = false

        func run() throws {
            try OversightCLI.run(options) {
                let ledger = try options.openLedger()
                let visible = try OversightCLI.visibleUnits(ledger, try Identity.actor(in: ledger))
                let today = OversightCLI.today()
                let rows = try ledger.oversightRecords().inspections.values
                    .filter { i in (unit == nil || i.unitID == unit) && (visible?.contains(i.unitID) ?? true) && (!open || i.isOpen) }
                    .sorted { ($0.day, $0.id) < ($1.day, $1.id) }
                if json { try printJSON(rows.map { InspectionJSON($0, today: today) }); return }
                if rows.isEmpty { say(CLIText.noInspections[options.lang]); return }
                for i in rows {
                    let openCount = i.recommendations.filter { !$0.status.isClosed }.count
                    let overdue = i.overdue(today: today).count
                    let mark = overdue > 0 ? "!" : " "
                    say("\(mark) \(i.id)  \(i.day.vietnamese)  \(DisplayPad.pad(i.unitID, 8)) "
                        + CLIText.recommendationsOpenOverdue(i.recommendations.count, openCount, overdue)[options.lang])
                }
                say(CLIText.recommendationOverdue[options.lang])
            }
        }
    }

    struct ShowInspection: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Xem một cuộc kiểm tra, các kiến nghị và việc theo dõi.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "Mã cuộc kiểm tra, ví dụ KT-2026-001.") var id: String
        @Flag(help: "In JSON.") var json = false

        func run() throws {
            try OversightCLI.run(options) {
                let ledger = try options.openLedger()
                guard let i = try ledger.oversightRecords().inspections[id] else { throw OversightRefusal(.unknownRecord, detail: id) }
                try OversightCLI.requireVisible(i.unitID, try OversightCLI.visibleUnits(ledger, try Identity.actor(in: ledger)), id: id)
                let today = OversightCLI.today()
                if json { try printJSON(InspectionJSON(i, today: today)); return }
                let org = try ledger.organization()
                say("\(i.id) — \(OversightCLI.unit(org, i.unitID)) — \(i.day.vietnamese)")
                say(CLIText.inspectionRecorded[options.lang] + OversightCLI.name(org, i.recordedBy))
                say("")
                say(CLIText.scope[options.lang] + i.scope)
                say(CLIText.findings[options.lang] + i.findings)
                for r in i.recommendations {
                    say("")
                    let overdue = r.isOverdue(today: today) ? CLIText.overdueMark[options.lang] : ""
                    say("\(CLIText.recommendation[options.lang]) \(r.number): \(r.text)")
                    say("    \(CLIText.inspectionDue[options.lang]) \(r.due.vietnamese) · \(r.status.label[options.lang])\(overdue)")
                    for f in r.followUps {
                        say("    \(f.day.vietnamese) \(OversightCLI.name(org, f.by)): \(f.status.label[options.lang]) — \(f.note)")
                    }
                }
            }
        }
    }

    struct FollowUpCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "follow-up", abstract: "Ghi việc theo dõi thực hiện một kiến nghị (Phòng VH-XH hoặc lãnh đạo đơn vị được kiểm tra).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "Mã cuộc kiểm tra.") var id: String
        @Option(help: "Số thứ tự kiến nghị (1, 2, …).") var number: Int
        @Option(help: "Trạng thái: open, in_progress, done.") var status: String
        @Option(help: "Nội dung theo dõi (văn bản, @TỆP hoặc -).") var note: String

        func run() throws {
            try OversightCLI.run(options) {
                guard let status = RecommendationStatus(rawValue: status) else {
                    throw InputError(CLIText.invalidStatusOpenProgressDone(status))
                }
                let ledger = try options.openLedger()
                try ledger.followUp(inspection: id, recommendation: number, status: status, note: try textArgument(note),
                                    by: try Identity.actor(in: ledger))
                say(CLIText.followUpRecommendationRecorded(number, id, status.label)[options.lang])
            }
        }
    }
}

/// An inspection in `--json`, with each recommendation's overdue mark as of today.
struct InspectionJSON: Encodable {
    struct RecommendationJSON: Encodable {
        var number: Int
        var text: String
        var due: Day
        var status: RecommendationStatus
        var overdue: Bool
        var followUps: [FollowUp]
    }
    var id: String
    var unit: String
    var day: Day
    var scope: String
    var findings: String
    var recordedBy: String
    var open: Bool
    var recommendations: [RecommendationJSON]

    init(_ i: Inspection, today: Day) {
        id = i.id
        unit = i.unitID
        day = i.day
        scope = i.scope
        findings = i.findings
        recordedBy = i.recordedBy
        open = i.isOpen
        recommendations = i.recommendations.map {
            RecommendationJSON(number: $0.number, text: $0.text, due: $0.due, status: $0.status,
                               overdue: $0.isOverdue(today: today), followUps: $0.followUps)
        }
    }
}
