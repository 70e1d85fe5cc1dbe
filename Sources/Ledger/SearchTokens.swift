import Foundation
import GRDB

/// The words a search row holds, as `verify` compares them (issue 16, round three).
///
/// The index keeps no text (v7-search-contentless), so `verify` cannot read a row back; it
/// can read the index's postings (`fts5vocab 'instance'`: word, row, column, position). Per
/// row it sums a keyed hash of every (word, column, position): the sum over the postings of
/// the real index must equal the sum over the words of the text the proposal gives. A row
/// with a word added, taken out, moved, or swapped with another row's (each row keeping its
/// word counts, the index its totals) has another sum. The key is drawn at random by each
/// process, so whoever edits the index cannot make two different rows agree on purpose.
struct SearchRowDigest: Hashable, Sendable {
    /// How many postings.
    var count: Int64 = 0
    var first: UInt64 = 0
    var second: UInt64 = 0

    /// Adds the posting of a word (its ``SearchTermKey``) at a position of a column.
    mutating func add(_ term: SearchTermKey, column: Int, position: Int) {
        let place = UInt64(truncatingIfNeeded: column) << 40 ^ UInt64(truncatingIfNeeded: position)
        first &+= Self.mix(term.first ^ place)
        second &+= Self.mix(term.second &+ place &* 0x9E37_79B9_7F4A_7C15)
        count += 1
    }

    mutating func add(_ other: SearchRowDigest) {
        count += other.count
        first &+= other.first
        second &+= other.second
    }

    /// splitmix64's finaliser: a bijection that spreads every input bit over the output.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A word's two keyed hashes (SipHash through `Hasher`, which every process seeds at random,
/// salted again with a random value of our own per lane).
struct SearchTermKey: Hashable, Sendable {
    var first: UInt64
    var second: UInt64

    private static let salts = (UInt64.random(in: .min ... .max), UInt64.random(in: .min ... .max))

    init(_ bytes: UnsafeRawBufferPointer) {
        var a = Hasher()
        a.combine(Self.salts.0)
        a.combine(bytes: bytes)
        var b = Hasher()
        b.combine(Self.salts.1)
        b.combine(bytes: bytes)
        first = UInt64(UInt(bitPattern: a.finalize()))
        second = UInt64(UInt(bitPattern: b.finalize()))
    }
}

/// What a search row made from a text holds: the words' digest and FTS5's `docsize` blob
/// (the word count of each column).
struct SearchRowWords: Hashable, Sendable {
    var digest = SearchRowDigest()
    var docsize: Data
}

/// FTS5's `unicode61 remove_diacritics 2` tokenizer (the one `proposal_search` is made
/// with), in Swift, for the scalars its table knows: a word is a run of token characters,
/// each folded to one scalar. The table is not written by hand: it is what SQLite's own
/// tokenizer does with each scalar of the ranges below, asked once per process
/// (``probe()``), so the two cannot disagree on those scalars; a text with any other
/// scalar (a combining mark, a script the table leaves out) or a word longer than FTS5
/// keeps whole gives nil, and the caller indexes it in a scratch FTS5 table instead
/// (``SearchScratch``). `SearchTokensTests` compares the two on dossiers and hostile text.
enum SearchTokenizer {
    /// Per scalar: `unknown`, `separator`, or the folded scalar of a token character.
    static let unknown = UInt32.max
    static let separator = UInt32.max - 1

    /// The ranges asked of SQLite: Latin (with the Vietnamese letters), Greek, Cyrillic,
    /// general punctuation, arrows, mathematical operators and geometric shapes.
    static let probedRanges: [ClosedRange<UInt32>] = [0...0x7FF, 0x1E00...0x1EFF, 0x2000...0x22FF, 0x2500...0x25FF]

    /// A word longer than this many bytes is left to the scratch index (FTS5 cuts terms at
    /// 32,768 bytes).
    static let longestWord = 4096

    struct Table: Sendable {
        var low: [UInt32]        // 0..<0x800
        var latinExtra: [UInt32] // 0x1E00...0x1EFF
        var symbols: [UInt32]    // 0x2000...0x22FF
        var shapes: [UInt32]     // 0x2500...0x25FF

        func kind(_ v: UInt32) -> UInt32 {
            switch v {
            case 0..<0x800: low[Int(v)]
            case 0x1E00...0x1EFF: latinExtra[Int(v - 0x1E00)]
            case 0x2000...0x22FF: symbols[Int(v - 0x2000)]
            case 0x2500...0x25FF: shapes[Int(v - 0x2500)]
            default: SearchTokenizer.unknown
            }
        }
    }

    static let table: Table = (try? probe()) ?? Table(low: Array(repeating: unknown, count: 0x800),
                                                       latinExtra: Array(repeating: unknown, count: 0x100),
                                                       symbols: Array(repeating: unknown, count: 0x300),
                                                       shapes: Array(repeating: unknown, count: 0x100))

    /// Asks SQLite's tokenizer about every scalar of `probedRanges`: the scalar alone and
    /// between two `a`s. A separator gives no word alone and `a`, `a` around it; a token
    /// character gives one word of one scalar alone and `a`·that·`a` around it. Anything
    /// else (a mark that joins a word but cannot start one or folds to nothing) is unknown.
    static func probe() throws -> Table {
        let queue = try DatabaseQueue()
        var kinds: [UInt32: UInt32] = [:]
        try queue.inDatabase { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE probe USING fts5(x, tokenize = 'unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE probe_instances USING fts5vocab(probe, 'instance');
                """)
            let insert = try db.makeStatement(sql: "INSERT INTO probe (rowid, x) VALUES (?, ?)")
            // One transaction: FTS5 writes its pending words once, at the commit, rather than
            // a segment per row (a third of `verify --since`'s time at 10k before).
            try db.inTransaction {
                for range in probedRanges {
                    for v in range {
                        guard let scalar = Unicode.Scalar(v) else { continue }
                        let c = String(Character(scalar))
                        try insert.execute(arguments: [Int64(v) * 2, c])
                        try insert.execute(arguments: [Int64(v) * 2 + 1, "a" + c + "a"])
                    }
                }
                return .commit
            }
            var words: [Int64: [(Int64, Data)]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT doc, offset, term FROM probe_instances") {
                let term = (row[2] as DatabaseValue).storage
                let bytes: Data
                switch term {
                case .string(let text): bytes = Data(text.utf8)
                case .blob(let data): bytes = data
                default: bytes = Data()
                }
                words[row[0], default: []].append((row[1], bytes))
            }
            for range in probedRanges {
                for v in range where Unicode.Scalar(v) != nil {
                    let alone = (words[Int64(v) * 2] ?? []).sorted { $0.0 < $1.0 }.map(\.1)
                    let between = (words[Int64(v) * 2 + 1] ?? []).sorted { $0.0 < $1.0 }.map(\.1)
                    let a = Data("a".utf8)
                    if alone.isEmpty && between == [a, a] {
                        kinds[v] = separator
                    } else if alone.count == 1, let text = String(data: alone[0], encoding: .utf8),
                              text.unicodeScalars.count == 1, let folded = text.unicodeScalars.first,
                              between == [a + alone[0] + a] {
                        kinds[v] = folded.value
                    }
                }
            }
        }
        func slice(_ range: ClosedRange<UInt32>) -> [UInt32] { range.map { kinds[$0] ?? unknown } }
        return Table(low: slice(0...0x7FF), latinExtra: slice(0x1E00...0x1EFF), symbols: slice(0x2000...0x22FF),
                     shapes: slice(0x2500...0x25FF))
    }

    /// The words of the three columns as FTS5 would index them, or nil when a column holds
    /// something the table does not know.
    static func row(title: String, body: String, people: String) -> SearchRowWords? {
        var digest = SearchRowDigest()
        var counts: [Int] = []
        var word: [UInt8] = []
        word.reserveCapacity(64)
        for (column, text) in [title, body, people].enumerated() {
            guard let count = words(of: text, into: &word, { bytes, position in
                digest.add(SearchTermKey(bytes), column: column, position: position)
            }) else { return nil }
            counts.append(count)
        }
        return SearchRowWords(digest: digest, docsize: docsize(counts))
    }

    /// Calls `body` with each word's folded bytes and its position; the number of words, or
    /// nil when the text holds a scalar the table does not know or a word too long.
    static func words(of text: String, into word: inout [UInt8],
                      _ body: (UnsafeRawBufferPointer, Int) -> Void) -> Int? {
        var text = text
        let table = self.table
        var position = 0
        func flush() {
            guard !word.isEmpty else { return }
            word.withUnsafeBytes { body($0, position) }
            position += 1
            word.removeAll(keepingCapacity: true)
        }
        let known: Bool = text.withUTF8 { b in
            var i = 0
            while i < b.count {
                guard let v = UTF8Scalars.next(b, at: &i) else { return false }
                let kind = table.kind(v)
                if kind == unknown { return false }
                if kind == separator {
                    flush()
                    continue
                }
                guard UTF8Scalars.append(kind, to: &word) else { return false }
                if word.count > longestWord { return false }
            }
            flush()
            return true
        }
        word.removeAll(keepingCapacity: true)
        return known ? position : nil
    }

    /// FTS5's `docsize` blob: each column's word count as an SQLite varint.
    static func docsize(_ counts: [Int]) -> Data {
        var out = Data()
        for count in counts {
            var v = UInt64(max(0, count))
            if v <= 0x7F {
                out.append(UInt8(v))
                continue
            }
            // Counts of words never reach the 9-byte form (2^56).
            var groups: [UInt8] = []
            while v != 0 {
                groups.append(UInt8(v & 0x7F) | 0x80)
                v >>= 7
            }
            groups[0] &= 0x7F
            out.append(contentsOf: groups.reversed())
        }
        return out
    }
}
