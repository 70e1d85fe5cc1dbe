import Foundation
import GRDB
import Testing
import Ledger

/// What must hold of a database file after anything happened to it (a kill, a full
/// disk, a race): the checks of issue 6 §1, each returning its problems as text.
enum FileChecks {
    /// integrity_check, foreign_key_check, FTS5 integrity-check, every acknowledged id at
    /// least at its acknowledged version, and `verify` (chain and state = events).
    static func problems(_ path: String, acknowledged: [String: Int]) throws -> [String] {
        var problems: [String] = []
        // A writable connection: opening it recovers the WAL as the next officer would.
        let queue = try Raw.queue(path)
        defer { try? queue.close() }
        try queue.writeWithoutTransaction { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { problems.append("integrity_check: \(integrity.prefix(5))") }
            let foreign = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            if !foreign.isEmpty { problems.append("foreign_key_check: \(foreign.prefix(5))") }
            do {
                try db.inTransaction {
                    try db.execute(sql: "INSERT INTO proposal_search(proposal_search) VALUES('integrity-check')")
                    return .rollback
                }
            } catch {
                problems.append("fts integrity-check: \(error)")
            }
            var versions: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, version FROM proposal") { versions[row["id"]] = row["version"] }
            for (id, version) in acknowledged {
                guard let stored = versions[id] else {
                    problems.append("acknowledged \(id) is missing")
                    continue
                }
                if stored < version { problems.append("acknowledged \(id) v\(version) but the file has v\(stored)") }
            }
        }
        let report = try Ledger.open(path: path).verify()
        if !report.ok { problems.append("verify: \(report.problems.prefix(5).map { $0.message(.en) })") }
        return problems
    }
}
