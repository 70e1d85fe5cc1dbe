import Foundation
import Testing
@testable import Ledger
import Procedure

/// Issue 16: the demo import hashes an event from its previous hash, its sequence number
/// and the canonical bytes prepared on another thread; the hash is `EventChain.hash(row)`.
@Suite struct DemoPreparedHashTests {
    static let hostile = ["", "\"", "\\", "a\nb", "\u{0}\u{1}\u{1F}", "\u{2028}\u{2029}", "😀👩‍👩‍👧", "e\u{301}", "Nguyễn Văn Hùng",
                          String(repeating: "x", count: 1000), "9:\n", "0:\n1:0\n"]

    @Test func preparedBytesHashAsTheWholeRow() {
        var checked = 0
        for (i, text) in Self.hostile.enumerated() {
            for seq: Int64 in [1, 9, 10, 99_999, 15_800_000, Int64(i)] {
                for acting: String? in [nil, "", text] {
                    for prev in [EventChain.genesis, String(repeating: "f", count: 64), text] {
                        var row = EventChain.Row(seq: 0, proposalID: i % 2 == 0 ? nil : "2026-0000\(i)", kind: text, actor: "nvhung" + text,
                                                 onBehalfOf: i % 3 == 0 ? nil : text, played: i % 2 == 1, atUTC: "2026-11-30T05:53:01.123Z",
                                                 atLocal: "2026-11-30T12:53:01.123+07:00", reason: text, payload: "{\"a\":\"" + text + "\"}",
                                                 prevHash: "", hash: "", acting: acting)
                        let tail = Array(EventChain.canonical(row).dropFirst(EventChain.emptyPrefixLength))
                        row.seq = seq
                        row.prevHash = prev
                        #expect(EventChain.hash(prevHash: prev, seq: seq, tail: tail) == EventChain.hash(row), "row \(i) seq \(seq)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == Self.hostile.count * 6 * 3 * 3)
    }

    /// The two fields the prepared bytes leave out are exactly `emptyPrefixLength` bytes.
    @Test func theEmptyPrefixIsTheFirstTwoFields() {
        let row = EventChain.Row(seq: 0, proposalID: nil, kind: "k", actor: "a", onBehalfOf: nil, played: false, atUTC: "",
                                 atLocal: "", reason: "", payload: "", prevHash: "", hash: "")
        #expect(Array(EventChain.canonical(row).prefix(EventChain.emptyPrefixLength)) == Array("0:\n1:0\n".utf8))
    }
}
