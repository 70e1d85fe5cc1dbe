import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// §5: the five ways of changing the history, each detected by `verify` or by
/// `verify --against` a checkpoint code written down before the change.
@Suite("Tamper evidence", .serialized, .tags(.slow), .skippedInFastLoop)
struct TamperTests {
    /// A file with a few hundred events: the ward, proposals through their steps, and at
    /// the end a few administrative events (officers saved) that no proposal replays.
    final class Source: @unchecked Sendable {
        let scratch: Scratch
        let path: String
        init() throws {
            scratch = try Scratch("tamper")
            path = scratch.path("source.sqlite")
            let setup = try Spawn.run([Binaries.torture, "setup", path])
            guard setup.status == 0 else { throw NSError(domain: "setup", code: 1) }
            _ = try Spawn.run([Binaries.torture, "crash", path, "42", "1"])
            let ledger = try Ledger.open(path: path)
            for n in 1...5 {
                try ledger.save(Officer(login: "tv\(n)", name: "Cán Bộ Thứ \(n)", unitID: "VHXH", position: "Chuyên viên", isManaging: false),
                                by: Actor(login: "qtvien"))
            }
        }

        /// A copy to tamper with, and the checkpoint written before.
        func copy(_ name: String) throws -> (String, ChainCheckpoint) {
            let target = scratch.path(name + ".sqlite")
            let ledger = try Ledger.open(path: path)
            try ledger.backup(to: target)
            return (target, try Ledger.open(path: target).chainHead().checkpoint)
        }
    }

    /// Raw SQL with the append-only triggers dropped, as with a sqlite3 shell.
    static func tamper(_ path: String, _ body: (Database) throws -> Void) throws {
        let queue = try Raw.queue(path)
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER event_no_update; DROP TRIGGER event_no_delete")
            try body(db)
        }
        try queue.close()
    }

    static func verifyCLI(_ path: String, against code: ChainCheckpoint) throws -> Spawn.Result {
        try CLI(db: path).run(["verify", "--against", code.code])
    }

    @Test func theUntouchedCopyPassesVerifyAndItsCheckpoint() throws {
        let source = try Source()
        let (path, code) = try source.copy("untouched")
        let ledger = try Ledger.open(path: path)
        #expect(try ledger.verify().ok)
        #expect(try ledger.compare(with: code) == .matches)
        let cli = try Self.verifyCLI(path, against: code)
        #expect(cli.status == 0, "\(cli.stderr)")
        #expect(cli.stdout.contains("Khớp mã kiểm tra"))
    }

    @Test func oneFlippedByteOfAnOldEventIsDetected() throws {
        let source = try Source()
        let (path, code) = try source.copy("flipped")
        try Self.tamper(path) { db in
            let raw = try #require(try Row.fetchOne(db, sql: "SELECT * FROM event WHERE seq = 12"))
            var row = EventChain.row(from: raw)
            var bytes = Array(row.payload.utf8)
            let index = try #require(bytes.firstIndex { (0x61...0x79).contains($0) })
            bytes[index] ^= 0x01
            row.payload = String(decoding: bytes, as: UTF8.self)
            // v7-event-packing: the payload repacked, as one with dexuat's source would.
            try EventChain.overwrite(db, row)
        }
        let report = try Ledger.open(path: path).verify()
        #expect(report.problems.contains(.hashMismatch(seq: 12)))
        #expect(report.firstBadEvent == 12)
        let cli = try Self.verifyCLI(path, against: code)
        #expect(cli.status == 3)
        #expect(cli.stdout.contains("#12"))
    }

    @Test func aDeletedEventIsDetected() throws {
        let source = try Source()
        let (path, code) = try source.copy("deleted")
        try Self.tamper(path) { db in try db.execute(sql: "DELETE FROM event_log WHERE seq = 20") }
        let report = try Ledger.open(path: path).verify()
        #expect(report.problems.contains(.gap(afterSeq: 19, nextSeq: 21)))
        #expect(report.problems.contains { if case .brokenLink(21, _) = $0 { true } else { false } })
        #expect(try Self.verifyCLI(path, against: code).status == 3)
    }

    @Test func twoSwappedEventsAreDetected() throws {
        let source = try Source()
        let (path, code) = try source.copy("swapped")
        try Self.tamper(path) { db in
            // Every column but the sequence number changes places.
            let columns = "proposal_id, kind, actor, on_behalf_of, played, at_utc, at_local, packing, data_size, dict_seq, hash, prev_hash_odd, acting, data"
            let a = try #require(try Row.fetchOne(db, sql: "SELECT \(columns) FROM event_log WHERE seq = 30"))
            let b = try #require(try Row.fetchOne(db, sql: "SELECT \(columns) FROM event_log WHERE seq = 31"))
            let assignments = columns.split(separator: ",").map { "\($0.trimmingCharacters(in: .whitespaces)) = ?" }.joined(separator: ", ")
            try db.execute(sql: "UPDATE event_log SET \(assignments) WHERE seq = 30", arguments: StatementArguments(b.databaseValues))
            try db.execute(sql: "UPDATE event_log SET \(assignments) WHERE seq = 31", arguments: StatementArguments(a.databaseValues))
        }
        let report = try Ledger.open(path: path).verify()
        #expect(!report.ok)
        #expect(report.firstBadEvent == 30)
        #expect(try Self.verifyCLI(path, against: code).status == 3)
    }

    /// Cutting the tail leaves a chain that is intact as far as it goes: only the code
    /// written down earlier tells that events are missing. (The last events saved
    /// officers: cut without their rows, verify names the rows; the attacker here deletes
    /// the rows too.)
    @Test func aTruncatedTailIsDetectedAgainstTheCheckpoint() throws {
        let source = try Source()
        let (path, code) = try source.copy("truncated")
        let (lazy, _) = try source.copy("truncated-rows-kept")
        try Self.tamper(lazy) { db in try db.execute(sql: "DELETE FROM event_log WHERE seq > ?", arguments: [code.seq - 3]) }
        #expect(Set(try Ledger.open(path: lazy).verify().problems) == Set(["tv3", "tv4", "tv5"].map {
            VerifyReport.Problem.recordDisagrees(table: "officer", key: $0)
        }))
        try Self.tamper(path) { db in
            try db.execute(sql: "DELETE FROM event_log WHERE seq > ?", arguments: [code.seq - 3])
            try db.execute(sql: "DELETE FROM officer WHERE login IN ('tv3', 'tv4', 'tv5')")
        }
        let ledger = try Ledger.open(path: path)
        #expect(try ledger.verify().ok, "the shortened chain is consistent in itself")
        #expect(try ledger.compare(with: code) == .truncated(lastSeq: code.seq - 3))
        let cli = try Self.verifyCLI(path, against: code)
        #expect(cli.status == 3)
        #expect(cli.stdout.contains("đã bị cắt bỏ"), "\(cli.stdout)")
    }

    /// An old event edited and every hash after it recomputed: the chain verifies, the
    /// checkpoint does not.
    @Test func anEditedEventWithTheWholeChainRecomputedIsDetectedAgainstTheCheckpoint() throws {
        let source = try Source()
        let (path, code) = try source.copy("recomputed")
        try Self.tamper(path) { db in
            // Who saved an officer (an administrative event: no proposal replays it).
            let seq = try #require(try Int64.fetchOne(db, sql: "SELECT MIN(seq) FROM event WHERE kind = 'officer_saved'"))
            var previous = try String.fetchOne(db, sql: "SELECT hash FROM event WHERE seq = ?", arguments: [seq - 1]) ?? EventChain.genesis
            for raw in try Row.fetchAll(db, sql: "SELECT * FROM event WHERE seq >= ? ORDER BY seq", arguments: [seq]) {
                var row = EventChain.row(from: raw)
                if row.seq == seq { row.reason = "Sửa lại cho đẹp" }
                row.prevHash = previous
                row.hash = EventChain.hash(row)
                try EventChain.overwrite(db, row)
                previous = row.hash
            }
        }
        let ledger = try Ledger.open(path: path)
        #expect(try ledger.verify().ok, "a recomputed chain verifies in itself")
        #expect(try ledger.compare(with: code) == .rewritten)
        let cli = try Self.verifyCLI(path, against: code)
        #expect(cli.status == 3)
        #expect(cli.stdout.contains("viết lại"), "\(cli.stdout)")
    }

    // MARK: - The code itself

    @Test func theCodeIsShortGroupedAndReadsBackAsCopiedByHand() throws {
        let hash = String(repeating: "ab12", count: 16)
        let code = ChainCheckpoint(seq: 4711, hash: hash)
        let text = code.code
        #expect(text.hasPrefix("4711-"))
        #expect(text.split(separator: "-").count == 6)
        #expect(text.count <= 30)
        #expect(ChainCheckpoint(code: text) == code)
        #expect(ChainCheckpoint(code: text.lowercased()) == code)
        #expect(ChainCheckpoint(code: text.replacingOccurrences(of: "-", with: " ")) == code)
        let digest = String(text.dropFirst("4711-".count))
        #expect(ChainCheckpoint(code: "4711-" + digest.replacingOccurrences(of: "0", with: "O").replacingOccurrences(of: "1", with: "I")) == code)
        #expect(ChainCheckpoint(code: "#4711 " + digest.lowercased().replacingOccurrences(of: "1", with: "l")) == code)
        // Digests that begin with a digit keep their boundary with the sequence number.
        for seq: Int64 in [1, 97, 4711, 1_000_000] {
            for n in 0..<40 {
                let c = ChainCheckpoint(seq: seq, hash: String(format: "%064lx", n * 7919 + Int(seq)))
                #expect(ChainCheckpoint(code: c.code) == c, "\(c.code)")
            }
        }
        #expect(code.matches(hash: hash))
        #expect(!code.matches(hash: String(repeating: "ab13", count: 16)))
        // A single character copied wrong is caught by the check character (31 in 32):
        // over every position and every other character, at most a few slip through.
        let characters = Array(text)
        var caught = 0, tried = 0
        for (index, c) in characters.enumerated() where c != "-" && index > 4 {
            for replacement in ChainCheckpoint.alphabet where replacement != c {
                var copy = characters
                copy[index] = replacement
                tried += 1
                if ChainCheckpoint(code: String(copy)) == nil { caught += 1 }
            }
        }
        #expect(Double(caught) / Double(tried) > 0.9, "\(caught)/\(tried)")
        #expect(ChainCheckpoint(code: "") == nil)
        #expect(ChainCheckpoint(code: "4711") == nil)
        #expect(ChainCheckpoint(code: "abc-DEF") == nil)
    }

    @Test func checkpointPrintsTheCodeWithItsDateAndAMalformedCodeIsRefused() throws {
        let source = try Source()
        let cli = CLI(db: source.path)
        let out = try cli.run(["checkpoint"])
        #expect(out.status == 0, "\(out.stderr)")
        let head = try Ledger.open(path: source.path).chainHead()
        #expect(out.stdout.contains("Mã kiểm tra: \(head.checkpoint.code)"))
        #expect(out.stdout.contains(Day.inVietnam(Date()).vietnamese))
        #expect(out.stdout.contains("#\(head.checkpoint.seq)"))
        let english = try cli.run(["checkpoint", "--lang", "en"])
        #expect(english.stdout.contains("Checkpoint: \(head.checkpoint.code)"))
        let bad = try cli.run(["verify", "--against", "12-ABCD"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("Mã kiểm tra không hợp lệ"))
    }
}
