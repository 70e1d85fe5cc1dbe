import Foundation
import Testing
import Ledger
import Procedure
import ZIPFoundation
@testable import Papers

/// Issue 17, "Legal wording to correct": each document's text, as a reader of the .docx
/// sees it, cites khoản 1 Điều 8 for the recusal, is issued as a Thông báo kết luận, names
/// the reviewing unit's own Party committee, words Điều 6 as NĐ 73 does, grounds a decision
/// on the issuer's competence, "Thực hiện Công văn" and the minutes, and names the discipline
/// instrument of the proposer's kind.
@Suite(.serialized, .tags(.slow), .skippedInFastLoop) struct LegalWordingTests {
    static let school = Procedure.Unit(id: "THQT", name: "Trường Tiểu học Quang Trung", kind: .publicServiceUnit, parentID: "UBND",
                                       partyCommittee: "Chi bộ Trường Tiểu học Quang Trung")
    static let schoolHead = "htruong", teacher = "ttgiang"
    static let officeCommittee = "Chi bộ Phòng Văn hóa – Xã hội"

    /// The ward of `RecordWard` with a school, and the office naming its chi bộ.
    static func fixture() throws -> RecordFixture {
        let fixture = try RecordFixture()
        let admin = Actor(login: RecordWard.admin)
        var office = RecordWard.office
        office.partyCommittee = officeCommittee
        try fixture.ledger.save(office, by: admin, at: RecordFixture.origin)
        try fixture.ledger.save(school, by: admin, at: RecordFixture.origin)
        try fixture.ledger.save(Officer(login: schoolHead, name: "Hà Văn Trường", unitID: "THQT", position: "Hiệu trưởng", isManaging: true),
                                by: admin, at: RecordFixture.origin)
        try fixture.ledger.save(Officer(login: teacher, name: "Trần Thu Giang", unitID: "THQT", position: "Giáo viên", isManaging: false),
                                by: admin, at: RecordFixture.origin)
        try fixture.ledger.grant(RoleGrant(login: schoolHead, role: .head, unitID: "THQT"), by: admin, at: RecordFixture.origin)
        return fixture
    }

    /// The text of the .docx of `kind`, numbered by `numberer` (the minutes' number given
    /// to the decision as `dexuat document` does).
    static func docxText(_ kind: OfficialDocumentKind, _ id: String, in fixture: RecordFixture, numberer: String) throws -> String {
        let p = try #require(try fixture.ledger.proposal(id))
        let settings = try fixture.ledger.settings()
        let day = try DocumentBuilder.day(of: kind, for: p, settings: settings).get()
        let (number, _) = try fixture.ledger.documentNumber(for: id, kind: kind, day: day, by: Actor(login: numberer),
                                                            at: RecordFixture.day(7, month: 12))
        let minutes = try fixture.ledger.documentNumbers().last { $0.proposalID == id && $0.kind == .minutes }
        let doc = try DocumentBuilder.build(kind, for: p, number: number, organization: try fixture.ledger.organization(),
                                            settings: settings, checkpoint: try fixture.ledger.chainHead().checkpoint,
                                            minutesNumber: minutes).get()
        let data = try DocxWriter.data(doc)
        _ = try Samples.write(data, named: "legal-\(kind.rawValue)-\(id).docx")
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        return DocumentsTests().wellFormedText(xml).text
    }

    /// Drives `id` from its approval to a conclusion that withholds protection (a finding
    /// does not hold), reviewed by `head`.
    static func concludeWithoutProtection(_ id: String, proposer: String, head: String, in fixture: RecordFixture) throws {
        try fixture.act(.resource(fundingVND: 0, staff: "", equipment: "", reassignment: "", noneNeededReason: "Sẵn có"),
                        on: id, by: head, at: RecordFixture.day(6))
        try fixture.act(.report(summary: "Chưa đạt", results: [TargetResult(target: 0, achieved: false, result: "9 phút")]),
                        on: id, by: proposer, at: RecordFixture.day(30))
        try fixture.act(.partyOpinion(stance: .agree, text: "Đồng ý đánh giá", committee: ""), on: id,
                        by: RecordWard.liaison, at: RecordFixture.day(1, month: 12))
        var findings = FindingKind.allCases.map { Finding(kind: $0, holds: true, reason: "Có căn cứ") }
        findings[findings.count - 1].holds = false
        let form = EvaluationForm(outcome: .notCompleted, damage: false, damageDescription: "", damageEstimateVND: nil, findings: findings,
                                  objectiveCauses: "Không có", subjectiveCauses: "Không theo kế hoạch",
                                  results: [TargetResult(target: 0, achieved: false, result: "9 phút")])
        if let reported = try fixture.ledger.proposal(id) {
            for member in reported.evaluatingMembers(in: try fixture.ledger.organization()) {
                try fixture.act(.memberEvaluation(form: form), on: id, by: member, at: RecordFixture.day(2, month: 12))
            }
        }
        try fixture.act(.evaluate(form: form), on: id, by: head, at: RecordFixture.day(2, month: 12))
        try fixture.act(.conclude(number: "", text: "Không được bảo vệ."), on: id, by: head, at: RecordFixture.day(3, month: 12))
    }

    /// The deputy's own proposal: the minutes say why the deputy does not vote.
    @Test func theMinutesCiteKhoan1Dieu8ForTheProposerDeputy() throws {
        let fixture = try Self.fixture()
        let id = try fixture.received("Đề xuất của cấp phó", by: RecordWard.deputy)
        try fixture.act(.partyOpinion(stance: .agree, text: "Đồng ý", committee: ""), on: id, by: RecordWard.liaison, at: RecordFixture.day(3))
        try fixture.ledger.perform([.checklist(answers: RecordWard.checks), .ballot(inFavour: true, comment: "")], on: id,
                                   by: Actor(login: RecordWard.head), at: RecordFixture.day(4))
        let text = try Self.docxText(.minutes, id, in: fixture, numberer: RecordWard.clerk)
        #expect(text.contains("Vũ Thị Lan, Phó Trưởng phòng (người đề xuất) (khoản 1 Điều 8 Nghị định số 73/2023/NĐ-CP)"), "\(text)")
        #expect(!text.contains("Điều 7"))
        #expect(text.contains("khoản 1 Điều 5 và khoản 2 Điều 4 Nghị định số 73/2023/NĐ-CP"))
        // The opinion recorded without a name is the office's own chi bộ's.
        #expect(text.contains("Ý kiến của cấp ủy cùng cấp (\(Self.officeCommittee), ngày 03/11/2026)"), "\(text)")
    }

    /// The decision: competence, NĐ 73 by its title, "Thực hiện" the letter, the committee,
    /// the minutes by number and day; never the raw tally.
    @Test func theDecisionRestsOnCompetenceTheLetterAndTheMinutes() throws {
        let fixture = try Self.fixture()
        let id = try fixture.approved()
        let minutes = try Self.docxText(.minutes, id, in: fixture, numberer: RecordWard.clerk)
        #expect(minutes.contains("Số: 01/BB-VHXH"))
        let text = try Self.docxText(.decision, id, in: fixture, numberer: RecordWard.clerk)
        for piece in ["Căn cứ chức năng, nhiệm vụ, quyền hạn của Phòng Văn hóa – Xã hội;",
                      "Căn cứ Nghị định số 73/2023/NĐ-CP ngày 29 tháng 9 năm 2023 của Chính phủ quy định về khuyến khích, bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung;",
                      "Thực hiện Công văn số 432/UBND-VHXH ngày 22 tháng 8 năm 2025 của Ủy ban nhân dân phường Uông Bí về việc phát huy tinh thần sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm",
                      "theo tinh thần Nghị quyết số 57-NQ/TW;",
                      "Căn cứ ý kiến của Đảng ủy phường Uông Bí ngày 03/11/2026",
                      "Căn cứ Biên bản họp tập thể lãnh đạo số 01/BB-VHXH ngày 04/11/2026;",
                      "\(Self.officeCommittee) (để biết);"] {
            #expect(text.contains(piece), "decision: \(piece) is missing")
        }
        for absent in ["Căn cứ Công văn", "Căn cứ kết quả biểu quyết", "dám đột phá", "2 đồng ý"] {
            #expect(!text.contains(absent), "decision: \(absent) is still there")
        }
    }

    /// The head of an office proposes: the People's Committee decides, on the authority of
    /// the Law on the Organisation of Local Government 2025.
    @Test func thePeoplesCommitteeChairCitesTheLocalGovernmentLaw() throws {
        let fixture = try Self.fixture()
        let p = try fixture.ledger.create(RecordFixture.dossier("Đề xuất của trưởng phòng"), by: Actor(login: RecordWard.head), at: RecordFixture.origin)
        #expect(p.reviewingUnitID == "UBND")
        try fixture.act(.submit, on: p.id, by: RecordWard.head, at: RecordFixture.origin)
        try fixture.act(.receive(receiptNumber: ""), on: p.id, by: RecordWard.chair, at: RecordFixture.origin)
        try fixture.act(.partyOpinion(stance: .agree, text: "Đồng ý", committee: ""), on: p.id, by: RecordWard.liaison, at: RecordFixture.day(3))
        try fixture.ledger.perform([.checklist(answers: RecordWard.checks), .ballot(inFavour: true, comment: "")], on: p.id,
                                   by: Actor(login: RecordWard.chair), at: RecordFixture.day(4))
        try fixture.act(.decide(kind: .approve, number: "", reasons: "", responsibilityStatement: ""), on: p.id, by: RecordWard.chair,
                        at: RecordFixture.day(5))
        let text = try Self.docxText(.decision, p.id, in: fixture, numberer: RecordWard.chair)
        #expect(text.contains("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15"), "\(text)")
        #expect(text.contains("Căn cứ ý kiến của Đảng ủy phường Uông Bí"))
        #expect(text.contains("Căn cứ Biên bản họp tập thể lãnh đạo ngày 04/11/2026;"), "unnumbered minutes are cited by their day")
        #expect(!text.contains("Căn cứ chức năng, nhiệm vụ"))
    }

    /// A công chức of the ward's office: NĐ 172/2025. A teacher of the school (viên chức):
    /// NĐ 112/2020 as amended by NĐ 71/2023, and the school's own chi bộ.
    @Test func theConclusionIsANoticeNamingTheCommitteeAndTheInstrumentOfTheProposersKind() throws {
        let fixture = try Self.fixture()
        let civil = try fixture.approved("Công chức phường")
        try Self.concludeWithoutProtection(civil, proposer: RecordWard.staff, head: RecordWard.head, in: fixture)
        let civilText = try Self.docxText(.conclusion, civil, in: fixture, numberer: RecordWard.clerk)
        #expect(civilText.contains("THÔNG BÁO KẾT LUẬN"))
        #expect(civilText.contains("Nghị định số 172/2025/NĐ-CP") && !civilText.contains("112/2020"), "\(civilText)")
        #expect(civilText.contains("Ý kiến của \(Self.officeCommittee) ngày 01/12/2026"))
        #expect(civilText.contains("5. Hướng xử lý trách nhiệm"))

        let school = try fixture.ledger.create(RecordFixture.dossier("Viên chức trường học"), by: Actor(login: Self.teacher),
                                               at: RecordFixture.origin)
        #expect(school.reviewingUnitID == "THQT")
        try fixture.act(.submit, on: school.id, by: Self.teacher, at: RecordFixture.origin)
        try fixture.act(.receive(receiptNumber: ""), on: school.id, by: Self.schoolHead, at: RecordFixture.origin)
        try fixture.act(.partyOpinion(stance: .agree, text: "Đồng ý", committee: ""), on: school.id, by: RecordWard.liaison, at: RecordFixture.day(3))
        try fixture.ledger.perform([.checklist(answers: RecordWard.checks), .ballot(inFavour: true, comment: "")], on: school.id,
                                   by: Actor(login: Self.schoolHead), at: RecordFixture.day(4))
        try fixture.act(.decide(kind: .approve, number: "", reasons: "", responsibilityStatement: ""), on: school.id, by: Self.schoolHead,
                        at: RecordFixture.day(5))
        try Self.concludeWithoutProtection(school.id, proposer: Self.teacher, head: Self.schoolHead, in: fixture)
        let text = try Self.docxText(.conclusion, school.id, in: fixture, numberer: Self.schoolHead)
        #expect(text.contains("THÔNG BÁO KẾT LUẬN"))
        #expect(text.contains("Nghị định số 112/2020/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 71/2023/NĐ-CP"), "\(text)")
        #expect(text.contains("viên chức"))
        #expect(!text.contains("172/2025"))
        #expect(text.contains("Ý kiến của Chi bộ Trường Tiểu học Quang Trung ngày 01/12/2026"), "\(text)")
        #expect(text.contains("Chi bộ Trường Tiểu học Quang Trung (để biết);"))
        let decision = try Self.docxText(.decision, school.id, in: fixture, numberer: Self.schoolHead)
        #expect(decision.contains("Căn cứ ý kiến của Chi bộ Trường Tiểu học Quang Trung ngày 03/11/2026"), "\(decision)")
        #expect(try fixture.ledger.verify().ok)
    }

    /// Điều 6 in NĐ 73's words wherever the abuse finding is printed.
    @Test func abuseIsWordedAsArticle6Does() throws {
        let fixture = try Self.fixture()
        let id = try fixture.approved()
        try fixture.act(.resource(fundingVND: 0, staff: "", equipment: "", reassignment: "", noneNeededReason: "Sẵn có"),
                        on: id, by: RecordWard.head, at: RecordFixture.day(6))
        try fixture.act(.report(summary: "Xong", results: [TargetResult(target: 0, achieved: true, result: "5 phút")]),
                        on: id, by: RecordWard.staff, at: RecordFixture.day(30))
        try fixture.act(.partyOpinion(stance: .agree, text: "Đồng ý", committee: ""), on: id, by: RecordWard.liaison, at: RecordFixture.day(1, month: 12))
        let findings = FindingKind.allCases.map { Finding(kind: $0, holds: true, reason: "Có căn cứ") }
        var form = EvaluationForm(outcome: .completed, damage: false, damageDescription: "", damageEstimateVND: nil, findings: findings,
                                  objectiveCauses: "Không có", subjectiveCauses: "Không có",
                                  results: [TargetResult(target: 0, achieved: true, result: "5 phút")])
        form.abuseFound = true
        if let reported = try fixture.ledger.proposal(id) {
            for member in reported.evaluatingMembers(in: try fixture.ledger.organization()) {
                try fixture.act(.memberEvaluation(form: form), on: id, by: member, at: RecordFixture.day(2, month: 12))
            }
        }
        try fixture.act(.evaluate(form: form), on: id, by: RecordWard.head, at: RecordFixture.day(2, month: 12))
        try fixture.act(.conclude(number: "", text: "Không được bảo vệ."), on: id, by: RecordWard.head, at: RecordFixture.day(3, month: 12))
        let text = try Self.docxText(.conclusion, id, in: fixture, numberer: RecordWard.clerk)
        #expect(text.contains("tham nhũng, tiêu cực, trục lợi (Điều 6 Nghị định số 73/2023/NĐ-CP)"), "\(text)")
        #expect(!text.contains("vụ lợi") && !text.contains("lạm quyền"))
        #expect(PapersText.corruptionProfiteeringAbuseFound.vi.contains("tham nhũng, tiêu cực, trục lợi"))
    }
}
