import Foundation
import Testing

/// PROCEDURE.md §7.1 in the real binary inside tmux: the head opens the review meeting with
/// `M`, the clerk records the attendance with `D` (one deputy absent, with the reason), and
/// the absent deputy's ballot is greyed with its reason.
@Suite(.serialized, .tags(.slow, .tmux), .skippedInFastLoop) struct MeetingTUITests {
    @Test func theHeadOpensTheMeetingAndTheClerkRecordsTheAttendanceByKeys() throws {
        #expect(Tmux.isAvailable, "tmux is required (apt-get install tmux)")
        let keys = TUIWorkflowTests()
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try CommandLineTests().cast(cli)
        let id = try PapersCommandTests().received(cli, who)
        let absentee = try #require(who.deputies.first)

        func desk(as login: String) throws -> Tmux {
            let tmux = try Tmux(arguments: ["--db", cli.db], environment: ["DEXUAT_AS": login], width: 120, height: 40, folder: cli.folder)
            try tmux.waitFor("Hộp việc")
            try tmux.press(":")
            try tmux.type("open " + id)
            try tmux.press("Enter")
            try tmux.waitFor("Chi tiết · " + id)
            return tmux
        }

        // The head: M, the day and the chair prefilled, C-s.
        let head = try desk(as: who.head)
        try keys.pick("Mở cuộc họp tập thể lãnh đạo", in: head)
        try head.waitFor("Ngày họp")
        try head.press("C-s")
        try head.waitFor("Đã ghi: Mở cuộc họp")
        try head.press("Q")
        #expect(head.waitForExit() == 0)

        // The clerk: D, the head present (first choice), the first deputy absent with a reason.
        let clerk = try desk(as: who.clerk)
        try keys.pick("Điểm danh cuộc họp", in: clerk)
        try clerk.waitFor("Điểm danh cuộc họp —")
        try keys.tab(clerk)
        try clerk.press("Space")
        try clerk.waitFor("Lý do vắng")
        try keys.tab(clerk)
        try clerk.type("Đi công tác")
        try clerk.press("C-s")
        try clerk.waitFor("Đã ghi: Điểm danh")
        try clerk.press("Q")
        #expect(clerk.waitForExit() == 0)

        let meetings = try #require(try cli.json(["meeting", "show", id]) as? [[String: Any]])
        let convened = try #require(meetings.first?["convened"] as? [[String: Any]])
        let row = try #require(convened.first { $0["login"] as? String == absentee })
        #expect(row["present"] as? Bool == false)
        #expect(row["reason"] as? String == "Đi công tác")

        // The absent deputy's own menu greys the ballot with the reason.
        let deputy = try desk(as: absentee)
        try deputy.press("a")
        try deputy.press("Tab")
        try deputy.waitFor("Thành viên vắng mặt tại cuộc họp")
        try deputy.press("q")
        try deputy.waitFor("Hộp việc")
        try deputy.press("Q")
        #expect(deputy.waitForExit() == 0)
        #expect(try cli.ok(["verify"]).contains("Toàn vẹn"))
    }
}
