import Foundation

/// Meetings of the leadership collective (PROCEDURE.md §7.1).
///
/// Step 3 (review and vote) and step 9 (evaluation) happen in a meeting. The head of the
/// reviewing unit (or the unit's clerk, for the head) opens it: its day, its chair, and the
/// members convened, **frozen at opening**: the collective of the reviewing unit at that
/// moment, the proposer and anyone who declared a conflict left out. The clerk or the chair
/// then records the attendance of every convened member at once, as the minutes give it:
/// present, or absent with a reason.
///
/// Once a meeting exists for a stage:
/// - the members who may act at that stage are the convened ones: a member granted the role
///   later is not one of them; one whose grant ended still is;
/// - a member marked absent neither fills a checklist nor casts a ballot;
/// - the "present" vote basis counts the members marked present;
/// - a quorum (a LOCAL setting, default none) must be reached by the attendance before the
///   decision or the collective evaluation.
/// Without a meeting everything works as before (old databases, old stories).
///
/// A meeting lives in the proposal's body, folded from its events, so `verify` rebuilds it
/// by replaying the chain as it does every other record of the proposal.

/// The two meetings of the procedure.
public enum MeetingStage: String, Sendable, Hashable, Codable, CaseIterable {
    /// Step 3: review and vote, once the proposal is received (registered).
    case review
    /// Step 9: evaluation, once the report is in.
    case evaluation

    public var label: Localized {
        switch self {
        case .review: Localized(vi: "Họp xem xét đề xuất", en: "Review meeting")
        case .evaluation: Localized(vi: "Họp đánh giá kết quả", en: "Evaluation meeting")
        }
    }

    /// The stage a meeting opened now belongs to: nil when the proposal is at neither.
    public static func current(of p: Proposal) -> MeetingStage? {
        if p.state == .received && !p.awaitingReceipt { return .review }
        if p.state == .reported { return .evaluation }
        return nil
    }
}

/// One convened member's attendance, as the minutes give it.
public struct Attendance: Sendable, Hashable, Codable {
    public var member: String
    public var present: Bool
    /// Why an absent member was absent (required); empty for a member present.
    public var reason: String

    public init(member: String, present: Bool, reason: String = "") {
        self.member = member
        self.present = present
        self.reason = reason
    }
}

/// A meeting of the leadership collective on one proposal, for one stage.
public struct Meeting: Sendable, Hashable, Codable {
    public var stage: MeetingStage
    public var day: Day
    /// The chair: a convened member; by default the head, or the first deputy convened
    /// when the head is recused.
    public var chair: String
    /// The members convened, frozen when the meeting opened (the recused left out).
    public var convened: [String]
    /// Members of the collective who were recused when it opened (the proposer, conflicts).
    public var recused: [String]
    /// Who opened it, and the day it was recorded.
    public var openedBy: String
    public var openedOn: Day
    /// Every convened member's attendance, once recorded (empty until then).
    public var attendance: [Attendance]
    /// Who recorded the attendance last.
    public var attendanceBy: String?

    public init(stage: MeetingStage, day: Day, chair: String, convened: [String], recused: [String],
                openedBy: String, openedOn: Day, attendance: [Attendance] = [], attendanceBy: String? = nil) {
        self.stage = stage
        self.day = day
        self.chair = chair
        self.convened = convened
        self.recused = recused
        self.openedBy = openedBy
        self.openedOn = openedOn
        self.attendance = attendance
        self.attendanceBy = attendanceBy
    }

    public var attendanceRecorded: Bool { !attendance.isEmpty }

    /// The members marked present, in the order convened; nil until the attendance is recorded.
    public var present: [String]? {
        guard attendanceRecorded else { return nil }
        return convened.filter { member in attendance.contains { $0.member == member && $0.present } }
    }

    public var absent: [Attendance] { attendance.filter { !$0.present } }

    public func isAbsent(_ login: String) -> Bool { absent.contains { $0.member == login } }

    /// Whether the attendance reaches the quorum (a share of the convened members, in
    /// percent, that those present must exceed); true when no quorum is set.
    public func reachesQuorum(_ percent: Int?) -> Bool {
        guard let percent else { return true }
        let count = present?.count ?? 0
        return count * 100 > percent * convened.count
    }
}

extension Proposal {
    /// Every meeting of the current review and evaluation, in the order opened. Stored as
    /// an optional so that the bodies of proposals written before §7.1 decode unchanged.
    public var meetings: [Meeting] { meetingRecords ?? [] }

    public func meeting(_ stage: MeetingStage) -> Meeting? {
        meetings.last { $0.stage == stage }
    }

    /// The members of the collective who may act at `stage`: those convened to its meeting
    /// when one is open (frozen at opening), else the collective as it is now. The
    /// conflicted are kept in the list: callers exclude them.
    public func collectiveMembers(at stage: MeetingStage, in org: Organization) -> [String] {
        if let meeting = meeting(stage) { return meeting.convened + meeting.recused }
        return org.collective(of: reviewingUnitID).map(\.login)
    }

    /// The members of the collective at the stage the proposal stands at (review otherwise).
    public func currentCollective(in org: Organization) -> [String] {
        collectiveMembers(at: MeetingStage.current(of: self) ?? .review, in: org)
    }

    /// The members to list (the Desk's review pane, the clerk's ballots from the minutes):
    /// the collective as it is now, in its order, then any member convened to the current
    /// stage's meeting whose grant has ended since (they still vote), so that a member keeps
    /// their place whether or not a meeting is open.
    public func listedMembers(in org: Organization) -> [Officer] {
        var members = org.collective(of: reviewingUnitID)
        for login in currentCollective(in: org) where !members.contains(where: { $0.login == login }) {
            if let officer = org.officer(login) { members.append(officer) }
        }
        return members
    }

    /// The fold of the two §7.1 events.
    func applyingMeeting(_ change: Change) -> Proposal {
        var next = self
        var list = meetings
        switch change {
        case let .meetingOpened(meeting):
            list.removeAll { $0.stage == meeting.stage }
            list.append(meeting)
        case let .attendanceRecorded(stage, attendance, by):
            if let index = list.lastIndex(where: { $0.stage == stage }) {
                list[index].attendance = attendance
                list[index].attendanceBy = by
            }
        default:
            break
        }
        next.meetingRecords = list
        return next
    }

    /// A returned dossier is a new review: its meeting goes with the old ballots.
    func droppingReviewMeeting() -> Proposal {
        var next = self
        guard meetingRecords != nil else { return next }
        next.meetingRecords = meetings.filter { $0.stage != .review }
        return next
    }
}

extension Preconditions {
    /// §7.1: one meeting per stage, opened at the stage the proposal stands at.
    public static func openMeeting(_ stage: MeetingStage, _ p: Proposal) -> Refusal? {
        guard MeetingStage.current(of: p) == stage else {
            return Refusal(.meetingStage, detail: Localized(vi: stage.label.vi + " — " + p.stateLabel.vi,
                                                            en: stage.label.en + " — " + p.stateLabel.en))
        }
        if let open = p.meeting(stage) {
            return Refusal(.meetingAlreadyOpen, detail: Localized(vi: stage.label.vi + " " + open.day.vietnamese,
                                                                  en: stage.label.en + " " + open.day.vietnamese))
        }
        return nil
    }

    /// §7.1: the attendance is recorded for the meeting of the current stage, by the
    /// unit's clerk or the meeting's chair.
    public static func recordAttendance(_ stage: MeetingStage, _ p: Proposal, by actor: Actor, in org: Organization) -> Refusal? {
        guard let meeting = p.meeting(stage), MeetingStage.current(of: p) == stage else {
            return Refusal(.meetingNotOpen, detail: stage.label)
        }
        if actor.login != meeting.chair && !org.holds(.clerk, actor.login, in: p.reviewingUnitID) {
            return Refusal(.meetingChairOrClerk, detail: meeting.chair)
        }
        return nil
    }

    /// §7.1: a member marked absent at the meeting neither fills a checklist nor votes.
    public static func present(_ p: Proposal, member: String) -> Refusal? {
        guard let stage = MeetingStage.current(of: p), let meeting = p.meeting(stage), meeting.isAbsent(member) else { return nil }
        return Refusal(.memberAbsent, detail: member)
    }

    /// §7.1 (LOCAL): with a meeting open for the stage and a quorum set, the attendance
    /// reaches it before the decision (step 4) or the collective evaluation (step 9).
    public static func quorum(_ stage: MeetingStage, _ p: Proposal, settings: ProcedureSettings) -> Refusal? {
        guard let percent = settings.quorumPercent, let meeting = p.meeting(stage) else { return nil }
        if meeting.reachesQuorum(percent) { return nil }
        let present = meeting.present?.count ?? 0
        return Refusal(.quorumNotReached, detail: Localized(
            vi: "\(present)/\(meeting.convened.count) có mặt, cần trên \(percent)%",
            en: "\(present)/\(meeting.convened.count) present, more than \(percent)% needed"))
    }
}

extension ProcedureSettings {
    /// The range a quorum may take, in percent of the convened members that those present
    /// must exceed: 50 is "more than half".
    public static let quorumRange = 1...99

    /// Whether the quorum, when set, lies in `quorumRange`: what a save refuses otherwise.
    public var quorumIsValid: Bool { quorumPercent.map { Self.quorumRange.contains($0) } ?? true }

    /// Reads a quorum as written in the settings: `none`, a share (`0.5`) or a percent
    /// (`50%` or `50`); nil when it is not one of these or out of range. The outer nil
    /// means invalid; the inner, no quorum.
    public static func parseQuorum(_ text: String) -> Int?? {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        if value == "none" || value == "off" || value == "không" { return .some(nil) }
        // A percent is whole ("50%", "50"); a share below one is read to the whole percent below.
        var percent: Double?
        if value.hasSuffix("%") {
            percent = Double(value.dropLast()).flatMap { $0 == $0.rounded(.down) ? $0 : nil }
        } else if let number = Double(value) {
            percent = number < 1 ? (number * 100).rounded(.down) : (number == number.rounded(.down) ? number : nil)
        }
        guard let p = percent, p.isFinite, p >= 0, p <= 1000 else { return nil }
        let whole = Int(p)
        return quorumRange.contains(whole) ? .some(whole) : nil
    }
}

extension Workflow {
    /// §7.1: the head (or the clerk) opens the meeting of the current stage, freezing its members.
    static func openMeeting(_ p: Proposal, stage: MeetingStage, day: Day, chair: String?, by actor: Actor,
                            org: Organization, today: Day) throws -> [Change] {
        if let refusal = Preconditions.openMeeting(stage, p) { throw refusal }
        let start = stage == .review ? (p.receipt?.day ?? today) : (p.report?.day ?? today)
        if day < start || day > today {
            throw Refusal(.meetingDate, detail: Localized(vi: start.vietnamese + " – " + today.vietnamese,
                                                          en: start.vietnamese + " – " + today.vietnamese))
        }
        let collective = org.collective(of: p.reviewingUnitID).map(\.login)
        let convened = collective.filter { !p.isConflicted($0) }
        let recused = collective.filter { p.isConflicted($0) }
        if convened.isEmpty { throw Refusal(.meetingChair, detail: "—") }
        let head = org.head(of: p.reviewingUnitID)?.login
        let named = try TextInput.singleLine(chair ?? "", field: Localized(vi: "Chủ trì", en: "Chair")).get()
        // The head chairs; a head who is recused leaves the chair to the first deputy convened.
        let chosen = named.isEmpty ? (head.flatMap { convened.contains($0) ? $0 : nil } ?? convened[0]) : named
        guard convened.contains(chosen) else { throw Refusal(.meetingChair, detail: chosen.isEmpty ? "—" : chosen) }
        return [.meetingOpened(meeting: Meeting(stage: stage, day: day, chair: chosen, convened: convened, recused: recused,
                                                openedBy: actor.login, openedOn: today))]
    }

    /// §7.1: the attendance of every convened member at once; an absence needs its reason.
    static func recordAttendance(_ p: Proposal, stage: MeetingStage, attendance: [Attendance], by actor: Actor,
                                 org: Organization) throws -> [Change] {
        if let refusal = Preconditions.recordAttendance(stage, p, by: actor, in: org) { throw refusal }
        guard let meeting = p.meeting(stage) else { throw Refusal(.meetingNotOpen, detail: stage.label) }
        if let stranger = attendance.first(where: { !meeting.convened.contains($0.member) }) {
            throw Refusal(.meetingUnknownMember, detail: stranger.member)
        }
        let missing = meeting.convened.filter { member in attendance.filter { $0.member == member }.count != 1 }
        if !missing.isEmpty { throw Refusal(.attendanceIncomplete, detail: missing.joined(separator: ", ")) }
        var clean: [Attendance] = []
        for member in meeting.convened {
            guard let entry = attendance.first(where: { $0.member == member }) else { continue }
            let reason = try TextInput.singleLine(entry.reason, field: Localized(vi: "Lý do vắng", en: "Reason for absence")).get()
            if !entry.present && TextInput.isBlank(reason) { throw Refusal(.absenceReason, detail: member) }
            clean.append(Attendance(member: member, present: entry.present, reason: entry.present ? "" : reason))
        }
        return [.attendanceRecorded(stage: stage, attendance: clean, by: actor.login)]
    }
}
