import Foundation
import GRDB
import Procedure

extension Ledger {
    /// Fills a new file with a demo ward: its organisation (each unit, officer and role an
    /// event) and proposals whose every step went through `Workflow`, so the history is
    /// one a real ward could have. Commits every `batch` proposals; returns how many.
    @discardableResult
    public func importDemo(organization org: Organization, administrator: String, at now: Date = Date(),
                           batch: Int = 2_000,
                           proposals: ((String, [Transition]) throws -> Void) throws -> Void) throws -> Int {
        let now = Codec.millisecond(now)
        guard org.officer(administrator) != nil else {
            throw LedgerError.badInput(Localized(vi: "Tổ chức demo thiếu quản trị viên", en: "The demo organisation has no administrator"))
        }
        let actor = Actor(login: administrator)
        try write { db in
            if try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'created_at'") != nil {
                throw LedgerError.badInput(Localized(vi: "Cơ sở dữ liệu \(path) đã được khởi tạo; không thay đổi gì.",
                                                     en: "The database \(path) is already initialised; nothing changed."))
            }
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('created_at', ?), ('demo', '1'), ('schema', ?)",
                           arguments: [Codec.utc(now), Schema.latest])
            var tip = try EventChain.tip(db)
            try record(.databaseCreated(demo: true, administrator: administrator), by: actor, at: now, db: db, tip: &tip)
            // Parents before children, so every unit's superior exists when it is written.
            let depth = { (unit: Procedure.Unit) in org.chain(from: unit.id).count }
            for unit in org.units.values.sorted(by: { (depth($0), $0.id) < (depth($1), $1.id) }) {
                try insert(unit, db: db)
                try record(.unitSaved(unit: unit), by: actor, at: now, db: db, tip: &tip)
            }
            for officer in org.officers.values.sorted(by: { $0.login < $1.login }) {
                try insert(officer, db: db)
                try record(.officerSaved(officer: officer), by: actor, at: now, db: db, tip: &tip)
            }
            for grant in org.grants {
                try insert(grant, db: db)
                try record(.roleGranted(grant: grant), by: actor, at: now, db: db, tip: &tip)
            }
        }
        var count = 0
        do {
            try pool.writeWithoutTransaction { db in
                let settings = try Self.loadSettings(db)
                let calendar = try Self.loadCalendar(db)
                let context = Context(organization: org, settings: settings, now: now)
                try db.execute(sql: "BEGIN IMMEDIATE")
                var tip = try EventChain.tip(db)
                do {
                    try proposals { id, transitions in
                        try importProposal(id: id, transitions: transitions, context: context, calendar: calendar, db: db, tip: &tip)
                        count += 1
                        if count % batch == 0 {
                            try db.execute(sql: "COMMIT")
                            try db.execute(sql: "BEGIN IMMEDIATE")
                        }
                    }
                    try db.execute(sql: "COMMIT")
                } catch {
                    try? db.execute(sql: "ROLLBACK")
                    throw error
                }
            }
        } catch let error as LedgerError {
            throw error
        } catch let refusal as Refusal {
            throw LedgerError.refused(refusal)
        } catch {
            throw LedgerError.database(Ledger.describe(error))
        }
        try importOversightDemo(organization: org, at: now)
        return count
    }

    /// One proposal's whole history: the final row, its search row, and every event.
    private func importProposal(id: String, transitions: [Transition], context: Context, calendar: WorkingCalendar,
                                db: Database, tip: inout (seq: Int64, hash: String)) throws {
        guard let last = transitions.last?.proposal else { return }
        let p = last
        let due = p.nextDue(calendar: calendar, settings: context.settings)
        try db.execute(sql: """
            INSERT INTO proposal (id, version, state, awaiting_receipt, title, field, proposer, unit_id, reviewing_unit_id,
                created_at, updated_at, last_actor, next_due, next_step, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [p.id, p.version, p.state.rawValue, p.awaitingReceipt, p.title, p.dossier.field.rawValue,
                             p.proposer, p.unitID, p.reviewingUnitID, Codec.milliseconds(p.createdAt),
                             Codec.milliseconds(p.updatedAt), p.lastActor, due?.due.iso, due?.step.rawValue, try Codec.json(p)])
        let seq = db.lastInsertedRowID
        let doc = SearchText.document(p, proposerName: context.organization.officer(p.proposer)?.name ?? "")
        try db.execute(sql: "INSERT INTO proposal_search (rowid, title, body, people) VALUES (?, ?, ?, ?)",
                       arguments: [seq, doc.title, doc.body, doc.people])
        for transition in transitions {
            for event in transition.events {
                try EventChain.append(db, proposalID: p.id, kind: event.change.kind, actor: event.actor, at: Codec.millisecond(event.at),
                                      reason: event.reason, payload: try Codec.json(event.change), tip: &tip)
            }
        }
    }
}
