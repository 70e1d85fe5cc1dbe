import Foundation
import GRDB
import Procedure

/// One line of the inbox: what a list shows without decoding the whole dossier.
public struct ProposalSummary: Sendable, Hashable, Codable {
    public var seq: Int64
    public var id: String
    public var title: String
    public var state: ProposalState
    public var awaitingReceipt: Bool
    public var field: String
    public var unitID: String
    public var unitName: String
    public var reviewingUnitID: String
    public var reviewingUnitName: String
    public var proposer: String
    public var proposerName: String
    public var nextDue: Day?
    public var nextStep: StepKind?
    public var version: Int
    public var updatedAt: Date

    public var stateLabel: Localized {
        state == .received && awaitingReceipt
            ? LedgerText.submittedAwaitingRegistration
            : state.label
    }
}

/// One stored event, as `show` and the timeline present it.
public struct StoredEvent: Sendable, Hashable {
    public var seq: Int64
    public var event: Event
    public var atLocal: String
    public var hash: String
}

/// What to list. Every filter is optional; the default is every proposal, newest first.
public struct ProposalQuery: Sendable, Hashable {
    public var states: [ProposalState] = []
    /// Reviewed by this unit, or proposed from it.
    public var unitID: String?
    /// Proposed by, or waiting on, this login (`--mine`).
    public var involving: String?
    public var overdueOn: Day?
    /// Due within `soonWithin` working days of this day, not yet overdue.
    public var dueSoonOn: Day?
    public var search: String?
    /// With a search typed with accents, only exact (accented) matches: the TUI's `/`.
    /// Off, such matches only rank first.
    public var exactWhenAccented = false
    public var limit: Int = 50
    /// Keyset paging: proposals older than this id.
    public var after: String?
    /// Start the page at this proposal (it and older ones): to open an id anywhere in the list.
    public var startingAt: String?
    /// Who reads: drafts are listed, searched and paged only for their proposer (or the
    /// officer who keyed them in); with no viewer, no draft at all (PROCEDURE.md §5).
    public var viewer: String?

    public init() {}
}

extension Ledger {
    // MARK: - Writing

    /// Step 0: a new draft. The id is the year in Vietnam and the next number of that year.
    public func create(_ dossier: Dossier, by actor: Actor, at now: Date = Date()) throws -> Proposal {
        let now = Codec.millisecond(now)
        return try write { db in
            let context = Context(organization: try Self.loadOrganization(db), settings: try Self.loadSettings(db), now: now)
            let year = Day.inVietnam(now).year
            // The highest number of the year, whatever its width (an older "2026-014" or "2026-000274").
            let last = try Int.fetchOne(db, sql: "SELECT MAX(CAST(substr(id, 6) AS INTEGER)) FROM proposal WHERE id LIKE ?",
                                        arguments: ["\(year)-%"])
            let number = (last ?? 0) + 1
            let id = ProposalID.make(year: year, number: number)
            let transition = try Workflow.create(id: id, dossier: dossier, by: actor, context: context).get()
            try store(transition, previous: nil, context: context, calendar: try Self.loadCalendar(db), db: db)
            return transition.proposal
        }
    }

    /// Any later step, in one IMMEDIATE transaction: reload the proposal, compare the
    /// version the user saw (for a member's own record, what that member's form rested
    /// on), re-run the rules, write the new state and its events.
    @discardableResult
    public func perform(_ action: Action, on id: String, seenVersion: Int? = nil, by actor: Actor, at now: Date = Date()) throws -> Proposal {
        try perform([action], on: id, seenVersion: seenVersion, by: actor, at: now)
    }

    /// Several steps that belong together (a checklist and the ballot it leads to), all or
    /// nothing, in one transaction.
    @discardableResult
    public func perform(_ actions: [Action], on id: String, seenVersion: Int? = nil, by actor: Actor, at now: Date = Date()) throws -> Proposal {
        let now = Codec.millisecond(now)
        return try write { db in
            guard var current = try Self.loadProposal(id, db: db) else { throw LedgerError.notFound(id) }
            // A member's own checklist or ballot is stale only when their own record or the
            // proposal's state changed (§7.2, Ledger+OwnRecords.swift); other steps, on any change.
            try Self.refuseIfStale(seen: seenVersion, current: current, actions: actions, actor: actor, db: db)
            let context = Context(organization: try Self.loadOrganization(db), settings: try Self.loadSettings(db), now: now)
            let calendar = try Self.loadCalendar(db)
            for var action in actions {
                if case .receive(let number) = action, TextInput.isBlank(number) {
                    action = .receive(receiptNumber: try nextReceiptNumber(for: current, year: context.today.year, db: db))
                }
                // Issue 15: an act gets its one number here, in the transaction of its event.
                action = try Self.numberAct(action, on: current, by: actor, context: context, db: db)
                let transition = try Workflow.perform(action, on: current, by: actor, context: context).get()
                try store(transition, previous: current, context: context, calendar: calendar, db: db)
                current = transition.proposal
            }
            return current
        }
    }

    /// "12/TN-VHXH": the next receipt number of the reviewing unit this year.
    private func nextReceiptNumber(for proposal: Proposal, year: Int, db: Database) throws -> String {
        // Kept by a trigger on `event` (schema v2-speed): the receipts of the unit that year.
        let count = try Int.fetchOne(db, sql: "SELECT n FROM receipt_count WHERE unit_id = ? AND year = ?",
                                     arguments: [proposal.reviewingUnitID, String(year)]) ?? 0
        return "\(count + 1)/TN-\(proposal.reviewingUnitID)"
    }

    /// Writes the proposal row, its search row and its events.
    func store(_ transition: Transition, previous: Proposal?, context: Context, calendar: WorkingCalendar, db: Database) throws {
        let p = transition.proposal
        // A draft has no clock (no receipt yet), so it never enters the due-day index: the
        // overdue and due-soon ranges, which are read from that index alone, hold no draft.
        let due = p.state == .draft ? nil : p.nextDue(calendar: calendar, settings: context.settings)
        let body = Array(try Codec.json(p).utf8)
        var tip = try EventChain.tip(db)
        var appended: [(seq: Int64, change: Change)] = []
        var events = transition.events[...]
        func append(_ event: Event) throws {
            let row = try EventChain.append(db, proposalID: p.id, kind: event.change.kind, actor: event.actor, at: event.at,
                                            reason: event.reason, payload: try Codec.json(event.change), tip: &tip)
            appended.append((row.seq, event.change))
        }
        let deflater = Packing.Deflater()
        if previous == nil {
            // v8-body-packing: the body is packed against the created event, so that event
            // is written first; its row names the proposal, which follows in this same
            // transaction (the foreign key is checked at commit).
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            var dictionary: (seq: Int64, payload: [UInt8])? = nil
            while dictionary == nil, let event = events.popFirst() {
                try append(event)
                if event.change.kind == "created", let last = appended.last {
                    dictionary = (last.seq, Array(try Codec.json(event.change).utf8))
                }
            }
            let packed = Packing.packBody(body, created: dictionary?.payload, deflater: deflater)
            try db.execute(sql: """
                INSERT INTO proposal (id, version, state, awaiting_receipt, title, field, proposer, unit_id, reviewing_unit_id,
                    created_at, updated_at, last_actor, next_due, next_step, body_packing, body_size, body_dict, body_data)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [p.id, p.version, p.state.rawValue, p.awaitingReceipt, p.title, p.dossier.field.rawValue,
                                 p.proposer, p.unitID, p.reviewingUnitID, Codec.milliseconds(p.createdAt),
                                 Codec.milliseconds(p.updatedAt), p.lastActor, due?.due.iso, due?.step.rawValue,
                                 packed.packing, packed.size, dictionary?.seq, Data(packed.data)])
        } else {
            let dictionary = try Self.bodyDictionary(of: p.id, db: db)
            let packed = Packing.packBody(body, created: dictionary.payload, deflater: deflater)
            try db.execute(sql: """
                UPDATE proposal SET version = ?, state = ?, awaiting_receipt = ?, title = ?, field = ?, updated_at = ?,
                    last_actor = ?, next_due = ?, next_step = ?, body_packing = ?, body_size = ?, body_dict = ?, body_data = ?
                WHERE id = ? AND version = ?
                """, arguments: [p.version, p.state.rawValue, p.awaitingReceipt, p.title, p.dossier.field.rawValue,
                                 Codec.milliseconds(p.updatedAt), p.lastActor, due?.due.iso, due?.step.rawValue,
                                 packed.packing, packed.size, dictionary.seq, Data(packed.data),
                                 p.id, previous?.version])
            guard db.changesCount == 1 else {
                throw LedgerError.stale(proposalID: p.id, seenVersion: previous?.version ?? 0, currentVersion: -1, changedBy: "?")
            }
        }
        if previous == nil || previous?.dossier != p.dossier {
            let seq = try Int64.fetchOne(db, sql: "SELECT seq FROM proposal WHERE id = ?", arguments: [p.id]) ?? 0
            let name = context.organization.officer(p.proposer)?.name ?? ""
            let doc = SearchText.document(p, proposerName: name)
            try Self.indexSearch(seq: seq, document: doc, previous: previous, db: db)
        }
        for event in events { try append(event) }
        try Self.enterActs(of: p, events: appended, db: db)
    }

    /// The dictionary a proposal's body is packed against (v8-body-packing): its first
    /// created event, seq and payload; nil for both when it has none that unpacks.
    static func bodyDictionary(of id: String, db: Database) throws -> (seq: Int64?, payload: [UInt8]?) {
        guard let created = try EventChain.createdPayload(db, proposalID: id) else { return (nil, nil) }
        return (created.seq, created.payload)
    }

    /// After a calendar or settings change, every open proposal's next due day.
    func refreshDueDates(_ db: Database) throws {
        try Self.recomputeDueDates(db)
    }

    // MARK: - Reading

    public func proposal(_ id: String) throws -> Proposal? {
        try read { db in try Self.loadProposal(id, db: db) }
    }

    static func loadProposal(_ id: String, db: Database) throws -> Proposal? {
        // Cached statements here and in `history(of:)`: the Desk reads a proposal and its
        // history at each key, and preparing a query of a view that unpacks through a
        // function costs more than running it.
        guard let body = try String.fetchOne(db.cachedStatement(sql: "SELECT body FROM proposal_body WHERE id = ?"), arguments: [id]) else {
            return nil
        }
        return try decodeStored(body, id: id)
    }

    /// A stored proposal's record, decoded. A record that does not decode (a body that does
    /// not unpack, or JSON edited outside dexuat) is named with what to do, in the officer's
    /// language, instead of the decoder's own words; `verify` names it too.
    static func decodeStored(_ body: String, id: String) throws -> Proposal {
        do { return try Codec.decode(Proposal.self, body) } catch {
            throw LedgerError.database(LedgerText.proposalRecordUnreadable(id))
        }
    }

    /// The events of one proposal, oldest first.
    public func history(of id: String) throws -> [StoredEvent] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM event WHERE proposal_id = ? ORDER BY seq"), arguments: [id]).map { row in
                let chained = EventChain.row(from: row)
                return StoredEvent(seq: chained.seq, event: try Self.event(from: chained), atLocal: chained.atLocal, hash: chained.hash)
            }
        }
    }

    static func event(from row: EventChain.Row) throws -> Event {
        guard let at = Codec.parseUTC(row.atUTC) else {
            throw LedgerError.database(LedgerText.unreadableTimeEvent(row.seq))
        }
        let acting = try row.acting.map { try Codec.decode(Acting.self, $0) }
        return Event(proposalID: row.proposalID ?? "", actor: Actor(login: row.actor, onBehalfOf: row.onBehalfOf, played: row.played,
                                                                    acting: acting),
                     at: at, reason: row.reason, change: try Codec.decode(Change.self, row.payload))
    }

    /// The inbox: filtered, newest first (or by relevance with a search), paged by keyset.
    public func list(_ query: ProposalQuery, soonWithin: Int? = nil) throws -> [ProposalSummary] {
        try read { db in
            var clauses: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            if !query.states.isEmpty {
                clauses.append("p.state IN (" + query.states.map { _ in "?" }.joined(separator: ",") + ")")
                arguments += query.states.map(\.rawValue)
            }
            if let unit = query.unitID {
                clauses.append("(p.reviewing_unit_id = ? OR p.unit_id = ?)")
                arguments += [unit, unit]
            }
            if let login = query.involving {
                let org = try Self.loadOrganization(db)
                let units = Self.unitsWatched(by: login, in: org)
                clauses.append("(p.proposer = ?" + (units.isEmpty ? "" : " OR p.reviewing_unit_id IN (" + units.map { _ in "?" }.joined(separator: ",") + ")") + ")")
                arguments.append(login)
                arguments += units
            }
            if let today = query.overdueOn {
                clauses.append("p.next_due < ?")
                arguments.append(today.iso)
            }
            if let today = query.dueSoonOn {
                let settings = try Self.loadSettings(db)
                let calendar = try Self.loadCalendar(db)
                let limit = calendar.addingWorkingDays(soonWithin ?? settings.dueSoonDays, to: today)
                clauses.append("p.next_due >= ? AND p.next_due <= ?")
                arguments += [today.iso, limit.iso]
            }
            var ranked: [Int64] = []
            if let text = query.search, !TextInput.isBlank(text) {
                ranked = try Self.searchSeqs(text, db: db, candidates: 500, exactOnly: query.exactWhenAccented)
                // An id typed as the search ("2026-000033", "2026-33", "33"): that proposal first.
                if ProposalID(parsing: text) != nil, let id = try Self.resolveID(text, today: Day.inVietnam(Date()), db: db),
                   let seq = try Int64.fetchOne(db, sql: "SELECT seq FROM proposal WHERE id = ?", arguments: [id]) {
                    ranked.removeAll { $0 == seq }
                    ranked.insert(seq, at: 0)
                }
                let hidden = try Self.hiddenSeqs(ranked, viewer: query.viewer, db: db)
                ranked.removeAll { hidden.contains($0) }
                if ranked.isEmpty { return [] }
                clauses.append("p.seq IN (" + ranked.map(String.init).joined(separator: ",") + ")")
            } else if let start = query.startingAt {
                // A draft the viewer may not read is not there to start at.
                guard let stored = try Self.resolveID(start, today: Day.inVietnam(Date()), db: db),
                      try Self.loadProposal(stored, visibleTo: query.viewer, db: db) != nil,
                      let seq = try Int64.fetchOne(db, sql: "SELECT seq FROM proposal WHERE id = ?", arguments: [stored]) else {
                    throw LedgerError.notFound(start)
                }
                clauses.append("p.seq <= ?")
                arguments.append(seq)
            } else if let after = query.after {
                guard let stored = try Self.resolveID(after, today: Day.inVietnam(Date()), db: db),
                      let seq = try Int64.fetchOne(db, sql: "SELECT seq FROM proposal WHERE id = ?", arguments: [stored]) else {
                    throw LedgerError.notFound(after)
                }
                clauses.append("p.seq < ?")
                arguments.append(seq)
            }
            if ranked.isEmpty, let page = try Self.pageSeqs(query, clauses: clauses, arguments: arguments, db: db) {
                if page.isEmpty { return [] }
                clauses = ["p.seq IN (" + page.map(String.init).joined(separator: ",") + ")"]
                arguments = []
            } else if ranked.isEmpty {
                // The walk down an index: the drafts the viewer may not read are skipped as it goes.
                let readable = Self.readable(by: query.viewer)
                clauses.append(readable.sql)
                arguments += readable.arguments
            } else if !ranked.isEmpty, clauses.count == 1 {
                ranked = try Self.searchPage(ranked, after: query.after, limit: query.limit, db: db)
                if ranked.isEmpty { return [] }
                clauses = ["p.seq IN (" + ranked.map(String.init).joined(separator: ",") + ")"]
            }
            let sql = """
                SELECT p.seq, p.id, p.title, p.state, p.awaiting_receipt, p.field, p.unit_id, p.reviewing_unit_id, p.proposer,
                       p.next_due, p.next_step, p.version, p.updated_at,
                       u.name AS unit_name, r.name AS reviewing_unit_name, o.name AS proposer_name
                FROM proposal p
                LEFT JOIN unit u ON u.id = p.unit_id
                LEFT JOIN unit r ON r.id = p.reviewing_unit_id
                LEFT JOIN officer o ON o.login = p.proposer
                \(clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND "))
                ORDER BY p.seq DESC
                LIMIT \(ranked.isEmpty ? max(1, query.limit) : ranked.count)
                """
            var summaries = try Self.listSummaries(db, sql: sql, arguments: StatementArguments(arguments))
            if !ranked.isEmpty {
                let order = Dictionary(ranked.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
                summaries.sort { order[$0.seq, default: .max] < order[$1.seq, default: .max] }
                // Paging a search follows the relevance order: the page after `after`.
                if let after = query.after, let index = summaries.firstIndex(where: { $0.id == after }) {
                    summaries.removeFirst(index + 1)
                }
                summaries = Array(summaries.prefix(max(1, query.limit)))
            }
            return summaries
        }
    }

    /// The units whose proposals wait on this officer: where they are head, deputy or
    /// clerk, and every unit at or below one where they are the Party liaison.
    static func unitsWatched(by login: String, in org: Organization) -> [String] {
        var units = Set(org.roles(of: login).filter { [.head, .deputy, .clerk].contains($0.role) }.map(\.unitID))
        for grant in org.roles(of: login) where grant.role == .partyLiaison {
            for unit in org.units.values where org.chain(from: unit.id).contains(where: { $0.id == grant.unitID }) {
                units.insert(unit.id)
            }
        }
        return units.sorted()
    }

    static func summary(_ row: Row) -> ProposalSummary {
        let dueText: String? = row["next_due"]
        let stepText: String? = row["next_step"]
        let updated: Int64 = row["updated_at"]
        return ProposalSummary(
            seq: row["seq"], id: row["id"], title: row["title"],
            state: ProposalState(rawValue: row["state"]) ?? .draft, awaitingReceipt: row["awaiting_receipt"],
            field: row["field"], unitID: row["unit_id"], unitName: row["unit_name"] ?? "",
            reviewingUnitID: row["reviewing_unit_id"], reviewingUnitName: row["reviewing_unit_name"] ?? "",
            proposer: row["proposer"], proposerName: row["proposer_name"] ?? "",
            nextDue: dueText.flatMap(Day.init(iso:)), nextStep: stepText.flatMap(StepKind.init(rawValue:)),
            version: row["version"], updatedAt: Date(timeIntervalSince1970: Double(updated) / 1000))
    }

    /// Proposal seqs for a query, best first: bm25 over title (weighted), text and names;
    /// when the query has accents, proposals containing the accented words come first.
    static func searchSeqs(_ text: String, db: Database, candidates: Int, exactOnly: Bool = false) throws -> [Int64] {
        try rankedSearch(text, db: db, limit: candidates, exactOnly: exactOnly)
    }

    /// How many proposals there are in each state.
    public func countsByState() throws -> [ProposalState: Int] {
        try read { db in
            var counts: [ProposalState: Int] = [:]
            // From the counters of schema v2-speed, not a count of a million rows.
            for row in try Row.fetchAll(db, sql: "SELECT substr(key, 7) AS state, n FROM proposal_count WHERE key LIKE 'state:%' AND n > 0") {
                if let state = ProposalState(rawValue: row["state"]) { counts[state] = row["n"] }
            }
            return counts
        }
    }
}
