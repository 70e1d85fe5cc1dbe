import Foundation
import Ledger
import Procedure

/// The demo data of `dexuat demo`: a year of innovation proposals in the demo ward,
/// every event produced by `Workflow.create` and `Workflow.perform` at a plausible
/// moment, so that every event is one the rules allow.
///
///     let generator = DemoGenerator(proposals: 60, seed: 7, now: .now)
///     try generator.generate { id, transitions in try store.append(id, transitions) }
///
/// Proposals are produced one at a time, in order of creation, and never held together:
/// a million of them stream through in constant memory.
public struct DemoGenerator: Sendable {
    public let proposals: Int
    public let seed: UInt64
    public let now: Date
    public let calendar: WorkingCalendar
    /// Proposals per batch, where a test wants several batches in a small run; nil: `batchSize`.
    var batch: Int?

    public init(proposals: Int, seed: UInt64, now: Date, calendar: WorkingCalendar = WorkingCalendar()) {
        self.proposals = max(0, proposals)
        self.seed = seed
        self.now = now
        self.calendar = calendar
    }

    /// Produces every proposal's transitions in order (per proposal: create then each
    /// step), calling `sink` once per proposal with its id ("2026-000014": year of
    /// creation and a sequence within that year) and the full list of transitions.
    /// A refusal from `Workflow` is a bug of the generator: it is thrown.
    ///
    /// Proposals are planned in order on this thread, run through the workflow in batches
    /// on the other cores while `sink` consumes the previous batch, and always handed to
    /// `sink` in order, on this thread. Only two batches are alive at any time.
    public func generate(_ sink: (String, [Transition]) throws -> Void) throws {
        try pipeline(after: { _ in }) { batch in
            for (job, result) in zip(batch.jobs, batch.results) {
                try sink(job.id, try result.get())
            }
        }
    }

    /// Issue 16: the same proposals into a demo import, their rows prepared on the other
    /// cores too (acts numbered in creation order, every text encoded, the canonical bytes
    /// of every event), so that `sink` only chains and inserts on this thread. The file is
    /// the one `generate { id, transitions in try sink(id, transitions) }` makes, byte for
    /// byte. `progress` is told how many proposals are written.
    public func generate(_ sink: DemoSink, progress: (Int) -> Void = { _ in }) throws {
        let preparer = sink.preparer
        let registers = DemoRegisterBox()
        var written = 0
        try pipeline(after: { batch in batch.prepare(preparer, registers: registers) }) { batch in
            for (i, result) in batch.results.enumerated() {
                _ = try result.get()
                try sink.write(try batch.prepared[i].get())
                written += 1
                progress(written)
            }
        }
    }

    /// Plans batches in order on this thread; runs each through the workflow (and `after`)
    /// on the other cores while `consume` takes the previous one, on this thread, in order.
    /// `after` runs on one batch at a time, in order.
    private func pipeline(after: @escaping @Sendable (DemoBatch) -> Void, _ consume: (DemoBatch) throws -> Void) throws {
        let world = DemoWorld(organization: DemoWard.withDelegations(DemoWard.organization(), today: Day.inVietnam(now)),
                              calendar: calendar, now: now)
        var schedule = DemoSchedule(world: world, proposals: proposals, seed: seed)
        var current = DemoBatch(jobs: schedule.next(batch ?? Self.batchSize(proposals)))
        current.run(world: world)
        after(current)
        while !current.jobs.isEmpty {
            let upcoming = DemoBatch(jobs: schedule.next(batch ?? Self.batchSize(proposals)))
            let group = DispatchGroup()
            if !upcoming.jobs.isEmpty {
                DispatchQueue.global().async(group: group) {
                    upcoming.run(world: world)
                    after(upcoming)
                }
            }
            do {
                try consume(current)
            } catch {
                group.wait()
                throw error
            }
            group.wait()
            current = upcoming
        }
    }

    /// Small runs in one batch; large ones in batches big enough to keep the cores busy.
    static func batchSize(_ proposals: Int) -> Int {
        proposals <= 512 ? max(1, proposals) : 256
    }
}

/// The order of a run, worked out serially and cheaply: which proposal comes next, its
/// id, and its plan. Scripted proposals are merged into the stream of ordinary ones by
/// creation time, so that ids follow creation.
struct DemoSchedule {
    let world: DemoWorld
    let seed: UInt64
    let randomCount: Int
    private var scripted: [DemoRun] = []
    private var nextScripted = 0
    private var nextRandom = 0
    private var sequences: [Int: Int] = [:]
    private let pool: [(login: String, weight: Int)]
    private let weights: [Int]

    init(world: DemoWorld, proposals: Int, seed: UInt64) {
        self.world = world
        self.seed = seed
        for (index, scenario) in DemoCast.scripted.prefix(proposals).enumerated() {
            var rng = DemoRandom(seed: seed, stream: UInt64(index) | 1 << 63)
            guard let review = world.review(for: scenario.proposer) else { continue }
            let plan = DemoPlanner.plan(scenario, review: review, rng: &rng)
            let start = world.creationIndex(for: plan)
            scripted.append(DemoRun(plan: plan, review: review, day: start, minute: DemoClock.minute(rng.unit()), rng: rng))
        }
        scripted.sort { ($0.day, $0.minute) < ($1.day, $1.minute) }
        randomCount = max(0, proposals - scripted.count)
        pool = DemoCast.proposerPool(world.organization)
        weights = pool.map(\.weight)
    }

    /// Up to `count` more proposals, in order of creation.
    mutating func next(_ count: Int) -> [DemoJob] {
        var jobs: [DemoJob] = []
        while jobs.count < count, let run = nextRun() {
            let year = world.day(run.day).year
            let sequence = sequences[year, default: 0] + 1
            sequences[year] = sequence
            jobs.append(DemoJob(id: ProposalID.make(year: year, number: sequence), sequence: sequence, run: run))
        }
        return jobs
    }

    private mutating func nextRun() -> DemoRun? {
        while nextRandom < randomCount {
            var rng = DemoRandom(seed: seed, stream: UInt64(nextRandom))
            let (day, minute) = world.spread(nextRandom, of: randomCount, jitter: rng.unit())
            if nextScripted < scripted.count, (scripted[nextScripted].day, scripted[nextScripted].minute) <= (day, minute) {
                nextScripted += 1
                return scripted[nextScripted - 1]
            }
            nextRandom += 1
            let proposer = pool[rng.weighted(weights)].login
            guard let review = world.review(for: proposer), let unit = world.organization.officer(proposer)?.unitID else { continue }
            let scenario = DemoCast.random(proposer: proposer, unit: unit, review: review, rng: &rng)
            let plan = DemoPlanner.plan(scenario, review: review, rng: &rng)
            return DemoRun(plan: plan, review: review, day: day, minute: minute, rng: rng)
        }
        guard nextScripted < scripted.count else { return nil }
        nextScripted += 1
        return scripted[nextScripted - 1]
    }
}

/// One proposal of the schedule: its id, its number in the year, and its plan.
struct DemoJob: Sendable {
    var id: String
    var sequence: Int
    var run: DemoRun
}

/// A batch of proposals run through the workflow in parallel, each into its own slot.
final class DemoBatch: @unchecked Sendable {
    let jobs: [DemoJob]
    /// Written once per slot by `run`, read only after it returns.
    private let slots: UnsafeMutableBufferPointer<Result<[Transition], Refusal>>

    init(jobs: [DemoJob]) {
        self.jobs = jobs
        slots = .allocate(capacity: jobs.count)
        slots.initialize(repeating: .success([]))
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
        rows?.deinitialize()
        rows?.deallocate()
    }

    var results: UnsafeMutableBufferPointer<Result<[Transition], Refusal>> { slots }

    func run(world: DemoWorld) {
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            let job = self.jobs[i]
            var execution = DemoExecution(world: world, run: job.run, id: job.id, sequence: job.sequence)
            do {
                self.slots[i] = .success(try execution.perform())
            } catch let refusal as Refusal {
                self.slots[i] = .failure(refusal)
            } catch {
                self.slots[i] = .failure(Refusal(.wrongState, detail: "\(job.id): \(error)"))
            }
        }
    }

    /// Issue 16: each proposal's rows, once `prepare` has run (written once per slot by
    /// it, read only after it returns); a failure where its transitions failed.
    private var rows: UnsafeMutableBufferPointer<Result<DemoRows, any Error>>?

    var prepared: UnsafeMutableBufferPointer<Result<DemoRows, any Error>> { rows ?? .init(start: nil, count: 0) }

    /// Numbers the batch's acts in order (on the registers as the previous batches left
    /// them), then prepares every proposal's rows in parallel.
    func prepare(_ preparer: DemoPreparer, registers: DemoRegisterBox) {
        var taken: [[Int]] = []
        for result in slots {
            guard case .success(let transitions) = result else { taken.append([]); continue }
            taken.append(registers.registers.take(preparer.registerKeys(transitions)))
        }
        let numbers = taken
        let out = UnsafeMutableBufferPointer<Result<DemoRows, any Error>>.allocate(capacity: jobs.count)
        out.initialize(repeating: .failure(Refusal(.wrongState, detail: "")))
        rows = out
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            guard case .success(let transitions) = self.slots[i] else { return }
            self.prepared[i] = Result { try preparer.prepare(id: self.jobs[i].id, transitions: transitions, numbers: numbers[i]) }
        }
    }
}

/// The registers of acts as the batches so far left them; used by one batch at a time.
final class DemoRegisterBox: @unchecked Sendable {
    var registers = DemoRegisters()
}

/// One proposal ready to run: its plan, the day index and minute of its creation, and
/// the random stream its texts are drawn from.
struct DemoRun: Sendable {
    var plan: DemoPlan
    var review: DemoReview
    var day: Int
    var minute: Int
    var rng: DemoRandom
}

/// Minutes of the working day (7:30–11:30 and 13:30–17:00, Vietnam time) and small
/// formatting helpers.
enum DemoClock {
    static let morning = (start: 450, length: 240)
    static let afternoon = (start: 810, length: 210)
    static var working: Int { morning.length + afternoon.length }

    /// The working minute at a fraction of the working day.
    static func minute(_ fraction: Double) -> Int {
        let slot = min(working - 1, max(0, Int(fraction * Double(working))))
        return slot < morning.length ? morning.start + slot : afternoon.start + slot - morning.length
    }

    /// A later minute of the same day, over the lunch break; past 17:30 only by single
    /// minutes (a long meeting day), never past 17:59.
    static func later(_ minute: Int, by step: Int) -> Int {
        var next = minute + step
        if next > morning.start + morning.length && next < afternoon.start { next += afternoon.start - morning.start - morning.length }
        return next <= 17 * 60 + 30 ? next : min(minute + 1, 17 * 60 + 59)
    }
}

/// What every proposal of a run shares, worked out once: the organisation, the working
/// days of the window as an array (so that "n working days later" is an addition), and
/// who acts for each unit.
struct DemoWorld: Sendable {
    let organization: Organization
    let calendar: WorkingCalendar
    let settings = ProcedureSettings.standard
    /// Working days from about 400 days before today to about 900 days after.
    let days: [Day]
    /// Index in `days` of the first working day of the year window, and of the first
    /// working day on or after today (events happen strictly before it).
    let windowStart: Int
    let today: Int
    let partyLiaison: String
    private let reviews: [String: DemoReview]
    private let heads: [String: Officer]

    init(organization: Organization, calendar: WorkingCalendar, now: Date) {
        self.organization = organization
        self.calendar = calendar
        let todayDay = Day.inVietnam(now)
        var days: [Day] = []
        var day = todayDay.adding(days: -400)
        let last = todayDay.adding(days: 900)
        while day <= last {
            if calendar.isWorkingDay(day) { days.append(day) }
            day = day.adding(days: 1)
        }
        self.days = days
        let yearAgo = todayDay.adding(days: -365)
        windowStart = days.firstIndex { $0 >= yearAgo } ?? 0
        today = days.firstIndex { $0 >= todayDay } ?? days.count
        partyLiaison = organization.grants.first { $0.role == .partyLiaison }?.login ?? ""

        var reviews: [String: DemoReview] = [:]
        var heads: [String: Officer] = [:]
        for unit in organization.units.keys {
            if let head = organization.head(of: unit) { heads[unit] = head }
        }
        for officer in organization.officers.values {
            guard case .success(let unit) = organization.reviewingUnit(forProposer: officer.login),
                  let head = heads[unit.id] else { continue }
            let clerk = organization.grants.first { $0.role == .clerk && $0.unitID == unit.id }?.login
            let eligible = organization.collective(of: unit.id).map(\.login).filter { $0 != officer.login }
            reviews[officer.login] = DemoReview(reviewingUnit: unit.id, head: head.login, clerk: clerk, eligible: eligible)
        }
        self.reviews = reviews
        self.heads = heads
    }

    func review(for login: String) -> DemoReview? { reviews[login] }
    func head(of unit: String) -> Officer? { heads[unit] }

    /// The working day at an index, past the table's ends by counting on the calendar.
    func day(_ index: Int) -> Day {
        if days.indices.contains(index) { return days[index] }
        guard let first = days.first, let last = days.last else { return Day.inVietnam(Date(timeIntervalSince1970: 0)) }
        return index < 0 ? calendar.addingWorkingDays(index, to: first)
            : calendar.addingWorkingDays(index - days.count + 1, to: last)
    }

    /// The instant of a working minute of an indexed day, with seconds.
    func instant(day index: Int, minute: Int, second: Int) -> Date {
        day(index).startInVietnam.addingTimeInterval(TimeInterval(minute * 60 + second))
    }

    /// Creation of the i-th of `count` ordinary proposals, evenly over the window's
    /// working time, in order.
    func spread(_ i: Int, of count: Int, jitter: Double) -> (day: Int, minute: Int) {
        let span = max(1, today - windowStart)
        let position = (Double(i) + jitter) / Double(max(1, count)) * Double(span)
        let whole = min(span - 1, Int(position))
        return (windowStart + whole, DemoClock.minute(position - Double(whole)))
    }

    /// Creation day of a scripted plan, so its anchor lands where the scenario says.
    func creationIndex(for plan: DemoPlan) -> Int {
        let index: Int
        switch plan.scenario.anchor {
        case .windowStart(let k): index = windowStart + k
        case .lastStep(let x), .receipt(let x), .planEnd(let x), .report(let x): index = today - x - plan.anchorOffset
        }
        return min(max(index, windowStart), today - 1)
    }
}

/// Runs one plan through the workflow, step by step, with the clock advancing.
struct DemoExecution {
    let world: DemoWorld
    var run: DemoRun
    let id: String
    let sequence: Int
    private var proposal: Proposal?
    private var transitions: [Transition] = []
    private var dossier = Dossier()
    private var topic: DemoTopic
    private var receipts = 0

    init(world: DemoWorld, run: DemoRun, id: String, sequence: Int) {
        self.world = world
        self.run = run
        self.id = id
        self.sequence = sequence
        topic = DemoTopics.all[run.plan.scenario.topic % DemoTopics.all.count]
    }

    mutating func perform() throws -> [Transition] {
        var day = run.day
        var minute = run.minute
        let plan = run.plan
        let code = DemoWard.documentCode(of: run.review.reviewingUnit)
        for (k, step) in plan.steps.enumerated() {
            if k > 0 {
                if step.gap > 0 {
                    day += step.gap
                    minute = DemoClock.minute(run.rng.unit())
                } else {
                    minute = DemoClock.later(minute, by: run.rng.int(3...25))
                }
            }
            if day >= world.today { break }
            let context = Context(organization: world.organization, settings: world.settings,
                                  now: world.instant(day: day, minute: minute, second: run.rng.below(60)))
            try take(step.spec, context: context, day: day, code: code)
        }
        return transitions
    }

    private mutating func take(_ spec: DemoSpec, context: Context, day: Int, code: String) throws {
        let s = run.plan.scenario
        let review = run.review
        let proposer = Actor(login: s.proposer)
        let head = Actor(login: review.head)
        func clerkFor(_ voice: String) -> Actor {
            Actor(login: review.clerk ?? review.head, onBehalfOf: voice)
        }
        let actor: Actor
        let action: Action
        switch spec {
        case .create(let complete):
            let plan = run.plan
            let unitName = world.organization.officer(s.proposer).flatMap { world.organization.unit($0.unitID) }?.name ?? ""
            dossier = DemoTexts.dossier(
                topic: topic, unitName: unitName, basis: s.basis, targetCount: plan.targetCount,
                start: world.day(day + plan.startOffset), end: world.day(day + plan.endOffset),
                fundingVND: plan.fundingVND, rng: &run.rng)
            let first = complete ? dossier : DemoTexts.incomplete(dossier)
            let transition = try Workflow.create(id: id, dossier: first, by: proposer, context: context).get()
            record(transition)
            return
        case .edit(let complete, let resubmission):
            var edited = complete ? dossier : DemoTexts.incomplete(dossier)
            if resubmission {
                edited.content += "\n(Hồ sơ đã được bổ sung, hoàn thiện theo ý kiến của thủ trưởng ngày \(context.today.vietnamese).)"
                dossier = edited
            }
            actor = proposer
            action = .editDraft(dossier: edited)
        case .submit:
            actor = proposer
            action = .submit
        case .receive(let byHead):
            receipts += 1
            let standIn = DemoWard.standIn(for: .receive, on: current, org: world.organization, today: context.today)
            actor = byHead ? standIn.map { Actor(login: $0) } ?? head : Actor(login: review.clerk ?? review.head)
            action = .receive(receiptNumber: "\(sequence)\(receipts > 1 ? "b" : "")/PTN-\(code)")
        case .returnForCompletion:
            actor = head
            action = .returnForCompletion(reasons: run.rng.pick(DemoTexts.returnReasons))
        case .outOfScope(let ground):
            let text = DemoTexts.outOfScope(ground, rng: &run.rng)
            actor = head
            action = .outOfScope(ground: ground, reasons: text.reasons, channel: text.channel)
        case .withdraw:
            actor = proposer
            action = .withdraw(reason: run.rng.pick(DemoTexts.withdrawReasons))
        case .party(let stance, let viaClerk):
            let stage: PartyOpinionStage = current?.state == .reported ? .beforeEvaluation : .beforeApproval
            // The reviewing unit's own committee: the ward's Đảng ủy, or an office's or school's chi bộ.
            let committee = current.map { world.organization.partyCommittee(of: $0.reviewingUnitID) } ?? DemoWard.partyCommittee
            actor = viaClerk ? clerkFor(committee) : Actor(login: world.partyLiaison)
            action = .partyOpinion(stance: stance, text: DemoTexts.partyOpinion(stance, stage: stage, rng: &run.rng),
                                   committee: viaClerk ? "" : committee)
        case .checklist(let member, let viaClerk, let positive):
            actor = viaClerk ? clerkFor(member) : Actor(login: member)
            action = .checklist(answers: DemoTexts.checklist(positive: positive, rng: &run.rng))
        case .ballot(let member, let viaClerk, let yes):
            actor = viaClerk ? clerkFor(member) : Actor(login: member)
            action = .ballot(inFavour: yes, comment: DemoTexts.ballotComment(yes: yes, rng: &run.rng))
        case .decide(let kind):
            // A deputy under the demo's delegation decides for the head, never an override
            // (the head's own responsibility).
            let standIn = kind == .override ? nil : DemoWard.standIn(for: .decide, on: current, org: world.organization, today: context.today)
            actor = standIn.map { Actor(login: $0) } ?? head
            // A placeholder the rules accept: the writer (Ledger's DemoWriter) gives every act
            // the next number of its register as it is stored (issue 15). Drawn still, so
            // that the demo's other texts keep their random stream.
            let number = "\(run.rng.int(12...980))/QĐ-\(code)"
            switch kind {
            case .approve:
                action = .decide(kind: kind, number: number, reasons: run.rng.pick(DemoTexts.approvalReasons), responsibilityStatement: "")
            case .reject:
                action = .decide(kind: kind, number: number, reasons: run.rng.pick(DemoTexts.rejectionReasons), responsibilityStatement: "")
            case .override:
                action = .decide(kind: kind, number: number, reasons: "Tập thể lãnh đạo không thông qua; người đứng đầu quyết định cho triển khai theo khoản 1 Điều 8 Nghị định số 73/2023/NĐ-CP.",
                                 responsibilityStatement: run.rng.pick(DemoTexts.overrideStatements))
            }
        case .resource:
            let grant = DemoTexts.resource(topic: topic, fundingVND: run.plan.fundingVND, rng: &run.rng)
            actor = head
            action = .resource(fundingVND: grant.funding, staff: grant.staff, equipment: grant.equipment,
                               reassignment: grant.reassignment, noneNeededReason: grant.none)
        case .progress(let step, let percent):
            actor = proposer
            action = .progress(percent: percent, note: DemoTexts.progress(topic: topic, step: step, percent: percent))
        case .directive(let kind):
            actor = DemoWard.standIn(for: .directive, on: current, org: world.organization, today: context.today).map { Actor(login: $0) } ?? head
            action = .directive(kind: kind, reason: DemoTexts.directive(kind, topic: topic, rng: &run.rng))
        case .report:
            actor = proposer
            action = .report(summary: DemoTexts.report(topic: topic, outcome: s.outcome, terminated: current?.state == .terminated),
                             results: results())
        case .memberEvaluation(let member, let dissent):
            actor = Actor(login: member)
            var form = evaluationForm()
            if dissent, let index = form.findings.firstIndex(where: { $0.kind == .followedPlan }) {
                form.findings[index] = DemoTexts.dissent(on: form.findings[index])
            }
            action = .memberEvaluation(form: form)
        case .evaluate:
            actor = head
            action = .evaluate(form: evaluationForm())
        case .conclude:
            actor = head
            let consequence = current?.evaluation?.consequence ?? DemoPlanner.consequence(of: s)
            action = .conclude(number: "\(run.rng.int(5...400))/KL-\(code)",
                               text: DemoTexts.conclusion(consequence, title: current?.title ?? dossier.title,
                                                          category: world.organization.category(of: s.proposer)))
        case .measure(let kind):
            actor = head
            action = .measure(kind: kind, decisionNumber: measureNumber(kind, code: code), day: context.today,
                              decidedBy: decidedBy(kind), reason: DemoTexts.measureReason(kind, category: world.organization.category(of: s.proposer)))
        case .close:
            actor = head
            action = .close
        case .forward:
            actor = Actor(login: review.clerk ?? review.head)
            action = .forward(letterNumber: "\(sequence)/UBND-VP", letterDay: context.today)
        case .openMeeting(let stage):
            actor = head
            action = .openMeeting(stage: stage, day: context.today, chair: nil)
        case .attendance(let stage, let absent):
            // The clerk keeps the minutes, unless the clerk is the proposer: then the chair.
            actor = review.clerk.flatMap { $0 == s.proposer ? nil : Actor(login: $0) } ?? head
            let convened = current?.meeting(stage)?.convened ?? []
            action = .recordAttendance(stage: stage, attendance: convened.map { member in
                member == absent ? Attendance(member: member, present: false,
                                                 reason: DemoTexts.absenceReasons[sequence % DemoTexts.absenceReasons.count])
                    : Attendance(member: member, present: true)
            })
        case .provincialOutcome(let result):
            actor = Actor(login: review.clerk ?? review.head)
            let sent = current?.forwarding?.letterDay ?? context.today
            action = .recordOutcome(decisionNumber: "\(sequence + 1200)/QĐ-UBND", decisionDay: max(sent, context.today.adding(days: -3)),
                                    result: result, reasons: DemoTexts.provincialReasons(result))
        }
        guard let proposal = current else { throw Refusal(.wrongState, detail: id) }
        record(try Workflow.perform(action, on: proposal, by: actor, context: context).get())
    }

    private var current: Proposal? { transitions.last?.proposal }

    private mutating func record(_ transition: Transition) {
        transitions.append(transition)
    }

    /// The evaluation form of the scenario (§3.4), as a member or the chair fills it.
    private mutating func evaluationForm() -> EvaluationForm {
        let s = run.plan.scenario
        let damage = s.damage && s.outcome != .completed
        return EvaluationForm(
            outcome: s.outcome, damage: damage,
            damageDescription: damage ? "Thiệt hại: " + topic.damage + "." : "",
            damageEstimateVND: damage ? Int64(run.rng.int(5...90)) * 1_000_000 : nil,
            findings: DemoTexts.findings(hold: s.findingsHold, failing: s.failingFinding),
            objectiveCauses: DemoTexts.objectiveCauses(topic: topic, outcome: s.outcome),
            subjectiveCauses: DemoTexts.subjectiveCauses(outcome: s.outcome, rng: &run.rng),
            results: results())
    }

    /// One result per target, achieved as the outcome says.
    private mutating func results() -> [TargetResult] {
        let outcome = run.plan.scenario.outcome
        let count = current?.dossier.targets.count ?? 0
        return (0..<count).map { i in
            let achieved = outcome == .completed || (outcome == .partlyCompleted && i == 0)
            return TargetResult(target: i, achieved: achieved, result: DemoTexts.targetResult(achieved: achieved, rng: &run.rng))
        }
    }

    private mutating func measureNumber(_ kind: MeasureKind, code: String) -> String {
        let n = run.rng.int(3...650)
        switch kind {
        case .praise: return "\(n)/TB-\(code)"
        case .evaluationBasis, .notLiable: return "\(n)/KL-\(code)"
        default: return "\(n)/QĐ-UBND"
        }
    }

    private func decidedBy(_ kind: MeasureKind) -> String {
        switch kind {
        case .praise, .evaluationBasis, .notLiable:
            guard let head = world.head(of: run.review.reviewingUnit) else { return "Thủ trưởng đơn vị" }
            return "\(head.name), \(head.position)"
        default:
            guard let chair = world.head(of: "UBND") else { return "Chủ tịch UBND phường Uông Bí" }
            return "\(chair.name), Chủ tịch UBND phường Uông Bí"
        }
    }
}
