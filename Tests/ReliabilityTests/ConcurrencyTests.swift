import Foundation
import GRDB
import Testing
import Ledger
import Procedure

/// §2: four processes take transitions, ballots and progress notes on one shared set of
/// proposals, each with the version it saw; and two officers racing to save the same
/// proposal, 1,000 times.
@Suite("Concurrency", .serialized, .tags(.slow, .crash), .skippedInFastLoop)
struct ConcurrencyTests {
    struct Attempt {
        var kind: String
        var id: String
        var from = 0
        var to = 0
        var rule = ""
        var message = ""
    }

    static func parse(_ text: String) -> [Attempt] {
        text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false).map(String.init)
            guard let kind = parts.first else { return nil }
            switch kind {
            case "ACK" where parts.count >= 4:
                return Attempt(kind: kind, id: parts[1], from: Int(parts[2]) ?? -1, to: Int(parts[3]) ?? -1)
            case "STALE":
                return Attempt(kind: kind, id: parts.count > 1 ? parts[1] : "", message: parts.dropFirst(2).joined(separator: " "))
            case "REFUSED":
                return Attempt(kind: kind, id: parts.count > 1 ? parts[1] : "", rule: parts.count > 2 ? parts[2] : "",
                               message: parts.dropFirst(3).joined(separator: " "))
            case "ERROR", "FATAL":
                return Attempt(kind: kind, id: "", message: String(line))
            default:
                return nil
            }
        }
    }

    @Test func fourProcessesLoseNoUpdateAndEveryRefusalSaysWhy() throws {
        let scratch = try Scratch("race")
        let db = scratch.path("race.sqlite")
        try #require(try Spawn.run([Binaries.torture, "setup", db]).status == 0)
        let seconds = Battery.raceSeconds
        var pids: [Int32] = []
        for worker in 0..<Battery.raceProcesses {
            pids.append(try Spawn.start([Binaries.torture, "race", db, "\(worker + 1)", "\(Int(seconds))"],
                                        stdoutPath: scratch.path("race-\(worker).txt"), stderrPath: scratch.path("race-\(worker).err")))
        }
        let statuses = pids.map { Spawn.wait($0) }
        #expect(statuses.allSatisfy { $0 == 0 }, "exit statuses \(statuses)")
        var attempts: [Attempt] = []
        for worker in 0..<Battery.raceProcesses {
            let text = String.contents(of: scratch.path("race-\(worker).txt"))
            #expect(text.contains("DONE"), "worker \(worker) did not finish: \(text.suffix(300)) \(String.contents(of: scratch.path("race-\(worker).err")).suffix(300))")
            attempts += Self.parse(text)
        }
        // No SQLITE_BUSY or other error reached the caller.
        let errors = attempts.filter { $0.kind == "ERROR" || $0.kind == "FATAL" }
        #expect(errors.isEmpty, "\(errors.count) errors, first: \(errors.prefix(3).map(\.message))")
        // Every refusal is a stale version or a rule, with a message.
        let refusals = attempts.filter { $0.kind == "STALE" || $0.kind == "REFUSED" }
        #expect(refusals.allSatisfy { !$0.message.trimmingCharacters(in: .whitespaces).isEmpty })
        #expect(attempts.filter { $0.kind == "STALE" }.allSatisfy { $0.message.contains("đã được người khác thay đổi") })
        // Zero lost updates: per proposal, the acknowledged commits chain version to version
        // from 0 to the version in the file, with no two commits from the same version.
        let acks = attempts.filter { $0.kind == "ACK" }
        let versions = try Raw.queue(db).read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, version FROM proposal").map { ($0["id"] as String, $0["version"] as Int) })
        }
        var lost: [String] = []
        for (id, commits) in Dictionary(grouping: acks, by: \.id) {
            let sorted = commits.sorted { $0.from < $1.from }
            var expected = 0
            for commit in sorted {
                if commit.from != expected { lost.append("\(id): a commit from v\(commit.from) after v\(expected)") }
                expected = commit.to
            }
            if versions[id] != expected { lost.append("\(id): the file has v\(versions[id] ?? -1), the commits reach v\(expected)") }
        }
        #expect(Set(versions.keys) == Set(acks.map(\.id)), "every proposal in the file was acknowledged")
        #expect(lost.isEmpty, "\(lost.prefix(5))")
        #expect(acks.count > 100, "the processes did commit (\(acks.count))")
        #expect(try FileChecks.problems(db, acknowledged: [:]).isEmpty)
        var byRule: [String: Int] = [:]
        for refusal in attempts where refusal.kind == "REFUSED" { byRule[refusal.rule, default: 0] += 1 }
        Battery.report("concurrency", ["processes": Battery.raceProcesses, "seconds": Int(seconds), "attempts": attempts.count,
                                       "commits": acks.count, "stale": attempts.filter { $0.kind == "STALE" }.count,
                                       "refused_by_rule": byRule, "errors": errors.count, "proposals": versions.count,
                                       "lost_updates": lost.count])
    }

    /// Two clerks open the same submitted proposal; the first registers it, the second
    /// (returning it, from the version both saw) is refused and told who changed it.
    @Test func theSecondOfTwoOfficersSavingIsRefusedAndNamesTheFirst() throws {
        let scratch = try Scratch("edit")
        let db = scratch.path("edit.sqlite")
        try #require(try Spawn.run([Binaries.torture, "setup", db]).status == 0)
        let first = try Ledger.open(path: db), second = try Ledger.open(path: db)
        var refusedNamingFirst = 0
        var other: [String] = []
        let rounds = Battery.editRaces
        let started = Date()
        for round in 0..<rounds {
            let title = "Hai người cùng sửa \(round)"
            let draft = try first.create(Self.dossier(title), by: Actor(login: "nvan"))
            let submitted = try first.perform(.submit, on: draft.id, by: Actor(login: "nvan"))
            // Both see the same version...
            let seenByFirst = try #require(try first.proposal(submitted.id)).version
            let seenBySecond = try #require(try second.proposal(submitted.id)).version
            // ...the first saves...
            try first.perform(.receive(receiptNumber: ""), on: submitted.id, seenVersion: seenByFirst, by: Actor(login: "htmai"))
            // ...and the second's save is refused, naming the first.
            do {
                try second.perform(.returnForCompletion(reasons: "Thiếu dự toán"), on: submitted.id, seenVersion: seenBySecond,
                                   by: Actor(login: "ntthu"))
                other.append("round \(round): the second save went through")
            } catch let error as LedgerError {
                let message = error.message(.vi)
                if case .stale = error, message.contains("Hoàng Thị Mai"), message.contains("htmai") {
                    refusedNamingFirst += 1
                } else {
                    other.append("round \(round): \(message)")
                }
            }
        }
        #expect(refusedNamingFirst == rounds, "\(other.prefix(3))")
        #expect(try first.verify().ok)
        Battery.report("edit_races", ["races": rounds, "second_refused_naming_first": refusedNamingFirst,
                                      "seconds": Int(Date().timeIntervalSince(started))])
    }

    static func dossier(_ title: String) -> Dossier {
        let today = Day.inVietnam(Date())
        return Dossier(
            title: title, field: .digitalTransformation, legalBasis: .decree73,
            necessity: "Hồ sơ giấy chậm.", bottleneck: "Quy chế chưa quy định.", content: "Quét sổ sách.", scope: "Bộ phận một cửa.",
            implementers: "Văn thư.", startDate: today.adding(days: 30), endDate: today.adding(days: 200),
            resources: ResourceNeeds(people: "2 chuyên viên", fundingVND: 1_000_000, equipment: "1 máy quét"),
            feasibility: "Cao.", positiveImpact: "Nhanh hơn.", negativeImpact: "Không có.", expectedEffect: "5 phút.",
            targets: [Target(description: "Thời gian tra cứu", measure: "≤ 5 phút")],
            selfCheck: ChecklistTemplate.standardItems.map { ChecklistAnswer(itemID: $0.id, verdict: .met, comment: "") })
    }
}
