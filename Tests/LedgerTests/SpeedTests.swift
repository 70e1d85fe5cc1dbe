import DemoWard
import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Schema v2-speed and the fast paths of issue 5: the preset counters, the inbox pages
/// read from indexes, the capped search, the fast fold. Behaviour only; the timings are
/// in Benchmarks/ and docs/PERFORMANCE.md.
@Suite("Speed at province scale")
struct SpeedTests {
    /// A demo ward of `proposals` proposals in a fresh file (every state is reached by
    /// the scripted scenarios).
    final class DemoFile {
        let directory = LedgerFixture.temporaryDirectory()
        let path: String
        let ledger: Ledger
        static let now = Day(year: 2026, month: 3, day: 18).map { $0.startInVietnam.addingTimeInterval(10 * 3600) }
            ?? Date(timeIntervalSince1970: 1_773_800_000)

        init(proposals: Int = 240) throws {
            path = directory.appendingPathComponent("demo.sqlite").path
            ledger = try Ledger.open(path: path, create: true)
            let org = DemoWard.organization()
            let generator = DemoGenerator(proposals: proposals, seed: 432, now: Self.now, calendar: try ledger.calendar())
            try ledger.importDemo(organization: org, administrator: org.grants.first { $0.role == .admin }?.login ?? "",
                                  at: Self.now, batch: 50) { sink in try generator.generate(sink) }
        }

        deinit { try? FileManager.default.removeItem(at: directory) }

        func raw() throws -> DatabaseQueue {
            // The `event` view reads through dexuat's functions (v7-event-packing).
            var config = Configuration()
            config.prepareDatabase { db in Ledger.prepareConnection(db) }
            return try DatabaseQueue(path: path, configuration: config)
        }
    }

    // MARK: - Counters

    @Test func countersEqualRealCountsAfterImportAndEveryKindOfStep() throws {
        let fixture = try LedgerFixture()
        #expect(try fixture.ledger.countDisagreements() == [])
        let ledger = fixture.ledger
        let head = Actor(login: Ward.head), staff = Actor(login: Ward.staff)
        // Create, edit, submit, receive, return, withdraw, out of scope: each changes a
        // state (or adds a proposal) and each must leave the counters right.
        let a = try fixture.draft("Một")
        #expect(try ledger.countDisagreements() == [])
        try ledger.perform(.editDraft(dossier: LedgerFixture.completeDossier(title: "Một, sửa")), on: a.id, by: staff)
        try ledger.perform(.submit, on: a.id, by: staff)
        #expect(try ledger.countDisagreements() == [])
        try ledger.perform(.receive(receiptNumber: ""), on: a.id, by: Actor(login: Ward.clerk))
        #expect(try ledger.countDisagreements() == [])
        try ledger.perform(.returnForCompletion(reasons: "Thiếu kinh phí dự kiến."), on: a.id, by: head)
        #expect(try ledger.countDisagreements() == [])
        try ledger.perform(.withdraw(reason: "Không còn cần."), on: a.id, by: staff)
        #expect(try ledger.countDisagreements() == [])
        let b = try fixture.received("Hai")
        try ledger.perform(.outOfScope(ground: OutOfScopeGround.allCases[0], reasons: "Không thuộc phạm vi.", channel: "Góp ý thường xuyên"),
                           on: b.id, by: head)
        #expect(try ledger.countDisagreements() == [])
        let presets = try ledger.presets(for: Ward.head, today: Day.inVietnam(LedgerFixture.origin), waiting: false)
        let counts = try ledger.countsByState()
        for preset in presets {
            if case .state(let s) = preset.kind { #expect(preset.count == counts[s, default: 0], "\(s)") }
            if case .all = preset.kind { #expect(preset.count == 2) }
            if case .unit(let u) = preset.kind { #expect(preset.count == (u == Ward.office ? 2 : 0), "\(u)") }
            if case .waitingOnMe = preset.kind { #expect(preset.count == -1, "not counted when not asked for") }
        }
    }

    @Test func countersFollowADemoImportAndNoticeTampering() throws {
        let demo = try DemoFile()
        #expect(try demo.ledger.countDisagreements() == [])
        let counts = try demo.ledger.countsByState()
        #expect(counts.count >= 8, "the demo reaches most states")
        try demo.raw().write { db in
            try db.execute(sql: "UPDATE proposal_count SET n = n + 1 WHERE key = 'state:draft'")
        }
        #expect(try demo.ledger.countDisagreements() == ["state:draft"])
        // `verify` says so too, and names the count.
        let report = try demo.ledger.verify()
        #expect(report.problems == [.countDisagrees(key: "state:draft")])
        #expect(report.problems.first?.message(.en).contains("state:draft") == true)
    }

    @Test func anOldDatabaseUpgradesAndGetsItsCounters() throws {
        let demo = try DemoFile(proposals: 80)
        // Back to v1: no counter table, no triggers, v2-speed not applied.
        // v7-event-packing undone first: v2-speed's trigger goes on the `event` table.
        try demo.raw().undoingEventPacking(then: """
            DROP TRIGGER proposal_count_insert; DROP TRIGGER proposal_count_delete;
            DROP TRIGGER proposal_count_state; DROP TRIGGER proposal_count_unit;
            DROP TABLE proposal_count;
            DROP TRIGGER receipt_count_insert; DROP TABLE receipt_count;
            DELETE FROM grdb_migrations WHERE identifier = 'v2-speed';
            """)
        let reopened = try Ledger.open(path: demo.path)
        #expect(try reopened.countDisagreements() == [])
        let receipts = try demo.raw().read { db in try Int.fetchOne(db, sql: "SELECT SUM(n) FROM receipt_count") ?? 0 }
        #expect(receipts > 0, "the demo's receipts are counted at the upgrade")
        let all = try reopened.presets(for: "x", today: Day.inVietnam(DemoFile.now), waiting: false).first { $0.id == "all" }
        let drafts = try demo.raw().read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal WHERE state = 'draft'") ?? 0 }
        #expect(all?.count == 80 - drafts, "every proposal but the drafts \"x\" may not read")
    }

    @Test func receiptNumbersComeFromTheCounterAndFollowEachReceipt() throws {
        let fixture = try LedgerFixture()
        let clerk = Actor(login: Ward.clerk)
        var numbers: [String] = []
        for title in ["Một", "Hai", "Ba"] {
            let p = try fixture.submitted(title)
            let received = try fixture.ledger.perform(.receive(receiptNumber: ""), on: p.id, by: clerk)
            numbers.append(received.receipt?.number ?? "")
            #expect(try fixture.ledger.countDisagreements() == [])
        }
        #expect(numbers == ["1/TN-VHXH", "2/TN-VHXH", "3/TN-VHXH"])
        // A receipt number typed by hand is a receipt too: the next one counts it.
        let typed = try fixture.submitted("Bốn")
        try fixture.ledger.perform(.receive(receiptNumber: "99/TN"), on: typed.id, by: clerk)
        let next = try fixture.submitted("Năm")
        #expect(try fixture.ledger.perform(.receive(receiptNumber: ""), on: next.id, by: clerk).receipt?.number == "5/TN-VHXH")
        // The counter is a projection: a wrong count is noticed.
        try fixture.rawQueue().write { db in try db.execute(sql: "UPDATE receipt_count SET n = 1") }
        #expect(try fixture.ledger.countDisagreements().contains { $0.hasPrefix("receipt:VHXH:") })
    }

    // MARK: - Inbox pages from indexes

    /// Pages through a query by keyset and returns every id, in order.
    func pages(_ ledger: Ledger, _ base: ProposalQuery, size: Int = 7) throws -> [String] {
        var ids: [String] = []
        var query = base
        query.limit = size
        while true {
            let page = try ledger.list(query)
            ids += page.map(\.id)
            guard page.count == size, let last = page.last else { return ids }
            query.after = last.id
        }
    }

    @Test func unitAndDuePagesAreTheFilteredListNewestFirst() throws {
        let demo = try DemoFile()
        var everything = ProposalQuery()
        everything.limit = 100_000
        let all = try demo.ledger.list(everything)
        // Every proposal but the drafts, which no viewer given here may read.
        let drafts = try demo.raw().read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal WHERE state = 'draft'") ?? 0 }
        #expect(all.count == 240 - drafts)
        let today = Day.inVietnam(DemoFile.now)
        let calendar = try demo.ledger.calendar()
        let soon = calendar.addingWorkingDays(try demo.ledger.settings().dueSoonDays, to: today)
        for unit in Set(all.map(\.reviewingUnitID)).union(all.map(\.unitID)).sorted() {
            var query = ProposalQuery()
            query.unitID = unit
            let expected = all.filter { $0.reviewingUnitID == unit || $0.unitID == unit }.map(\.id)
            #expect(try pages(demo.ledger, query) == expected, "unit \(unit)")
        }
        var overdue = ProposalQuery()
        overdue.overdueOn = today
        let late = all.filter { ($0.nextDue.map { $0 < today }) ?? false }.map(\.id)
        #expect(!late.isEmpty, "the demo has overdue proposals")
        #expect(try pages(demo.ledger, overdue, size: 3) == late)
        var dueSoon = ProposalQuery()
        dueSoon.dueSoonOn = today
        let near = all.filter { ($0.nextDue.map { $0 >= today && $0 <= soon }) ?? false }.map(\.id)
        #expect(try pages(demo.ledger, dueSoon, size: 3) == near)
        // Starting at an id (`:open`) still works on the fast paths.
        if late.count > 2 {
            var from = overdue
            from.startingAt = late[1]
            from.limit = 2
            #expect(try demo.ledger.list(from).map(\.id) == Array(late[1...2]))
        }
    }

    // MARK: - Search with a cap on candidates

    @Test func aVeryCommonTermKeepsTitleMatchesAndRelevanceFirst() throws {
        let fixture = try LedgerFixture()
        // The oldest proposal has the word in its title; twenty newer ones only in the text.
        let titled = try fixture.ledger.create(Self.dossier(title: "Thí điểm kiốt thông minh", text: "Không liên quan."),
                                               by: Actor(login: Ward.staff), at: LedgerFixture.origin)
        var newer: [String] = []
        for i in 0..<20 {
            let p = try fixture.ledger.create(Self.dossier(title: "Đề xuất số \(i)", text: "Lắp kiốt ở bộ phận một cửa, lần \(i)."),
                                              by: Actor(login: Ward.staff2), at: LedgerFixture.origin)
            newer.append(p.id)
        }
        let ranked = try fixture.ledger.read { db in
            try Ledger.rankedSearch("kiot", db: db, limit: 50, exactOnly: false, cap: 5)
        }
        let ids = try fixture.ledger.read { db in
            try ranked.map { seq in try String.fetchOne(db, sql: "SELECT id FROM proposal WHERE seq = ?", arguments: [seq]) ?? "" }
        }
        // Past the cap only the newest hits are ranked, plus the newest title hits: the
        // old proposal named for the word is still there, and first.
        #expect(ids.first == titled.id)
        #expect(ids.count == 6)
        #expect(Array(ids.dropFirst()) == Array(newer.suffix(5).reversed()), "newer first among equal scores")
        // Under the cap, every hit is ranked.
        let uncapped = try fixture.ledger.read { db in try Ledger.rankedSearch("kiot", db: db, limit: 50, exactOnly: false) }
        #expect(uncapped.count == 21)
    }

    @Test func accentedQueriesPutExactMatchesFirstPastTheCap() throws {
        let fixture = try LedgerFixture()
        // Twelve "dương" (poplar) proposals, the exact "đường" (street) one among the
        // newest hits, then two more poplars: thirteen hits for a cap of four.
        var exact: Proposal?
        for i in 0..<14 {
            if i == 12 {
                exact = try fixture.ledger.create(Self.dossier(title: "Chiếu sáng đường phố", text: "Đèn."),
                                                  by: Actor(login: Ward.staff), at: LedgerFixture.origin)
            }
            _ = try fixture.ledger.create(Self.dossier(title: "Trồng cây dương \(i)", text: "Cây dương ven hồ."),
                                          by: Actor(login: Ward.staff2), at: LedgerFixture.origin)
        }
        let seqs = try fixture.ledger.read { db in
            try Ledger.rankedSearch("đường", db: db, limit: 50, exactOnly: false, cap: 4)
        }
        let only = try fixture.ledger.read { db in
            try Ledger.rankedSearch("đường", db: db, limit: 50, exactOnly: true, cap: 4)
        }
        let first = try fixture.ledger.read { db in
            try String.fetchOne(db, sql: "SELECT id FROM proposal WHERE seq = ?", arguments: [seqs.first ?? 0])
        }
        #expect(first == exact?.id, "bm25 alone would put the shorter poplar titles first")
        #expect(only.count == 1)
        #expect(seqs.count > 1, "the unaccented matches follow")
    }

    @Test func wholeWordsFirstThenTheWordBeingTyped() throws {
        #expect(SearchText.wordsExpression("Số hóa") == "\"số\" AND \"hóa\"")
        #expect(SearchText.typingExpression("so ho") == "\"so\" AND \"ho\"*")
        #expect(SearchText.typingExpression("a\"b") == "\"a\" AND \"b\"*")
        #expect(SearchText.wordsExpression("* ( )") == nil)
        let fixture = try LedgerFixture()
        let prefixOnly = try fixture.ledger.create(Self.dossier(title: "Hoàn thiện quy trình", text: "Không liên quan."),
                                                   by: Actor(login: Ward.staff), at: LedgerFixture.origin)
        let word = try fixture.ledger.create(Self.dossier(title: "Số hóa sổ hộ tịch", text: "Không liên quan."),
                                             by: Actor(login: Ward.staff), at: LedgerFixture.origin)
        func search(_ text: String, limit: Int) throws -> [Int64] {
            try fixture.ledger.read { db in try Ledger.rankedSearch(text, db: db, limit: limit, exactOnly: false) }
        }
        let seqs = try fixture.ledger.read { db in
            (try Int64.fetchOne(db, sql: "SELECT seq FROM proposal WHERE id = ?", arguments: [word.id]) ?? 0,
             try Int64.fetchOne(db, sql: "SELECT seq FROM proposal WHERE id = ?", arguments: [prefixOnly.id]) ?? 0)
        }
        // "hoa" is a whole word of one title and the start of "hoàn" in the other: the
        // word comes first, the prefix fills in because the words found too little.
        #expect(try search("hoa", limit: 10) == [seqs.0, seqs.1])
        // Enough whole-word hits: the prefix is not asked.
        #expect(try search("hoa", limit: 1) == [seqs.0])
        // The word being typed.
        #expect(try search("quy tri", limit: 10) == [seqs.1])
        #expect(try search("tri quy", limit: 10) == [], "only the last word is a prefix")
    }

    static func dossier(title: String, text: String) -> Dossier {
        var d = LedgerFixture.completeDossier(title: title)
        d.content = text
        return d
    }

    // MARK: - The fold

    /// The fold as it was before the fast path: what every stored search row was made with.
    static func referenceFold(_ text: String) -> String {
        var out = ""
        for scalar in text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            out.unicodeScalars.append(scalar == "đ" ? "d" : scalar)
        }
        return out
    }

    @Test func theFastFoldEqualsTheOldOne() {
        let samples = [
            "ĐỀ XUẤT SỐ HÓA HỒ SƠ", "Đường Phố Ỹ Ỳ Ữ Ặ Ẩ", "Chiếu sáng", "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ",
            "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ", "ƠƯơư Ăă Ââ Êê Ôô", "Straße ΣΑΣ İstanbul ǅ",
            "Đường".decomposedStringWithCanonicalMapping, "Ω Å K ≤ 5 ≥ 90% – “trích” … ₫ €", "日本語 한국어 العربية",
            "tab\there\nnew line", "", "A\u{0301}B\u{0323}\u{0302}",
        ]
        for sample in samples {
            #expect(SearchText.fold(sample) == Self.referenceFold(sample), "\(sample)")
        }
        // Every scalar of the Basic Multilingual Plane's letters, upper case included.
        var all = ""
        for value in 0x20...0x2FFF { if let scalar = Unicode.Scalar(value) { all.unicodeScalars.append(scalar) } }
        #expect(SearchText.fold(all) == Self.referenceFold(all))
    }

    @Test func theTimeStampsKeepTheirFormat() {
        let date = Date(timeIntervalSince1970: 1_764_482_381.123)
        #expect(Codec.utc(date) == "2025-11-30T05:59:41.123Z")
        #expect(Codec.vietnam(date) == "2025-11-30T12:59:41.123+07:00")
        #expect(Codec.parseUTC(Codec.utc(date)) == Codec.millisecond(date))
        #expect(Codec.stamp(-1, offsetHours: 0) == "1969-12-31T23:59:59.999Z")
    }
}
