import Foundation
import GRDB
import Testing
@testable import Ledger

/// Packing (Sources/Ledger/Packing.swift): raw deflate with a preset dictionary, bounded
/// inflate, and the `dexuat_unpack` SQL function the `event` view reads through.
@Suite struct PackingTests {
    static let created = Array(#"{"created":{"dossier":{"title":"Số hóa sổ tiếp nhận hồ sơ","content":"Quét 2.000 hồ sơ"}}}"#.utf8)
    static let payload = Array(#"{"progressNoted":{"note":"Đã quét 200 hồ sơ của Số hóa sổ tiếp nhận hồ sơ","percent":20}}"#.utf8)

    @Test func roundTripsEveryKindWithAndWithoutTheCreatedPayload() throws {
        let deflater = Packing.Deflater()
        let inflater = Packing.Inflater()
        for kind in PackingDictionaryV1.skeletons.keys.sorted() + ["a_kind_no_dictionary_knows"] {
            for created in [nil, Self.created] {
                let reason = Array("Lý do\u{0}có NUL:và dấu hai chấm".utf8)
                let packed = Packing.packEvent(reason: reason, payload: Self.payload, kind: kind, created: created, deflater: deflater)
                let content = try #require(Packing.unpackEvent(packing: packed.packing, data: packed.data, size: packed.size, kind: kind,
                                                               created: created, inflater: inflater))
                let split = try #require(Packing.splitEventContent(content))
                #expect(Array(split.reason) == reason)
                #expect(Array(split.payload) == Self.payload)
            }
        }
    }

    @Test func theCreatedPayloadAsDictionaryShrinksALaterEvent() throws {
        let deflater = Packing.Deflater()
        let without = Packing.packEvent(reason: [], payload: Self.payload, kind: "progress_noted", created: nil, deflater: deflater)
        let with = Packing.packEvent(reason: [], payload: Self.payload, kind: "progress_noted", created: Self.created, deflater: deflater)
        #expect(with.packing == Packing.deflateV1)
        #expect(with.data.count < without.data.count)
    }

    @Test func aValueDeflateCannotShrinkIsKeptPlain() {
        let packed = Packing.packEvent(reason: [], payload: Array("{}".utf8), kind: "closed", created: nil, deflater: Packing.Deflater())
        #expect(packed.packing == Packing.plain)
        #expect(packed.data == Array("0:{}".utf8))
    }

    @Test func contentSplitsOnlyOnAWellFormedLength() {
        #expect(Packing.splitEventContent(Array("3:abcdef".utf8)).map { (Array($0.reason), Array($0.payload)) }! == (Array("abc".utf8), Array("def".utf8)))
        #expect(Packing.splitEventContent(Array("0:".utf8)) != nil)
        for bad in ["", ":abc", "9:abc", "x:abc", "03:abcdef", "-1:abc", "abc", "99999999999999999:a"] {
            #expect(Packing.splitEventContent(Array(bad.utf8)) == nil, "\(bad)")
        }
    }

    /// Every way a packed value can be hostile is refused, none traps.
    @Test func hostilePackedValuesAreRefused() throws {
        let deflater = Packing.Deflater()
        let inflater = Packing.Inflater()
        let kind = "progress_noted"
        let good = Packing.packEvent(reason: [], payload: Self.payload, kind: kind, created: Self.created, deflater: deflater)
        #expect(good.packing == Packing.deflateV1)
        func unpack(_ data: [UInt8], size: Int, packing: Int64 = Packing.deflateV1, kind: String = kind,
                    created: [UInt8]? = PackingTests.created) -> [UInt8]? {
            Packing.unpackEvent(packing: packing, data: data, size: size, kind: kind, created: created, inflater: inflater)
        }
        #expect(unpack(good.data, size: good.size) != nil)
        // Truncated at every length.
        for cut in 0 ..< good.data.count {
            #expect(unpack(Array(good.data.prefix(cut)), size: good.size) == nil)
        }
        // Every single byte flipped: refused, or (rarely) inflates to other bytes of the right size.
        for index in good.data.indices {
            var data = good.data
            data[index] ^= 0x5a
            if let out = unpack(data, size: good.size) { #expect(out.count == good.size) }
        }
        // Sizes that disagree, one too small, one too large, absurd, negative.
        for size in [good.size - 1, good.size + 1, 0, Int(Int32.max), Packing.largest + 1, -1] {
            #expect(unpack(good.data, size: size) == nil, "\(size)")
        }
        // Trailing bytes after the end of the stream.
        #expect(unpack(good.data + [0, 1, 2], size: good.size) == nil)
        // The wrong dictionary (another kind, no created payload, another created payload):
        // raw deflate carries no check of its own, so it is refused or gives other bytes,
        // never the original (verify's hash names the row).
        let original = try #require(unpack(good.data, size: good.size))
        for wrong in [unpack(good.data, size: good.size, kind: "ballot_cast"), unpack(good.data, size: good.size, created: nil),
                      unpack(good.data, size: good.size, created: Array(Self.created.reversed()))] {
            #expect(wrong != original)
        }
        // An unknown packing, and plain with the wrong size.
        #expect(unpack(good.data, size: good.size, packing: 7) == nil)
        #expect(unpack(Array("0:{}".utf8), size: 5, packing: Packing.plain) == nil)
        // A bomb: 8 MB of zeros claimed as 1 KB, and claimed as its true size past the ceiling.
        let zeros = [UInt8](repeating: 0, count: 8 * 1024 * 1024)
        let bomb = try #require(deflater.deflate(zeros, dictionary: []))
        #expect(bomb.count < 16 * 1024)
        #expect(inflater.inflate(bomb, size: 1024, dictionary: []) == nil)
        #expect(inflater.inflate(bomb, size: zeros.count, dictionary: []) == zeros)
        // Not deflate at all.
        #expect(unpack(Array("not deflate at all".utf8), size: 40) == nil)
        #expect(unpack([0xff, 0xff, 0xff, 0xff], size: 4) == nil)
    }

    /// The SQL function over hostile arguments: text, never a trap.
    @Test func theSQLFunctionReadsGoodRowsAndBlanksHostileOnes() throws {
        let queue = try DatabaseQueue()
        queue.inDatabase { db in UnpackFunction.register(on: db) }
        let deflater = Packing.Deflater()
        let createdRow = Packing.packEvent(reason: [], payload: Self.created, kind: "created", created: nil, deflater: deflater)
        let row = Packing.packEvent(reason: Array("vì".utf8), payload: Self.payload, kind: "progress_noted", created: Self.created,
                                    deflater: deflater)
        let sql = "SELECT dexuat_unpack(?, ?, ?, ?, ?, ?, ?, ?)"
        try queue.read { (db: Database) throws in
            func call(_ arguments: StatementArguments) throws -> String? { try String.fetchOne(db, sql: sql, arguments: arguments) }
            let dict: [DatabaseValueConvertible?] = [createdRow.packing, Data(createdRow.data), createdRow.size]
            let base: [DatabaseValueConvertible?] = [row.packing, Data(row.data), row.size, "progress_noted"]
            #expect(try call(StatementArguments(base + dict + [0])) == "vì")
            #expect(try call(StatementArguments(base + dict + [1])) == String(decoding: Self.payload, as: UTF8.self))
            // Without the created row, with a broken one, with hostile types: empty text.
            #expect(try call(StatementArguments(base + [nil, nil, nil, 1])) == "")
            #expect(try call(StatementArguments(base + [createdRow.packing, Data(createdRow.data.dropLast()), createdRow.size, 1])) == "")
            #expect(try call(StatementArguments([row.packing, Data(row.data), Int64.max, "progress_noted"] + dict + [1])) == "")
            #expect(try call(StatementArguments([row.packing, Data(row.data), -5, "progress_noted"] + dict + [1])) == "")
            #expect(try call(StatementArguments(["x", "y", "z", 3, 4, 5, 6, 7])) == "")
            #expect(try call(StatementArguments([nil, nil, nil, nil, nil, nil, nil, nil])) == "")
            // A plain row needs no dictionary.
            #expect(try call([0, "3:vìabc", 8, "closed", nil, nil, nil, 0]) == "vì")
            #expect(try call([0, "3:vìabc", 8, "closed", nil, nil, nil, 1]) == "abc")
        }
    }

    /// docs/packing-v1.json is the Swift table, for the external check (docs/CHAIN.md).
    @Test func theDictionaryFileMatchesTheFrozenTable() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/packing-v1.json")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let expected = try encoder.encode(PackingDictionaryV1.skeletons) + Data("\n".utf8)
        if ProcessInfo.processInfo.environment["DEXUAT_UPDATE_SNAPSHOTS"] == "1" {
            try expected.write(to: docs)
        }
        let stored = try Data(contentsOf: docs)
        #expect(stored == expected, "docs/packing-v1.json differs from PackingDictionaryV1 (DEXUAT_UPDATE_SNAPSHOTS=1 writes it)")
        // And every skeleton is JSON.
        for (kind, skeleton) in PackingDictionaryV1.skeletons {
            #expect((try? JSONSerialization.jsonObject(with: Data(skeleton.utf8))) != nil, "\(kind)")
        }
    }

    /// docs/packing-v1-proposal.json is the proposal skeleton of v8-body-packing, for the same
    /// external check (scripts/check-chain.py reads the proposals' states with it).
    @Test func theProposalSkeletonFileMatchesTheFrozenOne() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/packing-v1-proposal.json")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let expected = try encoder.encode(["proposal": PackingDictionaryV1.proposal]) + Data("\n".utf8)
        if ProcessInfo.processInfo.environment["DEXUAT_UPDATE_SNAPSHOTS"] == "1" {
            try expected.write(to: docs)
        }
        let stored = try Data(contentsOf: docs)
        #expect(stored == expected, "docs/packing-v1-proposal.json differs from PackingDictionaryV1.proposal (DEXUAT_UPDATE_SNAPSHOTS=1 writes it)")
        #expect((try? JSONSerialization.jsonObject(with: Data(PackingDictionaryV1.proposal.utf8))) != nil)
    }
}
