import Foundation
import GRDB
import Procedure

/// The store of record: one SQLite file, opened as a WAL pool, in which every action
/// is one IMMEDIATE transaction that re-checks the rules and appends hash-chained events.
///
///     let ledger = try Ledger.open(path: "/var/lib/dexuat/dexuat.sqlite", create: true)
///     let proposal = try ledger.create(dossier, by: Actor(login: "nvhung"))
public final class Ledger: Sendable {
    public let path: String
    let pool: DatabasePool

    /// The busy timeout: a writer waits this long for another officer's write to finish.
    public static let busyTimeout: TimeInterval = 10

    private init(path: String, pool: DatabasePool) {
        self.path = path
        self.pool = pool
    }

    /// Opens (or, with `create`, creates) the database at `path`.
    ///
    /// A new file is made with mode 0600 before SQLite touches it, so that its -wal and
    /// -shm files get the same; a folder dexuat creates for it gets 0700.
    /// `upgrading`, when given, is told before an existing file is converted by migrations this
    /// build adds (the number of steps), and again when it is done (with the seconds it took):
    /// on a large file the conversion takes minutes, and an officer must not take it for a hang.
    public static func open(path: String, create: Bool = false, readOnly: Bool = false,
                            upgrading: UpgradeNotice? = nil) throws -> Ledger {
        let fm = FileManager.default
        let exists = fm.fileExists(atPath: path)
        if !exists {
            guard create else {
                throw LedgerError.database(LedgerText.noDatabaseRunDexuatInit(path))
            }
            try makePrivateFile(at: path)
            try setNewFilePageSize(at: path)
        }
        if !readOnly { repairSidecarModes(of: path) }
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        config.readonly = readOnly
        config.label = "dexuat"
        config.prepareDatabase { db in
            // A 16 MiB page cache per connection; reading the schema here also makes a
            // corrupt or foreign file fail at open, where the message can advise a restore.
            try db.execute(sql: "PRAGMA cache_size = -16000")
            // The `event` view reads reason and payload through it (Packing.swift), the
            // `proposal_body` view the body (BodyPacking.swift).
            UnpackFunction.register(on: db)
            _ = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw LedgerError.database(openFailure(path: path, error: error))
        }
        let ledger = Ledger(path: path, pool: pool)
        try ledger.prepare(readOnly: readOnly, upgrading: upgrading)
        return ledger
    }

    /// The page size of a file this build makes (SQLite's default is 4 KB). Issue 16: a packed
    /// proposal row is about 1.3 KB, so 4 KB pages left a fifth of the proposals' pages empty;
    /// 8 KB pages made a 10,000-proposal demo 4 % smaller (10.07 to 9.66 KB a proposal).
    /// An existing file keeps its page size: a file in WAL mode cannot change it (restore
    /// resizes a backup's copy to it, `Ledger.restore`).
    public static let newFilePageSize = 8192

    /// Sets the page size of the empty file just made, before anything is written: the
    /// switch to WAL mode writes the file's first page, which fixes it.
    private static func setNewFilePageSize(at path: String) throws {
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA page_size = \(newFilePageSize)")
                _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            }
            try queue.close()
        } catch {
            throw LedgerError.database(openFailure(path: path, error: error))
        }
    }

    private static func makePrivateFile(at path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let fm = FileManager.default
        if !fm.fileExists(atPath: folder) {
            do {
                try fm.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw LedgerError.database(LedgerText.cannotCreateFolder(folder, error.localizedDescription))
            }
        }
        let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else {
            throw LedgerError.database(LedgerText.cannotCreateFile(path, String(cString: strerror(errno))))
        }
        fchmod(fd, 0o600)
        close(fd)
    }

    private static func openFailure(path: String, error: Error) -> Localized {
        let text = "\(error)"
        if let db = error as? DatabaseError, db.resultCode == .SQLITE_NOTADB || db.resultCode == .SQLITE_CORRUPT {
            return LedgerText.fileCorruptNotDexuatDatabase(path)
        }
        if let db = error as? DatabaseError, [.SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH].contains(db.resultCode) {
            if access(path, R_OK) != 0 {
                return LedgerText.noPermissionReadDatabaseAccount(path, Ledger.accountName())
            }
            return LedgerText.databaseReadOnlyAccountFile(path, Ledger.accountName())
        }
        return LedgerText.cannotOpenDatabase(path, text)
    }

    /// The login of the effective user, for messages about permissions.
    static func accountName() -> String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return "uid \(geteuid())" }
        return String(cString: name)
    }

    /// What `open` tells of an upgrade of an existing file: `.starting(steps)` before the
    /// migrations run, `.finished(seconds)` after them (and the compaction) are done.
    public enum Upgrade: Sendable, Equatable {
        case starting(steps: Int)
        case finished(seconds: Double)
    }
    public typealias UpgradeNotice = (Upgrade) -> Void

    private func prepare(readOnly: Bool, upgrading: UpgradeNotice?) throws {
        do {
            if !readOnly {
                // GRDB sets synchronous=NORMAL in WAL mode; records of state want FULL.
                try pool.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA synchronous = FULL")
                }
            }
            let applied = try pool.read { db in try Schema.migrator.appliedIdentifiers(db) }
            let known = Set(Schema.migrator.migrations)
            if let unknown = applied.first(where: { !known.contains($0) }) {
                throw LedgerError.database(LedgerText.databaseMadeNewerDexuatSchema(unknown))
            }
            let pending = Schema.migrator.migrations.filter { !applied.contains($0) }.count
            // A new file (nothing applied yet) is made, not upgraded: nothing to say.
            let announced = !readOnly && !applied.isEmpty && pending > 0 ? upgrading : nil
            let started = Date()
            announced?(.starting(steps: pending))
            if !readOnly {
                try Schema.migrator.migrate(pool)
                // Issue 16: an existing file upgraded to the lean layout (v7-event-packing,
                // v7-search-contentless, v8-body-packing) gives its freed pages back once, at
                // that upgrade; VACUUM is one transaction of its own (all of it or nothing);
                // without room on the disk for a copy it fails and the file keeps its free
                // pages, valid.
                if !applied.isEmpty, !Schema.leanLayoutMigrations.allSatisfy(applied.contains) {
                    try? pool.writeWithoutTransaction { db in try db.execute(sql: "VACUUM") }
                }
            }
            announced?(.finished(seconds: Date().timeIntervalSince(started)))
        } catch let error as LedgerError {
            throw error
        } catch {
            throw LedgerError.database(Ledger.openFailure(path: path, error: error))
        }
    }

    /// The value of `PRAGMA synchronous` on the writer (2 = FULL).
    public func synchronousMode() throws -> Int {
        try pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
    }

    public func journalMode() throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// Runs `body` in one IMMEDIATE write transaction: the lock is taken before anything is
    /// read, so what is checked inside is what gets written.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { throw LedgerError.database(LedgerText.transactionDidNotComplete) }
                return result
            }
        } catch let error as LedgerError {
            throw error
        } catch let error as Refusal {
            throw LedgerError.refused(error)
        } catch {
            throw LedgerError.database(Ledger.describe(error))
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as LedgerError {
            throw error
        } catch {
            throw LedgerError.database(Ledger.describe(error))
        }
    }

    static func describe(_ error: Error) -> Localized {
        if let db = error as? DatabaseError {
            switch db.resultCode {
            case .SQLITE_FULL:
                return LedgerText.diskFullNothingWrittenNothing
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return LedgerText.databaseBusySomeoneElseWriting
            case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
                return LedgerText.noPermissionWriteDatabase(db.message ?? "")
            case .SQLITE_CORRUPT, .SQLITE_NOTADB:
                return LedgerText.databaseCorruptRestoreLatestBackup
            default:
                return LedgerText.databaseError(db.message ?? "\(db)")
            }
        }
        return LedgerText.unexpectedError(error)
    }
}
