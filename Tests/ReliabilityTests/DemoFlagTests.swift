import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Issue 10, item 3: the demo flag that lets `DEXUAT_AS` play another officer comes from
/// the chain's first event. The attack "set meta.demo = 1, act with DEXUAT_AS, set it back,
/// rehash the tail" is refused at the acting step; a file whose chain was rewritten to let
/// it through is named by `verify` (played events in a real record) or, once every trace
/// was rehashed away, by `verify --against` a checkpoint written down before.
@Suite("Demo flag in the chain", .serialized, .tags(.slow), .skippedInFastLoop)
struct DemoFlagTests {
    final class Ward: @unchecked Sendable {
        let scratch: Scratch
        let path: String
        let draft: String
        init() throws {
            scratch = try Scratch("demo-flag")
            path = scratch.path("ward.sqlite")
            guard try Spawn.run([Binaries.torture, "setup", path]).status == 0 else { throw NSError(domain: "setup", code: 1) }
            draft = try Ledger.open(path: path).create(ConcurrencyTests.dossier("Bản nháp của An"), by: Actor(login: "nvan")).id
        }
        var cli: CLI { CLI(db: path) }

        func sql(_ text: String) throws {
            let queue = try Raw.queue(path)
            try queue.write { db in try db.execute(sql: text) }
            try queue.close()
        }

        func rewrite(_ edit: (inout EventChain.Row) -> Void) throws {
            try Rehash.rewrite(path, edit)
        }

        static func flipFirstEvent(to demo: Bool) -> (inout EventChain.Row) -> Void {
            { row in
                guard row.seq == 1 else { return }
                row.payload = row.payload.replacingOccurrences(of: "\"demo\":\(!demo)", with: "\"demo\":\(demo)")
            }
        }
    }

    @Test func theFlagComesFromTheFirstEventAndMetaMustAgree() throws {
        let ward = try Ward()
        let ledger = try Ledger.open(path: ward.path)
        #expect(try ledger.origin() == .real)
        #expect(try !ledger.isDemo())
        try ward.sql("UPDATE meta SET value = '1' WHERE key = 'demo'")
        #expect(try !ledger.isDemo(), "meta.demo alone does not make a demo")
        let scratch = try Scratch("demo-flag-demo")
        let demo = scratch.path("demo.sqlite")
        #expect(try Spawn.run([Binaries.torture, "setup", demo, "demo"]).status == 0)
        let demoLedger = try Ledger.open(path: demo)
        #expect(try demoLedger.origin() == .demo)
        #expect(try demoLedger.isDemo())
        let queue = try Raw.queue(demo)
        try queue.write { db in try db.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'demo'") }
        try queue.close()
        #expect(try !demoLedger.isDemo(), "a demo whose meta says real is treated as real")
        #expect(try demoLedger.verify().problems == [.recordDisagrees(table: "meta", key: "demo")])
        // An edited first event (not rehashed) says nothing: not a demo.
        try ward.sql("DROP TRIGGER event_no_update; UPDATE event SET payload = replace(payload, '\"demo\":false', '\"demo\":true') WHERE seq = 1")
        #expect(try ledger.origin() == .unknown)
        #expect(try !ledger.isDemo())
        let report = try ledger.verify()
        #expect(report.problems.contains(.originUnknown))
        #expect(report.problems.contains(.hashMismatch(seq: 1)))
    }

    @Test func theWholeAttackIsRefusedAtTheActingStepAndARewriteIsNamed() throws {
        let ward = try Ward()
        // The code printed on a document before the attack.
        let code = try Ledger.open(path: ward.path).chainHead().checkpoint

        // 1. meta.demo = 1, then act as nvan with DEXUAT_AS: refused, nothing written.
        try ward.sql("UPDATE meta SET value = '1' WHERE key = 'demo'")
        let before = try Raw.dump(ward.path)
        let played = try ward.cli.run(["submit", ward.draft], as: "nvan")
        #expect(played.status == 2, "\(played.stderr)")
        #expect(played.stderr.contains("DEXUAT_AS chỉ dùng được trên cơ sở dữ liệu tạo bởi `dexuat demo`"), "\(played.stderr)")
        #expect(try Raw.dump(ward.path) == before)
        // The ledger refuses it too, inside the write, whatever called it.
        let ledger = try Ledger.open(path: ward.path)
        #expect(throws: LedgerError.self) {
            try ledger.perform(.submit, on: ward.draft, by: Actor(login: "nvan", played: true))
        }
        #expect(try Raw.dump(ward.path) == before)
        let flagged = try ward.cli.run(["verify"])
        #expect(flagged.status == 3)
        #expect(flagged.stdout.contains("Bảng meta, demo:"), "\(flagged.stdout)")

        // 2. The first event rewritten to say demo and the chain rehashed: now DEXUAT_AS acts.
        try ward.rewrite(Ward.flipFirstEvent(to: true))
        #expect(try Ledger.open(path: ward.path).isDemo())
        let acted = try ward.cli.run(["submit", ward.draft], as: "nvan")
        #expect(acted.status == 0, "\(acted.stderr)")
        // While the file passes for a demo, its chain is consistent in itself, and every
        // code written before names the rewrite of the first event.
        #expect(try ward.cli.run(["verify"]).status == 0)
        let against = try ward.cli.run(["verify", "--against", code.code])
        #expect(against.status == 3)
        #expect(against.stdout.contains("Sự kiện #\(code.seq) không còn mã băm"), "\(against.stdout)")
        #expect(against.stdout.contains("viết lại"))

        // 3. Set back to real and rehashed: the played events are named.
        try ward.rewrite(Ward.flipFirstEvent(to: false))
        try ward.sql("UPDATE meta SET value = '0' WHERE key = 'demo'")
        let playedSeqs = try Raw.queue(ward.path, readonly: true).read { db in
            try Int64.fetchAll(db, sql: "SELECT seq FROM event WHERE played = 1")
        }
        #expect(!playedSeqs.isEmpty)
        let named = try Ledger.open(path: ward.path).verify()
        #expect(named.problems == playedSeqs.map { .playedOnRealRecord(seq: $0) }, "\(named.problems)")
        let cli = try ward.cli.run(["verify"])
        #expect(cli.status == 3)
        #expect(cli.stdout.contains("ghi bằng DEXUAT_AS"), "\(cli.stdout)")

        // 4. Every trace rehashed away: the history up to the code is again exactly what it
        // was, and what is left is one appended event under nvan's name. The chain cannot
        // tell it from an event dexuat wrote (nor from one forged by SQL without any demo
        // flag): it proves the history up to a published code, not who wrote what after
        // it. This is the limit docs/SECURITY.md states.
        try ward.rewrite { row in row.played = false }
        #expect(try Ledger.open(path: ward.path).verify().ok)
        #expect(try Ledger.open(path: ward.path).compare(with: code) == .matches)
    }

    /// A real record keeps every event of the ward's own officers acting under their own
    /// logins; `DEXUAT_AS` on a demo file still works (the demo's purpose).
    @Test func aDemoFileStillLetsDEXUATASPlay() throws {
        let scratch = try Scratch("demo-flag-play")
        let demo = scratch.path("demo.sqlite")
        #expect(try Spawn.run([Binaries.torture, "setup", demo, "demo"]).status == 0)
        let draft = try Ledger.open(path: demo).create(ConcurrencyTests.dossier("Bản nháp demo"), by: Actor(login: "nvan")).id
        let out = try CLI(db: demo).run(["submit", draft], as: "nvan")
        #expect(out.status == 0, "\(out.stderr)")
        let report = try Ledger.open(path: demo).verify()
        #expect(report.ok, "\(report.problems)")
    }
}
