import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// §9: every released schema is kept as text (`sqlite3 .dump`, Fixtures/); each must
/// open with this build, upgrade through every later migration with every record kept,
/// and verify. A binary older than a file refuses to write to it.
@Suite("Migrations", .serialized, .tags(.slow), .skippedInFastLoop)
struct MigrationTests {
    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures", isDirectory: true)
    }

    /// Loads a dump into a fresh file.
    static func load(_ name: String, into path: String) throws {
        let sql = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
        try queue.close()
    }

    struct Counts: Equatable {
        var proposals = 0, officers = 0, units = 0, grants = 0
        var events: [String] = []
        var versions: [String: Int] = [:]
    }

    static func counts(_ path: String) throws -> Counts {
        try Raw.queue(path, readonly: true).read { db in
            var c = Counts()
            c.proposals = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal") ?? -1
            c.officers = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM officer") ?? -1
            c.units = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM unit") ?? -1
            c.grants = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM role_grant") ?? -1
            c.events = try String.fetchAll(db, sql: "SELECT seq || ' ' || hash FROM event ORDER BY seq")
            for row in try Row.fetchAll(db, sql: "SELECT id, version FROM proposal") { c.versions[row["id"]] = row["version"] }
            return c
        }
    }

    static var releasedFixtures: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).filter { $0.hasSuffix(".sql") }.sorted()
    }

    @Test func thereIsAFixtureOfTheFirstReleasedSchema() {
        #expect(Self.releasedFixtures.contains("schema-v1-demo.sql"))
    }

    @Test(arguments: MigrationTests.releasedFixtures)
    func aReleasedFileUpgradesWithEveryRecordKeptAndVerifies(fixture: String) throws {
        let scratch = try Scratch("migrate")
        let path = scratch.path("old.sqlite")
        try Self.load(fixture, into: path)
        let before = try Self.counts(path)
        #expect(before.proposals > 0 && before.events.count > 0)
        let appliedBefore = try Raw.queue(path, readonly: true).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        // Open with this build: every later migration runs, whatever they are.
        let ledger = try Ledger.open(path: path)
        let applied = try Raw.queue(path, readonly: true).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(Set(applied) == Set(Schema.migrations.map(\.identifier)), "applied \(applied)")
        #expect(Set(appliedBefore).isSubset(of: Set(applied)))
        let after = try Self.counts(path)
        #expect(after.proposals == before.proposals)
        #expect(after.officers == before.officers)
        #expect(after.units == before.units)
        #expect(after.grants == before.grants)
        #expect(after.versions == before.versions)
        // Every event kept, unchanged (a migration may add events after them, never change one).
        #expect(Array(after.events.prefix(before.events.count)) == before.events)
        let report = try ledger.verify()
        #expect(report.ok, "\(report.problems.prefix(3).map { $0.message(.en) })")
        #expect(try FileChecks.problems(path, acknowledged: before.versions).isEmpty)
        // And it is usable: the demo's officers act on it.
        let admin = try #require(try Raw.queue(path, readonly: true).read { db in
            try String.fetchOne(db, sql: "SELECT login FROM role_grant WHERE role = 'admin' LIMIT 1")
        })
        let out = try CLI(db: path).run(["officer", "add", "--login", "tvmoi", "--name", "Trần Văn Mới", "--unit", "UBND"], as: admin)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(try Ledger.open(path: path).verify().ok)
    }

    /// Issue 16: converting an old file takes minutes at a million proposals, so `open` tells
    /// before and after; a new file is made, not upgraded, and an upgraded file says nothing more.
    @Test func openTellsOfAnUpgradeOfAnOldFileOnlyAndOnce() throws {
        let scratch = try Scratch("upgrade-notice")
        let old = scratch.path("old.sqlite")
        try Self.load("schema-v1-demo.sql", into: old)
        let appliedBefore = try Raw.queue(old, readonly: true).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        let heard = Heard()
        _ = try Ledger.open(path: old, upgrading: heard.record)
        let told = heard.all
        #expect(told.count == 2, "\(told)")
        #expect(told.first == .starting(steps: Schema.migrations.count - appliedBefore.count))
        if case .finished(let seconds)? = told.last { #expect(seconds >= 0) } else { Issue.record("no finish: \(told)") }
        let again = Heard()
        _ = try Ledger.open(path: old, upgrading: again.record)
        #expect(again.all.isEmpty)
        let fresh = Heard()
        _ = try Ledger.open(path: scratch.path("new.sqlite"), create: true, upgrading: fresh.record)
        #expect(fresh.all.isEmpty)
        // Reading only converts nothing, so it tells nothing.
        let other = scratch.path("other.sqlite")
        try Self.load("schema-v1-demo.sql", into: other)
        let reader = Heard()
        _ = try? Ledger.open(path: other, readOnly: true, upgrading: reader.record)
        #expect(reader.all.isEmpty)
    }

    /// The officer's words on standard error, in both languages, and only at the upgrade.
    @Test(arguments: [("vi", "Đang nâng cấp tệp cơ sở dữ liệu lên cấu trúc mới (", "Đã nâng cấp xong tệp cơ sở dữ liệu ("),
                      ("en", "Upgrading the database file to the new layout (", "The database file is upgraded (")])
    func theCommandLineSaysAnUpgradeIsUnderWay(lang: String, starting: String, finished: String) throws {
        let scratch = try Scratch("upgrade-said-\(lang)")
        let path = scratch.path("old.sqlite")
        try Self.load("schema-v1-demo.sql", into: path)
        let admin = try #require(try Raw.queue(path, readonly: true).read { db in
            try String.fetchOne(db, sql: "SELECT login FROM role_grant WHERE role = 'admin' LIMIT 1")
        })
        let first = try CLI(db: path).run(["list", "--lang", lang], as: admin)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains(starting), "\(first.stderr)")
        #expect(first.stderr.contains(finished), "\(first.stderr)")
        let second = try CLI(db: path).run(["list", "--lang", lang], as: admin)
        #expect(second.status == 0)
        #expect(!second.stderr.contains(starting) && !second.stderr.contains(finished), "\(second.stderr)")
    }

    final class Heard: @unchecked Sendable {
        private let lock = NSLock()
        private var told: [Ledger.Upgrade] = []
        var all: [Ledger.Upgrade] { lock.withLock { told } }
        func record(_ upgrade: Ledger.Upgrade) { lock.withLock { told.append(upgrade) } }
    }

    /// Issue 16: a new file's pages are 8 KB (`Ledger.newFilePageSize`); an older file keeps
    /// its own through the upgrade (a file in WAL mode cannot change them) and verifies.
    @Test func anOlderFileKeepsItsPagesThroughTheUpgrade() throws {
        let scratch = try Scratch("page-size-kept")
        let path = scratch.path("old.sqlite")
        try Self.load("schema-v1-demo.sql", into: path)
        func pageSize() throws -> Int {
            try Raw.queue(path, readonly: true).read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0 }
        }
        let before = try pageSize()
        #expect(before == 4096 && before != Ledger.newFilePageSize)
        let ledger = try Ledger.open(path: path)
        #expect(try pageSize() == before)
        #expect(try ledger.verify().ok)
        #expect(try ledger.integrityProblems().isEmpty)
    }

    /// A file a newer dexuat upgraded (a migration this build does not know): refused for
    /// writing and reading, with a message, and left byte for byte as it was.
    @Test func aBinaryOlderThanTheFileRefusesToWriteToIt() throws {
        let scratch = try Scratch("newer")
        let path = scratch.path("newer.sqlite")
        try Self.load("schema-v1-demo.sql", into: path)
        _ = try Ledger.open(path: path)
        let queue = try Raw.queue(path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-a-later-release')") }
        try queue.close()
        let admin = try #require(try Raw.queue(path, readonly: true).read { db in
            try String.fetchOne(db, sql: "SELECT login FROM role_grant WHERE role = 'admin' LIMIT 1")
        })
        let before = try Raw.dump(path)
        for arguments in [["officer", "add", "--login", "tvmoi", "--name", "Trần Văn Mới", "--unit", "UBND"], ["list"], ["verify"]] {
            let out = try CLI(db: path).run(arguments, as: admin)
            #expect(out.status == 3, "\(arguments)")
            #expect(out.stderr.contains("Cơ sở dữ liệu được tạo bởi phiên bản dexuat mới hơn (lược đồ v9-from-a-later-release)"), "\(out.stderr)")
            #expect(out.stderr.contains("không ghi gì"))
        }
        let english = try CLI(db: path).run(["list", "--lang", "en"])
        #expect(english.stderr.contains("made by a newer dexuat"))
        #expect(try Raw.dump(path) == before)
    }
}
