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
