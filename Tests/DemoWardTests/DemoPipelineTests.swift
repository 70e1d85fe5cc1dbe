import Foundation
import GRDB
import Testing
@testable import Ledger
@testable import DemoWard
import Procedure

/// Issue 16: a demo's rows prepared on the other cores (acts numbered batch after batch,
/// every text encoded, the canonical bytes of every event) make the file that writing each
/// proposal in turn makes, byte for byte.
@Suite("Demo import: prepared rows, the same file")
struct DemoPipelineTests {
    static let now = Day(year: 2026, month: 3, day: 18).map { $0.startInVietnam.addingTimeInterval(10 * 3600) } ?? Date()

    /// Makes a demo of `proposals` in a new file, in batches of `batch`, prepared on other
    /// threads or one proposal at a time; returns the file's path.
    static func make(_ directory: URL, _ name: String, proposals: Int, batch: Int, prepared: Bool) throws -> String {
        let path = directory.appendingPathComponent(name).path
        let ledger = try Ledger.open(path: path, create: true)
        let org = DemoWard.organization()
        var generator = DemoGenerator(proposals: proposals, seed: 432, now: now, calendar: try ledger.calendar())
        generator.batch = batch
        let admin = try #require(org.grants.first { $0.role == .admin }?.login)
        var shown: [Int] = []
        let count = try ledger.importDemo(organization: org, administrator: admin, at: now) { sink in
            if prepared {
                try generator.generate(sink) { shown.append($0) }
            } else {
                try generator.generate { id, transitions in try sink(id, transitions) }
            }
        }
        #expect(count == proposals)
        if prepared { #expect(shown == Array(1...proposals)) }
        return path
    }

    /// Every row of every table the import writes, in a fixed order, as text.
    static func dump(_ path: String) throws -> [String: [String]] {
        try DatabaseQueue(path: path, configuration: Self.withDexuatFunctions).read { db in
            var tables: [String: [String]] = [:]
            for (table, order) in [("event", "seq"), ("proposal", "id"), ("act_number", "event_seq"),
                                   ("proposal_search", "rowid")] {
                tables[table] = try Row.fetchAll(db, sql: "SELECT rowid, * FROM \(table) ORDER BY \(order)").map { row in
                    row.columnNames.map { "\($0)=\(row[$0] as DatabaseValue)" }.joined(separator: "\u{1F}")
                }
            }
            return tables
        }
    }

    @Test func preparedRowsMakeTheFileThatOneAtATimeMakes() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dexuat-demopipe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // Batches of 7: the registers of acts carry on from batch to batch.
        let serial = try Self.make(directory, "serial.sqlite", proposals: 40, batch: 7, prepared: false)
        let piped = try Self.make(directory, "piped.sqlite", proposals: 40, batch: 7, prepared: true)
        let one = try Self.dump(serial), other = try Self.dump(piped)
        #expect(one["event"]?.count ?? 0 > 800)
        #expect(one["act_number"]?.count ?? 0 >= 10)
        #expect(one["proposal"]?.count == 40 && one["proposal_search"]?.count == 40)
        for table in one.keys.sorted() {
            #expect(one[table] == other[table], "table \(table) differs")
        }
        // Batches do not change a byte either.
        let whole = try Self.make(directory, "whole.sqlite", proposals: 40, batch: 40, prepared: true)
        #expect(try Self.dump(whole) == other)
        #expect(try Ledger.open(path: piped).verify().ok)
    }

    /// One import, one way: a sink used for a proposal at a time refuses prepared rows
    /// afterwards (the registers would number again from 1), and nothing more is written.
    @Test func aSinkUsedOneWayRefusesTheOther() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dexuat-demopipe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for preparedFirst in [false, true] {
            let ledger = try Ledger.open(path: directory.appendingPathComponent("both-\(preparedFirst).sqlite").path, create: true)
            let org = DemoWard.organization()
            let first = DemoGenerator(proposals: 3, seed: 432, now: Self.now, calendar: try ledger.calendar())
            let admin = try #require(org.grants.first { $0.role == .admin }?.login)
            #expect(throws: LedgerError.self) {
                try ledger.importDemo(organization: org, administrator: admin, at: Self.now) { sink in
                    if preparedFirst {
                        try first.generate(sink)
                        try first.generate { id, transitions in try sink(id, transitions) }
                    } else {
                        try first.generate { id, transitions in try sink(id, transitions) }
                        try first.generate(sink)
                    }
                }
            }
        }
    }
}

extension DemoPipelineTests {
    /// A plain connection that can read the `event` view (dexuat's functions, v7-event-packing).
    static var withDexuatFunctions: Configuration {
        var config = Configuration()
        config.prepareDatabase { db in Ledger.prepareConnection(db) }
        return config
    }
}
