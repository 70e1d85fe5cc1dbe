import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat calendar`: the days off and make-up working days of a year, and the
/// administrator's edits to them.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "calendar", abstract: "Lịch ngày nghỉ, ngày làm bù của một năm; quản trị có thể thêm ngày nghỉ, ngày làm bù.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "Năm (mặc định: năm nay).") var year: Int?
    @Option(name: .customLong("add-holiday"), help: "Thêm ngày nghỉ (YYYY-MM-DD).") var addHoliday: String?
    @Option(name: .customLong("add-workday"), help: "Thêm ngày làm việc bù (YYYY-MM-DD).") var addWorkday: String?
    @Option(help: "Lý do (bắt buộc khi thêm).") var reason: String?
    @Flag(help: "In JSON.") var json = false

    struct DayJSON: Encodable {
        var day: String
        var weekday: Int
        var name: String
        var compensation: Bool
    }
    struct YearJSON: Encodable {
        var year: Int
        var daysOff: [DayJSON]
        var makeUpWorkdays: [DayJSON]
    }

    func run() throws {
        try dexuat.run(options) {
            let ledger = try options.openLedger()
            if addHoliday != nil || addWorkday != nil {
                guard let reason, !reason.isEmpty else {
                    throw InputError(vi: "Cần --reason khi thêm ngày nghỉ hoặc ngày làm bù", en: "--reason is required when adding a day")
                }
                let actor = try Identity.actor(in: ledger)
                if let text = addHoliday {
                    try ledger.adjustCalendar(CalendarAdjustment(day: try parseDay(text, field: "--add-holiday"), kind: .dayOff, reason: reason), by: actor)
                }
                if let text = addWorkday {
                    try ledger.adjustCalendar(CalendarAdjustment(day: try parseDay(text, field: "--add-workday"), kind: .workday, reason: reason), by: actor)
                }
            }
            let calendar = try ledger.calendar()
            let y = year ?? addHoliday.flatMap { Day(iso: $0)?.year } ?? addWorkday.flatMap { Day(iso: $0)?.year } ?? Day.inVietnam(Date()).year
            let off = calendar.daysOff(in: y)
            let makeUp = calendar.makeUpDays(in: y)
            if json {
                try printJSON(YearJSON(
                    year: y,
                    daysOff: off.map { DayJSON(day: $0.day.iso, weekday: $0.day.weekday, name: $0.name[options.lang], compensation: $0.isCompensation) },
                    makeUpWorkdays: makeUp.map { DayJSON(day: $0.day.iso, weekday: $0.day.weekday, name: $0.reason, compensation: false) }))
                return
            }
            let weekdays = options.lang == .vi ? ["", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
                                               : ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            say(options.lang == .vi ? "Ngày nghỉ năm \(y) (ngoài thứ Bảy, Chủ nhật):" : "Days off in \(y) (besides weekends):")
            for h in off {
                say("  \(h.day.vietnamese) \(Text.fit(weekdays[h.day.weekday], 9)) \(h.name[options.lang])"
                    + (h.isCompensation ? (options.lang == .vi ? " (nghỉ bù)" : " (compensation)") : ""))
            }
            if !makeUp.isEmpty {
                say(options.lang == .vi ? "Ngày làm việc bù:" : "Make-up working days:")
                for m in makeUp { say("  \(m.day.vietnamese) \(Text.fit(weekdays[m.day.weekday], 9)) \(m.reason)") }
            }
            say(options.lang == .vi
                ? "Âm lịch Việt Nam (UTC+7). Lịch nghỉ Tết do Chính phủ quyết định hằng năm: quản trị điều chỉnh bằng --add-holiday / --add-workday."
                : "Vietnamese lunar calendar (UTC+7). The Tết break is decided each year: administrators adjust with --add-holiday / --add-workday.")
        }
    }
}
