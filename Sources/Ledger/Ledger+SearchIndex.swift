import Foundation
import GRDB
import Procedure

/// The search index without its own copy of the text (issue 16, `v7-search-contentless`).
///
/// `proposal_search` is a contentless FTS5 table: it holds the words and where they stand,
/// not the text. So a row is removed by telling FTS5 the text it was made from (the
/// `'delete'` command): the title and dossier text are those of the proposal as it was
/// (`SearchText.document`), the names those kept in `proposal_search_people`.
extension Ledger {
    /// The folded text a proposal's search row was made from, or nil when it has none:
    /// the title and dossier text computed from the proposal, the names as kept.
    static func searchDocument(_ proposal: Proposal, seq: Int64, db: Database) throws -> (title: String, body: String, people: String)? {
        guard let people = try String.fetchOne(db, sql: "SELECT people FROM proposal_search_people WHERE seq = ?", arguments: [seq]) else {
            return nil
        }
        let doc = SearchText.document(proposal, proposerName: "")
        return (doc.title, doc.body, people)
    }

    /// Writes a proposal's search row (rowid = its seq), removing the one made from
    /// `previous` first.
    static func indexSearch(seq: Int64, document: (title: String, body: String, people: String),
                            previous: Proposal?, db: Database) throws {
        if let previous, let old = try searchDocument(previous, seq: seq, db: db) {
            try db.execute(sql: """
                INSERT INTO proposal_search (proposal_search, rowid, title, body, people) VALUES ('delete', ?, ?, ?, ?)
                """, arguments: [seq, old.title, old.body, old.people])
        }
        try db.execute(sql: "INSERT INTO proposal_search (rowid, title, body, people) VALUES (?, ?, ?, ?)",
                       arguments: [seq, document.title, document.body, document.people])
        try db.execute(sql: "INSERT OR REPLACE INTO proposal_search_people (seq, people) VALUES (?, ?)",
                       arguments: [seq, document.people])
    }

    /// The searchable text of a proposal for the accent check: its title, dossier text and
    /// names, folded, one string.
    ///
    /// The dossier's texts are read by SQLite's JSON functions, not by decoding the whole
    /// proposal: a search with accents checks up to twice a page of candidates, and
    /// decoding each one's record made it 50 to 100 times slower. The fields and their
    /// order are those of `SearchText.document` (a test compares the two on a demo).
    static func searchText(seq: Int64, db: Database) throws -> String? {
        let fields = SearchText.dossierTextFields.map { "json_extract(p.body, '$.dossier.\($0)')" }.joined(separator: ", ")
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT json_extract(p.body, '$.dossier.title'), \(fields),
                   (SELECT group_concat(json_extract(t.value, '$.description') || char(10) || json_extract(t.value, '$.measure'), char(10))
                    FROM json_each(p.body, '$.dossier.targets') t),
                   s.people
            FROM proposal_body p JOIN proposal_search_people s ON s.seq = p.seq
            WHERE p.seq = ? AND json_valid(p.body)
            """), arguments: [seq]) else { return nil }
        let count = SearchText.dossierTextFields.count
        guard let title = row[0] as String?, let people = row[count + 2] as String? else { return nil }
        var parts: [String] = []
        for index in 1...count {
            guard let text = row[index] as String? else { return nil }
            parts.append(text)
        }
        if let targets = row[count + 1] as String? { parts.append(targets) }
        return SearchText.fold(title) + "\n" + SearchText.fold(parts.joined(separator: "\n")) + "\n" + people
    }
}

/// What `verify` compares a contentless search row with: the text a proposal's row should
/// have been made from, indexed by the same FTS5 tokenizer in a scratch index in memory.
/// Per row, the number of words in each column (`docsize`) must equal the stored one: a row
/// deleted, added for no proposal, or made from text of other lengths is named. Over the
/// whole index, every word's count in each column (`fts5vocab 'col'`) must equal the sum
/// of the scratch indexes of verify's parts (``Ledger/searchWordsDisagreements``): words
/// added to a row, or taken from it, are found there even when the lengths were kept.
final class SearchScratch {
    private let queue: DatabaseQueue

    init() throws {
        queue = try DatabaseQueue()
        try queue.inDatabase { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE scratch USING fts5(title, body, people, content = '', tokenize = 'unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE scratch_words USING fts5vocab(scratch, 'col');
                CREATE VIRTUAL TABLE scratch_instances USING fts5vocab(scratch, 'instance');
                """)
        }
    }

    /// Indexes the text as row `rowid` and gives the `docsize` blob FTS5 wrote for it (the
    /// word count of each column).
    func docsize(rowid: Int64, title: String, body: String, people: String) throws -> Data? {
        try queue.inDatabase { db in
            try db.execute(sql: "INSERT INTO scratch (rowid, title, body, people) VALUES (?, ?, ?, ?)",
                           arguments: [rowid, title, body, people])
            return try Data.fetchOne(db, sql: "SELECT sz FROM scratch_docsize WHERE id = ?", arguments: [rowid])
        }
    }

    /// Every word of the scratch index by column, with its number of rows and of occurrences.
    func words() throws -> [SearchWord: SearchWordCount] {
        try queue.inDatabase { db in
            var words: [SearchWord: SearchWordCount] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT term, col, doc, cnt FROM scratch_words")
            while let row = try rows.next() {
                words[SearchWord(term: row[0], column: row[1])] = SearchWordCount(rows: row[2], occurrences: row[3])
            }
            return words
        }
    }

    /// How many times each row holds the word in the column.
    func occurrences(of word: SearchWord) throws -> [Int64: Int64] {
        try queue.inDatabase { db in
            var counts: [Int64: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT doc, COUNT(*) FROM scratch_instances WHERE term = ? AND col = ? GROUP BY doc",
                                        arguments: [word.term, word.column]) {
                counts[row[0]] = row[1]
            }
            return counts
        }
    }
}

/// A word of the search index in one of its columns.
struct SearchWord: Hashable, Sendable {
    var term: String
    var column: String
}

/// A word's number of rows and occurrences in a column.
struct SearchWordCount: Hashable, Sendable {
    var rows: Int64 = 0
    var occurrences: Int64 = 0
}

extension Ledger {
    /// The whole index against the text it should hold: each word's counts per column
    /// against the sum of the parts' scratch indexes (`expected`, one per part). For a word
    /// that disagrees, the rows holding it are compared one by one with their proposal's
    /// text, and a proposal whose row holds it more (or less) often than its text is named;
    /// rows already named (`named`) or standing for no proposal are left to those findings.
    /// A word that disagrees with no row to blame is named itself.
    static func searchWordsDisagreements(_ expected: [[SearchWord: SearchWordCount]], named: Set<String>,
                                         db: Database) throws -> [VerifyReport.Problem] {
        var want: [SearchWord: SearchWordCount] = [:]
        for part in expected {
            for (word, count) in part {
                want[word, default: SearchWordCount()].rows += count.rows
                want[word, default: SearchWordCount()].occurrences += count.occurrences
            }
        }
        try db.execute(sql: """
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.verify_search_words USING fts5vocab(main, proposal_search, 'col');
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.verify_search_instances USING fts5vocab(main, proposal_search, 'instance');
            """)
        var differing: [SearchWord] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT term, col, doc, cnt FROM temp.verify_search_words")
        while let row = try rows.next() {
            let word = SearchWord(term: row[0], column: row[1])
            let have = SearchWordCount(rows: row[2], occurrences: row[3])
            if want.removeValue(forKey: word) != have { differing.append(word) }
        }
        differing += want.keys.sorted { ($0.term, $0.column) < ($1.term, $1.column) }
        var problems: [VerifyReport.Problem] = []
        var blamed = named
        var unexplained: [SearchWord] = []
        for word in differing.prefix(100) {
            var found = false
            let stored = try Row.fetchAll(db, sql: """
                SELECT i.doc, COUNT(*), p.id, p.body FROM temp.verify_search_instances i LEFT JOIN proposal_body p ON p.seq = i.doc
                WHERE i.term = ? AND i.col = ? GROUP BY i.doc
                """, arguments: [word.term, word.column])
            for row in stored {
                let seq: Int64 = row[0], count: Int64 = row[1]
                guard let id: String = row[2] else { found = true; continue } // an orphan row, named as such
                if blamed.contains(id) { found = true; continue }
                guard let body: String = row[3], let proposal = try? Codec.decode(Proposal.self, body),
                      let doc = try searchDocument(proposal, seq: seq, db: db) else { found = true; continue }
                let scratch = try SearchScratch()
                _ = try scratch.docsize(rowid: seq, title: doc.title, body: doc.body, people: doc.people)
                if try scratch.occurrences(of: word)[seq] != count {
                    blamed.insert(id)
                    found = true
                    problems.append(.recordDisagrees(table: "proposal_search", key: id))
                }
            }
            if !found { unexplained.append(word) }
        }
        // The words are named only when no row explains them (a row already named, an
        // orphan, a row found here): FTS5 counts a word written over a row again in both
        // of its entries, so the counts of a row's own words move with the row's finding.
        if problems.isEmpty && blamed == named && !differing.isEmpty && unexplained.count == min(differing.count, 100) {
            problems = unexplained.map { .recordDisagrees(table: "proposal_search", key: "term \($0.term)") }
        }
        return problems
    }
}
