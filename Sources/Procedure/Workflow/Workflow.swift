import Foundation

/// What the rules consult besides the proposal: the organisation, the settings and the clock.
public struct Context: Sendable {
    public var organization: Organization
    public var settings: ProcedureSettings
    public var now: Date

    public init(organization: Organization, settings: ProcedureSettings = .standard, now: Date) {
        self.organization = organization
        self.settings = settings
        self.now = now
    }

    /// Today in Vietnam.
    public var today: Day { Day.inVietnam(now) }
}

/// The outcome of an allowed action: the events to record and the proposal after them.
public struct Transition: Sendable, Hashable {
    public var events: [Event]
    public var proposal: Proposal
}

/// The procedure, top to bottom: one function per step, each taking the current proposal,
/// the actor, what they typed and the time, and returning the events to record or a refusal.
/// Nothing here touches a disk or a terminal.
public enum Workflow {
    /// Step 0: a new draft (bản nháp). Any officer may propose; the dossier may be incomplete.
    public static func create(id: String, dossier: Dossier, by actor: Actor, context: Context) -> Result<Transition, Refusal> {
        let org = context.organization
        guard let officer = org.officer(actor.login) else { return .failure(Refusal(.unknownOfficer, detail: actor.login)) }
        if actor.onBehalfOf != nil { return .failure(Refusal(.onBehalfNotAllowed)) }
        let reviewing: Unit
        switch org.reviewingUnit(forProposer: actor.login) {
        case .success(let unit): reviewing = unit
        case .failure(let refusal): return .failure(refusal)
        }
        let clean: Dossier
        switch dossier.normalized() {
        case .success(let d): clean = d
        case .failure(let refusal): return .failure(refusal)
        }
        if let refusal = context.settings.checklist.unknownItem(in: clean.selfCheck) { return .failure(refusal) }
        let event = Event(proposalID: id, actor: actor, at: context.now, change: .created(
            dossier: clean, proposer: actor.login, unitID: officer.unitID,
            reviewingUnitID: reviewing.id, proposerIsManaging: officer.isManaging))
        return .success(Transition(events: [event], proposal: Proposal(id: id, created: event)))
    }

    /// Every later step. The role and state checks of `Permissions` come first, then the
    /// checks of what was typed; a refusal changes nothing.
    public static func perform(_ action: Action, on proposal: Proposal, by actor: Actor, context: Context) -> Result<Transition, Refusal> {
        if let refusal = Permissions.check(action.kind, on: proposal, by: actor, in: context.organization, today: context.today) {
            return .failure(refusal)
        }
        // §7.5: the authority is the rules' finding, never the caller's claim.
        var actor = actor
        actor.acting = Permissions.acting(action.kind, on: proposal, by: actor, in: context.organization, today: context.today)
        let changes: [Change]
        let reason: String
        do {
            (changes, reason) = try decide(action, on: proposal, by: actor, context: context)
        } catch let refusal as Refusal {
            return .failure(refusal)
        } catch {
            return .failure(Refusal(.wrongState))
        }
        var next = proposal
        var events: [Event] = []
        for change in changes {
            let event = Event(proposalID: proposal.id, actor: actor, at: context.now, reason: reason, change: change)
            events.append(event)
            next = next.applying(event)
        }
        return .success(Transition(events: events, proposal: next))
    }

    // MARK: - The steps

    private static func decide(_ action: Action, on p: Proposal, by actor: Actor, context: Context) throws -> ([Change], String) {
        let today = context.today
        let settings = context.settings
        let org = context.organization
        switch action {
        case .editDraft(let dossier):
            let clean = try dossier.normalized().get()
            if let refusal = settings.checklist.unknownItem(in: clean.selfCheck) { throw refusal }
            return ([.dossierEdited(dossier: clean)], "")

        case .submit:
            if let refusal = Preconditions.submit(p, settings: settings) { throw refusal }
            return ([.submitted(day: today)], "")

        case .withdraw(let reason):
            let why = try required(reason, .reasonRequired)
            return ([.withdrawn(reason: why, day: today)], why)

        case .receive(let number):
            let number = try TextInput.singleLine(number, field: Localized(vi: "Số tiếp nhận", en: "Receipt number")).get()
            if number.isEmpty { throw Refusal(.receiptNumberRequired) }
            return ([.received(receipt: Receipt(number: number, day: today, by: actor.login))], "")

        case .returnForCompletion(let reasons):
            if let refusal = Preconditions.returnForCompletion(p, settings: settings) { throw refusal }
            let why = try required(reasons, .reasonRequired)
            return ([.returned(record: ReturnRecord(reasons: why, day: today))], why)

        case .outOfScope(let ground, let reasons, let channel):
            let why = try multi(reasons)
            let where_ = try multi(channel)
            if TextInput.isBlank(why) || TextInput.isBlank(where_) { throw Refusal(.outOfScopeGround) }
            return ([.outOfScope(record: OutOfScopeRecord(ground: ground, reasons: why, channel: where_, day: today))], why)

        case .partyOpinion(let stance, let text, let committee):
            if let refusal = Preconditions.partyOpinion(p) { throw refusal }
            let stage = Preconditions.partyOpinionStage(p)
            let body = try required(text, .reasonRequired)
            let name = try TextInput.singleLine(committee, field: Localized(vi: "Cấp ủy", en: "Committee")).get()
            // Unnamed: the committee a clerk records from, else the reviewing unit's own.
            let from = (actor.onBehalfOf ?? "").trimmingCharacters(in: .whitespaces)
            let opinion = PartyOpinion(stage: stage, stance: stance, text: body,
                                       committee: !name.isEmpty ? name : !from.isEmpty ? from : org.partyCommittee(of: p.reviewingUnitID),
                                       day: today, recordedBy: actor.login)
            return ([.partyOpinion(opinion: opinion)], body)

        case .checklist(let answers):
            let clean = try answers.map { try $0.normalized().get() }
            let template = settings.checklist
            if let refusal = template.unknownItem(in: clean) { throw refusal }
            let missing = template.missing(in: clean)
            if !missing.isEmpty {
                throw Refusal(.checklistIncomplete, detail: Localized(
                    vi: missing.map(\.id).joined(separator: ", "), en: missing.map(\.id).joined(separator: ", ")))
            }
            if let refusal = Preconditions.present(p, member: actor.voice) { throw refusal }
            return ([.checklistFilled(member: actor.voice, answers: clean)], "")

        case .ballot(let inFavour, let comment):
            let member = actor.voice
            if let refusal = Preconditions.present(p, member: member) { throw refusal }
            if let refusal = Preconditions.checklistComplete(p, member: member, settings: settings) { throw refusal }
            let text = try multi(comment)
            var ballot = Ballot(member: member, inFavour: inFavour, comment: text, day: today, recordedBy: actor.login)
            // A second ballot of the same member amends the first (§7.2); the event says so.
            if p.ballots.contains(where: { $0.member == member }) { ballot.amends = true }
            return ([.ballotCast(ballot: ballot)], text)

        case .decide(let kind, let number, let reasons, let statement):
            let tally = p.tally(in: org, settings: settings)
            let number = try TextInput.singleLine(number, field: Localized(vi: "Số quyết định", en: "Decision number")).get()
            let why = try multi(reasons)
            let responsibility = try multi(statement)
            if let refusal = Preconditions.quorum(.review, p, settings: settings) { throw refusal }
            if let refusal = Preconditions.decision(kind, p, tally: tally, settings: settings) { throw refusal }
            switch kind {
            case .approve:
                if number.isEmpty { throw Refusal(.decisionNumber) }
            case .override:
                if number.isEmpty { throw Refusal(.decisionNumber) }
                if TextInput.isBlank(responsibility) { throw Refusal(.overrideStatement) }
            case .reject:
                if settings.rejectionNeedsReasons && TextInput.isBlank(why) { throw Refusal(.reasonRequired) }
            }
            let decision = Decision(kind: kind, number: number, day: today, signedBy: actor.login, reasons: why,
                                    responsibilityStatement: responsibility, tally: tally)
            return ([.decided(decision: decision)], kind == .override ? responsibility : why)

        case .resource(let funding, let staff, let equipment, let reassignment, let noneNeeded):
            let grant = ResourceGrant(fundingVND: funding, staff: try multi(staff), equipment: try multi(equipment),
                                      reassignment: try multi(reassignment), noneNeededReason: try multi(noneNeeded), day: today)
            if funding < 0 || (!grant.grantsSomething && TextInput.isBlank(grant.noneNeededReason)) {
                throw Refusal(.resourcesRequired)
            }
            return ([.resourced(grant: grant)], grant.noneNeededReason)

        case .progress(let percent, let note):
            guard (0...100).contains(percent) else { throw Refusal(.percentRange, detail: "\(percent)") }
            let text = try required(note, .reasonRequired)
            return ([.progressNoted(note: ProgressNote(percent: percent, text: text, day: today, by: actor.login))], text)

        case .directive(let kind, let reason):
            if let refusal = Preconditions.directive(kind, p) { throw refusal }
            let why = try required(reason, .reasonRequired)
            return ([.directiveIssued(directive: Directive(kind: kind, reason: why, day: today, by: actor.login))], why)

        case .report(let summary, let results):
            if let refusal = Preconditions.report(p, today: today) { throw refusal }
            let text = try required(summary, .reportTargets)
            let clean = try checkedResults(results, targets: p.dossier.targets.count, rule: .reportTargets)
            return ([.reported(report: CompletionReport(summary: text, results: clean, day: today, by: actor.login))], text)

        case .evaluate(let form):
            if let refusal = Preconditions.collectiveEvaluation(p, in: org, settings: settings) { throw refusal }
            if let refusal = Preconditions.quorum(.evaluation, p, settings: settings) { throw refusal }
            var evaluation = try checkedEvaluation(form, targets: p.dossier.targets.count, day: today)
            // §7.3: where the chair departs from the members' majority, a written reason.
            try checkDepartures(evaluation, on: p, in: org, settings: settings)
            evaluation.memberForms = p.eligibleMemberEvaluations(in: org).map(\.member)
            // The head chairs the collective; a deputy who is the proposer is excluded (step 9).
            // §7.1: with a meeting, those convened to it (and present, once the attendance is in).
            let collective = p.collectiveMembers(at: .evaluation, in: org)
            let attending = p.meeting(.evaluation)?.present
            evaluation.participants = collective.filter { $0 != p.proposer && (attending?.contains($0) ?? true) }
            evaluation.excluded = collective.filter { $0 == p.proposer }
            return ([.evaluated(evaluation: evaluation)], evaluation.subjectiveCauses)

        case .conclude(let number, let text):
            if let refusal = Preconditions.conclude(p, settings: settings) { throw refusal }
            guard let evaluation = p.evaluation else { throw Refusal(.evaluationIncomplete) }
            let number = try TextInput.singleLine(number, field: Localized(vi: "Số thông báo kết luận", en: "Conclusion number")).get()
            if number.isEmpty { throw Refusal(.decisionNumber) }
            let body = try required(text, .conclusionRequired)
            let conclusion = Conclusion(number: number, text: body, day: today, consequence: evaluation.consequence)
            return ([.concluded(conclusion: conclusion)], body)

        case .measure(let kind, let decisionNumber, let day, let decidedBy, let reason):
            if let refusal = Preconditions.measure(kind, p, settings: settings) { throw refusal }
            let number = try TextInput.singleLine(decisionNumber, field: Localized(vi: "Số quyết định", en: "Decision number")).get()
            let who = try TextInput.singleLine(decidedBy, field: Localized(vi: "Người quyết định", en: "Decided by")).get()
            if number.isEmpty || who.isEmpty { throw Refusal(.decisionNumber) }
            let why = try required(reason, .reasonRequired)
            let measure = Measure(kind: kind, decisionNumber: number, day: day, decidedBy: who, reason: why, recordedBy: actor.login)
            return ([.measureRecorded(measure: measure)], why)

        case .close:
            if let refusal = Preconditions.close(p, settings: settings) { throw refusal }
            return ([.closed(day: today)], "")

        case .forward(let number, let day):
            return (try forward(p, letterNumber: number, letterDay: day, by: actor, today: today), "")

        case .memberEvaluation(let form):
            if let refusal = Preconditions.present(p, member: actor.voice) { throw refusal }
            let evaluation = try checkedEvaluation(form, targets: p.dossier.targets.count, day: today)
            return ([.memberEvaluated(record: memberEvaluation(evaluation, on: p, by: actor))], evaluation.subjectiveCauses)

        case .recordOutcome(let number, let day, let result, let reasons):
            return (try recordOutcome(p, decisionNumber: number, decisionDay: day, result: result, reasons: reasons, by: actor, today: today), reasons)

        case .openMeeting(let stage, let day, let chair):
            return (try openMeeting(p, stage: stage, day: day, chair: chair, by: actor, org: org, today: today), "")

        case .recordAttendance(let stage, let attendance):
            return (try recordAttendance(p, stage: stage, attendance: attendance, by: actor, org: org), "")
        }
    }

    // MARK: - Input checks

    private static func multi(_ text: String) throws -> String {
        try TextInput.multiLine(text, field: Localized(vi: "Nội dung", en: "Text")).get()
    }

    private static func required(_ text: String, _ rule: Rule) throws -> String {
        let clean = try multi(text)
        if TextInput.isBlank(clean) { throw Refusal(rule) }
        return clean
    }

    private static func checkedResults(_ results: [TargetResult], targets: Int, rule: Rule) throws -> [TargetResult] {
        let clean = try results.map { TargetResult(target: $0.target, achieved: $0.achieved, result: try multi($0.result)) }
        let covered = Set(clean.filter { !TextInput.isBlank($0.result) }.map(\.target))
        // One result per target: a missing, repeated or unknown target makes the form incomplete.
        let missing = (0..<targets).filter { index in !covered.contains(index) || clean.filter { $0.target == index }.count > 1 }
        if !missing.isEmpty || clean.contains(where: { $0.target < 0 || $0.target >= targets }) {
            let list = missing.map { String($0 + 1) }.joined(separator: ", ")
            throw Refusal(rule, detail: Localized(vi: "chỉ tiêu " + list, en: "target " + list))
        }
        return clean
    }

    private static func checkedEvaluation(_ form: EvaluationForm, targets: Int, day: Day) throws -> Evaluation {
        let objective = try multi(form.objectiveCauses)
        let subjective = try multi(form.subjectiveCauses)
        if TextInput.isBlank(objective) || TextInput.isBlank(subjective) { throw Refusal(.causesRequired) }
        let description = try multi(form.damageDescription)
        if form.damage && (TextInput.isBlank(description) || (form.damageEstimateVND ?? 0) <= 0) {
            throw Refusal(.damageEstimate)
        }
        let findings = try form.findings.map { finding in
            Finding(kind: finding.kind, holds: finding.holds, reason: try multi(finding.reason),
                    departureReason: try finding.departureReason.map(multi).flatMap { TextInput.isBlank($0) ? nil : $0 })
        }
        // Each finding once, with a reason: a missing or repeated one makes the form incomplete.
        let missing = FindingKind.allCases.filter { kind in
            findings.filter { $0.kind == kind }.count != 1
                || !findings.contains { $0.kind == kind && !TextInput.isBlank($0.reason) }
        }
        if !missing.isEmpty {
            throw Refusal(.evaluationIncomplete, detail: Localized(
                vi: missing.map(\.label.vi).joined(separator: "; "), en: missing.map(\.label.en).joined(separator: "; ")))
        }
        let results = try checkedResults(form.results, targets: targets, rule: .targetResults)
        return Evaluation(outcome: form.outcome, damage: form.damage, damageDescription: description,
                          damageEstimateVND: form.damage ? form.damageEstimateVND : nil, findings: findings,
                          abuseFound: form.abuseFound, objectiveCauses: objective, subjectiveCauses: subjective,
                          results: results, day: day)
    }
}

extension Proposal {
    /// The vote as it stands, under the given settings.
    public func tally(in org: Organization, settings: ProcedureSettings) -> VoteTally {
        // §7.1: once the review meeting is open, its members frozen at opening.
        let collective = collectiveMembers(at: .review, in: org)
        // §7.4: the proposer and anyone who declared a conflict do not vote.
        let recused = collective.filter { isConflicted($0) }
        let eligible = collective.filter { !isConflicted($0) }
        let present = meeting(.review)?.present.map { list in list.filter { eligible.contains($0) } }
        // A member marked absent has no ballot to count (one cast before the attendance is not counted).
        let counted = ballots.filter { eligible.contains($0.member) && (present?.contains($0.member) ?? true) }
        let head = org.head(of: reviewingUnitID)?.login
        let headLogin = head.flatMap { eligible.contains($0) ? $0 : nil }
        return VoteTally(
            eligible: eligible, recused: recused,
            yes: counted.filter(\.inFavour).map(\.member), no: counted.filter { !$0.inFavour }.map(\.member),
            headLogin: headLogin, headVote: counted.first { $0.member == headLogin }?.inFavour,
            basis: settings.voteBasis, present: present)
    }

    /// The consequence that measures must fit: the conclusion's, or, when the conclusion
    /// step is switched off, the evaluation's.
    public func consequence(settings: ProcedureSettings) -> Consequence? {
        if let conclusion { return conclusion.consequence }
        if !settings.requireConclusion { return evaluation?.consequence }
        return nil
    }
}

extension VoteTally {
    /// "Tán thành 3/5, không tán thành 1/5, chưa biểu quyết 1; 1 thành viên không tham gia
    /// biểu quyết" (GLOSSARY: tán thành / không tán thành, each over the base).
    public var summary: Localized {
        let waiting = notVoted.isEmpty ? Localized(vi: "", en: "")
            : Localized(vi: ", chưa biểu quyết \(notVoted.count)", en: ", \(notVoted.count) not voted")
        let out = recused.isEmpty ? Localized(vi: "", en: "")
            : Localized(vi: "; \(recused.count) thành viên không tham gia biểu quyết", en: "; \(recused.count) recused")
        return Localized(
            vi: "Tán thành \(yes.count)/\(base), không tán thành \(no.count)/\(base)\(waiting.vi)\(out.vi)",
            en: "In favour \(yes.count)/\(base), against \(no.count)/\(base)\(waiting.en)\(out.en)")
    }

    /// Whether it passed on a tie, carried by the head's vote.
    public var passedOnTie: Bool { passed && yes.count * 2 == base }

    /// "thông qua", "thông qua (ngang phiếu, theo ý kiến người đứng đầu)", "không thông
    /// qua", or not decided yet ("Đạt" is for targets, not votes).
    public var verdict: Localized {
        if passedOnTie {
            return Localized(vi: "thông qua (ngang phiếu, theo ý kiến người đứng đầu đã biểu quyết)",
                             en: "passed (a tie, carried by the head's vote)")
        }
        if passed { return Localized(vi: "thông qua", en: "passed") }
        if failedForGood { return Localized(vi: "không thông qua", en: "not passed") }
        return Localized(vi: "chưa đủ phiếu để kết luận", en: "not decided yet")
    }

    /// "Tán thành 1/2, không tán thành 1/2: thông qua (ngang phiếu, …)".
    public var result: Localized {
        Localized(vi: summary.vi + ": " + verdict.vi, en: summary.en + ": " + verdict.en)
    }
}
