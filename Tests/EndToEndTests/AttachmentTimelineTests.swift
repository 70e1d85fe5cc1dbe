import Foundation
import Testing

/// §7.8: `show`'s timeline lists the files attached among the proposal's events, by their
/// place in the chain, in text and in `--json` (an `attachment_added` event, with its
/// hash and the file), although those events are stored with no proposal id. A hostile
/// name reaches the terminal only as placeholders. Other proposals' files are not listed.
@Suite(.serialized, .tags(.slow), .skippedInFastLoop) struct AttachmentTimelineTests {
    @Test func showsTimelineListsTheAttachmentsInTextAndJSON() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try CommandLineTests().cast(cli)
        let id = try ConflictCommandTests.submitted(cli, by: who.proposer)
        let other = try ConflictCommandTests.submitted(cli, by: who.proposer)
        #expect(try cli.run(["attach", id, "--name", "du-toan.csv"], as: who.proposer, stdin: AttachmentCommandTests.csv).status == 0)
        #expect(try cli.run(["attach", other, "--name", "khac.txt"], as: who.proposer, stdin: "khác\n").status == 0)
        #expect(try cli.run(["attach", id, "--name", "x\u{1B}[2J.txt"], as: who.proposer, stdin: "x\n").status != 0,
                "a name with a control is refused at the door")
        try cli.ok(["receive", id], as: who.clerk)
        #expect(try cli.run(["attach", id, "--name", "bien-ban.txt", "--step", "decision"], as: who.head, stdin: "Biên bản\n").status == 0)

        let json = try #require(try cli.json(["show", id]) as? [String: Any])
        let events = try #require(json["events"] as? [[String: Any]])
        let seqs = events.compactMap { $0["seq"] as? Int }
        #expect(seqs == seqs.sorted() && seqs.count == events.count, "in the chain's order: \(seqs)")
        let added = events.filter { $0["kind"] as? String == "attachment_added" }
        #expect(added.count == 2, "\(events)")
        let files = added.compactMap { $0["attachment"] as? [String: Any] }
        #expect(files.map { $0["name"] as? String } == ["du-toan.csv", "bien-ban.txt"])
        #expect(files.map { $0["number"] as? Int } == [1, 2])
        #expect(added.map { $0["actor"] as? String } == [who.proposer, who.head])
        #expect(added.allSatisfy { ($0["hash"] as? String)?.count == 64 })
        // The receipt came between the two files.
        let kinds = events.map { $0["kind"] as? String ?? "" }
        let firstFile = try #require(kinds.firstIndex(of: "attachment_added"))
        let lastFile = try #require(kinds.lastIndex(of: "attachment_added"))
        #expect(kinds[firstFile..<lastFile].contains { $0 != "attachment_added" }, "\(kinds)")
        // The other events carry no attachment key.
        #expect(events.filter { $0["kind"] as? String != "attachment_added" }.allSatisfy { $0["attachment"] == nil })

        let text = try cli.ok(["show", id])
        let timeline = try #require(text.components(separatedBy: "── Lịch sử").last, "\(text)")
        #expect(timeline.contains("Đính kèm tệp 1. du-toan.csv"), "\(timeline)")
        #expect(timeline.contains("Đính kèm tệp 2. bien-ban.txt"), "\(timeline)")
        #expect(!timeline.contains("khac.txt"), "another proposal's file")
        let english = try cli.ok(["show", id, "--lang", "en"])
        #expect(english.contains("Attached file 1. du-toan.csv"), "\(english)")
        try cli.ok(["verify"])
    }

    /// The CSV register lists the files and `verify --register` reads them back: a hash
    /// edited in the copy is tampering (exit 3), the column named.
    @Test func theCSVRegisterListsTheFilesAndVerifyReadsThemBack() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try CommandLineTests().cast(cli)
        let id = try ConflictCommandTests.submitted(cli, by: who.proposer)
        try cli.ok(["receive", id], as: who.clerk)
        #expect(try cli.run(["attach", id, "--name", "=cmd|' /C calc'!A0,\"x\".csv"], as: who.proposer, stdin: AttachmentCommandTests.csv).status == 0)
        let listed = try #require(try cli.json(["attachments", id]) as? [[String: Any]])
        let sha = try #require(listed.first?["sha256"] as? String)
        let path = cli.folder.appendingPathComponent("so.csv").path
        try cli.ok(["register", "--format", "csv", "--output", path])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(sha) && !text.contains("Máy quét tài liệu"), "names, sizes and hashes only")
        #expect(!text.contains(",=") && !text.contains(",\"="))
        #expect(try cli.ok(["verify", "--register", path]).contains("0 KHÔNG khớp, 0 mã không tồn tại"))
        let edited = cli.folder.appendingPathComponent("sua.csv").path
        try text.replacingOccurrences(of: sha, with: String(sha.reversed())).write(toFile: edited, atomically: true, encoding: .utf8)
        let result = try cli.run(["verify", "--register", edited])
        #expect(result.status == 3, "\(result.stdout) \(result.stderr)")
        #expect((result.stdout + result.stderr).contains("\(id): KHÔNG khớp") && (result.stdout + result.stderr).contains("Tệp đính kèm"),
                "\(result.stdout) \(result.stderr)")
    }
}
