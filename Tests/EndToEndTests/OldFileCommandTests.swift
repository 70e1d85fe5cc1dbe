import Foundation
import GRDB
import Ledger
import Testing

/// A file left by an older dexuat (before v7-event-packing and v8-body-packing) meets the
/// commands that would not use it as it is: a real file given to `demo` or `--demo` is refused
/// as it is, not first converted to this build's layout (minutes at a million proposals) just
/// to be refused; an old backup put back by `restore` is converted, and the officer told so.
@Suite("Old files at the command line", .serialized)
struct OldFileCommandTests {
    /// A demo taken back to the layout before the packing, as an older dexuat left it.
    static func oldFile(_ path: String, then sql: String = "") throws {
        var config = Configuration()
        config.prepareDatabase { db in Ledger.prepareConnection(db) }
        let queue = try DatabaseQueue(path: path, configuration: config)
        try queue.undoingEventPacking(then: sql)
        try queue.close()
    }

    static func migrations(_ path: String) throws -> [String] {
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        return try queue.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") }
    }

    @Test func aRealOldFileIsRefusedByDemoAsItIs() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "12", "--quiet"])
        // Not a demo any more (`isDemo` wants the first event and `meta.demo` to agree), and old.
        try Self.oldFile(cli.db, then: "UPDATE meta SET value = '0' WHERE key = 'demo'")
        let before = try Self.migrations(cli.db)
        #expect(!before.contains("v8-body-packing") && !before.contains("v7-event-packing"))
        for (arguments, refusal) in [(["demo", "--proposals", "12", "--quiet"], "là cơ sở dữ liệu thật, không phải demo"),
                                     (["demo", "--proposals", "12", "--quiet", "--fresh"], "là cơ sở dữ liệu thật, không phải demo"),
                                     (["--demo"], "không phải cơ sở dữ liệu demo; không ghi đè")] {
            let refused = try cli.run(arguments)
            #expect(refused.status != 0, "\(arguments)")
            #expect(refused.stderr.contains(refusal), "\(arguments): \(refused.stderr)")
            #expect(!refused.stderr.contains("Đang nâng cấp"), "\(arguments): \(refused.stderr)")
            #expect(try Self.migrations(cli.db) == before, "\(arguments): the file was converted before it was refused")
        }
        // Any command that uses the file converts it, and says so.
        let used = try cli.run(["list", "--limit", "3"])
        #expect(used.status == 0)
        #expect(used.stderr.contains("Đang nâng cấp tệp cơ sở dữ liệu lên cấu trúc mới"), "\(used.stderr)")
        #expect(try Self.migrations(cli.db).contains("v8-body-packing"))
    }

    /// An empty file whose -wal holds pages, or another program's SQLite file: neither becomes
    /// a demo, nor is touched; the refusal is the officer's sentence, not SQLite's.
    @Test func whatIsNotADemoIsNotMadeOne() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        #expect(FileManager.default.createFile(atPath: cli.db, contents: Data()))
        let wal = Data("trang của tệp chưa ghi vào".utf8)
        #expect(FileManager.default.createFile(atPath: cli.db + "-wal", contents: wal))
        for arguments in [["demo", "--proposals", "3", "--quiet"], ["--demo"]] {
            let refused = try cli.run(arguments)
            #expect(refused.status != 0, "\(arguments)")
            #expect(refused.stderr.contains("không phải") && refused.stderr.contains("demo"), "\(arguments): \(refused.stderr)")
            #expect(FileManager.default.contents(atPath: cli.db + "-wal") == wal, "\(arguments)")
            #expect(try FileManager.default.attributesOfItem(atPath: cli.db)[.size] as? NSNumber == 0)
        }
        try FileManager.default.removeItem(atPath: cli.db + "-wal")
        try FileManager.default.removeItem(atPath: cli.db)
        let other = try DatabaseQueue(path: cli.db)
        try other.write { db in try db.execute(sql: "CREATE TABLE hoa_don (so INTEGER); INSERT INTO hoa_don VALUES (1)") }
        try other.close()
        for arguments in [["demo", "--proposals", "3", "--quiet"], ["--demo"]] {
            let refused = try cli.run(arguments)
            #expect(refused.status != 0, "\(arguments)")
            #expect(refused.stderr.contains("không phải") && !refused.stderr.contains("no such table"), "\(arguments): \(refused.stderr)")
        }
        let kept = try DatabaseQueue(path: cli.db)
        #expect(try kept.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master") } == ["hoa_don"])
        try kept.close()
    }

    @Test func anOldDemoIsReusedAndTheUpgradeSaid() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "12", "--quiet"])
        try Self.oldFile(cli.db)
        let reused = try cli.run(["demo", "--proposals", "12", "--quiet"])
        #expect(reused.status == 0, "\(reused.stderr)")
        #expect(reused.stderr.contains("Đang nâng cấp tệp cơ sở dữ liệu lên cấu trúc mới"), "\(reused.stderr)")
        #expect(try Self.migrations(cli.db).contains("v8-body-packing"))
    }

    @Test func anOldBackupRestoredIsUpgradedAndTheOfficerTold() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "12", "--quiet"])
        let backup = cli.folder.appendingPathComponent("sao-luu.sqlite").path
        try cli.ok(["backup", "--to", backup])
        try Self.oldFile(backup)
        #expect(!(try Self.migrations(backup)).contains("v8-body-packing"))
        for (language, notice, done) in [("vi", "Đang nâng cấp tệp cơ sở dữ liệu lên cấu trúc mới", "Đã nâng cấp xong tệp cơ sở dữ liệu"),
                                         ("en", "Upgrading the database file to the new layout", "The database file is upgraded")] {
            let restored = try cli.run(["restore", backup, "--lang", language])
            #expect(restored.status == 0, "\(restored.stderr)")
            #expect(restored.stderr.contains(notice) && restored.stderr.contains(done), "\(language): \(restored.stderr)")
            // Twice: the private copy checked before anything is touched, then the file put back.
            #expect(restored.stderr.components(separatedBy: notice).count - 1 == 2, "\(language): \(restored.stderr)")
            #expect(try Self.migrations(cli.db).contains("v8-body-packing"))
            #expect(try cli.ok(["verify"]).contains("Toàn vẹn"))
        }
        // The backup itself is read, never converted.
        #expect(!(try Self.migrations(backup)).contains("v8-body-packing"))
    }
}
