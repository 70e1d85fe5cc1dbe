import Foundation
import Testing
@testable import Procedure

/// Points 1 and 4 of the letter: the permission table and every rule of `OversightRule`,
/// each by a case that the rule alone refuses.
@Suite struct OversightRuleTests {
    static let today = Fx.day(2026, 3, 10)
    var records = OversightRecords()

    func actor(_ login: String) -> Actor { Actor(login: login) }

    func refusal(_ body: () throws -> Any) -> OversightRule? {
        do {
            _ = try body()
            return nil
        } catch let refusal as OversightRefusal {
            return refusal.rule
        } catch {
            return nil
        }
    }

    /// Records with one briefing, an inspection of KT and a difficulty of KT, as recorded.
    func seeded() throws -> OversightRecords {
        var r = OversightRecords()
        r.apply(try Oversight.recordInspection(InspectionDraft(unitID: "KT", day: Self.today, scope: "s", findings: "f",
                                                               recommendations: [.init(text: "r", due: Self.today.adding(days: 5))]),
                                               by: actor(Fx.inspector), in: Fx.org, records: r, today: Self.today))
        r.apply(try Oversight.fileDifficulty(unitID: "KT", category: .funding, text: "thiếu", by: actor(Fx.ktHead), in: Fx.org,
                                             records: r, today: Self.today))
        return r
    }

    // MARK: - The table

    @Test func everyRuleSpeaksBothLanguagesAndNamesItsPointOfTheLetter() {
        for rule in OversightRule.allCases {
            #expect(!rule.message.vi.isEmpty && !rule.message.en.isEmpty && rule.message.vi != rule.message.en, "\(rule)")
            #expect(rule.basis.vi.contains("Công văn số 432/UBND-VHXH") && rule.basis.en.contains("Letter 432"), "\(rule)")
            #expect(rule.rawValue.hasPrefix("oversight."))
        }
        #expect(Set(OversightRule.allCases.map(\.rawValue)).count == OversightRule.allCases.count)
    }

    @Test func everyActionHasExactlyOneRow() {
        for action in OversightAction.allCases {
            #expect(OversightPermissions.table.filter { $0.action == action }.count == 1, "\(action)")
            #expect(!OversightPermissions.permission(for: action).parties.isEmpty)
        }
    }

    static let matrix: [(OversightAction, String, String?, Bool)] = [
        (.addText, Fx.admin, nil, true), (.addText, Fx.head, nil, false), (.addText, Fx.inspector, nil, false),
        (.recordBriefing, Fx.head, "VHXH", true), (.recordBriefing, Fx.deputy1, "VHXH", true), (.recordBriefing, Fx.clerk, "VHXH", true),
        (.recordBriefing, Fx.inspector, "KT", true), (.recordBriefing, Fx.staff, "VHXH", false), (.recordBriefing, Fx.ktHead, "VHXH", false),
        (.recordInspection, Fx.inspector, "KT", true), (.recordInspection, Fx.head, "KT", false), (.recordInspection, Fx.ktHead, "KT", false),
        (.followUp, Fx.inspector, "KT", true), (.followUp, Fx.ktHead, "KT", true), (.followUp, Fx.ktDeputy, "KT", true),
        (.followUp, Fx.ktClerk, "KT", false), (.followUp, Fx.ktStaff, "KT", false), (.followUp, Fx.head, "KT", false),
        (.fileDifficulty, Fx.ktHead, "KT", true), (.fileDifficulty, Fx.ktClerk, "KT", true), (.fileDifficulty, Fx.ktStaff, "KT", false),
        (.fileDifficulty, Fx.inspector, "KT", false), (.fileDifficulty, Fx.head, "KT", false),
        (.answerDifficulty, Fx.inspector, "KT", true), (.answerDifficulty, Fx.chair, "KT", false), (.answerDifficulty, Fx.ktHead, "KT", false),
        (.escalateDifficulty, Fx.inspector, "KT", true), (.escalateDifficulty, Fx.head, "KT", false),
        (.resolveDifficulty, Fx.chair, "KT", true), (.resolveDifficulty, Fx.viceChair1, "KT", true), (.resolveDifficulty, Fx.inspector, "KT", false),
        (.viewAllUnits, Fx.inspector, nil, true), (.viewAllUnits, Fx.chair, nil, true), (.viewAllUnits, Fx.admin, nil, true),
        (.viewAllUnits, Fx.staff, nil, false), (.viewAllUnits, Fx.ktHead, nil, false),
    ]

    @Test(arguments: 0..<matrix.count) func whoMayDoWhat(_ index: Int) {
        let (action, login, unit, allowed) = Self.matrix[index]
        let refusal = OversightPermissions.check(action, by: actor(login), unitID: unit, in: Fx.org)
        #expect((refusal == nil) == allowed, "\(action) by \(login) in \(unit ?? "-"): \(refusal?.message(.vi) ?? "allowed")")
        if let refusal {
            #expect(refusal.rule == .roleRequired)
            // The refusal names the point of the letter of the action, and who may act.
            #expect(refusal.basis.vi.contains(action == .addText || action == .recordBriefing ? "điểm 1" : "điểm 4"))
            #expect(refusal.message(.en).contains(action.label.en))
        }
    }

    @Test func theCultureSocietyOfficeIsWhereTheInspectorsAre() {
        #expect(OversightPermissions.cultureSocietyOffice(in: Fx.org) == "VHXH")
    }

    // MARK: - One test per rule

    @Test func unknownOfficer() {
        #expect(refusal { try Oversight.acknowledge("nd-73-2023", by: actor("ai.do"), in: Fx.org, records: records, today: Self.today) } == .unknownOfficer)
    }

    @Test func acknowledgementIsTheOfficersOwn() throws {
        #expect(refusal { try Oversight.acknowledge("nd-73-2023", officer: Fx.staff, by: actor(Fx.head), in: Fx.org, records: records, today: Self.today) } == .selfOnly)
        #expect(refusal { try Oversight.acknowledge("nd-73-2023", by: Actor(login: Fx.clerk, onBehalfOf: Fx.staff), in: Fx.org, records: records, today: Self.today) } == .selfOnly)
        let change = try Oversight.acknowledge("nd-73-2023", officer: Fx.staff, by: actor(Fx.staff), in: Fx.org, records: records, today: Self.today)
        #expect(change == .textAcknowledged(acknowledgement: Acknowledgement(login: Fx.staff, textID: "nd-73-2023", day: Self.today,
                                                                              statement: "Tôi đã đọc và nắm được nội dung")))
    }

    @Test func alreadyAcknowledged() throws {
        var r = records
        r.apply(try Oversight.acknowledge("nd-73-2023", by: actor(Fx.staff), in: Fx.org, records: r, today: Self.today))
        #expect(refusal { try Oversight.acknowledge("nd-73-2023", by: actor(Fx.staff), in: Fx.org, records: r, today: Self.today) } == .alreadyAcknowledged)
        // Another text, or another officer, is still open.
        #expect(refusal { try Oversight.acknowledge("nd-172-2025", by: actor(Fx.staff), in: Fx.org, records: r, today: Self.today) } == nil)
        #expect(refusal { try Oversight.acknowledge("nd-73-2023", by: actor(Fx.clerk), in: Fx.org, records: r, today: Self.today) } == nil)
    }

    @Test func unknownText() {
        #expect(refusal { try Oversight.acknowledge("nd-999", by: actor(Fx.staff), in: Fx.org, records: records, today: Self.today) } == .unknownText)
        let draft = BriefingDraft(day: Self.today, unitID: "VHXH", presenter: "A", textIDs: ["nd-999"], attendees: [Fx.staff])
        #expect(refusal { try Oversight.recordBriefing(draft, by: actor(Fx.head), in: Fx.org, records: records, today: Self.today) } == .unknownText)
    }

    @Test func textIdAndDuplicates() throws {
        func draft(_ id: String) -> LegalTextDraft {
            LegalTextDraft(id: id, number: "1/QĐ", issuedOn: Self.today, issuer: "UBND", title: "T", summaryVI: "S")
        }
        #expect(refusal { try Oversight.addText(draft("nd-73-2023"), by: actor(Fx.admin), in: Fx.org, records: records) } == .textExists)
        #expect(refusal { try Oversight.addText(draft("NĐ 73"), by: actor(Fx.admin), in: Fx.org, records: records) } == .textID)
        #expect(refusal { try Oversight.addText(draft("ab"), by: actor(Fx.admin), in: Fx.org, records: records) } == .textID)
        var r = records
        r.apply(try Oversight.addText(draft("qd-1-2026"), by: actor(Fx.admin), in: Fx.org, records: r))
        #expect(r.library.last?.id == "qd-1-2026" && r.library.last?.builtIn == false)
        #expect(refusal { try Oversight.addText(draft("qd-1-2026"), by: actor(Fx.admin), in: Fx.org, records: r) } == .textExists)
    }

    @Test func unknownUnit() {
        let draft = BriefingDraft(day: Self.today, unitID: "ZZ", presenter: "A", textIDs: ["nd-73-2023"], attendees: [Fx.staff])
        #expect(refusal { try Oversight.recordBriefing(draft, by: actor(Fx.inspector), in: Fx.org, records: records, today: Self.today) } == .unknownUnit)
    }

    @Test func requiredFields() {
        let briefing = BriefingDraft(day: Self.today, unitID: "VHXH", presenter: "  ", textIDs: ["nd-73-2023"], attendees: [Fx.staff])
        #expect(refusal { try Oversight.recordBriefing(briefing, by: actor(Fx.head), in: Fx.org, records: records, today: Self.today) } == .fieldRequired)
        let inspection = InspectionDraft(unitID: "KT", day: Self.today, scope: "\n ", findings: "f", recommendations: [])
        #expect(refusal { try Oversight.recordInspection(inspection, by: actor(Fx.inspector), in: Fx.org, records: records, today: Self.today) } == .fieldRequired)
        #expect(refusal { try Oversight.fileDifficulty(unitID: "KT", category: .other, text: "", by: actor(Fx.ktHead), in: Fx.org, records: records, today: Self.today) } == .fieldRequired)
    }

    @Test func noDateAfterToday() {
        let briefing = BriefingDraft(day: Self.today.adding(days: 1), unitID: "VHXH", presenter: "A", textIDs: ["nd-73-2023"], attendees: [Fx.staff])
        #expect(refusal { try Oversight.recordBriefing(briefing, by: actor(Fx.head), in: Fx.org, records: records, today: Self.today) } == .futureDate)
        let inspection = InspectionDraft(unitID: "KT", day: Self.today.adding(days: 1), scope: "s", findings: "f", recommendations: [])
        #expect(refusal { try Oversight.recordInspection(inspection, by: actor(Fx.inspector), in: Fx.org, records: records, today: Self.today) } == .futureDate)
    }

    @Test func aBriefingCoversTextsAndHasKnownAttendees() {
        func briefing(_ texts: [String], _ people: [String]) -> OversightRule? {
            refusal {
                try Oversight.recordBriefing(BriefingDraft(day: Self.today, unitID: "VHXH", presenter: "A", textIDs: texts, attendees: people),
                                             by: actor(Fx.head), in: Fx.org, records: records, today: Self.today)
            }
        }
        #expect(briefing([], [Fx.staff]) == .briefingTexts)
        #expect(briefing([" "], [Fx.staff]) == .briefingTexts)
        #expect(briefing(["nd-73-2023"], []) == .attendees)
        #expect(briefing(["nd-73-2023"], [Fx.staff, "ai.do"]) == .attendees)
        #expect(briefing(["nd-73-2023", "nd-73-2023"], [Fx.staff, Fx.staff]) == nil)
    }

    @Test func dueDatesComeAfterTheDay() throws {
        let late = InspectionDraft(unitID: "KT", day: Self.today, scope: "s", findings: "f",
                                   recommendations: [.init(text: "r", due: Self.today)])
        #expect(refusal { try Oversight.recordInspection(late, by: actor(Fx.inspector), in: Fx.org, records: records, today: Self.today) } == .dueDate)
        let r = try seeded()
        let id = try #require(r.difficulties.keys.first)
        #expect(refusal { try Oversight.escalateDifficulty(id, due: Self.today, note: "n", by: actor(Fx.inspector), in: Fx.org, records: r, today: Self.today) } == .dueDate)
        #expect(refusal { try Oversight.escalateDifficulty(id, due: Self.today.adding(days: 1), note: "n", by: actor(Fx.inspector), in: Fx.org, records: r, today: Self.today) } == nil)
    }

    @Test func unknownRecords() {
        #expect(refusal { try Oversight.followUp(inspection: "KT-2026-999", recommendation: 1, status: .done, note: "n", by: actor(Fx.inspector), in: Fx.org, records: records, today: Self.today) } == .unknownRecord)
        #expect(refusal { try Oversight.answerDifficulty("VM-2026-999", text: "t", by: actor(Fx.inspector), in: Fx.org, records: records, today: Self.today) } == .unknownRecord)
    }

    @Test func aDoneRecommendationTakesNoMoreFollowUp() throws {
        var r = try seeded()
        let id = try #require(r.inspections.keys.first)
        #expect(refusal { try Oversight.followUp(inspection: id, recommendation: 2, status: .done, note: "n", by: actor(Fx.inspector), in: Fx.org, records: r, today: Self.today) } == .unknownRecord)
        r.apply(try Oversight.followUp(inspection: id, recommendation: 1, status: .done, note: "xong", by: actor(Fx.ktHead), in: Fx.org, records: r, today: Self.today))
        #expect(r.inspections[id]?.isOpen == false)
        #expect(refusal { try Oversight.followUp(inspection: id, recommendation: 1, status: .inProgress, note: "lại", by: actor(Fx.inspector), in: Fx.org, records: r, today: Self.today) } == .recommendationClosed)
    }

    @Test func aDifficultyMovesFiledThenAnsweredOrEscalatedThenResolved() throws {
        var r = try seeded()
        let id = try #require(r.difficulties.keys.first)
        #expect(r.difficulties[id]?.routedTo == "VHXH")
        #expect(refusal { try Oversight.resolveDifficulty(id, text: "t", by: actor(Fx.chair), in: Fx.org, records: r, today: Self.today) } == .difficultyStatus)
        var answered = r
        answered.apply(try Oversight.answerDifficulty(id, text: "t", by: actor(Fx.inspector), in: Fx.org, records: r, today: Self.today))
        #expect(answered.difficulties[id]?.status == .answered)
        #expect(refusal { try Oversight.escalateDifficulty(id, due: Self.today.adding(days: 3), note: "n", by: actor(Fx.inspector), in: Fx.org, records: answered, today: Self.today) } == .difficultyStatus)
        r.apply(try Oversight.escalateDifficulty(id, due: Self.today.adding(days: 3), note: "n", by: actor(Fx.inspector), in: Fx.org, records: r, today: Self.today))
        #expect(refusal { try Oversight.answerDifficulty(id, text: "t", by: actor(Fx.inspector), in: Fx.org, records: r, today: Self.today) } == .difficultyStatus)
        #expect(r.difficulties[id]?.isOverdue(today: Self.today.adding(days: 3)) == false)
        #expect(r.difficulties[id]?.isOverdue(today: Self.today.adding(days: 4)) == true)
        r.apply(try Oversight.resolveDifficulty(id, text: "t", by: actor(Fx.viceChair1), in: Fx.org, records: r, today: Self.today))
        #expect(r.difficulties[id]?.status == .resolved)
        #expect(r.difficulties[id]?.isOverdue(today: Self.today.adding(days: 30)) == false)
    }

    @Test func controlCharactersAreRefusedAsInput() {
        do {
            _ = try Oversight.fileDifficulty(unitID: "KT", category: .other, text: "a\u{1B}[31m", by: actor(Fx.ktHead), in: Fx.org,
                                             records: records, today: Self.today)
            Issue.record("accepted an escape sequence")
        } catch let refusal as Refusal {
            #expect(refusal.rule == .controlCharacters)
        } catch {
            Issue.record("\(error)")
        }
    }

    // MARK: - Coverage, ids

    @Test func coverageCountsOwnAcknowledgementsAndRoundsDown() throws {
        var r = records
        for text in ["cv-432-ubnd-vhxh", "nq-57-nqtw", "luat-cbcc-2025", "nq-193-2025-qh15", "nd-73-2023", "nd-172-2025"] {
            r.apply(try Oversight.acknowledge(text, by: actor(Fx.staff), in: Fx.org, records: r, today: Self.today))
        }
        r.apply(try Oversight.acknowledge("nd-73-2023", by: actor(Fx.clerk), in: Fx.org, records: r, today: Self.today.adding(days: 1)))
        r.apply(try Oversight.recordBriefing(BriefingDraft(day: Self.today, unitID: "VHXH", presenter: "A", textIDs: ["nd-172-2025"],
                                                           attendees: [Fx.head]), by: actor(Fx.head), in: Fx.org, records: r, today: Self.today))
        let c = Coverage.compute(records: r, organization: Fx.org, unitIDs: ["VHXH"])
        let vhxh = try #require(c.units.first)
        #expect(vhxh.officers == 6 && vhxh.complete == 1 && vhxh.acknowledged == 7 && vhxh.expected == 36)
        #expect(vhxh.percent == 19)   // 7/36 = 19.4 %
        let decree = try #require(c.texts.first { $0.textID == "nd-73-2023" })
        #expect(decree.acknowledged == 2 && decree.percent == 33)   // 2/6 = 33.3 %
        #expect(!decree.missing.contains(Fx.staff) && decree.missing.contains(Fx.head))
        #expect(c.missing.first { $0.login == Fx.head }?.briefed == true)
        #expect(c.missing.first { $0.login == Fx.deputy1 }?.briefed == false)
        #expect(!c.missing.contains { $0.login == Fx.staff })
        // As of before the clerk's acknowledgement.
        let earlier = Coverage.compute(records: r, organization: Fx.org, asOf: Self.today, unitIDs: ["VHXH"])
        #expect(earlier.texts.first { $0.textID == "nd-73-2023" }?.acknowledged == 1)
        // 99.x % is not 100 %.
        #expect(Coverage.percent(199, of: 200) == 99)
        #expect(Coverage.percent(0, of: 0) == 100)
    }

    @Test func idsNumberWithinTheYear() {
        #expect(OversightID.next(prefix: "KT", year: 2026, existing: []) == "KT-2026-001")
        #expect(OversightID.next(prefix: "KT", year: 2026, existing: ["KT-2026-009", "KT-2025-031", "VM-2026-050"]) == "KT-2026-010")
        #expect(OversightID.next(prefix: "KT", year: 2026, existing: ["KT-2026-999"]) == "KT-2026-1000")
    }

    @Test func summaryOfAPeriod() throws {
        let r = try seeded()
        let s = OversightSummary.compute(records: r, organization: Fx.org, from: Self.today, to: Self.today.adding(days: 30),
                                         today: Self.today.adding(days: 6))
        #expect(s.inspections.count == 1 && s.openInspections.count == 1)
        #expect(s.overdueRecommendations.map(\.daysOverdue) == [1])
        #expect(s.difficultiesByStatus.map(\.status) == DifficultyStatus.allCases)
        #expect(s.difficultiesByStatus.first { $0.status == .filed }?.count == 1)
        #expect(s.openDifficulties.count == 1 && s.overdueEscalations.isEmpty)
    }
}
