import Foundation
import GRDB
import Procedure

/// One entry of the register of acts (issue 15): the one number of a decision, a
/// conclusion or a measure, as its event carries it.
public struct ActNumberEntry: Sendable, Hashable {
    public var eventSeq: Int64
    public var proposalID: String
    public var kind: ActKind
    /// The code of the issuing body whose register holds the act: the one in its number
    /// ("UBND" of "20/QĐ-UBND"), else the proposal's reviewing unit.
    public var code: String
    /// The symbol and number read from the reference; nil when it does not read (an old
    /// act typed loosely, a rejection recorded without a number before issue 15).
    public var symbol: String?
    public var number: Int?
    /// The year of the act's day: the register's year.
    public var year: Int
    /// The number as printed on every paper of the act, e.g. "07/QĐ-VHXH".
    public var reference: String
    public var day: Day
}

extension Ledger {
    /// The act an action records, numbered: a typed number is checked (its shape, the
    /// symbol its kind requires, not already held in the register of its code, symbol and
    /// year); a blank one becomes the next of that register, unless the act's day is before
    /// the day of the register's last act (then the number must be typed: an automatic
    /// number would break the register's order silently). Other actions pass unchanged.
    static func numberAct(_ action: Action, on proposal: Proposal, by actor: Actor, context: Context, db: Database) throws -> Action {
        guard let act = action.act(today: context.today) else { return action }
        let unit = proposal.reviewingUnitID
        let typed = act.number.trimmingCharacters(in: .whitespacesAndNewlines)
        // The rules' own refusals (role, state, vote, what else was typed) come first: the
        // action with a well-formed number of its register.
        _ = try Workflow.perform(action.numbered(ActNumber.reference(1, symbol: act.kind.symbol, code: registerCode(unit, in: context.organization))), on: proposal,
                                 by: actor, context: context).get()
        // A measure is recorded once decided: its day is not after today (a day to come
        // would also hold its register's order up until then).
        if act.kind == .measure, act.day > context.today {
            throw LedgerError.refused(Refusal(.measureDayAhead, detail: LedgerText.measureDayAhead(act.day.vietnamese, context.today.vietnamese)))
        }
        if !typed.isEmpty {
            guard let parsed = ActNumber(parsing: typed) else {
                throw LedgerError.refused(Refusal(.actNumberShape, detail: visible(typed)))
            }
            if !act.kind.allowedSymbols.contains(parsed.symbol) {
                throw LedgerError.refused(Refusal(.actNumberShape, detail: LedgerText.actNumberSymbolRequired(
                    typed, act.kind.allowedSymbols.joined(separator: ", "))))
            }
            // A decision and a conclusion are the reviewing unit's own acts: their paper
            // number is in its register, not in another unit's.
            if act.kind != .measure, parsed.code != registerCode(unit, in: context.organization) {
                throw LedgerError.refused(Refusal(.actNumberShape, detail: LedgerText.actNumberOtherUnit(typed, registerCode(unit, in: context.organization))))
            }
            if let holder = try Row.fetchOne(db, sql: """
                SELECT proposal_id, kind, reference, day FROM act_number
                WHERE code = ? AND symbol = ? AND year = ? AND number = ? ORDER BY event_seq LIMIT 1
                """, arguments: [parsed.code, parsed.symbol, act.day.year, parsed.number]) {
                let kind = ActKind(rawValue: holder["kind"]) ?? .decision
                let day = Day(iso: holder["day"] as String)?.vietnamese ?? ""
                throw LedgerError.refused(Refusal(.actNumberTaken, detail: LedgerText.actNumberHeldBy(
                    holder["reference"] as String, kind, holder["proposal_id"] as String, day)))
            }
            if parsed.symbol == ActNumber.decisionSymbol, parsed.code == registerCode(unit, in: context.organization),
               let printed = try Row.fetchOne(db, sql: """
                SELECT proposal_id, reference, day FROM document_number
                WHERE unit_id = ? AND kind = 'decision' AND year = ? AND number = ? LIMIT 1
                """, arguments: [unit, act.day.year, parsed.number]) {
                let day = Day(iso: printed["day"] as String)?.vietnamese ?? ""
                throw LedgerError.refused(Refusal(.actNumberTaken, detail: LedgerText.actNumberHeldBy(
                    printed["reference"] as String, .decision, printed["proposal_id"] as String, day)))
            }
            return action.numbered(typed)
        }
        let symbol = act.kind.symbol
        let code = registerCode(unit, in: context.organization)
        let last = try Row.fetchOne(db, sql: """
            SELECT MAX(number) AS number, MAX(day) AS day FROM act_number WHERE code = ? AND symbol = ? AND year = ?
            """, arguments: [code, symbol, act.day.year])
        // Decisions printed before issue 15 took their number from the print register
        // (document_number): the act register goes on after them, never under them.
        let printed = symbol == ActNumber.decisionSymbol ? try Int.fetchOne(db, sql: """
            SELECT MAX(number) FROM document_number WHERE unit_id = ? AND kind = 'decision' AND year = ?
            """, arguments: [unit, act.day.year]) ?? 0 : 0
        let lastNumber: Int = max(last?["number"] ?? 0, printed)
        guard let reference = automaticReference(after: lastNumber, symbol: symbol, unit: unit, in: context.organization) else {
            throw LedgerError.refused(Refusal(.actNumberShape, detail: LedgerText.actNumberNoAutomatic(
                ActNumber.reference(lastNumber + 1, symbol: symbol, code: code))))
        }
        if let lastDayText: String = last?["day"], let lastDay = Day(iso: lastDayText), act.day < lastDay {
            throw LedgerError.refused(Refusal(.actNumberOrder, detail: LedgerText.actNumberOrder(
                act.day.vietnamese, ActNumber.reference(lastNumber, symbol: symbol, code: code), lastDay.vietnamese)))
        }
        return action.numbered(reference)
    }

    /// The register's next number after `lastNumber`, or nil where the register could not
    /// read it back — a unit id that is no code ("TYT_1"), a register past 999999 — since
    /// such a number would be given again and again: the paper number is typed instead.
    static func automaticReference(after lastNumber: Int, symbol: String, unit: String, in organization: Organization? = nil) -> String? {
        guard lastNumber < ActKind.largestNumber else { return nil }
        let reference = ActNumber.reference(lastNumber + 1, symbol: symbol, code: registerCode(unit, in: organization))
        return ActNumber(parsing: reference) == nil ? nil : reference
    }

    /// The code a unit's register prints after the symbol: the unit's own ký hiệu
    /// (`Unit.symbol`, "KTHTĐT"), else its id in capitals ("vhxh" → "VHXH"); a unit id that
    /// is no code gives no automatic number.
    static func registerCode(_ unitID: String, in organization: Organization? = nil) -> String {
        organization?.unit(unitID)?.symbol ?? unitID.uppercased(with: Locale(identifier: "vi_VN"))
    }

    /// What was typed, with control characters shown as "?" (it goes back to a terminal).
    private static func visible(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.prefix(80).map {
            $0.properties.generalCategory == .control || $0.properties.generalCategory == .format ? "?" : $0
        }))
    }

    /// The register rows of the acts among `events`, just appended with `seqs`.
    static func enterActs(of proposal: Proposal, events: [(seq: Int64, change: Change)], db: Database) throws {
        for (seq, change) in events {
            guard let act = change.act else { continue }
            try insertActRow(actRow(seq: seq, proposalID: proposal.id, unitID: proposal.reviewingUnitID, act: act), db: db)
        }
    }

    static func actRow(seq: Int64, proposalID: String, unitID: String, act: RecordedAct) -> ActNumberEntry {
        let parsed = ActNumber(parsing: act.number)
        return ActNumberEntry(eventSeq: seq, proposalID: proposalID, kind: act.kind, code: parsed?.code ?? unitID, symbol: parsed?.symbol,
                              number: parsed?.number, year: act.day.year, reference: act.number, day: act.day)
    }

    static func insertActRow(_ row: ActNumberEntry, db: Database) throws {
        try db.execute(sql: """
            INSERT INTO act_number (event_seq, proposal_id, kind, code, symbol, year, number, reference, day)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [row.eventSeq, row.proposalID, row.kind.rawValue, row.code, row.symbol, row.year, row.number,
                             row.reference, row.day.iso])
    }

    /// The register as the events give it: every act event, under its proposal's reviewing
    /// unit. An unreadable event is skipped here (the proposal's replay reports it).
    /// `proposals`: only theirs, read through their events' index (`verify --since`).
    static func actRows(_ db: Database, proposals: [String]? = nil) throws -> [ActNumberEntry] {
        var units: [String: String] = [:]
        let kinds = "kind IN ('decided', 'concluded', 'measure_recorded')"
        var raws: [GRDB.Row] = []
        if let proposals {
            for id in proposals {
                units[id] = try String.fetchOne(db.cachedStatement(sql: "SELECT reviewing_unit_id FROM proposal WHERE id = ?"), arguments: [id])
                raws += try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM event WHERE proposal_id = ? AND \(kinds) ORDER BY seq"),
                                         arguments: [id])
            }
            raws.sort { ($0["seq"] as Int64) < ($1["seq"] as Int64) }
        } else {
            for row in try Row.fetchAll(db, sql: "SELECT id, reviewing_unit_id FROM proposal") {
                units[row["id"]] = row["reviewing_unit_id"]
            }
            raws = try Row.fetchAll(db, sql: "SELECT * FROM event WHERE \(kinds) AND proposal_id IS NOT NULL ORDER BY seq")
        }
        var rows: [ActNumberEntry] = []
        for raw in raws {
            let row = EventChain.row(from: raw)
            guard let id = row.proposalID, let event = try? Self.event(from: row), let act = event.change.act else { continue }
            rows.append(actRow(seq: row.seq, proposalID: id, unitID: units[id] ?? "", act: act))
        }
        return rows
    }

    static func storedActRows(_ db: Database, scope: ProposalScope? = nil) throws -> [ActNumberEntry?] {
        try Row.fetchAll(db, sql: "SELECT * FROM act_number \(scope?.sql(seq: "event_seq") ?? "") ORDER BY event_seq",
                         arguments: scope?.arguments ?? []).map { row in
            guard let kind = ActKind(rawValue: row["kind"]), let day = Day(iso: row["day"] as String) else { return nil }
            return ActNumberEntry(eventSeq: row["event_seq"], proposalID: row["proposal_id"], kind: kind, code: row["code"],
                                  symbol: row["symbol"], number: row["number"], year: row["year"], reference: row["reference"], day: day)
        }
    }

    /// `verify`: the register of acts rebuilt from the events and compared row by row;
    /// a row edited, added or deleted is named by its proposal and event. With a `scope`
    /// (`verify --since`), only the rows of its proposals and those of events after it.
    static func verifyActNumbers(_ db: Database, scope: ProposalScope? = nil, into report: inout VerifyReport) throws {
        var replayed: [Int64: ActNumberEntry] = [:]
        for row in try actRows(db, proposals: scope?.ids) { replayed[row.eventSeq] = row }
        var stored: [Int64: ActNumberEntry] = [:]
        var unreadable: [Int64] = []
        for raw in try Row.fetchAll(db, sql: "SELECT event_seq FROM act_number \(scope?.sql(seq: "event_seq") ?? "") ORDER BY event_seq",
                                    arguments: scope?.arguments ?? []) {
            unreadable.append(raw["event_seq"])
        }
        for entry in try storedActRows(db, scope: scope).compactMap({ $0 }) { stored[entry.eventSeq] = entry }
        let all = Set(replayed.keys).union(stored.keys).union(unreadable)
        for seq in all.sorted() where replayed[seq] != stored[seq] {
            let id = replayed[seq]?.proposalID ?? stored[seq]?.proposalID ?? "?"
            report.problems.append(.recordDisagrees(table: "act_number", key: "\(id) (seq \(seq))"))
        }
    }

    /// The register of acts, in the order recorded.
    public func actNumbers() throws -> [ActNumberEntry] {
        try read { db in try Self.storedActRows(db).compactMap { $0 } }
    }
}
