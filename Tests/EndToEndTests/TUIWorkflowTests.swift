import Foundation
import Testing

/// By keys alone, in the real binary inside tmux: a proposer types a dossier in Vietnamese
/// and submits it; the clerk registers it, records the Party opinion and every member's
/// ballot with its checklist from the minutes; the head approves. Then the database is
/// checked with `dexuat show --json`.
@Suite(.serialized, .tags(.slow, .tmux), .skippedInFastLoop) struct TUIWorkflowTests {
    /// The number the action menu shows before the first line containing `text`.
    func menuNumber(of text: String, in screen: String) -> String? { MenuKey.of(text, in: screen) }

    func pick(_ text: String, in tmux: Tmux, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try tmux.press("a")
        var screen = try tmux.waitFor("Thao tác — Enter chọn", sourceLocation: sourceLocation)
        // The title row can be painted before the rows under it (a slow terminal under
        // load): read the screen again for a while before concluding.
        let deadline = Date().addingTimeInterval(5)
        while menuNumber(of: text, in: screen) == nil && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            screen = try tmux.screen()
        }
        let number = try #require(menuNumber(of: text, in: screen), "no menu line with \(text) in:\n\(screen)", sourceLocation: sourceLocation)
        try tmux.type(number)
    }

    func tab(_ tmux: Tmux, _ times: Int = 1) throws {
        for _ in 0..<times { try tmux.press("Tab") }
    }

    /// Answers the five conditions "met", moving past each comment.
    func fillChecklist(_ tmux: Tmux) throws {
        for _ in 0..<5 {
            try tmux.press("Space")
            try tab(tmux, 2)
        }
    }

    @Test func aDossierTypedInVietnameseIsSubmittedReviewedAndApprovedByKeys() throws {
        #expect(Tmux.isAvailable, "tmux is required (apt-get install tmux)")
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try CommandLineTests().cast(cli)
        let title = "Thí điểm số hóa sổ hộ tịch và trả kết quả qua Zalo"

        // 1. The proposer writes and submits.
        do {
            let tmux = try Tmux(arguments: ["--db", cli.db], environment: ["DEXUAT_AS": who.proposer], width: 120, height: 40, folder: cli.folder)
            try tmux.waitFor("Hộp việc")
            try tmux.press("c")
            try tmux.waitFor("Đề xuất mới")
            try tmux.type(title)
            try tab(tmux, 3)
            for text in ["Người dân phải chờ tra cứu sổ giấy nhiều ngày.",
                         "Chưa có quy định về giá trị pháp lý của bản sao điện tử sổ hộ tịch cấp phường.",
                         "Quét toàn bộ sổ; tra cứu trên máy; gửi bản trích lục qua Zalo OA.",
                         "Bộ phận một cửa UBND phường",
                         "Phòng Văn hóa – Xã hội"] {
                try tmux.type(text)
                try tab(tmux)
            }
            try tmux.type("2027-01-04")
            try tab(tmux)
            try tmux.type("30/06/2027")
            try tab(tmux)
            try tmux.type("02 công chức")
            try tab(tmux)
            try tmux.type("25000000")
            try tab(tmux)
            for text in ["01 máy quét", "Sổ đã được đánh số, máy quét sẵn có.", "Giảm thời gian chờ của người dân.",
                         "Không có", "Tra cứu trong ngày.", "Tỷ lệ hồ sơ trả trong ngày", "≥ 80%"] {
                try tmux.type(text)
                try tab(tmux)
            }
            try tab(tmux, 8)
            try fillChecklist(tmux)
            try tmux.waitFor("Hồ sơ đủ nội dung để gửi")
            try tmux.press("C-s")
            let created = try tmux.waitFor("Đã tạo bản nháp")
            #expect(created.contains(title.prefix(30)))
            try pick("Gửi đề xuất", in: tmux)
            try tmux.waitFor("[y] Có")
            try tmux.type("y")
            try tmux.waitFor("Đã ghi: Gửi đề xuất")
            try tmux.press("Q")
            #expect(tmux.waitForExit() == 0)
        }
        let listed = try #require(try cli.json(["list", "--limit", "1"]) as? [[String: Any]])
        let id = try #require(listed.first?["id"] as? String)
        #expect(listed.first?["title"] as? String == title)
        #expect(listed.first?["state"] as? String == "received")

        // 2. The clerk registers it, records the Party opinion and each ballot from the minutes.
        do {
            let tmux = try Tmux(arguments: ["--db", cli.db], environment: ["DEXUAT_AS": who.clerk], width: 120, height: 40, folder: cli.folder)
            try tmux.waitFor(id)
            try pick("Vào sổ tiếp nhận", in: tmux)
            try tmux.waitFor("Số tiếp nhận")
            try tmux.press("C-s")
            try tmux.waitFor("Đã ghi: Vào sổ tiếp nhận")
            try pick("Ghi ý kiến cấp ủy theo văn bản", in: tmux)
            try tmux.waitFor("Cấp ủy")
            try tmux.press("Space")
            try tab(tmux)
            try tmux.type("Đồng ý chủ trương, đề nghị bảo mật dữ liệu cá nhân.")
            try tmux.press("C-s")
            try tmux.waitFor("Đã ghi: Ghi ý kiến cấp ủy")
            for member in [who.head] + who.deputies {
                let name = try #require(try cli.json(["officer", "list"]) as? [[String: Any]])
                    .first { $0["login"] as? String == member }?["name"] as? String ?? member
                try pick("Ghi biểu quyết của \(name)", in: tmux)
                try tmux.waitFor("Biểu quyết —")
                try fillChecklist(tmux)
                try tmux.press("Space")
                try tab(tmux)
                try tmux.type("Nhất trí theo biên bản họp")
                try tmux.press("C-s")
                try tmux.waitFor("Đã ghi: Biểu quyết")
            }
            try tmux.press("Q")
            #expect(tmux.waitForExit() == 0)
        }

        // 3. The head approves.
        do {
            let tmux = try Tmux(arguments: ["--db", cli.db], environment: ["DEXUAT_AS": who.head], width: 120, height: 40, folder: cli.folder)
            try tmux.waitFor("Hộp việc")
            try tmux.press(":")
            try tmux.type("open " + id)
            try tmux.press("Enter")
            try tmux.waitFor("Chi tiết · " + id)
            try pick("Ra quyết định", in: tmux)
            try tmux.waitFor("Số quyết định")
            try tmux.press("Space")
            try tab(tmux)
            try tmux.type("21/QĐ-VHXH")
            try tab(tmux)
            try tmux.type("Tập thể lãnh đạo thống nhất cho phép triển khai.")
            try tmux.press("C-s")
            try tmux.waitFor("Đã ghi: Ra quyết định")
            try tmux.press("Q")
            #expect(tmux.waitForExit() == 0)
        }

        let shown = try #require(try cli.json(["show", id]) as? [String: Any])
        #expect(shown["state"] as? String == "approved")
        #expect((shown["ballots"] as? [[String: Any]])?.count == 1 + who.deputies.count)
        #expect((shown["ballots"] as? [[String: Any]])?.allSatisfy { $0["recorded_by"] as? String == who.clerk } == true)
        #expect((shown["party_opinions"] as? [[String: Any]])?.count == 1)
        #expect((shown["decision"] as? [String: Any])?["number"] as? String == "21/QĐ-VHXH")
        let dossier = try #require(shown["dossier"] as? [String: Any])
        #expect(dossier["necessity"] as? String == "Người dân phải chờ tra cứu sổ giấy nhiều ngày.")
        #expect(dossier["end_date"] as? String == "2027-06-30")
        #expect((dossier["resources"] as? [String: Any])?["funding_vnd"] as? Int == 25_000_000)
        #expect(try cli.ok(["verify"]).contains("Toàn vẹn"))
    }

    @Test func resizingInTheMiddleOfAFormKeepsTheInput() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try CommandLineTests().cast(cli)
        let tmux = try Tmux(arguments: ["--db", cli.db], environment: ["DEXUAT_AS": who.proposer], width: 120, height: 40, folder: cli.folder)
        try tmux.waitFor("Hộp việc")
        try tmux.press("c")
        try tmux.waitFor("Đề xuất mới")
        try tmux.type("Đề xuất giữ nguyên khi đổi cỡ")
        try tmux.waitFor("Đề xuất giữ nguyên khi đổi cỡ")
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor("quá nhỏ")
        try tmux.type("q")
        try tmux.resize(width: 200, height: 50)
        try tmux.waitFor("Đề xuất giữ nguyên khi đổi cỡ")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("Đề xuất giữ nguyên khi đổi cỡ")
        try tmux.press("Escape")
        try tmux.waitFor("Bỏ những gì đã nhập")
        try tmux.press("Enter")
        // No is the default: the question goes, the form is still there, with its text.
        try tmux.waitUntilGone("Bỏ những gì đã nhập")
        try tmux.waitFor("Đề xuất giữ nguyên khi đổi cỡ")
        try tmux.press("Escape")
        try tmux.waitFor("Bỏ những gì đã nhập")
        try tmux.type("y")
        try tmux.waitFor("Đã bỏ biểu mẫu")
        try tmux.press("Q")
        #expect(tmux.waitForExit() == 0)
    }
}
