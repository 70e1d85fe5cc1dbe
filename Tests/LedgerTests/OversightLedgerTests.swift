import DemoWard
import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Points 1 and 4 in the store: every record an event, projections in the same
/// transaction, refusals write nothing, verify names a doctored projection row.
@Suite struct OversightLedgerTests {
    static let inspector = Ward.staff2
    static let day = Day(year: 2025, month: 3, day: 3) ?? Day(julianDayNumber: 2_460_738)

    /// The small ward, plus an inspector in VHXH and the chair as ward leader.
    static func fixture() throws -> LedgerFixture {
        let fixture = try LedgerFixture()
        let admin = Actor(login: Ward.admin)
        try fixture.ledger.grant(RoleGrant(login: inspector, role: .inspector, unitID: Ward.office), by: admin, at: LedgerFixture.origin)
        try fixture.ledger.grant(RoleGrant(login: Ward.chair, role: .wardLeader, unitID: Ward.root), by: admin, at: LedgerFixture.origin)
        return fixture
    }

    static func at(_ daysLater: Int) -> Date { LedgerFixture.morning(of: day.adding(days: daysLater)) }

    func oversightEvents(_ fixture: LedgerFixture) throws -> [String] {
        try fixture.rawQueue().read { db in
            try String.fetchAll(db, sql: "SELECT kind FROM event WHERE proposal_id IS NULL AND kind IN (\(OversightChange.kinds.map { "'\($0)'" }.joined(separator: ","))) ORDER BY seq")
        }
    }

    @Test func everyRecordIsAnEventAndARowAndTheRoundTripHolds() throws {
        let fixture = try Self.fixture()
        let ledger = fixture.ledger
        try ledger.addLegalText(LegalTextDraft(id: "qd-12-2026", number: "12/QĐ-UBND", issuedOn: Self.day, issuer: "UBND phường",
                                               title: "Quy chế tiếp nhận đề xuất", summaryVI: "Quy chế nội bộ.", required: true),
                                by: Actor(login: Ward.admin), at: Self.at(0))
        try ledger.recordBriefing(BriefingDraft(day: Self.day, unitID: Ward.office, presenter: "Đỗ Minh Tuấn",
                                                textIDs: ["nd-73-2023", "qd-12-2026"], attendees: [Ward.staff, Ward.clerk]),
                                  by: Actor(login: Ward.head), at: Self.at(0))
        try ledger.acknowledge("nd-73-2023", by: Actor(login: Ward.staff), at: Self.at(1))
        try ledger.recordInspection(InspectionDraft(unitID: Ward.office, day: Self.day, scope: "Phạm vi", findings: "Kết quả",
                                                    recommendations: [.init(text: "Kiến nghị", due: Self.day.adding(days: 10))]),
                                    by: Actor(login: Self.inspector), at: Self.at(0))
        try ledger.followUp(inspection: "KT-2025-001", recommendation: 1, status: .inProgress, note: "Đang làm",
                            by: Actor(login: Ward.head), at: Self.at(2))
        try ledger.fileDifficulty(unitID: Ward.office, category: .funding, text: "Thiếu kinh phí", by: Actor(login: Ward.clerk), at: Self.at(2))
        try ledger.escalateDifficulty("VM-2025-001", due: Self.day.adding(days: 9), note: "Chuyển UBND", by: Actor(login: Self.inspector), at: Self.at(3))
        try ledger.resolveDifficulty("VM-2025-001", text: "Bố trí kinh phí", by: Actor(login: Ward.chair), at: Self.at(4))

        #expect(try oversightEvents(fixture) == ["legal_text_added", "briefing_recorded", "text_acknowledged", "inspection_recorded",
                                                 "recommendation_followed_up", "difficulty_filed", "difficulty_escalated",
                                                 "difficulty_resolved"])
        // A second session reads back exactly what was written.
        let records = try fixture.openAgain().oversightRecords()
        #expect(records.library.map(\.id).contains("qd-12-2026"))
        #expect(records.briefings["QT-2025-001"]?.attendees == [Ward.staff, Ward.clerk])
        #expect(records.acknowledgements[OversightRecords.key(Ward.staff, "nd-73-2023")]?.day == Self.day.adding(days: 1))
        #expect(records.inspections["KT-2025-001"]?.recommendations.first?.status == .inProgress)
        #expect(records.difficulties["VM-2025-001"]?.status == .resolved)
        #expect(records.difficulties["VM-2025-001"]?.routedTo == Ward.office)
        // The replay of the events gives the same records.
        let report = try ledger.verify()
        #expect(report.ok, "\(report.problems)")
    }

    @Test func aRefusalWritesNothing() throws {
        let fixture = try Self.fixture()
        let before = try fixture.eventCount()
        #expect(throws: OversightRefusal.self) {
            try fixture.ledger.recordInspection(InspectionDraft(unitID: Ward.office, day: Self.day, scope: "x", findings: "y", recommendations: []),
                                                by: Actor(login: Ward.staff), at: Self.at(0))
        }
        #expect(throws: OversightRefusal.self) {
            try fixture.ledger.acknowledge("nd-73-2023", officer: Ward.staff2, by: Actor(login: Ward.staff), at: Self.at(0))
        }
        #expect(try fixture.eventCount() == before)
        #expect(try fixture.ledger.oversightRecords() == OversightRecords())
    }

    @Test func theRulesAreCheckedInsideTheWriteTransaction() throws {
        let fixture = try Self.fixture()
        // Two sessions saw the report "filed"; the first escalates it, the second's answer is refused.
        try fixture.ledger.fileDifficulty(unitID: Ward.office, category: .legal, text: "a", by: Actor(login: Ward.head), at: Self.at(0))
        let other = try fixture.openAgain()
        #expect(try other.oversightRecords().difficulties["VM-2025-001"]?.status == .filed)
        try fixture.ledger.escalateDifficulty("VM-2025-001", due: Self.day.adding(days: 5), note: "n", by: Actor(login: Self.inspector), at: Self.at(1))
        #expect(throws: OversightRefusal(.difficultyStatus, detail: DifficultyStatus.escalated.label)) {
            try other.answerDifficulty("VM-2025-001", text: "t", by: Actor(login: Self.inspector), at: Self.at(1))
        }
        try fixture.ledger.acknowledge("nd-73-2023", by: Actor(login: Ward.staff), at: Self.at(1))
        #expect(throws: OversightRefusal.self) { try other.acknowledge("nd-73-2023", by: Actor(login: Ward.staff), at: Self.at(1)) }
        #expect(try fixture.ledger.verify().ok)
    }

    @Test func verifyNamesADoctoredProjectionRow() throws {
        let fixture = try Self.fixture()
        try fixture.ledger.fileDifficulty(unitID: Ward.office, category: .legal, text: "Vướng căn cứ", by: Actor(login: Ward.head), at: Self.at(0))
        try fixture.ledger.acknowledge("nd-73-2023", by: Actor(login: Ward.staff), at: Self.at(0))
        #expect(try fixture.ledger.verify().ok)
        // A status changed without its event.
        try fixture.rawQueue().write { db in try db.execute(sql: "UPDATE difficulty SET status = 'resolved' WHERE id = 'VM-2025-001'") }
        #expect(try fixture.ledger.verify().problems == [.oversightDisagrees(table: "difficulty", key: "VM-2025-001")])
        // An acknowledgement added without its event.
        try fixture.rawQueue().write { db in
            try db.execute(sql: "UPDATE difficulty SET status = 'filed' WHERE id = 'VM-2025-001'")
            try db.execute(sql: "INSERT INTO acknowledgement (login, text_id, day, statement) VALUES (?, 'nd-172-2025', '2025-03-03', 'x')",
                           arguments: [Ward.staff2])
        }
        #expect(try fixture.ledger.verify().problems == [.oversightDisagrees(table: "acknowledgement", key: "\(Ward.staff2)|nd-172-2025")])
        // A row deleted.
        try fixture.rawQueue().write { db in
            try db.execute(sql: "DELETE FROM acknowledgement")
        }
        #expect(try fixture.ledger.verify().problems == [.oversightDisagrees(table: "acknowledgement", key: "\(Ward.staff)|nd-73-2023")])
    }

    @Test func summaryCountsThePeriodAndTheOverdue() throws {
        let fixture = try Self.fixture()
        let ledger = fixture.ledger
        try ledger.recordBriefing(BriefingDraft(day: Self.day, unitID: Ward.office, presenter: "A", textIDs: ["nd-73-2023"], attendees: [Ward.staff]),
                                  by: Actor(login: Ward.clerk), at: Self.at(0))
        try ledger.recordInspection(InspectionDraft(unitID: Ward.office, day: Self.day, scope: "s", findings: "f",
                                                    recommendations: [.init(text: "r1", due: Self.day.adding(days: 5)),
                                                                      .init(text: "r2", due: Self.day.adding(days: 50))]),
                                    by: Actor(login: Self.inspector), at: Self.at(0))
        try ledger.fileDifficulty(unitID: Ward.office, category: .legal, text: "a", by: Actor(login: Ward.head), at: Self.at(0))
        try ledger.escalateDifficulty("VM-2025-001", due: Self.day.adding(days: 3), note: "n", by: Actor(login: Self.inspector), at: Self.at(1))
        try ledger.fileDifficulty(unitID: Ward.office, category: .other, text: "b", by: Actor(login: Ward.head), at: Self.at(1))
        for login in [Ward.staff, Ward.staff2] {
            for text in LegalLibrary.builtIn.map(\.id) { try ledger.acknowledge(text, by: Actor(login: login), at: Self.at(1)) }
        }
        let today = Self.day.adding(days: 10)
        let summary = try ledger.oversightSummary(from: Self.day, to: Self.day.adding(days: 30), today: today)
        #expect(summary.briefings.map(\.id) == ["QT-2025-001"])
        #expect(summary.openRecommendations.count == 2)
        #expect(summary.overdueRecommendations.map(\.number) == [1])
        #expect(summary.overdueRecommendations.first?.daysOverdue == 5)
        #expect(summary.overdueEscalations.map(\.id) == ["VM-2025-001"])
        #expect(summary.difficultiesByStatus.first { $0.status == .filed }?.count == 1)
        #expect(summary.difficultiesByStatus.first { $0.status == .escalated }?.count == 1)
        // 2 of the 9 officers acknowledged all 6 texts: 12 of 54.
        #expect(summary.coverage.acknowledged == 12)
        #expect(summary.coverage.expected == 9 * 6)
        #expect(summary.coverage.percent == 22)
        #expect(summary.coverage.units.first { $0.unitID == Ward.office }?.complete == 2)
        // A period before any record holds nothing of it, but what is overdue today still shows.
        let earlier = try ledger.oversightSummary(from: Self.day.adding(days: -60), to: Self.day.adding(days: -1), today: today)
        #expect(earlier.briefings.isEmpty && earlier.inspections.isEmpty)
        #expect(earlier.coverage.acknowledged == 0)
        #expect(earlier.overdueRecommendations.count == 1)
    }

    @Test func theDemoHasEveryStatusAndStaysVerifiable() throws {
        let fixture = try LedgerFixture(ward: false)
        let now = LedgerFixture.origin
        let org = DemoWard.organization()
        let admin = try #require(org.grants.first { $0.role == .admin }?.login)
        try fixture.ledger.importDemo(organization: org, administrator: admin, at: now) { sink in
            try DemoGenerator(proposals: 5, seed: 7, now: now).generate(sink)
        }
        let records = try fixture.ledger.oversightRecords()
        #expect(Set(records.difficulties.values.map(\.status)) == Set(DifficultyStatus.allCases))
        let today = Day.inVietnam(now)
        #expect(records.inspections.values.contains { !$0.overdue(today: today).isEmpty })
        #expect(records.difficulties.values.contains { $0.isOverdue(today: today) })
        let coverage = Coverage.compute(records: records, organization: org)
        #expect(coverage.percent > 0 && coverage.percent < 100)
        #expect(coverage.units.contains { $0.percent == 100 } && coverage.units.contains { $0.percent == 0 })
        #expect(try fixture.ledger.verify().ok)
        // Deterministic: the same instant gives the same records.
        let again = try LedgerFixture(ward: false)
        try again.ledger.importDemo(organization: org, administrator: admin, at: now) { sink in
            try DemoGenerator(proposals: 5, seed: 7, now: now).generate(sink)
        }
        #expect(try again.ledger.oversightRecords() == records)
    }

    @Test func anOldDatabaseUpgradesToTheOversightTables() throws {
        let fixture = try LedgerFixture(ward: false)
        // Make a v1-only file, as a build before this one left it.
        let directory = LedgerFixture.temporaryDirectory()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("old.sqlite").path
        let queue = try DatabaseQueue(path: path)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: Schema.v1)
        try migrator.migrate(queue)
        try queue.close()
        _ = fixture
        let ledger = try Ledger.open(path: path)
        #expect(try ledger.oversightRecords() == OversightRecords())
        let applied = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied.contains("v2-oversight"))
    }
}
