import GRDB

extension Schema {
    /// v7-search-contentless (issue 16, the file a third the size): the search index keeps no
    /// copy of its text. `proposal_search` becomes a contentless FTS5 table (`content=''`,
    /// same columns, same tokenizer, same rowids: the search finds and ranks as before); the
    /// folded title and dossier text are computed from the proposal when needed
    /// (`SearchText.document`), and the one part that cannot be — the proposer's name as it
    /// was on the day the dossier was indexed — is kept, folded, in `proposal_search_people`
    /// (a few dozen bytes a proposal). `verify` checks the index against the text it should
    /// hold (`Ledger.expectedSearchRow`, `Ledger.searchIndexDisagreements`).
    ///
    /// The rows are copied as they are (a row that disagreed with its proposal before the
    /// upgrade still does after it, and `verify` names it): the old table is renamed, the new
    /// one filled from its content, the old one dropped.
    @Sendable static func searchContentless(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE proposal_search RENAME TO proposal_search_v6;
            CREATE VIRTUAL TABLE proposal_search USING fts5(
                title, body, people,
                content = '',
                tokenize = 'unicode61 remove_diacritics 2'
            );
            CREATE TABLE proposal_search_people (
                seq INTEGER PRIMARY KEY,
                people TEXT NOT NULL
            ) STRICT;
            INSERT INTO proposal_search (rowid, title, body, people)
                SELECT rowid, coalesce(title, ''), coalesce(body, ''), coalesce(people, '') FROM proposal_search_v6 ORDER BY rowid;
            INSERT INTO proposal_search_people (seq, people)
                SELECT rowid, coalesce(CAST(people AS TEXT), '') FROM proposal_search_v6 ORDER BY rowid;
            DROP TABLE proposal_search_v6;
            """)
    }
}
