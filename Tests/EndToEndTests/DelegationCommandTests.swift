import Foundation
import Testing

/// PROCEDURE.md §7.5 by commands alone, on a demo database: every delegation case (in
/// force: the event and the decision document show it; before its first day, after its
/// last, revoked, a step not delegated, the deputy's own proposal, to a non-deputy or
/// across units; the head still acts), the appointment of an officer in charge (acts as
/// head; refused while the post is filled; revoked ends it), and `verify` after it all.
@Suite(.serialized, .tags(.slow), .skippedInFastLoop) struct DelegationCommandTests {
    typealias Conflicts = ConflictCommandTests

    /// Refused with `code`, exit 1, nothing changed.
    static func expectRefusal(_ cli: CLI, _ arguments: [String], as login: String, code: String, saying words: String,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try cli.contentDump()
        let out = try cli.run(arguments, as: login)
        #expect(out.status == 1, "\(arguments) as \(login): \(out.stderr)", sourceLocation: sourceLocation)
        #expect(RefusalText.says(out.stderr, code), "\(arguments): \(out.stderr)", sourceLocation: sourceLocation)
        #expect(out.stderr.contains(words), "\(out.stderr)", sourceLocation: sourceLocation)
        #expect(try cli.contentDump() == before, "\(arguments) as \(login) changed the database", sourceLocation: sourceLocation)
    }

    static func delegate(_ to: String, from: String, until: String, steps: String, number: String, date: String) -> [String] {
        ["delegate", "--to", to, "--from", from, "--until", until, "--steps", steps, "--number", number, "--date", date]
    }

    /// The last event of a proposal in `show --json`.
    static func lastEvent(_ cli: CLI, _ id: String) throws -> [String: Any] {
        let shown = try #require(try cli.json(["show", id]) as? [String: Any])
        return try #require((shown["events"] as? [[String: Any]])?.last)
    }

    static func position(_ cli: CLI, _ login: String) throws -> String {
        let officers = try #require(try cli.json(["officer", "list"]) as? [[String: Any]])
        return try #require(officers.first { $0["login"] as? String == login }?["position"] as? String)
    }

    func officersByLogin(_ cli: CLI) throws -> [String: String] {
        let officers = try #require(try cli.json(["officer", "list"]) as? [[String: Any]])
        return officers.reduce(into: [:]) { $0[$1["login"] as? String ?? ""] = $1["name"] as? String }
    }

    @Test func everyDelegationCase() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try CommandLineTests().cast(cli)
        let deputy = try #require(who.deputies.first)
        // The demo ward's own delegation in the office (05/UQ-VHXH) revoked first: a clean slate.
        try cli.ok(["delegate", "revoke", "05/UQ-VHXH"], as: who.head)

        // Usage errors exit 2.
        for arguments in [["delegate", "--to", deputy], Self.delegate(deputy, from: "31/02/2026", until: "01/03/2026", steps: "decide", number: "1", date: "01/12/2026"),
                          Self.delegate(deputy, from: "01/01/2026", until: "01/03/2026", steps: "decide,vote", number: "1", date: "01/12/2026"),
                          ["appoint", "--unit", "VHXH"]] {
            #expect(try cli.run(arguments, as: who.head).status == 2, "\(arguments)")
        }
        // To someone not a deputy of the head's unit: a staff member, the clerk, a deputy of another unit.
        let officers = try #require(try cli.json(["officer", "list"]) as? [[String: Any]])
        let otherDeputy = try #require(officers.first { o in
            ((o["grants"] as? [[String: Any]]) ?? []).contains { $0["role"] as? String == "deputy" && $0["unit"] as? String != "VHXH" }
        }?["login"] as? String)
        for other in [who.proposer, who.clerk, otherDeputy] {
            try Self.expectRefusal(cli, Self.delegate(other, from: "01/01/2020", until: "31/12/2099", steps: "decide", number: "01/UQ", date: "01/12/2026"),
                                   as: who.head, code: "delegation.not_deputy", saying: "cấp phó của cùng cơ quan")
        }
        // By someone who heads nothing; a period that ends before it starts.
        try Self.expectRefusal(cli, Self.delegate(deputy, from: "01/01/2020", until: "31/12/2099", steps: "decide", number: "01/UQ", date: "01/12/2026"),
                               as: deputy, code: "actor.role", saying: "Người đứng đầu")
        try Self.expectRefusal(cli, Self.delegate(deputy, from: "01/03/2026", until: "01/01/2026", steps: "decide", number: "01/UQ", date: "01/12/2026"),
                               as: who.head, code: "delegation.period", saying: "ngày kết thúc")

        // In force: receipt and decision, for the head.
        try cli.ok(Self.delegate(deputy, from: "01/01/2020", until: "31/12/2099", steps: "receive,decide", number: "15/UQ-VHXH", date: "01/12/2026"),
                   as: who.head)
        try Self.expectRefusal(cli, Self.delegate(deputy, from: "01/01/2020", until: "31/12/2099", steps: "conclude", number: "15/UQ-VHXH", date: "01/12/2026"),
                               as: who.head, code: "delegation.number_taken", saying: "15/UQ-VHXH")
        let id = try Conflicts.submitted(cli, by: who.proposer)
        try cli.ok(["receive", id], as: deputy)
        let receipt = try Self.lastEvent(cli, id)
        #expect(receipt["actor"] as? String == deputy)
        let acting = try #require(receipt["acting"] as? [String: Any])
        #expect(acting["basis"] as? String == "delegation")
        #expect(acting["head"] as? String == who.head)
        #expect(acting["number"] as? String == "15/UQ-VHXH")
        #expect(receipt["on_behalf_of"] == nil || receipt["on_behalf_of"] is NSNull)
        // The timeline of `show` (the Desk's detail pane) marks it too.
        let headName = try #require(officersByLogin(cli)[who.head])
        #expect(try cli.ok(["show", id]).contains("(ký thay \(headName))"))
        try cli.ok(["party-opinion", id] + Conflicts.opinion, as: who.liaison)
        for member in [who.head] + who.deputies {
            try cli.ok(["ballot", id, "--yes", "--comment", "Đồng ý"] + CommandLineTests.checks, as: member)
        }
        try cli.ok(["decide", id, "--kind", "approve", "--number", "12/QĐ-VHXH", "--reasons", "Tập thể thống nhất"], as: deputy)
        #expect(try Self.lastEvent(cli, id)["acting"] is [String: Any])
        // The decision is signed "KT. <the head's title>" over the deputy's title and name,
        // the titles without the unit's name (NĐ 30/2020, Phụ lục I, mục II).
        let html = try cli.ok(["document", id, "--kind", "decision", "--format", "html"], as: who.clerk)
        let text = html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        #expect(try Self.position(cli, who.head).uppercased().hasPrefix("TRƯỞNG PHÒNG"))
        let deputyTitle = try Self.position(cli, deputy).uppercased()
        #expect(text.contains("KT. TRƯỞNG PHÒNG\(deputyTitle)"), "\(text.suffix(600))")
        // A step not delegated (resourcing): refused; the head still acts.
        try Self.expectRefusal(cli, ["resource", id, "--funding", "15 triệu", "--staff", "2 công chức"], as: deputy,
                               code: "delegation.step_not_delegated", saying: "không có trong nội dung ủy quyền")
        try cli.ok(["resource", id, "--funding", "15 triệu", "--staff", "2 công chức"], as: who.head)
        #expect(try Self.lastEvent(cli, id)["acting"] is NSNull)

        // Revoked, expired, not yet in force: each refused with its reason; the head receives.
        try cli.ok(["delegate", "revoke", "15/UQ-VHXH"], as: who.head)
        #expect(try cli.run(["delegate", "revoke", "15/UQ-VHXH"], as: who.head).status == 1)
        let second = try Conflicts.submitted(cli, by: who.proposer)
        try Self.expectRefusal(cli, ["receive", second], as: deputy, code: "delegation.revoked", saying: "thu hồi")
        try cli.ok(Self.delegate(deputy, from: "01/01/2020", until: "31/12/2020", steps: "receive", number: "17/UQ-VHXH", date: "02/12/2026"),
                   as: who.head)
        try Self.expectRefusal(cli, ["receive", second], as: deputy, code: "delegation.expired", saying: "hết thời hạn")
        try cli.ok(Self.delegate(deputy, from: "01/01/2099", until: "31/12/2099", steps: "receive", number: "18/UQ-VHXH", date: "03/12/2026"),
                   as: who.head)
        try Self.expectRefusal(cli, ["receive", second], as: deputy, code: "delegation.not_yet_in_force", saying: "chưa có hiệu lực")
        let english = try cli.run(["receive", second, "--lang", "en"], as: deputy)
        #expect(english.status == 1 && english.stderr.contains("not yet in force"))
        try cli.ok(["receive", second], as: who.head)

        // Never on the deputy's own proposal, even with a delegation in force.
        try cli.ok(Self.delegate(deputy, from: "01/01/2020", until: "31/12/2099", steps: "receive", number: "19/UQ-VHXH", date: "04/12/2026"),
                   as: who.head)
        let own = try Conflicts.submitted(cli, by: deputy)
        try Self.expectRefusal(cli, ["receive", own], as: deputy, code: "conflict.own_proposal", saying: "là người đề xuất")
        try cli.ok(["receive", own], as: who.clerk)

        let list = try #require(try cli.json(["delegate", "list"]) as? [String: Any])
        let statuses = ((list["delegations"] as? [[String: Any]]) ?? []).reduce(into: [String: String]()) {
            $0[$1["number"] as? String ?? ""] = $1["status"] as? String
        }
        #expect(statuses == ["02/UQ-KTHTĐT": "expired", "05/UQ-VHXH": "revoked", "15/UQ-VHXH": "revoked", "17/UQ-VHXH": "expired",
                             "18/UQ-VHXH": "not_yet", "19/UQ-VHXH": "in_force"])
        #expect(try cli.ok(["delegate", "list"]).contains("đang có hiệu lực"))
        #expect(try cli.run(["verify"]).status == 0)
    }

    @Test func anOfficerInChargeOfAVacantPost() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try CommandLineTests().cast(cli)
        let deputy = try #require(who.deputies.first)
        let chair = try #require(try Conflicts.holders(cli, "head", in: "UBND").first)
        let admin = try #require(try Conflicts.holders(cli, "admin", in: "UBND").first)
        let appoint = ["appoint", "--unit", "VHXH", "--officer", deputy, "--number", "12/QĐ-UBND", "--date", "05/12/2026"]

        // The post is filled: refused.
        try Self.expectRefusal(cli, appoint, as: chair, code: "appointment.post_not_vacant", saying: "đang có người đứng đầu")
        try cli.ok(["officer", "revoke", who.head, "head", "--unit", "VHXH"], as: admin)
        // Only the superior unit's head appoints, and only an officer of the unit.
        try Self.expectRefusal(cli, appoint, as: deputy, code: "actor.role", saying: "Người đứng đầu")
        try Self.expectRefusal(cli, ["appoint", "--unit", "VHXH", "--officer", chair, "--number", "12/QĐ-UBND", "--date", "05/12/2026"],
                               as: chair, code: "appointment.not_in_unit", saying: "cán bộ của cơ quan")
        try cli.ok(appoint, as: chair)

        // The officer in charge acts as head.
        let id = try Conflicts.submitted(cli, by: who.proposer)
        try cli.ok(["receive", id], as: deputy)
        let acting = try #require(try Self.lastEvent(cli, id)["acting"] as? [String: Any])
        #expect(acting["basis"] as? String == "appointment")
        #expect(acting["head"] is NSNull)
        #expect(acting["number"] as? String == "12/QĐ-UBND")
        #expect(try cli.ok(["show", id]).contains("(phụ trách)"))
        // The decision, by the officer in charge, is signed as a deputy signing for the head
        // (NĐ 30/2020, Điều 13 khoản 1): "KT." and the head's title, then their own.
        try cli.ok(["party-opinion", id] + Conflicts.opinion, as: who.liaison)
        for member in who.deputies {
            try cli.ok(["ballot", id, "--yes", "--comment", "Đồng ý"] + CommandLineTests.checks, as: member)
        }
        try cli.ok(["decide", id, "--kind", "approve", "--number", "13/QĐ-VHXH", "--reasons", "Tập thể thống nhất"], as: deputy)
        let html = try cli.ok(["document", id, "--kind", "decision", "--format", "html"], as: who.clerk)
        let text = html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        let own = try Self.position(cli, deputy)
        let headTitle = own.hasPrefix("Phó ") ? String(own.dropFirst(4)) : own
        #expect(text.contains("KT. \(headTitle.uppercased())"), "\(text.suffix(400))")
        #expect(text.contains(own.uppercased()))
        // Through to the evaluation: the officer in charge gets the head's offline evaluation form.
        try cli.ok(["resource", id, "--funding", "15 triệu", "--staff", "2 công chức"], as: deputy)
        try cli.ok(["result", id, "--summary", "Hoàn thành các chỉ tiêu", "--result", "1=yes:93%", "--result", "2=yes:640 lượt/tháng"],
                   as: who.proposer)
        try cli.ok(["party-opinion", id] + Conflicts.opinion, as: who.liaison)
        let form = try cli.run(["form", "export", id, "--kind", "evaluation"], as: deputy)
        #expect(form.status == 0, "\(form.stderr)")
        #expect(try cli.run(["form", "export", id, "--kind", "evaluation"], as: who.proposer).status == 1)

        // Revoked: no more.
        try cli.ok(["appoint", "revoke", "12/QĐ-UBND"], as: chair)
        let second = try Conflicts.submitted(cli, by: who.proposer)
        try Self.expectRefusal(cli, ["receive", second], as: deputy, code: "actor.role", saying: "Người đứng đầu")
        let list = try #require(try cli.json(["delegate", "list"]) as? [String: Any])
        #expect(((list["appointments"] as? [[String: Any]]) ?? []).first?["status"] as? String == "revoked")
        #expect(try cli.run(["verify"]).status == 0)
    }
}
