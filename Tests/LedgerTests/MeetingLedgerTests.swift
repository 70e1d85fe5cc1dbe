import Foundation
import Testing
@testable import Ledger
import Procedure

/// PROCEDURE.md §7.1 in the ledger: the meeting's two steps are events that verify replays;
/// what waits on whom follows the meeting (an optional meeting waits on nobody, its
/// attendance waits on the chair and the clerk, an absent member has no ballot to cast); a
/// quorum out of range is not saved.
@Suite struct MeetingLedgerTests {
    @Test func theMeetingIsRecordedAndWhatWaitsFollowsIt() throws {
        let fixture = try LedgerFixture()
        let p = try fixture.received()
        let at = LedgerFixture.origin
        let id = p.id
        func waits(_ login: String) throws -> Bool { try fixture.ledger.waitingOn(login).contains { $0.id == id } }
        // Registered: a meeting may be opened, but nothing waits on the clerk for it.
        #expect(try !waits(Ward.clerk))
        let day = try #require(p.receipt?.day)
        let opened = try fixture.ledger.perform(.openMeeting(stage: .review, day: day, chair: nil), on: id, by: Actor(login: Ward.clerk), at: at)
        let convened = try #require(opened.meeting(.review)?.convened)
        #expect(convened == [Ward.head, Ward.deputy])
        // The attendance waits on the clerk (and the chair) until it is recorded.
        #expect(try waits(Ward.clerk))
        try fixture.ledger.perform(.recordAttendance(stage: .review, attendance: [
            Attendance(member: Ward.head, present: true),
            Attendance(member: Ward.deputy, present: false, reason: "Đi công tác"),
        ]), on: id, by: Actor(login: Ward.clerk), at: at)
        #expect(try !waits(Ward.clerk))
        // The absent deputy has no ballot to cast; the head present has.
        #expect(try !waits(Ward.deputy))
        #expect(try waits(Ward.head))
        #expect(throws: (any Error).self) {
            try fixture.ledger.perform([.checklist(answers: ChecklistTemplate.standard.items.map { ChecklistAnswer(itemID: $0.id, verdict: .met) }),
                                        .ballot(inFavour: true, comment: "")], on: id, by: Actor(login: Ward.deputy), at: at)
        }
        let stored = try #require(try fixture.ledger.proposal(id))
        #expect(stored.meeting(.review)?.absent.map(\.member) == [Ward.deputy])
        let kinds = try fixture.ledger.history(of: id).map(\.event.change.kind)
        #expect(kinds.suffix(2) == ["meeting_opened", "attendance_recorded"])
        #expect(try fixture.ledger.verify().ok)
    }

    @Test func aQuorumOutOfRangeIsNotSaved() throws {
        let fixture = try LedgerFixture()
        let events = try fixture.ledger.verify().events
        for bad in [0, 100, -1, 250] {
            var settings = try fixture.ledger.settings()
            settings.quorumPercent = bad
            #expect(throws: (any Error).self) { try fixture.ledger.save(settings, by: Actor(login: Ward.admin)) }
        }
        #expect(try fixture.ledger.verify().events == events)
        var settings = try fixture.ledger.settings()
        settings.quorumPercent = 50
        try fixture.ledger.save(settings, by: Actor(login: Ward.admin))
        #expect(try fixture.ledger.settings().quorumPercent == 50)
        #expect(try fixture.ledger.verify().ok)
    }
}
