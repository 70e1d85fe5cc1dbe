import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// §3: a full disk, a file that is read-only, missing, made by a newer dexuat, or corrupt.
@Suite("Faults", .serialized, .tags(.slow, .crash), .skippedInFastLoop)
struct FaultTests {
    static func ward() throws -> (Scratch, String) {
        let scratch = try Scratch("fault")
        let path = scratch.path("fault.sqlite")
        let setup = try Spawn.run([Binaries.torture, "setup", path])
        guard setup.status == 0 else { throw NSError(domain: "setup", code: 1, userInfo: [NSLocalizedDescriptionKey: setup.stderr]) }
        return (scratch, path)
    }

    /// SQLite's max_page_count makes the disk "full" a few pages above the file's size.
    @Test func aFullDiskSaysSoLosesNothingAndWritingResumesWhenSpaceReturns() throws {
        let (scratch, path) = try Self.ward()
        _ = scratch
        let ledger = try Ledger.open(path: path)
        var acknowledged: [String: Int] = [:]
        for n in 0..<5 {
            let p = try ledger.create(ConcurrencyTests.dossier("Trước khi đầy \(n)"), by: Actor(login: "nvan"))
            acknowledged[p.id] = p.version
        }
        try ledger.limitPages(try ledger.pageCount() + 3)
        var full: LedgerError?
        for n in 0..<500 {
            do {
                var dossier = ConcurrencyTests.dossier("Đang đầy \(n)")
                dossier.necessity = String(repeating: "nội dung dài ", count: 300)
                let p = try ledger.create(dossier, by: Actor(login: "nvan"))
                acknowledged[p.id] = p.version
            } catch let error as LedgerError {
                full = error
                break
            }
        }
        let error = try #require(full, "the capped database never filled")
        #expect(error.exitCode == 3)
        #expect(error.message(.vi).contains("Đĩa đầy"), "\(error.message(.vi))")
        #expect(error.message(.vi).contains("Không có gì bị mất"))
        #expect(error.message(.en).contains("disk is full"))
        // A step on an existing proposal fails the same way, and leaves it as it was.
        let first = try #require(acknowledged.keys.sorted().first)
        let before = try #require(try ledger.proposal(first))
        do {
            var dossier = ConcurrencyTests.dossier("Sửa khi đĩa đầy")
            dossier.content = String(repeating: "Sửa rất dài ", count: 1_000)
            try ledger.perform(.editDraft(dossier: dossier), on: first, by: Actor(login: "nvan"))
            Issue.record("an edit went through on a full disk")
        } catch let error as LedgerError {
            #expect(error.message(.vi).contains("Đĩa đầy"), "\(error.message(.vi))")
        }
        #expect(try ledger.proposal(first) == before)
        #expect(try FileChecks.problems(path, acknowledged: acknowledged).isEmpty)
        // Space returns: writing resumes.
        try ledger.limitPages(nil)
        let after = try ledger.create(ConcurrencyTests.dossier("Sau khi có chỗ"), by: Actor(login: "nvan"))
        acknowledged[after.id] = after.version
        #expect(try FileChecks.problems(path, acknowledged: acknowledged).isEmpty)
    }

    @Test func aMissingFileIsNamedAndNotCreated() throws {
        let scratch = try Scratch("missing")
        let path = scratch.path("nowhere/dexuat.sqlite")
        let out = try CLI(db: path).run(["list"])
        #expect(out.status == 3)
        #expect(out.stderr.contains("Không tìm thấy cơ sở dữ liệu \(path)"))
        #expect(out.stderr.contains("dexuat init"))
        #expect(!FileManager.default.fileExists(atPath: path))
        let english = try CLI(db: path).run(["submit", "2026-001", "--lang", "en"])
        #expect(english.stderr.contains("No database at"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    /// Running as another account (nobody) that may read the file but not write it.
    @Test(.enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aReadOnlyFileSaysSoAndNothingIsWritten() throws {
        let (scratch, path) = try Self.ward()
        chmod(scratch.folder.path, 0o755)
        chmod(path, 0o644)
        let before = try Raw.dump(path)
        let files = try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path).sorted()
        for arguments in [["submit", "2026-001"], ["list"], ["officer", "add", "--login", "x", "--name", "X", "--unit", "VHXH"]] {
            let out = try Spawn.run(["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", Binaries.dexuat]
                                    + arguments + ["--db", path], environment: Spawn.cleanEnvironment())
            #expect(out.status == 3, "\(arguments): \(out.stderr)")
            #expect(out.stderr.contains("chỉ đọc được"), "\(out.stderr)")
            #expect(out.stderr.contains("Không ghi gì"))
        }
        chmod(path, 0o600)
        let denied = try Spawn.run(["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", Binaries.dexuat,
                                    "list", "--db", path, "--lang", "en"], environment: Spawn.cleanEnvironment())
        #expect(denied.status == 3)
        #expect(denied.stderr.contains("No permission to read"), "\(denied.stderr)")
        #expect(try Raw.dump(path) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path).sorted() == files)
    }

    /// A database that a newer dexuat migrated: this binary refuses it, reading and writing.
    @Test func aFileFromANewerDexuatIsRefusedAndNotWritten() throws {
        let (scratch, path) = try Self.ward()
        _ = scratch
        let ledger = try Ledger.open(path: path)
        let draft = try ledger.create(ConcurrencyTests.dossier("Từ phiên bản mới"), by: Actor(login: "nvan"))
        let queue = try Raw.queue(path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        try queue.close()
        let before = try Raw.dump(path)
        for arguments in [["submit", draft.id], ["list"], ["backup", "--to", scratch.path("b.sqlite")]] {
            let out = try CLI(db: path).run(arguments, environment: ["DEXUAT_AS": "nvan"])
            #expect(out.status == 3, "\(arguments)")
            #expect(out.stderr.contains("phiên bản dexuat mới hơn"), "\(out.stderr)")
            #expect(out.stderr.contains("v99-from-the-future"))
        }
        #expect(try Raw.dump(path) == before)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("b.sqlite")))
    }

    /// Garbage, a damaged header, a cut file, a damaged page: each is reported as damaged,
    /// with the advice to restore from a backup.
    @Test(arguments: ["garbage", "header", "truncated", "page"])
    func aCorruptFileIsDetectedWithAdviceToRestore(damage: String) throws {
        let (scratch, path) = try Self.ward()
        _ = try Spawn.run([Binaries.torture, "crash", path, "5", "1"])
        // One file, no -wal: what a copied or restored file looks like.
        let queue = try Raw.queue(path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
        let page = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } ?? 4096
        try queue.close()
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        let size = try handle.seekToEnd()
        switch damage {
        case "garbage":
            try handle.seek(toOffset: 0)
            try handle.write(contentsOf: Data((0..<4096).map { _ in UInt8.random(in: 0...255) }))
        case "header":
            try handle.seek(toOffset: 0)
            try handle.write(contentsOf: Data(repeating: 0x5A, count: 100))
        case "truncated":
            try handle.truncate(atOffset: size / 3)
        default:
            // The middle of the file: some table or index page, the whole of it (8 KB in a
            // file made by this version, `Ledger.newFilePageSize`).
            try handle.seek(toOffset: (size / UInt64(page) / 2) * UInt64(page))
            try handle.write(contentsOf: Data((0..<page).map { _ in UInt8.random(in: 0...255) }))
        }
        try handle.close()
        _ = scratch
        let verify = try CLI(db: path).run(["verify"])
        #expect(verify.status == 3, "\(damage): \(verify.stdout) \(verify.stderr)")
        let message = verify.stdout + verify.stderr
        #expect(message.contains("hỏng"), "\(damage): \(message)")
        #expect(message.contains("sao lưu"), "\(damage): \(message)")
        if damage != "page" {
            // Detected at open: even `list` says so.
            let list = try CLI(db: path).run(["list", "--lang", "en"])
            #expect(list.status == 3)
            #expect(list.stderr.contains("backup"), "\(damage): \(list.stderr)")
        }
    }
}
