import Foundation
import Testing
import Ledger
import Procedure
@testable import Papers

/// PROCEDURE.md §7.1: the minutes (biên bản) list the review meeting's day, its chair and
/// its attendance (present; absent with the reason), then the ballots and the result as before.
@Suite(.serialized, .tags(.slow), .skippedInFastLoop) struct MeetingMinutesTests {
    static func minutesText(_ id: String, in fixture: RecordFixture) throws -> String {
        let p = try #require(try fixture.ledger.proposal(id))
        let settings = try fixture.ledger.settings()
        let day = try DocumentBuilder.day(of: .minutes, for: p, settings: settings).get()
        let (number, _) = try fixture.ledger.documentNumber(for: id, kind: .minutes, day: day, by: Actor(login: RecordWard.clerk),
                                                            at: RecordFixture.day(7, month: 12))
        let doc = try DocumentBuilder.build(.minutes, for: p, number: number, organization: try fixture.ledger.organization(),
                                            settings: settings, checkpoint: try fixture.ledger.chainHead().checkpoint).get()
        // The isolation marks of stored text are the writers' business, not the sentence's.
        let text = doc.paragraphs.map(\.text).joined(separator: "\n")
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !Markup.isBidiControl($0) }))
    }

    @Test func theMinutesListTheAttendance() throws {
        let fixture = try RecordFixture()
        let id = try fixture.received()
        try fixture.act(.partyOpinion(stance: .agree, text: "Đồng ý chủ trương", committee: "Đảng ủy phường Uông Bí"), on: id,
                        by: RecordWard.liaison, at: RecordFixture.day(3))
        try fixture.act(.openMeeting(stage: .review, day: Day(year: 2026, month: 11, day: 4)!, chair: nil), on: id,
                        by: RecordWard.clerk, at: RecordFixture.day(4))
        try fixture.act(.recordAttendance(stage: .review, attendance: [
            Attendance(member: RecordWard.head, present: true),
            Attendance(member: RecordWard.deputy, present: false, reason: "Đi công tác tại Sở Nội vụ"),
        ]), on: id, by: RecordWard.clerk, at: RecordFixture.day(4))
        try fixture.ledger.perform([.checklist(answers: RecordWard.checks), .ballot(inFavour: true, comment: "")], on: id,
                                   by: Actor(login: RecordWard.head), at: RecordFixture.day(5))
        let text = try Self.minutesText(id, in: fixture)
        #expect(text.contains("Thời gian: ngày 04/11/2026."))
        #expect(text.contains("Chủ trì: Đỗ Minh Tuấn, Trưởng phòng."))
        #expect(text.contains("Có mặt (1/2): Đỗ Minh Tuấn, Trưởng phòng."))
        #expect(text.contains("Vắng mặt (1): Vũ Thị Lan, Phó Trưởng phòng (lý do: Đi công tác tại Sở Nội vụ)."))
        // Then the ballots and the result, as before the meeting existed.
        #expect(text.contains("KẾT QUẢ BIỂU QUYẾT"))
        #expect(text.contains("Kết quả:"))
        #expect(!text.contains("Vắng mặt hoặc chưa biểu quyết"))
        #expect(try fixture.ledger.verify().ok)
    }

    @Test func beforeTheAttendanceTheMinutesListThoseConvened() throws {
        let fixture = try RecordFixture()
        let id = try fixture.received()
        try fixture.act(.openMeeting(stage: .review, day: Day(year: 2026, month: 11, day: 2)!, chair: RecordWard.deputy), on: id,
                        by: RecordWard.head, at: RecordFixture.day(4))
        try fixture.ledger.perform([.checklist(answers: RecordWard.checks), .ballot(inFavour: true, comment: "")], on: id,
                                   by: Actor(login: RecordWard.head), at: RecordFixture.day(4))
        let text = try Self.minutesText(id, in: fixture)
        #expect(text.contains("Chủ trì: Vũ Thị Lan, Phó Trưởng phòng."))
        #expect(text.contains("Thành phần triệu tập (2): Đỗ Minh Tuấn, Trưởng phòng; Vũ Thị Lan, Phó Trưởng phòng; chưa điểm danh."))
    }

    @Test func withoutAMeetingTheMinutesAreAsBefore() throws {
        let fixture = try RecordFixture()
        let id = try fixture.voted()
        let text = try Self.minutesText(id, in: fixture)
        #expect(!text.contains("Có mặt ("))
        #expect(text.contains("Chủ trì: Đỗ Minh Tuấn, Trưởng phòng."))
    }
}
