import Foundation
import Testing
@testable import Ledger
import Procedure

/// PROCEDURE.md §7.7 through the ledger: an approval left without resources is overdue
/// in the inbox's filter (the kept due day and step) and in the dashboard's figures, and
/// the limit comes from the settings in the chain.
@Suite struct StepClocksLedgerTests {
    /// Approved on Friday 24/01/2025 (eve of Tết): resources due Thursday 13/02/2025.
    static let approvalDay = Day(year: 2025, month: 1, day: 24)!

    static func approved(_ fixture: LedgerFixture) throws -> Proposal {
        let date = LedgerFixture.morning(of: approvalDay)
        let id = try fixture.received(at: date).id
        let answers = ChecklistTemplate.standardItems.map { ChecklistAnswer(itemID: $0.id, verdict: .met, comment: "Đạt") }
        try fixture.ledger.perform(.partyOpinion(stance: .agree, text: "Chi bộ đồng ý", committee: "Đảng ủy phường"), on: id,
                                   by: Actor(login: Ward.liaison), at: date)
        for member in [Ward.head, Ward.deputy] {
            try fixture.ledger.perform(.checklist(answers: answers), on: id, by: Actor(login: member), at: date)
            try fixture.ledger.perform(.ballot(inFavour: true, comment: "Tán thành"), on: id, by: Actor(login: member), at: date)
        }
        return try fixture.ledger.perform(.decide(kind: .approve, number: "12/QĐ-VHXH", reasons: "Khả thi", responsibilityStatement: ""),
                                          on: id, by: Actor(login: Ward.head), at: date)
    }

    @Test func aResourcingOverdueShowsInTheOverdueFilterAndTheDashboard() throws {
        let fixture = try LedgerFixture()
        let approved = try Self.approved(fixture)
        let summary = try #require(try fixture.ledger.list(ProposalQuery()).first { $0.id == approved.id })
        #expect(summary.nextStep == .resourcing && summary.nextDue == Day(iso: "2025-02-13"))

        func overdue(on iso: String) throws -> [String] {
            try fixture.ledger.list({ var q = ProposalQuery(); q.overdueOn = Day(iso: iso); return q }()).map(\.id)
        }
        #expect(try overdue(on: "2025-02-13").isEmpty)             // the due day itself is still in time
        #expect(try overdue(on: "2025-02-14") == [approved.id])

        let figures = try fixture.ledger.statistics(for: try Period.parse("2025-Q1"), today: Day(iso: "2025-02-17")!)
        #expect(figures.steps[.resourcing]?.runningOverdue == 1)
        #expect(figures.steps[.partyOpinion]?.doneOnTime == 1)
        let late = try #require(figures.overdue.first { $0.id == approved.id })
        #expect(late.step == .resourcing && late.workingDaysLate == 2)

        // Resources granted: the clock stops, late, and the proposal leaves the filter.
        try fixture.ledger.perform(.resource(fundingVND: 15_000_000, staff: "2 chuyên viên", equipment: "", reassignment: "",
                                             noneNeededReason: ""), on: approved.id, by: Actor(login: Ward.head),
                                   at: LedgerFixture.morning(of: Day(iso: "2025-02-17")!))
        #expect(try overdue(on: "2025-02-18").isEmpty)
        let after = try fixture.ledger.statistics(for: try Period.parse("2025-Q1"), today: Day(iso: "2025-02-18")!)
        #expect(after.steps[.resourcing]?.doneLate == 1 && after.steps[.resourcing]?.runningOverdue == 0)
        #expect(try fixture.ledger.verify().ok)
    }

    @Test func theLimitIsASettingAndMovesTheKeptDueDay() throws {
        let fixture = try LedgerFixture()
        let approved = try Self.approved(fixture)
        var settings = try fixture.ledger.settings()
        settings.resourcingDays = 3
        try fixture.ledger.save(settings, by: Actor(login: Ward.admin))
        let summary = try #require(try fixture.ledger.list(ProposalQuery()).first { $0.id == approved.id })
        // 03/02, 04/02, 05/02: Tết's days off do not count.
        #expect(summary.nextStep == .resourcing && summary.nextDue == Day(iso: "2025-02-05"))
        #expect(try fixture.ledger.settings().resourcingDays == 3)
        #expect(try fixture.ledger.verify().ok)
    }
}

extension StepClocksLedgerTests {
    /// A limit of zero or less (or beyond the range) is refused by the ledger itself,
    /// whatever the front end, naming the step; nothing is saved.
    @Test(arguments: [0, -1, -10, 61])
    func aLimitOutOfRangeIsRefused(_ days: Int) throws {
        let fixture = try LedgerFixture()
        let events = try fixture.eventCount()
        for step in [StepKind.resourcing, .measures] {
            var settings = try fixture.ledger.settings()
            if step == .resourcing { settings.resourcingDays = days } else { settings.measuresDays = days }
            let error = ledgerError { try fixture.ledger.save(settings, by: Actor(login: Ward.admin)) }
            guard case .badInput(let text)? = error else {
                Issue.record("\(step) = \(days) was saved")
                continue
            }
            #expect(text.vi.contains(step.label.vi) && text.vi.contains("từ 1 đến 60"))
            #expect(text.en.contains(step.label.en))
        }
        #expect(try fixture.eventCount() == events)
        #expect(try fixture.ledger.settings() == ProcedureSettings())
    }
}
