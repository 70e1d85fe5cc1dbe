import Benchmark
import Desk
import Foundation
import GRDB
import Ledger
import Procedure
import Terminal

// The benchmarks of docs/PERFORMANCE.md. Each runs on one demo database made by
// `dexuat demo --proposals N` (scripts/make-bench-dbs.sh makes the 10k, 100k and 1M ones):
//
//     DEXUAT_BENCH_DB=/tmp/dexuat-bench/demo-100k.sqlite swift package benchmark
//
// The file's size (10k, 100k, 1M) is part of every benchmark's name. The commit
// benchmark appends progress notes to the file (real workflow steps, chained like any
// other); every other benchmark only reads. DEXUAT_BENCH_VERIFY=0 leaves out `verify`
// (a 1M file takes minutes to verify).

let benchmarks: @Sendable () -> Void = {
    let bench = BenchContext.shared
    guard let fixture = bench.fixture else {
        Benchmark("no database") { benchmark in
            benchmark.error(bench.problem)
        }
        return
    }
    let size = fixture.label
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .microseconds,
        warmupIterations: 3,
        maxDuration: .seconds(3),
        maxIterations: 200)
    let once = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident], timeUnits: .milliseconds,
        warmupIterations: 0, maxDuration: .seconds(1), maxIterations: 1)
    let few = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident], timeUnits: .milliseconds,
        warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 20)

    // MARK: Opening

    Benchmark("open: start to first full frame 200x50 (\(size))", configuration: few) { benchmark in
        for _ in benchmark.scaledIterations {
            let ledger = try Ledger.open(path: fixture.path)
            let terminal = VirtualTerminal(width: 200, height: 50)
            let app = try DeskApp(ledger: ledger, backend: terminal, officer: fixture.officer, played: false,
                                  language: .vi, forms: .standard)
            // The first page and the selected proposal come from the Desk's worker: wait for
            // them, as the officer does, and present the frame they make.
            app.runUntilIdle()
            blackHole(terminal.lastFrameBytes)
        }
    }

    Benchmark("open: waiting-on-me count after the first frame (\(size))", configuration: few) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try fixture.ledger.waitingOn(fixture.officer).count)
        }
    }

    // MARK: Inbox

    Benchmark("inbox: first page (\(size))") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try fixture.ledger.list(fixture.page()))
        }
    }

    Benchmark("inbox: next page by keyset (\(size))") { benchmark in
        var query = fixture.page()
        query.after = fixture.pageEnd
        for _ in benchmark.scaledIterations {
            blackHole(try fixture.ledger.list(query))
        }
    }

    for (name, preset) in [("state in_progress", InboxPreset.Kind.state(.inProgress)), ("state suspended", .state(.suspended)),
                           ("unit \(fixture.unit)", .unit(fixture.unit)), ("overdue", .overdue), ("due soon", .dueSoon)] {
        Benchmark("inbox: switch preset to \(name), first page (\(size))") { benchmark in
            let query = fixture.page(preset)
            for _ in benchmark.scaledIterations {
                blackHole(try fixture.ledger.list(query))
            }
        }
    }

    Benchmark("inbox: count the presets (\(size))") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try fixture.ledger.presets(for: fixture.officer, today: fixture.today, waiting: false))
        }
    }

    // MARK: Search

    for (name, text) in BenchContext.searches {
        Benchmark("search: \(name) \"\(text)\" (\(size))") { benchmark in
            var query = ProposalQuery()
            query.search = text
            query.limit = 150
            for _ in benchmark.scaledIterations {
                blackHole(try fixture.ledger.list(query))
            }
        }
    }

    // MARK: Dashboard (issue 16)

    // The year of today: the board's first frame (the counts by state, unit and field,
    // from `period_count`) and then every figure (one pass over the year's facts).
    let year = Period(kind: .year, containing: fixture.today)
    Benchmark("dashboard, a year: first figures (\(size))", configuration: few) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try fixture.ledger.periodCounts(for: year, today: fixture.today).total)
        }
    }

    Benchmark("dashboard, a year: all figures (\(size))", configuration: few) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try fixture.ledger.statistics(for: year, today: fixture.today, listLimit: 30).total)
        }
    }

    // MARK: Show, commit, verify

    Benchmark("show: proposal with the longest history, \(fixture.longestEvents) events (\(size))") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try fixture.ledger.proposal(fixture.longest))
            blackHole(try fixture.ledger.history(of: fixture.longest))
        }
    }

    Benchmark("commit: progress note, synchronous=FULL (\(size))", configuration: .init(
        metrics: [.wallClock, .cpuTotal, .syscalls], timeUnits: .milliseconds, warmupIterations: 2,
        maxDuration: .seconds(5), maxIterations: 100)) { benchmark in
        guard try fixture.ledger.synchronousMode() == 2 else {
            benchmark.error("synchronous is not FULL")
            return
        }
        for i in benchmark.scaledIterations {
            try fixture.ledger.perform(.progress(percent: 50, note: "Benchmark: tiến độ \(i)"), on: fixture.running.id,
                                       by: Actor(login: fixture.running.proposer))
        }
    }

    if ProcessInfo.processInfo.environment["DEXUAT_BENCH_VERIFY"] != "0" {
        Benchmark("verify: whole chain and replay, \(fixture.events) events (\(size))", configuration: once) { benchmark in
            for _ in benchmark.scaledIterations {
                let report = try fixture.ledger.verify()
                if !report.ok { benchmark.error("verify found \(report.problems.count) problems") }
            }
        }
    }

    // MARK: Drawing

    Benchmark("render: full 200x50 frame, composed and written (\(size))") { benchmark in
        let app = try fixture.desk(width: 200, height: 50)
        for _ in benchmark.scaledIterations {
            let terminal = VirtualTerminal(width: 200, height: 50)
            terminal.present(app.render())
            blackHole(terminal.lastFrameBytes)
        }
    }

    // One Desk per key, kept across the benchmark's runs: each run is the next key down
    // the inbox (further pages load by keyset as the selection nears the end).
    for (name, key) in [("line down", Key.char("j")), ("page down", Key.pageDown)] {
        let session = DeskSession(fixture: fixture)
        Benchmark("keystroke: \(name) at 200x50, handle + compose + write (\(size))", configuration: .init(
            metrics: [.wallClock, .cpuTotal, .custom("bytes written", polarity: .prefersSmaller, useScalingFactor: false)],
            timeUnits: .microseconds, warmupIterations: 0, maxDuration: .seconds(10), maxIterations: 300)) { benchmark in
            let (app, terminal) = try session.get()
            terminal.resetOutput()
            benchmark.startMeasurement()
            // The key, the worker's reading of the proposal it lands on, the frame presented
            // to the terminal: what the officer waits for.
            app.send(.key(key))
            app.runUntilIdle()
            benchmark.stopMeasurement()
            benchmark.measurement(.custom("bytes written", polarity: .prefersSmaller, useScalingFactor: false), terminal.lastFrameBytes)
            // DEXUAT_BENCH_DUMP=file: the bytes of the last keystroke, to see what they are.
            if let dump = ProcessInfo.processInfo.environment["DEXUAT_BENCH_DUMP"] {
                _ = FileManager.default.createFile(atPath: dump + "-" + name.replacingOccurrences(of: " ", with: "-"),
                                                   contents: Data(terminal.output))
            }
        }
    }
}

/// A Desk at 200×50 on the benchmark's database, made on first use and kept.
final class DeskSession: @unchecked Sendable {
    let fixture: BenchContext.Fixture
    private var made: (DeskApp, VirtualTerminal)?

    init(fixture: BenchContext.Fixture) { self.fixture = fixture }

    func get() throws -> (DeskApp, VirtualTerminal) {
        if let made { return made }
        let terminal = VirtualTerminal(width: 200, height: 50)
        let app = try DeskApp(ledger: fixture.ledger, backend: terminal, officer: fixture.officer, played: false,
                              language: .vi, forms: .standard)
        app.runUntilIdle()
        made = (app, terminal)
        return (app, terminal)
    }
}

/// The database under test and what the benchmarks pick from it, found once.
final class BenchContext: @unchecked Sendable {
    static let shared = BenchContext()

    static var path: String {
        ProcessInfo.processInfo.environment["DEXUAT_BENCH_DB"] ?? "/tmp/dexuat-bench/demo-10k.sqlite"
    }

    /// Rare and very common, one to three words, with and without accents.
    static let searches: [(String, String)] = [
        ("rare, 1 term", "zalo"),
        ("very common, 1 term", "phuong"),
        ("very common, 1 term, accents", "phường"),
        ("common, 2 terms", "so hoa"),
        ("common, 2 terms, accents", "số hóa"),
        ("3 terms", "cham soc nguoi"),
        ("3 terms, accents", "chăm sóc người"),
        ("prefix", "duong"),
    ]

    let fixture: Fixture?
    let problem: String

    private init() {
        do {
            fixture = try Fixture(path: Self.path)
            problem = ""
        } catch {
            fixture = nil
            problem = "Cannot open \(Self.path): \(error). Make it with scripts/make-bench-dbs.sh or set DEXUAT_BENCH_DB."
        }
    }

    struct Fixture: @unchecked Sendable {
        let path: String
        let ledger: Ledger
        let label: String
        let officer: String
        let unit: String
        let today: Day
        let pageEnd: String
        let longest: String
        let longestEvents: Int
        let running: (id: String, proposer: String)
        let events: Int

        init(path: String) throws {
            guard FileManager.default.fileExists(atPath: path) else { throw CocoaError(.fileNoSuchFile) }
            self.path = path
            ledger = try Ledger.open(path: path)
            let raw = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; c.prepareDatabase { db in Ledger.prepareConnection(db) }; return c }())
            let facts = try raw.read { db -> (Int, String, String, String, Int, String, String, Int) in
                let count = try Int.fetchOne(db, sql: "SELECT n FROM proposal_count WHERE key = 'all'") ?? 0
                // The head of the unit with the most proposals to review: the busiest inbox.
                let unit = try String.fetchOne(db, sql: "SELECT substr(key, 6) FROM proposal_count WHERE key LIKE 'unit:%' ORDER BY n DESC LIMIT 1") ?? ""
                let head = try String.fetchOne(db, sql: "SELECT login FROM role_grant WHERE role = 'head' AND unit_id = ? ORDER BY login LIMIT 1", arguments: [unit]) ?? ""
                // The longest history: the highest version among the oldest twenty thousand closed
                // ones (closed: the commit benchmark cannot lengthen them).
                let longest = try String.fetchOne(db, sql: "SELECT id FROM (SELECT id, version, seq FROM proposal WHERE state = 'closed' ORDER BY seq LIMIT 20000) ORDER BY version DESC, seq LIMIT 1") ?? ""
                let longestEvents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event WHERE proposal_id = ?", arguments: [longest]) ?? 0
                let running = try Row.fetchOne(db, sql: "SELECT id, proposer FROM proposal WHERE state = 'in_progress' ORDER BY seq DESC LIMIT 1")
                let events = try Int.fetchOne(db, sql: "SELECT MAX(seq) FROM event") ?? 0
                return (count, unit, head, longest, longestEvents, running?["id"] ?? "", running?["proposer"] ?? "", events)
            }
            label = facts.0 >= 1_000_000 ? "\(facts.0 / 1_000_000)M" : facts.0 >= 1000 ? "\(facts.0 / 1000)k" : "\(facts.0)"
            unit = facts.1
            officer = facts.2
            longest = facts.3
            longestEvents = facts.4
            running = (facts.5, facts.6)
            events = facts.7
            today = Day.inVietnam(Date())
            var first = ProposalQuery()
            first.limit = 150
            pageEnd = try ledger.list(first).last?.id ?? ""
        }

        /// The Desk's first page (three screens of 50 rows) for a preset.
        func page(_ preset: InboxPreset.Kind = .all) -> ProposalQuery {
            var query = ProposalQuery()
            query.limit = 150
            switch preset {
            case .all, .waitingOnMe: break
            case .dueSoon: query.dueSoonOn = today
            case .overdue: query.overdueOn = today
            case .state(let s): query.states = [s]
            case .unit(let u): query.unitID = u
            }
            return query
        }

        func desk(width: Int, height: Int) throws -> DeskApp {
            try DeskApp(ledger: ledger, backend: VirtualTerminal(width: width, height: height), officer: officer, played: false,
                        language: .vi, forms: .standard)
        }
    }
}
