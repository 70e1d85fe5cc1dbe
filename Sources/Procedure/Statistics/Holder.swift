/// Who holds a proposal now: whose move the procedure waits for (PROCEDURE.md §3.2),
/// named by role and unit, and by person when one person is meant.
public struct Holder: Sendable, Hashable {
    public var role: Role
    public var unitID: String
    /// The one officer meant (the proposer, the head), when there is one.
    public var login: String?
    /// What they are to do.
    public var task: Localized

    public init(role: Role, unitID: String, login: String?, task: Localized) {
        self.role = role
        self.unitID = unitID
        self.login = login
        self.task = task
    }

    /// The holder of an open proposal; nil for a final state (nobody holds it any more).
    public static func of(_ facts: ProposalFacts, in organization: Organization) -> Holder? {
        let unit = facts.reviewingUnitID
        let head = organization.head(of: unit)?.login
        switch facts.state {
        case .draft:
            return Holder(role: .proposer, unitID: facts.unitID, login: facts.proposer,
                          task: Localized(vi: "Hoàn thiện và gửi hồ sơ", en: "Complete and submit the dossier"))
        case .returned:
            return Holder(role: .proposer, unitID: facts.unitID, login: facts.proposer,
                          task: Localized(vi: "Bổ sung hồ sơ theo yêu cầu", en: "Complete the dossier as asked"))
        case .received where facts.awaitingReceipt:
            return Holder(role: .clerk, unitID: unit, login: nil,
                          task: Localized(vi: "Vào sổ tiếp nhận", en: "Register the receipt"))
        case .received where organization.isBeyondWard(proposer: facts.proposer, unitID: facts.unitID, reviewingUnitID: unit):
            return Holder(role: .clerk, unitID: unit, login: nil,
                          task: Localized(vi: "Chuyển cấp tỉnh", en: "Forward to the province"))
        case .forwarded:
            return Holder(role: .clerk, unitID: unit, login: nil,
                          task: Localized(vi: "Ghi kết quả cấp tỉnh", en: "Record the province's decision"))
        case .received where !facts.partyOpinionBeforeApproval:
            return Holder(role: .partyLiaison, unitID: unit, login: nil,
                          task: Localized(vi: "Ghi ý kiến cấp ủy trước khi cho phép triển khai", en: "Record the Party opinion before approval"))
        case .received:
            return Holder(role: .head, unitID: unit, login: head,
                          task: Localized(vi: "Họp tập thể lãnh đạo, biểu quyết và quyết định", en: "Collective review, vote and decision"))
        case .approved:
            return Holder(role: .head, unitID: unit, login: head,
                          task: Localized(vi: "Bảo đảm điều kiện thực hiện", en: "Provide the resources"))
        case .inProgress, .terminated:
            return Holder(role: .proposer, unitID: facts.unitID, login: facts.proposer,
                          task: facts.state == .terminated
                              ? Localized(vi: "Báo cáo kết quả sau khi dừng thực hiện", en: "Report the results after termination")
                              : Localized(vi: "Triển khai và báo cáo kết quả", en: "Implement and report the results"))
        case .suspended:
            return Holder(role: .head, unitID: unit, login: head,
                          task: Localized(vi: "Quyết định tiếp tục hoặc dừng thực hiện", en: "Decide to resume or terminate"))
        case .reported where !facts.partyOpinionBeforeEvaluation:
            return Holder(role: .partyLiaison, unitID: unit, login: nil,
                          task: Localized(vi: "Ghi ý kiến cấp ủy trước khi đánh giá", en: "Record the Party opinion before evaluation"))
        case .reported:
            return Holder(role: .head, unitID: unit, login: head,
                          task: Localized(vi: "Họp đánh giá kết quả", en: "Hold the evaluation meeting"))
        case .evaluated:
            return Holder(role: .head, unitID: unit, login: head,
                          task: facts.conclusion == nil
                              ? Localized(vi: "Ban hành thông báo kết luận", en: "Issue the conclusion")
                              : Localized(vi: "Ghi nhận khen thưởng, bảo vệ và kết thúc", en: "Record the measures and close"))
        case .outOfScope, .withdrawn, .rejected, .closed:
            return nil
        }
    }
}
