import Foundation
import Testing

/// PROCEDURE.md §7.7 by commands alone: the resourcing clock (10 WD from the approval) counts
/// working days as the ward's calendar gives them. Days off announced after the approval (the
/// way a Tết break is announced, `calendar --add-holiday`) move the due day by as many working
/// days, and `show --json` gives it; the count is checked against `calendar --json`.
@Suite(.serialized, .tags(.slow), .skippedInFastLoop) struct StepClocksAcrossTetCommandTests {
    /// The working days of a year as `calendar --json` gives them: Monday–Friday not off, and
    /// the make-up Saturdays.
    static func calendar(_ cli: CLI, _ year: Int) throws -> (off: Set<String>, makeUp: Set<String>) {
        let json = try #require(try cli.json(["calendar", "--year", String(year), "--json"]) as? [String: Any])
        let days = { (key: String) in Set(((json[key] as? [[String: Any]]) ?? []).compactMap { $0["day"] as? String }) }
        return (days("days_off"), days("make_up_workdays"))
    }

    static let iso: DateFormatter = {
        let f = DateFormatter()
        f.calendar = Calendar(identifier: .gregorian)
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
        f.dateFormat = "yyyy-MM-dd"
        return f
    }()

    /// The working days in (start, end], by the calendars of the years they span.
    static func workingDays(after start: String, through end: String, _ cli: CLI) throws -> Int {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .current
        var day = try #require(iso.date(from: start)), count = 0
        let last = try #require(iso.date(from: end))
        var years: [Int: (off: Set<String>, makeUp: Set<String>)] = [:]
        while day < last {
            day = try #require(gregorian.date(byAdding: .day, value: 1, to: day))
            let year = gregorian.component(.year, from: day)
            if years[year] == nil { years[year] = try calendar(cli, year) }
            let name = iso.string(from: day), weekday = gregorian.component(.weekday, from: day)
            let cal = try #require(years[year])
            if cal.makeUp.contains(name) || ((2...6).contains(weekday) && !cal.off.contains(name)) { count += 1 }
        }
        return count
    }

    @Test func aBreakAnnouncedAfterTheApprovalMovesTheResourcingDueDay() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try CommandLineTests().cast(cli)
        let admin = try StepClocksCommandTests.admin(cli)
        let id = try PapersCommandTests().received(cli, who)
        try cli.ok(["party-opinion", id, "--stance", "agree", "--text", "Đồng ý chủ trương", "--committee", "Đảng ủy phường Uông Bí"],
                   as: who.liaison)
        for member in [who.head] + who.deputies {
            try cli.ok(["ballot", id, "--yes", "--comment", "Đồng ý"] + CommandLineTests.checks, as: member)
        }
        try cli.ok(["decide", id, "--kind", "approve", "--number", "12/QĐ-VHXH", "--reasons", "Tập thể thống nhất"], as: who.head)

        func resourcing() throws -> [String: Any] {
            let shown = try #require(try cli.json(["show", id, "--json"]) as? [String: Any])
            let steps = (shown["steps"] as? [[String: Any]]) ?? []
            return try #require(steps.first { $0["step"] as? String == "resourcing" }, "\(steps)")
        }
        let before = try resourcing()
        let start = try #require(before["start"] as? String), due = try #require(before["due"] as? String)
        #expect(before["limit_working_days"] as? Int == 10)
        #expect(try Self.workingDays(after: start, through: due, cli) == 10)

        // A five-day break announced inside the window: the five working days after the approval.
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .current
        var day = try #require(Self.iso.date(from: start)), added: [String] = []
        while added.count < 5 {
            day = try #require(gregorian.date(byAdding: .day, value: 1, to: day))
            let name = Self.iso.string(from: day)
            if try Self.workingDays(after: Self.iso.string(from: try #require(gregorian.date(byAdding: .day, value: -1, to: day))),
                                    through: name, cli) == 1 {
                try cli.ok(["calendar", "--add-holiday", name, "--reason", "Nghỉ Tết (thông báo của UBND phường)"], as: admin)
                added.append(name)
            }
        }
        let after = try resourcing()
        let moved = try #require(after["due"] as? String)
        #expect(moved > due, "the due day stays \(due) after \(added)")
        // Still ten working days after the approval, by the calendar that now has the break.
        #expect(try Self.workingDays(after: start, through: moved, cli) == 10)
        // Every day of the break lies between the approval and the new due day.
        #expect(added.allSatisfy { $0 > start && $0 < moved })
        #expect(try cli.run(["verify"]).status == 0)
    }
}
