import Foundation
import GRDB
import Testing
import Ledger
#if canImport(Glibc)
import Glibc
#endif

/// §1: a child commits transitions and ballots in a loop and reports each acknowledged
/// commit; it is killed with SIGKILL at a random moment (during start-up and open too);
/// after every kill the file must pass every check of `FileChecks`.
@Suite("Crash durability", .serialized, .tags(.slow, .crash), .skippedInFastLoop)
struct CrashTests {
    @Test func sigkillAtRandomMomentsLosesNoAcknowledgedCommit() throws {
        let scratch = try Scratch("crash")
        let db = scratch.path("crash.sqlite")
        let setup = try Spawn.run([Binaries.torture, "setup", db])
        try #require(setup.status == 0, "setup failed: \(setup.stdout) \(setup.stderr)")
        var random = SystemRandomNumberGenerator()
        let seedBase = UInt64.random(in: 1...1_000_000, using: &random)
        var acknowledged: [String: Int] = [:]
        var commits = 0, kills = 0, exitedEarly = 0, roundsWithCommits = 0, idChecks = 0
        let started = Date()
        for round in 0..<Battery.crashRounds {
            let out = scratch.path("acks-\(round).txt"), err = scratch.path("err-\(round).txt")
            let pid = try Spawn.start([Binaries.torture, "crash", db, "\(seedBase + UInt64(round))"],
                                      stdoutPath: out, stderrPath: err)
            // Anywhere from before the file is opened to a few dozen commits in.
            usleep(UInt32.random(in: 0...220_000, using: &random))
            kill(pid, SIGKILL)
            let status = Spawn.wait(pid)
            if status == 128 + SIGKILL { kills += 1 } else { exitedEarly += 1 }
            let output = String.contents(of: out)
            #expect(!output.contains("FATAL"), "round \(round): the child failed: \(output.suffix(300)) \(String.contents(of: err).suffix(300))")
            let acks = Raw.acknowledged(output)
            commits += acks.count
            if acks.count > 0 { roundsWithCommits += 1 }
            for (id, version) in acks.versions { acknowledged[id] = max(acknowledged[id] ?? 0, version) }
            let problems = try FileChecks.problems(db, acknowledged: acknowledged)
            idChecks += acknowledged.count
            #expect(problems.isEmpty, "round \(round) (seed \(seedBase + UInt64(round))): \(problems)")
            if !problems.isEmpty { break }
            try? FileManager.default.removeItem(atPath: out)
            try? FileManager.default.removeItem(atPath: err)
        }
        #expect(kills > Battery.crashRounds / 2, "most rounds end in a kill (\(kills))")
        #expect(roundsWithCommits > Battery.crashRounds / 4, "most rounds commit before the kill (\(roundsWithCommits))")
        let events = try Raw.queue(db).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") ?? 0 }
        Battery.report("crash", ["rounds": Battery.crashRounds, "kills": kills, "exited_before_kill": exitedEarly,
                                 "acknowledged_commits": commits, "acknowledged_ids": acknowledged.count, "id_checks_after_kills": idChecks,
                                 "rounds_with_commits": roundsWithCommits, "events_in_file": events,
                                 "seconds": Int(Date().timeIntervalSince(started))])
    }
}
