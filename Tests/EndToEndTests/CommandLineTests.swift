import Foundation
import Testing

/// One proposal from draft to closed by commands alone, on a demo database, with
/// `show --json` checked after each step and refused steps proven to change nothing.
@Suite(.serialized, .tags(.slow), .skippedInFastLoop) struct CommandLineTests {
    struct Cast {
        var proposer: String
        var head: String
        var deputies: [String]
        var clerk: String
        var liaison: String
    }

    /// Picks the people of the Culture-Society office from `officer list --json`.
    func cast(_ cli: CLI) throws -> Cast {
        let officers = try #require(try cli.json(["officer", "list"]) as? [[String: Any]])
        func grants(_ o: [String: Any]) -> [(String, String)] {
            ((o["grants"] as? [[String: Any]]) ?? []).map { ($0["role"] as? String ?? "", $0["unit"] as? String ?? "") }
        }
        func login(_ o: [String: Any]) -> String { o["login"] as? String ?? "" }
        let unit = "VHXH"
        let head = try #require(officers.first { o in grants(o).contains { $0 == ("head", unit) } })
        let deputies = officers.filter { o in grants(o).contains { $0 == ("deputy", unit) } }
        let clerk = try #require(officers.first { o in grants(o).contains { $0 == ("clerk", unit) } })
        let liaison = try #require(officers.first { o in grants(o).contains { $0.0 == "party_liaison" } })
        let staff = try #require(officers.first { o in
            o["unit"] as? String == unit && !grants(o).contains { ["head", "deputy", "clerk", "party_liaison", "inspector", "admin"].contains($0.0) }
        })
        #expect(!deputies.isEmpty)
        return Cast(proposer: login(staff), head: login(head), deputies: deputies.map(login), clerk: login(clerk), liaison: login(liaison))
    }

    func state(_ cli: CLI, _ id: String) throws -> [String: Any] {
        try #require(try cli.json(["show", id]) as? [String: Any])
    }

    static let dossier = """
        title = "Thí điểm tiếp nhận phản ánh của người dân qua Zalo OA của phường"
        field = "digital_transformation"
        legal_basis = "decree_73"
        necessity = "Người dân phản ánh qua nhiều kênh rời rạc; cần một đầu mối số thống nhất."
        bottleneck = "Quy chế tiếp nhận phản ánh hiện hành chưa quy định kênh mạng xã hội."
        content = \"\"\"
        Lập Zalo OA của UBND phường; phân công cán bộ trực; phản hồi trong 2 ngày làm việc.
        \"\"\"
        scope = "Phường Uông Bí"
        implementers = "Phòng Văn hóa – Xã hội, Văn phòng HĐND và UBND"
        start_date = 2026-01-05
        end_date = 2027-06-30
        feasibility = "Không cần đầu tư hạ tầng mới; cán bộ đã quen sử dụng Zalo."
        positive_impact = "Rút ngắn thời gian phản hồi."
        negative_impact = "Không có"
        expected_effect = "90% phản ánh được trả lời đúng hạn."

        [resources]
        people = "2 công chức trực luân phiên"
        funding_vnd = 15000000
        equipment = "1 điện thoại thông minh"

        [[targets]]
        description = "Tỷ lệ phản ánh được trả lời trong 2 ngày làm việc"
        measure = "≥ 90%"

        [[targets]]
        description = "Số lượt người dân sử dụng"
        measure = "≥ 500 lượt/tháng"

        [self_check]
        c1_bottleneck = "met"
        c2_common_good = "met"
        c3_urgent_safe = "met"
        c4_decentralise = "met"
        c5_authority = "met: trong thẩm quyền của UBND phường"
        """

    static let checks = ["c1_bottleneck=met", "c2_common_good=met", "c3_urgent_safe=met", "c4_decentralise=met:Ứng dụng CNTT",
                         "c5_authority=met"].flatMap { ["--check", $0] }

    @Test func aProposalGoesFromDraftToClosedByCommandsAlone() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try cast(cli)
        let file = cli.folder.appendingPathComponent("hoso.toml")
        try Self.dossier.write(to: file, atomically: true, encoding: .utf8)

        let created = try #require(try cli.json(["new", "--from", file.path], as: who.proposer) as? [String: Any])
        let id = try #require(created["id"] as? String)
        #expect(created["state"] as? String == "draft")
        #expect((created["notices"] as? [String])?.contains("protection_may_not_apply") == true)

        try cli.ok(["submit", id], as: who.proposer)
        var shown = try state(cli, id)
        #expect(shown["state"] as? String == "received")
        #expect(shown["awaiting_receipt"] as? Bool == true)

        // Refused: the proposer cannot register their own receipt. Nothing changes.
        let before = try cli.contentDump()
        let refused = try cli.run(["receive", id], as: who.proposer)
        #expect(refused.status == 1)
        #expect(RefusalText.says(refused.stderr, "actor.role"), "\(refused.stderr)")
        #expect(try cli.contentDump() == before)

        try cli.ok(["receive", id], as: who.clerk)
        shown = try state(cli, id)
        #expect((shown["receipt"] as? [String: Any])?["number"] as? String != nil)
        // §7.7: the Party opinion's clock comes first, due with the decision's.
        let steps = (shown["steps"] as? [[String: Any]]) ?? []
        #expect(steps.map { $0["step"] as? String } == ["party_opinion", "decision"])

        // Refused: approval before the Party opinion; the database is unchanged byte for byte in content.
        let beforeDecision = try cli.contentDump()
        let early = try cli.run(["decide", id, "--kind", "approve", "--number", "1/QĐ-VHXH"], as: who.head)
        #expect(early.status == 1)
        #expect(RefusalText.says(early.stderr, "party.before_approval"), "\(early.stderr)")
        #expect(try cli.contentDump() == beforeDecision)

        try cli.ok(["party-opinion", id, "--stance", "agree", "--text", "Đồng ý chủ trương", "--committee", "Đảng ủy phường Uông Bí"], as: who.liaison)
        for member in [who.head] + who.deputies {
            try cli.ok(["ballot", id, "--yes", "--comment", "Đồng ý"] + Self.checks, as: member)
        }
        shown = try state(cli, id)
        #expect((shown["tally"] as? [String: Any])?["passed"] as? Bool == true)
        #expect((shown["ballots"] as? [[String: Any]])?.count == 1 + who.deputies.count)

        try cli.ok(["decide", id, "--kind", "approve", "--number", "12/QĐ-VHXH", "--reasons", "Tập thể thống nhất"], as: who.head)
        #expect(try state(cli, id)["state"] as? String == "approved")
        // An amount as officers write it is read by the one parser; anything else is refused, not read as its digits.
        let badAmount = try cli.run(["resource", id, "--funding", "15 trieu", "--staff", "2 công chức"], as: who.head)
        #expect(badAmount.status == 2)
        #expect(badAmount.stderr.contains("--funding: Số tiền không hợp lệ: \"15 trieu\""))
        try cli.ok(["resource", id, "--funding", "15 triệu", "--staff", "2 công chức", "--equipment", "1 điện thoại"], as: who.head)
        #expect((try state(cli, id)["resources"] as? [String: Any])?["funding_vnd"] as? Int == 15_000_000)
        #expect(try state(cli, id)["state"] as? String == "in_progress")
        try cli.ok(["progress", id, "--percent", "60", "--note", "Đã lập Zalo OA, đang trực"], as: who.proposer)
        try cli.ok(["result", id, "--summary", "Hoàn thành các chỉ tiêu", "--result", "1=yes:93%", "--result", "2=yes:640 lượt/tháng"], as: who.proposer)
        #expect(try state(cli, id)["state"] as? String == "reported")
        try cli.ok(["party-opinion", id, "--stance", "agree", "--text", "Đồng ý đánh giá", "--committee", "Đảng ủy phường Uông Bí"], as: who.liaison)
        let evaluation = ["--outcome", "completed",
                          "--finding", "right_policy=yes:Đúng chủ trương chuyển đổi số",
                          "--finding", "pure_motive=yes:Không vụ lợi",
                          "--finding", "common_good=yes:Phục vụ người dân",
                          "--finding", "followed_plan=yes:Đúng kế hoạch",
                          "--objective", "Không có", "--subjective", "Cán bộ nhiệt tình",
                          "--result", "1=yes:93%", "--result", "2=yes:640 lượt"]
        // §7.3: the collective evaluation waits for the members' own forms. Nothing changes.
        let beforeForms = try cli.contentDump()
        let noForms = try cli.run(["evaluate", id] + evaluation, as: who.head)
        #expect(noForms.status == 1)
        #expect(RefusalText.says(noForms.stderr, "evaluation.member_forms"), "\(noForms.stderr)")
        #expect(try cli.contentDump() == beforeForms)
        let departureMine = try cli.run(["evaluate", id, "--mine", "--departure", "followed_plan=Khác"] + evaluation, as: who.head)
        #expect(departureMine.status == 2)
        let proposerForm = try cli.run(["evaluate", id, "--mine"] + evaluation, as: who.proposer)
        #expect(proposerForm.status == 1)
        #expect(try cli.contentDump() == beforeForms)
        // Every member files their own; the last deputy differs on the plan.
        let members = [who.head] + who.deputies
        for member in members {
            let differs = member == members.last && members.count >= 3
            let own = differs ? evaluation.map { $0 == "followed_plan=yes:Đúng kế hoạch" ? "followed_plan=no:Chậm so với kế hoạch" : $0 } : evaluation
            try cli.ok(["evaluate", id, "--mine"] + own, as: member)
        }
        shown = try state(cli, id)
        #expect(shown["state"] as? String == "reported")
        let forms = try #require(shown["member_evaluations"] as? [[String: Any]])
        #expect(forms.compactMap { $0["member"] as? String } == members)
        #expect(forms.allSatisfy { (($0["form"] as? [String: Any])?["findings"] as? [[String: Any]])?.count == 4 })
        try cli.ok(["evaluate", id] + evaluation, as: who.head)
        shown = try state(cli, id)
        #expect(shown["state"] as? String == "evaluated")
        #expect((shown["evaluation"] as? [String: Any])?["member_forms"] as? [String] == members)
        #expect((shown["member_evaluations"] as? [[String: Any]])?.count == members.count)
        // After the collective evaluation no member's form changes.
        let late = try cli.run(["evaluate", id, "--mine"] + evaluation, as: who.head)
        #expect(late.status == 1)
        #expect(RefusalText.says(late.stderr, "state.order"), "\(late.stderr)")
        #expect(shown["consequence"] as? String == "no_liability")
        try cli.ok(["conclude", id, "--number", "15/TB-VHXH", "--text", "Đề xuất hoàn thành, đề nghị khen thưởng"], as: who.head)

        // Refused: closing before the liability decision is recorded.
        let beforeClose = try cli.contentDump()
        let closeEarly = try cli.run(["close", id], as: who.head)
        #expect(closeEarly.status == 1)
        #expect(RefusalText.says(closeEarly.stderr, "close.liability_missing"), "\(closeEarly.stderr)")
        #expect(try cli.contentDump() == beforeClose)

        // A measure is recorded once decided: dated today at the latest (measure.day_ahead).
        let today: String = {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .current
            let parts = calendar.dateComponents([.year, .month, .day], from: Date())
            return String(format: "%02d/%02d/%04d", parts.day ?? 1, parts.month ?? 1, parts.year ?? 2026)
        }()
        try cli.ok(["measure", id, "--kind", "not_liable", "--number", "16/QĐ-VHXH", "--date", today,
                    "--decided-by", "Trưởng phòng VH-XH", "--reason", "Hoàn thành đề xuất"], as: who.head)
        try cli.ok(["measure", id, "--kind", "commendation", "--number", "17/QĐ-UBND", "--date", today,
                    "--decided-by", "Chủ tịch UBND phường", "--reason", "Thành tích xuất sắc"], as: who.head)
        try cli.ok(["close", id], as: who.head)
        shown = try state(cli, id)
        #expect(shown["state"] as? String == "closed")
        #expect((shown["measures"] as? [[String: Any]])?.count == 2)
        let events = try #require(shown["events"] as? [[String: Any]])
        #expect(events.allSatisfy { $0["played"] as? Bool == true })
        #expect(events.contains { $0["kind"] as? String == "ballot_cast" })

        let listed = try #require(try cli.json(["list", "--state", "closed"]) as? [[String: Any]])
        #expect(listed.contains { $0["id"] as? String == id })
        for key in ["id", "title", "state", "unit", "proposer", "due", "overdue"] {
            #expect(listed.first?.keys.contains(key) == true, "list --json lacks \(key)")
        }
        #expect(try cli.ok(["verify"]).contains("Toàn vẹn"))
        #expect(try cli.ok(["verify", "--lang", "en"]).contains("Intact"))
    }

    @Test func badInputExitsTwoAndRefusalsExitOne() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "2", "--quiet"])
        let who = try cast(cli)
        let missing = try cli.run(["show", "2099-999"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Không tìm thấy"))
        let bad = cli.folder.appendingPathComponent("bad.toml")
        try "title = \"x\"\nfield = \"không có\"\n".write(to: bad, atomically: true, encoding: .utf8)
        let badField = try cli.run(["new", "--from", bad.path], as: who.proposer)
        #expect(badField.status == 2)
        #expect(badField.stderr.contains("field"))
        let syntax = cli.folder.appendingPathComponent("syntax.toml")
        try "title = \"chưa đóng\n".write(to: syntax, atomically: true, encoding: .utf8)
        let parse = try cli.run(["new", "--from", syntax.path], as: who.proposer)
        #expect(parse.status == 2)
        #expect(parse.stderr.contains("syntax.toml:1"))
        let incomplete = cli.folder.appendingPathComponent("incomplete.toml")
        try "title = \"Chỉ có tên\"\n".write(to: incomplete, atomically: true, encoding: .utf8)
        let draft = try #require(try cli.json(["new", "--from", incomplete.path], as: who.proposer) as? [String: Any])
        let id = try #require(draft["id"] as? String)
        let submit = try cli.run(["submit", id], as: who.proposer)
        #expect(submit.status == 1)
        #expect(RefusalText.says(submit.stderr, "dossier.incomplete"), "\(submit.stderr)")
        #expect(submit.stderr.contains("Điểm nghẽn"))
        let english = try cli.run(["submit", id, "--lang", "en"], as: who.proposer)
        #expect(english.stderr.contains("The dossier lacks required contents"))
    }

    /// One id format for every proposal, the ones `new` makes and the demo's alike, and
    /// `show`, the steps and `list --after` find a proposal by its id or a short form.
    @Test func showFindsAProposalByItsIdOrAShortForm() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try cast(cli)
        let file = cli.folder.appendingPathComponent("hoso.toml")
        try Self.dossier.write(to: file, atomically: true, encoding: .utf8)
        let created = try #require(try cli.json(["new", "--from", file.path], as: who.proposer) as? [String: Any])
        let id = try #require(created["id"] as? String)
        let year = String(id.prefix(4))
        #expect(id == year + "-000004", "the demo's three, then this one, in one format")
        for typed in [id, year + "-4", year + "-004", "4"] {
            let shown = try cli.json(["show", typed], as: who.proposer) as? [String: Any]
            #expect(shown?["id"] as? String == id, "show \(typed)")
        }
        try cli.ok(["submit", year + "-4"], as: who.proposer)
        #expect((try cli.json(["show", "4"], as: who.head) as? [String: Any])?["state"] as? String == "received")
        let missing = try cli.run(["show", year + "-99"], as: who.head)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Không tìm thấy đề xuất \(year)-99"))
    }

    @Test func playingAnotherOfficerWorksOnlyOnDemoDatabases() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let created = try cli.run(["init", "--name", "Quản trị"])
        #expect(created.status == 0, "\(created.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: cli.db)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let played = try cli.run(["list", "--mine"], as: "someone")
        #expect(played.status == 2)
        #expect(played.stderr.contains("DEXUAT_AS"))
        let units = try cli.ok(["unit", "list"])
        #expect(units.contains("UBND"))
    }

    @Test func aUnitAddsItsOwnChecklistItemAndEveryBallotMustAnswerIt() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "0", "--quiet"])
        let who = try cast(cli)
        let officers = try #require(try cli.json(["officer", "list"]) as? [[String: Any]])
        let admin = try #require(officers.first { (($0["roles"] as? [String]) ?? []).contains("admin") }?["login"] as? String)
        let item = ["--add-checklist-item", "c6_data=Bảo vệ dữ liệu cá nhân của người dân"]
        #expect(try cli.run(["settings"] + item, as: who.head).status == 1, "only an administrator changes settings")
        try cli.ok(["settings"] + item, as: admin)
        #expect(try cli.ok(["settings"]).contains("c6_data"))
        let standard = try cli.run(["settings", "--remove-checklist-item", "c1_bottleneck"], as: admin)
        #expect(standard.status == 2)
        #expect(standard.stderr.contains("NĐ 73"))

        let file = cli.folder.appendingPathComponent("hoso.toml")
        try (Self.dossier + "\nc6_data = \"met\"\n").write(to: file, atomically: true, encoding: .utf8)
        let draft = try #require(try cli.json(["new", "--from", file.path], as: who.proposer) as? [String: Any])
        let id = try #require(draft["id"] as? String)
        try cli.ok(["submit", id], as: who.proposer)
        try cli.ok(["receive", id], as: who.clerk)
        let fiveOnly = try cli.run(["ballot", id, "--yes"] + Self.checks, as: who.head)
        #expect(fiveOnly.status == 1)
        #expect(fiveOnly.stderr.contains("c6_data"))
        try cli.ok(["ballot", id, "--yes", "--check", "c6_data=met:Có quy chế bảo mật"] + Self.checks, as: who.head)
    }

    @Test func theTemplateParsesBackIntoADraft() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "0", "--quiet"])
        let who = try cast(cli)
        let template = try cli.ok(["new", "--template"])
        let file = cli.folder.appendingPathComponent("mau.toml")
        try template.write(to: file, atomically: true, encoding: .utf8)
        let draft = try #require(try cli.json(["new", "--from", file.path], as: who.proposer) as? [String: Any])
        #expect(draft["state"] as? String == "draft")
        #expect((draft["dossier"] as? [String: Any])?["title"] as? String == "Số hóa sổ hộ tịch lưu trữ tại UBND phường")
    }
}
