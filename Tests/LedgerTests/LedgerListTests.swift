import Foundation
import Testing
@testable import Ledger
import Procedure

@Suite("Ledger inbox listing")
struct LedgerListTests {
    static func query(_ build: (inout ProposalQuery) -> Void) -> ProposalQuery {
        var query = ProposalQuery()
        build(&query)
        return query
    }

    static func day(_ year: Int, _ month: Int, _ day: Int) throws -> Day {
        try #require(Day(year: year, month: month, day: day))
    }

    @Test func pagesNewestFirstWithoutOverlapOrGap() throws {
        let fixture = try LedgerFixture()
        let proposers = [Ward.staff, Ward.staff2, Ward.viceChair]
        var created: [String] = []
        for i in 0..<30 {
            let at = LedgerFixture.origin.addingTimeInterval(Double(i) * 60)
            let proposal = try fixture.submitted("Đề xuất số \(i)", by: proposers[i % proposers.count], at: at)
            created.append(proposal.id)
        }
        let all = try fixture.ledger.list(Self.query { $0.limit = 100 })
        #expect(all.map(\.id) == created.reversed())

        var pages: [[String]] = []
        var after: String?
        while pages.count < 10 {
            let page = try fixture.ledger.list(Self.query { $0.limit = 7; $0.after = after }).map(\.id)
            if page.isEmpty { break }
            #expect(page.count <= 7)
            pages.append(page)
            after = page.last
        }
        #expect(pages.map(\.count) == [7, 7, 7, 7, 2])
        #expect(pages.flatMap { $0 } == created.reversed())
        #expect(Set(pages.flatMap { $0 }).count == 30)

        let unknown = ledgerError { _ = try fixture.ledger.list(Self.query { $0.after = "1999-999" }) }
        if case .badInput = unknown {} else { Issue.record("expected badInput, got \(String(describing: unknown))") }
    }

    @Test func filtersByStateAndUnit() throws {
        let fixture = try LedgerFixture()
        let draftByStaff = try fixture.draft("Bản nháp của phòng", by: Ward.staff)
        let submittedByStaff = try fixture.submitted("Đã gửi từ phòng", by: Ward.staff2)
        let draftByViceChair = try fixture.draft("Bản nháp của UBND", by: Ward.viceChair)
        // The office head's proposal goes to the People's Committee (art. 7(4)).
        let byHead = try fixture.submitted("Đề xuất của trưởng phòng", by: Ward.head)
        #expect(byHead.reviewingUnitID == Ward.root)
        #expect(byHead.unitID == Ward.office)

        // Each proposer reads their own draft only (PROCEDURE.md §5; DraftPrivacyTests).
        func list(as viewer: String, _ build: (inout ProposalQuery) -> Void) throws -> [String] {
            try fixture.ledger.list(Self.query { $0.viewer = viewer; build(&$0) }).map(\.id)
        }
        let received = try list(as: Ward.staff) { $0.states = [.received] }
        #expect(received == [byHead.id, submittedByStaff.id])
        #expect(try list(as: Ward.staff) { $0.states = [.draft] } == [draftByStaff.id])
        #expect(try list(as: Ward.viceChair) { $0.states = [.draft] } == [draftByViceChair.id])
        #expect(try list(as: Ward.staff) { $0.states = [.draft, .received] }.count == 3)
        #expect(try list(as: Ward.staff) { $0.states = [.approved] }.isEmpty)

        let office = try list(as: Ward.staff) { $0.unitID = Ward.office }
        #expect(office == [byHead.id, submittedByStaff.id, draftByStaff.id])
        #expect(try list(as: Ward.viceChair) { $0.unitID = Ward.root } == [byHead.id, draftByViceChair.id])
        #expect(try list(as: Ward.staff) { $0.unitID = Ward.root } == [byHead.id])
        let both = try list(as: Ward.staff) { $0.unitID = Ward.office; $0.states = [.draft] }
        #expect(both == [draftByStaff.id])

        let listed = try fixture.ledger.list(Self.query { $0.states = [.received] })
        let summary = try #require(listed.last)
        #expect(summary.proposerName == Ward.name(Ward.staff2))
        #expect(summary.unitName == Ward.officeUnit.name)
        #expect(summary.awaitingReceipt)
    }

    @Test func overdueAndDueSoonFollowNextDue() throws {
        let fixture = try LedgerFixture()
        let calendar = WorkingCalendar()
        let early = try Self.day(2025, 3, 3)
        let later = try Self.day(2025, 3, 10)
        let old = try fixture.received("Nhận từ đầu tháng", at: LedgerFixture.morning(of: early))
        let recent = try fixture.received("Nhận tuần sau", at: LedgerFixture.morning(of: later))
        let draft = try fixture.draft("Chưa gửi")
        let waiting = try fixture.submitted("Chờ vào sổ")
        let oldDue = calendar.addingWorkingDays(7, to: early)
        let recentDue = calendar.addingWorkingDays(7, to: later)
        #expect(oldDue < recentDue)

        let all = try fixture.ledger.list(ProposalQuery())
        #expect(all.first { $0.id == old.id }?.nextDue == oldDue)
        // No Party opinion yet: it is due on the review's day and comes first (§7.7).
        #expect(all.first { $0.id == old.id }?.nextStep == .partyOpinion)
        #expect(all.first { $0.id == recent.id }?.nextDue == recentDue)
        #expect(all.first { $0.id == draft.id }?.nextDue == nil)
        #expect(all.first { $0.id == waiting.id }?.nextDue == nil)

        func overdue(_ day: Day) throws -> [String] { try fixture.ledger.list(Self.query { $0.overdueOn = day }).map(\.id) }
        func dueSoon(_ day: Day) throws -> [String] { try fixture.ledger.list(Self.query { $0.dueSoonOn = day }).map(\.id) }

        #expect(try overdue(oldDue).isEmpty, "due today is not overdue")
        #expect(try overdue(oldDue.adding(days: 1)) == [old.id])
        #expect(try overdue(recentDue.adding(days: 1)) == [recent.id, old.id])
        #expect(try overdue(Day.inVietnam(Date())) == [recent.id, old.id])
        #expect(try overdue(early).isEmpty)

        // Due soon: within two working days, not yet overdue.
        #expect(try dueSoon(oldDue) == [old.id])
        #expect(try dueSoon(calendar.addingWorkingDays(-2, to: recentDue)) == [recent.id])
        #expect(try dueSoon(calendar.addingWorkingDays(-3, to: recentDue)).isEmpty)
        #expect(try dueSoon(oldDue.adding(days: 1)).isEmpty)
        let wide = try fixture.ledger.list(Self.query { $0.dueSoonOn = early }, soonWithin: 30).map(\.id)
        #expect(wide == [recent.id, old.id])

        // A proposal registered today is not overdue today.
        let fresh = try fixture.received("Nhận hôm nay", at: Date())
        #expect(try !overdue(Day.inVietnam(Date())).contains(fresh.id))
    }
}
