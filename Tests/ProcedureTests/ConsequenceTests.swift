import Testing
@testable import Procedure

@Suite struct ConsequenceTests {
    /// The §3.5 table with "any" and "—" written out: (outcome, damage, all findings yes,
    /// abuse found) → consequence.
    static let table: [(Outcome, Bool, Bool, Bool, Consequence)] = [
        // completed: no liability, whatever the damage and findings
        (.completed, false, true, false, .noLiability),
        (.completed, true, true, false, .noLiability),
        (.completed, false, false, false, .noLiability),
        (.completed, true, false, false, .noLiability),
        // partly / not completed, no damage, findings all yes: excluded
        (.partlyCompleted, false, true, false, .liabilityExcluded),
        (.notCompleted, false, true, false, .liabilityExcluded),
        // partly / not completed, damage, findings all yes: to be considered
        (.partlyCompleted, true, true, false, .considerProtection),
        (.notCompleted, true, true, false, .considerProtection),
        // partly / not completed, any damage, a finding no: no protection
        (.partlyCompleted, false, false, false, .noProtection),
        (.partlyCompleted, true, false, false, .noProtection),
        (.notCompleted, false, false, false, .noProtection),
        (.notCompleted, true, false, false, .noProtection),
        // abuse found: no protection, whatever else
        (.completed, false, true, true, .noProtection),
        (.completed, true, false, true, .noProtection),
        (.partlyCompleted, false, true, true, .noProtection),
        (.partlyCompleted, true, true, true, .noProtection),
        (.notCompleted, false, true, true, .noProtection),
        (.notCompleted, true, false, true, .noProtection),
    ]

    @Test(arguments: table)
    func consequenceTable(_ outcome: Outcome, _ damage: Bool, _ allHold: Bool, _ abuse: Bool, _ expected: Consequence) {
        let evaluation = Evaluation(outcome: outcome, damage: damage, damageDescription: damage ? "x" : "",
                                    damageEstimateVND: damage ? 1 : nil, findings: Fx.findings(allHold: allHold),
                                    abuseFound: abuse, objectiveCauses: "Không có", subjectiveCauses: "Không có",
                                    results: Fx.results(), day: Fx.day(2026, 10, 15))
        #expect(Consequence(for: evaluation) == expected)
        #expect(evaluation.consequence == expected)
    }

    @Test(arguments: FindingKind.allCases)
    func anySingleNoFindingRemovesProtection(_ kind: FindingKind) {
        let evaluation = Evaluation(outcome: .partlyCompleted, damage: false, findings: Fx.findings(allHold: false, failing: kind),
                                    objectiveCauses: "a", subjectiveCauses: "b", results: Fx.results(), day: Fx.day(2026, 10, 15))
        #expect(!evaluation.allFindingsHold)
        #expect(evaluation.consequence == .noProtection)
    }

    @Test func aContradictoryDuplicateFindingIsANo() {
        let findings = Fx.findings() + [Finding(kind: .pureMotive, holds: false, reason: "Có vụ lợi")]
        let evaluation = Evaluation(outcome: .notCompleted, damage: false, findings: findings,
                                    objectiveCauses: "a", subjectiveCauses: "b", results: Fx.results(), day: Fx.day(2026, 10, 15))
        #expect(!evaluation.allFindingsHold)
        #expect(evaluation.consequence == .noProtection)
    }

    @Test func missingFindingIsNotAYes() {
        let evaluation = Evaluation(outcome: .notCompleted, damage: false, findings: Array(Fx.findings().dropLast()),
                                    objectiveCauses: "a", subjectiveCauses: "b", results: Fx.results(), day: Fx.day(2026, 10, 15))
        #expect(!evaluation.allFindingsHold)
    }

    /// Which measures fit which consequence (art. 10, 11), written out by hand.
    static let allowed: [Consequence: Set<MeasureKind>] = [
        .noLiability: [.praise, .commendation, .evaluationBasis, .outstandingAchievement, .earlySalaryStep, .notLiable],
        .liabilityExcluded: [.praise, .evaluationBasis, .outstandingAchievement, .liabilityExcluded],
        .considerProtection: [.praise, .evaluationBasis, .outstandingAchievement,
                              .liabilityExcluded, .liabilityExempted, .liabilityReduced, .ordinaryRules],
        .noProtection: [.ordinaryRules],
    ]

    @Test(arguments: Consequence.allCases, MeasureKind.allCases)
    func measureFitsConsequence(_ consequence: Consequence, _ kind: MeasureKind) {
        let expected = Self.allowed[consequence]!.contains(kind)
        let fits = consequence.allowedLiability.contains(kind) || consequence.allowedEncouragement.contains(kind)
        #expect(fits == expected)
    }

    @Test(arguments: [MeasureKind.commendation, .earlySalaryStep])
    func commendationAndEarlySalaryStepOnlyForCompleted(_ kind: MeasureKind) {
        for consequence in Consequence.allCases {
            let fits = consequence.allowedEncouragement.contains(kind)
            #expect(fits == (consequence == .noLiability), "\(kind) under \(consequence)")
        }
    }

    static let forms: [(String, Outcome, Bool, Bool, Bool, Consequence)] = [
        ("completed", .completed, false, true, false, .noLiability),
        ("partly, no damage", .partlyCompleted, false, true, false, .liabilityExcluded),
        ("not completed, damage", .notCompleted, true, true, false, .considerProtection),
        ("a finding no", .partlyCompleted, false, false, false, .noProtection),
        ("abuse", .completed, false, true, true, .noProtection),
    ]

    /// Through the workflow: every measure is tried after the conclusion; the fitting ones
    /// are recorded, the others refused with `measureNotAllowed`.
    @Test(arguments: forms)
    func measuresThroughTheWorkflow(_ name: String, _ outcome: Outcome, _ damage: Bool, _ allHold: Bool, _ abuse: Bool,
                                    _ consequence: Consequence) throws {
        let run = try Run.concluded(Fx.form(outcome: outcome, damage: damage, allHold: allHold, abuse: abuse))
        #expect(run.proposal.conclusion?.consequence == consequence)
        for kind in MeasureKind.allCases {
            let result = run.attempt(.measure(kind: kind, decisionNumber: "9/QĐ", day: Fx.day(2026, 11, 2),
                                              decidedBy: "Chủ tịch UBND phường", reason: "Theo kết luận"), by: Fx.head)
            if Self.allowed[consequence]!.contains(kind) {
                #expect(result.refusal == nil, "\(kind) refused under \(consequence)")
            } else {
                #expect(result.refusal?.rule == .measureNotAllowed, "\(kind) allowed under \(consequence)")
            }
        }
    }

    @Test func abuseFoundMeansNoProtectionThroughToClose() throws {
        var run = try Run.concluded(Fx.form(outcome: .completed, abuse: true))
        #expect(run.refusal(.measure(kind: .notLiable, decisionNumber: "1", day: Fx.day(2026, 11, 2), decidedBy: "Chủ tịch", reason: "x"), by: Fx.head)?.rule == .measureNotAllowed)
        #expect(run.refusal(.measure(kind: .praise, decisionNumber: "1", day: Fx.day(2026, 11, 2), decidedBy: "Chủ tịch", reason: "x"), by: Fx.head)?.rule == .measureNotAllowed)
        try run.measure(.ordinaryRules)
        try run.act(.close, by: Fx.head)
        #expect(run.proposal.state == .closed)
    }

    @Test func everyConsequenceAndMeasureHasBothLabels() {
        for consequence in Consequence.allCases {
            #expect(!consequence.label.vi.isEmpty && !consequence.label.en.isEmpty)
            #expect(!consequence.allowedLiability.isEmpty, "every consequence allows some liability decision to close")
        }
        for kind in MeasureKind.allCases {
            #expect(!kind.label.vi.isEmpty && !kind.label.en.isEmpty)
        }
    }

    @Test func liabilityDecisionsAreTheFive() {
        #expect(Set(MeasureKind.allCases.filter(\.isLiabilityDecision)) ==
                [.notLiable, .liabilityExcluded, .liabilityExempted, .liabilityReduced, .ordinaryRules])
    }
}
