import Foundation
import GRDB
import Testing

/// Issue 10, item 5, through the command line: a demo ward whose proposal title, dossier,
/// officers' and units' names were rewritten with raw SQL to hold escapes, C1, bidi
/// controls, line separators and a public key after a line break, then every paper a
/// command prints on standard output — the offline form, the report in each format, the
/// register and a document — checked byte by byte (`EscapeTests.firstLeak`).
@Suite("Escape-proof papers", .serialized)
struct PaperEscapeTests {
    static let hostile = "Số hóa \u{1B}[2J\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}]8;;http://lua.dao/\u{1B}\\bấm\u{1B}]8;;\u{1B}\\ \u{9B}31m \u{7F}"
        + "\u{202E}\u{2066}\u{200F}\u{061C}\u{2028}\u{2029}\u{85}\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHostile evil@x\n* * * * * sh\n<script>x</script>"

    @Test func everyPaperOnStandardOutputCarriesNoControlFromTheData() throws {
        let scratch = try Scratch("paper-escape")
        let cli = CLI(db: scratch.path("hostile.sqlite"))
        try #require(try cli.run(["demo", "--proposals", "30", "--quiet"]).status == 0)
        let queue = try Raw.queue(cli.db)
        // A received proposal and its unit's head (a voting member), and an approved one and its clerk.
        let (received, head, approved, clerk) = try queue.write { db -> (String, String, String, String) in
            try db.execute(sql: "DROP TRIGGER event_no_update; DROP TRIGGER event_no_delete")
            let open = try #require(try Row.fetchOne(db, sql: """
                SELECT p.id, g.login FROM proposal p JOIN role_grant g ON g.unit_id = p.reviewing_unit_id AND g.role = 'head'
                WHERE p.state = 'received' AND p.awaiting_receipt = 0 AND g.login <> p.proposer ORDER BY p.seq LIMIT 1
                """))
            let done = try #require(try Row.fetchOne(db, sql: """
                SELECT p.id, g.login FROM proposal p JOIN role_grant g ON g.unit_id = p.reviewing_unit_id AND g.role = 'clerk'
                WHERE p.state IN ('in_progress', 'reported', 'evaluated', 'closed') ORDER BY p.seq LIMIT 1
                """))
            for id in [open["id"] as String, done["id"] as String] {
                try db.execute(sql: "UPDATE proposal SET title = ?1 WHERE id = ?2", arguments: [Self.hostile, id])
                try db.execute(sql: """
                    UPDATE proposal_body SET body = json_set(body, '$.dossier.title', ?1, '$.dossier.bottleneck', ?1 || char(10) || ?1)
                    WHERE id = ?2
                    """, arguments: [Self.hostile, id])
            }
            try db.execute(sql: "UPDATE officer SET name = ?, position = ?", arguments: [Self.hostile, Self.hostile])
            try db.execute(sql: "UPDATE unit SET name = ?", arguments: [Self.hostile])
            return (open["id"], open["login"], done["id"], done["login"])
        }
        try queue.close()

        var runs: [(arguments: [String], login: String?)] = [
            (["form", "export", received, "--kind", "ballot"], head),
            (["report", "--period", "2026", "--format", "md"], nil),
            (["report", "--period", "2026", "--format", "html"], nil),
            (["report", "--period", "2026", "--format", "csv"], nil),
            (["register", "--format", "html"], nil),
            (["register", "--format", "csv"], nil),
        ]
        for kind in ["minutes", "decision"] { runs.append((["document", approved, "--kind", kind, "--format", "html"], clerk)) }
        for (arguments, login) in runs {
            let out = try cli.run(arguments, as: login)
            #expect(out.status == 0, "\(arguments): \(out.stderr)")
            #expect(out.stdout.contains("HostileKeyOfAnOfficer") || out.stdout.contains("AAAAC3NzaC1lZDI1NTE5AAAAIHostile"),
                    "\(arguments): the hostile text did not reach the output")
            // CSV ends its records with CRLF: that CR is ours.
            let csv = arguments.contains("csv")
            if let leak = EscapeTests.firstLeak(in: out.stdoutBytes, terminalOutput: csv) { Issue.record("\(arguments): \(leak)") }
            if let leak = EscapeTests.firstLeak(in: Array(out.stderr.utf8), terminalOutput: false) { Issue.record("\(arguments) stderr: \(leak)") }
            if arguments.contains("html") { #expect(!out.stdout.contains("<script"), "\(arguments): a tag from the data") }
            if arguments.first == "form" {
                for line in out.stdout.split(separator: "\n") {
                    let trimmed = line.drop { $0 == " " }
                    #expect(!trimmed.hasPrefix("ssh-") && !trimmed.hasPrefix("* "), "\(arguments): \(line)")
                }
            }
        }
    }
}
