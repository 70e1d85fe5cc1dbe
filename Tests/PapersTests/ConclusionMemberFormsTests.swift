import Foundation
import Testing
import Ledger
import Procedure
@testable import Papers

/// PROCEDURE.md §7.1 and §7.3 in the conclusion (kết luận): the evaluation meeting and its
/// attendance, each member's own form, and per finding how the members answered — the papers
/// the collective evaluation rests on.
@Suite(.serialized, .tags(.slow), .skippedInFastLoop) struct ConclusionMemberFormsTests {
    static func text(_ kind: OfficialDocumentKind, _ id: String, in fixture: RecordFixture) throws -> String {
        let p = try #require(try fixture.ledger.proposal(id))
        let settings = try fixture.ledger.settings()
        let day = try DocumentBuilder.day(of: kind, for: p, settings: settings).get()
        let (number, _) = try fixture.ledger.documentNumber(for: id, kind: kind, day: day, by: Actor(login: RecordWard.clerk),
                                                            at: RecordFixture.day(7, month: 12))
        let doc = try DocumentBuilder.build(kind, for: p, number: number, organization: try fixture.ledger.organization(),
                                            settings: settings, checkpoint: try fixture.ledger.chainHead().checkpoint).get()
        let text = doc.paragraphs.map(\.text).joined(separator: "\n")
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !Markup.isBidiControl($0) }))
    }

    static func form(_ dissent: Bool) -> EvaluationForm {
        let findings = FindingKind.allCases.enumerated().map { index, kind in
            Finding(kind: kind, holds: !(dissent && index == 0), reason: "Có căn cứ")
        }
        return EvaluationForm(outcome: .completed, findings: findings, objectiveCauses: "Thuận lợi", subjectiveCauses: "Tận tâm",
                              results: [TargetResult(target: 0, achieved: true, result: "4 phút")])
    }

    @Test func theConclusionListsTheMeetingAndEachMembersForm() throws {
        let fixture = try RecordFixture()
        let id = try fixture.approved()
        try fixture.act(.resource(fundingVND: 0, staff: "", equipment: "", reassignment: "", noneNeededReason: "Dùng thiết bị sẵn có"),
                        on: id, by: RecordWard.head, at: RecordFixture.day(6))
        try fixture.act(.report(summary: "Đã số hóa toàn bộ", results: [TargetResult(target: 0, achieved: true, result: "4 phút")]),
                        on: id, by: RecordWard.staff, at: RecordFixture.day(30))
        try fixture.act(.partyOpinion(stance: .agree, text: "Đồng ý đánh giá", committee: "Đảng ủy phường Uông Bí"), on: id,
                        by: RecordWard.liaison, at: RecordFixture.day(1, month: 12))
        let meetingDay = try #require(Day(year: 2026, month: 12, day: 2))
        try fixture.act(.openMeeting(stage: .evaluation, day: meetingDay, chair: nil), on: id, by: RecordWard.clerk,
                        at: RecordFixture.day(2, month: 12))
        try fixture.act(.recordAttendance(stage: .evaluation, attendance: [
            Attendance(member: RecordWard.head, present: true), Attendance(member: RecordWard.deputy, present: true),
        ]), on: id, by: RecordWard.clerk, at: RecordFixture.day(2, month: 12))
        try fixture.act(.memberEvaluation(form: Self.form(false)), on: id, by: RecordWard.head, at: RecordFixture.day(2, month: 12))
        try fixture.act(.memberEvaluation(form: Self.form(true)), on: id, by: RecordWard.deputy, at: RecordFixture.day(2, month: 12))
        try fixture.act(.evaluate(form: Self.form(false)), on: id, by: RecordWard.head, at: RecordFixture.day(2, month: 12))
        try fixture.act(.conclude(number: "", text: "Đề xuất hoàn thành."), on: id, by: RecordWard.head,
                        at: RecordFixture.day(3, month: 12))

        let text = try Self.text(.conclusion, id, in: fixture)
        #expect(text.contains("Cuộc họp đánh giá ngày 02/12/2026, chủ trì: Đỗ Minh Tuấn, Trưởng phòng."), "\(text)")
        #expect(text.contains("Có mặt (2/2):"))
        #expect(text.contains("Phiếu đánh giá của thành viên (2): Đỗ Minh Tuấn, Trưởng phòng: Hoàn thành; Vũ Thị Lan, Phó Trưởng phòng: Hoàn thành."))
        let first = FindingKind.allCases[0].label.vi, second = FindingKind.allCases[1].label.vi
        #expect(text.contains("\(first): có — Có căn cứ (thành viên: có 1, không 1)"), "\(text)")
        #expect(text.contains("\(second): có — Có căn cứ (thành viên: có 2, không 0)"))
        #expect(try fixture.ledger.verify().ok)
    }
}
