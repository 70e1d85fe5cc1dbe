import Foundation
import Testing

/// `dexuat calendar --year Y` says of each day off and make-up day whether it was
/// announced (with the reference), computed, or an administrator's adjustment.
@Suite(.serialized, .tags(.slow), .skippedInFastLoop) struct CalendarCommandTests {
    func days(_ object: Any?, _ key: String) throws -> [[String: Any]] {
        try #require((object as? [String: Any])?[key] as? [[String: Any]])
    }

    @Test func eachDaySaysWhereItComesFrom() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "10", "--quiet"])

        // An announced year: every day announced, with its reference.
        let year2024 = try cli.json(["calendar", "--year", "2024"])
        let off2024 = try days(year2024, "days_off"), makeUp2024 = try days(year2024, "make_up_workdays")
        #expect(off2024.count == 12)
        for day in off2024 + makeUp2024 {
            #expect(day["source"] as? String == "announced", "\(day)")
            #expect(!((day["reference"] as? String) ?? "").isEmpty, "\(day)")
        }
        #expect(makeUp2024.map { $0["day"] as? String } == ["2024-05-04"])
        #expect((makeUp2024.first?["reference"] as? String)?.contains("2450/VPCP-KGVX") == true)
        #expect(off2024.first { $0["day"] as? String == "2024-02-08" }?["reference"] as? String == "Thông báo 5015/TB-LĐTBXH ngày 22/11/2023")

        // A year with no data: computed, no reference.
        let year2031 = try cli.json(["calendar", "--year", "2031"])
        let off2031 = try days(year2031, "days_off")
        #expect(!off2031.isEmpty)
        for day in off2031 {
            #expect(day["source"] as? String == "computed", "\(day)")
            #expect(day["reference"] == nil || day["reference"] is NSNull)
        }
        #expect(try days(year2031, "make_up_workdays").isEmpty)

        // An administrator's day on top of an announced year.
        let officers = try #require(try cli.json(["officer", "list"]) as? [[String: Any]])
        let admin = try #require(officers.first { (($0["roles"] as? [String]) ?? []).contains("admin") }?["login"] as? String)
        try cli.ok(["calendar", "--add-holiday", "2024-02-15", "--reason", "Nghỉ thêm"], as: admin)
        let adjusted = try days(try cli.json(["calendar", "--year", "2024"]), "days_off")
        #expect(adjusted.first { $0["day"] as? String == "2024-02-15" }?["source"] as? String == "adjustment")
        #expect(adjusted.filter { $0["source"] as? String == "announced" }.count == 12)

        // The text says the same, in each language.
        let text = try cli.ok(["calendar", "--year", "2024"])
        #expect(text.contains("08/02/2024") && text.contains("đã công bố: Thông báo 5015/TB-LĐTBXH ngày 22/11/2023"))
        #expect(text.contains("15/02/2024") && text.contains("quản trị điều chỉnh"))
        #expect(text.contains("04/05/2024"))
        #expect(try cli.ok(["calendar", "--year", "2031"]).contains("tính theo luật"))
        let english = try cli.ok(["calendar", "--year", "2031", "--lang", "en"])
        #expect(english.contains("computed") && !english.contains("tính theo luật"))
        #expect(try cli.ok(["calendar", "--year", "2024", "--lang", "en"]).contains("announced: Công văn 2450/VPCP-KGVX"))
    }
}
