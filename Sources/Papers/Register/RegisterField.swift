import Procedure

/// One column of the public register (sổ công khai), with a stable id that exports and
/// `verify --register` use, and its label in both languages.
public enum RegisterField: String, Sendable, Hashable, CaseIterable {
    case id
    case title
    case unit
    case proposer
    case field
    case state
    case submitted
    case received
    case partyOpinion = "party_opinion"
    case vote
    case decisions
    case resourced
    case reported
    case evaluated
    case outcome
    case concluded
    case measures
    case closed
    /// Hidden unless the settings publish ballot comments.
    case ballotComments = "ballot_comments"
    /// Hidden unless the settings publish private notes (progress notes, checklist comments).
    case privateNotes = "private_notes"
    /// Hidden unless the settings publish damage and liability details beyond the outcome.
    case liabilityDetails = "liability_details"
    /// The chain hash of the proposal's last event when the register was printed.
    case lastEvent = "last_event"

    public var label: Localized {
        switch self {
        case .id: Localized(vi: "Mã đề xuất", en: "Proposal")
        case .title: Localized(vi: "Tên đề xuất", en: "Title")
        case .unit: Localized(vi: "Đơn vị", en: "Unit")
        case .proposer: Localized(vi: "Người đề xuất", en: "Proposer")
        case .field: Localized(vi: "Lĩnh vực", en: "Field")
        case .state: Localized(vi: "Tình trạng", en: "State")
        case .submitted: Localized(vi: "Ngày gửi", en: "Submitted on")
        case .received: Localized(vi: "Tiếp nhận", en: "Receipt")
        case .partyOpinion: Localized(vi: "Ý kiến cấp ủy", en: "Party opinion")
        case .vote: Localized(vi: "Kết quả biểu quyết", en: "Vote")
        case .decisions: Localized(vi: "Quyết định và lý do", en: "Decisions and reasons")
        case .resourced: Localized(vi: "Ngày bảo đảm điều kiện", en: "Resourced on")
        case .reported: Localized(vi: "Ngày báo cáo kết quả", en: "Result reported on")
        case .evaluated: Localized(vi: "Ngày đánh giá", en: "Evaluated on")
        case .outcome: Localized(vi: "Kết quả đánh giá", en: "Outcome")
        case .concluded: Localized(vi: "Kết luận", en: "Conclusion")
        case .measures: Localized(vi: "Khen thưởng, trách nhiệm", en: "Measures")
        case .closed: Localized(vi: "Ngày kết thúc", en: "Closed on")
        case .ballotComments: Localized(vi: "Ý kiến kèm phiếu biểu quyết", en: "Ballot comments")
        case .privateNotes: Localized(vi: "Ghi chú nội bộ", en: "Private notes")
        case .liabilityDetails: Localized(vi: "Chi tiết thiệt hại, trách nhiệm", en: "Damage and liability details")
        case .lastEvent: Localized(vi: "Mã băm sự kiện cuối", en: "Last event hash")
        }
    }

    /// The field a header names: its id, or its label in either language.
    public init?(header: String) {
        let text = header.trimmingCharacters(in: .whitespaces)
        if let field = RegisterField(rawValue: text) {
            self = field
            return
        }
        guard let field = RegisterField.allCases.first(where: { $0.label.vi == text || $0.label.en == text }) else { return nil }
        self = field
    }

    /// The columns printed under the given privacy settings, in order.
    public static func columns(settings: ProcedureSettings) -> [RegisterField] {
        allCases.filter { field in
            switch field {
            case .ballotComments: settings.publishBallotComments
            case .privateNotes: settings.publishPrivateNotes
            case .liabilityDetails: settings.publishLiabilityDetails
            default: true
            }
        }
    }
}
