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

    /// A proposal's stored body, as `Codec.json` wrote it, unpacked from its columns here
    /// (v8-body-packing): nil when there is no row or it does not unpack (an unknown
    /// packing, a size that is not the JSON's or past the ceiling, bytes that are not
    /// deflate against the dictionary its row names, a dictionary that is not its own
    /// created event), and nil for JSON that is not UTF-8 text.
    static func storedBody(_ id: String, db: Database) throws -> String? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT p.body_packing, p.body_size, CASE WHEN length(p.body_data) <= \(Packing.largest) THEN p.body_data END, p.body_dict,
                   d.packing, d.data_size, CASE WHEN length(d.data) <= \(Packing.largest) THEN d.data END
            FROM proposal p \(Schema.bodyJoin("p", "d")) WHERE p.id = ?
            """), arguments: [id]) else { return nil }
        guard let packing = row[0] as Int64?, let size = row[1] as Int64?, let data = row[2] as Data? else { return nil }
        var dictionary: (packing: Int64, size: Int64, data: [UInt8])? = nil
        if let dictPacking = row[4] as Int64?, let dictSize = row[5] as Int64?, let dictData = row[6] as Data? {
            dictionary = (dictPacking, dictSize, [UInt8](dictData))
        }
        let unpacked = Packing.inflaters.with { inflater in
            unpackBody(packing: packing, size: size, data: [UInt8](data), dictSeq: row[3], dictionary: dictionary, inflater: inflater)
        }
        guard let json = unpacked else { return nil }
        return String(validating: json, as: UTF8.self)
    }
}
