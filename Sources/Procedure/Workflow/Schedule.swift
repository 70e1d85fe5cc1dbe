/// A step with a legal limit, as the inbox and the detail pane show it.
public enum StepKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Step 2 (§7.7): the Party opinion before approval, within the review's window: due
    /// on the decision's own due day, since the decision cannot come before it.
    case partyOpinion = "party_opinion"
    /// Steps 2–4: Party opinion, collective review and decision, 7 WD from receipt.
    case decision
    /// Step 5 (§7.7, LOCAL): resources granted after approval, 10 WD by default.
    case resourcing
    /// Step 7: the completion report, 5 WD after the end of implementation.
    case report
    /// Step 9: the evaluation meeting, 7 WD from receipt of the report.
    case evaluation
    /// Step 10 (LOCAL): the conclusion, 3 WD after the meeting.
    case conclusion
    /// Step 11 (§7.7, LOCAL): the measures ("kịp thời") recorded and the proposal closed,
    /// 15 WD by default from the conclusion (from the evaluation with no conclusion step).
    case measures

    public var label: Localized {
        switch self {
        case .partyOpinion: Localized(vi: "Ý kiến cấp ủy trước khi cho phép triển khai", en: "Party opinion before approval")
        case .decision: Localized(vi: "Xin ý kiến cấp ủy, họp tập thể và quyết định", en: "Party opinion, collective review and decision")
        case .resourcing: Localized(vi: "Bảo đảm điều kiện thực hiện", en: "Resources granted")
        case .report: Localized(vi: "Báo cáo kết quả thực hiện", en: "Completion report")
        case .evaluation: Localized(vi: "Họp đánh giá kết quả", en: "Evaluation meeting")
        case .conclusion: Localized(vi: "Ban hành thông báo kết luận", en: "Conclusion issued")
        case .measures: Localized(vi: "Khuyến khích, bảo vệ và kết thúc", en: "Encouragement, protection and closing")
        }
    }
}

/// One step's clock: when it started, when it is due, when (if) it was done.
public struct StepClock: Sendable, Hashable, Codable {
    public var step: StepKind
    public var limitDays: Int
    public var start: Day
    public var due: Day
    public var done: Day?

    /// Done on or before the due day.
    public var onTime: Bool? { done.map { $0 <= due } }

    public func status(today: Day, calendar: WorkingCalendar, soonWithin: Int) -> DueStatus? {
        guard done == nil else { return nil }
        return calendar.dueStatus(of: due, today: today, soonWithin: soonWithin)
    }
}

extension Proposal {
    /// The clocks of every limited step this proposal has reached, in order: the rules of
    /// `ProposalFacts.clocks`, over this proposal's facts, so the two can never disagree.
    public func clocks(calendar: WorkingCalendar, settings: ProcedureSettings) -> [StepClock] {
        ProposalFacts(self).clocks(calendar: calendar, settings: settings)
    }

    /// The open step with the nearest due day, if any: what the inbox sorts and marks by.
    /// A suspended proposal's report clock keeps running only once implementation resumes;
    /// final states have no open clock, nor one forwarded to the province (§7.6: paused).
    public func nextDue(calendar: WorkingCalendar, settings: ProcedureSettings) -> StepClock? {
        guard !state.isFinal, state != .suspended, state != .returned, state != .forwarded, !awaitingReceipt else { return nil }
        return clocks(calendar: calendar, settings: settings).filter { $0.done == nil }.min { $0.due < $1.due }
    }
}

/// A notice shown on a proposal wherever it appears (PROCEDURE.md §2, §3.2).
public enum Notice: String, Sendable, Hashable, Codable, CaseIterable {
    /// The proposer is not a leading or managing official: Decree 73 names those.
    case protectionMayNotApply = "protection_may_not_apply"
    /// Approved by the head against a failed vote, on personal responsibility.
    case headOverride = "head_override"
    /// An S&T task: Resolution 193 and the S&T law's risk acceptance apply, not Decree 73.
    case scienceTechnologyRegime = "st_regime"
    /// Routed to the superior unit because the proposer heads their own (art. 7(4)).
    case routedToSuperior = "routed_to_superior"
    /// The ward chairperson's own proposal, sent to the province (§7.6).
    case forwardedToProvince = "forwarded_to_province"

    public var text: Localized {
        switch self {
        case .protectionMayNotApply:
            Localized(vi: "Người đề xuất không phải cán bộ lãnh đạo, quản lý: cơ chế bảo vệ của Nghị định 73/2023/NĐ-CP có thể không áp dụng trực tiếp",
                      en: "The proposer is not a leading or managing official: Decree 73/2023 protection may not apply directly")
        case .headOverride:
            Localized(vi: "Người đứng đầu quyết định cho triển khai khi tập thể không thông qua, bằng văn bản, chịu trách nhiệm trước cơ quan sử dụng cán bộ cấp trên và trước pháp luật",
                      en: "The head allowed implementation although the vote failed, in writing, on personal responsibility")
        case .scienceTechnologyRegime:
            Localized(vi: "Nhiệm vụ khoa học, công nghệ: áp dụng cơ chế chấp nhận rủi ro theo Nghị quyết 193/2025/QH15 và Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025 (Điều 9), không áp dụng lẫn với Nghị định 73",
                      en: "S&T task: risk acceptance under Resolution 193/2025 and the 2025 S&T law (art. 9) applies, not mixed with Decree 73")
        case .routedToSuperior:
            Localized(vi: "Người đề xuất là người đứng đầu đơn vị: đề xuất do người đứng đầu cơ quan cấp trên xem xét (khoản 4 Điều 7 NĐ 73/2023)",
                      en: "The proposer heads the unit: the superior unit's head reviews it (Decree 73 art. 7(4))")
        case .forwardedToProvince:
            Localized(vi: "Đề xuất của Chủ tịch UBND phường: chuyển cấp tỉnh xem xét (khoản 4 Điều 7 NĐ 73/2023); thời hạn tạm dừng khi đang ở cấp tỉnh",
                      en: "The ward chairperson's own proposal, forwarded to the province (Decree 73 art. 7(4)); its clocks pause while it is there")
        }
    }
}

extension Proposal {
    public var notices: [Notice] {
        var result: [Notice] = []
        if dossier.legalBasis == .decree73 && !proposerIsManaging { result.append(.protectionMayNotApply) }
        if dossier.legalBasis == .scienceTechnologyTask { result.append(.scienceTechnologyRegime) }
        if unitID != reviewingUnitID { result.append(.routedToSuperior) }
        if forwarding != nil { result.append(.forwardedToProvince) }
        if decision?.kind == .override { result.append(.headOverride) }
        return result
    }
}
