import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Issue 16, round three: `verify` tokenises each proposal's search text in Swift
/// (`SearchTokenizer`) and compares the words' digest with the postings of the real index.
/// These tests hold the Swift tokenizer to SQLite's own (`SearchScratch` indexes the text in
/// a scratch FTS5 table): on every scalar its table takes, beside others; on the dossiers of
/// a seeded demo, where it must also equal the index the ledger wrote; and it must leave
/// what it does not know to the scratch index.
@Suite("Search words tokenised as FTS5 does")
struct SearchTokensTests {
    /// Every scalar the table knows, in words and between them, in all three columns.
    @Test func everyKnownScalarBesideOthersGivesFTS5sWords() throws {
        let table = SearchTokenizer.table
        let known = SearchTokenizer.probedRanges.flatMap { $0 }.filter { table.kind($0) != SearchTokenizer.unknown }
            .compactMap(Unicode.Scalar.init)
        // The Vietnamese letters, ASCII and the punctuation dossiers use are all known.
        #expect(known.count > 1_500)
        for text in ["đường", "Ưu tiên ỨNG DỤNG – 18.000.000 đồng; “Quỹ” → ≤ ■", "a_b-c'd e\u{1}f\tg"] {
            #expect(SearchTokenizer.row(title: text, body: "", people: "") != nil, "\(text)")
        }
        let scratch = try SearchScratch()
        var checked = 0
        for start in stride(from: 0, to: known.count, by: 40) {
            let chunk = known[start..<min(start + 40, known.count)]
            // Each scalar alone, then glued to letters on both sides, then doubled.
            let title = chunk.map { String(Character($0)) }.joined(separator: " ")
            let body = chunk.map { "x" + String(Character($0)) + "ệ" }.joined()
            let people = chunk.map { String(Character($0)) + String(Character($0)) + "9" }.joined(separator: "\n")
            let fast = try #require(SearchTokenizer.row(title: title, body: body, people: people))
            let sqlite = try scratch.row(title: title, body: body, people: people)
            #expect(fast == sqlite, "U+\(String(chunk.first?.value ?? 0, radix: 16))…")
            checked += 1
        }
        #expect(checked > 30)
    }

    /// A combining mark, a script the table leaves out, an emoji, a word longer than the
    /// table keeps: nil, and the scratch index gives the words.
    @Test func whatItDoesNotKnowIsLeftToTheScratchIndex() throws {
        let scratch = try SearchScratch()
        for text in ["de\u{301} xuat", "中文 đề xuất", "😀 số hóa", "ﬁ", String(repeating: "a", count: SearchTokenizer.longestWord + 1)] {
            #expect(SearchTokenizer.row(title: text, body: "", people: "") == nil, "\(text.prefix(20))")
            let words = try scratch.row(title: text, body: "", people: "")
            #expect(words.digest.count > 0)
        }
        // Word counts past one byte of varint, in every column.
        let many = Array(repeating: "so hoa", count: 9_000).joined(separator: " ")
        let fast = try #require(SearchTokenizer.row(title: many, body: String(many.prefix(700)), people: "a"))
        #expect(fast == (try scratch.row(title: many, body: String(many.prefix(700)), people: "a")))
        #expect(fast.docsize.count == 3 + 2 + 1)
    }

    /// Every dossier of a seeded demo: the Swift tokenizer takes it, gives what SQLite's
    /// tokenizer gives, and what the ledger's own index holds for the row.
    @Test func everyDossierOfASeededDemoEqualsTheIndex() throws {
        let demo = try SpeedTests.DemoFile(proposals: 60)
        // (Not `read`: its query_only forbids even the temp table the scan reads through.)
        let (rows, index) = try demo.raw().inDatabase { db -> ([(Int64, (title: String, body: String, people: String))], [Int64: SearchRowDigest]) in
            var rows: [(Int64, (title: String, body: String, people: String))] = []
            for row in try Row.fetchAll(db, sql: "SELECT id, seq FROM proposal ORDER BY seq") {
                let id: String = row[0], seq: Int64 = row[1]
                let proposal = try #require(try Ledger.loadProposal(id, db: db))
                rows.append((seq, try #require(try Ledger.searchDocument(proposal, seq: seq, db: db))))
            }
            // The whole index in one piece, and in the pieces verify reads it in.
            let whole = try SearchIndexScan.digests(db, from: nil, to: nil)
            var pieces: [Int64: SearchRowDigest] = [:]
            for range in Ledger.ranges(SearchIndexScan.cuts) {
                for (seq, digest) in try SearchIndexScan.digests(db, from: range.from, to: range.to) {
                    pieces[seq, default: SearchRowDigest()].add(digest)
                }
            }
            #expect(pieces == whole)
            return (rows, whole)
        }
        #expect(rows.count == 60)
        let scratch = try SearchScratch()
        for (seq, doc) in rows {
            let fast = try #require(SearchTokenizer.row(title: doc.title, body: doc.body, people: doc.people), "seq \(seq)")
            #expect(fast == (try scratch.row(title: doc.title, body: doc.body, people: doc.people)), "seq \(seq)")
            #expect(index[seq] == fast.digest, "seq \(seq)")
            #expect(fast.digest.count > 50)
        }
    }

    /// The digest tells rows apart by word, by column and by position, not only by counts.
    @Test func theDigestSeesWhichWordWhereNotOnlyHowMany() throws {
        func digest(_ title: String, _ body: String) throws -> SearchRowDigest {
            try #require(SearchTokenizer.row(title: title, body: body, people: "nvan")).digest
        }
        let base = try digest("so hoa so tiep nhan", "cai tien quy trinh")
        #expect(try digest("so hoa so tiep nhan", "cai tien quy trinh") == base)
        #expect(try digest("so tien so tiep nhan", "cai hoa quy trinh") != base)   // words swapped between columns
        #expect(try digest("hoa so so tiep nhan", "cai tien quy trinh") != base)   // moved within a column
        #expect(try digest("so hoa so tiep xuat", "cai tien quy trinh") != base)   // one word replaced
    }
}
