import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Issue 16, v7-search-contentless: the search index keeps no copy of its text. The v1
/// fixture upgraded through it keeps every search row (the same words, found by the same
/// queries in the same order), the names it was made from, and verifies; an edit of a
/// dossier afterwards takes the old words out (FTS5's own check passes).
@Suite("Search index without its copy", .serialized, .tags(.slow), .skippedInFastLoop)
struct SearchContentlessMigrationTests {
    /// Every word of every row of the old index, each as a query: the rowids and bm25 scores.
    static func answers(_ path: String, words: [String]) throws -> [String: [String]] {
        try Raw.queue(path, readonly: true).read { db in
            var out: [String: [String]] = [:]
            for word in words {
                out[word] = try Row.fetchAll(db, sql: """
                    SELECT rowid, bm25(proposal_search, 10.0, 1.0, 3.0) FROM proposal_search
                    WHERE proposal_search MATCH ? ORDER BY 2, 1
                    """, arguments: ["\"" + word + "\""]).map { "\($0[0] as Int64) \(String(format: "%.6f", $0[1] as Double))" }
            }
            return out
        }
    }

    @Test func theV1FixtureUpgradesWithTheSameSearchAndVerifies() throws {
        let scratch = try Scratch("search-contentless")
        let path = scratch.path("old.sqlite")
        try MigrationTests.load("schema-v1-demo.sql", into: path)
        let old = try Raw.queue(path, readonly: true).read { db in
            try Row.fetchAll(db, sql: "SELECT rowid, title, body, people FROM proposal_search ORDER BY rowid").map {
                (seq: $0[0] as Int64, title: $0[1] as String, body: $0[2] as String, people: $0[3] as String)
            }
        }
        #expect(old.count > 0)
        let words = Set(old.flatMap { SearchText.terms($0.title + " " + $0.people) + SearchText.terms($0.body) }).sorted()
        #expect(words.count > 50)
        let before = try Self.answers(path, words: words)

        let ledger = try Ledger.open(path: path)
        #expect(try ledger.verify().ok)
        let after = try Self.answers(path, words: words)
        for word in words { #expect(after[word] == before[word], "\(word)") }
        try Raw.queue(path, readonly: true).read { db in
            #expect(try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'proposal_search'")?.contains("content = ''") == true)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'proposal_search_v6%' OR name = 'proposal_search_content'") == 0)
            for row in old {
                let body = try #require(try String.fetchOne(db, sql: "SELECT body FROM proposal_body WHERE seq = ?", arguments: [row.seq]))
                let proposal = try Codec.decode(Proposal.self, body)
                let doc = try #require(try Ledger.searchDocument(proposal, seq: row.seq, db: db))
                #expect(doc.title == row.title && doc.body == row.body && doc.people == row.people, "row \(row.seq)")
            }
        }

        // An edit of a dossier afterwards: the old words go, the new ones come, the index
        // stays sound and verify passes.
        let id = try #require(try Raw.queue(path, readonly: true).read { db in
            try String.fetchOne(db, sql: "SELECT id FROM proposal WHERE state IN ('draft', 'returned') ORDER BY seq LIMIT 1")
        })
        let proposal = try #require(try ledger.proposal(id))
        var dossier = proposal.dossier
        dossier.title = "Quầy tra cứu zalofirewall"
        _ = try ledger.perform(.editDraft(dossier: dossier), on: id, by: Actor(login: proposal.proposer))
        let oldTitle = SearchText.document(proposal, proposerName: "").title
        let seq = try #require(try Raw.queue(path, readonly: true).read { db in
            try Int64.fetchOne(db, sql: "SELECT seq FROM proposal WHERE id = ?", arguments: [id])
        })
        #expect(try Raw.queue(path, readonly: true).read { db in try Ledger.searchSeqs("zalofirewall", db: db, candidates: 10) } == [seq])
        let stillThere = try Raw.queue(path, readonly: true).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal_search WHERE proposal_search MATCH ? AND rowid = ?",
                             arguments: ["title : \"" + oldTitle + "\"", seq])
        }
        #expect(stillThere == 0)
        try Raw.queue(path).writeWithoutTransaction { db in
            try db.execute(sql: "INSERT INTO proposal_search(proposal_search) VALUES('integrity-check')")
        }
        #expect(try ledger.verify().ok)
    }
}
