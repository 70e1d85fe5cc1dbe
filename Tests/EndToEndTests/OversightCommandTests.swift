import Foundation
import Testing

/// Points 1 and 4 by commands alone, on a demo database: the library, a text added and
/// acknowledged, coverage, a briefing, an inspection followed up, a difficulty report
/// filed, escalated and answered; refusals exit 1 and change nothing, bad input exits 2.
@Suite(.serialized, .tags(.slow), .skippedInFastLoop) struct OversightCommandTests {
    static let admin = "dmtuan"
    static let inspector = "tvdung"
    static let wardLeader = "nvhung"
    static let staff = "bvson"          // TTPVHCC, no role
    static let unitHead = "dcthanh"     // head of TTPVHCC
    static let otherHead = "vthyen"     // head of THCS

    func demo() throws -> CLI {
        let cli = try CLI()
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        return cli
    }

    func refused(_ cli: CLI, _ arguments: [String], as login: String?, rule: String,
                 sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try cli.contentDump()
        let output = try cli.run(arguments, as: login)
        #expect(output.status == 1, "\(arguments): \(output.stderr)", sourceLocation: sourceLocation)
        #expect(RefusalText.says(output.stderr, rule), "\(output.stderr)", sourceLocation: sourceLocation)
        #expect(output.stderr.contains("Công văn số 432/UBND-VHXH"), sourceLocation: sourceLocation)
        #expect(try cli.contentDump() == before, "a refusal changed the database", sourceLocation: sourceLocation)
    }

    @Test func theLibraryAndAnOfficersOwnAcknowledgement() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let texts = try #require(try cli.json(["library", "list"]) as? [[String: Any]])
        #expect(texts.compactMap { $0["id"] as? String }.starts(with: ["cv-432-ubnd-vhxh", "nq-57-nqtw", "luat-cbcc-2025",
                                                                        "nq-193-2025-qh15", "nd-73-2023", "nd-172-2025"]))
        #expect(try cli.ok(["library", "show", "nd-73-2023", "--lang", "en"]).contains("The decree sets the conditions"))
        #expect(try cli.ok(["library", "show", "nd-73-2023"]).contains("73/2023/NĐ-CP"))

        try refused(cli, ["library", "add", "--id", "qd-99-2026", "--number", "99/QĐ-UBND", "--date", "2026-01-05",
                          "--issuer", "UBND phường", "--title", "Quy chế", "--summary", "Tóm tắt"], as: Self.staff, rule: "oversight.role")
        try cli.ok(["library", "add", "--id", "qd-99-2026", "--number", "99/QĐ-UBND", "--date", "05/01/2026",
                    "--issuer", "UBND phường", "--title", "Quy chế tiếp nhận đề xuất", "--summary", "Quy chế nội bộ.", "--required"],
                   as: Self.admin)
        let before = try #require(try cli.json(["coverage", "--text", "qd-99-2026"], as: Self.inspector) as? [String: Any])
        #expect(before["acknowledged"] as? Int == 0)

        // Nobody acknowledges for someone else.
        try refused(cli, ["acknowledge", "qd-99-2026", "--officer", Self.staff], as: Self.unitHead, rule: "oversight.acknowledge_self_only")
        let said = try cli.ok(["acknowledge", "qd-99-2026"], as: Self.staff)
        #expect(said.contains("Tôi đã đọc và nắm được nội dung"))
        try refused(cli, ["acknowledge", "qd-99-2026"], as: Self.staff, rule: "oversight.already_acknowledged")
        try refused(cli, ["acknowledge", "khong-co"], as: Self.staff, rule: "oversight.text_unknown")

        let after = try #require(try cli.json(["coverage", "--text", "qd-99-2026"], as: Self.inspector) as? [String: Any])
        #expect(after["acknowledged"] as? Int == 1)
        let missing = try #require(after["missing"] as? [[String: Any]])
        #expect(!missing.contains { $0["login"] as? String == Self.staff })
        #expect(missing.allSatisfy { ($0["texts"] as? [String]) == ["qd-99-2026"] })
        // An officer without the read-all role sees his own unit only.
        let own = try #require(try cli.json(["coverage"], as: Self.staff) as? [String: Any])
        #expect((own["units"] as? [[String: Any]])?.compactMap { $0["unit_id"] as? String } == ["TTPVHCC"])
        #expect(try cli.ok(["coverage", "--lang", "en"], as: Self.inspector).contains("Overall coverage"))
        #expect(try cli.ok(["verify"]).contains("Toàn vẹn"))
    }

    @Test func aBriefingIsRecordedByTheUnitAndListed() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        try refused(cli, ["briefing", "add", "--unit", "TTPVHCC", "--presenter", "A", "--text", "nd-73-2023", "--attendee", Self.staff],
                    as: Self.staff, rule: "oversight.role")
        try refused(cli, ["briefing", "add", "--unit", "TTPVHCC", "--presenter", "A", "--attendee", Self.staff],
                    as: Self.unitHead, rule: "oversight.briefing_texts")
        try refused(cli, ["briefing", "add", "--unit", "TTPVHCC", "--presenter", "A", "--text", "nd-73-2023", "--attendee", "nobody"],
                    as: Self.unitHead, rule: "oversight.briefing_attendees")
        let bad = try cli.run(["briefing", "add", "--unit", "TTPVHCC", "--presenter", "A", "--text", "nd-73-2023", "--date", "31/02/2026"],
                              as: Self.unitHead)
        #expect(bad.status == 2 && bad.stderr.contains("ngày không hợp lệ"))
        let said = try cli.ok(["briefing", "add", "--unit", "TTPVHCC", "--presenter", "Trần Văn Dũng, Phòng VH-XH",
                               "--text", "nd-73-2023,nd-172-2025", "--all-of-unit"], as: Self.unitHead)
        #expect(said.contains("Đã ghi hội nghị quán triệt"))
        let rows = try #require(try cli.json(["briefing", "list", "--unit", "TTPVHCC"]) as? [[String: Any]])
        let latest = try #require(rows.last)
        #expect(latest["texts"] as? [String] == ["nd-73-2023", "nd-172-2025"])
        #expect((latest["attendees"] as? [String])?.contains(Self.staff) == true)
    }

    @Test func anInspectionWithRecommendationsIsFollowedUp() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let add = ["inspection", "add", "--unit", "TYT", "--scope", "Hồ sơ đề xuất", "--findings", "Thiếu sổ tiếp nhận"]
        try refused(cli, add + ["--recommendation", "Lập sổ|2099-01-01"], as: Self.staff, rule: "oversight.role")
        try refused(cli, add + ["--date", "2026-01-10", "--recommendation", "Lập sổ|2026-01-05"], as: Self.inspector, rule: "oversight.due_date")
        try refused(cli, add + ["--date", "2099-01-01"], as: Self.inspector, rule: "oversight.date_in_future")
        let noDue = try cli.run(add + ["--recommendation", "Lập sổ"], as: Self.inspector)
        #expect(noDue.status == 2)
        let said = try cli.ok(add + ["--date", "2026-01-10", "--recommendation", "Lập sổ tiếp nhận|2026-01-20",
                                     "--recommendation", "Rà soát hồ sơ|2099-12-31"], as: Self.inspector)
        let id = try #require(said.split(separator: " ").first { $0.hasPrefix("KT-2026-") }.map(String.init))
        let shown = try #require(try cli.json(["inspection", "show", id], as: Self.inspector) as? [String: Any])
        let recommendations = try #require(shown["recommendations"] as? [[String: Any]])
        #expect(recommendations.map { $0["overdue"] as? Bool } == [true, false])
        // The head of the inspected unit follows up; the head of another unit may not, nor see it.
        try refused(cli, ["inspection", "follow-up", id, "--number", "1", "--status", "done", "--note", "Xong"], as: Self.otherHead,
                    rule: "oversight.role")
        try refused(cli, ["inspection", "show", id], as: Self.otherHead, rule: "oversight.role")
        try cli.ok(["inspection", "follow-up", id, "--number", "1", "--status", "done", "--note", "Đã lập sổ"], as: "nvthinh")
        try refused(cli, ["inspection", "follow-up", id, "--number", "1", "--status", "in_progress", "--note", "Lại"], as: Self.inspector,
                    rule: "oversight.recommendation_closed")
        let listed = try #require(try cli.json(["inspection", "list", "--open"], as: Self.inspector) as? [[String: Any]])
        let row = try #require(listed.first { $0["id"] as? String == id })
        #expect((row["recommendations"] as? [[String: Any]])?.map { $0["status"] as? String } == ["done", "open"])
        let other = try #require(try cli.json(["inspection", "list"], as: Self.otherHead) as? [[String: Any]])
        #expect(other.allSatisfy { $0["unit"] as? String == "THCS" })
        #expect(try cli.ok(["verify"]).contains("Toàn vẹn"))
    }

    @Test func aDifficultyGoesToTheOfficeThenToThePeoplesCommittee() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        try refused(cli, ["difficulty", "file", "--category", "funding", "--text", "Thiếu kinh phí"], as: Self.staff, rule: "oversight.role")
        let badCategory = try cli.run(["difficulty", "file", "--category", "money", "--text", "x"], as: Self.unitHead)
        #expect(badCategory.status == 2)
        let said = try cli.ok(["difficulty", "file", "--category", "funding", "--text", "Thiếu kinh phí mua máy quét"], as: Self.unitHead)
        #expect(said.contains("VHXH"))
        let id = try #require(said.split(separator: " ").first { $0.hasPrefix("VM-") }.map(String.init))
        try refused(cli, ["difficulty", "answer", id, "--text", "Đã có"], as: Self.unitHead, rule: "oversight.role")
        try refused(cli, ["difficulty", "escalate", id, "--due", "2020-01-01", "--note", "x"], as: Self.inspector, rule: "oversight.due_date")
        try cli.ok(["difficulty", "escalate", id, "--due", "2099-01-01", "--note", "Đề nghị UBND phường bố trí"], as: Self.inspector)
        try refused(cli, ["difficulty", "answer", id, "--text", "Muộn"], as: Self.inspector, rule: "oversight.difficulty_status")
        try refused(cli, ["difficulty", "resolve", id, "--text", "Bố trí"], as: Self.inspector, rule: "oversight.role")
        // The filing unit sees where it stands.
        let mine = try #require(try cli.json(["difficulty", "show", id], as: Self.staff) as? [String: Any])
        #expect(mine["status"] as? String == "escalated")
        try cli.ok(["difficulty", "resolve", id, "--text", "Bố trí từ nguồn chi thường xuyên"], as: Self.wardLeader)
        let done = try #require(try cli.json(["difficulty", "show", id], as: Self.staff) as? [String: Any])
        #expect(done["status"] as? String == "resolved")
        #expect(try cli.ok(["difficulty", "show", id, "--lang", "en"], as: Self.staff).contains("Answered by the People's Committee"))
        let theirs = try #require(try cli.json(["difficulty", "list"], as: Self.otherHead) as? [[String: Any]])
        #expect(theirs.allSatisfy { $0["unit"] as? String == "THCS" })
        let all = try #require(try cli.json(["difficulty", "list"], as: Self.inspector) as? [[String: Any]])
        #expect(Set(all.compactMap { $0["status"] as? String }) == ["filed", "answered", "escalated", "resolved"])
        #expect(try cli.ok(["verify"]).contains("Toàn vẹn"))
    }

    /// In the real binary inside tmux: the market's head opens the texts board with `V`,
    /// acknowledges the letter himself, and the coverage counts him.
    @Test(.tags(.tmux)) func anOfficerAcknowledgesInTheTerminal() throws {
        #expect(Tmux.isAvailable, "tmux is required (apt-get install tmux)")
        let cli = try demo()
        defer { cli.cleanUp() }
        let head = "pvhai"   // head of BQLC: the demo gives BQLC no acknowledgement
        let tmux = try Tmux(arguments: ["--db", cli.db], environment: ["DEXUAT_AS": head], width: 120, height: 40, folder: cli.folder)
        try tmux.waitFor("Hộp việc")
        try tmux.press("V")
        try tmux.waitFor("Thư viện văn bản")
        try tmux.press("x")
        try tmux.waitFor("Tôi đã đọc và nắm được nội dung")
        try tmux.press("Space")
        try tmux.waitFor("[x] Xác nhận")
        try tmux.press("C-s")
        try tmux.waitFor("Đã ghi nhận")
        try tmux.waitFor("✓ Đã xác nhận")
        try tmux.press("q")
        try tmux.waitFor("Hộp việc")
        try tmux.press("Q")
        #expect(tmux.waitForExit() == 0)
        let coverage = try #require(try cli.json(["coverage", "--text", "cv-432-ubnd-vhxh", "--unit", "BQLC"], as: Self.inspector) as? [String: Any])
        #expect(coverage["acknowledged"] as? Int == 1)
        let missing = try #require(coverage["missing"] as? [[String: Any]])
        #expect(!missing.contains { $0["login"] as? String == head })
        #expect(try cli.ok(["verify"]).contains("Toàn vẹn"))
    }
}
