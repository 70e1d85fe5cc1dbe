import Foundation
import GRDB
import Procedure
import Testing

/// Issue 14, item 4: officers' addresses (`officer set --email`) and `dexuat remind`,
/// printed, as JSON and as messages (`--mail --dry-run`, a failing sendmail).
@Suite("Reminders", .serialized, .tags(.slow), .skippedInFastLoop)
struct RemindTests {
    /// A demo ward (a year of proposals, waiting on many officers), its administrator,
    /// and the officers as `remind --json` sees them on `day`.
    struct Ward {
        let cli: CLI
        let admin: String
        let day: String
        init(proposals: Int = 60) throws {
            cli = try CLI()
            let made = try cli.run(["demo", "--proposals", "\(proposals)", "--quiet"])
            guard made.status == 0 else { throw NSError(domain: "demo", code: Int(made.status)) }
            let officers = try #require(try cli.json(["officer", "list"]) as? [[String: Any]])
            admin = try #require(officers.first { ($0["roles"] as? [String] ?? []).contains("admin") }?["login"] as? String)
            day = Day.inVietnam(Date()).iso
        }

        func reminders() throws -> [[String: Any]] {
            try #require(try cli.json(["remind", "--date", day]) as? [[String: Any]])
        }

        static func ids(_ officer: [String: Any], _ key: String) -> [String] {
            (officer[key] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }

        static func allIDs(_ officer: [String: Any]) -> [String] {
            ids(officer, "overdue") + ids(officer, "due_soon") + ids(officer, "waiting")
        }

        /// Addresses for some officers with work waiting, some without and, on purpose,
        /// some with work waiting but no address; returns login → address.
        func giveAddresses() throws -> [String: String] {
            let all = try reminders()
            let busy = all.filter { !Self.allIDs($0).isEmpty }.compactMap { $0["login"] as? String }
            let idle = all.filter { Self.allIDs($0).isEmpty }.compactMap { $0["login"] as? String }
            #expect(busy.count >= 4, "the demo should leave work waiting on several officers")
            #expect(!idle.isEmpty, "the demo should have officers with nothing waiting")
            var given: [String: String] = [:]
            for login in busy.enumerated().filter({ $0.offset % 2 == 0 }).map(\.element) + idle.prefix(3) {
                given[login] = "\(login)@localhost"
                try cli.ok(["officer", "set", login, "--email", "\(login)@localhost"], as: admin)
            }
            return given
        }
    }

    @Test func anAddressIsSetListedClearedAndUnderTheChain() throws {
        let ward = try Ward(proposals: 5)
        defer { ward.cli.cleanUp() }
        let officers = try #require(try ward.cli.json(["officer", "list"]) as? [[String: Any]])
        let other = try #require(officers.first { $0["login"] as? String != ward.admin }?["login"] as? String)
        try ward.cli.ok(["officer", "set", other, "--email", "can.bo@ubnd.example.vn"], as: ward.admin)
        #expect(try ward.cli.ok(["officer", "list"]).contains("<can.bo@ubnd.example.vn>"))
        let listed = try #require(try ward.cli.json(["officer", "list"]) as? [[String: Any]])
        #expect(listed.first { $0["login"] as? String == other }?["email"] as? String == "can.bo@ubnd.example.vn")
        #expect(listed.contains { $0["email"] is NSNull }, "an officer without an address has email: null")
        // Not an administrator: refused (1), nothing written.
        let before = try ward.cli.contentDump()
        let refused = try ward.cli.run(["officer", "set", other, "--email", "x@localhost"], as: other)
        #expect(refused.status == 1, "\(refused.stderr)")
        // A bad address or an unknown officer: bad input (2), nothing written.
        for (login, address) in [(other, "a b@localhost"), (other, "x@y\nBcc: z@localhost"), (other, "<x@localhost>"), ("khongco", "x@localhost")] {
            let out = try ward.cli.run(["officer", "set", login, "--email", address], as: ward.admin)
            #expect(out.status == 2, "\(address): \(out.status) \(out.stderr)")
        }
        #expect(try ward.cli.contentDump() == before)
        try ward.cli.ok(["officer", "set", other, "--email", ""], as: ward.admin)
        let cleared = try #require(try ward.cli.json(["officer", "list"]) as? [[String: Any]])
        #expect(cleared.first { $0["login"] as? String == other }?["email"] is NSNull)
        let verify = try ward.cli.run(["verify"])
        #expect(verify.status == 0, "\(verify.stdout)")
    }

    /// The printed digest names exactly the proposals of the JSON, section by section,
    /// in Vietnamese with dd/mm/yyyy dates; in English with --lang en.
    @Test func thePrintedDigestListsWhatWaitsOnEachOfficer() throws {
        let ward = try Ward()
        defer { ward.cli.cleanUp() }
        let all = try ward.reminders()
        let text = try ward.cli.ok(["remind", "--date", ward.day])
        let english = try ward.cli.ok(["remind", "--date", ward.day, "--lang", "en"])
        let parts = ward.day.split(separator: "-")
        let shown = "\(parts[2])/\(parts[1])/\(parts[0])"
        var busy = 0
        for officer in all {
            let login = try #require(officer["login"] as? String)
            let ids = Ward.allIDs(officer)
            // The officer's block: from their heading to the next heading.
            let blocks = text.components(separatedBy: "Việc cần xử lý của ").dropFirst()
            let block = blocks.first { $0.contains("(\(login)) ngày \(shown)") }
            if ids.isEmpty {
                #expect(block == nil, "\(login) has nothing waiting but got a digest")
                continue
            }
            busy += 1
            let mine = try #require(block, "no digest for \(login)")
            #expect(mine.contains(": \(ids.count) đề xuất."))
            for id in ids { #expect(mine.contains(id + "  "), "\(login): \(id) missing") }
            if !Ward.ids(officer, "overdue").isEmpty { #expect(mine.contains("Quá hạn (\(Ward.ids(officer, "overdue").count)):")) }
            if !Ward.ids(officer, "due_soon").isEmpty { #expect(mine.contains("Sắp đến hạn (\(Ward.ids(officer, "due_soon").count)):")) }
            #expect(english.contains("Work waiting on ") && english.contains("(\(login)) on \(shown)"))
        }
        #expect(busy > 0)
        for word in ["bạn", "Hãy", "Vui lòng"] { #expect(!text.contains(word), "not impersonal: \(word)") }
    }

    /// `--mail --dry-run`: one message per officer with an address and work waiting,
    /// none for the others; each a well-formed RFC 5322 message whose subject decodes to
    /// the Vietnamese text and whose body lists exactly that officer's proposals.
    /// The timer fires Monday to Friday: on a weekday off (Quốc khánh 02/09/2026, a
    /// Wednesday) `--working-days-only` reminds nobody; on the working day after, it does.
    @Test func theTimersRemindersSkipADayOff() throws {
        let ward = try Ward()
        defer { ward.cli.cleanUp() }
        _ = try ward.giveAddresses()
        let off = try ward.cli.run(["remind", "--date", "2026-09-02", "--mail", "--dry-run", "--working-days-only"])
        #expect(off.status == 0, "\(off.stderr)")
        #expect(off.stdout.contains("không phải ngày làm việc"), "\(off.stdout)")
        #expect(!off.stdout.contains("From: "), "no message on a day off")
        let on = try ward.cli.run(["remind", "--date", "2026-09-03", "--mail", "--dry-run", "--working-days-only"])
        #expect(on.status == 0, "\(on.stderr)")
        #expect(on.stdout.contains("From: "), "messages on the working day after")
    }

    @Test func dryRunMessagesAreOnePerOfficerWithAddressAndWork() throws {
        let ward = try Ward()
        defer { ward.cli.cleanUp() }
        let given = try ward.giveAddresses()
        let out = try ward.cli.run(["remind", "--date", ward.day, "--mail", "--dry-run"])
        #expect(out.status == 0, "\(out.stderr)")
        let messages = out.stdout.components(separatedBy: "\nFrom: ").enumerated()
            .map { $0.offset == 0 ? $0.element : "From: " + $0.element }
            .compactMap(ReadMessage.parse)
        try Self.check(messages, ward: ward, given: given)
    }

    /// Checks messages as delivered or printed against `remind --json`.
    static func check(_ messages: [ReadMessage], ward: Ward, given: [String: String]) throws {
        let all = try ward.reminders()
        let expected = all.filter { officer in
            guard let login = officer["login"] as? String else { return false }
            return given[login] != nil && !Ward.allIDs(officer).isEmpty
        }
        #expect(messages.count == expected.count, "\(messages.count) messages for \(expected.count) officers")
        #expect(expected.count >= 2)
        let parts = ward.day.split(separator: "-")
        let shown = "\(parts[2])/\(parts[1])/\(parts[0])"
        for officer in expected {
            let login = try #require(officer["login"] as? String)
            let name = try #require(officer["name"] as? String)
            let address = try #require(given[login])
            let mine = messages.filter { ($0.header("To") ?? "").hasSuffix("<\(address)>") }
            #expect(mine.count == 1, "\(login): \(mine.count) messages")
            guard let message = mine.first else { continue }
            #expect(message.decoded("To") == "\(name) <\(address)>")
            let subject = try #require(message.decoded("Subject"))
            #expect(subject.hasPrefix("[dexuat] Việc cần xử lý ngày \(shown): "), "\(subject)")
            #expect(subject.hasSuffix("\(Ward.allIDs(officer).count) đề xuất"), "\(subject)")
            #expect(message.header("MIME-Version") == "1.0")
            #expect(message.header("Content-Type") == "text/plain; charset=UTF-8")
            #expect(message.header("From")?.hasPrefix("dexuat@") == true)
            #expect(message.header("Date").map { $0.hasSuffix("+0700") } == true)
            #expect(message.header("Message-ID").map { $0.hasPrefix("<") && $0.hasSuffix(">") } == true)
            // Our header lines (not those the MTA adds in front) stay within 78 characters.
            for line in message.rawHeaderLines where !["Received:", "\t", "Return-path:", "Envelope-to:"].contains(where: line.hasPrefix) {
                #expect(line.utf8.count <= 78, "header line too long: \(line)")
            }
            for word in (message.header("Subject") ?? "").split(separator: " ") { #expect(word.count <= 75) }
            // Exactly the proposals waiting on this officer: each id once, no other id.
            let ids = Set(Ward.allIDs(officer))
            let listed = message.body.split(separator: "\n").filter { $0.hasPrefix("  ") }
                .compactMap { $0.dropFirst(2).split(separator: " ").first.map(String.init) }
            #expect(Set(listed) == ids && listed.count == ids.count, "\(login): \(listed) ≠ \(ids.sorted())")
            #expect(message.body.contains("Việc cần xử lý của \(name) (\(login)) ngày \(shown)"))
        }
    }

    /// The record is hostile: a name or a title with a line break and a header, or an
    /// address edited by raw SQL to carry a second header, never makes a header of its own.
    @Test func nothingFromTheRecordStartsAHeader() throws {
        let ward = try Ward()
        defer { ward.cli.cleanUp() }
        let given = try ward.giveAddresses()
        let all = try ward.reminders()
        let busy = all.filter { given[$0["login"] as? String ?? ""] != nil && !Ward.allIDs($0).isEmpty }
        let victim = try #require(busy.first?["login"] as? String)
        let redirected = try #require(busy.dropFirst().first?["login"] as? String)
        let queue = try DatabaseQueue(path: ward.cli.db)
        try queue.write { db in
            try db.execute(sql: "UPDATE officer SET name = ? WHERE login = ?",
                           arguments: ["Nguyễn\r\nBcc: ke.gian@example.com\n\nThân thư giả", victim])
            try db.execute(sql: "UPDATE proposal SET title = ? WHERE id = ?",
                           arguments: ["Tiêu đề\nBcc: ke.gian@example.com", Ward.allIDs(busy[0])[0]])
            try db.execute(sql: "UPDATE officer_email SET address = ? WHERE login = ?",
                           arguments: ["\(redirected)@localhost\nBcc: ke.gian@example.com", redirected])
        }
        try queue.close()
        let out = try ward.cli.run(["remind", "--date", ward.day, "--mail", "--dry-run"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(!out.stdout.contains("ke.gian@example.com"))
        let headerNames: Set<String> = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
                                        "Content-Transfer-Encoding", "Auto-Submitted"]
        var inHeaders = true
        for line in out.stdout.components(separatedBy: "\n") {
            if line.hasPrefix("From: ") { inHeaders = true }
            if inHeaders {
                if line.isEmpty { inHeaders = false; continue }
                if line.hasPrefix(" ") { #expect(line.hasPrefix(" =?UTF-8?B?"), "\(line)"); continue }
                let name = String(line.prefix { $0 != ":" })
                #expect(headerNames.contains(name), "unexpected header line: \(line)")
            }
            #expect(!line.contains("\r"))
        }
        // The redirected address is no longer acceptable: that officer gets no message.
        #expect(!out.stdout.contains("<\(redirected)@localhost>"))
    }

    /// A sendmail that fails for one officer: the others are still sent, the failure is
    /// named, and the exit status is 3.
    @Test func aSendmailFailureIsReportedAfterTryingTheOthers() throws {
        let ward = try Ward()
        defer { ward.cli.cleanUp() }
        let given = try ward.giveAddresses()
        let all = try ward.reminders()
        let expected = all.compactMap { $0["login"] as? String }.filter { login in
            given[login] != nil && !Ward.allIDs(all.first { $0["login"] as? String == login } ?? [:]).isEmpty
        }
        let failing = try #require(expected.first)
        let log = ward.cli.folder.appendingPathComponent("sent.log").path
        let script = ward.cli.folder.appendingPathComponent("sendmail").path
        try """
            #!/bin/sh
            [ "$1 $2" = "-t -oi" ] || exit 64
            message=$(cat)
            case "$message" in *"<\(failing)@localhost>"*) exit 75 ;; esac
            printf '%s\\n' "$message" | grep '^To: ' >> '\(log)'
            """.write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        let out = try ward.cli.run(["remind", "--date", ward.day, "--mail"], environment: ["DEXUAT_SENDMAIL": script])
        #expect(out.status == 3, "\(out.status) \(out.stderr)")
        #expect(out.stderr.contains(failing))
        let sent = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        for login in expected.dropFirst() { #expect(sent.contains("<\(login)@localhost>"), "\(login) not tried") }
        #expect(!sent.contains("<\(failing)@localhost>"))
        // Usage: --dry-run without --mail is bad input.
        #expect(try ward.cli.run(["remind", "--dry-run"]).status == 2)
    }

    /// Opening the Desk over SSH (`ssh-session` with no command) greets an officer with
    /// work waiting with their counts, then the Desk opens by itself.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")), .tags(.tmux))
    func anSSHSessionOpensWithTheOfficersDigest() throws {
        let ward = try Ward()
        defer { ward.cli.cleanUp() }
        let today = Day.inVietnam(Date()).iso
        let all = try #require(try ward.cli.json(["remind", "--date", today]) as? [[String: Any]])
        let busy = try #require(all.first { !Ward.allIDs($0).isEmpty })
        let login = try #require(busy["login"] as? String)
        let tmux = try Tmux(arguments: ["ssh-session", login, "--db", ward.cli.db], environment: [:], folder: ward.cli.folder)
        let greeting = try tmux.waitFor("Việc cần xử lý của ")
        #expect(greeting.contains("(\(login))") && greeting.contains(": \(Ward.allIDs(busy).count) đề xuất."), "\(greeting)")
        let desk = try tmux.waitFor("Hộp việc")
        #expect(!desk.contains("Việc cần xử lý của "), "the Desk took the screen")
    }

    /// `remind` is an administrator's or a timer's command: over SSH it is refused (exit
    /// 2) with or without --mail, and nothing is sent.
    @Test func remindIsRefusedOverSSH() throws {
        let ward = try Ward(proposals: 20)
        defer { ward.cli.cleanUp() }
        _ = try ward.giveAddresses()
        let log = ward.cli.folder.appendingPathComponent("sent.log").path
        let script = ward.cli.folder.appendingPathComponent("sendmail").path
        try "#!/bin/sh\ncat >> '\(log)'\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        for command in ["remind", "remind --mail", "remind --json", "dexuat remind --mail --dry-run"] {
            var env = ProcessInfo.processInfo.environment
            env["SSH_ORIGINAL_COMMAND"] = command
            env["DEXUAT_SENDMAIL"] = script
            env["DEXUAT_AS"] = nil
            let out = try Spawn.run([CLI.binary, "ssh-session", ward.admin, "--db", ward.cli.db], environment: env)
            #expect(out.status == 2 && out.stderr.contains("remind"), "\(command): \(out.status) \(out.stderr)")
            #expect(out.stdout.isEmpty, "\(command): \(out.stdout.prefix(200))")
        }
        #expect(!FileManager.default.fileExists(atPath: log), "something reached sendmail")
    }
}
