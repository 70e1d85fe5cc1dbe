import Foundation
import Testing

/// PROCEDURE.md §7.1 by commands alone, on a demo database: `meeting open|attend|show`, the
/// refusals (the stage twice, someone neither head nor clerk, attendance before opening, a
/// member not convened, an absent member's ballot, the quorum), the usage errors (exit 2),
/// `show --json`, and `verify` after it all.
@Suite(.serialized, .tags(.slow), .skippedInFastLoop) struct MeetingCommandTests {
    /// Today in Vietnam, dd/mm/yyyy: the day a meeting held now bears.
    static var today: String {
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
        formatter.dateFormat = "dd/MM/yyyy"
        return formatter.string(from: Date())
    }

    /// Refused by a rule: exit 1, the code named, nothing changed.
    static func expectRefusal(_ cli: CLI, _ arguments: [String], as login: String, code: String,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try cli.contentDump()
        let out = try cli.run(arguments, as: login)
        #expect(out.status == 1, "\(arguments) as \(login): \(out.stderr)", sourceLocation: sourceLocation)
        #expect(RefusalText.says(out.stderr, code), "\(out.stderr)", sourceLocation: sourceLocation)
        #expect(try cli.contentDump() == before, "\(arguments) changed the database", sourceLocation: sourceLocation)
    }

    @Test func aReviewMeetingByCommands() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try CommandLineTests().cast(cli)
        let id = try ConflictCommandTests.submitted(cli, by: who.proposer)
        let open = ["meeting", "open", id, "--stage", "review", "--date", Self.today]
        let members = [who.head] + who.deputies
        let absentee = try #require(who.deputies.last)
        let present = members.filter { $0 != absentee }
        let attend = ["meeting", "attend", id, "--stage", "review", "--present", present.joined(separator: ","),
                      "--absent", "\(absentee):Đi công tác"]

        // Before the receipt, no meeting; after it, not by the proposer or a deputy.
        try Self.expectRefusal(cli, open, as: who.head, code: "state.order")
        try cli.ok(["receive", id], as: who.clerk)
        try Self.expectRefusal(cli, open, as: who.proposer, code: "actor.role")
        // A deputy holding the demo's delegation (§7.5: receipt, decision, directives) is told
        // the step is not delegated; any other deputy that the role is not theirs.
        let byDeputy = try cli.run(open, as: absentee)
        #expect(byDeputy.status == 1)
        #expect(RefusalText.says(byDeputy.stderr, "actor.role") || RefusalText.says(byDeputy.stderr, "delegation.step_not_delegated"), "\(byDeputy.stderr)")
        // The evaluation meeting waits for the report.
        try Self.expectRefusal(cli, ["meeting", "open", id, "--stage", "evaluation", "--date", Self.today], as: who.head, code: "meeting.stage")
        // Attendance before the meeting opens.
        try Self.expectRefusal(cli, attend, as: who.clerk, code: "meeting.not_open")
        // The clerk opens it for the head; not twice.
        try cli.ok(open, as: who.clerk)
        try Self.expectRefusal(cli, open, as: who.head, code: "meeting.already_open")
        // Someone not convened, and an absence without its reason.
        try Self.expectRefusal(cli, attend + ["--present", who.proposer], as: who.clerk, code: "meeting.unknown_member")
        try Self.expectRefusal(cli, ["meeting", "attend", id, "--stage", "review", "--present", present.joined(separator: ","),
                                     "--absent", "\(absentee): "], as: who.clerk, code: "meeting.absence_reason")
        // A deputy who does not chair does not record it.
        try Self.expectRefusal(cli, attend, as: absentee, code: "meeting.chair_or_clerk")
        try cli.ok(attend, as: who.clerk)

        // The absent member neither votes in person nor through the clerk.
        try Self.expectRefusal(cli, ["ballot", id, "--yes"] + CommandLineTests.checks, as: absentee, code: "meeting.member_absent")
        try Self.expectRefusal(cli, ["ballot", id, "--yes", "--on-behalf-of", absentee] + CommandLineTests.checks, as: who.clerk,
                               code: "meeting.member_absent")
        try cli.ok(["ballot", id, "--yes"] + CommandLineTests.checks, as: who.head)

        // show --json and meeting show --json carry the meeting.
        let shown = try #require(try cli.json(["show", id]) as? [String: Any])
        let meetings = try #require(shown["meetings"] as? [[String: Any]])
        #expect(meetings.count == 1)
        #expect(meetings.first?["stage"] as? String == "review")
        #expect(meetings.first?["chair"] as? String == who.head)
        let convened = try #require(meetings.first?["convened"] as? [[String: Any]])
        #expect(convened.compactMap { $0["login"] as? String } == members)
        let absentRow = try #require(convened.first { $0["login"] as? String == absentee })
        #expect(absentRow["present"] as? Bool == false)
        #expect(absentRow["reason"] as? String == "Đi công tác")
        let alone = try #require(try cli.json(["meeting", "show", id]) as? [[String: Any]])
        #expect(alone.count == 1)
        let text = try cli.ok(["meeting", "show", id])
        #expect(text.contains("Vắng mặt"))
        #expect(text.contains("Đi công tác"))
        let english = try cli.ok(["meeting", "show", id, "--lang", "en"])
        #expect(english.contains("Absent"))
        #expect(try cli.run(["verify"]).status == 0)
    }

    @Test func theQuorumAndTheUsageErrors() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try CommandLineTests().cast(cli)
        let id = try ConflictCommandTests.submitted(cli, by: who.proposer)
        try cli.ok(["receive", id], as: who.clerk)
        let officers = try #require(try cli.json(["officer", "list"]) as? [[String: Any]])
        let admin = try #require(officers.first { (($0["roles"] as? [String]) ?? []).contains("admin") }?["login"] as? String)

        // Usage errors: exit 2, nothing changed.
        for arguments in [
            ["meeting", "open", id, "--stage", "plenary", "--date", Self.today],
            ["meeting", "open", id, "--stage", "review", "--date", "32/13/2026"],
            ["meeting", "attend", id, "--stage", "review", "--absent", "no-reason-given"],
            ["meeting", "attend", id, "--stage", "review"],
            ["settings", "--set", "quorum=150%"],
            ["settings", "--set", "quorum=0"],
            ["settings", "--set", "quorum=many"],
        ] {
            let before = try cli.contentDump()
            let out = try cli.run(arguments, as: arguments[0] == "settings" ? admin : who.head)
            #expect(out.status == 2, "\(arguments): \(out.status) \(out.stderr)")
            #expect(try cli.contentDump() == before)
        }

        // A quorum of more than half: two of three absent withholds the decision.
        try cli.ok(["settings", "--set", "quorum=0.5"], as: admin)
        let settings = try #require(try cli.json(["settings"]) as? [String: Any])
        #expect(settings["quorum_percent"] as? Int == 50)
        #expect(try cli.ok(["settings"]).contains("50%"))
        try cli.ok(["party-opinion", id] + ConflictCommandTests.opinion, as: who.liaison)
        try cli.ok(["meeting", "open", id, "--stage", "review", "--date", Self.today], as: who.head)
        let absent = who.deputies.map { "\($0):Nghỉ phép" }
        try cli.ok(["meeting", "attend", id, "--stage", "review", "--present", who.head] + absent.flatMap { ["--absent", $0] }, as: who.head)
        try cli.ok(["ballot", id, "--yes"] + CommandLineTests.checks, as: who.head)
        try Self.expectRefusal(cli, ["decide", id, "--kind", "approve", "--number", ""], as: who.head, code: "meeting.quorum")
        // Everyone came after all: the attendance is recorded again, and the vote goes on.
        try cli.ok(["meeting", "attend", id, "--stage", "review", "--present", ([who.head] + who.deputies).joined(separator: ",")], as: who.clerk)
        for deputy in who.deputies { try cli.ok(["ballot", id, "--yes"] + CommandLineTests.checks, as: deputy) }
        try cli.ok(["decide", id, "--kind", "approve"], as: who.head)
        #expect(try cli.run(["verify"]).status == 0)
    }
}
