import Procedure

/// §7.1: the attendance of the review meeting in the minutes (biên bản): who was present,
/// and who was absent with the reason the minutes give.
extension DocumentBuilder {
    static func attendanceParagraphs(_ meeting: Meeting, people: People) -> [OfficialDocument.Paragraph] {
        var body: [OfficialDocument.Paragraph] = []
        guard let present = meeting.present else {
            body.append(.init("Thành phần triệu tập (\(meeting.convened.count)): \(meeting.convened.map(people.describe).joined(separator: "; ")); chưa điểm danh."))
            return body
        }
        body.append(.init("Có mặt (\(present.count)/\(meeting.convened.count)): \(present.isEmpty ? "không có" : present.map(people.describe).joined(separator: "; "))."))
        if meeting.absent.isEmpty {
            body.append(.init("Vắng mặt: không có."))
        } else {
            let absent = meeting.absent.map { people.describe($0.member) + " (lý do: " + flat($0.reason) + ")" }
            body.append(.init("Vắng mặt (\(absent.count)): \(absent.joined(separator: "; "))."))
        }
        return body
    }
}

/// §7.1 and §7.3 in the conclusion (kết luận): the evaluation meeting's attendance, and the
/// members' own evaluation forms the collective evaluation rests on — each member's outcome,
/// and per finding how many members answered yes and no, with the chair's reason where the
/// collective answer departs from the majority.
extension DocumentBuilder {
    static func evaluationMeetingParagraphs(_ p: Proposal, people: People) -> [OfficialDocument.Paragraph] {
        guard let meeting = p.meeting(.evaluation) else { return [] }
        return [.init("Cuộc họp đánh giá ngày \(meeting.day.vietnamese), chủ trì: \(people.describe(meeting.chair)).")]
            + attendanceParagraphs(meeting, people: people)
    }

    /// The forms counted by the collective evaluation (its `memberForms`), in that order.
    static func countedMemberForms(_ p: Proposal, _ e: Evaluation) -> [MemberEvaluation] {
        (e.memberForms ?? []).compactMap { p.memberEvaluation(of: $0) }
    }

    static func memberFormParagraphs(_ p: Proposal, _ e: Evaluation, people: People) -> [OfficialDocument.Paragraph] {
        let forms = countedMemberForms(p, e)
        guard !forms.isEmpty else { return [] }
        let each = forms.map { "\(people.describe($0.member)): \($0.form.outcome.label.vi)" }
        return [.init("Phiếu đánh giá của thành viên (\(forms.count)): \(each.joined(separator: "; ")).")]
    }

    /// "(thành viên: có 2, không 1)" after a finding, and the chair's reason for departing.
    static func findingTally(_ finding: Finding, _ p: Proposal, _ e: Evaluation) -> String {
        let answers = countedMemberForms(p, e).compactMap { form in form.form.findings.first { $0.kind == finding.kind }?.holds }
        guard !answers.isEmpty else { return "" }
        let yes = answers.filter { $0 }.count
        var text = " (thành viên: có \(yes), không \(answers.count - yes))"
        if let reason = finding.departureReason, !reason.isEmpty {
            text += "; lý do khác ý kiến đa số: \(flat(reason))"
        }
        return text
    }
}
