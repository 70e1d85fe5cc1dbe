/// What can be done in points 1 and 4 of the letter.
public enum OversightAction: String, Sendable, Hashable, Codable, CaseIterable {
    /// Add a text to the library.
    case addText = "add_text"
    /// Record a hội nghị quán triệt of a unit.
    case recordBriefing = "record_briefing"
    /// "Tôi đã đọc và nắm được nội dung": the officer himself.
    case acknowledge
    /// Record an inspection of a unit, with its recommendations.
    case recordInspection = "record_inspection"
    /// Note how a recommendation is carried out.
    case followUp = "follow_up"
    /// A unit reports a difficulty.
    case fileDifficulty = "file_difficulty"
    /// The Culture-Society office answers it.
    case answerDifficulty = "answer_difficulty"
    /// The office escalates it to the People's Committee, with a due date.
    case escalateDifficulty = "escalate_difficulty"
    /// The ward leadership answers an escalated report.
    case resolveDifficulty = "resolve_difficulty"
    /// See every unit's records (read-only).
    case viewAllUnits = "view_all_units"

    public var label: Localized {
        switch self {
        case .addText: Localized(vi: "Thêm văn bản vào thư viện", en: "Add a text to the library")
        case .recordBriefing: Localized(vi: "Ghi hội nghị quán triệt", en: "Record a briefing")
        case .acknowledge: Localized(vi: "Xác nhận đã đọc văn bản", en: "Acknowledge a text")
        case .recordInspection: Localized(vi: "Ghi biên bản kiểm tra", en: "Record an inspection")
        case .followUp: Localized(vi: "Theo dõi thực hiện kiến nghị", en: "Follow up a recommendation")
        case .fileDifficulty: Localized(vi: "Gửi báo cáo khó khăn, vướng mắc", en: "File a difficulty report")
        case .answerDifficulty: Localized(vi: "Trả lời vướng mắc", en: "Answer a difficulty")
        case .escalateDifficulty: Localized(vi: "Chuyển vướng mắc lên UBND phường", en: "Escalate to the People's Committee")
        case .resolveDifficulty: Localized(vi: "UBND phường trả lời vướng mắc", en: "Answer an escalated difficulty")
        case .viewAllUnits: Localized(vi: "Xem hồ sơ của mọi đơn vị", en: "View every unit's records")
        }
    }
}

/// Who may act, for the unit concerned (the briefing's, the inspected, the filing unit).
public enum OversightParty: String, Sendable, Hashable, Codable, CaseIterable {
    /// Quản trị.
    case administrator
    /// The officer himself (an acknowledgement is personal).
    case theOfficer = "the_officer"
    /// Head or deputy of the unit concerned.
    case unitLeadership = "unit_leadership"
    /// Văn thư of the unit concerned.
    case unitClerk = "unit_clerk"
    /// Kiểm tra, Phòng Văn hóa – Xã hội.
    case inspector
    /// Lãnh đạo UBND phường.
    case wardLeader = "ward_leader"

    public var label: Localized {
        switch self {
        case .administrator: Role.admin.label
        case .theOfficer: Localized(vi: "chính cán bộ đó", en: "the officer himself")
        case .unitLeadership: Localized(vi: "người đứng đầu hoặc cấp phó của đơn vị", en: "the unit's head or a deputy")
        case .unitClerk: Localized(vi: "văn thư của đơn vị", en: "the unit's clerk")
        case .inspector: Role.inspector.label
        case .wardLeader: Role.wardLeader.label
        }
    }
}

/// One row of the table: (action) → (who may do it, and the point of the letter it rests on).
public struct OversightPermission: Sendable, Hashable {
    public var action: OversightAction
    public var parties: [OversightParty]
    public var basis: Localized
}

/// Who may do what in points 1 and 4, as data (in the manner of ``Permissions/table``).
public enum OversightPermissions {
    static let point1 = Localized(vi: "điểm 1 Công văn số 432/UBND-VHXH: phổ biến, quán triệt; điểm 3: đúng đối tượng",
                                  en: "Letter 432, point 1: dissemination; point 3: right subjects")
    static let point4 = Localized(vi: "điểm 4 Công văn số 432/UBND-VHXH: Phòng Văn hóa – Xã hội hướng dẫn, kiểm tra; điểm 3: đúng đối tượng",
                                  en: "Letter 432, point 4: the Culture-Society office guides and inspects; point 3: right subjects")

    public static let table: [OversightPermission] = [
        OversightPermission(action: .addText, parties: [.administrator], basis: point1),
        OversightPermission(action: .recordBriefing, parties: [.unitLeadership, .unitClerk, .inspector], basis: point1),
        OversightPermission(action: .acknowledge, parties: [.theOfficer], basis: point1),
        OversightPermission(action: .recordInspection, parties: [.inspector], basis: point4),
        OversightPermission(action: .followUp, parties: [.inspector, .unitLeadership], basis: point4),
        OversightPermission(action: .fileDifficulty, parties: [.unitLeadership, .unitClerk], basis: point4),
        OversightPermission(action: .answerDifficulty, parties: [.inspector], basis: point4),
        OversightPermission(action: .escalateDifficulty, parties: [.inspector], basis: point4),
        OversightPermission(action: .resolveDifficulty, parties: [.wardLeader], basis: point4),
        OversightPermission(action: .viewAllUnits, parties: [.inspector, .wardLeader, .administrator], basis: point4),
    ]

    public static func permission(for action: OversightAction) -> OversightPermission {
        // Every action has exactly one row (a test checks it).
        table.first { $0.action == action } ?? OversightPermission(action: action, parties: [], basis: point4)
    }

    /// Whether `login` is `party` for the unit concerned (`subject`: whose acknowledgement).
    public static func qualifies(_ login: String, as party: OversightParty, unitID: String?, subject: String?,
                                 in org: Organization) -> Bool {
        switch party {
        case .administrator: return org.holdsAnywhere(.admin, login)
        case .theOfficer: return subject == login
        case .unitLeadership:
            guard let unitID else { return false }
            return org.holds(.head, login, in: unitID) || org.holds(.deputy, login, in: unitID)
        case .unitClerk:
            guard let unitID else { return false }
            return org.holds(.clerk, login, in: unitID)
        case .inspector: return org.holdsAnywhere(.inspector, login)
        case .wardLeader: return org.holdsAnywhere(.wardLeader, login)
        }
    }

    /// Nil when `actor` may take `action` for `unitID` (and, for an acknowledgement, for
    /// `subject`); else the refusal. Recording on someone's behalf is not a thing here.
    public static func check(_ action: OversightAction, by actor: Actor, unitID: String? = nil, subject: String? = nil,
                             in org: Organization) -> OversightRefusal? {
        guard org.officer(actor.login) != nil else { return OversightRefusal(.unknownOfficer, detail: actor.login) }
        if let unitID, org.unit(unitID) == nil { return OversightRefusal(.unknownUnit, detail: unitID) }
        let row = permission(for: action)
        if action == .acknowledge {
            guard actor.onBehalfOf == nil, subject == nil || subject == actor.login else { return OversightRefusal(.selfOnly, point: row.basis) }
            return nil
        }
        if actor.onBehalfOf != nil {
            return OversightRefusal(.roleRequired, detail: Localized(vi: "không ghi thay", en: "no recording on behalf"), point: row.basis)
        }
        if row.parties.contains(where: { qualifies(actor.login, as: $0, unitID: unitID, subject: subject, in: org) }) {
            return nil
        }
        let needed = row.parties.map(\.label)
        let unitName = unitID.flatMap { org.unit($0)?.name }.map { " — " + $0 } ?? ""
        return OversightRefusal(.roleRequired, detail: Localized(
            vi: action.label.vi + ": " + needed.map(\.vi).joined(separator: " / ") + unitName,
            en: action.label.en + ": " + needed.map(\.en).joined(separator: " / ") + unitName), point: row.basis)
    }

    /// Whether the officer sees every unit's records; otherwise only his own unit's.
    public static func seesAllUnits(_ login: String, in org: Organization) -> Bool {
        check(.viewAllUnits, by: Actor(login: login), in: org) == nil
    }

    /// The Culture-Society office: the unit where the inspectors hold their role (VHXH).
    public static func cultureSocietyOffice(in org: Organization) -> String {
        org.grants.filter { $0.role == .inspector }.map(\.unitID).sorted().first ?? "VHXH"
    }
}
