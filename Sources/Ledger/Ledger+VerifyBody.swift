import Foundation
import GRDB
import Procedure

extension Ledger {
    /// The stored proposal `verify` compares with the replay (issue 16). The stored body is
    /// `Codec.json` of a proposal (`store`, the demo import), so when the replayed
    /// proposal encodes to exactly the stored bytes, the stored one *is* the replayed one
    /// and is not decoded; otherwise the body is decoded as before (nil when there is no
    /// row or it cannot be read), so a difference is still found and named the same way.
    static func storedProposal(_ id: String, replayed: Proposal?, db: Database) -> Proposal? {
        // As before: a body that cannot be read as text is a finding, not a failure.
        guard let body = (try? storedBody(id, db: db)) ?? nil else { return nil }
        if let replayed, let encoded = try? Codec.encoder.encode(replayed), encoded.elementsEqual(body.utf8) {
            return replayed
        }
        return try? Codec.decode(Proposal.self, body)
    }

    /// A proposal's stored body, as `Codec.json` wrote it.
    static func storedBody(_ id: String, db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT body FROM proposal WHERE id = ?"), arguments: [id])
    }
}
