import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Issue 16: `verify --since CODE` checks the chain after a checkpoint code and replays the
/// proposals that part touches; it says from which event it checked, and claims nothing
/// about the events up to the code.
@Suite("Verify since a checkpoint", .serialized, .tags(.slow), .skippedInFastLoop)
struct VerifySinceTests {
    /// The tamper fixture, a checkpoint code written down, then more work on proposals
    /// (the torture workload for a second) and officers saved after it.
    final class Source: @unchecked Sendable {
        let base: TamperTests.Source
        let path: String
        let code: ChainCheckpoint
        init() throws {
            base = try TamperTests.Source()
            let (path, code) = try base.copy("since")
            self.path = path
            self.code = code
            _ = try Spawn.run([Binaries.torture, "crash", path, "43", "1"])
            let ledger = try Ledger.open(path: path)
            try ledger.save(Officer(login: "tv9", name: "Cán Bộ Thứ Chín", unitID: "VHXH", position: "Chuyên viên", isManaging: false),
                            by: Actor(login: "qtvien"))
        }

        func copy(_ name: String) throws -> String {
            let target = base.scratch.path(name + ".sqlite")
            try Ledger.open(path: path).backup(to: target)
            return target
        }
    }

    @Test func aGoodFileVerifiesAfterTheCodeAndSaysFromWhere() throws {
        let source = try Source()
        let ledger = try Ledger.open(path: source.path)
        let head = try ledger.chainHead()
        let result = try ledger.verify(since: source.code)
        #expect(result.ok, "\(result.report.problems)")
        #expect(result.finding == .matches)
        #expect(result.firstSeq == source.code.seq + 1 && result.lastSeq == head.checkpoint.seq)
        #expect(Int64(result.report.events) == head.checkpoint.seq - source.code.seq)
        #expect(result.report.tipHash == head.hash)
        let touched = try Raw.queue(source.path, readonly: true).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT proposal_id) FROM event WHERE seq > ?", arguments: [source.code.seq]) ?? 0
        }
        #expect(touched > 0, "the workload touched proposals after the code")
        #expect(result.report.proposals == touched)
        // Shared out in small pieces, the same result.
        #expect(try ledger.verify(since: source.code, parallelism: VerifyParallelism(workers: 3, eventsPerChunk: 3, proposalsPerChunk: 1)) == result)
        #expect(try ledger.verify(since: source.code, parallelism: .single) == result)

        let cli = try CLI(db: source.path).run(["verify", "--since", source.code.code])
        #expect(cli.status == 0, "\(cli.stdout) \(cli.stderr)")
        #expect(cli.stdout.contains("Toàn vẹn từ sau mã kiểm tra \(source.code.code)"), "\(cli.stdout)")
        #expect(cli.stdout.contains("#\(source.code.seq + 1) đến #\(head.checkpoint.seq)"), "\(cli.stdout)")
        #expect(cli.stdout.contains("Các sự kiện đến #\(source.code.seq)"), "\(cli.stdout)")
        // SQLite's check of every page is the full verify's, and said to be left.
        #expect(cli.stdout.contains("các trang của tệp cơ sở dữ liệu không được SQLite kiểm tra"), "\(cli.stdout)")
        let english = try CLI(db: source.path).run(["verify", "--since", source.code.code, "--lang", "en"])
        #expect(english.status == 0)
        #expect(english.stdout.contains("Intact after checkpoint \(source.code.code)"), "\(english.stdout)")
        #expect(english.stdout.contains("Events up to #\(source.code.seq) (before and at the checkpoint) were not rehashed"), "\(english.stdout)")
        #expect(english.stdout.contains("SQLite did not check the pages of the database file"), "\(english.stdout)")

        let json = try CLI(db: source.path).run(["verify", "--since", source.code.code, "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["ok"] as? Bool == true)
        #expect(object["since"] as? String == source.code.code)
        #expect(object["since_holds"] as? Bool == true)
        #expect((object["from_seq"] as? NSNumber)?.int64Value == source.code.seq + 1)
        #expect((object["to_seq"] as? NSNumber)?.int64Value == head.checkpoint.seq)
        #expect((object["problems"] as? [Any])?.isEmpty == true)
        // SQLite's page check is left to the whole verify, and the JSON says so too.
        #expect(object["pages_checked"] as? Bool == false)
    }

    /// The code of the head itself: nothing after it, nothing to replay, intact.
    @Test func theHeadsOwnCodeChecksNothingAndSaysSo() throws {
        let source = try Source()
        let head = try Ledger.open(path: source.path).chainHead().checkpoint
        let result = try Ledger.open(path: source.path).verify(since: head)
        #expect(result.ok && result.report.events == 0 && result.report.proposals == 0)
        let cli = try CLI(db: source.path).run(["verify", "--since", head.code])
        #expect(cli.status == 0)
        #expect(cli.stdout.contains(": 0 sự kiện"), "\(cli.stdout)")
    }

    /// Each kind of edit after the code: a byte of a payload, an event deleted, a
    /// proposal's row edited; each found, exit 3, the message saying from where it checked.
    @Test func aTamperedEventAfterTheCodeIsFound() throws {
        let source = try Source()
        let target = try Raw.queue(source.path, readonly: true).read { db in
            try Int64.fetchOne(db, sql: "SELECT MIN(seq) FROM event WHERE seq > ? AND proposal_id IS NOT NULL AND kind <> 'created'",
                               arguments: [source.code.seq])
        }
        let seq = try #require(target)
        let edits: [(String, @Sendable (VerifyReport) -> Bool)] = [
            ("UPDATE event SET reason = reason || '.' WHERE seq = \(seq)", { $0.problems.contains(.hashMismatch(seq: seq)) }),
            ("DELETE FROM event WHERE seq = \(seq)", { $0.problems.contains(.gap(afterSeq: seq - 1, nextSeq: seq + 1)) }),
            ("UPDATE event SET payload = replace(payload, 'a', 'b') WHERE seq = \(seq)", { $0.problems.contains(.hashMismatch(seq: seq)) }),
            ("UPDATE proposal SET title = 'Khác' WHERE id = (SELECT proposal_id FROM event WHERE seq = \(seq))",
             { $0.problems.contains { if case .stateDisagrees = $0 { true } else { false } } }),
            ("UPDATE proposal_fact SET state = 'closed' WHERE seq = (SELECT p.seq FROM proposal p JOIN event e ON e.proposal_id = p.id WHERE e.seq = \(seq))",
             { $0.problems.contains { if case .stateDisagrees = $0 { true } else { false } } }),
            ("UPDATE officer SET managing = 1 WHERE login = 'tv9'", { $0.problems.contains(.recordDisagrees(table: "officer", key: "tv9")) }),
        ]
        for (index, (sql, found)) in edits.enumerated() {
            let path = try source.copy("after-\(index)")
            try TamperTests.tamper(path) { db in try db.execute(sql: sql) }
            let ledger = try Ledger.open(path: path, readOnly: true)
            let result = try ledger.verify(since: source.code)
            #expect(result.finding == .matches)
            #expect(!result.ok && found(result.report), "\(sql): \(result.report.problems)")
            #expect(try ledger.verify(since: source.code, parallelism: VerifyParallelism(workers: 2, eventsPerChunk: 4, proposalsPerChunk: 1)) == result)
            let cli = try CLI(db: path).run(["verify", "--since", source.code.code])
            #expect(cli.status == 3, "\(sql): \(cli.stdout)")
            #expect(cli.stderr.contains("Lịch sử sau mã kiểm tra \(source.code.code) đã bị can thiệp (kiểm tra từ sự kiện #\(source.code.seq + 1))"),
                    "\(cli.stderr)")
            #expect(cli.stdout.contains("Các sự kiện đến #\(source.code.seq)"), "\(cli.stdout)")
            let json = try CLI(db: path).run(["verify", "--since", source.code.code, "--json"])
            #expect(json.status == 3)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            #expect(object["ok"] as? Bool == false)
            #expect((object["problems"] as? [Any])?.isEmpty == false)
        }
    }

    /// Issue 16, round three: the conflict declarations and act numbers are compared for the
    /// proposals the events after the code touch (read through their own events, not by
    /// kind over the whole chain) and for any row that names an event after the code; a
    /// row of a proposal no later event touches is left to `verify`, as that proposal's
    /// own row is, and `--since` passes saying what it did not check.
    @Test func theRegistersOfTouchedProposalsAreCheckedTheOthersLeftToVerify() throws {
        let source = try Source()
        let after = source.code.seq
        let found = try Raw.queue(source.path, readonly: true).read { db -> (String, Int64, String, Int64, Int64)? in
            // A proposal with events on both sides of the code if there is one; one the
            // events after the code do not touch, or else an id no event names (its rows
            // are as far outside the scope).
            guard let touched = try String.fetchOne(db, sql: """
                    SELECT proposal_id FROM event WHERE seq > ? AND proposal_id IS NOT NULL
                    ORDER BY proposal_id IN (SELECT proposal_id FROM event WHERE seq <= ?) DESC, seq LIMIT 1
                    """, arguments: [after, after]),
                  let early = try Int64.fetchOne(db, sql: "SELECT MIN(seq) FROM event WHERE proposal_id = ?", arguments: [touched]),
                  let last = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM event")
            else { return nil }
            let untouched = try String.fetchOne(db, sql: """
                SELECT id FROM proposal WHERE id NOT IN (SELECT proposal_id FROM event WHERE seq > ? AND proposal_id IS NOT NULL)
                ORDER BY seq LIMIT 1
                """, arguments: [after]) ?? "2026-999999"
            let old = try Int64.fetchOne(db, sql: "SELECT MIN(seq) FROM event WHERE proposal_id = ?", arguments: [untouched]) ?? 1
            return (touched, early, untouched, old, last)
        }
        let (touched, early, untouched, old, last) = try #require(found)
        func conflict(_ seq: Int64, _ id: String) -> (String, VerifyReport.Problem) {
            ("INSERT INTO conflict_declaration (seq, proposal_id, officer, reason, day) VALUES (\(seq), '\(id)', 'tv9', 'Anh em ruột', '2026-01-05')",
             .recordDisagrees(table: "conflict_declaration", key: "\(id) tv9 (seq \(seq))"))
        }
        func act(_ seq: Int64, _ id: String) -> (String, VerifyReport.Problem) {
            ("""
             INSERT INTO act_number (event_seq, proposal_id, kind, code, symbol, year, number, reference, day)
             VALUES (\(seq), '\(id)', 'decision', 'UBND', 'QĐ', 2026, 999, '999/QĐ-UBND', '2026-01-05')
             """, .recordDisagrees(table: "act_number", key: "\(id) (seq \(seq))"))
        }
        // (name, edit, finding, whether --since must see it)
        let cases: [(String, (String, VerifyReport.Problem), Bool)] = [
            ("conflict-touched", conflict(early, touched), true),
            ("conflict-later-event", conflict(last, untouched), true),
            ("conflict-untouched", conflict(old, untouched), false),
            ("act-touched", act(early, touched), true),
            ("act-later-event", act(last, untouched), true),
            ("act-untouched", act(old, untouched), false),
        ]
        for (name, (sql, problem), seen) in cases {
            let path = try source.copy(name)
            try TamperTests.tamper(path) { db in try db.execute(sql: sql) }
            let ledger = try Ledger.open(path: path, readOnly: true)
            let since = try ledger.verify(since: source.code)
            #expect(since.finding == .matches)
            #expect(since.report.problems.contains(problem) == seen, "\(name): \(since.report.problems)")
            #expect(since.ok == !seen, "\(name): \(since.report.problems)")
            #expect(try ledger.verify().problems.contains(problem), "\(name)")
            let cli = try CLI(db: path).run(["verify", "--since", source.code.code])
            #expect(cli.status == (seen ? 3 : 0), "\(name): \(cli.stdout)")
        }
    }

    /// An event up to the code edited without touching its hash: `--since` does not claim
    /// to have checked it (it says up to which event it did not rehash), `verify` finds it.
    @Test func aTamperedEventBeforeTheCodeIsNotClaimedChecked() throws {
        let source = try Source()
        let path = try source.copy("before")
        // The local time of an early administrative event: nothing replays it, only its hash holds it.
        try TamperTests.tamper(path) { db in
            try db.execute(sql: "UPDATE event SET at_local = replace(at_local, '+07:00', '+07:01') WHERE seq = 3")
        }
        let since = try CLI(db: path).run(["verify", "--since", source.code.code])
        #expect(since.status == 0, "\(since.stdout)")
        #expect(since.stdout.contains("Các sự kiện đến #\(source.code.seq) (trước và tại mã kiểm tra) không được tính lại băm"), "\(since.stdout)")
        let whole = try CLI(db: path).run(["verify"])
        #expect(whole.status == 3)
        #expect(try Ledger.open(path: path).verify().problems.contains(.hashMismatch(seq: 3)))
    }

    /// A code that does not hold (the history rewritten up to it, or it names an event the
    /// file does not have) is refused with exit 3, nothing checked from it; a code copied
    /// wrong (its check character disagrees) or not a code is bad input, exit 2.
    @Test func anUnknownOrWrongCodeIsRefused() throws {
        let source = try Source()
        let head = try Ledger.open(path: source.path).chainHead()
        let beyond = ChainCheckpoint(seq: head.checkpoint.seq + 1000, hash: head.hash)
        let other = ChainCheckpoint(seq: source.code.seq, hash: String(repeating: "ab", count: 32))
        for (code, finding) in [(beyond, CheckpointFinding.truncated(lastSeq: head.checkpoint.seq)), (other, .rewritten)] {
            let result = try Ledger.open(path: source.path).verify(since: code)
            #expect(result.finding == finding && !result.ok && result.report.events == 0)
            let cli = try CLI(db: source.path).run(["verify", "--since", code.code])
            #expect(cli.status == 3, "\(cli.stdout)")
            #expect(cli.stderr.contains("Mã kiểm tra \(code.code) không còn khớp với lịch sử"), "\(cli.stderr)")
            let english = try CLI(db: source.path).run(["verify", "--since", code.code, "--lang", "en"])
            #expect(english.status == 3)
            #expect(english.stderr.contains("Checkpoint \(code.code) no longer matches the history"), "\(english.stderr)")
            let json = try CLI(db: source.path).run(["verify", "--since", code.code, "--json"])
            #expect(json.status == 3)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            #expect(object["since_holds"] as? Bool == false)
        }
        var mistyped = Array(source.code.code)
        mistyped[mistyped.count - 1] = mistyped.last == "A" ? "B" : "A"
        for text in [String(mistyped), "hôm qua", "12"] {
            let cli = try CLI(db: source.path).run(["verify", "--since", text])
            #expect(cli.status == 2, "\(text): \(cli.stderr)")
            #expect(cli.stderr.contains("--since: Mã kiểm tra không hợp lệ"), "\(cli.stderr)")
        }
        let both = try CLI(db: source.path).run(["verify", "--since", source.code.code, "--register", "-"], input: "")
        #expect(both.status == 2, "\(both.stderr)")
    }

    /// `verify --json` on the whole chain: the same keys, `since` null.
    @Test func wholeVerifyInJSON() throws {
        let source = try Source()
        let json = try CLI(db: source.path).run(["verify", "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["ok"] as? Bool == true)
        #expect(object["since"] is NSNull)
        #expect((object["from_seq"] as? NSNumber)?.int64Value == 1)
        let head = try Ledger.open(path: source.path).chainHead()
        #expect(object["tip_hash"] as? String == head.hash)
        #expect(object["pages_checked"] as? Bool == true)
    }
}
