import Procedure

/// Which stories the demo tells: a fixed cast that shows every state and feature of the
/// procedure (placed relative to today, so overdue and due-soon cases stay so), then as
/// many ordinary proposals as asked for, drawn at random.
enum DemoCast {
    // Topic indices in `DemoTopics.all`.
    static let hoTich = 0, zalo = 1, choQR = 2, denCamBien = 3, khaiSinh = 4, gocDoc = 5, qrDiTich = 6, canhBaoLu = 7
    static let yTe = 8, banDoXayDung = 9, khongGiay = 10, congNgheSo = 11, phanLoaiRac = 12, troCap = 13, haiLong = 14, soLienLac = 15

    /// The fixed cast, most important first (a run with fewer proposals keeps the first ones).
    static let scripted: [DemoScenario] = [
        // Closed with rewards: a vice-chair proposes (recused from the vote), ballots from the minutes.
        DemoScenario(proposer: "tttha", topic: zalo, end: .closed, anchor: .lastStep(20), clerkBallots: 1,
                     continueDirective: true, implementationDays: 45,
                     measures: [.notLiable, .commendation, .praise, .earlySalaryStep], meeting: .oneAbsent, evaluationMeeting: true),
        // Protection: partly completed without damage, the head of the centre routed to the ward.
        DemoScenario(proposer: "dcthanh", topic: khaiSinh, end: .closed, anchor: .lastStep(35), implementationDays: 40,
                     outcome: .partlyCompleted, measures: [.liabilityExcluded, .praise]),
        // Terminated with damage, then reported, evaluated and a liability decision recorded.
        DemoScenario(proposer: "ntbngoc", topic: denCamBien, end: .closed, anchor: .lastStep(15),
                     terminate: true, implementationDays: 60, outcome: .notCompleted, damage: true,
                     measures: [.liabilityReduced]),
        // Head override, then in progress: an office head proposes, the ward decides.
        DemoScenario(proposer: "tvcuong", topic: canhBaoLu, end: .inProgress, anchor: .planEnd(-15),
                     decision: .override, implementationDays: 50),
        // Registered, Party agrees with conditions, some ballots from the minutes: due soon.
        DemoScenario(proposer: "mtyen", topic: choQR, end: .registered, anchor: .receipt(6),
                     party: .agreeWithConditions, partyViaClerk: true, clerkBallots: 1, ballotsCast: 2, meeting: .allPresent),
        // Registered and overdue.
        DemoScenario(proposer: "htnanh", topic: zalo, end: .registered, anchor: .receipt(9), ballotsCast: 1),
        DemoScenario(proposer: "bvson", topic: haiLong, end: .draft, anchor: .lastStep(2),
                     incompleteDraft: true, draftEdits: 1),
        DemoScenario(proposer: "tvdung", topic: congNgheSo, end: .draft, anchor: .lastStep(1)),
        DemoScenario(proposer: "tqhuy", topic: banDoXayDung, end: .awaitingReceipt, anchor: .lastStep(1)),
        DemoScenario(proposer: "dtquynh", topic: khaiSinh, end: .returned, anchor: .lastStep(3)),
        DemoScenario(proposer: "ndmanh", topic: choQR, end: .outOfScope, anchor: .lastStep(70), outOfScopeGround: .exceedsAuthority),
        DemoScenario(proposer: "lvtoan", topic: banDoXayDung, end: .outOfScope, anchor: .lastStep(120), outOfScopeGround: .needsPilotDocument),
        DemoScenario(proposer: "pttlinh", topic: troCap, end: .withdrawn, anchor: .lastStep(40)),
        DemoScenario(proposer: "hvbinh", topic: yTe, end: .withdrawn, anchor: .lastStep(75), withdrawAfterReturn: true),
        DemoScenario(proposer: "tttxuan", topic: soLienLac, end: .rejected, anchor: .lastStep(30), decision: .reject),
        DemoScenario(proposer: "ndtrong", topic: qrDiTich, end: .rejected, anchor: .lastStep(95), party: .disagree, decision: .reject),
        // §7.1: approved in a review meeting one deputy missed (the absence and its reason in the minutes).
        DemoScenario(proposer: "nthnhung", topic: hoTich, end: .approved, anchor: .lastStep(1), meeting: .oneAbsent),
        DemoScenario(proposer: "lvkhai", topic: khongGiay, end: .inProgress, anchor: .planEnd(-25), returnedOnce: true,
                     implementationDays: 40),
        DemoScenario(proposer: "tmhieu", topic: congNgheSo, end: .inProgress, anchor: .planEnd(-40), implementationDays: 70),
        // In progress, the report due soon; and one overdue (an S&T task by a recused deputy).
        DemoScenario(proposer: "hthanh", topic: troCap, end: .inProgress, anchor: .planEnd(4), implementationDays: 35),
        DemoScenario(proposer: "pvlong", topic: denCamBien, end: .inProgress, anchor: .planEnd(9), basis: .scienceTechnologyTask,
                     implementationDays: 40),
        DemoScenario(proposer: "nvquang", topic: gocDoc, end: .suspended, anchor: .lastStep(8), suspend: true, implementationDays: 60),
        DemoScenario(proposer: "ltkoanh", topic: haiLong, end: .inProgress, anchor: .planEnd(-10), suspend: true, resume: true,
                     implementationDays: 45),
        DemoScenario(proposer: "ltthao", topic: phanLoaiRac, end: .terminated, anchor: .lastStep(2), terminate: true,
                     implementationDays: 60),
        // Reported: evaluation due soon; and overdue with the Party opinion in.
        DemoScenario(proposer: "ltttrang", topic: yTe, end: .reported, anchor: .report(6), implementationDays: 30,
                     outcome: .completed),
        DemoScenario(proposer: "dmtuan", topic: khongGiay, end: .reported, anchor: .report(10), implementationDays: 30,
                     outcome: .partlyCompleted, reportedPartyDone: true),
        // Evaluated: concluded with praise, the liability decision pending; and awaiting the conclusion.
        DemoScenario(proposer: "pthoa", topic: yTe, end: .evaluated, anchor: .lastStep(2), implementationDays: 35,
                     measures: [.praise]),
        DemoScenario(proposer: "dtngan", topic: soLienLac, end: .evaluated, anchor: .lastStep(2), implementationDays: 30,
                     outcome: .partlyCompleted, concluded: false),
        DemoScenario(proposer: "vtphuong", topic: qrDiTich, end: .closed, anchor: .lastStep(50), implementationDays: 35,
                     measures: [.notLiable, .praise, .evaluationBasis, .outstandingAchievement]),
        DemoScenario(proposer: "dtthuyen", topic: banDoXayDung, end: .closed, anchor: .lastStep(60), implementationDays: 35,
                     outcome: .partlyCompleted, damage: true, findingsHold: false, evaluationParty: .agreeWithConditions,
                     measures: [.ordinaryRules]),
        DemoScenario(proposer: "nvthinh", topic: canhBaoLu, end: .closed, anchor: .lastStep(25), basis: .scienceTechnologyTask,
                     implementationDays: 50, measures: [.notLiable, .commendation]),
        // A year of history: the first proposal of the window.
        DemoScenario(proposer: "lhnam", topic: khongGiay, end: .closed, anchor: .windowStart(1), implementationDays: 60,
                     measures: [.notLiable, .commendation, .earlySalaryStep]),
        // §7.6: the chair's own proposals go to the province: one still there (its clocks
        // paused), one approved by the province and back.
        DemoScenario(proposer: "nvhung", topic: congNgheSo, end: .forwarded, anchor: .lastStep(20), beyondWard: true),
        DemoScenario(proposer: "nvhung", topic: hoTich, end: .approved, anchor: .lastStep(4), beyondWard: true),
    ]

    /// Who may be drawn as a proposer: everyone but the chair (the province decides; the
    /// scripted stories show that)
    /// and the Party liaison (who records the committee's opinion on proposals).
    static func proposerPool(_ org: Organization) -> [(login: String, weight: Int)] {
        DemoNames.roster.compactMap { officer in
            if org.holds(.head, officer.login, in: "UBND") || org.holdsAnywhere(.partyLiaison, officer.login) { return nil }
            return (officer.login, officer.managing ? 1 : 2)
        }
    }

    /// An ordinary proposal: most go all the way, some stop early or fail; where the
    /// story is cut by today decides the state it is found in.
    static func random(proposer: String, unit: String, review: DemoReview, rng: inout DemoRandom) -> DemoScenario {
        let fitting = DemoTopics.all.indices.filter { DemoTopics.all[$0].units.contains(unit) }
        let topic = !fitting.isEmpty && rng.chance(0.8) ? rng.pick(fitting) : rng.below(DemoTopics.all.count)
        var s = DemoScenario(proposer: proposer, topic: topic, end: .closed)
        // Most dossiers go in as first written: every edit is a whole dossier to check again.
        s.incompleteDraft = rng.chance(0.2)
        s.draftEdits = [0, 1, 2][rng.weighted([75, 20, 5])]
        s.receiveByHead = rng.chance(0.1)
        s.partyViaClerk = rng.chance(0.25)
        s.party = rng.chance(0.85) ? .agree : .agreeWithConditions
        switch rng.weighted([4, 3, 3, 2, 8, 80]) {
        case 0:
            s.end = .draft
        case 1:
            s.end = .withdrawn
            s.withdrawAfterReturn = rng.chance(0.4)
        case 2:
            s.end = .outOfScope
            s.outOfScopeGround = rng.pick(OutOfScopeGround.allCases)
        case 3:
            s.end = .returned
        case 4:
            s.end = .rejected
            s.decision = .reject
            s.party = rng.pick([.agree, .agree, .agreeWithConditions, .disagree, nil])
        default:
            s.returnedOnce = rng.chance(0.08)
            s.decision = rng.chance(0.04) && DemoPlanner.overrideIsPossible(review) ? .override : .approve
            s.lateDecision = rng.chance(0.08)
            s.continueDirective = rng.chance(0.2)
            s.suspend = rng.chance(0.08)
            s.resume = rng.chance(0.8)
            s.terminate = rng.chance(0.05)
            if DemoTopics.all[topic].scienceTask && rng.chance(0.4) { s.basis = .scienceTechnologyTask }
            if s.terminate {
                s.outcome = rng.chance(0.5) ? .notCompleted : .partlyCompleted
                s.damage = rng.chance(0.6)
            } else {
                s.outcome = [Outcome.completed, .partlyCompleted, .notCompleted][rng.weighted([72, 20, 8])]
                s.damage = s.outcome != .completed && rng.chance(0.35)
            }
            if s.outcome != .completed && rng.chance(0.12) {
                s.findingsHold = false
                s.failingFinding = rng.pick([.followedPlan, .followedPlan, .rightPolicy])
            }
            s.lateReport = rng.chance(0.1)
            s.lateEvaluation = rng.chance(0.08)
            s.evaluationParty = rng.chance(0.9) ? .agree : .agreeWithConditions
            s.measures = measures(for: DemoPlanner.consequence(of: s), rng: &rng)
        }
        return s
    }

    /// A liability decision that fits the consequence, with encouragement where allowed.
    static func measures(for consequence: Consequence, rng: inout DemoRandom) -> [MeasureKind] {
        switch consequence {
        case .noLiability:
            var kinds: [MeasureKind] = [.notLiable]
            if rng.chance(0.6) { kinds.append(.praise) }
            if rng.chance(0.35) { kinds.append(.commendation) }
            if rng.chance(0.3) { kinds.append(.evaluationBasis) }
            if rng.chance(0.05) { kinds.append(.outstandingAchievement) }
            if rng.chance(0.1) { kinds.append(.earlySalaryStep) }
            return kinds
        case .liabilityExcluded:
            return rng.chance(0.3) ? [.liabilityExcluded, .praise] : [.liabilityExcluded]
        case .considerProtection:
            return [[MeasureKind.liabilityExcluded, .liabilityExempted, .liabilityReduced, .ordinaryRules][rng.weighted([3, 3, 4, 1])]]
        case .noProtection:
            return [.ordinaryRules]
        }
    }
}
