import Foundation
import Testing
@testable import Procedure

/// A small ward: the People's Committee (UBND) with its chair and two vice-chairs, and two
/// offices below it — Culture-Society (VHXH: head, two deputies, clerk, staff, inspector)
/// and Economy (KT: head, one deputy, clerk, staff). A Party liaison and an administrator
/// sit at the UBND.
enum Fx {
    // UBND
    static let chair = "chutich"          // head + ward_leader of UBND
    static let viceChair1 = "pct1"        // deputy + ward_leader of UBND
    static let viceChair2 = "pct2"        // deputy + ward_leader of UBND
    static let wardClerk = "vt.ubnd"
    static let liaison = "capuy"          // party_liaison at UBND (covers the offices below)
    static let admin = "quantri"
    // VHXH
    static let head = "tp.vhxh"
    static let deputy1 = "pp1.vhxh"
    static let deputy2 = "pp2.vhxh"
    static let clerk = "vt.vhxh"
    static let staff = "cv.vhxh"          // not a leading or managing official
    static let inspector = "ktra.vhxh"    // inspector role, Culture-Society office
    // KT
    static let ktHead = "tp.kt"
    static let ktDeputy = "pp.kt"
    static let ktClerk = "vt.kt"
    static let ktStaff = "cv.kt"          // unrelated to VHXH proposals

    static let units: [Procedure.Unit] = [
        Procedure.Unit(id: "UBND", name: "UBND phường Uông Bí", kind: .peoplesCommittee, parentID: nil),
        Procedure.Unit(id: "VHXH", name: "Phòng Văn hóa – Xã hội", kind: .office, parentID: "UBND"),
        Procedure.Unit(id: "KT", name: "Phòng Kinh tế", kind: .office, parentID: "UBND"),
    ]

    static let officers: [Officer] = [
        Officer(login: chair, name: "Nguyễn Văn Chủ", unitID: "UBND", position: "Chủ tịch", isManaging: true),
        Officer(login: viceChair1, name: "Trần Thị Phó", unitID: "UBND", position: "Phó Chủ tịch", isManaging: true),
        Officer(login: viceChair2, name: "Lê Văn Phó", unitID: "UBND", position: "Phó Chủ tịch", isManaging: true),
        Officer(login: wardClerk, name: "Phạm Thị Văn", unitID: "UBND", position: "Văn thư", isManaging: false),
        Officer(login: liaison, name: "Hoàng Văn Đảng", unitID: "UBND", position: "Chuyên viên", isManaging: false),
        Officer(login: admin, name: "Vũ Quản Trị", unitID: "UBND", position: "Chuyên viên CNTT", isManaging: false),
        Officer(login: head, name: "Đỗ Thị Trưởng", unitID: "VHXH", position: "Trưởng phòng", isManaging: true),
        Officer(login: deputy1, name: "Bùi Văn Một", unitID: "VHXH", position: "Phó Trưởng phòng", isManaging: true),
        Officer(login: deputy2, name: "Ngô Thị Hai", unitID: "VHXH", position: "Phó Trưởng phòng", isManaging: true),
        Officer(login: clerk, name: "Đinh Văn Thư", unitID: "VHXH", position: "Văn thư", isManaging: false),
        Officer(login: staff, name: "Lý Thị Viên", unitID: "VHXH", position: "Chuyên viên", isManaging: false),
        Officer(login: inspector, name: "Mai Văn Kiểm", unitID: "VHXH", position: "Chuyên viên", isManaging: false),
        Officer(login: ktHead, name: "Tạ Văn Kinh", unitID: "KT", position: "Trưởng phòng", isManaging: true),
        Officer(login: ktDeputy, name: "Hà Thị Tế", unitID: "KT", position: "Phó Trưởng phòng", isManaging: true),
        Officer(login: ktClerk, name: "Cao Văn Sổ", unitID: "KT", position: "Văn thư", isManaging: false),
        Officer(login: ktStaff, name: "Lương Thị Khác", unitID: "KT", position: "Chuyên viên", isManaging: false),
    ]

    static let grants: [RoleGrant] = [
        RoleGrant(login: chair, role: .head, unitID: "UBND"),
        RoleGrant(login: chair, role: .wardLeader, unitID: "UBND"),
        RoleGrant(login: viceChair1, role: .deputy, unitID: "UBND"),
        RoleGrant(login: viceChair1, role: .wardLeader, unitID: "UBND"),
        RoleGrant(login: viceChair2, role: .deputy, unitID: "UBND"),
        RoleGrant(login: viceChair2, role: .wardLeader, unitID: "UBND"),
        RoleGrant(login: wardClerk, role: .clerk, unitID: "UBND"),
        RoleGrant(login: liaison, role: .partyLiaison, unitID: "UBND"),
        RoleGrant(login: admin, role: .admin, unitID: "UBND"),
        RoleGrant(login: head, role: .head, unitID: "VHXH"),
        RoleGrant(login: deputy1, role: .deputy, unitID: "VHXH"),
        RoleGrant(login: deputy2, role: .deputy, unitID: "VHXH"),
        RoleGrant(login: clerk, role: .clerk, unitID: "VHXH"),
        RoleGrant(login: inspector, role: .inspector, unitID: "VHXH"),
        RoleGrant(login: ktHead, role: .head, unitID: "KT"),
        RoleGrant(login: ktDeputy, role: .deputy, unitID: "KT"),
        RoleGrant(login: ktClerk, role: .clerk, unitID: "KT"),
    ]

    static let org = Organization(units: units, officers: officers, grants: grants)

    /// An instant given in UTC.
    static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 2, _ minute: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
    }

    /// Monday 2 March 2026, 09:00 in Vietnam.
    static let start = utc(2026, 3, 2)

    static func context(_ settings: ProcedureSettings = .standard, now: Date = start, org: Organization = org) -> Context {
        Context(organization: org, settings: settings, now: now)
    }

    static func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

    /// A dossier with every content of art. 7(2), two targets and the self-check.
    static func completeDossier(checklist: ChecklistTemplate = .standard) -> Dossier {
        Dossier(
            title: "Số hóa sổ hộ tịch của phường",
            field: .digitalTransformation,
            legalBasis: .decree73,
            necessity: "Tra cứu sổ hộ tịch giấy mất nhiều thời gian.",
            bottleneck: "Chưa có quy định về sử dụng bản số hóa thay bản giấy ở cấp phường.",
            content: "Quét, nhập liệu và tra cứu sổ hộ tịch từ 1990.",
            scope: "Phường Uông Bí",
            implementers: "Phòng Văn hóa – Xã hội",
            startDate: day(2026, 4, 1),
            endDate: day(2026, 9, 30),
            resources: ResourceNeeds(people: "2 chuyên viên", fundingVND: 50_000_000, equipment: "1 máy quét"),
            feasibility: "Đã thử trên 100 sổ.",
            positiveImpact: "Giảm thời gian tra cứu.",
            negativeImpact: "Không có",
            expectedEffect: "Tra cứu dưới 5 phút.",
            targets: [
                Target(description: "Số hóa toàn bộ sổ", measure: "100% sổ từ 1990"),
                Target(description: "Thời gian tra cứu", measure: "≤ 5 phút"),
            ],
            selfCheck: checklist.items.map { ChecklistAnswer(itemID: $0.id, verdict: .met, comment: "Tự đánh giá") })
    }

    static func fullChecklist(_ template: ChecklistTemplate = .standard, verdict: ChecklistVerdict = .met) -> [ChecklistAnswer] {
        template.items.map { ChecklistAnswer(itemID: $0.id, verdict: verdict, comment: "") }
    }

    static func findings(allHold: Bool = true, failing: FindingKind = .followedPlan) -> [Finding] {
        FindingKind.allCases.map { kind in
            Finding(kind: kind, holds: allHold || kind != failing, reason: "Căn cứ biên bản họp")
        }
    }

    static func results(targets: Int = 2) -> [TargetResult] {
        (0..<targets).map { TargetResult(target: $0, achieved: true, result: "Đạt chỉ tiêu \($0 + 1)") }
    }

    static func form(outcome: Outcome = .completed, damage: Bool = false, allHold: Bool = true,
                     abuse: Bool = false) -> EvaluationForm {
        EvaluationForm(outcome: outcome, damage: damage,
                       damageDescription: damage ? "Hỏng máy quét" : "",
                       damageEstimateVND: damage ? 10_000_000 : nil,
                       findings: findings(allHold: allHold), abuseFound: abuse,
                       objectiveCauses: "Không có", subjectiveCauses: "Không có", results: results())
    }
}

struct StepFailed: Error, CustomStringConvertible {
    var description: String
}

/// A proposal driven through the workflow step by step, keeping every event.
struct Run {
    var proposal: Proposal
    var events: [Event]
    var context: Context

    /// A new draft by `proposer` (the VHXH staff member by default).
    static func draft(by proposer: String = Fx.staff, dossier: Dossier = Fx.completeDossier(),
                      settings: ProcedureSettings = .standard, org: Organization = Fx.org) throws -> Run {
        let context = Fx.context(settings, org: org)
        switch Workflow.create(id: "2026-001", dossier: dossier, by: Actor(login: proposer), context: context) {
        case .success(let transition):
            return Run(proposal: transition.proposal, events: transition.events, context: context)
        case .failure(let refusal):
            throw StepFailed(description: "create: \(refusal)")
        }
    }

    /// Tries an action without keeping it.
    func attempt(_ action: Action, by login: String, for behalf: String? = nil) -> Result<Transition, Refusal> {
        Workflow.perform(action, on: proposal, by: Actor(login: login, onBehalfOf: behalf), context: context)
    }

    /// The refusal of an action that must be refused, or nil (and an issue) if it was allowed.
    func refusal(_ action: Action, by login: String, for behalf: String? = nil,
                 sourceLocation: SourceLocation = #_sourceLocation) -> Refusal? {
        switch attempt(action, by: login, for: behalf) {
        case .success:
            Issue.record("\(action.kind) by \(login) was allowed in \(proposal.stateLabel.en)", sourceLocation: sourceLocation)
            return nil
        case .failure(let refusal):
            return refusal
        }
    }

    /// Performs an action that must succeed; one minute passes after it.
    @discardableResult
    mutating func act(_ action: Action, by login: String, for behalf: String? = nil) throws -> [Event] {
        switch attempt(action, by: login, for: behalf) {
        case .success(let transition):
            proposal = transition.proposal
            events += transition.events
            context.now += 60
            return transition.events
        case .failure(let refusal):
            throw StepFailed(description: "\(action.kind) by \(login) in \(proposal.stateLabel.en): \(refusal)")
        }
    }

    /// §7.4: `login` declares a conflict of interest on the proposal; one minute passes.
    mutating func declareConflict(by login: String, reason: String = "Người đề xuất là người thân") throws {
        switch Workflow.declareConflict(on: proposal, reason: reason, by: Actor(login: login), context: context) {
        case .success(let transition):
            proposal = transition.proposal
            events += transition.events
            context.now += 60
        case .failure(let refusal):
            throw StepFailed(description: "conflict by \(login) in \(proposal.stateLabel.en): \(refusal)")
        }
    }

    /// Moves the clock to another instant (UTC).
    mutating func at(_ date: Date) { context.now = date }

    // MARK: Stages

    mutating func submit() throws { try act(.submit, by: proposal.proposer) }

    mutating func register(by login: String? = nil) throws {
        let registrar = login ?? Fx.org.grants.first { $0.role == .clerk && $0.unitID == proposal.reviewingUnitID }!.login
        try act(.receive(receiptNumber: "12/TN"), by: registrar)
    }

    mutating func partyOpinion(_ stance: PartyStance = .agree) throws {
        try act(.partyOpinion(stance: stance, text: "Đảng ủy phường đồng ý chủ trương", committee: "Đảng ủy phường"), by: Fx.liaison)
    }

    /// The checklist, then the ballot, for each member in order.
    mutating func vote(_ ballots: [(String, Bool)]) throws {
        for (member, inFavour) in ballots {
            try act(.checklist(answers: Fx.fullChecklist(context.settings.checklist)), by: member)
            try act(.ballot(inFavour: inFavour, comment: inFavour ? "Tán thành" : "Không tán thành"), by: member)
        }
    }

    /// §7.1: the head opens the meeting of `stage`, today.
    mutating func openMeeting(_ stage: MeetingStage, chair: String? = nil) throws {
        try act(.openMeeting(stage: stage, day: context.today, chair: chair), by: reviewingHead)
    }

    /// §7.1: the unit's clerk records the attendance: everyone convened present but `absent`.
    mutating func attend(_ stage: MeetingStage, absent: [String] = []) throws {
        let convened = proposal.meeting(stage)?.convened ?? []
        let clerk = context.organization.grants.first { $0.role == .clerk && $0.unitID == proposal.reviewingUnitID }!.login
        try act(.recordAttendance(stage: stage, attendance: convened.map {
            Attendance(member: $0, present: !absent.contains($0), reason: absent.contains($0) ? "Đi công tác" : "")
        }), by: clerk)
    }

    var reviewingHead: String { context.organization.head(of: proposal.reviewingUnitID)!.login }

    var eligibleMembers: [String] {
        context.organization.collective(of: proposal.reviewingUnitID).map(\.login).filter { $0 != proposal.proposer }
    }

    mutating func approve() throws {
        try act(.decide(kind: .approve, number: "45/QĐ-UBND", reasons: "Biểu quyết đạt", responsibilityStatement: ""), by: reviewingHead)
    }

    mutating func reject() throws {
        try act(.decide(kind: .reject, number: "46/QĐ-UBND", reasons: "Chưa khả thi", responsibilityStatement: ""), by: reviewingHead)
    }

    mutating func resource() throws {
        try act(.resource(fundingVND: 50_000_000, staff: "2 chuyên viên", equipment: "1 máy quét", reassignment: "", noneNeededReason: ""), by: reviewingHead)
    }

    mutating func directive(_ kind: DirectiveKind) throws {
        try act(.directive(kind: kind, reason: "Theo chỉ đạo của thủ trưởng"), by: reviewingHead)
    }

    /// The clock moved to the implementation's start date (09:00), if it is before it: a
    /// result report comes no earlier unless implementation was terminated.
    mutating func reachStart() {
        if let start = proposal.dossier.startDate, context.today < start {
            at(start.startInVietnam.addingTimeInterval(9 * 3600))
        }
    }

    /// The result report, on the implementation's start date at the earliest.
    mutating func report() throws {
        if proposal.terminatedOn == nil { reachStart() }
        try act(.report(summary: "Đã hoàn thành", results: Fx.results(targets: proposal.dossier.targets.count)), by: proposal.proposer)
    }

    /// The collective evaluation (§7.3). When too few members have filed their own forms,
    /// every evaluating member files this same form first, so the chair departs from nobody.
    mutating func evaluate(_ form: EvaluationForm = Fx.form()) throws {
        let org = context.organization
        if proposal.eligibleMemberEvaluations(in: org).count < proposal.requiredMemberEvaluations(in: org, settings: context.settings) {
            try fileMemberForms(form)
        }
        try act(.evaluate(form: form), by: reviewingHead)
    }

    /// Each of `members` (every evaluating member by default) files `form` as their own.
    mutating func fileMemberForms(_ form: EvaluationForm = Fx.form(), members: [String]? = nil) throws {
        for member in members ?? proposal.evaluatingMembers(in: context.organization) {
            try act(.memberEvaluation(form: form), by: member)
        }
    }

    mutating func conclude() throws {
        try act(.conclude(number: "07/KL-UBND", text: "Kết luận đánh giá"), by: reviewingHead)
    }

    mutating func measure(_ kind: MeasureKind) throws {
        try act(.measure(kind: kind, decisionNumber: "88/QĐ-UBND", day: Fx.day(2026, 11, 2),
                         decidedBy: "Chủ tịch UBND phường", reason: "Theo kết luận"), by: reviewingHead)
    }

    // MARK: Whole paths

    static func registered(by proposer: String = Fx.staff, settings: ProcedureSettings = .standard) throws -> Run {
        var run = try draft(by: proposer, settings: settings)
        try run.submit()
        try run.register()
        return run
    }

    /// Registered, Party opinion recorded, every eligible member voted yes.
    static func voted(by proposer: String = Fx.staff, settings: ProcedureSettings = .standard) throws -> Run {
        var run = try registered(by: proposer, settings: settings)
        try run.partyOpinion()
        try run.vote(run.eligibleMembers.map { ($0, true) })
        return run
    }

    static func approved(settings: ProcedureSettings = .standard) throws -> Run {
        var run = try voted(settings: settings)
        try run.approve()
        return run
    }

    static func inProgress(settings: ProcedureSettings = .standard) throws -> Run {
        var run = try approved(settings: settings)
        try run.resource()
        return run
    }

    static func reported(settings: ProcedureSettings = .standard) throws -> Run {
        var run = try inProgress(settings: settings)
        try run.act(.progress(percent: 50, note: "Đã quét một nửa"), by: run.proposal.proposer)
        try run.report()
        return run
    }

    /// Reported and the Party opinion before evaluation recorded; unless `memberForm` is
    /// nil, every evaluating member filed it as their own form (§7.3).
    static func readyForEvaluation(settings: ProcedureSettings = .standard,
                                   memberForm: EvaluationForm? = Fx.form()) throws -> Run {
        var run = try reported(settings: settings)
        try run.partyOpinion()
        if let memberForm { try run.fileMemberForms(memberForm) }
        return run
    }

    static func evaluated(_ form: EvaluationForm = Fx.form(), settings: ProcedureSettings = .standard) throws -> Run {
        var run = try readyForEvaluation(settings: settings, memberForm: form)
        try run.evaluate(form)
        return run
    }

    static func concluded(_ form: EvaluationForm = Fx.form()) throws -> Run {
        var run = try evaluated(form)
        try run.conclude()
        return run
    }
}

/// Every point a proposal can stand at, for tables.
enum Stage: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case draft, awaitingReceipt, registered, returned, outOfScope, withdrawn, rejected, approved
    case inProgress, suspended, terminated, reported, evaluated, closed

    var testDescription: String { rawValue }

    /// A proposal by the VHXH staff member, reviewed at VHXH, standing here.
    func build() throws -> Run {
        switch self {
        case .draft:
            return try Run.draft()
        case .awaitingReceipt:
            var run = try Run.draft()
            try run.submit()
            return run
        case .registered:
            return try Run.registered()
        case .returned:
            var run = try Run.registered()
            try run.act(.returnForCompletion(reasons: "Bổ sung dự toán"), by: Fx.head)
            return run
        case .outOfScope:
            var run = try Run.registered()
            try run.act(.outOfScope(ground: .exceedsAuthority, reasons: "Vượt thẩm quyền", channel: "Gửi UBND tỉnh"), by: Fx.head)
            return run
        case .withdrawn:
            var run = try Run.draft()
            try run.act(.withdraw(reason: "Không còn cần thiết"), by: Fx.staff)
            return run
        case .rejected:
            var run = try Run.registered()
            try run.partyOpinion()
            try run.vote(run.eligibleMembers.map { ($0, false) })
            try run.reject()
            return run
        case .approved:
            return try Run.approved()
        case .inProgress:
            return try Run.inProgress()
        case .suspended:
            var run = try Run.inProgress()
            try run.directive(.suspend)
            return run
        case .terminated:
            var run = try Run.inProgress()
            try run.directive(.terminate)
            return run
        case .reported:
            return try Run.reported()
        case .evaluated:
            return try Run.evaluated()
        case .closed:
            var run = try Run.concluded()
            try run.measure(.notLiable)
            try run.act(.close, by: Fx.head)
            return run
        }
    }
}
