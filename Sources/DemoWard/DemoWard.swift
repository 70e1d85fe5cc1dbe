import Procedure

/// A believable Phường Uông Bí (Quảng Ninh) for the demo database and the tests: the ward
/// People's Committee, its three offices, the public administration service centre and
/// three public service units, with about forty officers and every role of PROCEDURE.md §2.
public enum DemoWard {
    /// The ward's Party committee, the same-level committee of the People's Committee;
    /// each unit names its own (`Unit.partyCommittee`).
    public static let partyCommittee: String = "Đảng ủy phường Uông Bí"

    /// The units of the ward, root first.
    static let units: [Unit] = [
        Unit(id: "UBND", name: "Ủy ban nhân dân phường Uông Bí", kind: .peoplesCommittee, parentID: nil,
             partyCommittee: "Đảng ủy phường Uông Bí"),
        Unit(id: "VP", name: "Văn phòng HĐND và UBND phường", kind: .office, parentID: "UBND",
             partyCommittee: "Chi bộ Văn phòng HĐND và UBND phường"),
        Unit(id: "KTHTDT", name: "Phòng Kinh tế, Hạ tầng và Đô thị", kind: .office, parentID: "UBND",
             partyCommittee: "Chi bộ Phòng Kinh tế, Hạ tầng và Đô thị", symbol: "KTHTĐT"),
        Unit(id: "VHXH", name: "Phòng Văn hóa – Xã hội", kind: .office, parentID: "UBND",
             partyCommittee: "Chi bộ Phòng Văn hóa - Xã hội"),
        Unit(id: "TTPVHCC", name: "Trung tâm Phục vụ hành chính công phường", kind: .office, parentID: "UBND",
             partyCommittee: "Chi bộ Trung tâm Phục vụ hành chính công phường"),
        Unit(id: "TYT", name: "Trạm Y tế phường Uông Bí", kind: .publicServiceUnit, parentID: "UBND",
             partyCommittee: "Chi bộ Trạm Y tế phường Uông Bí"),
        Unit(id: "THCS", name: "Trường THCS Trưng Vương", kind: .publicServiceUnit, parentID: "UBND",
             partyCommittee: "Chi bộ Trường THCS Trưng Vương"),
        Unit(id: "BQLC", name: "Ban Quản lý chợ Uông Bí", kind: .publicServiceUnit, parentID: "UBND",
             partyCommittee: "Chi bộ Ban Quản lý chợ Uông Bí"),
    ]

    /// The code a unit puts after the number of its decisions ("45/QĐ-UBND").
    static func documentCode(of unitID: String) -> String {
        switch unitID {
        case "KTHTDT": "KTHTĐT"
        default: unitID
        }
    }

    /// The ward: units, officers (each also `proposer` in their own unit: anyone may
    /// propose) and the role grants of `DemoNames.roster`.
    public static func organization() -> Organization {
        let roster = DemoNames.roster
        let officers = roster.map {
            Officer(login: $0.login, name: $0.name, unitID: $0.unit, position: $0.position, isManaging: $0.managing)
        }
        var grants: [RoleGrant] = []
        for officer in roster {
            for (role, unit) in officer.roles {
                grants.append(RoleGrant(login: officer.login, role: role, unitID: unit))
            }
        }
        for officer in roster {
            grants.append(RoleGrant(login: officer.login, role: .proposer, unitID: officer.unit))
        }
        return Organization(units: units, officers: officers, grants: grants)
    }
}
