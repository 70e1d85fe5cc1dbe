import Foundation
import GRDB
import Ledger
import Procedure

// Our query layer against the floor: for each query of the benchmarks, the median (and
// 95th percentile) time of the Ledger call in this process, and the time of the same SQL statements (the ones
// the Ledger runs for that call, with the values filled in) in the `sqlite3` shell on
// the same file: (shell running them n times − shell running `SELECT 1` as often) ÷ n,
// rows sent to /dev/null, n large enough for about 0.4 s. Prints ours ÷ floor.
//
//     swift run -c release FloorCompare /tmp/dexuat-bench/demo-1m.sqlite [rounds]

let arguments = CommandLine.arguments
let path = arguments.count > 1 ? arguments[1] : (ProcessInfo.processInfo.environment["DEXUAT_BENCH_DB"] ?? "/tmp/dexuat-bench/demo-10k.sqlite")
let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 50 : 50

func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Wall time of the shell running `script`. Spawned with posix_spawn and reaped with
/// waitpid: Foundation's `Process` notices an exit only every 50 ms or so on Linux.
func shell(_ script: String) throws -> Double {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("floor-\(UUID().uuidString).sql")
    try Data(script.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let command = "sqlite3 -readonly \(quote(path)) < \(quote(file.path)) > /dev/null"
    let words: [String] = ["/bin/sh", "-c", command]
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { word in word.withCString { strdup($0) } } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { throw CocoaError(.executableLoad) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Seconds per round of `statements` in the shell, net of starting it: enough rounds for
/// about `budget` seconds, the fastest of three runs less the fastest of three runs of as
/// many `SELECT 1`.
func floor(_ statements: [String], estimate: Double, budget: Double = 0.4) throws -> Double {
    let count = max(rounds, Int(budget / max(estimate, 1e-5)))
    let body = String(repeating: statements.map { $0 + ";\n" }.joined(), count: count)
    let empty = String(repeating: String(repeating: "SELECT 1;\n", count: statements.count), count: count)
    var full: [Double] = [], base: [Double] = []
    for _ in 0..<3 {
        full.append(try shell(body))
        base.append(try shell(empty))
    }
    return max(0, (full.min() ?? 0) - (base.min() ?? 0)) / Double(count)
}

/// Our median and 95th percentile.
func ours(_ body: () throws -> Void) rethrows -> (median: Double, p95: Double) {
    try body() // warm
    var times: [Double] = []
    for _ in 0..<max(rounds, 20) { times.append(try seconds(body)) }
    let sorted = times.sorted()
    return (median(times), sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.95).rounded(.up)) - 1)])
}

let ledger = try Ledger.open(path: path)
let raw = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; c.prepareDatabase { db in Ledger.prepareConnection(db) }; return c }())
let summaryColumns = """
    SELECT p.seq, p.id, p.title, p.state, p.awaiting_receipt, p.field, p.unit_id, p.reviewing_unit_id, p.proposer,
           p.next_due, p.next_step, p.version, p.updated_at,
           u.name AS unit_name, r.name AS reviewing_unit_name, o.name AS proposer_name
    FROM proposal p
    LEFT JOIN unit u ON u.id = p.unit_id
    LEFT JOIN unit r ON r.id = p.reviewing_unit_id
    LEFT JOIN officer o ON o.login = p.proposer
    """
func summaries(_ seqs: [Int64]) -> String {
    summaryColumns + " WHERE p.seq IN (" + seqs.map(String.init).joined(separator: ",") + ") ORDER BY p.seq DESC LIMIT \(seqs.count)"
}

let today = Day.inVietnam(Date())
let settings = try ledger.settings()
let soon = try ledger.calendar().addingWorkingDays(settings.dueSoonDays, to: today)
let facts = try raw.read { db -> (unit: String, head: String, longest: String) in
    let unit = try String.fetchOne(db, sql: "SELECT substr(key, 6) FROM proposal_count WHERE key LIKE 'unit:%' ORDER BY n DESC LIMIT 1") ?? ""
    let head = try String.fetchOne(db, sql: "SELECT login FROM role_grant WHERE role = 'head' AND unit_id = ? ORDER BY login LIMIT 1", arguments: [unit]) ?? ""
    let longest = try String.fetchOne(db, sql: "SELECT id FROM (SELECT id, version, seq FROM proposal WHERE state = 'closed' ORDER BY seq LIMIT 20000) ORDER BY version DESC, seq LIMIT 1") ?? ""
    return (unit, head, longest)
}
var firstPage = ProposalQuery()
firstPage.limit = 150
let page = try ledger.list(firstPage)
let pageEnd = page.last?.id ?? ""
let pageEndSeq = page.last?.seq ?? 0

struct Case {
    var name: String
    var ours: () throws -> Void
    var sql: () throws -> [String]
}

var cases: [Case] = [
    Case(name: "inbox: first page", ours: { _ = try ledger.list(firstPage) },
         sql: { [summaryColumns + " ORDER BY p.seq DESC LIMIT 150"] }),
    Case(name: "inbox: next page (keyset)", ours: {
        var q = firstPage
        q.after = pageEnd
        _ = try ledger.list(q)
    }, sql: { ["SELECT seq FROM proposal WHERE id = \(quote(pageEnd))",
               summaryColumns + " WHERE p.seq < \(pageEndSeq) ORDER BY p.seq DESC LIMIT 150"] }),
    Case(name: "inbox: state in_progress", ours: {
        var q = firstPage
        q.states = [.inProgress]
        _ = try ledger.list(q)
    }, sql: { [summaryColumns + " WHERE p.state IN ('in_progress') ORDER BY p.seq DESC LIMIT 150"] }),
]

let unitSeqSQL = """
    SELECT seq FROM (SELECT seq FROM proposal WHERE reviewing_unit_id = \(quote(facts.unit)) ORDER BY seq DESC LIMIT 150)
    UNION
    SELECT seq FROM (SELECT seq FROM proposal WHERE unit_id = \(quote(facts.unit)) ORDER BY seq DESC LIMIT 150)
    ORDER BY seq DESC LIMIT 150
    """
cases.append(Case(name: "inbox: unit \(facts.unit)", ours: {
    var q = firstPage
    q.unitID = facts.unit
    _ = try ledger.list(q)
}, sql: {
    let seqs = try raw.read { db in try Int64.fetchAll(db, sql: unitSeqSQL) }
    return [unitSeqSQL, summaries(seqs)]
}))
let overdueSQL = "SELECT p.seq FROM proposal p WHERE p.next_due < \(quote(today.iso)) ORDER BY +p.seq DESC LIMIT 150"
cases.append(Case(name: "inbox: overdue", ours: {
    var q = firstPage
    q.overdueOn = today
    _ = try ledger.list(q)
}, sql: {
    let seqs = try raw.read { db in try Int64.fetchAll(db, sql: overdueSQL) }
    return [overdueSQL, summaries(seqs)]
}))
cases.append(Case(name: "inbox: count the presets", ours: {
    _ = try ledger.presets(for: facts.head, today: today, waiting: false)
}, sql: { [
    "SELECT value FROM meta WHERE key = 'settings'", "SELECT day, kind, reason FROM calendar_adjustment ORDER BY day",
    "SELECT COUNT(*) FROM proposal WHERE next_due < \(quote(today.iso))",
    "SELECT COUNT(*) FROM proposal WHERE next_due >= \(quote(today.iso)) AND next_due <= \(quote(soon.iso))",
    "SELECT key, n FROM proposal_count", "SELECT id, name FROM unit ORDER BY id",
] }))
for text in ["zalo", "phuong", "phường", "so hoa", "số hóa", "cham soc nguoi", "chăm sóc người", "duong"] {
    cases.append(Case(name: "search: \(text)", ours: {
        var q = ProposalQuery()
        q.search = text
        q.limit = 150
        _ = try ledger.list(q)
    }, sql: {
        guard let words = SearchText.wordsExpression(text), let typing = SearchText.typingExpression(text) else { return [] }
        let fts = "SELECT rowid, bm25(proposal_search, 10.0, 1.0, 3.0) FROM proposal_search WHERE proposal_search MATCH ? ORDER BY rowid DESC LIMIT ?"
        let cap = Ledger.searchCandidateCap
        func ftsStatements(_ match: String) throws -> (sql: [String], found: Int) {
            let all = fts.replacingOccurrences(of: "MATCH ?", with: "MATCH " + quote(match))
                .replacingOccurrences(of: "LIMIT ?", with: "LIMIT \(cap + 1)")
            let hits = try raw.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (" + all + ")") ?? 0 }
            guard hits > cap else { return ([all], hits) }
            let title = "SELECT rowid FROM proposal_search WHERE proposal_search MATCH " + quote("title : (" + match + ")")
                + " ORDER BY rowid DESC LIMIT \(cap / 2)"
            let titled = try raw.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (" + title + ")") ?? 0 }
            return ([all, title], cap + titled)
        }
        // As `list` asks: 500 candidates; the typing form only when the words find fewer.
        let first = try ftsStatements(words)
        var statements = first.sql
        if first.found < 500 { statements += try ftsStatements(typing).sql }
        var q = ProposalQuery()
        q.search = text
        q.limit = 150
        let seqs = try ledger.list(q).map(\.seq)
        if SearchText.hasMarks(text) {
            // The accent check reads each candidate's text until a page is found.
            for seq in seqs { statements.append("SELECT title, body, people FROM proposal_search WHERE rowid = \(seq)") }
        }
        statements.append(summaries(seqs))
        return statements
    }))
}
cases.append(Case(name: "show: longest history", ours: {
    _ = try ledger.proposal(facts.longest)
    _ = try ledger.history(of: facts.longest)
}, sql: { [
    // The shell has no dexuat_body (v8-body-packing): it reads the stored bytes, dexuat unpacks them.
    "SELECT body_packing, body_size, body_dict, body_data FROM proposal WHERE id = \(quote(facts.longest))",
    "SELECT * FROM event_log WHERE proposal_id = \(quote(facts.longest)) ORDER BY seq",
] }))

print("dexuat against the sqlite3 shell: \(path), \(rounds) rounds")
print("query".padding(toLength: 34, withPad: " ", startingAt: 0) + "     ours ms   ours p95 ms    sqlite3 ms    ours/sqlite3")
for c in cases {
    let statements = try c.sql()
    let (mine, p95) = try ours(c.ours)
    let theirs = try floor(statements, estimate: mine) * 1000
    let ratio = theirs > 0 ? String(format: "%.2f", mine * 1000 / theirs) : "—"
    print(c.name.padding(toLength: 34, withPad: " ", startingAt: 0)
          + String(format: "%12.3f  %12.3f  %12.3f  ", mine * 1000, p95 * 1000, theirs) + ratio.leftPad(14))
}

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
