import Procedure

/// §7.1: the two forms of the collective's meeting. The head (or the clerk) opens it; the
/// chair or the clerk then records, with the minutes in hand, every convened member's
/// attendance in one form: present, or absent with a reason.
extension FormFactory {
    static func openMeeting(_ p: Proposal, context: FormContext) -> FormState {
        let stage = MeetingStage.current(of: p) ?? .review
        let org = context.organization
        // Who would be convened now (the recused left out); the head chairs by default.
        let members = org.collective(of: p.reviewingUnitID).map(\.login).filter { !p.isConflicted($0) }
        let head = org.head(of: p.reviewingUnitID)?.login
        let options = members.map { ChoiceOption(id: $0, label: DeskText.memberOption(org.officer($0)?.name ?? $0, $0)) }
        return FormState(
            title: heading(.openMeeting, p),
            fields: [
                .date("day", DeskText.meetingDay, context.today, required: true),
                .choice("chair", DeskText.meetingChair, options, selected: head.flatMap { members.contains($0) ? $0 : nil } ?? members.first),
            ],
            notices: { _ in [FormNotice(text: stage.label), FormNotice(text: DeskText.meetingFrozenNotice(members.count))] },
            refusalFields: [.meetingDate: ["day"], .meetingChair: ["chair"], .meetingAlreadyOpen: [], .meetingStage: []],
            build: { values in
                [.openMeeting(stage: stage, day: values.day("day") ?? context.today, chair: values.choice("chair"))]
            })
    }

    static func recordAttendance(_ p: Proposal, context: FormContext) -> FormState? {
        let stage = MeetingStage.current(of: p) ?? .review
        guard let meeting = p.meeting(stage) else { return nil }
        let org = context.organization
        var fields: [FormField] = []
        for member in meeting.convened {
            let earlier = meeting.attendance.first { $0.member == member }
            let choiceID = "att.\(member)"
            fields.append(.choice(choiceID, DeskText.memberOption(org.officer(member)?.name ?? member, member), [
                ChoiceOption(id: yesID, label: DeskText.attendancePresent),
                ChoiceOption(id: noID, label: DeskText.attendanceAbsent),
            ], selected: earlier.map { $0.present ? yesID : noID } ?? yesID))
            fields.append(FormField.line("reason.\(member)", DeskText.absenceReason, earlier?.reason ?? "",
                                         when: .choice(choiceID, is: noID))
                .required(when: .choice(choiceID, is: noID)))
        }
        let reasonIDs = meeting.convened.map { "reason.\($0)" }
        return FormState(
            title: heading(.recordAttendance, p),
            fields: fields,
            notices: { _ in [FormNotice(text: DeskText.meetingHeld(stage.label, meeting.day.vietnamese,
                                                                     org.officer(meeting.chair)?.name ?? meeting.chair))] },
            refusalFields: [.absenceReason: reasonIDs, .attendanceIncomplete: [], .meetingChairOrClerk: []],
            build: { values in
                [.recordAttendance(stage: stage, attendance: meeting.convened.map { member in
                    let present = values.choice("att.\(member)") != noID
                    return Attendance(member: member, present: present, reason: present ? "" : values.text("reason.\(member)"))
                })]
            })
    }
}
