import Foundation
import GRDB
import Procedure

/// What a backup or a check of a file found.
public struct BackupReport: Sendable, Hashable {
    public var path: String
    public var events: Int
    public var proposals: Int
    public var tipSeq: Int64
    public var tipHash: String
    public var bytes: Int64
}

/// What `restore` did.
public struct RestoreReport: Sendable, Hashable {
    /// The copy of the database that the restore replaced, kept beside it (nil when there
    /// was no database yet).
    public var keptAside: String?
    public var restored: BackupReport
}

extension Ledger {
    // MARK: - Backup

    /// Copies the database with SQLite's online backup (a consistent snapshot taken in one
    /// read transaction: writers are not stopped), checks the copy, then fsyncs it and its
    /// folder. The copy is mode 0600, made under a temporary name and renamed only once it
    /// verifies, so a crash never leaves a half-written file under the backup's name.
    @discardableResult
    /// `progress` is told the fraction done (0…1): the copy, then the checks of the copy.
    public func backup(to target: String, progress: ((Double) -> Void)? = nil) throws -> BackupReport {
        let fm = FileManager.default
        let targetURL = URL(fileURLWithPath: target).standardizedFileURL
        guard targetURL.path != URL(fileURLWithPath: path).standardizedFileURL.path else {
            throw LedgerError.badInput(LedgerText.backupFileCannotDatabaseItself(path))
        }
        guard !fm.fileExists(atPath: targetURL.path) else {
            throw LedgerError.badInput(LedgerText.fileExistsNotOverwrittenChoose(target))
        }
        let folder = targetURL.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw LedgerError.badInput(LedgerText.noFolderWriteBackup(folder))
        }
        let temporary = folder + "/." + targetURL.lastPathComponent + ".partial-\(getpid())"
        Self.removeDatabaseFiles(temporary)
        try Self.createPrivateFile(temporary)
        var renamed = false
        defer { if !renamed { Self.removeDatabaseFiles(temporary) } }
        do {
            let copy = try DatabaseQueue(path: temporary)
            try pool.backup(to: copy)
            // A backup is one self-contained file: no -wal beside it.
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try copy.close()
        } catch let error as LedgerError {
            throw error
        } catch {
            throw LedgerError.database(Ledger.describe(error))
        }
        progress?(0.2)
        var report = try Self.check(file: temporary, searchIndex: true) { progress?(0.2 + 0.8 * $0) }
        try Self.fsync(path: temporary, folder: false)
        guard rename(temporary, targetURL.path) == 0 else {
            throw LedgerError.database(LedgerText.cannotRenameBackup(target, String(cString: strerror(errno))))
        }
        renamed = true
        Self.removeDatabaseFiles(temporary)
        try Self.fsync(path: folder, folder: true)
        report.path = targetURL.path
        return report
    }

    // MARK: - Checking a file

    /// Checks a file that should be a dexuat database without writing to it: that it is a
    /// SQLite file with dexuat's tables, of a schema this build knows, whose pages are
    /// sound and whose chain and projections verify. Throws a message naming the problem.
    /// `upgrading` is told when a backup of an older schema is checked through a private copy
    /// converted to this build's layout (``verifyMigratedCopy(of:progress:upgrading:)``).
    public static func check(file: String, searchIndex: Bool = false, progress: ((Double) -> Void)? = nil,
                             upgrading: UpgradeNotice? = nil) throws -> BackupReport {
        guard FileManager.default.fileExists(atPath: file) else {
            throw LedgerError.badInput(LedgerText.noFile(file))
        }
        let notOurs = LedgerError.badInput(LedgerText.fileNotDexuatDatabaseDamaged(file))
        do {
            var config = Configuration()
            config.readonly = !searchIndex
            let queue = try DatabaseQueue(path: file, configuration: config)
            let tables = try queue.read { db in Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")) }
            guard tables.isSuperset(of: ["meta", "unit", "officer", "proposal", "event", "proposal_search", "grdb_migrations"]) else {
                throw notOurs
            }
            let problems = try queue.read { db in try integrityProblems(db) }
            guard problems.isEmpty else {
                throw LedgerError.database(LedgerText.fileDamaged(file, problems.prefix(3).joined(separator: "; ")))
            }
            if searchIndex {
                try queue.writeWithoutTransaction { db in try searchIndexCheck(db) }
            }
            try queue.close()
            progress?(0.3)
        } catch let error as LedgerError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            throw notOurs
        } catch {
            throw LedgerError.database(describe(error))
        }
        let report: VerifyReport
        if let applied = try? appliedMigrations(file), !Set(applied).isSuperset(of: Schema.migrations.map(\.identifier)) {
            // A backup made by an earlier version: verify a private copy brought up to this
            // version's schema (the migrations an open would apply), never the backup itself.
            report = try verifyMigratedCopy(of: file, progress: { progress?(0.3 + 0.7 * $0) }, upgrading: upgrading)
        } else {
            let ledger = try Ledger.open(path: file, readOnly: true)
            report = try ledger.verify { progress?(0.3 + 0.7 * $0) }
        }
        guard report.ok else {
            throw LedgerError.database(LedgerText.fileEventChainNotIntact(file, report.problems.count, report.problems.first?.message(.vi) ?? "", report.problems.first?.message(.en) ?? ""))
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: file)[.size]) as? NSNumber)?.int64Value ?? 0
        return BackupReport(path: file, events: report.events, proposals: report.proposals, tipSeq: Int64(report.events),
                            tipHash: report.tipHash, bytes: size)
    }

    /// The migrations a database file has had (read only).
    static func appliedMigrations(_ file: String) throws -> [String] {
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: file, configuration: config)
        defer { try? queue.close() }
        return try queue.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
    }

    /// Verifies a file of an older schema: copied with SQLite's backup API into a private
    /// folder (0700), opened there (which applies this version's migrations), verified, and
    /// removed. The file itself is only read.
    static func verifyMigratedCopy(of file: String, progress: ((Double) -> Void)?, upgrading: UpgradeNotice? = nil) throws -> VerifyReport {
        var template = Array((FileManager.default.temporaryDirectory.path + "/dexuat-check-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }) else {
            throw LedgerError.database(LedgerText.cannotCreateFolder(FileManager.default.temporaryDirectory.path, String(cString: strerror(errno))))
        }
        let folder = String(cString: made)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let copy = folder + "/copy.db"
        do {
            var config = Configuration()
            config.readonly = true
            let source = try DatabaseQueue(path: file, configuration: config)
            try makePrivateCopyTarget(copy)
            let target = try DatabaseQueue(path: copy)
            try source.backup(to: target)
            try source.close()
            try target.close()
        } catch let error as LedgerError {
            throw error
        } catch {
            throw LedgerError.database(describe(error))
        }
        let ledger = try Ledger.open(path: copy, upgrading: upgrading)
        return try ledger.verify(progress: progress)
    }

    private static func makePrivateCopyTarget(_ path: String) throws {
        let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else {
            throw LedgerError.database(LedgerText.cannotCreateFile(path, String(cString: strerror(errno))))
        }
        close(fd)
    }

    /// SQLite's own checks of the pages and of the foreign keys (empty when all is well).
    public func integrityProblems() throws -> [String] {
        try read { db in try Self.integrityProblems(db) }
    }

    /// FTS5's check that the search index agrees with itself; throws when it does not.
    /// It is written as an INSERT, so it runs on the writer, in a transaction rolled back.
    public func checkSearchIndex() throws {
        do {
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.deferred) {
                    try Self.searchIndexCheck(db)
                    return .rollback
                }
            }
        } catch let error as LedgerError {
            throw error
        } catch {
            throw LedgerError.database(Ledger.describe(error))
        }
    }

    static func integrityProblems(_ db: Database) throws -> [String] {
        var problems: [String] = []
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check(20)")
        if integrity != ["ok"] { problems += integrity }
        for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").prefix(20) {
            problems.append("foreign_key_check: \(row)")
        }
        return problems
    }

    static func searchIndexCheck(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO proposal_search(proposal_search) VALUES('integrity-check')")
    }

    // MARK: - Restore

    /// Puts a backup back. The backup is checked first (a dexuat database, sound, its chain
    /// intact, and a backup of this same ledger: ``requireSameLedger(backup:current:)``)
    /// and nothing is touched when it is not. The current database is first copied
    /// aside (`NAME.replaced-YYYYMMDD-HHMMSS`), then the backup's pages are copied into it
    /// with SQLite's backup API, so the -wal of the live file can never be replayed onto the
    /// restored one. Other officers should be out of dexuat while it runs (docs/DEPLOY.md).
    /// `progress` is told the fraction done (0…1): the checks of the backup, then the copy.
    /// `upgrading` is told when the restored file (a backup made by an older build), or the
    /// current one, is converted to this build's layout, as ``open(path:create:readOnly:upgrading:)``
    /// tells it.
    public static func restore(from backup: String, into path: String, at now: Date = Date(),
                               progress: ((Double) -> Void)? = nil, upgrading: UpgradeNotice? = nil) throws -> RestoreReport {
        let source = URL(fileURLWithPath: backup).standardizedFileURL.path
        let target = URL(fileURLWithPath: path).standardizedFileURL.path
        guard source != target else {
            throw LedgerError.badInput(LedgerText.backupDatabaseItself(path))
        }
        var restored = try check(file: source, progress: { progress?(0.6 * $0) }, upgrading: upgrading)
        guard FileManager.default.fileExists(atPath: target) else {
            // No database yet: the backup simply becomes it (through a checked copy).
            let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
            if !FileManager.default.fileExists(atPath: folder) {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            }
            let ledger = try Ledger.open(path: source, readOnly: true)
            try ledger.backup(to: target)
            // Open it as the database: WAL mode, and any later migrations applied.
            _ = try Ledger.open(path: target, upgrading: upgrading)
            restored.path = target
            return RestoreReport(keptAside: nil, restored: restored)
        }
        let current = try Ledger.open(path: target, upgrading: upgrading)
        try requireSameLedger(backup: source, current: current)
        let stamp = Codec.vietnam(now).prefix(19).filter { $0.isNumber || $0 == "T" }.replacingOccurrences(of: "T", with: "-")
        var aside = target + ".replaced-" + stamp
        var n = 1
        while FileManager.default.fileExists(atPath: aside) {
            n += 1
            aside = target + ".replaced-" + stamp + "-\(n)"
        }
        try current.backup(to: aside)
        // SQLite's backup API cannot give a file in WAL mode pages of another size (a backup
        // from before the 8 KB pages of `newFilePageSize`, or the other way). So such a
        // backup is first copied, privately beside the live file, to the live file's page
        // size (a file in rollback mode changes it at a VACUUM), and that copy put back: the
        // live file is written as for any restore, and keeps its page size.
        let resized = target + ".restoring-\(getpid())"
        defer { removeDatabaseFiles(resized) }
        do {
            var config = Configuration()
            config.readonly = true
            var queue = try DatabaseQueue(path: source, configuration: config)
            let sourcePageSize = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") }
            let targetPageSize = try current.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } ?? newFilePageSize
            if sourcePageSize != targetPageSize {
                removeDatabaseFiles(resized)
                try createPrivateFile(resized)
                let copy = try DatabaseQueue(path: resized)
                try queue.backup(to: copy)
                try copy.writeWithoutTransaction { db in
                    // The copy took the backup's header, WAL mode included: out of it first.
                    _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
                    try db.execute(sql: "PRAGMA page_size = \(targetPageSize)")
                    try db.execute(sql: "VACUUM")
                }
                try copy.close()
                try queue.close()
                queue = try DatabaseQueue(path: resized, configuration: config)
            }
            try queue.backup(to: current.pool)
            try queue.close()
            try current.pool.writeWithoutTransaction { db in
                _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(FULL)")
            }
        } catch let error as LedgerError {
            throw error
        } catch {
            throw LedgerError.database(LedgerText.restoreDidNotComplete(Ledger.describe(error), aside))
        }
        // Open again: migrations for an older backup, and a last check.
        let reopened = try Ledger.open(path: target, upgrading: upgrading)
        let report = try reopened.verify()
        guard report.ok else {
            throw LedgerError.database(LedgerText.afterRestoreVerifyFailsDatabase(aside))
        }
        restored.path = target
        return RestoreReport(keptAside: aside, restored: restored)
    }

    // MARK: - Disk limits (for the fault battery)

    /// Caps the database at `pages` pages (SQLite's `max_page_count`) on this ledger's
    /// writer, so that a full disk can be simulated; nil lifts the cap.
    public func limitPages(_ pages: Int?) throws {
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA max_page_count = \(pages ?? 4_294_967_294)")
        }
    }

    /// The database's size in bytes, pages times page size: what its file holds once the
    /// -wal is written back into it (the -wal can hold a page several times, so the two
    /// files' sizes added say more than the record takes).
    public func databaseBytes() throws -> Int64 {
        try read { db in
            (try Int64.fetchOne(db, sql: "PRAGMA page_count") ?? 0) * (try Int64.fetchOne(db, sql: "PRAGMA page_size") ?? 0)
        }
    }

    /// The number of pages of the database file.
    public func pageCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
    }

    // MARK: - Files

    static func createPrivateFile(_ path: String) throws {
        let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else {
            throw LedgerError.database(LedgerText.cannotCreateFile(path, String(cString: strerror(errno))))
        }
        fchmod(fd, 0o600)
        close(fd)
    }

    static func removeDatabaseFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    /// fsync(2) of a file or of a folder (so that a rename in it survives a power cut).
    static func fsync(path: String, folder: Bool) throws {
        let fd = Foundation.open(path, folder ? (O_RDONLY | O_DIRECTORY) : O_RDWR)
        guard fd >= 0 else {
            throw LedgerError.database(LedgerText.cannotOpenSyncDisk(path, String(cString: strerror(errno))))
        }
        defer { close(fd) }
        guard Foundation.fsync(fd) == 0 else {
            throw LedgerError.database(LedgerText.cannotSyncDisk(path, String(cString: strerror(errno))))
        }
    }
}
