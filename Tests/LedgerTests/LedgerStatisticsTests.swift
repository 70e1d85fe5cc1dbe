import DemoWard
import Foundation
import Testing
@testable import Ledger
import Procedure

/// The dashboard's queries against the whole proposals they summarise: what `json_extract`
/// reads from each row must be what decoding the proposal gives, and the figures counted
/// with SQL must be those counted one proposal at a time.
@Suite("Ledger statistics")
struct LedgerStatisticsTests {
    /// 10:00 in Vietnam on Monday 30 November 2026.
    static let now = Date(timeIntervalSince1970: 1_796_007_600)
    static let today = Day.inVietnam(now)

    static func demo(_ proposals: Int = 160) throws -> LedgerFixture {
        let fixture = try LedgerFixture(ward: false)
        let org = DemoWard.organization()
        let admin = org.grants.first { $0.role == .admin }?.login ?? ""
        let generator = DemoGenerator(proposals: proposals, seed: 432, now: now, calendar: try fixture.ledger.calendar())
        try fixture.ledger.importDemo(organization: org, administrator: admin, at: now) { sink in
            try generator.generate { id, transitions in try sink(id, transitions) }
        }
        return fixture
    }

    static func allProposals(_ ledger: Ledger) throws -> [Proposal] {
        try ledger.allProposals()
    }

    @Test func factsReadFromTheRowsAreThoseOfTheWholeProposals() throws {
        let fixture = try Self.demo()
        let ledger = fixture.ledger
        let proposals = Dictionary(uniqueKeysWithValues: try Self.allProposals(ledger).map { ($0.id, $0) })
        let calendar = try ledger.calendar()
        let settings = try ledger.settings()
        var seen = 0
        for period in ["2025", "2026"] {
            for facts in try ledger.facts(for: try Period.parse(period)) {
                let proposal = try #require(proposals[facts.id])
                #expect(facts == ProposalFacts(proposal), "facts of \(facts.id)")
                #expect(facts.clocks(calendar: calendar, settings: settings) == proposal.clocks(calendar: calendar, settings: settings),
                        "clocks of \(facts.id)")
                seen += 1
            }
        }
        #expect(seen == proposals.count)
        // The demo reaches every kind of fact the figures count.
        let all = proposals.values.map(ProposalFacts.init)
        #expect(all.contains { $0.terminated != nil })
        #expect(all.contains { $0.conclusion != nil && !$0.measures.isEmpty })
        #expect(all.contains { $0.lastReturn != nil })
        #expect(all.contains { $0.state == .suspended && $0.suspensionReason != nil })
    }

    @Test(arguments: ["2026-Q1", "2026-Q3", "2026-H2", "2026", "2026-11"])
    func sqlFiguresAreTheFiguresCountedOneByOne(period text: String) throws {
        let fixture = try Self.demo()
        let ledger = fixture.ledger
        let period = try Period.parse(text)
        let figures = try ledger.statistics(for: period, today: Self.today, listLimit: 1_000)
        var expected = PeriodStatistics(StatisticsContext(period: period, today: Self.today, calendar: try ledger.calendar(),
                                                          settings: try ledger.settings(), organization: try ledger.organization(),
                                                          listLimit: 1_000))
        for proposal in try Self.allProposals(ledger) where period.contains(Day.inVietnam(proposal.createdAt)) {
            expected.add(ProposalFacts(proposal))
        }
        expected.finish()
        #expect(figures.total > 0)
        #expect(figures.total == expected.total)
        #expect(figures.byState == expected.byState)
        #expect(figures.byUnit == expected.byUnit)
        #expect(figures.byField == expected.byField)
        #expect(figures.steps == expected.steps)
        #expect(figures.unitTiming == expected.unitTiming)
        #expect(figures.outcomes == expected.outcomes)
        #expect(figures.measures == expected.measures)
        #expect(figures.heldByRole == expected.heldByRole)
        #expect(figures.held == expected.held)
        #expect(figures.overdue == expected.overdue)
    }

    @Test func aPeriodHoldsTheProposalsWrittenInItInVietnamTime() throws {
        let fixture = try LedgerFixture()
        // 23:30 on 30 September in Vietnam is Q3; 00:10 on 1 October in Vietnam (17:10 UTC
        // on 30 September) is Q4.
        let lateQ3 = Day(year: 2026, month: 9, day: 30)!.startInVietnam.addingTimeInterval(23.5 * 3600)
        let earlyQ4 = Day(year: 2026, month: 10, day: 1)!.startInVietnam.addingTimeInterval(600)
        // Submitted: drafts are left out of the figures (PROCEDURE.md §5).
        try fixture.submitted("Một", at: lateQ3)
        try fixture.submitted("Hai", at: earlyQ4)
        try fixture.submitted("Ba", at: earlyQ4)
        let today = Day(year: 2026, month: 10, day: 5)!
        let q3 = try fixture.ledger.statistics(for: try Period.parse("2026-Q3"), today: today)
        let q4 = try fixture.ledger.statistics(for: try Period.parse("2026-Q4"), today: today)
        let september = try fixture.ledger.statistics(for: try Period.parse("2026-09"), today: today)
        let year = try fixture.ledger.statistics(for: try Period.parse("2026"), today: today)
        let before = try fixture.ledger.statistics(for: try Period.parse("2025"), today: today)
        #expect((q3.total, q4.total, september.total, year.total, before.total) == (1, 2, 1, 3, 0))
        #expect(q4.byState == [.received: 2])
        #expect(q4.heldByRole == [.clerk: 2])
    }

    @Test func listingsGroupTheProposalsByStateInTheOrderOfTheProcedure() throws {
        let fixture = try Self.demo()
        let period = try Period.parse("2026")
        let listings = try fixture.ledger.listings(for: period)
        let figures = try fixture.ledger.statistics(for: period, today: Self.today)
        let order = ProposalState.allCases
        #expect(listings.map(\.state) == order.filter { (figures.byState[$0] ?? 0) > 0 })
        for listing in listings {
            #expect(listing.proposals.count == figures.byState[listing.state])
            #expect(listing.proposals.allSatisfy { $0.state == listing.state })
            #expect(listing.proposals.map(\.id) == listing.proposals.map(\.id).sorted())
        }
    }
}
