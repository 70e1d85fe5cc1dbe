/// What an officer may do in a unit (PROCEDURE.md §2, stable ids in §6).
///
/// An officer can hold several roles, each in a given unit: the head of an office is
/// `head` there, and may also be `proposer` of their own ideas anywhere.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Người đề xuất: any officer may propose.
    case proposer
    /// Thủ trưởng, người đứng đầu cơ quan, đơn vị.
    case head
    /// Cấp phó: a member of the leadership collective.
    case deputy
    /// Văn thư: registers the receipt of documents.
    case clerk
    /// Records the opinion of the same-level Party committee (cấp ủy cùng cấp).
    case partyLiaison = "party_liaison"
    /// Phòng Văn hóa – Xã hội: guides and inspects (point 4 of the letter).
    case inspector
    /// Lãnh đạo UBND phường: chairperson and vice-chairpersons.
    case wardLeader = "ward_leader"
    /// Quản trị: accounts and settings, no say in decisions.
    case admin

    public var label: Localized {
        switch self {
        case .proposer: Localized(vi: "Người đề xuất", en: "Proposer")
        case .head: Localized(vi: "Người đứng đầu", en: "Head of unit")
        case .deputy: Localized(vi: "Cấp phó", en: "Deputy head")
        case .clerk: Localized(vi: "Văn thư", en: "Clerk")
        case .partyLiaison: Localized(vi: "Đầu mối cấp ủy", en: "Party committee liaison")
        case .inspector: Localized(vi: "Kiểm tra (Phòng VH-XH)", en: "Inspector (Culture-Society office)")
        case .wardLeader: Localized(vi: "Lãnh đạo UBND phường", en: "Ward leadership")
        case .admin: Localized(vi: "Quản trị", en: "Administrator")
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
