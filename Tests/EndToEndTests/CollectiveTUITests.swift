import Foundation
import Testing

/// PROCEDURE.md §7.2 in the real binary inside tmux: three members of one office, each in
/// their own Desk, fill their checklist and ballot and save at the same moment: all three
/// are recorded. One member then amends their ballot while the head's decision form is
/// open: the head's first C-s is refused as stale, the second decides on the latest tally.
@Suite(.serialized, .tags(.slow, .tmux), .skippedInFastLoop) struct CollectiveTUITests {
    @Test func threeMembersVoteAtOnceAndTheHeadDecidesOnTheLatestTally() throws {
        #expect(Tmux.isAvailable, "tmux is required (apt-get install tmux)")
        let keys = TUIWorkflowTests()
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try CommandLineTests().cast(cli)
        let officers = try #require(try cli.json(["officer", "list"]) as? [[String: Any]])
        let admin = try #require(officers.first { o in
            ((o["grants"] as? [[String: Any]]) ?? []).contains { $0["role"] as? String == "admin" }
        }?["login"] as? String)
        // A third member of the office's collective, so that three vote.
        let third = "lvthu"
        try cli.ok(["officer", "add", "--login", third, "--name", "Lê Văn Thu", "--unit", "VHXH", "--position", "Phó Trưởng phòng",
                    "--managing", "--role", "deputy"], as: admin)
        let id = try PapersCommandTests().received(cli, who)
        try cli.ok(["party-opinion", id, "--stance", "agree", "--text", "Đồng ý chủ trương", "--committee", "Đảng ủy phường Uông Bí"],
                   as: who.liaison)
        let members = Array(([who.head] + who.deputies + [third]).prefix(3))
        #expect(members.count == 3)

        // Three Desks, each with its member's ballot form filled in.
        var desks: [Tmux] = []
        for member in members {
            let tmux = try Tmux(arguments: ["--db", cli.db], environment: ["DEXUAT_AS": member], width: 120, height: 40, folder: cli.folder)
            try tmux.waitFor("Hộp việc")
            try tmux.press(":")
            try tmux.type("open " + id)
            try tmux.press("Enter")
            try tmux.waitFor("Chi tiết · " + id)
            try keys.pick("Biểu quyết", in: tmux)
            try tmux.waitFor("Biểu quyết —")
            try keys.fillChecklist(tmux)
            try tmux.press("Space")
            desks.append(tmux)
        }
        // All three save at the same moment: every ballot is recorded, none is stale.
        for tmux in desks { try tmux.press("C-s") }
        for tmux in desks { try tmux.waitFor("Đã ghi: Biểu quyết") }
        let voted = try CommandLineTests().state(cli, id)
        #expect(Set(((voted["ballots"] as? [[String: Any]]) ?? []).compactMap { $0["member"] as? String }) == Set(members))

        // The head opens the decision form; the last member amends their ballot meanwhile.
        let head = desks[0]
        try keys.pick("Ra quyết định", in: head)
        try head.waitFor("Số quyết định")
        try head.press("Space")
        try keys.tab(head)
        try head.type("22/QĐ-VHXH")
        try keys.tab(head)
        try head.type("Tập thể lãnh đạo thống nhất cho phép triển khai.")
        try cli.ok(["ballot", id, "--no", "--comment", "Đổi ý sau khi xem lại kinh phí"], as: members[2])
        try head.press("C-s")
        try head.waitFor("Chưa ghi: trong lúc biểu mẫu đang mở")
        #expect(try CommandLineTests().state(cli, id)["state"] as? String == "received")
        try head.press("C-s")
        try head.waitFor("Đã ghi: Ra quyết định")
        for tmux in desks {
            try tmux.press("Q")
            #expect(tmux.waitForExit() == 0)
        }
        let decided = try CommandLineTests().state(cli, id)
        #expect(decided["state"] as? String == "approved")
        #expect((decided["decision"] as? [String: Any])?["number"] as? String == "22/QĐ-VHXH")
        let tally = try #require(decided["tally"] as? [String: Any])
        #expect(tally["no"] as? [String] == [members[2]])
        #expect(Set(tally["yes"] as? [String] ?? []) == Set(members.prefix(2)))
        #expect(try cli.ok(["verify"]).contains("Toàn vẹn"))
    }
}
