/// What follows from an evaluation (PROCEDURE.md §3.5, Decree 73 arts. 6, 10, 11).
/// The software proposes; the people named in each `Measure` decide.
public enum Consequence: String, Sendable, Hashable, Codable, CaseIterable {
    /// Completed: not held liable; eligible for encouragement.
    case noLiability = "no_liability"
    /// Partly or not completed, no damage, all findings hold: liability excluded.
    case liabilityExcluded = "liability_excluded"
    /// Partly or not completed, damage, all findings hold: to be considered for exclusion,
    /// exemption or reduction; the decision is recorded separately with reasons.
    case considerProtection = "consider_protection"
    /// A finding does not hold, or abuse was found: no protection; the discipline rules of the
    /// officer's kind apply (``OfficerCategory/disciplineInstrument``).
    case noProtection = "no_protection"

    public init(for evaluation: Evaluation) {
        if evaluation.abuseFound {
            self = .noProtection
        } else if evaluation.outcome == .completed {
            self = .noLiability
        } else if !evaluation.allFindingsHold {
            self = .noProtection
        } else if evaluation.damage {
            self = .considerProtection
        } else {
            self = .liabilityExcluded
        }
    }

    public var label: Localized {
        switch self {
        case .noLiability: Localized(vi: "Không bị xử lý trách nhiệm; được xem xét khuyến khích", en: "Not held liable; eligible for encouragement")
        case .liabilityExcluded: Localized(vi: "Loại trừ trách nhiệm", en: "Liability excluded")
        case .considerProtection: Localized(vi: "Xem xét loại trừ, miễn hoặc giảm nhẹ trách nhiệm", en: "To be considered for exclusion, exemption or reduction of liability")
        case .noProtection: Localized(vi: "Không được bảo vệ theo Nghị định 73; xử lý theo quy định của pháp luật về xử lý kỷ luật", en: "No protection under Decree 73; discipline under the ordinary rules")
        }
    }

    /// The liability decisions that fit this consequence.
    public var allowedLiability: Set<MeasureKind> {
        switch self {
        case .noLiability: [.notLiable]
        case .liabilityExcluded: [.liabilityExcluded]
        case .considerProtection: [.liabilityExcluded, .liabilityExempted, .liabilityReduced, .ordinaryRules]
        case .noProtection: [.ordinaryRules]
        }
    }

    /// The encouragement measures that fit (art. 10): commendation and an early salary
    /// step only for completed proposals; none without protection.
    public var allowedEncouragement: Set<MeasureKind> {
        switch self {
        case .noLiability: [.praise, .commendation, .evaluationBasis, .outstandingAchievement, .earlySalaryStep]
        case .liabilityExcluded, .considerProtection: [.praise, .evaluationBasis, .outstandingAchievement]
        case .noProtection: []
        }
    }
}

/// A measure decided after the conclusion: encouragement (art. 10) or a decision on liability (art. 11).
public enum MeasureKind: String, Sendable, Hashable, Codable, CaseIterable {
    // Encouragement
    case praise
    case commendation
    case evaluationBasis = "evaluation_basis"
    case outstandingAchievement = "outstanding_achievement"
    case earlySalaryStep = "early_salary_step"
    // Liability
    case notLiable = "not_liable"
    case liabilityExcluded = "liability_excluded"
    case liabilityExempted = "liability_exempted"
    case liabilityReduced = "liability_reduced"
    case ordinaryRules = "ordinary_rules"

    public var isLiabilityDecision: Bool {
        switch self {
        case .notLiable, .liabilityExcluded, .liabilityExempted, .liabilityReduced, .ordinaryRules: true
        default: false
        }
    }

    public var label: Localized {
        switch self {
        case .praise: Localized(vi: "Biểu dương trước cơ quan, đơn vị", en: "Praise before the unit")
        case .commendation: Localized(vi: "Khen thưởng theo pháp luật thi đua, khen thưởng", en: "Commendation under the emulation law")
        case .evaluationBasis: Localized(vi: "Làm căn cứ đánh giá, bổ nhiệm, quy hoạch", en: "Basis for evaluation, appointment and planning")
        case .outstandingAchievement: Localized(vi: "Thành tích đặc biệt xuất sắc để xét nâng ngạch", en: "Outstanding achievement for rank promotion")
        case .earlySalaryStep: Localized(vi: "Nâng bậc lương trước thời hạn (tối đa 12 tháng)", en: "Salary step raised early (up to 12 months)")
        case .notLiable: Localized(vi: "Không xử lý trách nhiệm", en: "Not held liable")
        case .liabilityExcluded: Localized(vi: "Loại trừ trách nhiệm", en: "Liability excluded")
        case .liabilityExempted: Localized(vi: "Miễn trách nhiệm", en: "Liability exempted")
        case .liabilityReduced: Localized(vi: "Giảm nhẹ trách nhiệm", en: "Liability reduced")
        case .ordinaryRules: Localized(vi: "Xử lý theo quy định của pháp luật về xử lý kỷ luật", en: "Discipline under the ordinary rules")
        }
    }
}

/// One decision on encouragement or liability, with number, date, who decided and why.
public struct Measure: Sendable, Hashable, Codable {
    public var kind: MeasureKind
    public var decisionNumber: String
    public var day: Day
    /// The person or body who decided, e.g. "Chủ tịch UBND phường".
    public var decidedBy: String
    public var reason: String
    public var recordedBy: String
}
