import Crypto
import Foundation
import GRDB
import Procedure

/// Issue 16: the demo's rows worked out off the writer's thread. A proposal's transitions
/// become its rows in three steps:
///
/// 1. `DemoPreparer.registerKeys` names the register of each act (cheap), and
///    `DemoRegisters.take` gives them their next numbers — serially, in creation order;
/// 2. `DemoPreparer.prepare` applies those numbers and encodes everything (the proposal's
///    JSON, every event's payload, its search row, its due step, the canonical bytes of each
///    event after its previous hash and sequence number) and packs the events and the body
///    against the created event — pure, on any thread;
/// 3. `DemoSink.write(_:)` on the writer's thread only chains (SHA-256 over the previous
///    hash, the sequence number and the prepared bytes) and inserts.
///
/// The rows are the ones `DemoWriter.write(id:transitions:)` writes, byte for byte: that
/// path now runs the same three steps in a row.
public struct DemoPreparer: Sendable {
    let organization: Organization
    let settings: ProcedureSettings
    let calendar: WorkingCalendar
    /// Officers' names, looked up once.
    let names: [String: String]
    /// The deflaters of the threads that prepare (v7-event-packing, v8-body-packing).
    let deflaters = DeflaterPool { Packing.Deflater() }

    init(context: Context, calendar: WorkingCalendar) {
        organization = context.organization
        settings = context.settings
        self.calendar = calendar
        var names: [String: String] = [:]
        for officer in context.organization.officers.values { names[officer.login] = officer.name }
        self.names = names
    }

    /// Issue 15: the register (reviewing unit, symbol, year) of every act of the
    /// transitions, in the order they are numbered.
    public func registerKeys(_ transitions: [Transition]) -> [String] {
        guard let unit = transitions.last?.proposal.reviewingUnitID else { return [] }
        return transitions.flatMap { transition in
            transition.events.compactMap { event in
                event.change.act.map { "\(unit) \($0.kind.symbol) \($0.day.year)" }
            }
        }
    }

    /// A proposal's rows, its acts numbered with `numbers` (one per key of `registerKeys`,
    /// in order), every text encoded. Throws what `Codec.json` throws.
    public func prepare(id: String, transitions: [Transition], numbers: [Int]) throws -> DemoRows {
        guard var p = transitions.last?.proposal else { return DemoRows(proposal: nil) }
        // Issue 15: every act gets the next number of its register, as `Ledger.perform`
        // gives it, whatever the generator typed; the proposal's record carries the same.
        var numbered: [[Change]] = []
        var measureIndex = 0
        var next = numbers.makeIterator()
        for transition in transitions {
            numbered.append(transition.events.map { event in
                guard let act = event.change.act, let number = next.next() else { return event.change }
                let reference = ActNumber.reference(number, symbol: act.kind.symbol,
                                                    code: Ledger.registerCode(p.reviewingUnitID, in: organization))
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
        let due = p.nextDue(calendar: calendar, settings: settings)
        var rows = DemoRows(proposal: p)
        rows.nextDue = due?.due.iso
        rows.nextStep = due?.step.rawValue
        let doc = SearchText.document(p, proposerName: names[p.proposer] ?? "")
        rows.search = (doc.title, doc.body, doc.people)
        // The proposal's first created event: the dictionary of its later events
        // (v7-event-packing) and of its body (v8-body-packing).
        var created: [UInt8]? = nil
        try deflaters.with { deflater in
            for (transition, changes) in zip(transitions, numbered) {
                for (event, change) in zip(transition.events, changes) {
                    let at = Codec.millisecond(event.at)
                    let row = EventChain.Row(
                        seq: 0, proposalID: p.id, kind: change.kind, actor: event.actor.login,
                        onBehalfOf: event.actor.onBehalfOf, played: event.actor.played, atUTC: Codec.utc(at),
                        atLocal: Codec.vietnam(at), reason: event.reason, payload: try Codec.json(change),
                        prevHash: "", hash: "", acting: try event.actor.acting.map { try Codec.json($0) })
                    let tail = Array(EventChain.canonical(row).dropFirst(EventChain.emptyPrefixLength))
                    let isCreated = row.kind == "created"
                    let dictionary = isCreated ? nil : created
                    let packed = Packing.packEvent(reason: Array(row.reason.utf8), payload: Array(row.payload.utf8), kind: row.kind,
                                                   created: dictionary, deflater: deflater)
                    if isCreated, created == nil {
                        created = Array(row.payload.utf8)
                        rows.createdIndex = rows.events.count
                    }
                    rows.events.append(DemoRows.Event(row: row, tail: tail, act: change.act == nil ? nil : change,
                                                      packed: packed, packedAgainstCreated: dictionary != nil))
                }
            }
            rows.body = Packing.packBody(Array(try Codec.json(p).utf8), created: created, deflater: deflater)
        }
        return rows
    }
}

/// The last number given in each register of acts (unit, symbol, year), in the order of
/// the import. A new file starts with every register empty.
public struct DemoRegisters: Sendable {
    var last: [String: Int] = [:]

    public init() {}

    /// The next number of each key's register, in order.
    public mutating func take(_ keys: [String]) -> [Int] {
        keys.map { key in
            let next = (last[key] ?? 0) + 1
            last[key] = next
            return next
        }
    }
}

/// One demo proposal's rows, everything but the chain's sequence numbers and hashes.
public struct DemoRows: Sendable {
    struct Event: Sendable {
        /// The row, `seq`, `prevHash` and `hash` still to be given.
        var row: EventChain.Row
        /// `EventChain.canonical(row)` after its first two fields (previous hash, sequence).
        var tail: [UInt8]
        /// The act's change (numbered), for the register's row.
        var act: Change?
        /// Its stored form in `event_log` (v7-event-packing).
        var packed: (packing: Int64, data: [UInt8], size: Int)
        /// Whether it was packed against the proposal's created event (its `dict_seq`).
        var packedAgainstCreated: Bool
    }

    /// The final state (its acts numbered); nil when there were no transitions.
    var proposal: Proposal?
    var nextDue: String?
    var nextStep: String?
    /// The body's stored form (v8-body-packing), packed against the created event.
    var body: (packing: Int64, data: [UInt8], size: Int) = (Packing.plain, [], 0)
    /// The index in `events` of the proposal's first created event, if any.
    var createdIndex: Int?
    var search = (title: "", body: "", people: "")
    var events: [Event] = []
}

extension EventChain {
    /// The length of the first two fields of `canonical` for a row whose previous hash is
    /// "" and whose sequence number is 0 ("0:\n1:0\n").
    static let emptyPrefixLength = 7

    /// `hash(row)` for the row whose canonical bytes after its first two fields are `tail`.
    static func hash(prevHash: String, seq: Int64, tail: [UInt8]) -> String {
        let number = String(seq)
        var head: [UInt8] = []
        head.reserveCapacity(prevHash.utf8.count + number.utf8.count + 8)
        for field in [prevHash, number] {
            head.append(contentsOf: String(field.utf8.count).utf8)
            head.append(UInt8(ascii: ":"))
            head.append(contentsOf: field.utf8)
            head.append(UInt8(ascii: "\n"))
        }
        var hasher = SHA256()
        hasher.update(data: head)
        hasher.update(data: tail)
        return hexadecimal(hasher.finalize())
    }
}

/// What `importDemo` hands its `proposals` closure: called with a proposal's id and
/// transitions (`sink(id, transitions)`), it writes them at once; a generator that prepares
/// rows on other threads uses `preparer` and `DemoRegisters` and hands `write(_:)` the rows,
/// in creation order. One import uses one of the two ways, not both (the registers' numbers
/// would start again): the other throws.
public final class DemoSink {
    public let preparer: DemoPreparer
    var writer: DemoWriter
    /// Called after each proposal is written, with how many so far.
    let written: (Int) throws -> Void
    private(set) var count = 0
    private var registers = DemoRegisters()
    private var prepared: Bool?

    init(writer: DemoWriter, written: @escaping (Int) throws -> Void) {
        self.writer = writer
        preparer = writer.preparer
        self.written = written
    }

    /// Numbers, prepares and writes one proposal, here.
    public func callAsFunction(_ id: String, _ transitions: [Transition]) throws {
        try use(prepared: false)
        let numbers = registers.take(preparer.registerKeys(transitions))
        try writer.write(try preparer.prepare(id: id, transitions: transitions, numbers: numbers))
        count += 1
        try written(count)
    }

    /// Writes one prepared proposal (the next in creation order).
    public func write(_ rows: DemoRows) throws {
        try use(prepared: true)
        try writer.write(rows)
        count += 1
        try written(count)
    }

    private func use(prepared: Bool) throws {
        if let used = self.prepared, used != prepared {
            throw LedgerError.badInput(LedgerText.demoSinkUsedBothWays)
        }
        self.prepared = prepared
    }
}
