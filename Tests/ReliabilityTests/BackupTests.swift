import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure
#if canImport(Glibc)
import Glibc
#endif

/// §4: `dexuat backup` and `dexuat restore`, and backups taken under load.
@Suite("Backup and restore", .serialized, .tags(.slow, .crash), .skippedInFastLoop)
struct BackupTests {
    /// A child commits for a while; every two seconds a backup is taken from another
    /// process; each must open, verify and hold every commit acknowledged before it began.
    @Test func backupsUnderLoadHoldEveryAcknowledgedCommit() throws {
        let scratch = try Scratch("backup-load")
        let db = scratch.path("load.sqlite")
        try #require(try Spawn.run([Binaries.torture, "setup", db]).status == 0)
        let acks = scratch.path("acks.txt")
        let pid = try Spawn.start([Binaries.torture, "crash", db, "77", "\(Int(Battery.backupSeconds))"], stdoutPath: acks)
        let ledger = try Ledger.open(path: db)
        var backups = 0, checkedIDs = 0, problems: [String] = []
        let deadline = Date().addingTimeInterval(Battery.backupSeconds - 1)
        while Date() < deadline {
            usleep(2_000_000)
            let before = Raw.acknowledged(String.contents(of: acks)).versions
            let target = scratch.path("backup-\(backups).sqlite")
            let report = try ledger.backup(to: target)
            backups += 1
            var mode = stat()
            stat(target, &mode)
            if mode.st_mode & 0o777 != 0o600 { problems.append("\(target) has mode \(String(mode.st_mode & 0o777, radix: 8))") }
            // Opened on its own: verify, and every acknowledged commit is in it.
            let found = try FileChecks.problems(target, acknowledged: before)
            problems += found.map { "backup \(backups): \($0)" }
            checkedIDs += before.count
            if report.events == 0 { problems.append("backup \(backups) is empty") }
        }
        let status = Spawn.wait(pid)
        #expect(status == 0)
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        #expect(backups >= 3)
        Battery.report("backup_under_load", ["seconds": Int(Battery.backupSeconds), "backups": backups,
                                             "acknowledged_ids_checked": checkedIDs,
                                             "commits_during": Raw.acknowledged(String.contents(of: acks)).count])
    }

    @Test func backupWritesAPrivateVerifiedCopyAndNeverOverwrites() throws {
        let scratch = try Scratch("backup")
        let db = scratch.path("db.sqlite")
        try #require(try Spawn.run([Binaries.torture, "setup", db]).status == 0)
        _ = try Spawn.run([Binaries.torture, "crash", db, "3", "1"])
        let cli = CLI(db: db)
        let target = scratch.path("saved/b1.sqlite")
        try FileManager.default.createDirectory(atPath: scratch.path("saved"), withIntermediateDirectories: true)
        let out = try cli.run(["backup", "--to", target])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Đã sao lưu vào \(target)"))
        #expect(out.stdout.contains("mã kiểm tra"))
        var mode = stat()
        stat(target, &mode)
        #expect(mode.st_mode & 0o777 == 0o600)
        // One self-contained file: nothing beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("saved")) == ["b1.sqlite"])
        #expect(try Ledger.open(path: target, readOnly: true).verify().ok)
        // The same content as the database.
        let original = try Ledger.open(path: db).verify()
        let copy = try Ledger.check(file: target)
        #expect(copy.events == original.events)
        #expect(copy.tipHash == original.tipHash)
        // Never over an existing file, nor onto the database itself.
        let again = try cli.run(["backup", "--to", target])
        #expect(again.status == 2)
        #expect(again.stderr.contains("đã có: không ghi đè"))
        let itself = try cli.run(["backup", "--to", db])
        #expect(itself.status == 2)
        let nowhere = try cli.run(["backup", "--to", scratch.path("no/such/folder/b.sqlite")])
        #expect(nowhere.status == 2)
        #expect(nowhere.stderr.contains("Không có thư mục"))
    }

    @Test func restorePutsTheBackupBackAndKeepsTheReplacedFileAside() throws {
        let scratch = try Scratch("restore")
        let db = scratch.path("db.sqlite")
        try #require(try Spawn.run([Binaries.torture, "setup", db]).status == 0)
        _ = try Spawn.run([Binaries.torture, "crash", db, "3", "1"])
        let cli = CLI(db: db)
        let backup = scratch.path("b.sqlite")
        #expect(try cli.run(["backup", "--to", backup]).status == 0)
        let atBackup = try Ledger.check(file: backup)
        // Work goes on after the backup...
        _ = try Spawn.run([Binaries.torture, "crash", db, "4", "1"])
        let later = try Ledger.open(path: db).verify()
        #expect(later.events > atBackup.events)
        // ...then the backup is restored.
        let out = try cli.run(["restore", backup])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Đã khôi phục"))
        let restored = try Ledger.open(path: db).verify()
        #expect(restored.ok)
        #expect(restored.tipHash == atBackup.tipHash)
        #expect(restored.events == atBackup.events)
        // The replaced database is kept, whole.
        let aside = try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path).filter { $0.hasPrefix("db.sqlite.replaced-") }
        #expect(aside.count == 1)
        if let name = aside.first {
            #expect(try Ledger.check(file: scratch.path(name)).tipHash == later.tipHash)
            #expect(out.stdout.contains(name))
        }
        // New work lands on the restored file.
        #expect(try cli.run(["verify"]).status == 0)
        _ = try Spawn.run([Binaries.torture, "crash", db, "5", "0.5"])
        #expect(try Ledger.open(path: db).verify().ok)
    }

    @Test func restoreRefusesWhatIsNotAnIntactDexuatDatabaseAndTouchesNothing() throws {
        let scratch = try Scratch("restore-bad")
        let db = scratch.path("db.sqlite")
        try #require(try Spawn.run([Binaries.torture, "setup", db]).status == 0)
        let cli = CLI(db: db)
        let before = try Raw.dump(db)
        // Not a database at all.
        let text = scratch.path("notes.txt")
        try "Biên bản họp".write(toFile: text, atomically: true, encoding: .utf8)
        // A SQLite file that is not dexuat's.
        let other = scratch.path("other.sqlite")
        let queue = try DatabaseQueue(path: other)
        try queue.write { db in try db.execute(sql: "CREATE TABLE t (x)") }
        try queue.close()
        // A dexuat backup whose chain was edited.
        let tampered = scratch.path("tampered.sqlite")
        #expect(try cli.run(["backup", "--to", tampered]).status == 0)
        let raw = try Raw.queue(tampered)
        try raw.write { db in
            try db.execute(sql: "DROP TRIGGER event_no_update")
            try db.execute(sql: "UPDATE event SET reason = 'sửa' WHERE seq = 2")
        }
        try raw.close()
        for (file, words) in [(text, "không phải cơ sở dữ liệu dexuat"), (other, "không phải cơ sở dữ liệu dexuat"),
                              (tampered, "không toàn vẹn"), (scratch.path("missing.sqlite"), "Không có tệp")] {
            let out = try cli.run(["restore", file])
            #expect(out.status != 0, "\(file)")
            #expect(out.stderr.contains(words), "\(file): \(out.stderr)")
        }
        #expect(try Raw.dump(db) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path).filter { $0.contains("replaced") }.isEmpty)
    }
}
