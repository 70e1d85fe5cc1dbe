import Foundation
import Testing
@testable import Procedure

/// Issue 17: the same-level Party committee is a property of the unit, and the discipline
/// instrument named when a proposal is not protected follows the officer's kind.
@Suite struct PartyCommitteeTests {
    static let ward = Procedure.Unit(id: "UBND", name: "Ủy ban nhân dân phường Uông Bí", kind: .peoplesCommittee, parentID: nil)
    static let office = Procedure.Unit(id: "VHXH", name: "Phòng Văn hóa - Xã hội", kind: .office, parentID: "UBND")
    static let school = Procedure.Unit(id: "THQT", name: "Trường Tiểu học Quang Trung", kind: .publicServiceUnit, parentID: "UBND")

    static func org(_ units: [Procedure.Unit]) -> Organization {
        Organization(units: units, officers: [
            Officer(login: "nvan", name: "Nguyễn Văn An", unitID: "VHXH", position: "Chuyên viên", isManaging: false),
            Officer(login: "ttgiang", name: "Trần Thu Giang", unitID: "THQT", position: "Giáo viên", isManaging: false),
            Officer(login: "tqhung", name: "Trần Quốc Hùng", unitID: "UBND", position: "Chủ tịch", isManaging: true),
        ], grants: [])
    }

    @Test func theDefaultFollowsTheKindAndName() {
        let org = Self.org([Self.ward, Self.office, Self.school])
        #expect(org.partyCommittee(of: "UBND") == "Đảng ủy phường Uông Bí")
        #expect(org.partyCommittee(of: "VHXH") == "Chi bộ Phòng Văn hóa - Xã hội")
        #expect(org.partyCommittee(of: "THQT") == "Chi bộ Trường Tiểu học Quang Trung")
        #expect(org.partyCommittee(of: "KHONG") == "")
        #expect(Procedure.Unit.defaultPartyCommittee(kind: .peoplesCommittee, name: "UBND phường Yên Thanh") == "Đảng ủy phường Yên Thanh")
        #expect(Procedure.Unit.defaultPartyCommittee(kind: .peoplesCommittee, name: "Ủy ban nhân dân") == "Đảng ủy phường")
    }

    @Test func aNamedCommitteeWinsAndABlankOneFallsBackToTheDefault() {
        var school = Self.school
        school.partyCommittee = "Chi bộ Trường Tiểu học Quang Trung - Uông Bí"
        var office = Self.office
        office.partyCommittee = "   "
        let org = Self.org([Self.ward, office, school])
        #expect(org.partyCommittee(of: "THQT") == "Chi bộ Trường Tiểu học Quang Trung - Uông Bí")
        #expect(org.partyCommittee(of: "VHXH") == "Chi bộ Phòng Văn hóa - Xã hội")
    }

    /// An older `unit_saved` payload has no committee: it decodes to nil, and a unit
    /// without one encodes without the key, so stored payloads keep their bytes.
    @Test func theCommitteeIsOptionalInTheCodedUnit() throws {
        let old = #"{"id":"VHXH","name":"Phòng Văn hóa - Xã hội","kind":"office","parentID":"UBND"}"#
        let decoded = try JSONDecoder().decode(Procedure.Unit.self, from: Data(old.utf8))
        #expect(decoded.partyCommittee == nil)
        let encoded = String(decoding: try JSONEncoder().encode(Self.office), as: UTF8.self)
        #expect(!encoded.contains("partyCommittee"))
    }

    @Test func eachKindOfUnitGivesItsOfficersCategory() {
        for kind in UnitKind.allCases {
            #expect(OfficerCategory(unitKind: kind) == (kind == .publicServiceUnit ? .publicEmployee : .cadreOrCivilServant))
        }
        let org = Self.org([Self.ward, Self.office, Self.school])
        #expect(org.category(of: "nvan") == .cadreOrCivilServant)
        #expect(org.category(of: "tqhung") == .cadreOrCivilServant)
        #expect(org.category(of: "ttgiang") == .publicEmployee)
    }

    /// NĐ 172/2025 for cán bộ, công chức; the viên chức rules for a public employee; every
    /// other consequence and measure names no instrument.
    @Test func theDisciplineInstrumentFollowsTheCategory() {
        let civil = Consequence.noProtection.label(for: .cadreOrCivilServant).vi
        let employee = Consequence.noProtection.label(for: .publicEmployee).vi
        #expect(civil.contains("Nghị định số 172/2025/NĐ-CP") && !civil.contains("112/2020"))
        #expect(employee.contains("Nghị định số 112/2020/NĐ-CP") && employee.contains("Nghị định số 71/2023/NĐ-CP")
                && !employee.contains("172/2025"))
        #expect(employee.contains("viên chức"))
        #expect(MeasureKind.ordinaryRules.label(for: .publicEmployee).vi.contains("112/2020"))
        #expect(MeasureKind.ordinaryRules.label(for: .cadreOrCivilServant).vi.contains("172/2025"))
        for consequence in Consequence.allCases where consequence != .noProtection {
            for category in OfficerCategory.allCases { #expect(consequence.label(for: category) == consequence.label) }
        }
        for kind in MeasureKind.allCases where kind != .ordinaryRules {
            for category in OfficerCategory.allCases { #expect(kind.label(for: category) == kind.label) }
        }
        // The labels without an officer name no instrument at all.
        for text in [Consequence.noProtection.label.vi, MeasureKind.ordinaryRules.label.vi] {
            #expect(!text.contains("172/2025") && !text.contains("112/2020"))
        }
    }

    /// A Party opinion with no committee named records the reviewing unit's own.
    @Test func anUnnamedOpinionRecordsTheReviewingUnitsCommittee() throws {
        var school = Self.school
        school.partyCommittee = "Chi bộ Trường Tiểu học Quang Trung"
        let units = [Self.ward, school]
        let officers = [
            Officer(login: "htruong", name: "Hà Trường", unitID: "THQT", position: "Hiệu trưởng", isManaging: true),
            Officer(login: "ttgiang", name: "Trần Thu Giang", unitID: "THQT", position: "Giáo viên", isManaging: false),
            Officer(login: "pvbinh", name: "Phạm Văn Bình", unitID: "UBND", position: "Phó Bí thư Đảng ủy", isManaging: true),
        ]
        let grants = [RoleGrant(login: "htruong", role: .head, unitID: "THQT"),
                      RoleGrant(login: "pvbinh", role: .partyLiaison, unitID: "UBND"),
                      RoleGrant(login: "htruong", role: .clerk, unitID: "THQT")]
        let org = Organization(units: units, officers: officers, grants: grants)
        let context = Fx.context(org: org)
        var p = try Workflow.create(id: "2026-000001", dossier: Fx.completeDossier(), by: Actor(login: "ttgiang"),
                                    context: context).get().proposal
        for (action, login) in [(Action.submit, "ttgiang"), (.receive(receiptNumber: "1/PTN"), "htruong"),
                                (.partyOpinion(stance: .agree, text: "Đồng ý", committee: ""), "pvbinh")] {
            p = try Workflow.perform(action, on: p, by: Actor(login: login), context: context).get().proposal
        }
        #expect(p.partyOpinion(.beforeApproval)?.committee == "Chi bộ Trường Tiểu học Quang Trung")
    }
}
