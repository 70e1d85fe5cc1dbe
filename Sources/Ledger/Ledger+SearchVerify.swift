import Foundation
import GRDB
import Procedure

extension Ledger {
    /// Whether the search row of a proposal was made from what `SearchText.document` makes
    /// of it: the title and the dossier's text exactly, and the proposer's login at the end of
    /// the names. (The proposer's name before it is the one of the day the dossier was last
    /// indexed, kept in `proposal_search_people`; a later rename does not re-index, so it is
    /// not compared.) The index keeps no text (v7-search-contentless): the row's word count
    /// per column (`proposal_search_docsize`) must equal that of the expected text tokenised
    /// the same way (``SearchScratch``). An index edited to hide a proposal from search, or
    /// to find it under words it does not hold, is named.
    static func searchRowAgrees(_ proposal: Proposal, db: Database, scratch: SearchScratch) throws -> Bool {
        guard let seq = try Int64.fetchOne(db, sql: "SELECT seq FROM proposal WHERE id = ?", arguments: [proposal.id]),
              let doc = try searchDocument(proposal, seq: seq, db: db),
              doc.people.hasSuffix(SearchText.document(proposal, proposerName: "").people),
              let stored = try Data.fetchOne(db, sql: "SELECT sz FROM proposal_search_docsize WHERE id = ?", arguments: [seq])
        else { return false }
        return try scratch.docsize(rowid: seq, title: doc.title, body: doc.body, people: doc.people) == stored
    }

    /// Search rows that stand for no proposal, by rowid: a row of the index (its word
    /// counts) or of the kept names with no proposal of that seq.
    static func orphanSearchRows(_ db: Database) throws -> [Int64] {
        try Int64.fetchAll(db, sql: """
            SELECT id FROM proposal_search_docsize WHERE id NOT IN (SELECT seq FROM proposal)
            UNION SELECT seq FROM proposal_search_people WHERE seq NOT IN (SELECT seq FROM proposal)
            ORDER BY 1 LIMIT 100
            """)
    }
}
