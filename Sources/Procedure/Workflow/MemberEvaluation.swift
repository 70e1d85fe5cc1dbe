import Foundation

/// PROCEDURE.md §7.3: one member's own evaluation form (§3.4), filed before the collective
/// evaluation. Every form is kept in the event chain; the proposal holds each member's
/// latest (§7.2: a member may amend theirs until the collective evaluation is issued).
public struct MemberEvaluation: Sendable, Hashable, Codable {
    public var member: String
    /// The form as checked by the workflow (the same checks as the collective one); its
    /// `day` is the day it was filed.
    public var form: Evaluation
    /// The login who entered it.
    public var recordedBy: String
    /// True when it replaces the member's earlier form. Absent (nil) on a first form.
    public var amends: Bool? = nil

    public init(member: String, form: Evaluation, recordedBy: String, amends: Bool? = nil) {
        self.member = member
        self.form = form
        self.recordedBy = recordedBy
        self.amends = amends
    }
}

/// The members' majority on one answer of the form: nil when the members are split evenly
/// (or none filed), so the chair decides without departing from anyone.
public struct MemberMajority: Sendable, Hashable {
    /// The majority answer to each finding (nil: a tie).
    public var findings: [FindingKind: Bool]
    public var outcome: Outcome?
    public var damage: Bool?
    public var abuseFound: Bool?
    /// The members whose forms count.
    public var members: [String]

    /// The majority's answer to one finding.
    public func finding(_ kind: FindingKind) -> Bool? { findings[kind] }
}

extension Proposal {
    /// Every member's latest own evaluation form, in the order they were first filed.
    public var memberEvaluations: [MemberEvaluation] { memberEvaluationRecords ?? [] }

    /// The member's own latest form, if filed.
    public func memberEvaluation(of member: String) -> MemberEvaluation? {
        memberEvaluations.first { $0.member == member }
    }

    /// The members of the reviewing collective who evaluate (§7.3): the proposer and anyone
    /// who declared a conflict excluded (§7.4).
    public func evaluatingMembers(in org: Organization) -> [String] {
        // §7.1: with an evaluation meeting, those convened to it (frozen at its opening).
        collectiveMembers(at: .evaluation, in: org).filter { !isConflicted($0) }
    }

    /// The forms that count: those of members who evaluate now (a member who declared a
    /// conflict after filing no longer counts), in the collective's order.
    public func eligibleMemberEvaluations(in org: Organization) -> [MemberEvaluation] {
        evaluatingMembers(in: org).compactMap { memberEvaluation(of: $0) }
    }

    /// The members' majority on each answer, from the forms that count.
    public func memberMajority(in org: Organization) -> MemberMajority {
        let forms = eligibleMemberEvaluations(in: org).map(\.form)
        func majority(_ answers: [Bool]) -> Bool? {
            let yes = answers.filter { $0 }.count
            let no = answers.count - yes
            return yes == no ? nil : yes > no
        }
        var findings: [FindingKind: Bool] = [:]
        for kind in FindingKind.allCases {
            findings[kind] = majority(forms.compactMap { form in form.findings.first { $0.kind == kind }?.holds })
        }
        let counts = Outcome.allCases.map { outcome in (outcome, forms.filter { $0.outcome == outcome }.count) }
        let top = counts.map(\.1).max() ?? 0
        let leaders = counts.filter { $0.1 == top && top > 0 }
        return MemberMajority(findings: findings, outcome: leaders.count == 1 ? leaders[0].0 : nil,
                              damage: majority(forms.map(\.damage)), abuseFound: majority(forms.map(\.abuseFound)),
                              members: eligibleMemberEvaluations(in: org).map(\.member))
    }

    /// The chair's form pre-filled from the members' majority (§7.3): each answer the
    /// majority gave; on a tie, the answer of the first member who gave one. The texts
    /// (reasons, causes, results) are those of the first member of the majority. Nil when
    /// no member has filed.
    public func collectiveDraft(in org: Organization) -> EvaluationForm? {
        let forms = eligibleMemberEvaluations(in: org).map(\.form)
        guard let first = forms.first else { return nil }
        let majority = memberMajority(in: org)
        let outcome = majority.outcome ?? first.outcome
        let damage = majority.damage ?? first.damage
        let damaged = forms.first { $0.damage == damage } ?? first
        let findings = FindingKind.allCases.map { kind -> Finding in
            let holds = majority.finding(kind) ?? first.findings.first { $0.kind == kind }?.holds ?? true
            let source = forms.lazy.compactMap { form in form.findings.first { $0.kind == kind && $0.holds == holds } }.first
            return Finding(kind: kind, holds: holds, reason: source?.reason ?? "")
        }
        let causes = forms.first { $0.outcome == outcome } ?? first
        return EvaluationForm(outcome: outcome, damage: damage, damageDescription: damage ? damaged.damageDescription : "",
                              damageEstimateVND: damage ? damaged.damageEstimateVND : nil, findings: findings,
                              abuseFound: majority.abuseFound ?? first.abuseFound,
                              objectiveCauses: causes.objectiveCauses, subjectiveCauses: causes.subjectiveCauses,
                              results: causes.results)
    }

    /// How many of the evaluating members must have filed before the collective evaluation:
    /// more than `memberEvaluationShare` percent of them, all of them at 100.
    public func requiredMemberEvaluations(in org: Organization, settings: ProcedureSettings) -> Int {
        let eligible = evaluatingMembers(in: org).count
        let share = min(max(settings.memberEvaluationShare, ProcedureSettings.memberEvaluationShareRange.lowerBound),
                        ProcedureSettings.memberEvaluationShareRange.upperBound)
        return min(eligible, eligible * share / 100 + 1)
    }
}

extension ProcedureSettings {
    /// The shares the threshold of §7.3 may take: at least a majority, at most everyone.
    public static let memberEvaluationShareRange = 50...100
}

extension Preconditions {
    /// Step 9 as the collective evaluation (§7.3): the Party opinion before evaluation, and
    /// enough members' own forms filed.
    public static func collectiveEvaluation(_ p: Proposal, in org: Organization, settings: ProcedureSettings) -> Refusal? {
        if let refusal = evaluate(p) { return refusal }
        let filed = p.eligibleMemberEvaluations(in: org).count
        let required = p.requiredMemberEvaluations(in: org, settings: settings)
        let eligible = p.evaluatingMembers(in: org).count
        if filed < required {
            return Refusal(.memberFormsMissing, detail: Localized(
                vi: "đã nộp \(filed)/\(eligible), cần \(required)", en: "\(filed) of \(eligible) filed, \(required) needed"))
        }
        return nil
    }
}

extension Workflow {
    /// §7.3: a member's own form; a second one of the same member amends the first.
    static func memberEvaluation(_ form: Evaluation, on p: Proposal, by actor: Actor) -> MemberEvaluation {
        // A member departs from no one: a departure reason belongs to the collective evaluation.
        var own = form
        own.findings = own.findings.map { Finding(kind: $0.kind, holds: $0.holds, reason: $0.reason) }
        var record = MemberEvaluation(member: actor.voice, form: own, recordedBy: actor.login)
        if p.memberEvaluation(of: actor.voice) != nil { record.amends = true }
        return record
    }

    /// §7.3 (LOCAL, on by default): each finding where the chair's answer differs from the
    /// members' majority carries a written reason. A tie is no majority: nothing to depart from.
    static func checkDepartures(_ evaluation: Evaluation, on p: Proposal, in org: Organization,
                                settings: ProcedureSettings) throws {
        guard settings.departureNeedsReason else { return }
        let majority = p.memberMajority(in: org)
        let missing = FindingKind.allCases.filter { kind in
            guard let expected = majority.finding(kind),
                  let finding = evaluation.findings.first(where: { $0.kind == kind }) else { return false }
            return finding.holds != expected && TextInput.isBlank(finding.departureReason ?? "")
        }
        if !missing.isEmpty {
            throw Refusal(.departureReason, detail: Localized(
                vi: missing.map(\.label.vi).joined(separator: "; "), en: missing.map(\.label.en).joined(separator: "; ")))
        }
    }
}

extension EvaluationForm {
    /// The form as it was filed, to amend it or to start from it.
    public init(filed evaluation: Evaluation) {
        self.init(outcome: evaluation.outcome, damage: evaluation.damage, damageDescription: evaluation.damageDescription,
                  damageEstimateVND: evaluation.damageEstimateVND, findings: evaluation.findings,
                  abuseFound: evaluation.abuseFound, objectiveCauses: evaluation.objectiveCauses,
                  subjectiveCauses: evaluation.subjectiveCauses, results: evaluation.results)
    }
}
