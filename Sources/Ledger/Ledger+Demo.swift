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
                           proposals: (DemoSink) throws -> Void,
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
                let writer = try DemoWriter(db: db, context: context, calendar: calendar)
                try db.execute(sql: "BEGIN IMMEDIATE")
                do {
                    try proposals(DemoSink(writer: writer) { written in
                        count = written
                        if count % batch == 0 {
                            try db.execute(sql: "COMMIT")
                            try db.execute(sql: "BEGIN IMMEDIATE")
                        }
                    })
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
    /// Issue 16: what can be worked out of a proposal's rows before the writer's turn.
    let preparer: DemoPreparer
    /// The names a search row was made from (the index keeps no text: v7-search-contentless).
    let insertSearchPeople: Statement

    init(db: Database, context: Context, calendar: WorkingCalendar) throws {
        self.db = db
        self.context = context
        self.calendar = calendar
        tip = try EventChain.tip(db)
        preparer = DemoPreparer(context: context, calendar: calendar)
        insertProposal = try db.makeStatement(sql: """
            INSERT INTO proposal (id, version, state, awaiting_receipt, title, field, proposer, unit_id, reviewing_unit_id,
                created_at, updated_at, last_actor, next_due, next_step, body_packing, body_size, body_dict, body_data)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertSearch = try db.makeStatement(sql: "INSERT INTO proposal_search (rowid, title, body, people) VALUES (?, ?, ?, ?)")
        insertSearchPeople = try db.makeStatement(sql: "INSERT INTO proposal_search_people (seq, people) VALUES (?, ?)")
        insertEvent = try db.makeStatement(sql: EventChain.insertSQL)
    }

    /// One proposal's whole history, its rows prepared (`DemoPreparer.prepare`): chained
    /// and inserted.
    mutating func write(_ rows: DemoRows) throws {
        guard let p = rows.proposal else { return }
        var acts: [(seq: Int64, change: Change)] = []
        // The proposal's created event, the dictionary its later events and its body were
        // packed against, is written first (v8-body-packing): its row names the proposal,
        // which follows in the same transaction (the foreign key is checked at commit).
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        var createdSeq: Int64? = nil
        func insert(_ event: DemoRows.Event) throws {
            var row = event.row
            row.seq = tip.seq + 1
            row.prevHash = tip.hash
            row.hash = EventChain.hash(prevHash: row.prevHash, seq: row.seq, tail: event.tail)
            try insertEvent.execute(arguments: EventChain.insertArguments(row, packed: event.packed,
                                                                          dictSeq: event.packedAgainstCreated ? createdSeq : nil))
            tip = (row.seq, row.hash)
            if let change = event.act { acts.append((row.seq, change)) }
        }
        let first = rows.createdIndex.map { $0 + 1 } ?? 0
        for event in rows.events[..<first] { try insert(event) }
        if rows.createdIndex != nil { createdSeq = tip.seq }
        try insertProposal.execute(arguments: [
            p.id, p.version, p.state.rawValue, p.awaitingReceipt, p.title, p.dossier.field.rawValue,
            p.proposer, p.unitID, p.reviewingUnitID, Codec.milliseconds(p.createdAt),
            Codec.milliseconds(p.updatedAt), p.lastActor, rows.nextDue, rows.nextStep,
            rows.body.packing, rows.body.size, createdSeq, Data(rows.body.data)])
        let seq = db.lastInsertedRowID
        try insertSearch.execute(arguments: [seq, rows.search.title, rows.search.body, rows.search.people])
        try insertSearchPeople.execute(arguments: [seq, rows.search.people])
        for event in rows.events[first...] { try insert(event) }
        try Ledger.enterActs(of: p, events: acts, db: db)
    }
}
