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
    public static func open(path: String, create: Bool = false, readOnly: Bool = false) throws -> Ledger {
        let fm = FileManager.default
        let exists = fm.fileExists(atPath: path)
        if !exists {
            guard create else {
                throw LedgerError.database(Localized(
                    vi: "Không tìm thấy cơ sở dữ liệu \(path). Hãy chạy `dexuat init` (hoặc `dexuat demo`) trước, hoặc chỉ đúng đường dẫn bằng --db.",
                    en: "No database at \(path). Run `dexuat init` (or `dexuat demo`) first, or give the right path with --db."))
            }
            try makePrivateFile(at: path)
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
            _ = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw LedgerError.database(openFailure(path: path, error: error))
        }
        let ledger = Ledger(path: path, pool: pool)
        try ledger.prepare(readOnly: readOnly)
        return ledger
    }

    private static func makePrivateFile(at path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let fm = FileManager.default
        if !fm.fileExists(atPath: folder) {
            do {
                try fm.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw LedgerError.database(Localized(vi: "Không tạo được thư mục \(folder): \(error.localizedDescription)",
                                                     en: "Cannot create the folder \(folder): \(error.localizedDescription)"))
            }
        }
        let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else {
            throw LedgerError.database(Localized(vi: "Không tạo được tệp \(path) (\(String(cString: strerror(errno))))",
                                                 en: "Cannot create the file \(path) (\(String(cString: strerror(errno))))"))
        }
        fchmod(fd, 0o600)
        close(fd)
    }

    private static func openFailure(path: String, error: Error) -> Localized {
        let text = "\(error)"
        if let db = error as? DatabaseError, db.resultCode == .SQLITE_NOTADB || db.resultCode == .SQLITE_CORRUPT {
            return Localized(vi: "Tệp \(path) bị hỏng hoặc không phải cơ sở dữ liệu dexuat. Hãy khôi phục từ bản sao lưu gần nhất.",
                             en: "The file \(path) is corrupt or not a dexuat database. Restore it from the latest backup.")
        }
        if let db = error as? DatabaseError, [.SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH].contains(db.resultCode) {
            if access(path, R_OK) != 0 {
                return Localized(vi: "Không có quyền đọc cơ sở dữ liệu \(path) (tài khoản \(Ledger.accountName())). Không ghi gì. Hãy chạy bằng tài khoản sở hữu tệp, hoặc nhờ quản trị kiểm tra quyền.",
                                 en: "No permission to read the database \(path) (account \(Ledger.accountName())). Nothing was written. Run as the account that owns the file, or ask the administrator to check the permissions.")
            }
            return Localized(vi: "Cơ sở dữ liệu \(path) chỉ đọc được với tài khoản \(Ledger.accountName()) (tệp hoặc thư mục không cho ghi). Không ghi gì. Hãy chạy bằng tài khoản sở hữu tệp, hoặc nhờ quản trị kiểm tra quyền.",
                             en: "The database \(path) is read-only for the account \(Ledger.accountName()) (the file or its folder cannot be written). Nothing was written. Run as the account that owns the file, or ask the administrator to check the permissions.")
        }
        return Localized(vi: "Không mở được cơ sở dữ liệu \(path): \(text)", en: "Cannot open the database \(path): \(text)")
    }

    /// The login of the effective user, for messages about permissions.
    static func accountName() -> String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return "uid \(geteuid())" }
        return String(cString: name)
    }

    private func prepare(readOnly: Bool) throws {
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
                throw LedgerError.database(Localized(
                    vi: "Cơ sở dữ liệu được tạo bởi phiên bản dexuat mới hơn (lược đồ \(unknown)). Hãy cập nhật dexuat; không ghi gì vào tệp.",
                    en: "The database was made by a newer dexuat (schema \(unknown)). Update dexuat; nothing was written."))
            }
            if !readOnly {
                try Schema.migrator.migrate(pool)
            }
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
                guard let result else { throw LedgerError.database(Localized(vi: "Giao dịch không hoàn tất", en: "Transaction did not complete")) }
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
                return Localized(vi: "Đĩa đầy: không ghi được. Không có gì bị mất; hãy giải phóng dung lượng rồi thử lại.",
                                 en: "The disk is full: nothing was written and nothing is lost. Free some space and try again.")
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return Localized(vi: "Cơ sở dữ liệu đang bận (người khác đang ghi). Hãy thử lại sau giây lát.",
                                 en: "The database is busy (someone else is writing). Try again in a moment.")
            case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
                return Localized(vi: "Không có quyền ghi vào cơ sở dữ liệu: \(db.message ?? "")",
                                 en: "No permission to write the database: \(db.message ?? "")")
            case .SQLITE_CORRUPT, .SQLITE_NOTADB:
                return Localized(vi: "Cơ sở dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu gần nhất.",
                                 en: "The database is corrupt. Restore it from the latest backup.")
            default:
                return Localized(vi: "Lỗi cơ sở dữ liệu: \(db.message ?? "\(db)")", en: "Database error: \(db.message ?? "\(db)")")
            }
        }
        return Localized(vi: "Lỗi: \(error)", en: "Error: \(error)")
    }
}
