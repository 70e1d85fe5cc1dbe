import Foundation
import Testing

/// PROCEDURE.md §7.3 in the real binary inside tmux: three members of one office, each in
/// their own Desk, fill their own evaluation form and save at the same moment: all three
/// are recorded, none stale. The head then opens the collective evaluation: the members'
/// forms side by side, the disagreement marked, the form pre-filled from the majority,
/// and issues it. `show --json` carries each member's form and the collective one.
@Suite(.serialized, .tags(.slow, .tmux), .skippedInFastLoop) struct MemberEvaluationTUITests {
    @Test func threeReviewersFileTheirFormsAndTheHeadIssuesTheCollectiveEvaluation() throws {
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
        // A third member of the office's collective, so that three evaluate.
        let third = "lvthu"
        try cli.ok(["officer", "add", "--login", third, "--name", "Lê Văn Thu", "--unit", "VHXH", "--position", "Phó Trưởng phòng",
                    "--managing", "--role", "deputy"], as: admin)
        let id = try PapersCommandTests().received(cli, who)
        try cli.ok(["party-opinion", id, "--stance", "agree", "--text", "Đồng ý chủ trương", "--committee", "Đảng ủy phường Uông Bí"],
                   as: who.liaison)
        let collective = [who.head] + who.deputies + [third]
        for member in collective {
            try cli.ok(["ballot", id, "--yes"] + CommandLineTests.checks, as: member)
        }
        try cli.ok(["decide", id, "--kind", "approve", "--number", "12/QĐ-VHXH", "--reasons", "Tập thể thống nhất"], as: who.head)
        try cli.ok(["resource", id, "--funding", "15 triệu", "--staff", "2 công chức"], as: who.head)
        try cli.ok(["result", id, "--summary", "Hoàn thành các chỉ tiêu", "--result", "1=yes:93%", "--result", "2=yes:640 lượt/tháng"],
                   as: who.proposer)
        try cli.ok(["party-opinion", id, "--stance", "agree", "--text", "Đồng ý đánh giá", "--committee", "Đảng ủy phường Uông Bí"],
                   as: who.liaison)
        let members = Array(collective.prefix(3))
        #expect(members.count == 3)

        // Three Desks, each with its member's own form filled in; the last says the plan was not followed.
        var desks: [Tmux] = []
        for (index, member) in members.enumerated() {
            let tmux = try Tmux(arguments: ["--db", cli.db], environment: ["DEXUAT_AS": member], width: 120, height: 40, folder: cli.folder)
            try tmux.waitFor("Hộp việc")
            try tmux.press(":")
            try tmux.type("open " + id)
            try tmux.press("Enter")
            try tmux.waitFor("Chi tiết · " + id)
            try keys.pick("Phiếu đánh giá của thành viên", in: tmux)
            try tmux.waitFor("Phiếu đánh giá của thành viên —")
            try tmux.press("Space")        // Hoàn thành
            try keys.tab(tmux, 2)          // past "damage caused", left off
            for (finding, reason) in ["Theo NĐ 73.", "Vì dân.", "Lợi ích chung.", "Đúng kế hoạch."].enumerated() {
                try tmux.press("Space")    // Có
                if finding == 3 && index == 2 { try tmux.press("Space") }   // Không
                try keys.tab(tmux)
                try tmux.type(finding == 3 && index == 2 ? "Chậm so với kế hoạch." : reason)
                try keys.tab(tmux)
            }
            try keys.tab(tmux)             // past "abuse found", left off
            try tmux.type("Không có")
            try keys.tab(tmux)
            try tmux.type("Không có")
            desks.append(tmux)
        }
        // All three save at the same moment: every form is recorded, none is stale.
        for tmux in desks { try tmux.press("C-s") }
        for tmux in desks { try tmux.waitFor("Đã ghi: Phiếu đánh giá của thành viên") }
        let filed = try CommandLineTests().state(cli, id)
        let forms = try #require(filed["member_evaluations"] as? [[String: Any]])
        #expect(Set(forms.compactMap { $0["member"] as? String }) == Set(members))

        // The head opens the collective evaluation: side by side, the disagreement marked, pre-filled.
        // The head's Desk sees the other sessions' saves on its next poll: until then the
        // step stays greyed (too few forms), so the menu is asked again until it is offered.
        let head = desks[0]
        var offered: String?
        for _ in 0..<20 where offered == nil {
            try head.press("a")
            let menu = try head.waitFor("Thao tác — Enter chọn")
            offered = keys.menuNumber(of: "Đánh giá của tập thể", in: menu)
            if offered == nil {
                try head.press("Escape")
                Thread.sleep(forTimeInterval: 0.5)
            }
        }
        try head.type(try #require(offered, "the collective evaluation was never offered"))
        let screen = try head.waitFor("Phiếu đánh giá của thành viên: 3 đã nộp")
        for member in members { #expect(screen.contains(member), "\(member) not in:\n\(screen)") }
        #expect(screen.contains("≠ Không"))
        #expect(screen.contains("Đa số"))
        #expect(screen.contains("Hướng xử lý trách nhiệm đề xuất: Không bị xử lý trách nhiệm"))
        try head.press("C-s")
        try head.waitFor("Đã ghi: Đánh giá của tập thể")
        for tmux in desks {
            try tmux.press("Q")
            #expect(tmux.waitForExit() == 0)
        }
        let evaluated = try CommandLineTests().state(cli, id)
        #expect(evaluated["state"] as? String == "evaluated")
        #expect(evaluated["consequence"] as? String == "no_liability")
        let evaluation = try #require(evaluated["evaluation"] as? [String: Any])
        #expect(Set(evaluation["member_forms"] as? [String] ?? []) == Set(members))
        let findings = try #require(evaluation["findings"] as? [[String: Any]])
        #expect(findings.allSatisfy { $0["holds"] as? Bool == true })
        let latest = try #require(evaluated["member_evaluations"] as? [[String: Any]])
        #expect(latest.count == 3)
        let dissent = try #require(latest.first { $0["member"] as? String == members[2] })
        let plan = ((dissent["form"] as? [String: Any])?["findings"] as? [[String: Any]])?.first { $0["kind"] as? String == "followed_plan" }
        #expect(plan?["holds"] as? Bool == false)
        #expect(try cli.ok(["verify"]).contains("Toàn vẹn"))
    }
}
