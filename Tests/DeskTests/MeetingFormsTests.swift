import Foundation
import Testing
@testable import Desk
import Procedure

/// §7.1 in the Desk: the head opens the meeting and the clerk records the attendance through
/// the forms; what they submit the workflow accepts; the detail shows the meeting.
@Suite struct MeetingFormsTests {
    static func form(_ kind: ActionKind, _ p: Proposal, officer: String) throws -> FormState {
        try #require(FormFactory.form(for: kind, context: FormsFx.context(p, officer: officer)))
    }

    static func opened() throws -> FormsRun {
        var run = try FormsRun.ready(for: .checklist)
        var open = try Self.form(.openMeeting, run.proposal, officer: FormsFx.head)
        let submitted = open.submitted()
        let sent = try #require(submitted)
        #expect(sent == [.openMeeting(stage: .review, day: FormsFx.today, chair: FormsFx.head)])
        try run.act(sent, by: FormsFx.head)
        return run
    }

    @Test func theHeadOpensTheMeetingWithTheHeadInTheChair() throws {
        let run = try Self.opened()
        #expect(run.proposal.meeting(.review)?.convened == FormsRun.members)
        // Another chair may be chosen among the members; the form offers only them.
        var again = try FormsRun.ready(for: .checklist)
        var open = try Self.form(.openMeeting, again.proposal, officer: FormsFx.clerk)
        guard case .choice(let chair)? = open.field("chair")?.kind else { Issue.record("no chair field"); return }
        #expect(chair.options.map(\.id) == FormsRun.members)
        open.choose("chair", FormsFx.deputy1)
        let submitted = open.submitted()
        let sent = try #require(submitted)
        try again.act(sent, by: FormsFx.clerk)
        #expect(again.proposal.meeting(.review)?.chair == FormsFx.deputy1)
    }

    @Test func theAttendanceFormListsEveryConvenedMemberAndAsksTheAbsentsReason() throws {
        var run = try Self.opened()
        var attend = try Self.form(.recordAttendance, run.proposal, officer: FormsFx.clerk)
        for member in FormsRun.members {
            #expect(attend.field("att.\(member)") != nil, "\(member)")
            #expect(attend.field("reason.\(member)") != nil, "\(member)")
        }
        attend.choose("att.\(FormsFx.deputy2)", FormFactory.noID)
        // An absence without its reason is not submitted.
        if case .submit = attend.handle(.ctrl("s")) { Issue.record("submitted without the reason") }
        attend.fill("reason.\(FormsFx.deputy2)", "Đi công tác")
        let submitted = attend.submitted()
        let sent = try #require(submitted)
        #expect(sent == [.recordAttendance(stage: .review, attendance: [
            Attendance(member: FormsFx.head, present: true),
            Attendance(member: FormsFx.deputy1, present: true),
            Attendance(member: FormsFx.deputy2, present: false, reason: "Đi công tác"),
        ])])
        try run.act(sent, by: FormsFx.clerk)
        #expect(run.proposal.meeting(.review)?.present == [FormsFx.head, FormsFx.deputy1])

        // The form opened again shows what was recorded.
        let shown = try Self.form(.recordAttendance, run.proposal, officer: FormsFx.clerk)
        if case .choice(let choice)? = shown.field("att.\(FormsFx.deputy2)")?.kind {
            #expect(choice.selectedID == FormFactory.noID)
        } else {
            Issue.record("no attendance choice")
        }

        // The detail lists the meeting and the absence with its reason.
        let lines = ProposalDocument.meetingLines(run.proposal, org: FormsFx.org, language: .vi).map { $0.map(\.text).joined() }
        #expect(lines.contains { $0.contains("Họp xem xét đề xuất") && $0.contains(FormsFx.today.vietnamese) })
        #expect(lines.contains { $0.contains("Vắng mặt") && $0.contains("Đi công tác") })
        #expect(lines.contains { $0.contains("2/3") })
    }

    @Test func noAttendanceFormBeforeTheMeetingOpens() throws {
        let run = try FormsRun.ready(for: .checklist)
        #expect(FormFactory.form(for: .recordAttendance, context: FormsFx.context(run.proposal, officer: FormsFx.clerk)) == nil)
    }

    @Test func theMenuOffersTheMeetingStepsByTheirKeys() throws {
        let run = try Self.opened()
        let items = ActionMenuModel.items(for: run.proposal, officer: FormsFx.clerk, organization: FormsFx.org, settings: .standard,
                                          today: FormsFx.today, partyCommittee: "Đảng ủy phường Uông Bí")
        let attend = try #require(items.first { $0.entry == .step(.recordAttendance) })
        #expect(attend.refusal == nil)
        #expect(attend.key == "D")
        let open = try #require(items.first { $0.entry == .step(.openMeeting) })
        #expect(open.refusal?.rule == .meetingAlreadyOpen)
        #expect(open.key == "M")
    }
}
