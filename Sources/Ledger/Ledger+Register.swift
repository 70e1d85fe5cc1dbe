import Foundation
import GRDB
import Procedure

extension Ledger {
    /// Every proposal, oldest first, decoded in full: what the public register is made from.
    /// A public register is never printed with a proposal silently left out: a record that
    /// does not decode stops it, naming the proposal (``decodeStored(_:id:)``).
    public func allProposals() throws -> [Proposal] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, body FROM proposal_body ORDER BY seq").map { row in
                try Self.decodeStored(row["body"] ?? "", id: row["id"] ?? "")
            }
        }
    }

    /// The last event of each proposal, by proposal id: the hash a printed register line carries.
    public func lastEvents() throws -> [String: (seq: Int64, hash: String)] {
        try read { db in
            var result: [String: (seq: Int64, hash: String)] = [:]
            let rows = try Row.fetchAll(db, sql: """
                SELECT e.proposal_id, e.seq, e.hash FROM event e
                JOIN (SELECT proposal_id, MAX(seq) AS last FROM event WHERE proposal_id IS NOT NULL GROUP BY proposal_id) t
                  ON e.seq = t.last
                """)
            for row in rows {
                let id: String = row["proposal_id"]
                result[id] = (row["seq"], row["hash"])
            }
            return result
        }
    }
}
