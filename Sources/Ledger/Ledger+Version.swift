import GRDB

/// What `dexuat version` reports about the store: the schema this build writes and the
/// SQLite library it runs on. Read-only; nothing here opens or creates a database.
extension Ledger {
    /// The newest migration this build knows (`Schema.latest`).
    public static var schemaVersion: String { Schema.latest }

    /// The SQLite library linked at run time (`sqlite_version()`), asked of an in-memory
    /// database so that no file is touched.
    public static func sqliteVersion() throws -> String {
        let queue = try DatabaseQueue()
        return try queue.read { db in try String.fetchOne(db, sql: "SELECT sqlite_version()") ?? "?" }
    }

    /// The number of events in the chain (its last sequence number; 0 when empty).
    public func chainLength() throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM event") ?? 0 }
    }
}
