import Foundation
import GRDB
import Procedure

/// PROCEDURE.md §7.2: each member's record is their own. A member's checklist or ballot
/// form was based on the proposal's state and on that member's own record, not on the
/// other members' records; saving one member's record never makes another's form stale.
extension Ledger {
    /// The steps whose form rests on the member's own record only.
    static let ownRecordSteps: Set<ActionKind> = [.checklist, .ballot, .memberEvaluation]

    /// Refuses as stale when what the form was based on has changed since `seen`: for
    /// own-record steps, any event since except another member's checklist or ballot;
    /// for every other step, any event at all.
    static func refuseIfStale(seen: Int?, current: Proposal, actions: [Action], actor: Actor, db: Database) throws {
        guard let seen, seen != current.version else { return }
        var changer = current.lastActor
        let kinds = actions.map(\.kind)
        if seen >= 1, seen < current.version, isOwnRecordForm(kinds) {
            let later = try changes(of: current.id, after: seen, db: db)
            guard let first = later.first(where: { makesStale($0.change, formOf: kinds, voice: actor.voice) }) else {
                return
            }
            changer = first.actor
        }
        let name = try String.fetchOne(db, sql: "SELECT name FROM officer WHERE login = ?", arguments: [changer])
        throw LedgerError.stale(proposalID: current.id, seenVersion: seen, currentVersion: current.version,
                                changedBy: name.map { "\($0), \(changer)" } ?? changer)
    }

    /// Whether a form of these steps rests on the member's own record only.
    static func isOwnRecordForm(_ kinds: [ActionKind]) -> Bool {
        !kinds.isEmpty && kinds.allSatisfy { ownRecordSteps.contains($0) }
    }

    /// Whether a change recorded since a form of these steps opened makes it stale, for
    /// the member `voice` (the Desk names only these when it says who changed what).
    public static func makesStale(_ change: Change, formOf kinds: [ActionKind], voice: String) -> Bool {
        !isOwnRecordForm(kinds) || !isAnotherMembersOwnRecord(change, member: voice)
    }

    /// Whether a change is another member's checklist, ballot or own evaluation form (§7.3; a clerk's entry from the
    /// minutes counts as the member's: the member is the voice).
    static func isAnotherMembersOwnRecord(_ change: Change, member: String) -> Bool {
        switch change {
        case .checklistFilled(let other, _): other != member
        case .ballotCast(let ballot): ballot.member != member
        case .memberEvaluated(let record): record.member != member
        default: false
        }
    }

    /// The changes recorded after the proposal's version `version`, oldest first: every
    /// event of a proposal bumps its version by one (`verify` replays them), so they are
    /// its events past the first `version`.
    static func changes(of id: String, after version: Int, db: Database) throws -> [(actor: String, change: Change)] {
        try Row.fetchAll(db, sql: "SELECT actor, payload FROM event WHERE proposal_id = ? ORDER BY seq LIMIT -1 OFFSET ?",
                         arguments: [id, version]).map { row in
            (actor: row["actor"], change: try Codec.decode(Change.self, row["payload"] as String))
        }
    }
}
