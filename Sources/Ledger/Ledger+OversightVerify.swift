import Foundation
import GRDB
import Procedure

extension Ledger {
    /// Replays the events of points 1 and 4 and compares the result with the projection
    /// tables, row by row and column by column: a row edited, added or deleted without its
    /// event is named, first disagreement first.
    static func verifyOversight(_ db: Database, into report: inout VerifyReport) throws {
        var records = OversightRecords()
        let kinds = OversightChange.kinds.map { "'\($0)'" }.joined(separator: ", ")
        let events = try Row.fetchCursor(db, sql: """
            SELECT seq, kind, payload FROM event WHERE proposal_id IS NULL AND kind IN (\(kinds)) ORDER BY seq
            """)
        while let raw = try events.next() {
            let seq: Int64 = raw["seq"]
            guard let change = try? Codec.decode(OversightChange.self, raw["payload"]), change.kind == raw["kind"] else {
                report.problems.append(.unreadable(seq: seq))
                continue
            }
            records.apply(change)
        }
        var expected: [String: OversightProjection.Row] = [:]
        for row in try OversightProjection.rows(records) { expected[row.table + "\u{1F}" + row.key] = row }
        var found: [String: OversightProjection.Row] = [:]
        for table in OversightProjection.tables {
            let sql = "SELECT \(table.key) AS row_key, \(table.columns.joined(separator: ", ")) FROM \(table.name)"
            for raw in try Row.fetchAll(db, sql: sql) {
                let key: String = raw["row_key"]
                let columns = table.columns.map { name -> OversightProjection.Column in
                    let value: DatabaseValue = raw[name]
                    switch value.storage {
                    case .null: return OversightProjection.Column(name, nil)
                    case .int64(let number): return OversightProjection.Column(name, String(number), integer: true)
                    case .double(let number): return OversightProjection.Column(name, String(number))
                    case .string(let text): return OversightProjection.Column(name, text)
                    case .blob: return OversightProjection.Column(name, "<blob>")
                    }
                }
                found[table.name + "\u{1F}" + key] = OversightProjection.Row(table: table.name, key: key, columns: columns)
            }
        }
        for id in Set(expected.keys).union(found.keys).sorted() {
            let want = expected[id], have = found[id]
            guard want?.columns.map(\.value) != have?.columns.map(\.value) else { continue }
            let row = want ?? have
            report.problems.append(.oversightDisagrees(table: row?.table ?? "", key: row?.key ?? id))
        }
    }
}
