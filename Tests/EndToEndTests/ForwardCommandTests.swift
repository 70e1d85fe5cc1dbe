import Foundation
import Testing

/// PROCEDURE.md §7.6 by commands alone: the ward chairperson's own proposal is received,
/// forwarded to the province, left for weeks without a clock, and answered.
@Suite(.serialized, .tags(.slow), .skippedInFastLoop) struct ForwardCommandTests {
    struct Cast {
        var chair: String
        var clerk: String
        var viceChair: String
        var officeClerk: String
        var officeStaff: String
    }

    /// The chairperson (head of the root unit), its clerk and a deputy; an office's clerk and staff.
    func cast(_ cli: CLI) throws -> Cast {
        let units = try #require(try cli.json(["unit", "list"]) as? [[String: Any]])
        let root = try #require(units.first { $0["parent"] == nil || $0["parent"] is NSNull }?["id"] as? String)
        let officers = try #require(try cli.json(["officer", "list"]) as? [[String: Any]])
        func grants(_ o: [String: Any]) -> [(String, String)] {
            ((o["grants"] as? [[String: Any]]) ?? []).map { ($0["role"] as? String ?? "", $0["unit"] as? String ?? "") }
        }
        func login(_ role: String, _ unit: String?) throws -> String {
            let officer = try #require(officers.first { o in grants(o).contains { $0.0 == role && (unit == nil ? $0.1 != root : $0.1 == unit) } })
            return try #require(officer["login"] as? String)
        }
        let officeClerk = try login("clerk", nil)
        let officeUnit = try #require(officers.first { $0["login"] as? String == officeClerk }?["unit"] as? String)
        let staff = try #require(officers.first { o in
            o["unit"] as? String == officeUnit
                && !grants(o).contains { ["head", "deputy", "clerk", "party_liaison", "inspector", "admin"].contains($0.0) }
        }?["login"] as? String)
        return Cast(chair: try login("head", root), clerk: try login("clerk", root), viceChair: try login("deputy", root),
                    officeClerk: officeClerk, officeStaff: staff)
    }

    /// Today in Vietnam, as an officer types it.
    static func today(plusDays days: Int = 0) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        formatter.dateFormat = "dd/MM/yyyy"
        return formatter.string(from: Date().addingTimeInterval(Double(days) * 86_400))
    }

    func show(_ cli: CLI, _ id: String) throws -> [String: Any] {
        try #require(try cli.json(["show", id]) as? [String: Any])
    }

    /// The ids `remind --date D --json` lists for `login` under `key` (overdue, due_soon, waiting).
    func reminded(_ cli: CLI, _ login: String, on date: String, _ key: String) throws -> [String] {
        let all = try #require(try cli.json(["remind", "--date", date]) as? [[String: Any]])
        let mine = all.first { $0["login"] as? String == login }
        return ((mine?[key] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
    }

    func refused(_ cli: CLI, _ arguments: [String], as login: String, rule: String, status: Int32 = 1,
                 sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try cli.contentDump()
        let output = try cli.run(arguments, as: login)
        #expect(output.status == status, "\(arguments): \(output.stderr)", sourceLocation: sourceLocation)
        // Issue 17: the rule's own sentence, no id in it; a usage error names what was typed.
        #expect(status == 2 ? output.stderr.contains(rule) : RefusalText.says(output.stderr, rule), "\(arguments): \(output.stderr)",
                sourceLocation: sourceLocation)
        #expect(try cli.contentDump() == before, sourceLocation: sourceLocation)
    }

    @Test func theChairsProposalGoesToTheProvinceAndComesBack() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try cast(cli)
        let file = cli.folder.appendingPathComponent("hoso.toml")
        try CommandLineTests.dossier.write(to: file, atomically: true, encoding: .utf8)

        // The chair's proposal is no longer refused: it stays with the ward's People's Committee.
        let created = try #require(try cli.json(["new", "--from", file.path], as: who.chair) as? [String: Any])
        let id = try #require(created["id"] as? String)
        #expect(created["unit"] as? String == created["reviewing_unit"] as? String)
        try cli.ok(["submit", id], as: who.chair)
        try cli.ok(["receive", id], as: who.clerk)

        // The ward does not review it, and only the ward's clerk forwards it.
        try refused(cli, ["decide", id, "--kind", "approve", "--number", "1/QĐ-UBND"], as: who.chair, rule: "routing.forward_required")
        try refused(cli, ["ballot", id, "--yes"] + CommandLineTests.checks, as: who.viceChair, rule: "routing.forward_required")
        try refused(cli, ["forward", id, "--letter", "215/UBND-VP", "--date", Self.today()], as: who.chair, rule: "actor.role")
        try refused(cli, ["forward", id, "--letter", "215/UBND-VP", "--date", Self.today()], as: who.officeClerk, rule: "actor.role")
        try refused(cli, ["forward", id, "--letter", " ", "--date", Self.today()], as: who.clerk, rule: "forward.letter")
        try refused(cli, ["forward", id, "--letter", "215/UBND-VP", "--date", Self.today(plusDays: 1)], as: who.clerk, rule: "forward.date")
        try refused(cli, ["forward", id, "--letter", "215/UBND-VP", "--date", "31/02/2026"], as: who.clerk, rule: "--date", status: 2)
        try refused(cli, ["outcome", id, "--decision", "1234/QĐ-UBND", "--date", Self.today(), "--result", "approved"], as: who.clerk, rule: "state.order")

        // Registered and not forwarded, the decision clock runs: eight weeks on, it is overdue.
        let later = Self.today(plusDays: 56)
        #expect(try reminded(cli, who.clerk, on: later, "overdue").contains(id))

        try cli.ok(["forward", id, "--letter", "215/UBND-VP", "--date", Self.today()], as: who.clerk)
        var shown = try show(cli, id)
        #expect(shown["state"] as? String == "forwarded")
        #expect((shown["forwarding"] as? [String: Any])?["letter_number"] as? String == "215/UBND-VP")
        #expect((shown["notices"] as? [String])?.contains("forwarded_to_province") == true)
        #expect(shown["due"] is NSNull)
        #expect(shown["overdue"] as? Bool == false)
        #expect((shown["steps"] as? [[String: Any]])?.first?["on_time"] as? Bool == true)
        #expect((shown["events"] as? [[String: Any]])?.last?["kind"] as? String == "forwarded")

        // Paused: nothing due or overdue, week after week; the clerk still has it waiting.
        for week in [1, 4, 8, 26] {
            let day = Self.today(plusDays: 7 * week)
            #expect(try !reminded(cli, who.clerk, on: day, "overdue").contains(id), "week \(week)")
            #expect(try !reminded(cli, who.clerk, on: day, "due_soon").contains(id), "week \(week)")
            #expect(try reminded(cli, who.clerk, on: day, "waiting").contains(id), "week \(week)")
        }
        let overdueList = try cli.ok(["list", "--overdue"], as: who.clerk)
        #expect(!overdueList.contains(id))

        // Forwarding twice, or another's proposal, is refused; so is an outcome by anyone but the clerk.
        try refused(cli, ["forward", id, "--letter", "216/UBND-VP", "--date", Self.today()], as: who.clerk, rule: "state.order")
        try refused(cli, ["outcome", id, "--decision", "1234/QĐ-UBND", "--date", Self.today(), "--result", "approved"],
                    as: who.chair, rule: "actor.role")
        try refused(cli, ["outcome", id, "--decision", "1234/QĐ-UBND", "--date", Self.today(), "--result", "maybe"],
                    as: who.clerk, rule: "maybe", status: 2)
        try refused(cli, ["outcome", id, "--decision", "1234/QĐ-UBND", "--date", Self.today(), "--result", "rejected"],
                    as: who.clerk, rule: "reason.required")

        try cli.ok(["outcome", id, "--decision", "1234/QĐ-UBND", "--date", Self.today(), "--result", "approved",
                    "--reason", "Phù hợp chủ trương của tỉnh"], as: who.clerk)
        shown = try show(cli, id)
        #expect(shown["state"] as? String == "approved")
        let outcome = try #require(shown["provincial_outcome"] as? [String: Any])
        #expect(outcome["result"] as? String == "approved")
        #expect(outcome["decision_number"] as? String == "1234/QĐ-UBND")
        #expect((shown["decision"] as? [String: Any])?["number"] as? String == "1234/QĐ-UBND")
        #expect((shown["events"] as? [[String: Any]])?.last?["kind"] as? String == "outcome_recorded")

        // An outcome is recorded once.
        try refused(cli, ["outcome", id, "--decision", "1235/QĐ-UBND", "--date", Self.today(), "--result", "rejected",
                          "--reason", "Lần hai"], as: who.clerk, rule: "state.order")

        // The public register lists the letter and the province's decision; verify passes.
        let register = try cli.ok(["register", "--format", "csv"], as: who.clerk)
        #expect(register.contains("215/UBND-VP"))
        #expect(register.contains("1234/QĐ-UBND"))
        try cli.ok(["verify"])
    }

    @Test func anOfficeProposalIsNotForwarded() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try cast(cli)
        let file = cli.folder.appendingPathComponent("hoso.toml")
        try CommandLineTests.dossier.write(to: file, atomically: true, encoding: .utf8)
        let created = try #require(try cli.json(["new", "--from", file.path], as: who.officeStaff) as? [String: Any])
        let id = try #require(created["id"] as? String)
        try cli.ok(["submit", id], as: who.officeStaff)
        try cli.ok(["receive", id], as: who.officeClerk)
        try refused(cli, ["forward", id, "--letter", "215/UBND-VP", "--date", Self.today()], as: who.officeClerk, rule: "routing.not_beyond_ward")
    }
}
