import Procedure

/// The collective's meetings (PROCEDURE.md §7.1).
extension CLIText {
    // MARK: MeetingCommand.swift

    static func invalidMeetingStage(_ stage: some CustomStringConvertible) -> Localized {
        Localized(vi: "--stage không hợp lệ: \(stage) (review hoặc evaluation)",
                  en: "Invalid --stage: \(stage) (review or evaluation)")
    }

    static func absentNeedsLoginReason(_ entry: some CustomStringConvertible) -> Localized {
        Localized(vi: "--absent phải có dạng TÊN:LÝ DO: \(entry)",
                  en: "--absent must read LOGIN:REASON: \(entry)")
    }

    static let attendanceEmpty = Localized(
        vi: "Phải ghi ít nhất một thành viên bằng --present hoặc --absent.",
        en: "Name at least one member with --present or --absent.")

    static func noMeetings(_ id: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(id) — chưa có cuộc họp nào.", en: "\(id) — no meeting yet.")
    }

    static func meetingChairLine(_ chair: some CustomStringConvertible) -> Localized {
        Localized(vi: "  Chủ trì: \(chair)", en: "  Chair: \(chair)")
    }

    static func meetingConvenedLine(_ members: some CustomStringConvertible) -> Localized {
        Localized(vi: "  Thành phần triệu tập: \(members)", en: "  Convened: \(members)")
    }

    static func meetingRecusedLine(_ members: some CustomStringConvertible) -> Localized {
        Localized(vi: "  Không tham gia (người đề xuất, xung đột lợi ích): \(members)",
                  en: "  Recused (proposer, conflict of interest): \(members)")
    }

    static let attendanceNotRecorded = Localized(vi: "  Chưa điểm danh.", en: "  Attendance not recorded yet.")

    static func memberPresentLine(_ member: some CustomStringConvertible) -> Localized {
        Localized(vi: "  Có mặt: \(member)", en: "  Present: \(member)")
    }

    static func memberAbsentLine(_ member: some CustomStringConvertible, _ reason: some CustomStringConvertible) -> Localized {
        Localized(vi: "  Vắng mặt: \(member) — lý do: \(reason)", en: "  Absent: \(member) — reason: \(reason)")
    }

    // MARK: SettingsCommand.swift

    static let quorumSetting = Localized(
        vi: "khóa quorum: phần trăm thành viên triệu tập mà số có mặt phải vượt quá (ví dụ 50%), từ 1% đến 99%; giá trị none hoặc không: không áp dụng",
        en: "quorum: none, a share (0.5) or a percent (50%) of the convened members that those present must exceed, 1–99%")

    static let quorumLocal = Localized(
        vi: "Tỷ lệ có mặt tối thiểu của cuộc họp (quá tỷ lệ này; quy định của đơn vị); giá trị none: không áp dụng",
        en: "Meeting quorum (more than this share present) (local rule); none: not applied")
}
