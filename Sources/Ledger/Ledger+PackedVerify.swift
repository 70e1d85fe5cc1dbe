import Crypto
import Foundation
import GRDB

extension Ledger {
    /// The hash pass over `event_log` (v7-event-packing) for `from ≤ seq < to`: the same
    /// checks as over the old table (each row's hash recomputed over its canonical bytes,
    /// each link, each gap), read from the table itself and unpacked here, plus the packing's
    /// own: a value that does not unpack to its stored size under its dictionary is
    /// unreadable (and cannot be shown to hash), and `dict_seq` must name the proposal's
    /// first created event before the row (none for a created event or an event of no
    /// proposal).
    static func verifyPackedChain(_ db: Database, from: Int64?, to: Int64?) throws -> VerifyPart {
        var part = VerifyPart()
        var previousSeq: Int64 = 0
        var previousHash = EventChain.genesis
        if let from, let before = try Row.fetchOne(db, sql: """
            SELECT seq, \(Schema.hashTextSQL("hash")) FROM event_log WHERE seq < ? ORDER BY seq DESC LIMIT 1
            """, arguments: [from]) {
            previousSeq = before[0]
            previousHash = before[1]
        }
        var clauses: [String] = []
        var arguments: [Int64] = []
        if let from { clauses.append("seq >= ?"); arguments.append(from) }
        if let to { clauses.append("seq < ?"); arguments.append(to) }
        let condition = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT seq, proposal_id, kind, actor, on_behalf_of, played, at_utc,
                   COALESCE(at_local, \(Schema.vietnamSQL("at_utc"))), packing, data, data_size, dict_seq, prev_hash_odd, hash, acting
            FROM event_log \(condition) ORDER BY seq
            """, arguments: StatementArguments(arguments))
        let inflater = Packing.Inflater()
        let dictionaries = PackedDictionaries(inflater: inflater)
        while let raw = try cursor.next() {
            let seq: Int64 = raw[0]
            let proposalID: String? = raw[1]
            let kind: String = raw[2]
            let hash = Self.storedHashText(raw[13])
            // The previous hash as the `event` view derives it.
            let prevHash: String = raw[12] ?? (previousSeq == seq - 1 && previousSeq > 0 ? previousHash
                                                : (seq == 1 ? EventChain.genesis : ""))
            part.events += 1
            if seq != previousSeq + 1 { part.problems.append(.gap(afterSeq: previousSeq, nextSeq: seq)) }
            if prevHash != previousHash {
                part.problems.append(.brokenLink(seq: seq, expectedPrevious: previousHash))
            }
            // The dictionary the row names, and the one it should name.
            let dictSeq: Int64? = raw[11]
            let expected = try (kind == "created" ? nil : proposalID.flatMap { try dictionaries.createdSeq(db, proposalID: $0) })
                .flatMap { $0 < seq ? $0 : nil }
            if dictSeq != expected { part.problems.append(.packingDisagrees(seq: seq)) }
            var content: [UInt8]? = nil
            let data: Data? = raw[9]
            if let data, let packing = raw[8] as Int64?, let size = raw[10] as Int64?, size >= 0, size <= Int64(Packing.largest) {
                var created: [UInt8]? = nil
                var dictionaryReadable = true
                if let dictSeq {
                    created = try dictionaries.payload(db, seq: dictSeq)
                    dictionaryReadable = created != nil
                }
                if dictionaryReadable {
                    content = Packing.unpackEvent(packing: packing, data: [UInt8](data), size: Int(size), kind: kind,
                                                  created: created, inflater: inflater)
                }
            }
            guard let content, let split = Packing.splitEventContent(content) else {
                part.problems.append(.unreadable(seq: seq))
                part.problems.append(.hashMismatch(seq: seq))
                previousHash = hash
                previousSeq = seq
                continue
            }
            let row = EventChain.Row(seq: seq, proposalID: proposalID, kind: kind, actor: raw[3], onBehalfOf: raw[4], played: raw[5],
                                     atUTC: raw[6], atLocal: raw[7], reason: String(decoding: split.reason, as: UTF8.self),
                                     payload: String(decoding: split.payload, as: UTF8.self), prevHash: prevHash, hash: hash,
                                     acting: raw[14])
            if EventChain.hash(row) != row.hash { part.problems.append(.hashMismatch(seq: seq)) }
            previousHash = hash
            previousSeq = seq
        }
        return part
    }

    /// The `hash` column as text: lower-case hex of its 32 bytes, or the text an upgraded
    /// row kept.
    static func storedHashText(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .blob(let data):
            let digits = Array("0123456789abcdef".utf8)
            return String(unsafeUninitializedCapacity: data.count * 2) { out in
                for (i, byte) in data.enumerated() {
                    out[2 * i] = digits[Int(byte >> 4)]
                    out[2 * i + 1] = digits[Int(byte & 15)]
                }
                return data.count * 2
            }
        case .string(let text): return text
        case .int64(let number): return String(number)
        case .double(let number): return String(number)
        case .null: return ""
        }
    }
}

/// The created events a piece of the hash pass has met: each proposal's first created
/// seq, and the payloads used as dictionaries (unpacked once each).
private final class PackedDictionaries {
    let inflater: Packing.Inflater
    private var createdSeqs: [String: Int64?] = [:]
    private var payloads: [Int64: [UInt8]?] = [:]
    /// The bytes `payloads` holds: emptied past 64 MB, so hostile rows that each unpack to
    /// the largest size allowed cannot make the pass hold more than that.
    private var payloadBytes = 0
    static let payloadBudget = 64 * 1024 * 1024

    init(inflater: Packing.Inflater) { self.inflater = inflater }

    func createdSeq(_ db: Database, proposalID: String) throws -> Int64? {
        if let known = createdSeqs[proposalID] { return known }
        let seq = try Int64.fetchOne(db.cachedStatement(sql: "SELECT seq FROM event_log WHERE proposal_id = ? AND kind = 'created' ORDER BY seq LIMIT 1"),
                                     arguments: [proposalID])
        createdSeqs[proposalID] = .some(seq)
        if createdSeqs.count > 50_000 { createdSeqs.removeAll(keepingCapacity: true) }
        return seq
    }

    /// The payload of the created event at `seq` (unpacked without a created payload), or nil
    /// when there is no such row or it does not unpack.
    func payload(_ db: Database, seq: Int64) throws -> [UInt8]? {
        if let known = payloads[seq] { return known }
        var payload: [UInt8]? = nil
        if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT packing, data, data_size FROM event_log WHERE seq = ?"), arguments: [seq]),
           let packing = row[0] as Int64?, let data = row[1] as Data?, let size = row[2] as Int64?,
           size >= 0, size <= Int64(Packing.largest),
           let content = Packing.unpackEvent(packing: packing, data: [UInt8](data), size: Int(size), kind: "created", created: nil,
                                             inflater: inflater),
           let split = Packing.splitEventContent(content) {
            payload = Array(split.payload)
        }
        if payloads.count >= 50_000 || payloadBytes + (payload?.count ?? 0) > Self.payloadBudget {
            payloads.removeAll(keepingCapacity: true)
            payloadBytes = 0
        }
        payloads[seq] = .some(payload)
        payloadBytes += payload?.count ?? 0
        return payload
    }
}
