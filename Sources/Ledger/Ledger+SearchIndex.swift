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

/// The words of a search row made from a text, found by SQLite's own tokenizer: the text is
/// indexed alone in a scratch FTS5 table in memory (same columns, same tokenizer) and its
/// postings read back (`fts5vocab 'instance'`). `verify` asks it only for a text that
/// ``SearchTokenizer`` does not know; the tests compare the two.
final class SearchScratch {
    private let queue: DatabaseQueue

    init() throws {
        queue = try DatabaseQueue()
        try queue.inDatabase { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE scratch USING fts5(title, body, people, tokenize = 'unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE scratch_instances USING fts5vocab(scratch, 'instance');
                """)
        }
    }

    /// The row FTS5 makes of the three columns: its postings' digest and its `docsize` blob.
    func row(title: String, body: String, people: String) throws -> SearchRowWords {
        try queue.inDatabase { db in
            try db.execute(sql: "DELETE FROM scratch")
            try db.execute(sql: "INSERT INTO scratch (rowid, title, body, people) VALUES (1, ?, ?, ?)",
                           arguments: [title, body, people])
            var digest = SearchRowDigest()
            let rows = try Row.fetchCursor(db, sql: "SELECT term, col, offset FROM scratch_instances")
            while let row = try rows.next() {
                let column = SearchIndexScan.column(row)
                try row.withUnsafeData(atIndex: 0) { data in
                    (data ?? Data()).withUnsafeBytes { digest.add(SearchTermKey($0), column: column, position: row[2]) }
                }
            }
            let size = try Data.fetchOne(db, sql: "SELECT sz FROM scratch_docsize WHERE id = 1") ?? Data()
            return SearchRowWords(digest: digest, docsize: size)
        }
    }
}

/// The postings of the real index, read once by `verify` (in ranges of words, one piece per
/// worker) and summed per row into ``SearchRowDigest``s.
enum SearchIndexScan {
    /// Where the pieces of the scan start (the words are folded: lower case, no marks on
    /// the Vietnamese letters, so most start with a Latin letter).
    static let cuts = ["c", "d", "h", "l", "n", "s", "t", "v"]

    /// The column of an `fts5vocab` row's `col` (title, body, people), by its first letter.
    static func column(_ row: Row, index: Int = 1) -> Int {
        let first: UInt8? = try? row.withUnsafeData(atIndex: index) { $0?.first }
        switch first {
        case UInt8(ascii: "t"): return 0
        case UInt8(ascii: "b"): return 1
        case UInt8(ascii: "p"): return 2
        default: return 3
        }
    }

    /// The digest of every row of `proposal_search` over the words `from ≤ word < to` (nil:
    /// unbounded).
    static func digests(_ db: Database, from: String?, to: String?) throws -> [Int64: SearchRowDigest] {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.verify_search_instances USING fts5vocab(main, proposal_search, 'instance')
            """)
        var clauses: [String] = []
        var arguments: [String] = []
        if let from { clauses.append("term >= ?"); arguments.append(from) }
        if let to { clauses.append("term < ?"); arguments.append(to) }
        let condition = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        var digests: [Int64: SearchRowDigest] = [:]
        var last: [UInt8] = []
        var key = SearchTermKey(UnsafeRawBufferPointer(start: nil, count: 0))
        let rows = try Row.fetchCursor(db, sql: "SELECT term, col, doc, offset FROM temp.verify_search_instances \(condition)",
                                       arguments: StatementArguments(arguments))
        while let row = try rows.next() {
            // The postings come word by word: the word's key is computed once per word.
            try row.withUnsafeData(atIndex: 0) { data in
                let bytes = data ?? Data()
                if !bytes.elementsEqual(last) {
                    last = [UInt8](bytes)
                    key = bytes.withUnsafeBytes { SearchTermKey($0) }
                }
            }
            let doc: Int64 = row[2], position: Int = row[3]
            digests[doc, default: SearchRowDigest()].add(key, column: column(row), position: position)
        }
        return digests
    }
}
