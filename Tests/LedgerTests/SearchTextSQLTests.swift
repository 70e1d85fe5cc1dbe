import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// The accent check reads a candidate's text through SQLite's JSON functions (issue 16:
/// decoding each candidate's whole record made a search with accents 50 to 100 times
/// slower once the index kept no text). The text must be the one the search row was made
/// from, field for field and in the same order, for every proposal of a demo, and for
/// dossiers with no target, one, and several, with line breaks, quotes and escapes.
@Suite struct SearchTextSQLTests {
    @Test func theTextReadBySQLIsTheSearchRowsText() throws {
        let demo = try SpeedTests.DemoFile(proposals: 60)
        // Hostile and edge-case texts in a few dossiers, through the ledger's own writes.
        let fixture = try LedgerFixture()
        for (i, targets) in [[], [Target(description: "Một \"mục\" tiêu\nhai dòng", measure: "≤ 2 ngày \\ xong")],
                             [Target(description: "a", measure: ""), Target(description: "", measure: "đường")]].enumerated() {
            let p = try fixture.draft("Đề xuất \(i) \"trích\" \\ đường mới")
            var dossier = p.dossier
            dossier.targets = targets
            dossier.necessity = "Dòng một\nDòng hai \u{1F600} phường"
            try fixture.ledger.perform(.editDraft(dossier: dossier), on: p.id, by: Actor(login: p.proposer), at: LedgerFixture.origin)
        }
        for ledger in [demo.ledger, fixture.ledger] {
            let rows = try ledger.pool.read { db in
                try Row.fetchAll(db, sql: "SELECT seq, body FROM proposal_body ORDER BY seq").map { ($0[0] as Int64, $0[1] as String) }
            }
            #expect(rows.count >= 3)
            try ledger.pool.read { db in
                for (seq, body) in rows {
                    let proposal = try Codec.decode(Proposal.self, body)
                    let doc = try #require(try Ledger.searchDocument(proposal, seq: seq, db: db))
                    let expected = doc.title + "\n" + doc.body + "\n" + doc.people
                    #expect(try Ledger.searchText(seq: seq, db: db) == expected, "proposal #\(seq)")
                }
            }
        }
    }
}
