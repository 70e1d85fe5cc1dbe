import Foundation
import Testing
@testable import Ledger
import Procedure

/// PROCEDURE.md §7.3 with §7.2 in the ledger: a member's own evaluation form is their own
/// record (another member's save never stales it); the collective evaluation is taken on
/// the latest forms; every form is an event that `verify` replays.
@Suite("Members' evaluation forms in the ledger")
struct MemberEvaluationLedgerTests {
    static let answers = ChecklistTemplate.standardItems.map { ChecklistAnswer(itemID: $0.id, verdict: .met) }
    static let day = Day(year: 2025, month: 10, day: 6).map { $0.startInVietnam.addingTimeInterval(9 * 3600) } ?? LedgerFixture.origin

    static func form(no: Set<FindingKind> = []) -> EvaluationForm {
        EvaluationForm(outcome: .completed, findings: FindingKind.allCases.map { Finding(kind: $0, holds: !no.contains($0), reason: "Theo hồ sơ") },
                       objectiveCauses: "Không có", subjectiveCauses: "Không có",
                       results: [TargetResult(target: 0, achieved: true, result: "4 phút")])
    }

    /// Reported, the Party opinion before evaluation recorded, on the fixture's ward of
    /// three deputies and the head (a collective of four, the proposer a staff officer).
    static func reported(_ fixture: LedgerFixture) throws -> Proposal {
        let ledger = fixture.ledger
        let id = try fixture.received().id
        let at = LedgerFixture.origin
        try ledger.perform(.partyOpinion(stance: .agree, text: "Đồng ý chủ trương", committee: "Đảng ủy phường"), on: id,
                           by: Actor(login: Ward.liaison), at: at)
        for member in try ledger.organization().collective(of: Ward.office).map(\.login) {
            try ledger.perform([.checklist(answers: answers), .ballot(inFavour: true, comment: "")], on: id, by: Actor(login: member), at: at)
        }
        let head = Actor(login: Ward.head)
        try ledger.perform(.decide(kind: .approve, number: "", reasons: "Đạt", responsibilityStatement: ""), on: id, by: head, at: at)
        try ledger.perform(.resource(fundingVND: 0, staff: "", equipment: "", reassignment: "", noneNeededReason: "Sẵn có"), on: id, by: head, at: at)
        try ledger.perform(.report(summary: "Đã xong", results: [TargetResult(target: 0, achieved: true, result: "4 phút")]), on: id,
                           by: Actor(login: Ward.staff), at: day)
        return try ledger.perform(.partyOpinion(stance: .agree, text: "Đồng ý đánh giá", committee: "Đảng ủy phường"), on: id,
                                  by: Actor(login: Ward.liaison), at: day)
    }

    static func ward() throws -> LedgerFixture {
        let fixture = try LedgerFixture()
        let admin = Actor(login: Ward.admin)
        for (i, login) in ["ntbich", "lvcuong"].enumerated() {
            try fixture.ledger.save(Officer(login: login, name: "Phó phòng \(i + 2)", unitID: Ward.office,
                                            position: "Phó Trưởng phòng", isManaging: true), by: admin, at: LedgerFixture.origin)
            try fixture.ledger.grant(RoleGrant(login: login, role: .deputy, unitID: Ward.office), by: admin, at: LedgerFixture.origin)
        }
        return fixture
    }

    func staleChanger(_ body: () throws -> Proposal) -> String? {
        do {
            _ = try body()
            return nil
        } catch LedgerError.stale(_, _, _, let changedBy) {
            return changedBy
        } catch {
            return nil
        }
    }

    @Test func oneMembersSaveDoesNotStaleAnothersOpenForm() throws {
        let fixture = try Self.ward()
        let ledger = fixture.ledger
        let other = try fixture.openAgain()
        let ready = try Self.reported(fixture)
        // Three members open their forms on the same version; each saves after the others.
        for (i, member) in [Ward.head, "ntbich", "lvcuong"].enumerated() {
            let session = i.isMultiple(of: 2) ? ledger : other
            _ = try session.perform(.memberEvaluation(form: Self.form()), on: ready.id, seenVersion: ready.version,
                                    by: Actor(login: member), at: Self.day)
        }
        // The member's own form amended in another session since theirs opened: stale, naming them.
        let opened = try #require(try ledger.proposal(ready.id)).version
        try other.perform(.memberEvaluation(form: Self.form(no: [.commonGood])), on: ready.id, by: Actor(login: "ntbich"), at: Self.day)
        #expect(staleChanger { try ledger.perform(.memberEvaluation(form: Self.form()), on: ready.id, seenVersion: opened,
                                                  by: Actor(login: "ntbich"), at: Self.day) } != nil)
        // Another member's amendment does not stale the fourth member's form.
        try ledger.perform(.memberEvaluation(form: Self.form()), on: ready.id, seenVersion: opened, by: Actor(login: Ward.deputy), at: Self.day)
        let after = try #require(try ledger.proposal(ready.id))
        #expect(after.memberEvaluations.count == 4)
        #expect(after.memberEvaluation(of: "ntbich")?.amends == true)
        #expect(try ledger.verify().ok)
    }

    /// §7.2 for the collective evaluation: the chair's form opened on some members' forms;
    /// members amend; the chair's save is refused as stale naming the last of them; on the
    /// latest version the chair must give a reason where they now depart from the majority.
    @Test func theCollectiveEvaluationIsTakenOnTheLatestForms() throws {
        let fixture = try Self.ward()
        let ledger = fixture.ledger
        let memberSession = try fixture.openAgain()
        let ready = try Self.reported(fixture)
        for member in [Ward.head, Ward.deputy, "ntbich"] {
            try ledger.perform(.memberEvaluation(form: Self.form()), on: ready.id, by: Actor(login: member), at: Self.day)
        }
        let opened = try #require(try ledger.proposal(ready.id)).version
        // Two of four now say the plan was not followed, and the fourth member agrees: a majority of no.
        try memberSession.perform(.memberEvaluation(form: Self.form(no: [.followedPlan])), on: ready.id, by: Actor(login: "ntbich"), at: Self.day)
        try memberSession.perform(.memberEvaluation(form: Self.form(no: [.followedPlan])), on: ready.id, by: Actor(login: "lvcuong"), at: Self.day)
        let head = Actor(login: Ward.head)
        #expect(staleChanger { try ledger.perform(.evaluate(form: Self.form()), on: ready.id, seenVersion: opened, by: head, at: Self.day) }
                == "Phó phòng 3, lvcuong")
        let latest = try #require(try ledger.proposal(ready.id))
        // Head and deputy yes, two deputies no: a tie, no reason needed either way.
        #expect(latest.memberMajority(in: try ledger.organization()).finding(.followedPlan) == nil)
        try memberSession.perform(.memberEvaluation(form: Self.form(no: [.followedPlan])), on: ready.id, by: Actor(login: Ward.deputy), at: Self.day)
        let newest = try #require(try ledger.proposal(ready.id))
        let refused: Rule?
        do {
            _ = try ledger.perform(.evaluate(form: Self.form()), on: ready.id, seenVersion: newest.version, by: head, at: Self.day)
            refused = nil
        } catch LedgerError.refused(let refusal) { refused = refusal.rule }
        #expect(refused == .departureReason)
        var departing = Self.form()
        departing.findings[3].departureReason = "Điều chỉnh đã được thủ trưởng đồng ý"
        let evaluated = try ledger.perform(.evaluate(form: departing), on: ready.id, seenVersion: newest.version, by: head, at: Self.day)
        #expect(evaluated.evaluation?.memberForms?.count == 4)
        #expect(evaluated.evaluation?.findings[3].departureReason == "Điều chỉnh đã được thủ trưởng đồng ý")
        // After the collective evaluation no member's form changes.
        let late: Rule?
        do {
            _ = try memberSession.perform(.memberEvaluation(form: Self.form()), on: ready.id, by: Actor(login: "lvcuong"), at: Self.day)
            late = nil
        } catch LedgerError.refused(let refusal) { late = refusal.rule }
        #expect(late == .wrongState)
        #expect(try ledger.verify().ok)
    }

    /// A reported proposal waits on each member until they filed their own form.
    @Test func aMemberIsWaitedOnUntilTheirFormIsFiled() throws {
        let fixture = try Self.ward()
        let ledger = fixture.ledger
        let ready = try Self.reported(fixture)
        for member in [Ward.deputy, "ntbich"] {
            #expect(try ledger.waitingOn(member).contains { $0.id == ready.id }, "\(member)")
        }
        try ledger.perform(.memberEvaluation(form: Self.form()), on: ready.id, by: Actor(login: Ward.deputy), at: Self.day)
        #expect(try !ledger.waitingOn(Ward.deputy).contains { $0.id == ready.id })
        #expect(try ledger.waitingOn("ntbich").contains { $0.id == ready.id })
    }

    /// A member's form edited, removed or made up in the stored body, behind the ledger's
    /// back, is found by `verify` (the body is the replay of the events).
    @Test(arguments: [
        "json_set(body, '$.memberEvaluationRecords[0].form.findings[0].holds', json('false'))",
        "json_remove(body, '$.memberEvaluationRecords[0]')",
        "json_set(body, '$.memberEvaluationRecords[1]', json_extract(body, '$.memberEvaluationRecords[0]'))",
        "json_remove(body, '$.memberEvaluationRecords')",
    ])
    func aMembersFormEditedInTheStoredBodyIsFound(_ edit: String) throws {
        let fixture = try Self.ward()
        let ledger = fixture.ledger
        let ready = try Self.reported(fixture)
        try ledger.perform(.memberEvaluation(form: Self.form()), on: ready.id, by: Actor(login: Ward.deputy), at: Self.day)
        #expect(try ledger.verify().ok)
        try fixture.rawQueue().write { db in
            try db.execute(sql: "UPDATE proposal_body SET body = \(edit) WHERE id = ?", arguments: [ready.id])
        }
        #expect(try ledger.verify().problems == [.stateDisagrees(proposalID: ready.id)])
    }

    @Test func theThresholdSettingIsRangeChecked() throws {
        let fixture = try LedgerFixture()
        let admin = Actor(login: Ward.admin)
        for share in [-1, 0, 49, 101, 1000] {
            var settings = ProcedureSettings()
            settings.memberEvaluationShare = share
            #expect(throws: LedgerError.self) { try fixture.ledger.save(settings, by: admin) }
        }
        for share in ProcedureSettings.memberEvaluationShareRange {
            var settings = ProcedureSettings()
            settings.memberEvaluationShare = share
            try fixture.ledger.save(settings, by: admin)
            #expect(try fixture.ledger.settings().memberEvaluationShare == share)
        }
        #expect(try fixture.ledger.verify().ok)
    }
}
