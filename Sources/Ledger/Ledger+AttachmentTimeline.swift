import Foundation
import GRDB
import Procedure

/// §7.8: an `attachment_added` event as a proposal's timeline shows it. The event is
/// stored with no proposal id (the id is in its payload, so that a proposal's version
/// and replay stay as they were): the timeline finds it through the attachment row,
/// which `verify` rebuilds from the chain.
public struct AttachmentEvent: Sendable, Hashable {
    public var record: AttachmentRecord
    public var kind: String
    public var actor: String
    public var onBehalfOf: String?
    public var played: Bool
    public var atUTC: String
    public var atLocal: String
    public var hash: String
}

extension AttachmentRecord {
    /// When it was attached, in Vietnam's time (as the timeline writes every event's).
    public var attachedAtLocal: String { date.map(Codec.vietnam) ?? attachedAt }
}

extension Ledger {
    /// The events that attached files to `proposal` (obtained through a check of its
    /// visibility), in the chain's order.
    public func attachmentEvents(ofVisible proposal: Proposal) throws -> [AttachmentEvent] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.*, e.kind AS event_kind, e.actor AS event_actor, e.on_behalf_of AS event_on_behalf_of,
                       e.played AS event_played, e.at_utc AS event_at_utc, e.at_local AS event_at_local, e.hash AS event_hash
                FROM attachment a JOIN event e ON e.seq = a.seq
                WHERE a.proposal_id = ? ORDER BY a.seq
                """, arguments: [proposal.id]).map { row in
                AttachmentEvent(record: Self.attachmentRecord(row), kind: row["event_kind"], actor: row["event_actor"],
                                onBehalfOf: row["event_on_behalf_of"], played: row["event_played"], atUTC: row["event_at_utc"],
                                atLocal: row["event_at_local"], hash: row["event_hash"])
            }
        }
    }
}
