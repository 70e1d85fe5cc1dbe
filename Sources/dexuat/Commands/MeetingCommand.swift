import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat meeting open|attend|show`: the leadership collective's meetings (PROCEDURE.md
/// §7.1). The members convened are frozen when the meeting opens; the attendance of every
/// convened member is recorded at once, as the minutes give it.
struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Cuộc họp tập thể lãnh đạo: mở cuộc họp, điểm danh, xem (thành phần dự họp cố định khi mở).",
        subcommands: [Open.self, Attend.self, ShowMeetings.self])

    static func stage(_ text: String) throws -> MeetingStage {
        guard let stage = MeetingStage(rawValue: text) else { throw InputError(CLIText.invalidMeetingStage(text)) }
        return stage
    }

    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "open",
            abstract: "Mở cuộc họp xem xét (sau khi tiếp nhận) hoặc đánh giá (sau khi có báo cáo kết quả): người đứng đầu, hoặc văn thư thay người đứng đầu.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var step: StepOptions
        @Option(help: "Cuộc họp: review (xem xét, bước 3) hoặc evaluation (đánh giá, bước 9).") var stage: String
        @Option(help: "Ngày họp (ngày/tháng/năm, ví dụ 25/08/2026).") var date: String
        @Option(help: "Tên đăng nhập của người chủ trì (mặc định: người đứng đầu).") var chair: String?
        func run() throws {
            try dexuat.run(options) {
                let stage = try MeetingCommand.stage(stage)
                let day = try parseDay(date, field: "--date")
                try dexuat.step(options, step.id, step.seen, json: step.json) { _ in [.openMeeting(stage: stage, day: day, chair: chair)] }
            }
        }
    }

    struct Attend: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "attend",
            abstract: "Điểm danh cuộc họp (người chủ trì hoặc văn thư): mọi thành viên được triệu tập, có mặt hoặc vắng mặt có lý do.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var step: StepOptions
        @Option(help: "Cuộc họp: review hoặc evaluation.") var stage: String
        @Option(help: "Thành viên có mặt (tên đăng nhập; lặp lại hoặc cách nhau bởi dấu phẩy).") var present: [String] = []
        @Option(help: "Thành viên vắng mặt: TÊN:LÝ DO (lặp lại được).") var absent: [String] = []
        func run() throws {
            try dexuat.run(options) {
                let stage = try MeetingCommand.stage(stage)
                let attendance = try MeetingCommand.attendance(present: present, absent: absent)
                try dexuat.step(options, step.id, step.seen, json: step.json) { _ in [.recordAttendance(stage: stage, attendance: attendance)] }
            }
        }
    }

    /// The attendance as typed: `--present a,b` and `--absent login:reason`.
    static func attendance(present: [String], absent: [String]) throws -> [Attendance] {
        var list: [Attendance] = present.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .map { Attendance(member: $0, present: true) }
        for entry in absent {
            let parts = entry.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty else { throw InputError(CLIText.absentNeedsLoginReason(entry)) }
            list.append(Attendance(member: parts[0], present: false, reason: parts[1]))
        }
        if list.isEmpty { throw InputError(CLIText.attendanceEmpty) }
        return list
    }

    struct ShowMeetings: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Xem các cuộc họp của một đề xuất: ngày, chủ trì, thành phần, điểm danh.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "Mã đề xuất.", completion: .custom(ProposalCompletion.ids)) var id: String
        @Flag(help: "In JSON.") var json = false

        func run() throws {
            try dexuat.run(options) {
                let ledger = try options.openLedger()
                let proposal = try lookUp(id, in: ledger)
                let org = try ledger.organization()
                if json {
                    try printJSON(proposal.meetings.map { MeetingJSON($0, org: org) })
                    return
                }
                let lang = options.lang
                if proposal.meetings.isEmpty { say(CLIText.noMeetings(proposal.id)[lang]); return }
                func name(_ login: String) -> String { org.officer(login).map { "\($0.name) (\(login))" } ?? login }
                for meeting in proposal.meetings {
                    say("\(proposal.id) — \(meeting.stage.label[lang]) [\(meeting.stage.rawValue)], \(meeting.day.vietnamese)")
                    say(CLIText.meetingChairLine(name(meeting.chair))[lang])
                    say(CLIText.meetingConvenedLine(meeting.convened.map(name).joined(separator: ", "))[lang])
                    if !meeting.recused.isEmpty {
                        say(CLIText.meetingRecusedLine(meeting.recused.map(name).joined(separator: ", "))[lang])
                    }
                    if !meeting.attendanceRecorded { say(CLIText.attendanceNotRecorded[lang]); continue }
                    for entry in meeting.attendance {
                        say(entry.present ? CLIText.memberPresentLine(name(entry.member))[lang]
                                          : CLIText.memberAbsentLine(name(entry.member), entry.reason)[lang])
                    }
                }
            }
        }
    }
}

/// One meeting in `meeting show --json` and `show --json`.
struct MeetingJSON: Encodable {
    struct Member: Encodable {
        var login: String
        var name: String
        @NullEncoded var present: Bool?
        var reason: String
    }
    var stage: String
    var day: String
    var chair: String
    var convened: [Member]
    var recused: [String]
    var openedBy: String
    var attendanceRecorded: Bool
    @NullEncoded var attendanceBy: String?

    init(_ m: Meeting, org: Organization) {
        stage = m.stage.rawValue
        day = m.day.iso
        chair = m.chair
        convened = m.convened.map { login in
            let entry = m.attendance.first { $0.member == login }
            return Member(login: login, name: org.officer(login)?.name ?? "", present: entry?.present, reason: entry?.reason ?? "")
        }
        recused = m.recused
        openedBy = m.openedBy
        attendanceRecorded = m.attendanceRecorded
        attendanceBy = m.attendanceBy
    }
}
