import GRDB
import Procedure

extension Ledger {
    /// Whether the search row of a proposal holds what `SearchText.document` makes of it:
    /// the title and the dossier's text exactly, and the proposer's login at the end of the
    /// names. (The proposer's name before it is the one of the day the dossier was last
    /// indexed; a later rename does not re-index, so it is not compared.) An index edited
    /// to hide a proposal from search, or to find it under words it does not hold, is named.
    static func searchRowAgrees(_ proposal: Proposal, db: Database) throws -> Bool {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT title, body, people FROM proposal_search WHERE rowid = (SELECT seq FROM proposal WHERE id = ?)
            """, arguments: [proposal.id]) else { return false }
        let expected = SearchText.document(proposal, proposerName: "")
        let title: String? = row["title"], body: String? = row["body"], people: String? = row["people"]
        return title == expected.title && body == expected.body && (people?.hasSuffix(expected.people) ?? false)
    }

    /// Search rows that stand for no proposal, by rowid.
    static func orphanSearchRows(_ db: Database) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT rowid FROM proposal_search WHERE rowid NOT IN (SELECT seq FROM proposal) ORDER BY rowid LIMIT 100")
    }
}
