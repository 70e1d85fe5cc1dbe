import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Schema v3-statistics: `proposal_fact`, the small per-proposal row the dashboard and the
/// report count, kept by triggers on `proposal`. It must say what the proposal's body says
/// after every kind of write, be built for an old database, be checked by `verify`, and be
/// read by one range of its primary key.
@Suite("Statistics facts table")
struct StatisticsFactsTests {
    static let year2025 = Period(kind: .year, year: 2025) ?? Period(kind: .year, containing: Day(julianDayNumber: 2_460_677))

    /// 09:00 in Vietnam, `days` calendar days after the fixture's Monday 3 March 2025.
    static func at(_ days: Int) -> Date {
        LedgerFixture.morning(of: Day.inVietnam(LedgerFixture.origin).adding(days: days))
    }

    /// The facts row of every proposal equals the facts of its whole body, and nothing disagrees.
    static func expectFactsAgree(_ ledger: Ledger, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let proposals = try ledger.allProposals()
        let facts = Dictionary(uniqueKeysWithValues: try ledger.facts(for: year2025).map { ($0.id, $0) })
        #expect(facts.count == proposals.count, "\(label): one facts row per proposal", sourceLocation: sourceLocation)
        for p in proposals {
            #expect(facts[p.id] == ProposalFacts(p), "\(label): facts of \(p.id) in state \(p.state)", sourceLocation: sourceLocation)
        }
        #expect(try ledger.factDisagreements() == [], "\(label)", sourceLocation: sourceLocation)
    }

    @Test func factsFollowTheBodyThroughEveryKindOfTransition() throws {
        let fixture = try LedgerFixture()
        let ledger = fixture.ledger
        let staff = Actor(login: Ward.staff), clerk = Actor(login: Ward.clerk), head = Actor(login: Ward.head)
        let deputy = Actor(login: Ward.deputy), liaison = Actor(login: Ward.liaison)
        var states = Set<ProposalState>()
        func step(_ action: Action, on id: String, by actor: Actor, day: Int) throws {
            let p = try ledger.perform(action, on: id, by: actor, at: Self.at(day))
            states.insert(p.state)
            try Self.expectFactsAgree(ledger, "after \(action.kind) → \(p.state)")
        }
        let checks = ChecklistTemplate.standardItems.map { ChecklistAnswer(itemID: $0.id, verdict: .met, comment: "") }
        func vote(_ id: String, day: Int, inFavour: Bool = true) throws {
            try step(.partyOpinion(stance: .agree, text: "Đồng ý chủ trương", committee: "Đảng ủy phường"), on: id, by: liaison, day: day)
            for member in [head, deputy] {
                try step(.checklist(answers: checks), on: id, by: member, day: day + 1)
                try step(.ballot(inFavour: inFavour, comment: ""), on: id, by: member, day: day + 1)
            }
        }

        // A: drafted, edited, submitted, received, returned, resubmitted, voted, approved,
        // resourced, suspended, resumed, reported, evaluated, concluded, rewarded, closed.
        let a = try fixture.draft("Một")
        states.insert(a.state)
        try Self.expectFactsAgree(ledger, "after create")
        try step(.editDraft(dossier: LedgerFixture.completeDossier(title: "Một, sửa")), on: a.id, by: staff, day: 0)
        try step(.submit, on: a.id, by: staff, day: 1)
        try step(.receive(receiptNumber: ""), on: a.id, by: clerk, day: 1)
        try step(.returnForCompletion(reasons: "Thiếu kinh phí dự kiến."), on: a.id, by: head, day: 2)
        try step(.submit, on: a.id, by: staff, day: 3)
        try step(.receive(receiptNumber: ""), on: a.id, by: clerk, day: 3)
        try vote(a.id, day: 4)
        try step(.decide(kind: .approve, number: "12/QĐ-VHXH", reasons: "Tập thể thống nhất", responsibilityStatement: ""),
                 on: a.id, by: head, day: 7)
        try step(.resource(fundingVND: 15_000_000, staff: "2 chuyên viên", equipment: "1 máy quét", reassignment: "", noneNeededReason: ""),
                 on: a.id, by: head, day: 8)
        try step(.progress(percent: 40, note: "Đã quét một nửa"), on: a.id, by: staff, day: 30)
        try step(.directive(kind: .suspend, reason: "Chờ kinh phí bổ sung"), on: a.id, by: head, day: 40)
        try step(.directive(kind: .resume, reason: "Đã có kinh phí"), on: a.id, by: head, day: 50)
        try step(.report(summary: "Đã số hóa toàn bộ", results: [TargetResult(target: 0, achieved: true, result: "4 phút")]),
                 on: a.id, by: staff, day: 120)
        try step(.partyOpinion(stance: .agree, text: "Đồng ý đánh giá", committee: "Đảng ủy phường"), on: a.id, by: liaison, day: 121)
        let findings = FindingKind.allCases.map { Finding(kind: $0, holds: true, reason: "Có căn cứ") }
        let evaluation = EvaluationForm(outcome: .completed, findings: findings, objectiveCauses: "Thuận lợi",
                                        subjectiveCauses: "Tận tâm", results: [TargetResult(target: 0, achieved: true, result: "4 phút")])
        for member in [head, deputy] {
            try step(.memberEvaluation(form: evaluation), on: a.id, by: member, day: 122)
        }
        try step(.evaluate(form: evaluation), on: a.id, by: head, day: 122)
        try step(.conclude(number: "3/TB-VHXH", text: "Đề xuất hoàn thành."), on: a.id, by: head, day: 123)
        try step(.measure(kind: .praise, decisionNumber: "20/QĐ-UBND", day: Day.inVietnam(Self.at(124)),
                          decidedBy: "Chủ tịch UBND phường", reason: "Hoàn thành tốt"), on: a.id, by: head, day: 124)
        try step(.measure(kind: .notLiable, decisionNumber: "21/QĐ-UBND", day: Day.inVietnam(Self.at(124)),
                          decidedBy: "Chủ tịch UBND phường", reason: "Không có thiệt hại"), on: a.id, by: head, day: 124)
        try step(.close, on: a.id, by: head, day: 125)

        // B: approved, then terminated, and reported after the termination.
        let b = try fixture.received("Hai", at: Self.at(10))
        try vote(b.id, day: 11)
        try step(.decide(kind: .approve, number: "13/QĐ-VHXH", reasons: "Tập thể thống nhất", responsibilityStatement: ""),
                 on: b.id, by: head, day: 14)
        try step(.resource(fundingVND: 0, staff: "", equipment: "", reassignment: "", noneNeededReason: "Dùng thiết bị sẵn có"),
                 on: b.id, by: head, day: 15)
        try step(.directive(kind: .terminate, reason: "Không còn phù hợp"), on: b.id, by: head, day: 20)
        try step(.report(summary: "Dừng giữa chừng", results: [TargetResult(target: 0, achieved: false, result: "—")]),
                 on: b.id, by: staff, day: 25)

        // C: rejected; D: out of scope; E: withdrawn.
        let c = try fixture.received("Ba", at: Self.at(30))
        try vote(c.id, day: 31, inFavour: false)
        try step(.decide(kind: .reject, number: "14/QĐ-VHXH", reasons: "Chưa khả thi", responsibilityStatement: ""),
                 on: c.id, by: head, day: 34)
        let d = try fixture.received("Bốn", at: Self.at(35))
        try step(.outOfScope(ground: OutOfScopeGround.allCases[0], reasons: "Không thuộc phạm vi.", channel: "Góp ý thường xuyên"),
                 on: d.id, by: head, day: 36)
        let e = try fixture.received("Năm", at: Self.at(37))
        try step(.returnForCompletion(reasons: "Thiếu mục tiêu."), on: e.id, by: head, day: 37)
        try step(.withdraw(reason: "Không còn cần."), on: e.id, by: staff, day: 38)

        // F: the chair's own proposal, forwarded to the province (§7.6) and answered. The
        // fixture has no clerk in the People's Committee: the administrator grants one.
        try ledger.grant(RoleGrant(login: Ward.liaison, role: .clerk, unitID: Ward.root), by: Actor(login: Ward.admin), at: Self.at(39))
        let wardClerk = Actor(login: Ward.liaison)
        let f = try fixture.submitted("Sáu", by: Ward.chair, at: Self.at(40))
        try step(.receive(receiptNumber: ""), on: f.id, by: wardClerk, day: 40)
        try step(.forward(letterNumber: "215/UBND-VP", letterDay: Day.inVietnam(Self.at(41))), on: f.id, by: wardClerk, day: 41)
        try step(.recordOutcome(decisionNumber: "1234/QĐ-UBND", decisionDay: Day.inVietnam(Self.at(60)), result: .approved,
                                reasons: "Phù hợp chủ trương"), on: f.id, by: wardClerk, day: 61)

        #expect(states == Set(ProposalState.allCases), "missing \(Set(ProposalState.allCases).subtracting(states))")
        // The facts of the finished proposal carry every step the figures count.
        let finished = try #require(try ledger.facts(for: Self.year2025).first { $0.id == a.id })
        #expect(finished.lastReturn != nil && finished.decision != nil && finished.report != nil)
        #expect(finished.conclusion != nil && finished.measures == [.praise, .notLiable] && finished.consequence != nil)
        #expect(try ledger.facts(for: Self.year2025).first { $0.id == b.id }?.terminated != nil)
        #expect(try ledger.verify().ok)
    }

    @Test func aDemoImportWritesItsFactsToo() throws {
        let demo = try SpeedTests.DemoFile(proposals: 120)
        #expect(try demo.ledger.factDisagreements() == [])
        let rows = try demo.raw().read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal_fact") }
        #expect(rows == 120)
    }

    @Test func anOldDatabaseUpgradesAndGetsItsFacts() throws {
        let demo = try SpeedTests.DemoFile(proposals: 90)
        let period = Period(kind: .year, containing: Day.inVietnam(SpeedTests.DemoFile.now))
        let today = Day.inVietnam(SpeedTests.DemoFile.now)
        let before = try demo.ledger.statistics(for: period, today: today, listLimit: 1_000)
        // Back to v2: no facts table, no triggers, v3-statistics not applied (and v8-body-packing
        // undone first: v3-statistics reads the body column).
        try demo.raw().undoingBodyPacking(then: """
            DROP TRIGGER proposal_fact_insert; DROP TRIGGER proposal_fact_update; DROP TRIGGER proposal_fact_delete;
            DROP TABLE proposal_fact;
            DELETE FROM grdb_migrations WHERE identifier = 'v3-statistics';
            """)
        let reopened = try Ledger.open(path: demo.path)
        #expect(try reopened.factDisagreements() == [])
        let rows = try demo.raw().read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal_fact") }
        #expect(rows == 90)
        let after = try reopened.statistics(for: period, today: today, listLimit: 1_000)
        #expect(after.total == before.total && after.total > 0)
        #expect(after.byState == before.byState)
        #expect(after.steps == before.steps)
        #expect(after.unitTiming == before.unitTiming)
        #expect(after.held == before.held)
        #expect(after.overdue == before.overdue)
    }

    @Test func verifyCatchesADoctoredMissingOrStrayFactsRow() throws {
        let demo = try SpeedTests.DemoFile(proposals: 60)
        #expect(try demo.ledger.verify().ok)
        let (seq, id) = try demo.raw().read { db -> (Int64, String) in
            let row = try #require(try Row.fetchOne(db, sql: "SELECT seq, id FROM proposal_fact WHERE decision IS NOT NULL ORDER BY seq LIMIT 1"))
            return (row["seq"], row["id"])
        }
        // A decision day moved by one day: the on-time rate would change silently.
        try demo.raw().write { db in try db.execute(sql: "UPDATE proposal_fact SET decision = decision + 1 WHERE seq = ?", arguments: [seq]) }
        #expect(try demo.ledger.factDisagreements() == [id])
        var report = try demo.ledger.verify()
        #expect(report.problems.contains(.stateDisagrees(proposalID: id)))
        // Removed: the proposal would drop out of every figure.
        try demo.raw().write { db in try db.execute(sql: "DELETE FROM proposal_fact WHERE seq = ?", arguments: [seq]) }
        #expect(try demo.ledger.factDisagreements() == [id])
        // Put back by touching the proposal row (the triggers recompute it)…
        try demo.raw().write { db in try db.execute(sql: "UPDATE proposal_body SET body = body WHERE seq = ?", arguments: [seq]) }
        #expect(try demo.ledger.factDisagreements() == [])
        #expect(try demo.ledger.verify().ok)
        // …and a stray row, copied onto another day, is named too.
        try demo.raw().write { db in
            try db.execute(sql: "INSERT INTO proposal_fact SELECT created_day + 400, seq, id, state, awaiting_receipt, field, unit_id, "
                + "reviewing_unit_id, proposer, last_change, receipt, last_return, decision, decision_kind, out_of_scope, resourced, "
                + "planned_end, terminated, suspension_reason, report, evaluation, outcome, damage, abuse, findings, conclusion, "
                + "measures, opinion_before_approval, opinion_before_evaluation, ballots, opinion_before_approval_day, "
                + "resourced_day, closed, forwarded FROM proposal_fact WHERE seq = ?",
                arguments: [seq])
        }
        #expect(try demo.ledger.factDisagreements() == [id])
        report = try demo.ledger.verify()
        #expect(report.problems == [.stateDisagrees(proposalID: id)])
    }

    @Test func aPeriodIsOneRangeOfThePrimaryKey() throws {
        let demo = try SpeedTests.DemoFile(proposals: 30)
        let q1 = Period(kind: .quarter, containing: Day.inVietnam(SpeedTests.DemoFile.now))
        try demo.raw().read { db in
            func plan(_ sql: String) throws -> String {
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: Ledger.periodDays(q1))
                    .map { $0["detail"] as String }.joined(separator: "\n")
            }
            let figures = try plan(Ledger.periodFactsSQL)
            #expect(figures.contains("SEARCH f USING PRIMARY KEY (created_day>? AND created_day<?)"), "\(figures)")
            #expect(!figures.contains("SCAN"), "\(figures)")
            #expect(!figures.contains("proposal "), "the figures never read the proposal rows: \(figures)")
            let listing = try plan("SELECT p.id FROM proposal p WHERE \(Ledger.inPeriod) ORDER BY p.seq")
            #expect(listing.contains("USING PRIMARY KEY (created_day>? AND created_day<?)"), "\(listing)")
            #expect(listing.contains("SEARCH p USING INTEGER PRIMARY KEY"), "\(listing)")
        }
        // A quarter reads its own days, not its year's.
        let facts = try demo.ledger.facts(for: q1)
        #expect(!facts.isEmpty && facts.allSatisfy { q1.contains($0.created) })
    }
}
