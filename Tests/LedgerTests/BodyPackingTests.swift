import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// v8-body-packing (BodyPacking.swift): a proposal's stored state packed against its created
/// event; bounded unpacking; the `dexuat_body` function every reader goes through; the writers.
@Suite struct BodyPackingTests {
    static let created = PackingTests.created
    static let body = Array(#"{"dossier":{"title":"Số hóa sổ tiếp nhận hồ sơ","content":"Quét 2.000 hồ sơ"},"state":"received","version":3}"#.utf8)

    /// Every packed body depends on the skeleton's bytes: it never changes (a later one is a
    /// new packing number).
    @Test func theProposalSkeletonIsFrozen() throws {
        let bytes = Array(PackingDictionaryV1.proposal.utf8)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        #expect(bytes.count == 2_341)
        #expect(String(hash, radix: 16) == "f47b8a3d4ea0742e")
        #expect(try JSONSerialization.jsonObject(with: Data(bytes)) is [String: Any])
    }

    @Test func aBodyRoundTripsWithAndWithoutItsCreatedPayload() throws {
        let deflater = Packing.Deflater()
        let inflater = Packing.Inflater()
        for created in [nil, Self.created] {
            let packed = Packing.packBody(Self.body, created: created, deflater: deflater)
            #expect(packed.packing == Packing.deflateV1)
            #expect(packed.size == Self.body.count)
            #expect(Packing.unpackBody(packing: packed.packing, data: packed.data, size: Int64(packed.size), created: created,
                                       inflater: inflater) == Self.body)
        }
        // The created payload as dictionary makes the dossier it repeats almost free.
        let without = Packing.packBody(Self.body, created: nil, deflater: deflater)
        let with = Packing.packBody(Self.body, created: Self.created, deflater: deflater)
        #expect(with.data.count < without.data.count)
        // What deflate cannot shrink is kept plain.
        let tiny = Packing.packBody(Array("{}".utf8), created: nil, deflater: deflater)
        #expect(tiny.packing == Packing.plain && tiny.data == Array("{}".utf8))
    }

    /// Every way a stored body can be hostile is refused, none traps nor allocates past the ceiling.
    @Test func hostileStoredBodiesAreRefused() throws {
        let deflater = Packing.Deflater()
        let inflater = Packing.Inflater()
        let good = Packing.packBody(Self.body, created: Self.created, deflater: deflater)
        func unpack(_ data: [UInt8], size: Int64, packing: Int64 = Packing.deflateV1, created: [UInt8]? = BodyPackingTests.created) -> [UInt8]? {
            Packing.unpackBody(packing: packing, data: data, size: size, created: created, inflater: inflater)
        }
        let size = Int64(good.size)
        #expect(unpack(good.data, size: size) == Self.body)
        for cut in 0 ..< good.data.count { #expect(unpack(Array(good.data.prefix(cut)), size: size) == nil) }
        for wrong in [size - 1, size + 1, 0, -1, Int64(Packing.largest) + 1, Int64.max, Int64.min] {
            #expect(unpack(good.data, size: wrong) == nil, "\(wrong)")
        }
        #expect(unpack(good.data + [0], size: size) == nil)
        for packing in [Int64(2), 9, -1, Int64.max] { #expect(unpack(good.data, size: size, packing: packing) == nil) }
        #expect(unpack(Self.body, size: size + 1, packing: Packing.plain) == nil)
        #expect(unpack(Self.body, size: size, packing: Packing.plain) == Self.body)
        // Another dictionary gives an error or other bytes, never the body.
        for created in [nil, Array(Self.created.reversed()), Array(Self.created.dropFirst())] {
            #expect(unpack(good.data, size: size, created: created) != Self.body)
        }
        // Plain past the ceiling: refused on the size alone.
        #expect(unpack([UInt8](repeating: 0x20, count: 16), size: Int64(Packing.largest) + 1, packing: Packing.plain) == nil)
        // The dictionary row named but not found (not its created event) is refused; none named is the skeleton alone.
        #expect(Ledger.unpackBody(packing: good.packing, size: size, data: good.data, dictSeq: 7, dictionary: nil, inflater: inflater) == nil)
        let skeletonOnly = Packing.packBody(Self.body, created: nil, deflater: deflater)
        #expect(Ledger.unpackBody(packing: skeletonOnly.packing, size: size, data: skeletonOnly.data, dictSeq: nil, dictionary: nil,
                                  inflater: inflater) == Self.body)
        // A dictionary row that does not unpack.
        #expect(Ledger.unpackBody(packing: good.packing, size: size, data: good.data, dictSeq: 7,
                                  dictionary: (Packing.deflateV1, 40, [1, 2, 3]), inflater: inflater) == nil)
    }

    /// The SQL function over hostile arguments: empty text, never a trap.
    @Test func theSQLFunctionAnswersEmptyTextForWhatDoesNotUnpack() throws {
        let queue = try DatabaseQueue()
        queue.inDatabase { db in Ledger.prepareConnection(db) }
        let created = Packing.packEvent(reason: [], payload: Self.created, kind: "created", created: nil, deflater: Packing.Deflater())
        let good = Packing.packBody(Self.body, created: Self.created, deflater: Packing.Deflater())
        let dict: [DatabaseValueConvertible?] = [created.packing, created.size, Data(created.data)]
        func body(_ arguments: [DatabaseValueConvertible?]) throws -> String? {
            try queue.read { db in try String.fetchOne(db, sql: "SELECT dexuat_body(?, ?, ?, ?, ?, ?, ?)", arguments: StatementArguments(arguments)) }
        }
        #expect(try body([good.packing, good.size, Data(good.data), 5] + dict) == String(decoding: Self.body, as: UTF8.self))
        for hostile: [DatabaseValueConvertible?] in [
            [good.packing, good.size, Data(good.data), 5, nil, nil, nil],
            [good.packing, good.size, Data(good.data), 5, created.packing, created.size + 1, Data(created.data)],
            [good.packing, good.size + 1, Data(good.data), 5] + dict,
            [good.packing, Int64.max, Data(good.data), 5] + dict,
            [9, good.size, Data(good.data), 5] + dict,
            ["1", good.size, Data(good.data), 5] + dict,
            [good.packing, good.size, nil, 5] + dict,
            [good.packing, good.size, Data(good.data.prefix(10)), 5] + dict,
            [nil, nil, nil, nil, nil, nil, nil],
        ] {
            #expect(try body(hostile) == "")
        }
    }

    /// A new proposal's body is packed against its created event, which is written first;
    /// a later step keeps that dictionary; every reader reads the JSON dexuat wrote.
    @Test func aProposalIsStoredPackedAgainstItsCreatedEvent() throws {
        let fixture = try LedgerFixture()
        let draft = try fixture.draft("Số hóa sổ tiếp nhận hồ sơ")
        func stored() throws -> (packing: Int64, size: Int64, dict: Int64?, created: Int64?, json: String, bytes: Int) {
            try fixture.rawQueue().read { db in
                let row = try #require(try Row.fetchOne(db, sql: """
                    SELECT p.body_packing, p.body_size, p.body_dict, length(p.body_data), b.body,
                           (SELECT MIN(seq) FROM event_log e WHERE e.proposal_id = p.id AND e.kind = 'created')
                    FROM proposal p JOIN proposal_body b ON b.seq = p.seq WHERE p.id = ?
                    """, arguments: [draft.id]))
                return (row[0], row[1], row[2], row[5], row[4], row[3])
            }
        }
        var row = try stored()
        #expect(row.packing == Packing.deflateV1)
        #expect(row.dict != nil && row.dict == row.created)
        #expect(row.json == (try Codec.json(draft)))
        #expect(row.size == Int64(row.json.utf8.count))
        #expect(row.bytes * 3 < row.json.utf8.count, "\(row.bytes) bytes packed for \(row.json.utf8.count)")
        let submitted = try fixture.ledger.perform(.submit, on: draft.id, by: Actor(login: draft.proposer))
        row = try stored()
        #expect(row.packing == Packing.deflateV1 && row.dict == row.created)
        #expect(row.json == (try Codec.json(submitted)))
        #expect(try fixture.ledger.proposal(draft.id) == submitted)
        #expect(try fixture.ledger.verify().ok)
    }

    /// A demo's file taken back to the layout before v8-body-packing and opened again: every
    /// proposal reads byte for byte the JSON it read before, and the statistics, the period
    /// counts, the inbox presets and the search answer the same.
    @Test func aDemoMigratedReadsEveryProposalAndAnswersAsBefore() throws {
        let demo = try SpeedTests.DemoFile(proposals: 60)
        let today = Day.inVietnam(SpeedTests.DemoFile.now)
        let period = try Period.parse(String(today.year))
        // The figures compared field by field (their dictionaries print in no fixed order).
        func figures(_ s: PeriodStatistics) -> [String] {
            ["\(s.total)", "\(s.byState.sorted { $0.key.rawValue < $1.key.rawValue })", "\(s.byUnit.sorted { $0.key < $1.key })",
             "\(s.byField.sorted { $0.key.rawValue < $1.key.rawValue })", "\(s.heldCount) \(s.overdueCount)", "\(s.held)", "\(s.overdue)",
             "\(s.outcomes.sorted { "\($0.key)" < "\($1.key)" })", "\(s.measures.sorted { "\($0.key)" < "\($1.key)" })",
             "\(s.unitTiming.sorted { $0.key < $1.key })", "\(s.steps.sorted { "\($0.key)" < "\($1.key)" })"]
        }
        func answers(_ ledger: Ledger) throws -> [String] {
            var lines = figures(try ledger.statistics(for: period, today: today, listLimit: 1_000))
                + figures(try ledger.periodCounts(for: period, today: today))
                + ["\(try ledger.presets(for: "qtvien", today: today, waiting: false).map { "\($0.id) \($0.count)" })"]
            for word in ["phường", "phuong", "số hóa", "so hoa", "hồ sơ"] {
                var query = ProposalQuery()
                query.search = word
                query.limit = 200
                lines.append("\(word): \(try ledger.list(query).map(\.id))")
            }
            return lines
        }
        func bodies() throws -> [[UInt8]] {
            try demo.raw().read { db in
                try Data.fetchAll(db, sql: "SELECT CAST(body AS BLOB) FROM proposal_body ORDER BY seq").map { [UInt8]($0) }
            }
        }
        let before = try bodies()
        #expect(before.count == 60)
        #expect(try demo.raw().read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal WHERE body_packing <> 1") } == 0)
        let answered = try answers(demo.ledger)
        try demo.raw().undoingEventPacking(then: "")
        let text = try demo.raw().read { db in
            try Data.fetchAll(db, sql: "SELECT CAST(body AS BLOB) FROM proposal ORDER BY seq").map { [UInt8]($0) }
        }
        #expect(text == before, "the layout before v8 holds the same text")
        let reopened = try Ledger.open(path: demo.path)
        #expect(try bodies() == before)
        let answeredAfter = try answers(reopened)
        #expect(answeredAfter.count == answered.count)
        for (after, before) in zip(answeredAfter, answered) { #expect(after == before) }
        #expect(try reopened.verify().ok)
        try demo.raw().read { (db: Database) throws in
            #expect(try db.columns(in: "proposal").map(\.name).contains("body") == false)
            #expect(try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM proposal p WHERE p.body_packing <> 1
                   OR p.body_dict IS NOT (SELECT MIN(seq) FROM event_log e WHERE e.proposal_id = p.id AND e.kind = 'created')
                """) == 0)
        }
    }
}
