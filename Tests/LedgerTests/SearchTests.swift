import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

@Suite("Vietnamese search")
struct SearchTests {
    /// Three proposals: one by Nguyễn Văn An, two by Bùi Thế Cường; "đường" in one title,
    /// "dương" twice in a shorter one (so that plain relevance alone puts it first). The
    /// street stays a draft (its dossier is edited below), so the searches are Cường's, who
    /// may read it.
    struct Corpus {
        let fixture: LedgerFixture
        let digital: Proposal
        let street: Proposal
        let poplar: Proposal

        init() throws {
            fixture = try LedgerFixture()
            digital = try fixture.submitted("Đề xuất số hóa hồ sơ", by: Ward.staff)
            street = try fixture.draft("Chiếu sáng đường phố", by: Ward.staff2)
            poplar = try fixture.submitted("Trồng dương, dương liễu", by: Ward.staff2)
        }

        func search(_ text: String, limit: Int = 50) throws -> [String] {
            var query = ProposalQuery()
            query.viewer = Ward.staff2
            query.search = text
            query.limit = limit
            return try fixture.ledger.list(query).map(\.id)
        }
    }

    @Test func unaccentedQueriesFindAccentedTitles() throws {
        let corpus = try Corpus()
        #expect(try corpus.search("de xuat").contains(corpus.digital.id))
        #expect(try corpus.search("De Xuat so hoa").contains(corpus.digital.id))
        #expect(try corpus.search("duong").contains(corpus.street.id))
        #expect(try corpus.search("chieu sang duong pho") == [corpus.street.id])
        // Accented queries find them too, and so do NFD-typed ones.
        #expect(try corpus.search("đề xuất").contains(corpus.digital.id))
        #expect(try corpus.search("Đường".decomposedStringWithCanonicalMapping).contains(corpus.street.id))
        #expect(try corpus.search("xyzzy").isEmpty)
    }

    @Test func accentedQueriesRankExactWordsFirst() throws {
        let corpus = try Corpus()
        // Both match "duong"; by relevance alone the short title with two "dương" comes first...
        let loose = try corpus.search("duong")
        #expect(Set(loose) == [corpus.street.id, corpus.poplar.id])
        #expect(loose.first == corpus.poplar.id)
        // ...but a query typed with its accents puts the exact word first.
        #expect(try corpus.search("đường") == [corpus.street.id, corpus.poplar.id])
        #expect(try corpus.search("dương") == [corpus.poplar.id, corpus.street.id])
        #expect(try corpus.search("đường", limit: 1) == [corpus.street.id])
    }

    @Test func searchResultsPageInRelevanceOrder() throws {
        let corpus = try Corpus()
        var query = ProposalQuery()
        query.viewer = Ward.staff2
        query.search = "đường"
        query.limit = 1
        let first = try corpus.fixture.ledger.list(query).map(\.id)
        query.after = first.last
        let second = try corpus.fixture.ledger.list(query).map(\.id)
        #expect(first == [corpus.street.id])
        #expect(second == [corpus.poplar.id])
    }

    @Test func proposerNamesAreSearchable() throws {
        let corpus = try Corpus()
        #expect(try corpus.search("nguyen van") == [corpus.digital.id])
        #expect(try corpus.search("Nguyễn Văn An") == [corpus.digital.id])
        #expect(Set(try corpus.search("cuong")) == [corpus.street.id, corpus.poplar.id])
        #expect(try corpus.search("nvan") == [corpus.digital.id])
    }

    @Test func ftsSyntaxInAQueryNeverThrows() throws {
        let corpus = try Corpus()
        let hostile = ["\"unbalanced", "title:*", "NEAR(", "AND OR NOT", "-", "*", "\"", "\"\"", "'", "^", "(", ")",
                       "title:đường", "{title body}: duong", "duong NOT", "NEAR(de xuat, 2)", "de*", "\u{0}", "\u{1B}[31m",
                       "a\"b", "\\", "%", "_", "--", ";DROP TABLE proposal;--", "", "   ", "đ", "Đ"]
        for text in hostile {
            #expect(throws: Never.self, "\(text.debugDescription)") { _ = try corpus.search(text) }
        }
        // A deterministic shuffle of FTS5 punctuation and words.
        let pieces = ["\"", "*", "(", ")", ":", "^", "-", "+", "NEAR", "AND", "OR", "NOT", "title", "đường", "de", " ", "{", "}", ",", "'"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<150 {
            var text = ""
            for _ in 0..<6 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            #expect(throws: Never.self, "\(text.debugDescription)") { _ = try corpus.search(text) }
        }
        #expect(try corpus.fixture.ledger.verify().ok)
    }

    @Test func theIndexFollowsEditsOfTheDossier() throws {
        let corpus = try Corpus()
        var dossier = LedgerFixture.completeDossier(title: "Hệ thống thoát nước")
        dossier.content = "Nạo vét cống."
        try corpus.fixture.ledger.perform(.editDraft(dossier: dossier), on: corpus.street.id, by: Actor(login: Ward.staff2))
        #expect(try corpus.search("duong") == [corpus.poplar.id])
        #expect(try corpus.search("thoat nuoc") == [corpus.street.id])
        #expect(try corpus.search("nao vet") == [corpus.street.id])
        let rows = try corpus.fixture.rawQueue().read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal_search") }
        #expect(rows == 3)
    }

    // MARK: - The folding and the MATCH expression

    @Test func foldingLowersNormalisesAndFoldsD() {
        #expect(SearchText.fold("Đề Xuất") == "dề xuất")
        #expect(SearchText.fold("ĐƯỜNG".decomposedStringWithCanonicalMapping) == "dường")
        #expect(SearchText.terms("  Đường,phố!! (số 1) ") == ["dường", "phố", "số", "1"])
        #expect(SearchText.hasMarks("đường"))
        #expect(SearchText.hasMarks("Đ") == false, "đ alone folds to d: no mark left")
        #expect(!SearchText.hasMarks("duong pho"))
    }

    @Test func matchExpressionsQuoteEveryTerm() {
        #expect(SearchText.matchExpression("de xuat") == "\"de\"* AND \"xuat\"*")
        #expect(SearchText.matchExpression("title:* NEAR(") == "\"title\"* AND \"near\"*")
        #expect(SearchText.matchExpression("\"unbalanced") == "\"unbalanced\"*")
        #expect(SearchText.matchExpression("- * ( )") == nil)
        #expect(SearchText.matchExpression("") == nil)
    }
}

@Suite("Proposal numbering")
struct ProposalNumberingTests {
    @Test func aNewIdFollowsTheHighestNumberWhateverItsWidth() throws {
        let fixture = try LedgerFixture()
        let first = try fixture.draft("Một", by: Ward.staff)
        // A demo-style id of another width, inserted behind the ledger's back.
        let year = String(first.id.prefix(4))
        try fixture.ledger.pool.write { db in
            try db.execute(sql: """
                INSERT INTO proposal (id, version, state, awaiting_receipt, title, field, proposer, unit_id, reviewing_unit_id,
                    created_at, updated_at, last_actor, body_packing, body_size, body_dict, body_data)
                SELECT ?, version, state, awaiting_receipt, title, field, proposer, unit_id, reviewing_unit_id,
                    created_at, updated_at, last_actor, body_packing, body_size, body_dict, body_data FROM proposal WHERE id = ?
                """, arguments: [year + "-000274", first.id])
        }
        let second = try fixture.draft("Hai", by: Ward.staff)
        let third = try fixture.draft("Ba", by: Ward.staff)
        #expect(second.id == year + "-000275")
        #expect(third.id == year + "-000276")
    }
}
