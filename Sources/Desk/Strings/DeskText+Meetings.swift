import Procedure

/// §7.1: the collective's meeting, its forms and its place in the proposal's detail.
extension DeskText {
    static let sectionMeetings = Localized(vi: "Cuộc họp tập thể lãnh đạo", en: "Meetings of the collective")
    static let meetingDay = Localized(vi: "Ngày họp", en: "Meeting date")
    static let meetingChair = Localized(vi: "Chủ trì", en: "Chair")
    static let meetingConvened = Localized(vi: "Thành phần triệu tập", en: "Convened")
    static let meetingRecused = Localized(vi: "Không tham gia", en: "Recused")
    static let attendancePresent = Localized(vi: "Có mặt", en: "Present")
    static let attendanceAbsent = Localized(vi: "Vắng mặt", en: "Absent")
    static let absenceReason = Localized(vi: "Lý do vắng", en: "Reason for absence")
    static let attendanceNotRecorded = Localized(vi: "Chưa điểm danh", en: "Attendance not recorded")
    static func memberOption(_ name: String, _ login: String) -> Localized {
        Localized(vi: "\(name) (\(login))", en: "\(name) (\(login))")
    }
    static func meetingFrozenNotice(_ count: Int) -> Localized {
        Localized(vi: "Thành phần dự họp (\(count) thành viên) được cố định khi mở cuộc họp",
                  en: "The members convened (\(count)) are fixed when the meeting opens")
    }
    static func meetingHeld(_ stage: Localized, _ day: String, _ chair: String) -> Localized {
        Localized(vi: "\(stage.vi) ngày \(day), chủ trì: \(chair)", en: "\(stage.en) of \(day), chaired by \(chair)")
    }
    static func attendanceCount(_ present: Int, _ convened: Int) -> Localized {
        Localized(vi: "\(present)/\(convened) thành viên có mặt", en: "\(present) of \(convened) members present")
    }
}
