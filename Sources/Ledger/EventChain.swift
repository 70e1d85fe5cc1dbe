import Crypto
import Foundation
import GRDB
import Procedure

/// The hash chain over the `event` table (docs/CHAIN.md).
///
/// Each row's hash is SHA-256 over its fields, each written as `<byte length>:<bytes>\n`,
/// starting with the previous row's hash; the first row's previous hash is 64 zeros.
/// Editing, deleting, inserting or swapping any row breaks every hash after it.
public enum EventChain {
    public static let genesis = String(repeating: "0", count: 64)

    /// The fields of one event row, in hashing order.
    public struct Row: Sendable, Hashable {
        public var seq: Int64
        public var proposalID: String?
        public var kind: String
        public var actor: String
        public var onBehalfOf: String?
        public var played: Bool
        public var atUTC: String
        public var atLocal: String
        public var reason: String
        public var payload: String
        public var prevHash: String
        public var hash: String
        /// §7.5 (schema v5-delegation): the delegation or appointment the actor acted on,
        /// as JSON (``Acting``); nil for every event before it and every other event.
        public var acting: String? = nil
    }

    /// The canonical bytes that are hashed for a row.
    public static func canonical(_ row: Row) -> [UInt8] {
        // `acting` is hashed only when present, so every row written before it keeps its hash.
        let fields = [row.prevHash, String(row.seq), row.proposalID ?? "", row.kind, row.actor, row.onBehalfOf ?? "",
                      row.played ? "1" : "0", row.atUTC, row.atLocal, row.reason, row.payload] + (row.acting.map { [$0] } ?? [])
        var bytes: [UInt8] = []
        bytes.reserveCapacity(fields.reduce(0) { $0 + $1.utf8.count + 8 })
        for field in fields {
            bytes.append(contentsOf: String(field.utf8.count).utf8)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(contentsOf: field.utf8)
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    public static func hash(_ row: Row) -> String {
        hexadecimal(SHA256.hash(data: canonical(row)))
    }

    /// Lower-case hex of a digest, written into one buffer (`verify` hashes every row: a
    /// string per byte, joined, cost more than the SHA-256 itself).
    static func hexadecimal(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return digest.withUnsafeBytes { bytes in
            String(unsafeUninitializedCapacity: bytes.count * 2) { out in
                for (i, byte) in bytes.enumerated() {
                    out[2 * i] = digits[Int(byte >> 4)]
                    out[2 * i + 1] = digits[Int(byte & 15)]
                }
                return bytes.count * 2
            }
        }
    }

    /// The last row's sequence number and hash, inside the current transaction.
    static func tip(_ db: Database) throws -> (seq: Int64, hash: String) {
        // v7-event-packing: the table itself (a file opened read-only before it has only `event`).
        let table = try db.tableExists("event_log") ? "event_log" : "event"
        let hash = table == "event_log" ? Schema.hashTextSQL("hash") : "hash"
        if let row = try GRDB.Row.fetchOne(db, sql: "SELECT seq, \(hash) FROM \(table) ORDER BY seq DESC LIMIT 1") {
            return (row[0], row[1])
        }
        return (0, genesis)
    }

    /// Appends rows, chaining each to the one before. Must run inside a write transaction.
    @discardableResult
    static func append(_ db: Database, proposalID: String?, kind: String, actor: Actor, at: Date, reason: String, payload: String,
                       tip: inout (seq: Int64, hash: String)) throws -> Row {
        // Playing another officer is for demo files only (Ledger+Origin.swift).
        if actor.played { try Ledger.refusePlayedUnlessDemo(db) }
        var row = Row(seq: tip.seq + 1, proposalID: proposalID, kind: kind, actor: actor.login, onBehalfOf: actor.onBehalfOf,
                      played: actor.played, atUTC: Codec.utc(at), atLocal: Codec.vietnam(at), reason: reason,
                      payload: payload, prevHash: tip.hash, hash: "", acting: try actor.acting.map { try Codec.json($0) })
        row.hash = hash(row)
        let created = kind == "created" ? nil : try proposalID.flatMap { try createdPayload(db, proposalID: $0) }
        try db.execute(sql: insertSQL, arguments: insertArguments(row, created: created, deflater: Packing.Deflater()))
        tip = (row.seq, row.hash)
        return row
    }

    static func row(from row: GRDB.Row) -> Row {
        Row(seq: row["seq"], proposalID: row["proposal_id"], kind: row["kind"], actor: row["actor"],
            onBehalfOf: row["on_behalf_of"], played: row["played"], atUTC: row["at_utc"], atLocal: row["at_local"],
            reason: row["reason"], payload: row["payload"], prevHash: row["prev_hash"], hash: row["hash"],
            acting: row.hasColumn("acting") ? row["acting"] : nil)
    }
}

/// A change to the organisation, settings or calendar: also an event in the chain, since
/// who may decide matters as much as what was decided.
public enum AdminChange: Sendable, Hashable, Codable {
    case databaseCreated(demo: Bool, administrator: String)
    case unitSaved(unit: Procedure.Unit)
    case officerSaved(officer: Officer)
    case roleGranted(grant: RoleGrant)
    case roleRevoked(grant: RoleGrant)
    case calendarAdjusted(adjustment: CalendarAdjustment)
    case calendarAdjustmentRemoved(day: Day)
    case settingsChanged(settings: ProcedureSettings)
    /// An officer's e-mail address set, or cleared when `email` is empty (schema v4).
    case officerEmailSet(login: String, email: String)

    /// Every kind, for the queries that replay them.
    static let kinds = ["database_created", "unit_saved", "officer_saved", "role_granted", "role_revoked",
                        "calendar_adjusted", "calendar_adjustment_removed", "settings_changed", "officer_email_set"]

    public var kind: String {
        switch self {
        case .databaseCreated: "database_created"
        case .unitSaved: "unit_saved"
        case .officerSaved: "officer_saved"
        case .roleGranted: "role_granted"
        case .roleRevoked: "role_revoked"
        case .calendarAdjusted: "calendar_adjusted"
        case .calendarAdjustmentRemoved: "calendar_adjustment_removed"
        case .settingsChanged: "settings_changed"
        case .officerEmailSet: "officer_email_set"
        }
    }
}
