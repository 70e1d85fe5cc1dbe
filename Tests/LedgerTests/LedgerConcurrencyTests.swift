import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// What one contender of a race got.
enum Outcome: Sendable, Equatable {
    case won(version: Int)
    case stale
    case refused(Rule)
    case failed(String)
}

/// Collects outcomes from several threads.
final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Outcome] = []

    func add(_ outcome: Outcome) {
        lock.lock()
        items.append(outcome)
        lock.unlock()
    }

    var all: [Outcome] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}

/// Runs every contender on its own thread, released together, and waits for all.
func race(_ contenders: [@Sendable () throws -> Proposal]) -> [Outcome] {
    let outcomes = Outcomes()
    let group = DispatchGroup()
    let ready = DispatchSemaphore(value: 0)
    let go = DispatchSemaphore(value: 0)
    for contender in contenders {
        group.enter()
        Thread.detachNewThread {
            ready.signal()
            go.wait()
            do {
                outcomes.add(.won(version: try contender().version))
            } catch let error as LedgerError {
                switch error {
                case .stale: outcomes.add(.stale)
                case .refused(let refusal): outcomes.add(.refused(refusal.rule))
                default: outcomes.add(.failed(error.message(.en)))
                }
            } catch {
                outcomes.add(.failed("\(error)"))
            }
            group.leave()
        }
    }
    for _ in contenders { ready.wait() }
    for _ in contenders { go.signal() }
    group.wait()
    return outcomes.all
}

@Suite("Ledger concurrency")
struct LedgerConcurrencyTests {
    /// Two officers' sessions (two pools on one file) register the same receipt at once:
    /// exactly one wins; the other is told the proposal changed, or that it is no longer
    /// waiting for registration. Never a busy error, never two receipts.
    @Test func twoSessionsRacingTheSameReceiptLeaveExactlyOneWinner() throws {
        let fixture = try LedgerFixture()
        let first = fixture.ledger
        let second = try fixture.openAgain()
        let clerk = Actor(login: Ward.clerk)
        let rounds = 50
        for round in 0..<rounds {
            let submitted = try fixture.submitted("Vòng \(round)")
            let seen: Int? = round.isMultiple(of: 2) ? submitted.version : nil
            let outcomes = race([
                { try first.perform(.receive(receiptNumber: ""), on: submitted.id, seenVersion: seen, by: clerk) },
                { try second.perform(.receive(receiptNumber: ""), on: submitted.id, seenVersion: seen, by: clerk) },
            ])
            let winners = outcomes.filter { if case .won = $0 { return true } else { return false } }
            #expect(winners == [.won(version: submitted.version + 1)], "round \(round): \(outcomes)")
            let loser: Outcome = seen == nil ? .refused(.wrongState) : .stale
            #expect(outcomes.filter { $0 != winners.first } == [loser], "round \(round): \(outcomes)")
            #expect(try fixture.version(of: submitted.id) == submitted.version + 1)
        }
        let receipts = try fixture.rawQueue().read { db in
            try String.fetchAll(db, sql: "SELECT payload FROM event WHERE kind = 'received'")
        }
        #expect(receipts.count == rounds)
        // Receipt numbers are drawn inside the transaction: all distinct.
        let numbers = try fixture.rawQueue().read { db in
            try String.fetchAll(db, sql: "SELECT json_extract(body, '$.receipts[0].number') FROM proposal_body")
        }
        #expect(Set(numbers).count == rounds, "\(numbers)")
        #expect(try fixture.ledger.verify().ok)
    }

    /// The same member's ballot cast from two sessions at once, both forms opened on the
    /// same version: the first is recorded, the second is stale (the member's own record
    /// changed under it, §7.2). Without a version both are recorded: the second amends.
    @Test func twoSessionsCastingTheSameBallotRecordItOnce() throws {
        let fixture = try LedgerFixture()
        let first = fixture.ledger
        let second = try fixture.openAgain()
        let deputy = Actor(login: Ward.deputy)
        let answers = ChecklistTemplate.standardItems.map { ChecklistAnswer(itemID: $0.id, verdict: .met) }
        for round in 0..<15 {
            let received = try fixture.received("Biểu quyết \(round)")
            let seen = try first.perform(.checklist(answers: answers), on: received.id, by: deputy).version
            let outcomes = race([
                { try first.perform(.ballot(inFavour: true, comment: "Đồng ý"), on: received.id, seenVersion: seen, by: deputy) },
                { try second.perform(.ballot(inFavour: false, comment: "Không"), on: received.id, seenVersion: seen, by: deputy) },
            ])
            #expect(outcomes.filter { if case .won = $0 { return true } else { return false } }.count == 1, "\(outcomes)")
            #expect(outcomes.contains(.stale), "\(outcomes)")
            let stored = try fixture.ledger.proposal(received.id)
            #expect(try #require(stored).ballots.map(\.member) == [Ward.deputy])
            let unversioned = race([
                { try first.perform(.ballot(inFavour: true, comment: "Đồng ý"), on: received.id, by: deputy) },
                { try second.perform(.ballot(inFavour: false, comment: "Không"), on: received.id, by: deputy) },
            ])
            #expect(unversioned.allSatisfy { if case .won = $0 { return true } else { return false } }, "\(unversioned)")
            let after = try #require(try fixture.ledger.proposal(received.id))
            #expect(after.ballots.map(\.member) == [Ward.deputy])
            #expect(after.ballots.first?.amends == true)
            #expect(try fixture.ledger.history(of: received.id).filter { $0.event.change.kind == "ballot_cast" }.count == 3)
        }
        #expect(try fixture.ledger.verify().ok)
    }

    /// Drafts created from two sessions at once all get distinct numbers.
    @Test func concurrentCreatesGetDistinctNumbers() throws {
        let fixture = try LedgerFixture()
        let first = fixture.ledger
        let second = try fixture.openAgain()
        let perSession = 15
        let outcomes = race([
            { var last: Proposal?
              for i in 0..<perSession { last = try first.create(LedgerFixture.completeDossier(title: "A\(i)"), by: Actor(login: Ward.staff)) }
              return try #require(last) },
            { var last: Proposal?
              for i in 0..<perSession { last = try second.create(LedgerFixture.completeDossier(title: "B\(i)"), by: Actor(login: Ward.staff2)) }
              return try #require(last) },
        ])
        #expect(outcomes == [.won(version: 1), .won(version: 1)], "\(outcomes)")
        // Drafts: each session's proposer reads their own.
        let ids = try [Ward.staff, Ward.staff2].flatMap { login in
            var query = ProposalQuery()
            query.viewer = login
            return try fixture.ledger.list(query).map(\.id)
        }
        #expect(ids.count == 2 * perSession)
        #expect(Set(ids).count == 2 * perSession)
        #expect(try fixture.ledger.verify().ok)
    }
}
