import Foundation
import Testing
@testable import Ledger
import Procedure
import DemoWard

/// Issue 15: the demo ward's acts are numbered by the registers of acts as they are
/// written, never by the generator's own choice.
@Suite struct DemoActNumberTests {
    @Test func everyDemoActHasTheNextNumberOfItsRegister() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dexuat-demoacts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("demo.sqlite").path
        let now = try #require(Day(year: 2026, month: 3, day: 18)).startInVietnam.addingTimeInterval(10 * 3600)
        let ledger = try Ledger.open(path: path, create: true)
        let org = DemoWard.organization()
        let generator = DemoGenerator(proposals: 40, seed: 432, now: now, calendar: try ledger.calendar())
        let admin = try #require(org.grants.first { $0.role == .admin }?.login)
        _ = try ledger.importDemo(organization: org, administrator: admin, at: now) { sink in try generator.generate(sink) }
        let entries = try ledger.actNumbers()
        #expect(entries.count >= 10)
        var registers: [String: [Int]] = [:]
        for entry in entries {
            #expect(entry.reference == ActNumber.reference(entry.number ?? 0, symbol: entry.symbol ?? "", code: entry.code))
            #expect(entry.symbol == entry.kind.symbol)
            registers["\(entry.code) \(entry.symbol ?? "") \(entry.year)", default: []].append(entry.number ?? 0)
        }
        for (key, numbers) in registers { #expect(numbers == Array(1...numbers.count), "\(key): \(numbers)") }
        // The proposals' records carry the same numbers as their events.
        for p in try ledger.allProposals() {
            let mine = entries.filter { $0.proposalID == p.id }
            // A proposal beyond the ward carries the province's decision, an act of another body.
            if p.provincialOutcome == nil {
                #expect(mine.filter { $0.kind == .decision }.map(\.reference) == (p.decision.map { [$0.number] } ?? []))
            }
            #expect(mine.filter { $0.kind == .conclusion }.map(\.reference) == (p.conclusion.map { [$0.number] } ?? []))
            #expect(mine.filter { $0.kind == .measure }.map(\.reference) == p.measures.map(\.decisionNumber))
        }
        #expect(try ledger.verify().ok)
    }
}
