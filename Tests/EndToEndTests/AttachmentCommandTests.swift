import Foundation
import GRDB
import Testing

/// PROCEDURE.md §7.8 by commands: `attach` reads standard input (also through
/// `ssh-session`, which reads no server file), `attachments` lists, `attachment get`
/// streams the bytes back; refusals exit 1 with nothing written, usage errors exit 2;
/// `show --json` lists the files; a flipped byte makes `verify` exit 3 naming the file.
@Suite(.serialized, .tags(.slow), .skippedInFastLoop) struct AttachmentCommandTests {
    static let csv = "Hạng mục,Số tiền (đồng)\nMáy quét tài liệu,18.000.000\nPhần mềm,12.500.000\n"

    /// An officer holding no role but proposer's, other than `except`.
    static func roleless(_ cli: CLI, except: String) throws -> String {
        let officers = try #require(try cli.json(["officer", "list"]) as? [[String: Any]])
        let login = officers.first { o in
            ((o["grants"] as? [[String: Any]]) ?? []).allSatisfy { $0["role"] as? String == "proposer" } && o["login"] as? String != except
        }?["login"] as? String
        return try #require(login)
    }

    func ssh(_ cli: CLI, _ command: String, as login: String, input: String? = nil) throws -> Spawn.Result {
        var env = ProcessInfo.processInfo.environment
        env["SSH_ORIGINAL_COMMAND"] = command
        env["DEXUAT_AS"] = nil
        return try Spawn.run([CLI.binary, "ssh-session", login, "--db", cli.db], environment: env, input: input)
    }

    @Test func attachThroughStandardInputAndSSHListAndGetBack() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try CommandLineTests().cast(cli)
        let id = try ConflictCommandTests.submitted(cli, by: who.proposer)

        let attached = try cli.run(["attach", id, "--name", "du-toan.csv"], as: who.proposer, stdin: Self.csv)
        #expect(attached.status == 0 && attached.stdout.contains("Đã đính kèm tệp số 1 vào đề xuất \(id)"), "\(attached.stderr)")
        // Through ssh-session, as the head, for the decision step.
        let viaSSH = try ssh(cli, "attach \(id) --step decision --name bien-ban.txt --type text/plain", as: who.head, input: "Biên bản họp\n")
        #expect(viaSSH.status == 0 && viaSSH.stdout.contains("tệp số 2"), "\(viaSSH.stderr)")
        // A server path is no option of attach at all.
        let withFile = try ssh(cli, "attach \(id) --name x.txt --file /etc/passwd", as: who.head)
        #expect(withFile.status == 2, "\(withFile.stdout) \(withFile.stderr)")

        let listed = try #require(try cli.json(["attachments", id]) as? [[String: Any]])
        #expect(listed.map { $0["number"] as? Int } == [1, 2])
        #expect(listed.map { $0["name"] as? String } == ["du-toan.csv", "bien-ban.txt"])
        #expect(listed.map { $0["step"] as? String } == [nil, "decision"])
        #expect(listed.first?["media_type"] as? String == "text/csv" && listed.first?["size"] as? Int == Self.csv.utf8.count)
        let text = try cli.ok(["attachments", id])
        #expect(text.contains("1. du-toan.csv") && text.contains("2. bien-ban.txt"), "\(text)")
        let shown = try #require(try cli.json(["show", id]) as? [String: Any])
        #expect((shown["attachments"] as? [[String: Any]])?.count == 2)

        let got = try cli.run(["attachment", "get", id, "1"])
        #expect(got.status == 0 && got.stdout == Self.csv)
        let gotSSH = try ssh(cli, "attachment get \(id) 2", as: who.proposer)
        #expect(gotSSH.status == 0 && gotSSH.stdout == "Biên bản họp\n", "\(gotSSH.stderr)")
        #expect(try cli.run(["attachment", "get", id, "9"]).status == 2)
        try cli.ok(["verify"])
    }

    @Test func refusalsExitOneAndUsageErrorsTwoWithNothingWritten() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try CommandLineTests().cast(cli)
        let id = try ConflictCommandTests.submitted(cli, by: who.proposer)
        let before = try cli.contentDump()

        let outsider = try Self.roleless(cli, except: who.proposer)
        let refused = try cli.run(["attach", id, "--name", "x.csv"], as: outsider, stdin: Self.csv)
        #expect(refused.status == 1 && RefusalText.says(refused.stderr, "attachment.not_allowed"), "\(refused.stderr)")
        let refusedSSH = try ssh(cli, "attach \(id) --name x.csv", as: outsider, input: Self.csv)
        #expect(refusedSSH.status == 1 && RefusalText.says(refusedSSH.stderr, "attachment.not_allowed"), "\(refusedSSH.stderr)")

        let admin = try #require((try cli.json(["officer", "list"]) as? [[String: Any]])?.first { o in
            ((o["grants"] as? [[String: Any]]) ?? []).contains { $0["role"] as? String == "admin" }
        }?["login"] as? String)
        try cli.ok(["settings", "--set", "attachment_max_mb=1"], as: admin)
        for bad in ["0", "201", "x"] {
            #expect(try cli.run(["settings", "--set", "attachment_max_mb=\(bad)"], as: admin).status == 2)
        }
        let afterSettings = try cli.contentDump()
        let big = String(repeating: "a", count: 1_048_577)
        let tooBig = try cli.run(["attach", id, "--name", "lon.txt"], as: who.proposer, stdin: big)
        #expect(tooBig.status == 1 && RefusalText.says(tooBig.stderr, "attachment.too_large") && tooBig.stderr.contains("1 MB"), "\(tooBig.stderr)")

        for arguments in [["--name", ""], ["--name", "a\u{1B}[2Jb.txt"], ["--name", "a\u{202E}txt.exe"],
                          ["--name", "x.txt", "--step", "vote"], ["--name", "x.txt", "--type", "không hợp lệ"]] {
            let out = try cli.run(["attach", id] + arguments, as: who.proposer, stdin: Self.csv)
            #expect(out.status == 2, "\(arguments): \(out.status) \(out.stderr)")
        }
        #expect(try cli.contentDump() == afterSettings, "a refused attachment changed the database")
        #expect(before != afterSettings)
        try cli.ok(["verify"])
    }

    @Test func aFlippedByteMakesVerifyNameTheFileAndExitThree() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try CommandLineTests().cast(cli)
        let id = try ConflictCommandTests.submitted(cli, by: who.proposer)
        _ = try cli.run(["attach", id, "--name", "du-toan.csv"], as: who.proposer, stdin: Self.csv)
        try cli.ok(["verify"])
        try DatabaseQueue(path: cli.db).write { db in
            try db.execute(sql: "UPDATE attachment_blob SET data = CAST('X' || substr(data, 2) AS BLOB)")
        }
        let out = try cli.run(["verify"])
        #expect(out.status == 3)
        #expect(out.stdout.contains("Bảng attachment_blob, \(id) #1 sha256"), "\(out.stdout)")
        let got = try cli.run(["attachment", "get", id, "1"])
        #expect(got.status == 3, "\(got.stderr)")
    }

    /// A name made hostile in the file itself (escape sequence, bidi override) reaches
    /// the terminal only as U+FFFD placeholders.
    @Test func aHostileStoredNameIsShownAsPlaceholders() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try CommandLineTests().cast(cli)
        let id = try ConflictCommandTests.submitted(cli, by: who.proposer)
        _ = try cli.run(["attach", id, "--name", "ten.csv"], as: who.proposer, stdin: Self.csv)
        try DatabaseQueue(path: cli.db).write { db in
            try db.execute(sql: "UPDATE attachment SET name = 'a' || char(27) || '[2J' || char(8238) || 'b.csv'")
        }
        let text = try cli.run(["attachments", id])
        #expect(text.status == 0 && !text.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" }, "\(text.stdout)")
        #expect(text.stdout.contains("a\u{FFFD}[2J\u{FFFD}b.csv"), "\(text.stdout)")
        let json = try cli.run(["attachments", id, "--json"])
        #expect(!json.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" }, "\(json.stdout)")
    }
}
