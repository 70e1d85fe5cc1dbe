import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Issue 16, the file's size: a new file's pages are 8 KB (`Ledger.newFilePageSize`), where
/// a packed proposal row of about 1.3 KB left a fifth of the proposals' 4 KB pages empty. An existing
/// file keeps its pages (a file in WAL mode cannot change them), and a backup is put back
/// whatever the page size of either file, the live file keeping its own.
@Suite("Page size of the database file", .serialized)
struct PageSizeTests {
    static func pageSize(_ path: String) throws -> Int {
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        return try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0 }
    }

    /// A copy of `path` at `path2` with `size`-byte pages (a rollback-mode copy vacuumed).
    static func copy(_ path: String, to copy: String, pageSize size: Int) throws {
        var config = Configuration()
        config.prepareDatabase { db in Ledger.prepareConnection(db) }
        let source = try DatabaseQueue(path: path, configuration: config)
        let target = try DatabaseQueue(path: copy, configuration: config)
        try source.backup(to: target)
        try source.close()
        try target.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
            try db.execute(sql: "PRAGMA page_size = \(size)")
            try db.execute(sql: "VACUUM")
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        }
        try target.close()
        #expect(try Self.pageSize(copy) == size)
    }

    @Test func aNewFileHasEightKilobytePagesInWALMode() throws {
        let fixture = try LedgerFixture()
        #expect(try Self.pageSize(fixture.path) == 8192)
        #expect(try fixture.ledger.journalMode() == "wal")
        _ = try fixture.received()
        #expect(try fixture.ledger.verify().ok)
        #expect(try fixture.ledger.integrityProblems().isEmpty)
        // What `demo` prints as the file's size: the file's own once the -wal is written back.
        let bytes = try fixture.ledger.databaseBytes()
        try fixture.rawQueue().writeWithoutTransaction { db in _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let onDisk = try #require(try FileManager.default.attributesOfItem(atPath: fixture.path)[.size] as? NSNumber)
        #expect(onDisk.int64Value == bytes)
    }

    /// Restore copies the backup's pages into the live file with SQLite's backup API, which
    /// refuses pages of another size while the file is in WAL mode: a backup of the other
    /// size is resized first, both ways.
    @Test(arguments: [(8192, 4096), (4096, 8192), (8192, 8192)])
    func aBackupIsPutBackWhateverThePageSizes(current currentSize: Int, backup backupSize: Int) throws {
        let fixture = try LedgerFixture()
        let kept = try fixture.received("Đề xuất có trong bản sao lưu")
        let made = fixture.directory.appendingPathComponent("made.sqlite").path
        try fixture.ledger.backup(to: made)
        let backup = fixture.directory.appendingPathComponent("backup-\(backupSize).sqlite").path
        try Self.copy(made, to: backup, pageSize: backupSize)
        // The live file with its own page size, and a proposal the backup does not have.
        let live = fixture.directory.appendingPathComponent("live.sqlite").path
        try Self.copy(made, to: live, pageSize: currentSize)
        let dropped = try {
            let later = try Ledger.open(path: live)
            return try later.create(LedgerFixture.completeDossier(title: "Đề xuất sau bản sao lưu"), by: Actor(login: Ward.staff),
                                    at: LedgerFixture.origin.addingTimeInterval(3600))
        }()
        let report = try Ledger.restore(from: backup, into: live)
        #expect(report.keptAside != nil)
        let restored = try Ledger.open(path: live)
        // The live file keeps its page size: the backup was copied to it first.
        #expect(try Self.pageSize(live) == currentSize)
        #expect(try restored.journalMode() == "wal")
        #expect(try restored.verify().ok)
        #expect(try restored.integrityProblems().isEmpty)
        #expect(try restored.proposal(kept.id) != nil)
        #expect(try restored.proposal(dropped.id) == nil)
        // Another officer with the file open: the backup of the other page size is put back
        // as any backup is (the copy is resized beside the file, the live file stays in WAL
        // mode), and that officer's session reads the restored record.
        if currentSize != backupSize {
            let other = try Ledger.open(path: live)
            #expect(try other.proposal(kept.id) != nil)
            let later = try other.create(LedgerFixture.completeDossier(title: "Đề xuất của phiên khác"), by: Actor(login: Ward.staff),
                                         at: LedgerFixture.origin.addingTimeInterval(7200))
            let otherSize = fixture.directory.appendingPathComponent("other-size.sqlite").path
            try Self.copy(made, to: otherSize, pageSize: currentSize == 8192 ? 4096 : 8192)
            _ = try Ledger.restore(from: otherSize, into: live)
            #expect(try Self.pageSize(live) == currentSize)
            #expect(try other.proposal(later.id) == nil)
            #expect(try other.proposal(kept.id) != nil)
            #expect(try other.verify().ok)
            #expect(try other.journalMode() == "wal")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.directory.path).allSatisfy { !$0.contains(".restoring-") })
        // The file aside is the live one as it was.
        let aside = try #require(report.keptAside)
        #expect(try Ledger.open(path: aside, readOnly: true).proposal(dropped.id) != nil)
    }
}
