import Foundation
import GRDB
@testable import Ledger

/// What an attacker with write access to the file and dexuat's source does to hide an
/// edit: rewrite events, recompute every hash after them, put the triggers back.
enum Rehash {
    /// Applies `edit` to every event (in order) and recomputes every hash; `tables` runs in
    /// the same transaction, to make the tables agree with the rewritten events.
    static func rewrite(_ path: String, tables: (Database) throws -> Void = { _ in },
                        _ edit: (inout EventChain.Row) -> Void) throws {
        let queue = try Raw.queue(path)
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER event_no_update; DROP TRIGGER event_no_delete")
            var previous = EventChain.genesis
            for raw in try Row.fetchAll(db, sql: "SELECT * FROM event ORDER BY seq") {
                var row = EventChain.row(from: raw)
                edit(&row)
                row.prevHash = previous
                row.hash = EventChain.hash(row)
                // v7-event-packing: the row repacked into event_log, as the `event` view will show it.
                try EventChain.overwrite(db, row)
                previous = row.hash
            }
            try tables(db)
            try db.execute(sql: """
                CREATE TRIGGER event_no_update BEFORE UPDATE ON event_log
                BEGIN SELECT RAISE(ABORT, 'event log is append-only: events cannot be changed'); END;
                CREATE TRIGGER event_no_delete BEFORE DELETE ON event_log
                BEGIN SELECT RAISE(ABORT, 'event log is append-only: events cannot be deleted'); END;
                """)
        }
        try queue.close()
    }
}
