import Foundation
import Testing

/// PROCEDURE.md §7.4 by commands alone, on a demo database: every refusal of a conflict of
/// interest (the proposer acting in another role, an officer who declared a conflict),
/// with `conflict.own_proposal` and exit 1, while another holder of the role acts; the
/// declaration's own errors; `conflict list` and `show --json`; `verify` after it all.
@Suite(.serialized, .tags(.slow), .skippedInFastLoop) struct ConflictCommandTests {
    /// Logins holding `role` in `unit`, from `officer list --json`.
    static func holders(_ cli: CLI, _ role: String, in unit: String) throws -> [String] {
        let officers = try #require(try cli.json(["officer", "list"]) as? [[String: Any]])
        return officers.filter { o in
            ((o["grants"] as? [[String: Any]]) ?? []).contains { $0["role"] as? String == role && $0["unit"] as? String == unit }
        }.compactMap { $0["login"] as? String }
    }

    /// A submitted proposal of `login`, with its id.
    static func submitted(_ cli: CLI, by login: String) throws -> String {
        let file = cli.folder.appendingPathComponent("hoso-\(login).toml")
        try CommandLineTests.dossier.write(to: file, atomically: true, encoding: .utf8)
        let created = try #require(try cli.json(["new", "--from", file.path], as: login) as? [String: Any])
        let id = try #require(created["id"] as? String)
        try cli.ok(["submit", id], as: login)
        return id
    }

    /// Refused with the conflict code, exit 1, in Vietnamese with its basis, nothing changed.
    static func expectConflictRefusal(_ cli: CLI, _ arguments: [String], as login: String,
                                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try cli.contentDump()
        let out = try cli.run(arguments, as: login)
        #expect(out.status == 1, "\(arguments) as \(login): \(out.stderr)", sourceLocation: sourceLocation)
        #expect(RefusalText.says(out.stderr, "conflict.own_proposal"), "\(out.stderr)", sourceLocation: sourceLocation)
        #expect(out.stderr.contains("xung đột lợi ích"), "\(out.stderr)", sourceLocation: sourceLocation)
        #expect(out.stderr.contains("NĐ 73/2023"), "\(out.stderr)", sourceLocation: sourceLocation)
        #expect(try cli.contentDump() == before, "\(arguments) as \(login) changed the database", sourceLocation: sourceLocation)
    }

    static let opinion = ["--stance", "agree", "--text", "Đồng ý chủ trương", "--committee", "Đảng ủy phường Uông Bí"]

    @Test func theProposerIsRefusedInEveryRoleAndAnotherHolderActs() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try CommandLineTests().cast(cli)

        // A clerk does not register their own dossier; the head does.
        let byClerk = try Self.submitted(cli, by: who.clerk)
        try Self.expectConflictRefusal(cli, ["receive", byClerk], as: who.clerk)
        try cli.ok(["receive", byClerk], as: who.head)
        // Nor records, from the minutes, anything on it.
        try Self.expectConflictRefusal(cli, ["checklist", byClerk, "--on-behalf-of", who.head] + CommandLineTests.checks, as: who.clerk)
        try Self.expectConflictRefusal(cli, ["party-opinion", byClerk, "--on-behalf-of", "Đảng ủy phường"] + Self.opinion, as: who.clerk)
        try cli.ok(["party-opinion", byClerk] + Self.opinion, as: who.liaison)

        // A Party liaison does not record the opinion on their own proposal; the clerk of
        // the reviewing unit writes it from the committee's letter.
        let byLiaison = try Self.submitted(cli, by: who.liaison)
        let shown = try #require(try cli.json(["show", byLiaison]) as? [String: Any])
        let reviewing = try #require(shown["reviewing_unit"] as? String)
        let reviewingHead = try #require(try Self.holders(cli, "head", in: reviewing).first)
        try cli.ok(["receive", byLiaison], as: reviewingHead)
        try Self.expectConflictRefusal(cli, ["party-opinion", byLiaison] + Self.opinion, as: who.liaison)
        let reviewingClerk = try #require(try Self.holders(cli, "clerk", in: reviewing).first)
        try cli.ok(["party-opinion", byLiaison, "--on-behalf-of", "Đảng ủy phường"] + Self.opinion, as: reviewingClerk)

        // A deputy does not vote on their own proposal, in person or through the clerk;
        // the other members do.
        let deputy = try #require(who.deputies.first)
        let byDeputy = try Self.submitted(cli, by: deputy)
        try cli.ok(["receive", byDeputy], as: who.clerk)
        try Self.expectConflictRefusal(cli, ["ballot", byDeputy, "--yes"] + CommandLineTests.checks, as: deputy)
        try Self.expectConflictRefusal(cli, ["ballot", byDeputy, "--yes", "--on-behalf-of", deputy] + CommandLineTests.checks, as: who.clerk)
        try cli.ok(["ballot", byDeputy, "--yes"] + CommandLineTests.checks, as: who.head)
        #expect(try cli.run(["verify"]).status == 0)
    }

    @Test func aDeclarerIsRefusedWhereTheProposerWouldBe() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try CommandLineTests().cast(cli)
        let id = try Self.submitted(cli, by: who.proposer)

        // The clerk declares: the head registers instead.
        try cli.ok(["conflict", "declare", id, "--reason", "Người đề xuất là em ruột"], as: who.clerk)
        try Self.expectConflictRefusal(cli, ["receive", id], as: who.clerk)
        try cli.ok(["receive", id], as: who.head)
        try Self.expectConflictRefusal(cli, ["checklist", id, "--on-behalf-of", who.head] + CommandLineTests.checks, as: who.clerk)

        // The liaison declares: the clerk records the committee's opinion from its letter.
        try cli.ok(["conflict", "declare", id, "--reason", "Cùng nhóm soạn thảo"], as: who.liaison)
        try Self.expectConflictRefusal(cli, ["party-opinion", id] + Self.opinion, as: who.liaison)

        // A deputy declares: refused in person and through the clerk, and out of the tally.
        let deputy = try #require(who.deputies.first)
        try cli.ok(["conflict", "declare", id, "--reason", "Vợ của người đề xuất"], as: deputy)
        try Self.expectConflictRefusal(cli, ["ballot", id, "--yes"] + CommandLineTests.checks, as: deputy)
        let shown = try #require(try cli.json(["show", id]) as? [String: Any])
        let tally = try #require(shown["tally"] as? [String: Any])
        #expect((tally["recused"] as? [String])?.contains(deputy) == true)
        #expect((tally["eligible"] as? [String])?.contains(deputy) == false)

        // The head declares: no decision by them.
        try cli.ok(["conflict", "declare", id, "--reason", "Người đề xuất là con"], as: who.head)
        try Self.expectConflictRefusal(cli, ["decide", id, "--kind", "approve", "--number", "1/QĐ-VHXH"], as: who.head)

        // `show --json` and `conflict list` carry the four, oldest first.
        let final = try #require(try cli.json(["show", id]) as? [String: Any])
        let conflicts = try #require(final["conflicts"] as? [[String: Any]])
        #expect(conflicts.compactMap { $0["officer"] as? String } == [who.clerk, who.liaison, deputy, who.head])
        #expect(conflicts.first?["reason"] as? String == "Người đề xuất là em ruột")
        let listed = try #require(try cli.json(["conflict", "list", id]) as? [[String: Any]])
        #expect(listed.compactMap { $0["officer"] as? String } == [who.clerk, who.liaison, deputy, who.head])
        let all = try #require(try cli.json(["conflict", "list"]) as? [[String: Any]])
        #expect(all.count == 4)
        let text = try cli.ok(["conflict", "list"])
        #expect(text.contains("Vợ của người đề xuất"))
        let history = try #require(final["events"] as? [[String: Any]])
        #expect(history.filter { $0["kind"] as? String == "conflict_declared" }.count == 4)
        #expect(try cli.run(["verify"]).status == 0)
    }

    @Test func theDeclarationsOwnErrorsAreClear() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try CommandLineTests().cast(cli)
        let id = try Self.submitted(cli, by: who.proposer)
        let deputy = try #require(who.deputies.first)

        let empty = try cli.run(["conflict", "declare", id, "--reason", "  "], as: deputy)
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("lý do"), "\(empty.stderr)")
        let missing = try cli.run(["conflict", "declare", "2099-999", "--reason", "x"], as: deputy)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Không tìm thấy"), "\(missing.stderr)")
        try cli.ok(["conflict", "declare", id, "--reason", "Vợ của người đề xuất"], as: deputy)
        let twice = try cli.run(["conflict", "declare", id, "--reason", "Lần nữa"], as: deputy)
        #expect(twice.status == 1)
        #expect(RefusalText.says(twice.stderr, "conflict.already_declared"), "\(twice.stderr)")
        let own = try cli.run(["conflict", "declare", id, "--reason", "Của mình"], as: who.proposer)
        #expect(own.status == 1)
        #expect(RefusalText.says(own.stderr, "conflict.already_declared"), "\(own.stderr)")
        let english = try cli.run(["conflict", "declare", id, "--reason", "again", "--lang", "en"], as: deputy)
        #expect(english.stderr.contains("already on record"), "\(english.stderr)")
        // A draft of another officer does not exist for the declarer (§5).
        let file = cli.folder.appendingPathComponent("nhap.toml")
        try CommandLineTests.dossier.write(to: file, atomically: true, encoding: .utf8)
        let draft = try #require(try cli.json(["new", "--from", file.path], as: who.proposer) as? [String: Any])
        let draftID = try #require(draft["id"] as? String)
        let onDraft = try cli.run(["conflict", "declare", draftID, "--reason", "x"], as: deputy)
        #expect(onDraft.status == 2, "\(onDraft.stderr)")
        #expect(try cli.json(["conflict", "list"]) as? [[String: Any]] != nil)
        #expect(try cli.ok(["conflict", "list", draftID], as: who.proposer).contains("Chưa có xung đột"))
        #expect(try cli.run(["verify"]).status == 0)
    }
}
