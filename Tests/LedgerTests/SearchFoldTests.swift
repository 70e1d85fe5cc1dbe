import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Issue 16: the fold over UTF-8 bytes (`SearchText.fastFold`) gives what the fold per
/// scalar gives, on every scalar alone, before a combining mark, after an upper-case
/// letter, and on every dossier of a seeded demo; and it leaves what it does not know to
/// the fold per scalar.
@Suite("Search fold over bytes equals the fold per scalar")
struct SearchFoldTests {
    static let allScalars: [Unicode.Scalar] = (0..<0x3_0000).compactMap { Unicode.Scalar(UInt32($0)) }

    @Test func everyScalarAloneAndBesideOthers() {
        var taken = 0
        for scalar in Self.allScalars {
            for text in [String(Character(scalar)), "Đ" + String(Character(scalar)) + "\u{301}", "A" + String(Character(scalar)) + "Ở"] {
                let fast = SearchText.fastFold(text)
                if let fast {
                    taken += 1
                    #expect(fast == SearchText.scalarFold(text), "U+\(String(scalar.value, radix: 16))")
                    #expect(Array(fast.utf8) == Array(SearchText.scalarFold(text).utf8), "U+\(String(scalar.value, radix: 16))")
                }
                #expect(SearchText.fold(text) == SearchText.scalarFold(text))
            }
        }
        // It takes the Vietnamese alphabet and the ASCII punctuation, not only a few.
        #expect(taken > 1_000)
        let vietnamese = "ĐỀ XUẤT Cải tạo đường LÊ LỢI: “Quỹ” – 18.000.000 đồng; ưu tiên ỨNG DỤNG Ơ Ư Ă Â Ê Ô → ≤ ■"
        #expect(SearchText.fastFold(vietnamese) != nil)
        #expect(SearchText.fold(vietnamese) == "đề xuất cải tạo đường lê lợi: “quỹ” – 18.000.000 đồng; ưu tiên ứng dụng ơ ư ă â ê ô → ≤ ■"
            .replacingOccurrences(of: "đ", with: "d"))
        // Decomposed marks, emoji, other scripts: the fold per scalar.
        for text in ["Đe\u{300}", "😀 Đề", "İstanbul", "ΣΑΣ", "Ａ"] {
            #expect(SearchText.fastFold(text) == nil, "\(text)")
            #expect(SearchText.fold(text) == SearchText.scalarFold(text))
        }
    }

    @Test func everyDossierOfASeededDemoFoldsAlike() throws {
        let demo = try SpeedTests.DemoFile(proposals: 60)
        let proposals = try demo.raw().read { db in
            try String.fetchAll(db, sql: "SELECT body FROM proposal_body ORDER BY seq").map { try Codec.decode(Proposal.self, $0) }
        }
        var taken = 0
        for p in proposals {
            let d = p.dossier
            for text in [d.title, d.necessity, d.bottleneck, d.content, d.scope, d.implementers, d.feasibility,
                         d.positiveImpact, d.negativeImpact, d.expectedEffect] + d.targets.flatMap({ [$0.description, $0.measure] }) {
                if SearchText.fastFold(text) != nil { taken += 1 }
                #expect(SearchText.fold(text) == SearchText.scalarFold(text))
            }
        }
        #expect(taken > proposals.count * 10)
    }
}
