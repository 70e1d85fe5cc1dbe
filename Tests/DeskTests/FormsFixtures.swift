import Foundation
import Procedure
import Terminal
import Testing
@testable import Desk

/// A small ward for the form tests (copied in part from the Procedure tests): the People's
/// Committee with its chair, a Party liaison, and the Culture-Society office with a head,
/// two deputies, a clerk and a staff member who proposes.
enum FormsFx {
    static let chair = "chutich"
    static let liaison = "capuy"
    static let head = "tp.vhxh"
    static let deputy1 = "pp1.vhxh"
    static let deputy2 = "pp2.vhxh"
    static let clerk = "vt.vhxh"
    static let staff = "cv.vhxh"

    static let org = Organization(
        units: [
            Procedure.Unit(id: "UBND", name: "Ủy ban nhân dân phường Uông Bí", kind: .peoplesCommittee, parentID: nil),
            Procedure.Unit(id: "VHXH", name: "Phòng Văn hóa – Xã hội", kind: .office, parentID: "UBND"),
        ],
        officers: [
            Officer(login: chair, name: "Nguyễn Văn Chủ", unitID: "UBND", position: "Chủ tịch", isManaging: true),
            Officer(login: liaison, name: "Hoàng Văn Đảng", unitID: "UBND", position: "Chuyên viên", isManaging: false),
            Officer(login: head, name: "Đỗ Thị Trưởng", unitID: "VHXH", position: "Trưởng phòng", isManaging: true),
            Officer(login: deputy1, name: "Bùi Văn Một", unitID: "VHXH", position: "Phó Trưởng phòng", isManaging: true),
            Officer(login: deputy2, name: "Ngô Thị Hai", unitID: "VHXH", position: "Phó Trưởng phòng", isManaging: true),
            Officer(login: clerk, name: "Đinh Văn Thư", unitID: "VHXH", position: "Văn thư", isManaging: false),
            Officer(login: staff, name: "Lý Thị Viên", unitID: "VHXH", position: "Chuyên viên", isManaging: false),
        ],
        grants: [
            RoleGrant(login: chair, role: .head, unitID: "UBND"),
            RoleGrant(login: liaison, role: .partyLiaison, unitID: "UBND"),
            RoleGrant(login: head, role: .head, unitID: "VHXH"),
            RoleGrant(login: deputy1, role: .deputy, unitID: "VHXH"),
            RoleGrant(login: deputy2, role: .deputy, unitID: "VHXH"),
            RoleGrant(login: clerk, role: .clerk, unitID: "VHXH"),
        ])

    /// Monday 2 March 2026, 09:00 in Vietnam.
    static let now = Date(timeIntervalSince1970: 1_772_416_800)
    static let today = Day(year: 2026, month: 3, day: 2) ?? Day.inVietnam(now)

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day? { Day(year: y, month: m, day: d) }

    /// A complete dossier; the title carries Vietnamese, CJK and an emoji.
    static var dossier: Dossier {
        Dossier(
            title: "Số hóa sổ hộ tịch 戸籍 📚",
            field: .digitalTransformation, legalBasis: .decree73,
            necessity: "Tra cứu sổ hộ tịch giấy mất nhiều thời gian.",
            bottleneck: "Chưa có quy định về sử dụng bản số hóa thay bản giấy ở cấp phường.",
            content: "Quét, nhập liệu và tra cứu sổ hộ tịch từ 1990.",
            scope: "Phường Uông Bí", implementers: "Phòng Văn hóa – Xã hội",
            startDate: day(2026, 4, 1), endDate: day(2026, 9, 30),
            resources: ResourceNeeds(people: "2 chuyên viên", fundingVND: 50_000_000, equipment: "1 máy quét"),
            feasibility: "Đã thử trên 100 sổ.", positiveImpact: "Giảm thời gian tra cứu.", negativeImpact: "Không có",
            expectedEffect: "Tra cứu dưới 5 phút.",
            targets: [Target(description: "Số hóa toàn bộ sổ", measure: "100% sổ từ 1990"),
                      Target(description: "Thời gian tra cứu", measure: "≤ 5 phút")],
            selfCheck: ChecklistTemplate.standard.items.map { ChecklistAnswer(itemID: $0.id, verdict: .met, comment: "Tự đánh giá") })
    }

    static func context(_ proposal: Proposal?, officer: String = head, language: Language = .vi) -> FormContext {
        FormContext(proposal: proposal, organization: org, settings: .standard, officer: officer, language: language, today: today)
    }
}

struct FormsStepFailed: Error, CustomStringConvertible {
    var description: String
}

/// A proposal driven through the workflow, for forms that need one at a given step.
struct FormsRun {
    var proposal: Proposal
    var context = Context(organization: FormsFx.org, settings: .standard, now: FormsFx.now)

    static func draft() throws -> FormsRun {
        let context = Context(organization: FormsFx.org, settings: .standard, now: FormsFx.now)
        switch Workflow.create(id: "2026-001", dossier: FormsFx.dossier, by: Actor(login: FormsFx.staff), context: context) {
        case .success(let transition): return FormsRun(proposal: transition.proposal, context: context)
        case .failure(let refusal): throw FormsStepFailed(description: "create: \(refusal)")
        }
    }

    func attempt(_ actions: [Action], by login: String) -> Result<Proposal, Refusal> {
        var p = proposal
        for action in actions {
            var context = context
            // A result report comes on the implementation's start date at the earliest.
            if case .report = action, p.terminatedOn == nil, let start = p.dossier.startDate, context.today < start {
                context.now = start.startInVietnam.addingTimeInterval(9 * 3600)
            }
            switch Workflow.perform(action, on: p, by: Actor(login: login), context: context) {
            case .success(let transition): p = transition.proposal
            case .failure(let refusal): return .failure(refusal)
            }
        }
        return .success(p)
    }

    mutating func act(_ actions: [Action], by login: String) throws {
        switch attempt(actions, by: login) {
        case .success(let p): proposal = p
        case .failure(let refusal): throw FormsStepFailed(description: "\(actions.map(\.kind)) by \(login): \(refusal)")
        }
    }

    static let members = [FormsFx.head, FormsFx.deputy1, FormsFx.deputy2]

    /// The proposal standing where `kind` is the next step.
    static func ready(for kind: ActionKind) throws -> FormsRun {
        var run = try draft()
        if [.editDraft, .withdraw, .submit].contains(kind) { return run }
        try run.act([.submit], by: FormsFx.staff)
        if kind == .receive { return run }
        try run.act([.receive(receiptNumber: "12/TN")], by: FormsFx.clerk)
        if [.returnForCompletion, .outOfScope, .partyOpinion, .checklist].contains(kind) { return run }
        try run.act([.partyOpinion(stance: .agree, text: "Đồng ý chủ trương", committee: "Đảng ủy phường Uông Bí")], by: FormsFx.liaison)
        let answers = ChecklistTemplate.standard.items.map { ChecklistAnswer(itemID: $0.id, verdict: .met) }
        if kind == .ballot {
            try run.act([.checklist(answers: answers)], by: FormsFx.head)
            return run
        }
        for member in members {
            try run.act([.checklist(answers: answers), .ballot(inFavour: true, comment: "Tán thành")], by: member)
        }
        if kind == .decide { return run }
        try run.act([.decide(kind: .approve, number: "45/QĐ-UBND", reasons: "Biểu quyết đạt", responsibilityStatement: "")], by: FormsFx.head)
        if kind == .resource { return run }
        try run.act([.resource(fundingVND: 50_000_000, staff: "2 chuyên viên", equipment: "", reassignment: "", noneNeededReason: "")], by: FormsFx.head)
        if [.progress, .directive, .report].contains(kind) { return run }
        try run.act([.report(summary: "Đã hoàn thành", results: [
            TargetResult(target: 0, achieved: true, result: "Đã số hóa 100%"),
            TargetResult(target: 1, achieved: false, result: "Còn 7 phút")])], by: FormsFx.staff)
        try run.act([.partyOpinion(stance: .agree, text: "Đồng ý đánh giá", committee: "Đảng ủy phường Uông Bí")], by: FormsFx.liaison)
        if kind == .memberEvaluation { return run }
        let evaluation = EvaluationForm(
            outcome: .partlyCompleted, findings: FindingKind.allCases.map { Finding(kind: $0, holds: true, reason: "Theo biên bản") },
            objectiveCauses: "Không có", subjectiveCauses: "Thiếu máy quét",
            results: [TargetResult(target: 0, achieved: true, result: "Đạt"), TargetResult(target: 1, achieved: false, result: "Chưa đạt")])
        // §7.3: the members' own forms before the collective evaluation.
        for member in run.proposal.evaluatingMembers(in: FormsFx.org) {
            try run.act([.memberEvaluation(form: evaluation)], by: member)
        }
        if kind == .evaluate { return run }
        try run.act([.evaluate(form: evaluation)], by: FormsFx.head)
        if kind == .conclude { return run }
        try run.act([.conclude(number: "07/KL-UBND", text: "Loại trừ trách nhiệm")], by: FormsFx.head)
        return run
    }
}

extension FormState {
    /// Types each grapheme as a key.
    mutating func type(_ text: String) {
        for character in text { _ = handle(.char(character)) }
    }

    /// Focuses a field and types into it after clearing it.
    mutating func fill(_ id: String, _ text: String) {
        focus(fieldID: id)
        setText("", forField: id)
        type(text)
    }

    /// Focuses a choice and presses Space until `option` is chosen.
    mutating func choose(_ id: String, _ option: String) {
        focus(fieldID: id)
        for _ in 0..<12 {
            if case .choice(let choice)? = field(id)?.kind, choice.selectedID == option { return }
            _ = handle(.char(" "))
        }
        Issue.record("option \(option) not found in \(id)")
    }

    /// Sets a toggle.
    mutating func set(_ id: String, _ on: Bool) {
        focus(fieldID: id)
        if case .toggle(let toggle)? = field(id)?.kind, toggle.isOn != on { _ = handle(.char(" ")) }
    }

    /// Sets a checklist row's verdict.
    mutating func verdict(_ id: String, _ verdict: ChecklistVerdict) {
        focus(fieldID: id)
        for _ in 0..<4 {
            if case .checklist(let row)? = field(id)?.kind, row.verdict.selectedID == verdict.rawValue { return }
            _ = handle(.char(" "))
        }
    }

    /// The actions of C-s, or nil (and the messages recorded) when the form refused.
    mutating func submitted(sourceLocation: SourceLocation = #_sourceLocation) -> [Action]? {
        switch handle(.ctrl("s")) {
        case .submit(let actions): return actions
        default:
            let messages = fields.compactMap { f in f.message.map { "\(f.id): \($0.vi)" } } + [formMessage?.vi].compactMap { $0 }
            Issue.record("not submitted: \(messages)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// The form drawn at a size, as text lines joined by "\n".
    mutating func screen(_ width: Int, _ height: Int, language: Language = .vi) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        render(in: buffer.bounds, into: &buffer, language: language)
        return buffer
    }
}
