import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Issue 16: `FastJSON`, the decoder `Codec.decode` tries first, decodes exactly what
/// `JSONDecoder` decodes. Whatever it takes, `JSONDecoder` takes and gives the same value;
/// whatever `JSONDecoder` refuses, it leaves alone (so the error is `JSONDecoder`'s).
@Suite("Fast JSON decoding equals JSONDecoder")
struct FastJSONTests {
    /// What `JSONDecoder` with `Codec`'s date rule makes of `text`.
    static func slow<T: Decodable>(_ type: T.Type, _ text: String) -> Result<T, any Error> {
        Result { try Codec.decoder.decode(type, from: Data(text.utf8)) }
    }

    /// Checks the rule on one text and one type; true when the fast path took it.
    @discardableResult
    static func agree<T: Decodable & Equatable>(_ type: T.Type, _ text: String,
                                                 sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let fast = FastJSON.decode(type, text)
        let codec = Result { try Codec.decode(type, text) }
        switch slow(type, text) {
        case .success(let expected):
            #expect(fast == nil || fast == expected, "\(T.self) from \(text.prefix(200))", sourceLocation: sourceLocation)
            #expect((try? codec.get()) == expected, "\(T.self) from \(text.prefix(200))", sourceLocation: sourceLocation)
        case .failure(let error):
            #expect(fast == nil, "fast path took what JSONDecoder refuses: \(T.self) from \(text.prefix(200))", sourceLocation: sourceLocation)
            switch codec {
            case .success:
                Issue.record("Codec.decode took what JSONDecoder refuses: \(T.self) from \(text.prefix(200))", sourceLocation: sourceLocation)
            case .failure(let codecError):
                #expect(String(describing: codecError) == String(describing: error), sourceLocation: sourceLocation)
            }
        }
        return fast != nil
    }

    /// Every payload type the ledger decodes from an event.
    static func agreeAsEveryPayload(_ text: String) -> [String] {
        var took: [String] = []
        if agree(Change.self, text) { took.append("Change") }
        if agree(AdminChange.self, text) { took.append("AdminChange") }
        if agree(DelegationChange.self, text) { took.append("DelegationChange") }
        if agree(OversightChange.self, text) { took.append("OversightChange") }
        if agree(AttachmentAdded.self, text) { took.append("AttachmentAdded") }
        if agree(DocumentNumber.self, text) { took.append("DocumentNumber") }
        return took
    }

    @Test func everyEventAndProposalOfASeededDemoDecodesAlikeAndByTheFastPath() throws {
        let demo = try SpeedTests.DemoFile(proposals: 120)
        let queue = try demo.raw()
        let events = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT seq, kind, proposal_id, payload, acting FROM event ORDER BY seq")
        }
        #expect(events.count > 1_000)
        var kinds = Set<String>()
        for row in events {
            let seq: Int64 = row["seq"], kind: String = row["kind"], payload: String = row["payload"]
            kinds.insert(kind)
            let took = Self.agreeAsEveryPayload(payload)
            // Each payload is read by the fast path as the type its kind is read as.
            if (row["proposal_id"] as String?) != nil {
                #expect(took.contains("Change"), "event \(seq) (\(kind))")
            } else {
                #expect(!took.isEmpty, "event \(seq) (\(kind))")
            }
            if let acting: String = row["acting"] {
                #expect(Self.agree(Acting.self, acting), "event \(seq) acting")
            }
        }
        // The demo reaches the kinds of every family (workflow, organisation, oversight,
        // delegation, attachments).
        for kind in ["created", "decided", "closed", "role_granted", "officer_saved", "database_created",
                     "text_acknowledged", "delegation_granted", "attachment_added"] {
            #expect(kinds.contains(kind), "\(kind)")
        }

        let bodies = try queue.read { db in try String.fetchAll(db, sql: "SELECT body FROM proposal_body ORDER BY seq") }
        #expect(bodies.count == 120)
        for body in bodies {
            #expect(Self.agree(Proposal.self, body))
            // What `verify` relies on to skip decoding: a stored body is the encoding of
            // what it decodes to.
            if let proposal = FastJSON.decode(Proposal.self, body) {
                #expect(try Codec.json(proposal) == body)
            }
        }
        let settings = try queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'settings'") }
        if let settings { #expect(Self.agree(ProcedureSettings.self, settings)) }
    }

    /// Every prefix of one payload of each kind (and of a body), and every byte of a few of
    /// them replaced by each of a handful of troublesome bytes: the fast path never takes
    /// what JSONDecoder refuses, nor gives another value.
    @Test(.tags(.slow), .skippedInFastLoop) func everyPrefixAndByteEditOfRealPayloadsAgrees() throws {
        let demo = try SpeedTests.DemoFile(proposals: 30)
        let queue = try demo.raw()
        let payloads = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT payload FROM event WHERE seq IN (SELECT MIN(seq) FROM event GROUP BY kind) ORDER BY seq")
        }
        let body = try queue.read { db in try String.fetchOne(db, sql: "SELECT body FROM proposal_body ORDER BY seq LIMIT 1") } ?? ""
        #expect(payloads.count > 10)
        for payload in payloads {
            let bytes = Array(payload.utf8)
            for end in 0..<bytes.count {
                _ = Self.agreeAsEveryPayload(String(decoding: bytes[0..<end], as: UTF8.self))
            }
        }
        let bodyBytes = Array(body.utf8)
        for end in stride(from: 0, to: bodyBytes.count, by: 7) {
            Self.agree(Proposal.self, String(decoding: bodyBytes[0..<end], as: UTF8.self))
        }
        let replacements: [UInt8] = Array("\"\\0}]1 -.e,".utf8) + [0x01, 0x7F]
        for payload in payloads.prefix(4) {
            let bytes = Array(payload.utf8)
            for index in bytes.indices {
                for replacement in replacements where replacement != bytes[index] {
                    var edited = bytes
                    edited[index] = replacement
                    Self.agree(Change.self, String(decoding: edited, as: UTF8.self))
                }
            }
        }
    }

    /// A type whose `init(from:)` swallows an error: the fast path must not give another
    /// value than JSONDecoder where the two would throw differently.
    struct Lenient: Decodable, Hashable {
        var a: Int
        var b: String?
        enum CodingKeys: String, CodingKey { case a, b }
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            a = (try? c.decode(Int.self, forKey: .a)) ?? -1
            b = try c.decodeIfPresent(String.self, forKey: .b)
        }
    }

    /// Nested arrays as deep as the text goes.
    struct Nest: Decodable, Hashable {
        var children: [Nest]
        init(from decoder: any Decoder) throws {
            children = try decoder.singleValueContainer().decode([Nest].self)
        }
    }

    static let hostile: [String] = [
        "", " ", "1", "-1", "-0", "01", "1.0", "1.5", "1e3", "1E3", "-", "+1", " 7 ", "7 8", "[1,]", "[,1]", "{,}",
        "{\"a\" 1}", "{\"a\":1,}", "{\"a\":1 \"b\":2}", "{\"a\":1,\"a\":2}", "{\"a\":\"x\",\"a\":\"y\"}",
        "123456789012345678", "1234567890123456789", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "123456789012345678901234567890", "1e400", "9007199254740993", "16777217",
        "true", "false", "null", "tru", "nul", "truex", "[true,false,null]", "[null]", "[1,null,3]",
        "\"\"", "\"abc\"", "\"unterminated", "\"a\\\"b\"", "\"\\\\\"", "\"\\/\"", "\"\\b\\f\\n\\r\\t\"",
        "\"\\u00e9\"", "\"\\u00E9\"", "\"e\\u0301\"", "\"\\ud83d\\ude00\"", "\"\\ud800\"", "\"\\udc00\"",
        "\"\\ud800\\u0041\"", "\"\\ud800x\"", "\"\\u0000\"", "\"\\u12\"", "\"\\x41\"", "\"\\\"", "\"a\u{01}b\"",
        "\"tab\there\"", "\"\u{7F}\"", "\"Đề xuất số 7\"", "\"\u{FFFD}\"", String(decoding: [0x22, 0xFF, 0xFE, 0x22], as: UTF8.self),
        "\u{FEFF}1", "[\"2026-03-18\"]", "\"2026-02-30\"", "\"2026-3-1\"", "1773800000000", "-1773800000000",
        "{\"a\":1,\"b\":\"x\"}", "{\"a\":\"x\"}", "{\"a\":1.5}", "{\"a\":1.0}", "{\"a\":null}", "{\"b\":null}",
        "{\"a\":1,\"b\":2}", "{\"a\":1,\"b\":null}", "{\"a\":99999999999999999999}", "{}", "[]", "[[]]", "[[[]]]",
        "{\"2\":1,\"x\":2}", "{\"2\":1,\"3\":2}",
        "{\"submitted\":{\"day\":\"2026-03-18\"}}", "{\"submitted\":{\"day\":\"2026-03-18\"},\"closed\":{\"day\":\"2026-03-18\"}}",
        "{\"submitted\":{}}", "{\"submitted\":{\"day\":7}}", "{\"closed\":{\"day\":\"2026-03-18\",\"extra\":1}}",
        "{\"unknown\":{}}", "{\"withdrawn\":{\"reason\":\"x\",\"day\":\"2026-03-18\"}}",
    ]

    @Test func hostileTextsGiveJSONDecodersAnswer() {
        for text in Self.hostile {
            Self.agree(Int.self, text)
            Self.agree(Int64.self, text)
            Self.agree(Int8.self, text)
            Self.agree(UInt8.self, text)
            Self.agree(UInt64.self, text)
            Self.agree(Double.self, text)
            Self.agree(Float.self, text)
            Self.agree(Bool.self, text)
            Self.agree(String.self, text)
            Self.agree(Int?.self, text)
            Self.agree([Int].self, text)
            Self.agree([Int?].self, text)
            Self.agree([String].self, text)
            Self.agree([String: Int].self, text)
            Self.agree([Int: Int].self, text)
            Self.agree(Date.self, text)
            Self.agree([Date].self, text)
            Self.agree(Day.self, text)
            Self.agree([Day].self, text)
            Self.agree(Lenient.self, text)
            Self.agree(Change.self, text)
            Self.agree(Proposal.self, text)
        }
    }

    @Test func theFastPathTakesWhatItIsSureOf() {
        #expect(FastJSON.decode(Int.self, " 42 ") == 42)
        #expect(FastJSON.decode(String.self, "\"\\ud83d\\ude00 \\u0110\\u1ec1 \\\"x\\\"\"") == "😀 Đề \"x\"")
        #expect(FastJSON.decode([String: Int].self, "{\"a\":1,\"b\":-2}") == ["a": 1, "b": -2])
        #expect(FastJSON.decode(Date.self, "1773800000123") == Date(timeIntervalSince1970: 1_773_800_000.123))
        #expect(FastJSON.decode(Lenient.self, "{\"a\":3}") == (try? Codec.decoder.decode(Lenient.self, from: Data("{\"a\":3}".utf8))))
        #expect(FastJSON.decode(Change.self, "{\"submitted\":{\"day\":\"2026-03-18\"}}") == Day(iso: "2026-03-18").map { Change.submitted(day: $0) })
        // And gives up on what it is not: the answer is then JSONDecoder's.
        #expect(FastJSON.decode(Lenient.self, "{\"a\":\"x\"}") == nil)
        #expect(FastJSON.decode([String: Int].self, "{\"a\":1,\"a\":2}") == nil)
        #expect(FastJSON.decode(String.self, "\"\\ud800\"") == nil)
        #expect(FastJSON.decode(Double.self, "1.5") == nil)
        #expect(FastJSON.decode(Int.self, "123456789012345678901234567890") == nil)
    }

    @Test func deepNestingIsAnErrorOrAValueNeverACrash() {
        for depth in [1, 10, 150, FastJSON.maxDepth - 1, FastJSON.maxDepth, FastJSON.maxDepth + 1, 400] {
            let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            let took = Self.agree(Nest.self, text)
            #expect(took == (depth <= FastJSON.maxDepth), "depth \(depth)")
        }
        // Far deeper than JSONDecoder's own limit, and unclosed: refused, not a crash.
        let deep = String(repeating: "[", count: 100_000)
        #expect(FastJSON.decode(Nest.self, deep) == nil)
        #expect(throws: (any Error).self) { try Codec.decode(Nest.self, deep) }
        let deepObjects = String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        #expect(FastJSON.decode([String: Int].self, deepObjects) == nil)
        #expect(throws: (any Error).self) { try Codec.decode([String: Int].self, deepObjects) }
    }

    /// Events' times read from fixed positions: the same instant as the old reading, for
    /// every form `Codec.utc` writes and for every one-byte edit of one.
    @Test func eventTimesFromFixedPositionsReadAsBefore() throws {
        var ms: Int64 = -2_208_988_800_000 // 1900-01-01
        while ms < 4_102_444_800_000 { // 2100-01-01
            let date = Date(timeIntervalSince1970: Double(ms) / 1000)
            let text = Codec.utc(date)
            #expect(Codec.fixedUTC(text) == Codec.milliseconds(date), "\(text)")
            #expect(Codec.parseUTC(text) == Codec.looseUTC(text), "\(text)")
            ms += 86_400_000 * 3 + 3_600_000 * 7 + 60_000 * 13 + 1_000 * 29 + 357
        }
        let stamp = Array("2026-02-28T23:59:59.999Z".utf8)
        let replacements = Array("0123456789-:.TZ x+".utf8)
        for index in stamp.indices {
            for replacement in replacements {
                var edited = stamp
                edited[index] = replacement
                let text = String(decoding: edited, as: UTF8.self)
                if let fixed = Codec.fixedUTC(text) {
                    #expect(Codec.looseUTC(text) == Date(timeIntervalSince1970: Double(fixed) / 1000), "\(text)")
                }
                #expect(Codec.parseUTC(text) == (Codec.fixedUTC(text).map { Date(timeIntervalSince1970: Double($0) / 1000) } ?? Codec.looseUTC(text)))
            }
        }
        for text in ["", "2026-02-29T00:00:00.000Z", "2026-02-28T00:00:00.000", "2026-02-28T00:00:00Z", "2026-02-28 00:00:00.000Z",
                     "2026-02-28T00:00:00.0000Z", "2026-02-28T0:00:00.000Z"] {
            #expect(Codec.fixedUTC(text) == nil, "\(text)")
        }
    }
}
