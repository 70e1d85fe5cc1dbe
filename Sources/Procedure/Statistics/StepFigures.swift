/// Time spent in one limited step against its legal limit, over many proposals.
///
/// A clock that finished by its due day is on time; one finished after it is late; one
/// still running past its due day is late too (it cannot be on time any more). A running
/// clock not yet due is pending and stays out of the rate.
public struct StepFigure: Sendable, Hashable {
    public var step: StepKind
    /// The legal limit in working days (from the settings).
    public var limitDays: Int
    public var doneOnTime = 0
    public var doneLate = 0
    public var runningOverdue = 0
    public var runningOnTrack = 0
    /// Working days spent, summed over the finished clocks.
    public var workingDaysSpent = 0
    /// The longest time spent by a finished clock, in working days.
    public var longestDays = 0

    public init(step: StepKind, limitDays: Int) {
        self.step = step
        self.limitDays = limitDays
    }

    public var done: Int { doneOnTime + doneLate }
    public var late: Int { doneLate + runningOverdue }
    /// The clocks that can be judged: finished, or past their due day.
    public var judged: Int { doneOnTime + late }

    /// On time among those judged, 0…1; nil when none can be judged yet.
    public var onTimeRate: Double? { judged == 0 ? nil : Double(doneOnTime) / Double(judged) }

    /// Average working days spent by a finished clock.
    public var averageDays: Double? { done == 0 ? nil : Double(workingDaysSpent) / Double(done) }
}

/// On time and late, over every step, for one unit (the unit that reviews the proposals).
public struct UnitTiming: Sendable, Hashable {
    public var unitID: String
    public var onTime = 0
    public var late = 0

    public init(unitID: String) { self.unitID = unitID }

    public var judged: Int { onTime + late }
    public var onTimeRate: Double? { judged == 0 ? nil : Double(onTime) / Double(judged) }
}

/// A proposal someone holds now, and for how long.
public struct HeldProposal: Sendable, Hashable {
    public var id: String
    public var title: String
    public var state: ProposalState
    public var holder: Holder
    /// The day of the last recorded change: when it came into the holder's hands.
    public var since: Day
    /// Working days from `since` to today.
    public var workingDays: Int
    /// The due day of its running step, if one is running.
    public var due: Day?
    public var overdue: Bool
}

/// A running step past its due day, with why it is stuck.
public struct OverdueCase: Sendable, Hashable {
    public var id: String
    public var title: String
    public var unitID: String
    public var step: StepKind
    public var due: Day
    /// Working days from the due day to today.
    public var workingDaysLate: Int
    public var holder: Holder?
    /// What is missing, in the order the procedure needs it.
    public var reasons: [Localized]
}

extension OverdueCase {
    /// What is missing for the overdue step of these facts (PROCEDURE.md §3.2).
    public static func reasons(for step: StepKind, of facts: ProposalFacts) -> [Localized] {
        switch step {
        case .partyOpinion:
            return [Localized(vi: "Chưa có ý kiến cấp ủy cùng cấp trước khi cho phép triển khai",
                              en: "No Party committee opinion before approval yet")]
        case .resourcing:
            let day = facts.decision?.vietnamese ?? "?"
            return [Localized(vi: "Đã cho phép triển khai ngày \(day), chưa bảo đảm điều kiện thực hiện",
                              en: "Approved on \(day), no resources granted yet")]
        case .measures:
            let day = (facts.conclusion ?? facts.evaluation)?.vietnamese ?? "?"
            if facts.measures.isEmpty {
                return [Localized(vi: "Đã kết luận ngày \(day), chưa ghi nhận biện pháp khuyến khích, bảo vệ",
                                  en: "Concluded on \(day), no measure recorded yet")]
            }
            return [Localized(vi: "Đã ghi nhận \(facts.measures.count) biện pháp, chưa kết thúc đề xuất",
                              en: "\(facts.measures.count) measure(s) recorded, the proposal is not closed yet")]
        case .decision:
            if !facts.partyOpinionBeforeApproval {
                return [Localized(vi: "Chưa có ý kiến cấp ủy cùng cấp trước khi cho phép triển khai",
                                  en: "No Party committee opinion before approval yet")]
            }
            if facts.ballots == 0 {
                return [Localized(vi: "Chưa họp tập thể lãnh đạo: chưa có phiếu biểu quyết",
                                  en: "No collective review yet: no ballot cast")]
            }
            return [Localized(vi: "Đã có \(facts.ballots) phiếu biểu quyết, người đứng đầu chưa ra quyết định",
                              en: "\(facts.ballots) ballot(s) cast, the head has not decided")]
        case .report:
            if let end = facts.terminated {
                return [Localized(vi: "Dừng thực hiện từ \(end.vietnamese), chưa báo cáo kết quả",
                                  en: "Terminated on \(end.vietnamese), no completion report yet")]
            }
            let end = facts.plannedEnd?.vietnamese ?? "?"
            return [Localized(vi: "Hết thời gian thực hiện (\(end)), chưa báo cáo kết quả",
                              en: "Implementation ended (\(end)), no completion report yet")]
        case .evaluation:
            if !facts.partyOpinionBeforeEvaluation {
                return [Localized(vi: "Chưa có ý kiến cấp ủy trước khi đánh giá", en: "No Party committee opinion before evaluation yet")]
            }
            return [Localized(vi: "Chưa họp đánh giá kết quả", en: "No evaluation meeting yet")]
        case .conclusion:
            let day = facts.evaluation?.vietnamese ?? "?"
            return [Localized(vi: "Đã họp đánh giá ngày \(day), chưa ban hành thông báo kết luận",
                              en: "Evaluated on \(day), no conclusion issued yet")]
        }
    }
}
