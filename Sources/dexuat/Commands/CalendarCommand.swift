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
    @Option(name: .customLong("add-holiday"), help: "Thêm ngày nghỉ (ngày/tháng/năm, ví dụ 25/08/2026).") var addHoliday: String?
    @Option(name: .customLong("add-workday"), help: "Thêm ngày làm việc bù (ngày/tháng/năm, ví dụ 25/08/2026).") var addWorkday: String?
    @Option(help: "Lý do (bắt buộc khi thêm).") var reason: String?
    @Flag(help: "In JSON.") var json = false

    struct DayJSON: Encodable {
        var day: String
        var weekday: Int
        var name: String
        var compensation: Bool
        /// "announced", "computed" or "adjustment".
        var source: String
        /// The announcement's reference, for an announced day.
        var reference: String?

        init(day: Day, name: String, compensation: Bool, source: DaySource) {
            self.day = day.iso
            self.weekday = day.weekday
            self.name = name
            self.compensation = compensation
            let coded = CalendarCommand.code(of: source)
            self.source = coded.0
            self.reference = coded.1
        }
    }
    struct YearJSON: Encodable {
        var year: Int
        var daysOff: [DayJSON]
        var makeUpWorkdays: [DayJSON]
    }

    /// The JSON code of a source and its reference.
    static func code(of source: DaySource) -> (String, String?) {
        switch source {
        case .announced(let reference): ("announced", reference)
        case .computed: ("computed", nil)
        case .adjustment: ("adjustment", nil)
        }
    }

    /// Where a day comes from, as a reader is told.
    func describe(_ source: DaySource) -> String {
        switch source {
        case .announced(let reference): CLIText.dayAnnounced(reference)[options.lang]
        case .computed: CLIText.dayComputed[options.lang]
        case .adjustment: CLIText.dayAdjusted[options.lang]
        }
    }

    func run() throws {
        try dexuat.run(options) {
            let ledger = try options.openLedger()
            if addHoliday != nil || addWorkday != nil {
                guard let reason, !reason.isEmpty else {
                    throw InputError(CLIText.reasonRequiredWhenAddingDay)
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
            let y = year ?? addHoliday.flatMap { DayText.parse($0)?.year } ?? addWorkday.flatMap { DayText.parse($0)?.year } ?? Day.inVietnam(Date()).year
            let off = calendar.daysOff(in: y)
            let makeUp = calendar.makeUpDays(in: y)
            if json {
                try printJSON(YearJSON(
                    year: y,
                    daysOff: off.map { DayJSON(day: $0.day, name: $0.name[options.lang], compensation: $0.isCompensation, source: $0.source) },
                    makeUpWorkdays: makeUp.map { DayJSON(day: $0.day, name: $0.name[options.lang], compensation: false, source: $0.source) }))
                return
            }
            let weekdays = CLIText.weekdays.map { $0[options.lang] }
            say(CLIText.daysOffBesidesWeekends(y)[options.lang])
            for h in off {
                say("  \(h.day.vietnamese) \(Text.fit(weekdays[h.day.weekday], 9)) \(h.name[options.lang])"
                    + (h.isCompensation && !h.name[options.lang].hasPrefix(CLIText.dayOffLieu[options.lang])
                        ? CLIText.compensation[options.lang] : "")
                    + " — " + describe(h.source))
            }
            if !makeUp.isEmpty {
                say(CLIText.makeUpWorkingDays[options.lang])
                for m in makeUp {
                    say("  \(m.day.vietnamese) \(Text.fit(weekdays[m.day.weekday], 9)) \(m.name[options.lang]) — " + describe(m.source))
                }
            }
            let announced = AnnouncedHolidays.years.contains(y)
            say((announced ? CLIText.yearAnnounced(y) : CLIText.yearNotAnnounced(y))[options.lang])
        }
    }
}
