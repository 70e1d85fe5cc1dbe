import Foundation
import GRDB
import Procedure

/// Vietnamese-aware search text. SQLite's unicode61 tokenizer removes tone and vowel
/// marks but keeps `đ` (it has no decomposition), so we fold `đ/Đ → d` ourselves, on the
/// indexed text and on the query alike: `de xuat` finds "Đề xuất", `duong` finds "đường".
public enum SearchText {
    /// Lower case, NFC, đ → d; accents are kept (the tokenizer drops them), so the stored
    /// text can still tell "đường" from "dương" when a query is typed with accents.
    public static func fold(_ text: String) -> String {
        fastFold(text) ?? scalarFold(text)
    }

    /// `fold` one scalar at a time (`fastFold` takes the common texts first).
    static func scalarFold(_ text: String) -> String {
        // Foundation's NFC goes through CFString and is most of the cost of indexing a
        // dossier; text with no combining mark and no canonical singleton is NFC already.
        let source = isSurelyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
        var out = ""
        out.unicodeScalars.reserveCapacity(source.utf8.count)
        for scalar in source.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.unicodeScalars.append((0x41...0x5A).contains(v) ? Unicode.Scalar(UInt8(v + 32)) : scalar)
            } else if v == 0x0110 || v == 0x0111 {
                out.unicodeScalars.append("d") // Đ, đ
            } else if (0x1EA0...0x1EF9).contains(v) {
                // Vietnamese letters with two marks: upper case even, lower case odd.
                out.unicodeScalars.append(v & 1 == 0 ? Unicode.Scalar(v + 1) ?? scalar : scalar)
            } else if scalar.properties.changesWhenLowercased {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    out.unicodeScalars.append(lower == "đ" ? "d" : lower)
                }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A quick, conservative NFC check: true only when every scalar is one that NFC
    /// leaves alone whatever surrounds it (below the combining marks, the Vietnamese
    /// letters, common punctuation and symbols). Anything else takes the full path.
    static func isSurelyNFC(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0...0x02FF, 0x1EA0...0x1EF9, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2200...0x22FF, 0x25A0...0x25FF:
                true
            default:
                false
            }
        }
    }

    /// The words of a query, folded: letters and digits only, so nothing the user types
    /// can become FTS5 syntax.
    public static func terms(_ query: String) -> [String] {
        fold(query).split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { !$0.isEmpty }.prefix(12).map { $0 }
    }

    /// An FTS5 MATCH expression: every term quoted (a quote inside doubled) with a prefix
    /// star, joined by AND. Nil when the query has no word at all.
    public static func matchExpression(_ query: String) -> String? {
        let terms = terms(query)
        guard !terms.isEmpty else { return nil }
        return terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }.joined(separator: " AND ")
    }

    /// The query's words as whole words: `"de" AND "xuat"`. What the search asks first.
    public static func wordsExpression(_ query: String) -> String? {
        let terms = terms(query)
        guard !terms.isEmpty else { return nil }
        return terms.map(quoted).joined(separator: " AND ")
    }

    /// The query's words, the last one as a prefix (the word being typed): `"de" AND "xu"*`.
    /// Asked when the whole words find too little.
    public static func typingExpression(_ query: String) -> String? {
        let terms = terms(query)
        guard !terms.isEmpty else { return nil }
        return terms.enumerated().map { quoted($1) + ($0 == terms.count - 1 ? "*" : "") }.joined(separator: " AND ")
    }

    static func quoted(_ term: String) -> String {
        "\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether the query carries Vietnamese marks (then exact matches rank first).
    public static func hasMarks(_ query: String) -> Bool {
        let folded = fold(query)
        return folded.decomposedStringWithCanonicalMapping.unicodeScalars.contains { (0x0300...0x036F).contains($0.value) }
    }

    /// Whether every accented term occurs, accents and all, in the folded text. Both are
    /// NFC, so this is a search for bytes (`String.contains` goes through Foundation).
    static func exactlyContains(_ foldedText: String, terms: [String]) -> Bool {
        var text = foldedText
        return text.withUTF8 { hay in
            terms.allSatisfy { term in
                var term = term
                return term.withUTF8 { needle in
                    guard needle.count > 0 else { return true }
                    guard hay.count >= needle.count else { return false }
                    let first = needle[0]
                    var i = 0
                    let last = hay.count - needle.count
                    while i <= last {
                        if hay[i] == first {
                            var j = 1
                            while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                            if j == needle.count { return true }
                        }
                        i += 1
                    }
                    return false
                }
            }
        }
    }

    /// The indexed columns of a proposal.
    /// The dossier's text fields in the search row's text, in order, by their JSON names.
    static let dossierTextFields = ["necessity", "bottleneck", "content", "scope", "implementers", "feasibility",
                                    "positiveImpact", "negativeImpact", "expectedEffect"]

    static func document(_ proposal: Proposal, proposerName: String) -> (title: String, body: String, people: String) {
        let d = proposal.dossier
        // The fields in the order of `dossierTextFields` (the accent check reads them by name).
        let body = [d.necessity, d.bottleneck, d.content, d.scope, d.implementers, d.feasibility,
                    d.positiveImpact, d.negativeImpact, d.expectedEffect]
            + d.targets.flatMap { [$0.description, $0.measure] }
        return (fold(d.title), fold(body.joined(separator: "\n")), fold(proposerName + " " + proposal.proposer))
    }
}

extension Ledger {
    /// How many hits of a query are ranked by relevance: past this many, the query is
    /// "very common" and only the newest hits (and the newest title hits) are ranked.
    public static let searchCandidateCap = 1_000

    /// Proposal seqs for a query, best first, at most `limit` of them.
    ///
    /// The words are looked up whole first (`"so" AND "hoa"`): an FTS5 prefix query on a
    /// short word ("so"*) merges the lists of every word it starts (so, số, sổ, son,
    /// song…) and took 90 ms at 100k proposals where the whole words take 4. Only when the
    /// whole words find fewer than `limit` proposals is the last word also taken as a
    /// prefix (the word being typed: "zal" finds "zalo"); those hits come after.
    ///
    /// bm25 (title ×10, text ×1, names ×3) ranks the hits, newer first on equal scores
    /// (demo dossiers share templates, so ties are common). A query with at most `cap`
    /// hits is ranked whole. A very common one ("phuong") would make FTS5 score every
    /// hit — about 700 ms at a million proposals — so its candidates are the `cap`
    /// newest hits plus the `cap / 2` newest hits *in the title*, read in rowid order,
    /// which FTS5 does without scoring or sorting the rest. The title hits keep the
    /// strongest matches of an old proposal in the running; recency decides among the
    /// rest, as an inbox does anyway. With accents in the query, the hits that contain
    /// the accented words come first (`exactOnly`: only them).
    static func rankedSearch(_ text: String, db: Database, limit: Int, exactOnly: Bool,
                             cap: Int = searchCandidateCap) throws -> [Int64] {
        guard let words = SearchText.wordsExpression(text), let typing = SearchText.typingExpression(text) else { return [] }
        var ranked = try candidates(words, db: db, cap: cap)
        if ranked.count < limit {
            let seen = Set(ranked)
            ranked += try candidates(typing, db: db, cap: cap).filter { !seen.contains($0) }
        }
        guard SearchText.hasMarks(text) else { return Array(ranked.prefix(limit)) }
        let terms = SearchText.terms(text)
        var exact: [Int64] = [], loose: [Int64] = []
        for seq in ranked {
            if exact.count >= limit || (!exactOnly && exact.count + loose.count >= limit * 2) { break }
            // The index keeps no text (v7-search-contentless): it is made again from the proposal.
            guard let all = try searchText(seq: seq, db: db) else { continue }
            if SearchText.exactlyContains(all, terms: terms) { exact.append(seq) } else { loose.append(seq) }
        }
        return Array((exactOnly ? exact : exact + loose).prefix(limit))
    }

    /// The hits of one MATCH expression, best first, capped as `rankedSearch` says.
    ///
    /// bm25 costs a pass over every hit of every word whatever the LIMIT (FTS5 counts the
    /// documents holding each word for its IDF): 20 ms for "phuong" at a million. So it
    /// is asked once, on the newest hits; the newest title hits are read without it and
    /// go first (the title weighs ten times the text, so bm25 puts them first anyway),
    /// by their score when they have one, else by recency.
    static func candidates(_ match: String, db: Database, cap: Int) throws -> [Int64] {
        var scores: [Int64: Double] = [:]
        let scored = try db.cachedStatement(sql: """
            SELECT rowid, bm25(proposal_search, 10.0, 1.0, 3.0) FROM proposal_search
            WHERE proposal_search MATCH ? ORDER BY rowid DESC LIMIT ?
            """)
        var hits = 0
        let rows = try Row.fetchCursor(scored, arguments: [match, cap + 1])
        while let row = try rows.next() {
            hits += 1
            if hits > cap { break }
            scores[row[0]] = row[1]
        }
        // bm25 is negative: lower is better; newer first on equal scores.
        func best(_ a: Int64, _ b: Int64) -> Bool {
            let x = scores[a] ?? 0, y = scores[b] ?? 0
            return x != y ? x < y : a > b
        }
        guard hits > cap else { return scores.keys.sorted(by: best) }
        let titled = try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT rowid FROM proposal_search WHERE proposal_search MATCH ? ORDER BY rowid DESC LIMIT ?
            """), arguments: ["title : (" + match + ")", max(1, cap / 2)])
        let inTitle = Set(titled)
        return titled.sorted(by: best) + scores.keys.filter { !inTitle.contains($0) }.sorted(by: best)
    }
}

