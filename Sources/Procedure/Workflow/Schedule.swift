/// A step with a legal limit, as the inbox and the detail pane show it.
public enum StepKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Steps 2–4: Party opinion, collective review and decision, 7 WD from receipt.
    case decision
    /// Step 7: the completion report, 5 WD after the end of implementation.
    case report
    /// Step 9: the evaluation meeting, 7 WD from receipt of the report.
    case evaluation
    /// Step 10 (LOCAL): the conclusion, 3 WD after the meeting.
    case conclusion

    public var label: Localized {
        switch self {
        case .decision: Localized(vi: "Xin ý kiến cấp ủy, họp tập thể và quyết định", en: "Party opinion, collective review and decision")
        case .report: Localized(vi: "Báo cáo kết quả thực hiện", en: "Completion report")
        case .evaluation: Localized(vi: "Họp đánh giá kết quả", en: "Evaluation meeting")
        case .conclusion: Localized(vi: "Ban hành kết luận", en: "Conclusion issued")
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
    /// The clocks of every limited step this proposal has reached, in order.
    public func clocks(calendar: WorkingCalendar, settings: ProcedureSettings) -> [StepClock] {
        var clocks: [StepClock] = []
        if let receipt = receipts.last {
            let due = calendar.addingWorkingDays(settings.decisionDays, to: receipt.day)
            let done: Day?
            if awaitingReceipt || state == .returned {
                done = returns.last?.day ?? receipt.day
            } else {
                // A proposal beyond the ward: the ward's part ends with the forwarding letter (§7.6).
                done = forwarding?.letterDay ?? decision?.day ?? outOfScope?.day
            }
            clocks.append(StepClock(step: .decision, limitDays: settings.decisionDays, start: receipt.day, due: due, done: done))
        }
        if decision != nil && decision?.kind != .reject, resources != nil || report != nil {
            let end = terminatedOn ?? dossier.endDate
            if let end {
                let due = calendar.addingWorkingDays(settings.reportDays, to: end)
                clocks.append(StepClock(step: .report, limitDays: settings.reportDays, start: end, due: due, done: report?.day))
            }
        }
        if let report {
            let due = calendar.addingWorkingDays(settings.evaluationDays, to: report.day)
            clocks.append(StepClock(step: .evaluation, limitDays: settings.evaluationDays, start: report.day, due: due, done: evaluation?.day))
        }
        if settings.requireConclusion, let evaluation {
            let due = calendar.addingWorkingDays(settings.conclusionDays, to: evaluation.day)
            clocks.append(StepClock(step: .conclusion, limitDays: settings.conclusionDays, start: evaluation.day, due: due, done: conclusion?.day))
        }
        return clocks
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
            Localized(vi: "Thủ trưởng cho phép triển khai khi biểu quyết không đạt, bằng văn bản và tự chịu trách nhiệm cá nhân",
                      en: "The head allowed implementation although the vote failed, in writing, on personal responsibility")
        case .scienceTechnologyRegime:
            Localized(vi: "Nhiệm vụ KH&CN: áp dụng cơ chế chấp nhận rủi ro theo Nghị quyết 193/2025/QH15 và Luật KH,CN&ĐMST 2025 (Điều 9), không áp dụng lẫn với Nghị định 73",
                      en: "S&T task: risk acceptance under Resolution 193/2025 and the 2025 S&T law (art. 9) applies, not mixed with Decree 73")
        case .routedToSuperior:
            Localized(vi: "Người đề xuất là thủ trưởng đơn vị: đề xuất do thủ trưởng cơ quan cấp trên xem xét (Điều 7 khoản 4 Nghị định 73)",
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
