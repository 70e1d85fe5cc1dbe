import Foundation
import Testing
@testable import Ledger
import Procedure

/// PROCEDURE.md §5 (MUST): a draft is private to its proposer until it is submitted. Every
/// way the Ledger reads proposals for a viewer is enumerated, for every other officer of
/// the ward (the unit's head, the chair, the administrator, the clerk, the liaison…):
/// none lists, finds, pages to, opens or counts the draft; its proposer does.
@Suite("Drafts are private")
struct DraftPrivacyTests {
    let fixture: LedgerFixture
    let draft: Proposal
    let submitted: Proposal
    let today: Day

    init() throws {
        fixture = try LedgerFixture()
        submitted = try fixture.received("Đề xuất đã vào sổ", by: Ward.staff2)
        draft = try fixture.draft("Bản nháp riêng tư về chợ đêm", by: Ward.staff,
                                  at: LedgerFixture.origin.addingTimeInterval(60))
        today = Day.inVietnam(LedgerFixture.origin)
    }

    /// Every way of listing: each filter alone, a search, keyset pages, a start at an id.
    func listed(by viewer: String?) throws -> Set<String> {
        var queries: [ProposalQuery] = []
        func add(_ build: (inout ProposalQuery) -> Void) {
            var q = ProposalQuery()
            q.viewer = viewer
            q.limit = 100
            build(&q)
            queries.append(q)
        }
        add { _ in }
        add { $0.states = [.draft] }
        add { $0.states = ProposalState.allCases }
        add { $0.unitID = Ward.office }
        add { $0.unitID = Ward.root }
        add { $0.involving = viewer ?? Ward.staff }
        add { $0.involving = Ward.staff }
        add { $0.overdueOn = today }
        add { $0.dueSoonOn = today }
        add { $0.search = "chợ đêm" }
        add { $0.search = "cho dem" }
        add { $0.search = "chợ đêm"; $0.exactWhenAccented = true }
        add { $0.search = "chợ đêm"; $0.states = [.draft] }
        add { $0.search = "đề xuất"; $0.unitID = Ward.office }
        var ids = Set<String>()
        for q in queries { ids.formUnion(try fixture.ledger.list(q).map(\.id)) }
        // Keyset pages of one row, from the newest to the end.
        var after: String?
        for _ in 0..<10 {
            var q = ProposalQuery()
            q.viewer = viewer
            q.limit = 1
            q.after = after
            guard let row = try fixture.ledger.list(q).first else { break }
            ids.insert(row.id)
            after = row.id
        }
        var start = ProposalQuery()
        start.viewer = viewer
        start.startingAt = draft.id
        if let rows = try? fixture.ledger.list(start) { ids.formUnion(rows.map(\.id)) }
        return ids
    }

    func counts(for viewer: String) throws -> [String: Int] {
        Dictionary(uniqueKeysWithValues: try fixture.ledger.presets(for: viewer, today: today).map { ($0.id, $0.count) })
    }

    static var others: [String] {
        (Ward.officers.map(\.login) + [Ward.admin]).filter { $0 != Ward.staff }
    }

    @Test(arguments: others)
    func anotherOfficerNeitherSeesNorCountsTheDraft(_ viewer: String) throws {
        let ids = try listed(by: viewer)
        #expect(!ids.contains(draft.id))
        #expect(ids.contains(submitted.id))
        #expect(try fixture.ledger.proposal(draft.id, visibleTo: viewer) == nil)
        #expect(try fixture.ledger.proposal(submitted.id, visibleTo: viewer) != nil)
        #expect(try !fixture.ledger.waitingOn(viewer).contains { $0.id == draft.id })
        let counts = try counts(for: viewer)
        #expect(counts["all"] == 1)
        #expect(counts["state:draft"] == 0)
        #expect(counts["state:received"] == 1)
        #expect(counts["unit:" + Ward.office] == 1)
        #expect(counts["unit:" + Ward.root] == 0)
        #expect(counts["overdue"] == 0 && counts["due_soon"].map { $0 <= 1 } == true)
    }

    /// A draft whose stored record is damaged: to anyone who may not read it, the same answer
    /// as for a sound draft (nothing there); to its proposer, the damage named.
    @Test func aDamagedDraftIsNoMoreVisibleThanASoundOne() throws {
        try fixture.rawQueue().write { db in
            try db.execute(sql: "UPDATE proposal SET body_data = zeroblob(length(body_data)) WHERE id = ?", arguments: [draft.id])
        }
        for viewer in Self.others + [nil] as [String?] {
            #expect(try fixture.ledger.proposal(draft.id, visibleTo: viewer) == nil, "\(viewer ?? "nil")")
        }
        let error = ledgerError { _ = try fixture.ledger.proposal(draft.id, visibleTo: Ward.staff) }
        #expect(error?.message(.vi).contains("Không đọc được bản ghi của đề xuất \(draft.id)") == true, "\(String(describing: error))")
        #expect(try fixture.ledger.proposal(submitted.id, visibleTo: Ward.staff2) != nil)
    }

    @Test func noViewerReadsNoDraft() throws {
        #expect(try !listed(by: nil).contains(draft.id))
        #expect(try fixture.ledger.proposal(draft.id, visibleTo: nil) == nil)
    }

    @Test func theProposerSeesAndCountsTheirDraft() throws {
        let ids = try listed(by: Ward.staff)
        #expect(ids.contains(draft.id))
        #expect(try fixture.ledger.proposal(draft.id, visibleTo: Ward.staff)?.id == draft.id)
        #expect(try fixture.ledger.waitingOn(Ward.staff).contains { $0.id == draft.id })
        let counts = try counts(for: Ward.staff)
        #expect(counts["all"] == 2)
        #expect(counts["state:draft"] == 1)
        #expect(counts["unit:" + Ward.office] == 2)
        #expect(counts["mine"] == 1)
    }

    /// Once submitted, it is everyone's to read.
    @Test func aSubmittedDraftIsNoLongerPrivate() throws {
        try fixture.ledger.perform(.submit, on: draft.id, by: Actor(login: Ward.staff), at: LedgerFixture.origin.addingTimeInterval(120))
        for viewer in Self.others {
            #expect(try listed(by: viewer).contains(draft.id))
            #expect(try counts(for: viewer)["all"] == 2)
        }
    }

    /// The dashboard's and the consolidated report's figures and lists leave drafts out
    /// entirely: they are no one's business there, the proposer's included.
    @Test func statisticsAndReportListsLeaveDraftsOut() throws {
        let period = Period(kind: .year, containing: today)
        let figures = try fixture.ledger.statistics(for: period, today: today, listLimit: 1_000)
        #expect(figures.total == 1)
        #expect(figures.byState[.draft] == nil)
        #expect(!figures.listedIDs.contains(draft.id))
        let listings = try fixture.ledger.listings(for: period)
        #expect(!listings.flatMap(\.proposals).contains { $0.id == draft.id })
        #expect(listings.flatMap(\.proposals).contains { $0.id == submitted.id })
    }
}
