import Foundation
import GRDB
import Procedure

extension Ledger {
    /// The words the search row of a proposal must hold, when the row was made from what
    /// `SearchText.document` makes of it: the title and the dossier's text exactly, and the
    /// proposer's login at the end of the names. (The proposer's name before it is the one
    /// of the day the dossier was last indexed, kept in `proposal_search_people`; a later
    /// rename does not re-index, so it is not compared.) The index keeps no text
    /// (v7-search-contentless): here the row's word count per column
    /// (`proposal_search_docsize`) must equal that of the expected text, tokenised as FTS5
    /// does (``SearchTokenizer``, or ``SearchScratch`` for a text it does not know); the words
    /// themselves are compared by ``searchIndexDisagreements`` over the whole index. Nil
    /// (the row is named) when the counts or the names disagree or the row is missing.
    static func expectedSearchRow(_ proposal: Proposal, db: Database,
                                  scratch: () throws -> SearchScratch) throws -> (seq: Int64, digest: SearchRowDigest)? {
        guard let seq = try Int64.fetchOne(db.cachedStatement(sql: "SELECT seq FROM proposal WHERE id = ?"), arguments: [proposal.id]),
              let doc = try searchDocument(proposal, seq: seq, db: db),
              doc.people.hasSuffix(SearchText.document(proposal, proposerName: "").people),
              let stored = try Data.fetchOne(db.cachedStatement(sql: "SELECT sz FROM proposal_search_docsize WHERE id = ?"),
                                             arguments: [seq])
        else { return nil }
        let words = try SearchTokenizer.row(title: doc.title, body: doc.body, people: doc.people)
            ?? scratch().row(title: doc.title, body: doc.body, people: doc.people)
        return words.docsize == stored ? (seq, words.digest) : nil
    }

    /// The whole index against the words its rows must hold (issue 16, round three): the
    /// postings of every row, read once (``SearchIndexScan``, the pieces' sums in `index`),
    /// against `expected` (by seq: the proposal's id and its row's digest, for every
    /// proposal whose replay and counts agree). A row whose words are not those of its
    /// proposal's text — a word added, removed, moved or swapped with another row's — names
    /// its proposal; postings for a seq no proposal has name the row (`rowid N`) unless
    /// `orphans` already does. Rows of proposals already named (`named`) are left to that
    /// finding.
    static func searchIndexDisagreements(expected: [Int64: (id: String, digest: SearchRowDigest)],
                                         index: [Int64: SearchRowDigest], named: Set<String>, orphans: Set<Int64>,
                                         db: Database) throws -> [VerifyReport.Problem] {
        var problems: [(String, VerifyReport.Problem)] = []
        for (seq, want) in expected where !named.contains(want.id) && (index[seq] ?? SearchRowDigest()) != want.digest {
            problems.append((want.id, .recordDisagrees(table: "proposal_search", key: want.id)))
        }
        var strays: [Int64] = []
        for seq in index.keys where expected[seq] == nil && !orphans.contains(seq) { strays.append(seq) }
        for seq in strays.sorted().prefix(100) {
            if let id = try String.fetchOne(db, sql: "SELECT id FROM proposal WHERE seq = ?", arguments: [seq]) {
                // A proposal verify did not expect words of: named already, or its row was.
                if !named.contains(id) { problems.append((id, .recordDisagrees(table: "proposal_search", key: id))) }
            } else {
                problems.append(("rowid \(seq)", .recordDisagrees(table: "proposal_search", key: "rowid \(seq)")))
            }
        }
        return problems.sorted { $0.0 < $1.0 }.map(\.1)
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
