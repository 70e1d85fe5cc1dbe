import Foundation
import GRDB
import Procedure

extension Ledger {
    /// Writes one record of points 1 and 4 on `day` at `at` by `login`: `decide` gets the
    /// actor, the day and the records so far. An officer missing from the organisation, or
    /// a decision `Oversight` refuses, is skipped.
    public typealias OversightRecorder = (_ login: String, _ day: Day, _ at: Date,
                                          _ decide: (Actor, Day, OversightRecords) throws -> OversightChange) throws -> Void

    /// Fills a new file with a demo: its organisation (each unit, officer and role an
    /// event), proposals whose every step went through `Workflow`, so the history is one a
    /// real ward could have, then the records of points 1 and 4 that `oversight` makes
    /// (given today, in Vietnam). Commits every `batch` proposals; returns how many.
    /// The import step only: the demo's content (`DemoWard`) is another target's.
    @discardableResult
    public func importDemo(organization org: Organization, administrator: String, at now: Date = Date(),
                           batch: Int = 2_000,
                           proposals: ((String, [Transition]) throws -> Void) throws -> Void,
                           oversight: (_ today: Day, _ record: OversightRecorder) throws -> Void) throws -> Int {
        let now = Codec.millisecond(now)
        guard org.officer(administrator) != nil else {
            throw LedgerError.badInput(LedgerText.demoOrganisationNoAdministrator)
        }
        let actor = Actor(login: administrator)
        try write { db in
            if try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'created_at'") != nil {
                throw LedgerError.badInput(LedgerText.databaseAlreadyInitialisedNothingChanged(path))
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
            try Self.importDelegations(of: org, at: now, db: db)
        }
        var count = 0
        do {
            try pool.writeWithoutTransaction { db in
                let settings = try Self.loadSettings(db)
                let calendar = try Self.loadCalendar(db)
                let context = Context(organization: org, settings: settings, now: now)
                // A new file being filled: a crash would leave a demo to make again, so the
                // import skips the fsyncs; a small cache keeps its peak memory down (the
                // writes go to the end of every index anyway). Both are put back below.
                try db.execute(sql: "PRAGMA synchronous = OFF; PRAGMA cache_size = -8000; PRAGMA wal_autocheckpoint = 4000")
                defer { try? db.execute(sql: "PRAGMA synchronous = FULL; PRAGMA cache_size = -16000; PRAGMA wal_autocheckpoint = 1000") }
                var writer = try DemoWriter(db: db, context: context, calendar: calendar)
                try db.execute(sql: "BEGIN IMMEDIATE")
                do {
                    try proposals { id, transitions in
                        try writer.write(id: id, transitions: transitions)
                        count += 1
                        if count % batch == 0 {
                            try db.execute(sql: "COMMIT")
                            try db.execute(sql: "BEGIN IMMEDIATE")
                        }
                    }
                    // Steps that add other demo records after the proposals: one call each,
                    // here, inside the import's last transaction (they see every proposal).
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
        try importOversight(organization: org, today: Day.inVietnam(now), oversight)
        return count
    }

    /// Points 1 and 4 of a demo, in one transaction: every record goes through `Oversight`
    /// as of its own day, by an officer who holds the role, so the history is one the rules
    /// allow.
    func importOversight(organization org: Organization, today: Day,
                         _ script: (_ today: Day, _ record: OversightRecorder) throws -> Void) throws {
        try write { db in
            var records = try Self.loadOversight(db)
            var tip = try EventChain.tip(db)
            try script(today) { login, day, at, decide in
                guard org.officer(login) != nil else { return }
                let actor = Actor(login: login)
                let change: OversightChange
                do {
                    change = try decide(actor, day, records)
                } catch is OversightRefusal {
                    return
                }
                try Self.appendOversight(change, by: actor, at: at, records: &records, db: db, tip: &tip)
            }
        }
    }
}

/// Writes the demo's proposals with prepared statements: the final row, its search row
/// and every event, chained. The same rows `Ledger.store` writes, without re-reading the
/// chain's tip for each proposal.
struct DemoWriter {
    let db: Database
    let context: Context
    let calendar: WorkingCalendar
    var tip: (seq: Int64, hash: String)
    let insertProposal: Statement
    let insertSearch: Statement
    let insertEvent: Statement
    /// The names a search row was made from (the index keeps no text: v7-search-contentless).
    let insertSearchPeople: Statement
    /// Officers' names, looked up once.
    var names: [String: String] = [:]
    /// Issue 15: the last number of each register of acts (unit, symbol, year) so far.
    var registers: [String: Int] = [:]

    init(db: Database, context: Context, calendar: WorkingCalendar) throws {
        self.db = db
        self.context = context
        self.calendar = calendar
        tip = try EventChain.tip(db)
        insertProposal = try db.makeStatement(sql: """
            INSERT INTO proposal (id, version, state, awaiting_receipt, title, field, proposer, unit_id, reviewing_unit_id,
                created_at, updated_at, last_actor, next_due, next_step, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertSearch = try db.makeStatement(sql: "INSERT INTO proposal_search (rowid, title, body, people) VALUES (?, ?, ?, ?)")
        insertSearchPeople = try db.makeStatement(sql: "INSERT INTO proposal_search_people (seq, people) VALUES (?, ?)")
        insertEvent = try db.makeStatement(sql: """
            INSERT INTO event (seq, proposal_id, kind, actor, on_behalf_of, played, at_utc, at_local, reason, payload, prev_hash, hash, acting)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for officer in context.organization.officers.values { names[officer.login] = officer.name }
    }

    /// One proposal's whole history.
    mutating func write(id: String, transitions: [Transition]) throws {
        guard var p = transitions.last?.proposal else { return }
        // Issue 15: every act gets the next number of its register, as `Ledger.perform`
        // gives it, whatever the generator typed; the proposal's record carries the same.
        var numbered: [[Change]] = []
        var measureIndex = 0
        for transition in transitions {
            numbered.append(transition.events.map { event in
                guard let act = event.change.act else { return event.change }
                let symbol = act.kind.symbol
                let key = "\(p.reviewingUnitID) \(symbol) \(act.day.year)"
                let next = (registers[key] ?? 0) + 1
                registers[key] = next
                let reference = ActNumber.reference(next, symbol: symbol, code: Ledger.registerCode(p.reviewingUnitID, in: context.organization))
                switch event.change {
                case .decided(var decision):
                    decision.number = reference
                    if p.decision?.day == decision.day { p.decision?.number = reference }
                    return .decided(decision: decision)
                case .concluded(var conclusion):
                    conclusion.number = reference
                    p.conclusion?.number = reference
                    return .concluded(conclusion: conclusion)
                case .measureRecorded(var measure):
                    measure.decisionNumber = reference
                    if measureIndex < p.measures.count { p.measures[measureIndex].decisionNumber = reference }
                    measureIndex += 1
                    return .measureRecorded(measure: measure)
                default:
                    return event.change
                }
            })
        }
        let due = p.nextDue(calendar: calendar, settings: context.settings)
        try insertProposal.execute(arguments: [
            p.id, p.version, p.state.rawValue, p.awaitingReceipt, p.title, p.dossier.field.rawValue,
            p.proposer, p.unitID, p.reviewingUnitID, Codec.milliseconds(p.createdAt),
            Codec.milliseconds(p.updatedAt), p.lastActor, due?.due.iso, due?.step.rawValue, try Codec.json(p)])
        let seq = db.lastInsertedRowID
        let doc = SearchText.document(p, proposerName: names[p.proposer] ?? "")
        try insertSearch.execute(arguments: [seq, doc.title, doc.body, doc.people])
        try insertSearchPeople.execute(arguments: [seq, doc.people])
        var acts: [(seq: Int64, change: Change)] = []
        for (transition, changes) in zip(transitions, numbered) {
            for (event, change) in zip(transition.events, changes) {
                let at = Codec.millisecond(event.at)
                var row = EventChain.Row(
                    seq: tip.seq + 1, proposalID: p.id, kind: change.kind, actor: event.actor.login,
                    onBehalfOf: event.actor.onBehalfOf, played: event.actor.played, atUTC: Codec.utc(at),
                    atLocal: Codec.vietnam(at), reason: event.reason, payload: try Codec.json(change),
                    prevHash: tip.hash, hash: "", acting: try event.actor.acting.map { try Codec.json($0) })
                row.hash = EventChain.hash(row)
                try insertEvent.execute(arguments: [
                    row.seq, row.proposalID, row.kind, row.actor, row.onBehalfOf, row.played, row.atUTC, row.atLocal,
                    row.reason, row.payload, row.prevHash, row.hash, row.acting])
                tip = (row.seq, row.hash)
                if change.act != nil { acts.append((row.seq, change)) }
            }
        }
        try Ledger.enterActs(of: p, events: acts, db: db)
    }
}
