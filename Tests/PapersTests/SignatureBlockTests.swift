import Testing
import DemoWard
import Procedure
@testable import Papers

/// Issue 15: signature blocks by NĐ 30/2020 (Phụ lục I, mục II): the authority line from the
/// unit's own title, never the body's name said twice; "TM." for the collective body alone;
/// "KT." for a deputy signing for the head; "Q." for an acting head; the signer's title.
struct SignatureBlockTests {
    /// Per unit of the demo ward: the head's bare title, the decision's issuing authority,
    /// and the deputy's bare title.
    static let expected: [String: (head: String, issuer: String, deputy: String)] = [
        "UBND": ("CHỦ TỊCH", "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG UÔNG BÍ", "PHÓ CHỦ TỊCH"),
        "VP": ("CHÁNH VĂN PHÒNG", "CHÁNH VĂN PHÒNG HĐND VÀ UBND PHƯỜNG", "PHÓ CHÁNH VĂN PHÒNG"),
        "KTHTDT": ("TRƯỞNG PHÒNG", "TRƯỞNG PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ", "PHÓ TRƯỞNG PHÒNG"),
        "VHXH": ("TRƯỞNG PHÒNG", "TRƯỞNG PHÒNG VĂN HÓA – XÃ HỘI", "PHÓ TRƯỞNG PHÒNG"),
        "TTPVHCC": ("GIÁM ĐỐC", "GIÁM ĐỐC TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG", "PHÓ GIÁM ĐỐC"),
        "TYT": ("TRẠM TRƯỞNG", "TRẠM TRƯỞNG TRẠM Y TẾ PHƯỜNG UÔNG BÍ", "PHÓ TRẠM TRƯỞNG"),
        "THCS": ("HIỆU TRƯỞNG", "HIỆU TRƯỞNG TRƯỜNG THCS TRƯNG VƯƠNG", "PHÓ HIỆU TRƯỞNG"),
        "BQLC": ("TRƯỞNG BAN", "TRƯỞNG BAN QUẢN LÝ CHỢ UÔNG BÍ", "PHÓ TRƯỞNG BAN"),
    ]

    @Test func everyUnitOfTheDemoWardIsCovered() {
        let org = DemoWard.organization()
        #expect(Set(org.units.keys) == Set(Self.expected.keys))
    }

    @Test(arguments: ["UBND", "VP", "KTHTDT", "VHXH", "TTPVHCC", "TYT", "THCS", "BQLC"])
    func theHeadSignsWithTheTitleAloneAndTheIssuerNamesTheUnitOnce(unitID: String) throws {
        let org = DemoWard.organization()
        let unit = try #require(org.unit(unitID))
        let head = try #require(org.head(of: unitID))
        let want = try #require(Self.expected[unitID])
        let collectiveBody = unit.kind == .peoplesCommittee
        // The collective's act: "TM. ỦY BAN NHÂN DÂN" over the title, for the People's Committee only.
        let act = SignatureBlock.make(signer: head.position, name: head.name, unit: unit, collective: true)
        #expect(act.lines == (collectiveBody ? ["TM. ỦY BAN NHÂN DÂN", want.head] : [want.head]))
        #expect(act.name == head.name)
        // The head's own act (an override): the title alone, everywhere.
        let own = SignatureBlock.make(signer: head.position, name: head.name, unit: unit, collective: false)
        #expect(own.lines == [want.head])
        // The decision's issuing authority: the title then the unit, the unit's name once.
        let issuer = DocumentBuilder.issuingAuthority(unitID, org: org, signer: head, collective: false).uppercased()
        #expect(issuer == want.issuer)
        #expect(issuer.components(separatedBy: unit.name.uppercased()).count <= 2)
        let collectiveIssuer = DocumentBuilder.issuingAuthority(unitID, org: org, signer: head, collective: true).uppercased()
        #expect(collectiveIssuer == unit.name.uppercased())
        // No line of a block repeats a word run of the unit's name ("TRẠM Y TẾ", "UBND PHƯỜNG").
        for line in act.lines + own.lines {
            #expect(!line.contains(unit.name.uppercased()), "\(line)")
            #expect(!line.contains("UBND") && !line.contains("PHƯỜNG"), "\(line)")
        }
    }

    @Test(arguments: ["UBND", "VP", "KTHTDT", "VHXH", "TTPVHCC", "TYT", "THCS", "BQLC"])
    func everyDeputySignsForTheHeadWithKT(unitID: String) throws {
        let org = DemoWard.organization()
        let unit = try #require(org.unit(unitID))
        let head = try #require(org.head(of: unitID))
        let want = try #require(Self.expected[unitID])
        let deputies = org.deputies(of: unitID)
        #expect(!deputies.isEmpty)
        for deputy in deputies {
            let block = SignatureBlock.make(signer: deputy.position, name: deputy.name, unit: unit, collective: true, forHead: head.position)
            let kt = ["KT. " + want.head, want.deputy]
            #expect(block.lines == (unit.kind == .peoplesCommittee ? ["TM. ỦY BAN NHÂN DÂN"] + kt : kt))
            #expect(block.name == deputy.name)
        }
    }

    @Test func anActingHeadSignsWithQ() {
        let block = SignatureBlock.make(signer: "Quyền Trưởng phòng Văn hóa – Xã hội", name: "Lê Văn Hòa",
                                        unit: Unit(id: "VHXH", name: "Phòng Văn hóa – Xã hội", kind: .office, parentID: "UBND"),
                                        collective: true)
        #expect(block.lines == ["Q. TRƯỞNG PHÒNG"])
        let chair = SignatureBlock.make(signer: "Quyền Chủ tịch UBND phường", name: "Lê Văn Hòa",
                                        unit: Unit(id: "UBND", name: "Ủy ban nhân dân phường Uông Bí", kind: .peoplesCommittee, parentID: nil),
                                        collective: true)
        #expect(chair.lines == ["TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH"])
    }

    @Test func titlesComeOffTheUnitsName() {
        let tyt = Unit(id: "TYT", name: "Trạm Y tế phường Uông Bí", kind: .publicServiceUnit, parentID: "UBND")
        let cases: [(String, String)] = [
            ("Trạm trưởng Trạm Y tế phường", "Trạm trưởng"),
            ("Chủ tịch UBND phường", "Chủ tịch"),
            ("Phó Chủ tịch UBND phường", "Phó Chủ tịch"),
            ("Trưởng Ban Quản lý chợ", "Trưởng Ban"),
            ("Trưởng phòng", "Trưởng phòng"),
            ("Chánh Văn phòng HĐND và UBND", "Chánh Văn phòng"),
            ("Giám đốc Trung tâm Phục vụ hành chính công", "Giám đốc"),
            // Not a known title: the unit's name at its end comes off, else it stays whole.
            ("Điều phối viên Trạm Y tế phường Uông Bí", "Điều phối viên"),
            ("Trưởng nhóm", "Trưởng nhóm"),
            ("Chuyên viên", "Chuyên viên"),
            // Hostile: a line break in the stored position never adds a line to the block.
            ("Trạm trưởng\nTRẠM Y TẾ", "Trạm trưởng"),
            ("Điều phối\nviên", "Điều phối viên"),
            ("", ""),
        ]
        for (position, title) in cases {
            #expect(SignatureBlock.title(of: position, in: tyt) == title, "\(position)")
        }
        #expect(SignatureBlock.authorityLine(title: "Chánh Văn phòng", unit: "Văn phòng HĐND và UBND phường")
                == "Chánh Văn phòng HĐND và UBND phường")
        #expect(SignatureBlock.authorityLine(title: "Trưởng Ban", unit: "Ban Quản lý chợ Uông Bí") == "Trưởng Ban Quản lý chợ Uông Bí")
        #expect(SignatureBlock.authorityLine(title: "Trạm trưởng", unit: "Trạm Y tế phường Uông Bí") == "Trạm trưởng Trạm Y tế phường Uông Bí")
    }

    /// A post left vacant: the decision's authority is the head's title the deputy in charge
    /// stands in for ("Phó Trưởng phòng" → "Trưởng phòng"), else the usual one of the unit.
    @Test func aVacantPostStillGivesTheHeadsTitle() {
        let office = Unit(id: "VHXH", name: "Phòng Văn hóa – Xã hội", kind: .office, parentID: "UBND")
        let station = Unit(id: "TYT", name: "Trạm Y tế phường Uông Bí", kind: .publicServiceUnit, parentID: "UBND")
        let deputy = Officer(login: "lan", name: "Vũ Thị Lan", unitID: "VHXH", position: "Phó Trưởng phòng", isManaging: true)
        let nurse = Officer(login: "mai", name: "Lê Thị Mai", unitID: "TYT", position: "Điều dưỡng", isManaging: false)
        let org = Organization(units: [office, station], officers: [deputy, nurse], grants: [])
        #expect(DocumentBuilder.issuingAuthority("VHXH", org: org, signer: deputy, collective: false) == "Trưởng phòng Văn hóa – Xã hội")
        #expect(DocumentBuilder.issuingAuthority("TYT", org: org, signer: nurse, collective: false) == "Trạm trưởng Trạm Y tế phường Uông Bí")
        let cases: [(String, Procedure.UnitKind, String)] = [
            ("Ủy ban nhân dân phường Uông Bí", .peoplesCommittee, "Chủ tịch"), ("Văn phòng HĐND và UBND phường", .office, "Chánh Văn phòng"),
            ("Phòng Kinh tế", .office, "Trưởng phòng"), ("Trường THCS Trưng Vương", .publicServiceUnit, "Hiệu trưởng"),
            ("Ban Quản lý chợ Uông Bí", .publicServiceUnit, "Trưởng Ban"), ("Trung tâm Văn hóa", .publicServiceUnit, "Giám đốc"),
            ("Bảo tàng Than", .publicServiceUnit, "Giám đốc"), ("Tổ công tác", .office, "Trưởng phòng"), ("Banh", .office, "Trưởng phòng"),
        ]
        for (name, kind, title) in cases {
            #expect(SignatureBlock.usualHeadTitle(of: Unit(id: "X", name: name, kind: kind, parentID: nil)) == title, "\(name)")
        }
    }

    /// Stored text with line breaks never adds a line to the block.
    @Test func theBlockHasNoLineBreakFromStoredText() {
        let block = SignatureBlock.make(signer: "Phó Trưởng\nphòng", name: "Vũ\nThị Lan", unit: nil, collective: true,
                                        forHead: "Trưởng phòng\r\nVăn hóa")
        #expect(block.lines == ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"])
        #expect(block.name == "Vũ Thị Lan")
        #expect(block.lines.allSatisfy { !$0.contains(where: \.isNewline) })
    }
}
