import Foundation
import GRDB
import Procedure

/// What the chain's first event says the file is. The demo flag lives there, in the
/// hashed `database_created` event, and not in `meta.demo` alone: a group member with
/// write access to the file can flip a meta row, but not the first event without breaking
/// every hash after it (and the checkpoint codes written down since).
public enum LedgerOrigin: Sendable, Hashable {
    /// No event yet: a file opened but never initialised.
    case empty
    /// `database_created(demo: false)`: a ward's real record.
    case real
    /// `database_created(demo: true)`: made by `dexuat demo`; only here may `DEXUAT_AS` act.
    case demo
    /// The first event is missing, edited or not a `database_created`.
    case unknown
}

extension Ledger {
    /// What the first event of the chain says the file is.
    public func origin() throws -> LedgerOrigin {
        try read { db in try Self.origin(db) }
    }

    /// The hash of the first event, which names the ledger: a backup of the same ledger
    /// has the same first event. Nil when there is no event yet.
    public func firstEventHash() throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT hash FROM event WHERE seq = 1") }
    }

    /// Whether `DEXUAT_AS` may act here: the first event says demo (and is intact) and
    /// `meta.demo` agrees. Anything else is a real record.
    public func isDemo() throws -> Bool {
        try read { db in
            try Self.origin(db) == .demo && String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'demo'") == "1"
        }
    }

    static func origin(_ db: Database) throws -> LedgerOrigin {
        guard let raw = try Row.fetchOne(db, sql: "SELECT * FROM event WHERE seq = 1") else {
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") == 0 ? .empty : .unknown
        }
        let row = EventChain.row(from: raw)
        // The row must hash to itself: an edited first event says nothing.
        guard row.prevHash == EventChain.genesis, EventChain.hash(row) == row.hash, row.proposalID == nil,
              row.kind == "database_created", !row.played,
              let change = try? Codec.decode(AdminChange.self, row.payload),
              case .databaseCreated(let demo, _) = change else { return .unknown }
        return demo ? .demo : .real
    }

    /// The refusal of an event played with `DEXUAT_AS` on a file whose chain does not say
    /// demo: checked inside the write transaction that would append it, whatever the
    /// command line or the desk checked before.
    static func refusePlayedUnlessDemo(_ db: Database) throws {
        guard try origin(db) == .demo,
              try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'demo'") == "1" else {
            throw LedgerError.badInput(LedgerText.playingWorksOnlyOnDemo)
        }
    }
}
