import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Issue 16: `verify` shared out over several read connections, in pieces, finds exactly
/// what it finds in one transaction, in the same order, on every tamper case.
@Suite("Verify shared out over workers", .serialized, .tags(.slow), .skippedInFastLoop)
struct ParallelVerifyTests {
    /// The ways of running verify compared: one transaction and one piece of each kind,
    /// then two and three workers with pieces of a few events and proposals (so that every
    /// boundary between pieces falls inside the fixture, many times).
    static let ways: [VerifyParallelism] = [
        VerifyParallelism(workers: 2),
        VerifyParallelism(workers: 2, eventsPerChunk: 5, proposalsPerChunk: 1),
        VerifyParallelism(workers: 3, eventsPerChunk: 17, proposalsPerChunk: 3),
        VerifyParallelism(workers: 1, eventsPerChunk: 7, proposalsPerChunk: 2),
    ]

    /// The report of a single pass, after checking every other way gives the same one.
    static func verifiedEveryWay(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> VerifyReport {
        let ledger = try Ledger.open(path: path, readOnly: true)
        let single = try ledger.verify(parallelism: .single)
        for way in ways {
            let report = try ledger.verify(parallelism: way)
            #expect(report == single, "\(way): \(report.problems) against \(single.problems)", sourceLocation: sourceLocation)
        }
        return single
    }

    /// Raw edits to the proposals' side of the file and the chain itself, each with the
    /// finding a single pass gives for it.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var sql: String
        var expected: @Sendable (VerifyReport) -> Bool
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a flipped byte in an old payload",
             sql: "UPDATE event SET payload = replace(payload, 'a', 'b') WHERE seq = 12",
             expected: { $0.problems.contains(.hashMismatch(seq: 12)) }),
        Case(name: "a deleted event", sql: "DELETE FROM event WHERE seq = 20",
             expected: { $0.problems.contains(.gap(afterSeq: 19, nextSeq: 21)) }),
        Case(name: "the first event deleted", sql: "DELETE FROM event WHERE seq = 1",
             expected: { $0.problems.contains(.gap(afterSeq: 0, nextSeq: 2)) }),
        Case(name: "the last event deleted", sql: "DELETE FROM event WHERE seq = (SELECT MAX(seq) FROM event)",
             expected: { !$0.ok }),
        Case(name: "two events' hashes swapped",
             sql: "UPDATE event SET hash = CASE seq WHEN 30 THEN (SELECT hash FROM event WHERE seq = 31) ELSE (SELECT hash FROM event WHERE seq = 30) END WHERE seq IN (30, 31)",
             expected: { $0.firstBadEvent == 30 }),
        Case(name: "an unreadable payload",
             sql: "UPDATE event SET payload = '{' WHERE seq = (SELECT MAX(seq) FROM event WHERE proposal_id IS NOT NULL)",
             expected: { $0.problems.contains { if case .unreadable = $0 { true } else { false } } }),
        Case(name: "a proposal's state column edited",
             sql: "UPDATE proposal SET state = 'closed' WHERE seq = (SELECT MIN(seq) FROM proposal)",
             expected: { $0.problems.contains { if case .stateDisagrees = $0 { true } else { false } } }),
        Case(name: "a proposal's body edited",
             sql: "UPDATE proposal_body SET body = json_set(body, '$.dossier.title', 'Khác') WHERE seq = (SELECT MAX(seq) FROM proposal)",
             expected: { $0.problems.contains { if case .stateDisagrees = $0 { true } else { false } } }),
        Case(name: "a proposal's due day moved",
             sql: "UPDATE proposal SET next_due = '2099-01-01' WHERE next_due IS NOT NULL AND seq = (SELECT MIN(seq) FROM proposal WHERE next_due IS NOT NULL)",
             expected: { $0.problems.contains { if case .recordDisagrees("proposal", _) = $0 { true } else { false } } }),
        Case(name: "a search row edited",
             sql: "INSERT INTO proposal_search (rowid, title, body, people) VALUES ((SELECT MIN(seq) FROM proposal), 'không có gì', '', '')",
             expected: { $0.problems.contains { if case .recordDisagrees("proposal_search", _) = $0 { true } else { false } } }),
        Case(name: "a kept count edited", sql: "UPDATE proposal_count SET n = n + 1 WHERE key = 'all'",
             expected: { $0.problems.contains(.countDisagrees(key: "all")) }),
        Case(name: "a statistics row deleted", sql: "DELETE FROM proposal_fact WHERE seq = (SELECT MAX(seq) FROM proposal_fact)",
             expected: { $0.problems.contains { if case .stateDisagrees = $0 { true } else { false } } }),
        Case(name: "an officer edited", sql: "UPDATE officer SET managing = 1 - managing WHERE login = 'tv3'",
             expected: { $0.problems.contains(.recordDisagrees(table: "officer", key: "tv3")) }),
    ]

    @Test func theUntouchedFileVerifiesTheSameEveryWay() throws {
        let source = try TamperTests.Source()
        let (path, _) = try source.copy("untouched")
        let report = try Self.verifiedEveryWay(path)
        #expect(report.ok, "\(report.problems)")
        #expect(report.events > 20 && report.proposals >= 2, "the fixture spans several pieces: \(report.events) events")
    }

    @Test(arguments: cases)
    func aChainOrProposalTamperGivesTheSameFindingsEveryWay(_ tamper: Case) throws {
        let source = try TamperTests.Source()
        let (path, _) = try source.copy("tampered")
        try TamperTests.tamper(path) { db in try db.execute(sql: tamper.sql) }
        let report = try Self.verifiedEveryWay(path)
        #expect(!report.ok)
        #expect(tamper.expected(report), "\(report.problems)")
    }

    @Test(arguments: RecordTamperTests.cases)
    func aRecordTamperGivesTheSameFindingsEveryWay(_ tamper: RecordTamperTests.Case) throws {
        let source = try RecordTamperTests.Source()
        let path = try source.copy("tampered")
        let queue = try Raw.queue(path)
        try queue.write { db in try db.execute(sql: tamper.sql) }
        try queue.close()
        let report = try Self.verifiedEveryWay(path)
        let named = report.problems.compactMap { problem -> String? in
            if case let .recordDisagrees(table, key) = problem { "\(table)|\(key)" } else { nil }
        }
        #expect(Set(named) == Set(tamper.named.map { "\($0.table)|\($0.key)" }), "\(report.problems)")
    }

    /// A write that lands while verify runs does not mix two states of the file: the
    /// workers each check they see the head the first transaction saw.
    @Test func verifyWhileAnotherProcessWritesStaysIntact() throws {
        let source = try TamperTests.Source()
        let (path, _) = try source.copy("busy")
        let writer = try Spawn.start([Binaries.torture, "crash", path, "7", "3"], stdoutPath: source.scratch.path("acks.txt"))
        let ledger = try Ledger.open(path: path, readOnly: true)
        var runs = 0
        let deadline = Date().addingTimeInterval(2.5)
        while Date() < deadline {
            let report = try ledger.verify(parallelism: VerifyParallelism(workers: 2, eventsPerChunk: 9, proposalsPerChunk: 2))
            #expect(report.ok, "\(report.problems)")
            runs += 1
        }
        Spawn.wait(writer)
        #expect(runs > 0)
        #expect(try Self.verifiedEveryWay(path).ok)
    }
}
