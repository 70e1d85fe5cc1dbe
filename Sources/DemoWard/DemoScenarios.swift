import Procedure

/// How far a demo proposal gets.
enum DemoEnd: Sendable, Hashable {
    case draft, awaitingReceipt, registered, returned, outOfScope, withdrawn, rejected, approved
    case inProgress, suspended, terminated, reported, evaluated, closed
    /// §7.6: the chair's own proposal, at the province.
    case forwarded
}

/// Where a proposal's timeline is pinned.
enum DemoAnchor: Sendable, Hashable {
    /// Created this many working days after the start of the year window.
    case windowStart(Int)
    /// The last step lands this many working days before today.
    case lastStep(Int)
    /// The last registration of receipt lands this many working days before today.
    case receipt(Int)
    /// The planned end of implementation is this many working days before today
    /// (negative: in the future).
    case planEnd(Int)
    /// The completion report lands this many working days before today.
    case report(Int)
}

/// The story of one proposal, before it is laid out in time.
struct DemoScenario: Sendable {
    var proposer: String
    var topic: Int
    var end: DemoEnd
    var anchor: DemoAnchor = .lastStep(10)
    var basis: LegalBasis = .decree73
    var incompleteDraft = false
    var draftEdits = 0
    var receiveByHead = false
    /// Returned for completion once, then completed and resubmitted.
    var returnedOnce = false
    var withdrawAfterReturn = false
    var outOfScopeGround: OutOfScopeGround = .exceedsAuthority
    var party: PartyStance? = .agree
    var partyViaClerk = false
    /// Probability that the clerk records a member's checklist and ballot from the minutes.
    var clerkBallots = 0.3
    var decision: DecisionKind = .approve
    /// For `.registered`: how many of the eligible members have voted (nil: some).
    var ballotsCast: Int?
    var lateDecision = false
    var continueDirective = false
    var suspend = false
    var resume = false
    var terminate = false
    var implementationDays: Int?
    var lateReport = false
    var outcome: Outcome = .completed
    var damage = false
    var findingsHold = true
    var failingFinding: FindingKind = .followedPlan
    var evaluationParty: PartyStance = .agree
    /// For `.reported`: whether the Party opinion before evaluation is already in.
    var reportedPartyDone = false
    /// For `.evaluated`: whether the conclusion is issued.
    var concluded = true
    /// Measures recorded after the conclusion (for `.evaluated`, those recorded so far).
    var measures: [MeasureKind] = []
    var lateEvaluation = false
    /// §7.6: the chair's own proposal, forwarded to the province; `end` is `.forwarded`
    /// (still there), `.approved` or `.rejected` (the province's answer recorded).
    var beyondWard = false
    /// §7.1: the review meeting is opened before the ballots, and its attendance recorded.
    var meeting: DemoMeetingPlan?
    /// §7.1: the evaluation meeting is opened before the evaluation, everyone present.
    var evaluationMeeting = false
}

/// §7.1: how the review meeting of a demo story goes.
enum DemoMeetingPlan: Sendable, Hashable {
    case allPresent
    /// One deputy is absent, with a reason (never one whose absence would change the decision).
    case oneAbsent
}

/// One step of a plan and what it needs besides the current proposal.
enum DemoSpec: Sendable, Hashable {
    case create(complete: Bool)
    case edit(complete: Bool, resubmission: Bool)
    case submit
    case receive(byHead: Bool)
    case returnForCompletion
    case outOfScope(OutOfScopeGround)
    case withdraw
    case party(PartyStance, viaClerk: Bool)
    case checklist(member: String, viaClerk: Bool, positive: Bool)
    case ballot(member: String, viaClerk: Bool, yes: Bool)
    case decide(DecisionKind)
    case resource
    case progress(step: Int, percent: Int)
    case directive(DirectiveKind)
    case report
    /// §7.3: a member's own evaluation form; `dissent`: they differ from the others on one finding.
    case memberEvaluation(member: String, dissent: Bool)
    case evaluate
    case conclude
    case measure(MeasureKind)
    case close
    case forward
    case provincialOutcome(ProvincialResult)
    case openMeeting(MeetingStage)
    case attendance(MeetingStage, absent: String?)
}

struct DemoStep: Sendable {
    /// Working days after the previous step (0: later the same day).
    var gap: Int
    var spec: DemoSpec
}

/// A scenario laid out in working-day offsets from the day of creation.
struct DemoPlan: Sendable {
    var scenario: DemoScenario
    var steps: [DemoStep]
    /// Offsets of the dossier's planned start and end of implementation.
    var startOffset: Int
    var endOffset: Int
    /// The offset the anchor refers to (or the window start offset), and how many
    /// working days before today it must land.
    var anchorOffset: Int
    var targetCount: Int
    var fundingVND: Int64
}

/// What the plan builder needs to know about the reviewing unit.
struct DemoReview: Sendable {
    var reviewingUnit: String
    var head: String
    var clerk: String?
    /// The leadership collective minus the proposer, head first.
    var eligible: [String]
}

enum DemoPlanner {
    /// Lays the scenario out in working days. The vote is composed here so that the
    /// decision the scenario asks for is the one the rules allow.
    static func plan(_ s: DemoScenario, review: DemoReview, rng: inout DemoRandom) -> DemoPlan {
        var scenario = s
        var steps: [DemoStep] = []
        var offset = 0
        var anchorOffset: Int?
        let topic = DemoTopics.all[scenario.topic % DemoTopics.all.count]
        let targetCount = rng.int(min(2, topic.targets.count)...topic.targets.count)
        let funding = Int64(rng.int(topic.funding)) * 1_000_000 / 500_000 * 500_000
        var startOffset = rng.int(18...30)
        var length = scenario.implementationDays ?? rng.int(20...110)
        // Where the proposer can be reached: a clerk never records on their own proposal.
        let clerkUsable = review.clerk.map { $0 != scenario.proposer } ?? false

        // Working days of a step left out (an absent member's ballot), carried to the next one
        // so that every later step keeps its day.
        var carried = 0
        func add(_ gap: Int, _ spec: DemoSpec) {
            offset += gap
            steps.append(DemoStep(gap: gap + carried, spec: spec))
            carried = 0
        }
        func skip(_ gap: Int) {
            offset += gap
            carried += gap
        }
        func finish() -> DemoPlan {
            let anchor: Int
            switch scenario.anchor {
            case .windowStart: anchor = 0
            case .lastStep: anchor = offset
            case .receipt, .report: anchor = anchorOffset ?? offset
            case .planEnd: anchor = startOffset + length
            }
            return DemoPlan(scenario: scenario, steps: steps, startOffset: startOffset, endOffset: startOffset + length,
                            anchorOffset: anchor, targetCount: targetCount, fundingVND: funding)
        }

        // 0. Drafting.
        add(0, .create(complete: !scenario.incompleteDraft))
        let edits = scenario.incompleteDraft ? max(scenario.draftEdits, 1) : scenario.draftEdits
        for k in 0..<edits {
            let last = k == edits - 1
            add(rng.int(1...4), .edit(complete: !scenario.incompleteDraft || (last && scenario.end != .draft), resubmission: false))
        }
        if scenario.end == .draft { return finish() }
        if scenario.end == .withdrawn && !scenario.withdrawAfterReturn {
            add(rng.int(2...8), .withdraw)
            return finish()
        }
        add(rng.int(1...5), .submit)
        if scenario.end == .awaitingReceipt { return finish() }
        let byHead = scenario.receiveByHead || !clerkUsable
        add(rng.int(0...1), .receive(byHead: byHead))
        anchorOffset = offset

        // 1a. Returned for completion.
        if scenario.returnedOnce || scenario.end == .returned || scenario.withdrawAfterReturn {
            add(rng.int(1...3), .returnForCompletion)
            if scenario.end == .returned { return finish() }
            if scenario.withdrawAfterReturn {
                add(rng.int(2...6), .withdraw)
                return finish()
            }
            add(rng.int(2...6), .edit(complete: true, resubmission: true))
            add(rng.int(0...1), .submit)
            add(rng.int(0...1), .receive(byHead: byHead))
            anchorOffset = offset
        }
        let receipt = offset

        // §7.6: the chair's own proposal leaves the ward; the province answers weeks later.
        if scenario.beyondWard {
            add(rng.int(1...3), .forward)
            if scenario.end != .forwarded {
                add(rng.int(15...25), .provincialOutcome(scenario.end == .rejected ? .rejected : .approved))
            }
            return finish()
        }

        // 1b. Out of scope.
        if scenario.end == .outOfScope {
            add(rng.int(1...4), .outOfScope(scenario.outOfScopeGround))
            return finish()
        }

        // 2–3. Party opinion and the collective's checklists and ballots.
        var decision = scenario.decision
        if decision == .override && !overrideIsPossible(review) { decision = .approve }
        scenario.decision = decision
        let votes = composeVotes(decision: decision, review: review, rng: &rng)
        var voters = Array(zip(review.eligible, votes))
        // §7.1: a deputy absent from the review meeting neither reviews nor votes.
        let absent = scenario.meeting == .oneAbsent ? absentMember(voters, review: review, decision: decision) : nil
        if scenario.end == .registered {
            let cast = scenario.ballotsCast ?? rng.int(1...max(1, voters.count - 1))
            voters = Array(voters.prefix(min(cast, voters.count)))
        }
        // A dossier still under review has had at most three working days of it.
        let decisionAt = scenario.end == .registered ? receipt + 3
            : receipt + (scenario.lateDecision ? rng.int(8...11) : rng.int(2...7))
        if let stance = scenario.party {
            add(rng.int(1...2), .party(stance, viaClerk: scenario.partyViaClerk && clerkUsable))
        }
        if scenario.meeting != nil {
            add(0, .openMeeting(.review))
            add(0, .attendance(.review, absent: absent))
        }
        for (member, yes) in voters {
            // From the minutes of the meeting, the clerk may enter a member's checklist and ballot.
            let viaClerk = clerkUsable && member != review.clerk && rng.chance(scenario.clerkBallots)
            let room = max(0, decisionAt - 1 - offset)
            let gap = rng.int(0...min(2, room))
            // The random draws are made for an absent member too: the story keeps its days.
            if member == absent {
                skip(gap)
                continue
            }
            add(gap, .checklist(member: member, viaClerk: viaClerk, positive: yes))
            add(0, .ballot(member: member, viaClerk: viaClerk, yes: yes))
        }
        if scenario.end == .registered {
            // A member who has filled the checklist but not yet voted.
            if voters.count < review.eligible.count, rng.chance(0.5) {
                let member = review.eligible[voters.count]
                add(rng.int(0...1), .checklist(member: member, viaClerk: false, positive: true))
            }
            return finish()
        }

        // 4. Decision.
        add(max(0, decisionAt - offset), .decide(decision))
        startOffset = max(startOffset, offset + rng.int(2...6))
        if scenario.end == .rejected || decision == .reject {
            scenario.end = .rejected
            return finish()
        }
        if scenario.end == .approved { return finish() }

        // 5–6. Resources and implementation.
        add(rng.int(1...4), .resource)
        startOffset = offset + rng.int(0...3)
        let notes = rng.int(2...4)
        var suspendedFor = 0
        var stopAfterDirective = false
        for k in 0..<notes {
            let target = startOffset + length * (k + 1) / (notes + 1) + suspendedFor
            add(max(1, target - offset), .progress(step: k, percent: min(95, 100 * (k + 1) / (notes + 1) + rng.int(0...8))))
            if k == 0 && scenario.continueDirective {
                add(rng.int(1...3), .directive(.continue))
            }
            if k == 0 && scenario.suspend {
                add(rng.int(1...3), .directive(.suspend))
                if scenario.end == .suspended { return finish() }
                if scenario.terminate && !scenario.resume {
                    add(rng.int(3...10), .directive(.terminate))
                    stopAfterDirective = true
                    break
                }
                let pause = rng.int(5...15)
                add(pause, .directive(.resume))
                suspendedFor += pause
            }
            if scenario.terminate && k == min(1, notes - 1) {
                add(rng.int(1...4), .directive(.terminate))
                stopAfterDirective = true
                break
            }
        }
        if stopAfterDirective {
            if scenario.end == .terminated { return finish() }
        } else {
            // The planned end moves with a suspension only in practice, not in the dossier:
            // the report then comes late against the plan, as it would.
            length = max(length, offset - startOffset)
            if scenario.end == .inProgress || scenario.end == .suspended || scenario.end == .terminated { return finish() }
        }

        // 7. Report.
        let planEnd = startOffset + length
        let reportAt = stopAfterDirective ? offset + rng.int(1...4)
            : planEnd + (scenario.lateReport ? rng.int(6...9) : rng.int(0...4))
        add(max(1, reportAt - offset), .report)
        anchorOffset = offset
        let report = offset
        if scenario.end == .reported && !scenario.reportedPartyDone { return finish() }

        // 8–9. Party opinion, evaluation.
        add(rng.int(1...3), .party(scenario.evaluationParty, viaClerk: scenario.partyViaClerk && clerkUsable))
        // §7.3: the members' own forms; one member may differ on a finding. A proposal still
        // waiting for its evaluation has all forms but the last one.
        let evaluators = review.eligible
        let dissenter = evaluators.count >= 3 && rng.chance(0.5) ? evaluators.last : nil
        if scenario.end == .reported {
            for member in evaluators.dropLast() {
                add(rng.int(0...1), .memberEvaluation(member: member, dissent: false))
            }
            return finish()
        }
        let evaluateAt = report + (scenario.lateEvaluation ? rng.int(8...11) : rng.int(3...7))
        if scenario.evaluationMeeting {
            add(max(1, evaluateAt - offset - 1), .openMeeting(.evaluation))
            add(0, .attendance(.evaluation, absent: nil))
        }
        for (index, member) in evaluators.enumerated() {
            add(index == 0 && !scenario.evaluationMeeting ? max(1, evaluateAt - offset - 1) : 0,
                .memberEvaluation(member: member, dissent: member == dissenter))
        }
        add(max(1, evaluateAt - offset), .evaluate)

        // 10–12. Conclusion, measures, closing.
        if scenario.end == .evaluated && !scenario.concluded { return finish() }
        add(rng.int(1...3), .conclude)
        for kind in scenario.measures {
            add(rng.int(0...4), .measure(kind))
        }
        if scenario.end == .evaluated { return finish() }
        add(rng.int(0...3), .close)
        return finish()
    }

    /// The consequence the evaluation of this scenario will carry (mirrors §3.5).
    static func consequence(of s: DemoScenario) -> Consequence {
        if s.outcome == .completed { return .noLiability }
        if !s.findingsHold { return .noProtection }
        return s.damage ? .considerProtection : .liabilityExcluded
    }

    /// An override needs a vote that can fail with the head voting yes: two or more
    /// other members voting no.
    static func overrideIsPossible(_ review: DemoReview) -> Bool {
        review.eligible.count >= 3 && review.eligible.first == review.head
    }

    /// §7.1: the deputy absent from the review meeting: the last one voting no, else the
    /// last deputy, provided the vote without their ballot still gives the decision asked for.
    static func absentMember(_ voters: [(String, Bool)], review: DemoReview, decision: DecisionKind) -> String? {
        let deputies = voters.filter { $0.0 != review.head }
        guard let candidate = deputies.last(where: { !$0.1 }) ?? deputies.last else { return nil }
        // Without the candidate's ballot, the decision asked for must still be the rules' one.
        let rest = voters.filter { $0.0 != candidate.0 }
        let yes = rest.filter(\.1).count
        let headVote = rest.first { $0.0 == review.head }?.1
        let passes = VoteTally.passes(yes: yes, no: rest.count - yes, base: voters.count, headVote: headVote)
        return passes == (decision == .approve) ? candidate.0 : nil
    }

    /// Yes/no per eligible member (head first) giving the decision asked for.
    static func composeVotes(decision: DecisionKind, review: DemoReview, rng: inout DemoRandom) -> [Bool] {
        let n = review.eligible.count
        guard n > 0 else { return [] }
        let headIndex = review.eligible.firstIndex(of: review.head)
        func passes(_ votes: [Bool]) -> Bool {
            let yes = votes.filter { $0 }.count
            return VoteTally.passes(yes: yes, no: n - yes, base: n, headVote: headIndex.map { votes[$0] })
        }
        var votes: [Bool]
        switch decision {
        case .approve:
            votes = Array(repeating: true, count: n)
            if n >= 2 && rng.chance(n == 2 ? 0.2 : 0.3) {
                // A dissenting deputy; with two members the head's side wins the tie.
                let i = 1 + rng.below(n - 1)
                votes[i] = false
                if !passes(votes) { votes[i] = true }
            }
        case .reject:
            votes = (0..<n).map { i in i == headIndex ? false : rng.chance(0.35) }
            var i = 0
            while passes(votes) && i < n {
                votes[i] = false
                i += 1
            }
        case .override:
            votes = (0..<n).map { $0 == headIndex }
        }
        return votes
    }
}
