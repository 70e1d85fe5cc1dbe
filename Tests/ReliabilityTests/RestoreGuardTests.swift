import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Issue 10, item 3: `restore` takes back only a backup of the same ledger (the same first
/// event, hash for hash) and never a demo over a real record; with no database yet, any
/// sound backup becomes it.
@Suite("Restore of the same ledger only", .serialized, .tags(.slow), .skippedInFastLoop)
struct RestoreGuardTests {
    static func ward(_ scratch: Scratch, _ name: String, demo: Bool = false) throws -> String {
        let path = scratch.path(name)
        let setup = try Spawn.run([Binaries.torture, "setup", path] + (demo ? ["demo"] : []))
        try #require(setup.status == 0, "\(setup.stdout)")
        return path
    }

    static func replacedFiles(_ scratch: Scratch) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path).filter { $0.contains(".replaced-") }
    }

    @Test func anotherWardsBackupIsRefusedAndNothingIsTouched() throws {
        let scratch = try Scratch("restore-other")
        let db = try Self.ward(scratch, "ward.sqlite")
        let other = try Self.ward(scratch, "other-ward.sqlite")
        let otherBackup = scratch.path("other-backup.sqlite")
        #expect(try CLI(db: other).run(["backup", "--to", otherBackup]).status == 0)
        #expect(try Ledger.open(path: db).firstEventHash() != Ledger.open(path: other).firstEventHash())
        let before = try Raw.dump(db)
        let out = try CLI(db: db).run(["restore", otherBackup])
        #expect(out.status == 2, "\(out.stderr)")
        #expect(out.stderr.contains("không phải bản sao lưu của cơ sở dữ liệu"), "\(out.stderr)")
        #expect(out.stderr.contains("sự kiện đầu tiên khác nhau"))
        #expect(try Raw.dump(db) == before)
        #expect(try Self.replacedFiles(scratch).isEmpty, "nothing copied aside either")
        let english = try CLI(db: db).run(["restore", otherBackup, "--lang", "en"])
        #expect(english.stderr.contains("is not a backup of the database"), "\(english.stderr)")
    }

    @Test func aDemoIsNeverRestoredOverARealRecord() throws {
        let scratch = try Scratch("restore-demo")
        let db = try Self.ward(scratch, "ward.sqlite")
        let demo = try Self.ward(scratch, "demo.sqlite", demo: true)
        let madeByDemo = scratch.path("made-by-demo.sqlite")
        #expect(try CLI(db: madeByDemo).run(["demo", "--proposals", "2", "--quiet"]).status == 0)
        let before = try Raw.dump(db)
        for file in [demo, madeByDemo] {
            let out = try CLI(db: db).run(["restore", file])
            #expect(out.status == 2, "\(out.stderr)")
            #expect(out.stderr.contains("là cơ sở dữ liệu demo"), "\(out.stderr)")
            #expect(out.stderr.contains("không khôi phục bản demo đè lên hồ sơ thật"))
        }
        #expect(try Raw.dump(db) == before)
        #expect(try Self.replacedFiles(scratch).isEmpty)
        // A backup whose meta.demo alone was set to 1 is still a real ward's: judged by its
        // first event, and then refused because verify names the edited flag.
        let flipped = scratch.path("flipped.sqlite")
        #expect(try CLI(db: db).run(["backup", "--to", flipped]).status == 0)
        let queue = try Raw.queue(flipped)
        try queue.write { db in try db.execute(sql: "UPDATE meta SET value = '1' WHERE key = 'demo'") }
        try queue.close()
        let out = try CLI(db: db).run(["restore", flipped])
        #expect(out.status == 3, "\(out.stderr)")
        #expect(out.stderr.contains("Bảng meta, demo"), "\(out.stderr)")
        #expect(try Raw.dump(db) == before)
    }

    @Test func aBackupOfTheSameLedgerIsRestoredAndAnyIntoNoDatabase() throws {
        let scratch = try Scratch("restore-same")
        let db = try Self.ward(scratch, "ward.sqlite")
        let backup = scratch.path("backup.sqlite")
        #expect(try CLI(db: db).run(["backup", "--to", backup]).status == 0)
        try Ledger.open(path: db).save(Officer(login: "tvmoi", name: "Trần Văn Mới", unitID: "VHXH", position: "", isManaging: false),
                                       by: Actor(login: "qtvien"))
        let same = try CLI(db: db).run(["restore", backup])
        #expect(same.status == 0, "\(same.stderr)")
        #expect(try Ledger.open(path: db).organization().officer("tvmoi") == nil, "the backup's state is back")
        #expect(try Self.replacedFiles(scratch).count == 1)
        // No database yet: a demo or another ward's backup may become it.
        let demo = try Self.ward(scratch, "demo.sqlite", demo: true)
        let fresh = scratch.path("new/fresh.sqlite")
        let out = try CLI(db: fresh).run(["restore", demo])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(try Ledger.open(path: fresh).isDemo())
        #expect(try Ledger.open(path: fresh).verify().ok)
        // A file opened but never initialised (no event) is no ledger yet: any backup.
        let empty = scratch.path("empty.sqlite")
        _ = try Ledger.open(path: empty, create: true)
        #expect(try Ledger.open(path: empty).origin() == .empty)
        let intoEmpty = try CLI(db: empty).run(["restore", backup])
        #expect(intoEmpty.status == 0, "\(intoEmpty.stderr)")
        #expect(try Ledger.open(path: empty).firstEventHash() == Ledger.open(path: db).firstEventHash())
    }
}
