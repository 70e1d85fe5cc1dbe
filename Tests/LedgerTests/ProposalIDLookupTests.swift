import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// One id format for every new proposal, and a lookup that finds a proposal by its id or
/// a short form, also in a database written when the Desk made "2025-001".
@Suite("Proposal id lookup")
struct ProposalIDLookupTests {
    @Test func everyWayOfCreatingMakesTheLongFormat() throws {
        let fixture = try LedgerFixture()
        let made = try fixture.draft()
        #expect(made.id == "2025-000001")
        let imported = try fixture.ledger.importPaperProposals(
            [PaperProposal(line: 2, proposer: Ward.staff2, dossier: LedgerFixture.completeDossier(title: "Giấy"))],
            by: Actor(login: Ward.clerk), at: LedgerFixture.origin)
        #expect(imported.map(\.id) == ["2025-000002"])
    }

    @Test func showAndSearchFindByIdOrShortForm() throws {
        let fixture = try LedgerFixture()
        let today = Day.inVietnam(LedgerFixture.origin)
        for i in 1...3 { try fixture.submitted("Đề xuất \(i)", at: LedgerFixture.origin.addingTimeInterval(Double(i))) }
        for typed in ["2025-000002", "2025-2", "2025-02", "2025-002", "2", " 2 "] {
            #expect(try fixture.ledger.resolveID(typed, today: today) == "2025-000002", "\(typed)")
            #expect(try fixture.ledger.proposal(typed, visibleTo: Ward.head, today: today)?.id == "2025-000002", "\(typed)")
        }
        // A short form without a year finds the newest year that has the number.
        #expect(try fixture.ledger.resolveID("3", today: try #require(Day(year: 2026, month: 1, day: 5))) == "2025-000003")
        #expect(try fixture.ledger.resolveID("4", today: today) == nil)
        #expect(try fixture.ledger.resolveID("2024-2", today: today) == nil)
        var search = ProposalQuery()
        search.viewer = Ward.head
        search.search = "2025-000002"
        #expect(try fixture.ledger.list(search).first?.id == "2025-000002")
        search.search = "2025-3"
        #expect(try fixture.ledger.list(search).first?.id == "2025-000003")
    }

    @Test func olderShortIdsStillWork() throws {
        let fixture = try LedgerFixture()
        // A row as the Desk wrote it before: "2025-001" (its events are not needed here).
        let made = try fixture.submitted()
        try fixture.rawQueue().writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "UPDATE proposal SET id = '2025-001' WHERE id = ?", arguments: [made.id])
        }
        let today = Day.inVietnam(LedgerFixture.origin)
        for typed in ["2025-001", "2025-000001", "2025-1", "1"] {
            #expect(try fixture.ledger.resolveID(typed, today: today) == "2025-001", "\(typed)")
        }
        // The next number follows the older width's highest, in the one format.
        #expect(try fixture.draft().id == "2025-000002")
    }
}
