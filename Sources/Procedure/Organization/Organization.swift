/// The kind of a unit in the ward's tree.
public enum UnitKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Ủy ban nhân dân phường: the root.
    case peoplesCommittee = "peoples_committee"
    /// Phòng, ban, văn phòng.
    case office
    /// Đơn vị sự nghiệp công lập.
    case publicServiceUnit = "public_service_unit"

    public var label: Localized {
        switch self {
        case .peoplesCommittee: Localized(vi: "UBND phường", en: "People's Committee")
        case .office: Localized(vi: "Phòng, ban", en: "Office")
        case .publicServiceUnit: Localized(vi: "Đơn vị sự nghiệp công lập", en: "Public service unit")
        }
    }
}

/// A cơ quan, đơn vị: the People's Committee, one of its offices or a public service unit.
public struct Unit: Sendable, Hashable, Codable, Identifiable {
    /// A short stable code, e.g. `UBND`, `VHXH`.
    public var id: String
    public var name: String
    public var kind: UnitKind
    /// The superior unit; nil only for the root.
    public var parentID: String?
    /// The same-level Party committee (cấp ủy cùng cấp), e.g. "Đảng ủy phường Uông Bí" or
    /// "Chi bộ Trường Tiểu học Quang Trung"; nil when none was set, and then
    /// ``Organization/partyCommittee(of:)`` derives one. Absent from older payloads.
    public var partyCommittee: String?
    /// The unit's ký hiệu on its papers (Nghị định 30/2020, Phụ lục III), e.g. "KTHTĐT" for
    /// the Phòng Kinh tế, Hạ tầng và Đô thị: the code after the symbol of an act's number
    /// ("07/QĐ-KTHTĐT"). nil when none was set: the id in capitals serves. Absent from
    /// older payloads.
    public var symbol: String?

    public init(id: String, name: String, kind: UnitKind, parentID: String?, partyCommittee: String? = nil, symbol: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parentID = parentID
        self.partyCommittee = partyCommittee
        self.symbol = symbol
    }
}

/// A cán bộ, công chức, viên chức, identified by their login on the ward's server.
public struct Officer: Sendable, Hashable, Codable, Identifiable {
    public var login: String
    public var name: String
    public var unitID: String
    /// Chức vụ, e.g. "Trưởng phòng", "Chuyên viên".
    public var position: String
    /// Lãnh đạo, quản lý: Decree 73 protects these officials by name (art. 2).
    public var isManaging: Bool

    public var id: String { login }

    public init(login: String, name: String, unitID: String, position: String, isManaging: Bool) {
        self.login = login
        self.name = name
        self.unitID = unitID
        self.position = position
        self.isManaging = isManaging
    }
}

/// One role held by one officer in one unit.
public struct RoleGrant: Sendable, Hashable, Codable {
    public var login: String
    public var role: Role
    public var unitID: String

    public init(login: String, role: Role, unitID: String) {
        self.login = login
        self.role = role
        self.unitID = unitID
    }
}

/// The units, officers and roles that the rules consult: who heads what, who sits in
/// which leadership collective, where a proposal goes.
public struct Organization: Sendable, Hashable {
    public private(set) var units: [String: Unit]
    public private(set) var officers: [String: Officer]
    public private(set) var grants: [RoleGrant]
    /// §7.5: delegations and appointments, oldest first, revoked ones included (Delegation.swift).
    public private(set) var delegations: [Delegation]
    public private(set) var appointments: [Appointment]

    public init(units: [Unit], officers: [Officer], grants: [RoleGrant],
                delegations: [Delegation] = [], appointments: [Appointment] = []) {
        self.units = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        self.officers = Dictionary(officers.map { ($0.login, $0) }, uniquingKeysWith: { _, last in last })
        self.grants = grants
        self.delegations = delegations
        self.appointments = appointments
    }

    public func unit(_ id: String) -> Unit? { units[id] }
    public func officer(_ login: String) -> Officer? { officers[login] }

    /// Whether `login` holds `role` in `unitID` itself.
    public func holds(_ role: Role, _ login: String, in unitID: String) -> Bool {
        grants.contains { $0.login == login && $0.role == role && $0.unitID == unitID }
    }

    /// Whether `login` holds `role` in `unitID` or in any unit above it. A Party liaison or
    /// an inspector of the People's Committee covers the offices below it.
    public func holds(_ role: Role, _ login: String, inOrAbove unitID: String) -> Bool {
        chain(from: unitID).contains { holds(role, login, in: $0.id) }
    }

    /// Whether `login` holds `role` anywhere.
    public func holdsAnywhere(_ role: Role, _ login: String) -> Bool {
        grants.contains { $0.login == login && $0.role == role }
    }

    public func roles(of login: String) -> [RoleGrant] {
        grants.filter { $0.login == login }.sorted { ($0.unitID, $0.role) < ($1.unitID, $1.role) }
    }

    /// Thủ trưởng of a unit (the first, if the data names several).
    public func head(of unitID: String) -> Officer? {
        grants.first { $0.role == .head && $0.unitID == unitID }.flatMap { officers[$0.login] }
    }

    public func deputies(of unitID: String) -> [Officer] {
        grants.filter { $0.role == .deputy && $0.unitID == unitID }
            .compactMap { officers[$0.login] }
            .sorted { $0.login < $1.login }
    }

    /// The leadership collective (tập thể lãnh đạo): the head, then the deputies.
    public func collective(of unitID: String) -> [Officer] {
        var members: [Officer] = []
        if let head = head(of: unitID) { members.append(head) }
        for deputy in deputies(of: unitID) where !members.contains(where: { $0.login == deputy.login }) {
            members.append(deputy)
        }
        return members
    }

    /// The unit and its superiors, nearest first. Stops on a cycle.
    public func chain(from unitID: String) -> [Unit] {
        var result: [Unit] = []
        var next: String? = unitID
        while let id = next, let unit = units[id], !result.contains(where: { $0.id == id }) {
            result.append(unit)
            next = unit.parentID
        }
        return result
    }

    /// Units directly below `unitID`.
    public func children(of unitID: String) -> [Unit] {
        units.values.filter { $0.parentID == unitID }.sorted { $0.id < $1.id }
    }

    /// The employing agency that receives and decides a proposal (Decree 73 art. 7(3)–(4)):
    /// the proposer's own unit, or the superior unit when the proposer heads their own.
    /// The head of the root unit (the ward's chairperson) has none in the ward: the
    /// proposal stays with the root unit, to be forwarded to the province (§7.6).
    public func reviewingUnit(forProposer login: String) -> Result<Unit, Refusal> {
        guard let officer = officers[login] else {
            return .failure(Refusal(.unknownOfficer, detail: login))
        }
        guard let own = units[officer.unitID] else {
            return .failure(Refusal(.unknownUnit, detail: officer.unitID))
        }
        guard holds(.head, login, in: own.id) else { return .success(own) }
        guard let parentID = own.parentID else { return .success(own) }
        guard let parent = units[parentID] else {
            return .failure(Refusal(.noSuperiorUnit, detail: own.name))
        }
        return .success(parent)
    }
}
