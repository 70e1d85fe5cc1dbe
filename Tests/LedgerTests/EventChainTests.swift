import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

extension LedgerFixture {
    /// A proposal taken from draft to in progress: receipt, Party opinion, both members'
    /// checklists and ballots, the head's approval, resources and a progress note.
    @discardableResult
    func inProgress(_ title: String = "Số hóa sổ tiếp nhận hồ sơ", at date: Date = LedgerFixture.origin) throws -> Proposal {
        let id = try received(title, at: date).id
        let answers = ChecklistTemplate.standardItems.map { ChecklistAnswer(itemID: $0.id, verdict: .met, comment: "Đạt") }
        try ledger.perform(.partyOpinion(stance: .agree, text: "Chi bộ đồng ý", committee: "Đảng ủy phường"), on: id,
                           by: Actor(login: Ward.liaison), at: date)
        for member in [Ward.head, Ward.deputy] {
            try ledger.perform(.checklist(answers: answers), on: id, by: Actor(login: member), at: date)
            try ledger.perform(.ballot(inFavour: true, comment: "Tán thành"), on: id, by: Actor(login: member), at: date)
        }
        try ledger.perform(.decide(kind: .approve, number: "12/QĐ-VHXH", reasons: "Khả thi", responsibilityStatement: ""),
                           on: id, by: Actor(login: Ward.head), at: date)
        try ledger.perform(.resource(fundingVND: 15_000_000, staff: "2 chuyên viên", equipment: "1 máy quét", reassignment: "",
                                     noneNeededReason: ""), on: id, by: Actor(login: Ward.head), at: date)
        return try ledger.perform(.progress(percent: 20, note: "Đã quét 200 hồ sơ"), on: id, by: Actor(login: Ward.staff), at: date)
    }

    /// Runs raw SQL with the append-only triggers dropped: what someone editing the file
    /// with a sqlite3 shell could do.
    func tamper(_ body: (Database) throws -> Void) throws {
        try rawQueue().write { db in
            try db.execute(sql: "DROP TRIGGER event_no_update; DROP TRIGGER event_no_delete")
            try body(db)
        }
    }

    func eventSeq(kind: String, proposal id: String) throws -> Int64 {
        let seq = try rawQueue().read { db in
            try Int64.fetchOne(db, sql: "SELECT seq FROM event WHERE kind = ? AND proposal_id = ? ORDER BY seq LIMIT 1", arguments: [kind, id])
        }
        return try #require(seq)
    }
}

@Suite("Event chain and verify")
struct EventChainTests {
    // MARK: - The canonical form

    static let sample = EventChain.Row(
        seq: 1, proposalID: nil, kind: "database_created", actor: "qtvien", onBehalfOf: nil, played: false,
        atUTC: "2025-03-03T02:00:00.000Z", atLocal: "2025-03-03T09:00:00.000+07:00", reason: "",
        payload: "{\"x\":\"Đề xuất\"}", prevHash: EventChain.genesis, hash: "")

    @Test func canonicalBytesAreLengthPrefixedFields() {
        let text = String(decoding: EventChain.canonical(Self.sample), as: UTF8.self)
        let expected = "64:" + EventChain.genesis + "\n1:1\n0:\n16:database_created\n6:qtvien\n0:\n1:0\n"
            + "24:2025-03-03T02:00:00.000Z\n29:2025-03-03T09:00:00.000+07:00\n0:\n20:{\"x\":\"Đề xuất\"}\n"
        #expect(text == expected)
        #expect(EventChain.genesis == String(repeating: "0", count: 64))
    }

    /// A fixed vector (computed independently with Python's hashlib), so that the chain
    /// format cannot drift without this test noticing: old files would stop verifying.
    @Test func hashOfAKnownRow() {
        #expect(EventChain.hash(Self.sample) == "488078b14a00ff88f0ea78fa0374a7ab1c430dca6965dd4e7310d364ff3b3d9a")
    }

    /// Moving text across a field boundary changes the hash, even when the fields
    /// joined by newlines would read the same.
    @Test func fieldBoundariesAreUnambiguous() {
        var a = Self.sample
        a.reason = "lý do\ncó"
        a.payload = "{}"
        var b = Self.sample
        b.reason = "lý do"
        b.payload = "có\n{}"
        #expect(EventChain.hash(a) != EventChain.hash(b))
        var c = Self.sample
        c.onBehalfOf = ""
        var d = Self.sample
        d.played = true
        #expect(EventChain.hash(c) == EventChain.hash(Self.sample), "a missing on-behalf-of is the empty field")
        #expect(EventChain.hash(d) != EventChain.hash(Self.sample))
    }

    @Test func storedEventsFormAChain() throws {
        let fixture = try LedgerFixture()
        try fixture.inProgress()
        let rows = try fixture.rawQueue().read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM event ORDER BY seq").map(EventChain.row(from:))
        }
        #expect(rows.count > 20)
        var previous = EventChain.genesis
        for (index, row) in rows.enumerated() {
            #expect(row.seq == Int64(index + 1))
            #expect(row.prevHash == previous)
            #expect(row.hash == EventChain.hash(row))
            #expect(row.hash.count == 64)
            previous = row.hash
        }
        #expect(rows.first?.kind == "database_created")
        let report = try fixture.ledger.verify()
        #expect(report.tipHash == previous)
    }

    // MARK: - Append-only

    @Test func everyEventSaysWhoWhenInUTCAndInVietnamWhatAndWhy() throws {
        let fixture = try LedgerFixture()
        // 09:00 in Vietnam on 3 March 2025 is 02:00 UTC.
        let proposal = try fixture.draft(at: LedgerFixture.origin)
        try fixture.ledger.perform(.withdraw(reason: "Trùng với đề xuất khác"), on: proposal.id, by: Actor(login: Ward.staff),
                                   at: LedgerFixture.origin.addingTimeInterval(60))
        let rows = try fixture.rawQueue().read { db in
            try Row.fetchAll(db, sql: "SELECT actor, at_utc, at_local, kind, reason, proposal_id FROM event WHERE proposal_id = ? ORDER BY seq",
                             arguments: [proposal.id])
        }
        #expect(rows.count == 2)
        #expect(rows[0]["at_utc"] as String? == "2025-03-03T02:00:00.000Z")
        #expect(rows[0]["at_local"] as String? == "2025-03-03T09:00:00.000+07:00")
        #expect(rows[1]["kind"] as String? == "withdrawn")
        #expect(rows[1]["reason"] as String? == "Trùng với đề xuất khác")
        #expect(rows.allSatisfy { $0["actor"] as String? == Ward.staff })
    }

    @Test func triggersBlockUpdateAndDeleteOfEvents() throws {
        let fixture = try LedgerFixture()
        try fixture.draft()
        let before = try fixture.snapshot()
        let queue = try fixture.rawQueue()
        // v7-event-packing: the table refuses by its triggers, the view by being a view.
        for sql in ["UPDATE event_log SET data = x'00' WHERE seq = 2",
                    "UPDATE event_log SET seq = seq + 1000",
                    "UPDATE event_log SET prev_hash_odd = 'x' WHERE seq = 2",
                    "DELETE FROM event_log WHERE seq = 3",
                    "DELETE FROM event_log",
                    "UPDATE event SET reason = 'sửa' WHERE seq = 2",
                    "UPDATE event SET seq = seq + 1000",
                    "DELETE FROM event WHERE seq = 3",
                    "DELETE FROM event",
                    "INSERT INTO event (seq, kind, actor, played, at_utc, at_local, reason, payload, prev_hash, hash) VALUES (99, 'x', 'x', 0, '', '', '', '', '', '')"] {
            do {
                try queue.write { db in try db.execute(sql: sql) }
                Issue.record("\(sql) should have been refused")
            } catch {
                // The view's updates and deletes go through to the table's triggers; an insert has no way in.
                #expect("\(error)".contains(sql.hasPrefix("INSERT") ? "cannot modify event because it is a view" : "append-only"), "\(sql): \(error)")
            }
        }
        #expect(try fixture.snapshot() == before)
        #expect(try fixture.ledger.verify().ok)
    }

    // MARK: - Verify

    @Test func verifyPassesOnACleanDatabase() throws {
        let fixture = try LedgerFixture()
        try fixture.inProgress()
        try fixture.received("Đề xuất thứ hai")
        let draft = try fixture.draft("Bản nháp rút lại", by: Ward.staff2)
        try fixture.ledger.perform(.withdraw(reason: "Trùng ý tưởng"), on: draft.id, by: Actor(login: Ward.staff2))
        let report = try fixture.ledger.verify()
        #expect(report.ok, "\(report.problems)")
        #expect(report.events == (try fixture.eventCount()))
        #expect(report.proposals == 3)
        #expect(report.firstBadEvent == nil)
    }

    @Test func verifyFindsAnEditedEvent() throws {
        let fixture = try LedgerFixture()
        let proposal = try fixture.inProgress()
        let created = try fixture.eventSeq(kind: "created", proposal: proposal.id)
        // And an old administrative event: the office's name.
        let office = try #require(try fixture.rawQueue().read { db in
            try Int64.fetchOne(db, sql: "SELECT seq FROM event WHERE kind = 'unit_saved' AND payload LIKE '%VHXH%'")
        })
        try fixture.tamper { db in
            for seq in [created, office] {
                var row = EventChain.row(from: try #require(try Row.fetchOne(db, sql: "SELECT * FROM event WHERE seq = ?", arguments: [seq])))
                let flipped = flipOneCharacter(row.payload)
                #expect(flipped != row.payload)
                row.payload = flipped
                // v7-event-packing: repacked into event_log with the stored hash kept.
                try EventChain.overwrite(db, row)
            }
        }
        let report = try fixture.ledger.verify()
        #expect(!report.ok)
        #expect(report.problems.contains(.hashMismatch(seq: office)))
        #expect(report.problems.contains(.hashMismatch(seq: created)))
        #expect(report.firstBadEvent == min(office, created))
        // The stored hashes were left alone, so the links still hold: only the edited rows are named.
        #expect(!report.problems.contains { if case .brokenLink = $0 { true } else { false } })
    }

    @Test func verifyFindsADeletedEvent() throws {
        let fixture = try LedgerFixture()
        let proposal = try fixture.inProgress()
        let victim = try fixture.eventSeq(kind: "ballot_cast", proposal: proposal.id)
        try fixture.tamper { db in
            try db.execute(sql: "DELETE FROM event_log WHERE seq = ?", arguments: [victim])
        }
        let report = try fixture.ledger.verify()
        #expect(report.problems.contains(.gap(afterSeq: victim - 1, nextSeq: victim + 1)))
        #expect(report.problems.contains { if case .brokenLink(victim + 1, _) = $0 { true } else { false } })
        #expect(report.firstBadEvent == victim + 1)
        // The proposal's stored state counts a ballot that its history no longer has.
        #expect(report.problems.contains(.stateDisagrees(proposalID: proposal.id)))
    }

    @Test func verifyFindsTwoSwappedEvents() throws {
        let fixture = try LedgerFixture()
        let proposal = try fixture.inProgress()
        let a = try fixture.eventSeq(kind: "party_opinion", proposal: proposal.id)
        let b = try fixture.eventSeq(kind: "decided", proposal: proposal.id)
        #expect(a < b)
        try fixture.tamper { db in
            try db.execute(sql: "UPDATE event_log SET seq = -1 WHERE seq = ?", arguments: [a])
            try db.execute(sql: "UPDATE event_log SET seq = ? WHERE seq = ?", arguments: [a, b])
            try db.execute(sql: "UPDATE event_log SET seq = ? WHERE seq = -1", arguments: [b])
        }
        let report = try fixture.ledger.verify()
        #expect(!report.ok)
        #expect(report.firstBadEvent == a, "\(report.problems)")
        #expect(report.problems.contains(.hashMismatch(seq: a)))
        #expect(report.problems.contains(.hashMismatch(seq: b)))
    }

    @Test func verifyFindsAStoredStateThatDisagreesWithItsEvents() throws {
        let fixture = try LedgerFixture()
        let proposal = try fixture.inProgress()
        let other = try fixture.received("Đề xuất không bị sửa")
        // Edit the stored body behind the ledger's back (through the view, packed as dexuat packs).
        try fixture.rawQueue().write { db in
            try db.execute(sql: "UPDATE proposal_body SET body = json_set(body, '$.dossier.title', 'Tiêu đề bị sửa') WHERE id = ?",
                           arguments: [proposal.id])
        }
        #expect(try fixture.ledger.proposal(proposal.id)?.title == "Tiêu đề bị sửa")
        let report = try fixture.ledger.verify()
        #expect(report.problems == [.stateDisagrees(proposalID: proposal.id)])
        #expect(report.firstBadEvent == nil)
        #expect(!report.problems.contains(.stateDisagrees(proposalID: other.id)))
    }

    /// The inbox shows the proposal row's columns, not the body: a state or title edited
    /// there misleads every officer, so verify compares them too.
    @Test(arguments: [
        "state = 'approved'",
        "version = version + 1",
        "title = 'Tiêu đề khác'",
        "awaiting_receipt = 1",
        "last_actor = 'tqhung'",
        "reviewing_unit_id = 'UBND'",
    ])
    func verifyFindsEditedInboxColumns(_ assignment: String) throws {
        let fixture = try LedgerFixture()
        let proposal = try fixture.inProgress()
        let other = try fixture.received("Đề xuất không bị sửa")
        #expect(try fixture.ledger.verify().ok)
        try fixture.rawQueue().write { db in
            try db.execute(sql: "UPDATE proposal SET \(assignment) WHERE id = ?", arguments: [proposal.id])
        }
        let report = try fixture.ledger.verify()
        #expect(report.problems == [.stateDisagrees(proposalID: proposal.id)], "\(assignment)")
        #expect(!report.problems.contains(.stateDisagrees(proposalID: other.id)))
    }

    /// A body that no longer decodes is a finding of verify, not a failure of it.
    @Test func verifyReportsAnUnreadableBody() throws {
        let fixture = try LedgerFixture()
        let proposal = try fixture.received()
        try fixture.rawQueue().write { db in
            try db.execute(sql: "UPDATE proposal_body SET body = '{\"id\": 1' WHERE id = ?", arguments: [proposal.id])
        }
        let report = try fixture.ledger.verify()
        #expect(report.problems == [.stateDisagrees(proposalID: proposal.id)])
    }

    @Test func verifyFindsAProposalWithoutHistory() throws {
        let fixture = try LedgerFixture()
        let proposal = try fixture.draft()
        try fixture.rawQueue().write { db in
            try db.execute(sql: """
                INSERT INTO proposal (id, version, state, awaiting_receipt, title, field, proposer, unit_id, reviewing_unit_id,
                    created_at, updated_at, last_actor, next_due, next_step, body_packing, body_size, body_dict, body_data)
                SELECT '2099-001', p.version, p.state, p.awaiting_receipt, p.title, p.field, p.proposer, p.unit_id, p.reviewing_unit_id,
                    p.created_at, p.updated_at, p.last_actor, p.next_due, p.next_step, 0,
                    length(CAST(json_set(b.body, '$.id', '2099-001') AS BLOB)), NULL, CAST(json_set(b.body, '$.id', '2099-001') AS BLOB)
                FROM proposal p JOIN proposal_body b ON b.seq = p.seq WHERE p.id = ?
                """, arguments: [proposal.id])
        }
        let report = try fixture.ledger.verify()
        #expect(report.problems == [.stateDisagrees(proposalID: "2099-001")])
    }
}

/// Changes exactly one character: the first "ó" to "o", else the first "a" to "b".
func flipOneCharacter(_ text: String) -> String {
    var characters = Array(text)
    if let index = characters.firstIndex(of: "ó") {
        characters[index] = "o"
    } else if let index = characters.firstIndex(of: "a") {
        characters[index] = "b"
    }
    return String(characters)
}
