/// Where a proposal stands (PROCEDURE.md §3.2), with the stable ids of §6 that
/// commands, JSON and exports use.
public enum ProposalState: String, Sendable, Hashable, Codable, CaseIterable {
    case draft
    case received
    /// Beyond the ward (§7.6): sent to the province, its clocks paused.
    case forwarded
    case returned
    case outOfScope = "out_of_scope"
    case withdrawn
    case rejected
    case approved
    case inProgress = "in_progress"
    case suspended
    case terminated
    case reported
    case evaluated
    case closed

    public var label: Localized {
        switch self {
        case .draft: Localized(vi: "Bản nháp", en: "Draft")
        case .received: Localized(vi: "Đã tiếp nhận", en: "Received")
        case .forwarded: Localized(vi: "Đã chuyển cấp tỉnh", en: "Forwarded to the province")
        case .returned: Localized(vi: "Trả lại bổ sung", en: "Returned for completion")
        case .outOfScope: Localized(vi: "Không thuộc phạm vi", en: "Out of scope")
        case .withdrawn: Localized(vi: "Đã rút", en: "Withdrawn")
        case .rejected: Localized(vi: "Không phê duyệt", en: "Not approved")
        case .approved: Localized(vi: "Cho phép triển khai", en: "Approved")
        case .inProgress: Localized(vi: "Đang triển khai", en: "In progress")
        case .suspended: Localized(vi: "Tạm dừng", en: "Suspended")
        case .terminated: Localized(vi: "Dừng thực hiện", en: "Terminated")
        case .reported: Localized(vi: "Đã báo cáo kết quả", en: "Result reported")
        case .evaluated: Localized(vi: "Đã đánh giá", en: "Evaluated")
        case .closed: Localized(vi: "Kết thúc", en: "Closed")
        }
    }

    /// No step leads out of these.
    public var isFinal: Bool {
        switch self {
        case .outOfScope, .withdrawn, .rejected, .closed: true
        default: false
        }
    }
}
