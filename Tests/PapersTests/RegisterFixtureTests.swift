// Fixtures of the register, documents, import and offline-form tests: a small ward built
// through the public Ledger API, and proposals driven through the workflow at fixed days,
// so that what the tests print is the same on every run. Sample documents the tests make
// are kept in /tmp/dexuat-samples/ for people to open.

import Foundation
import Testing
import Ledger
import Procedure
@testable import Papers

/// The ward of these tests.
///
///     UBND  Ủy ban nhân dân phường Uông Bí   head tqhung, party liaison pvbinh, admin qtvien
///     VHXH  Phòng Văn hóa – Xã hội            head dmtuan, deputy vtlan, clerk htmai,
///                                             staff nvan, btcuong
enum RecordWard {
    static let admin = "qtvien", chair = "tqhung", liaison = "pvbinh"
    static let head = "dmtuan", deputy = "vtlan", clerk = "htmai", staff = "nvan", staff2 = "btcuong"

    static let root = Procedure.Unit(id: "UBND", name: "Ủy ban nhân dân phường Uông Bí", kind: .peoplesCommittee, parentID: nil)
    static let office = Procedure.Unit(id: "VHXH", name: "Phòng Văn hóa – Xã hội", kind: .office, parentID: "UBND")
    static let administrator = Officer(login: admin, name: "Quản Trị Viên", unitID: "UBND", position: "Chuyên viên CNTT", isManaging: false)
    static let officers = [
        Officer(login: chair, name: "Trần Quốc Hùng", unitID: "UBND", position: "Chủ tịch", isManaging: true),
        Officer(login: liaison, name: "Phạm Văn Bình", unitID: "UBND", position: "Phó Bí thư Đảng ủy", isManaging: true),
        Officer(login: head, name: "Đỗ Minh Tuấn", unitID: "VHXH", position: "Trưởng phòng", isManaging: true),
        Officer(login: deputy, name: "Vũ Thị Lan", unitID: "VHXH", position: "Phó Trưởng phòng", isManaging: true),
        Officer(login: clerk, name: "Hoàng Thị Mai", unitID: "VHXH", position: "Văn thư", isManaging: false),
        Officer(login: staff, name: "Nguyễn Văn An", unitID: "VHXH", position: "Chuyên viên", isManaging: false),
        Officer(login: staff2, name: "Bùi Thế Cường", unitID: "VHXH", position: "Chuyên viên", isManaging: false),
    ]
    static let grants = [
        RoleGrant(login: chair, role: .head, unitID: "UBND"),
        RoleGrant(login: liaison, role: .partyLiaison, unitID: "UBND"),
        RoleGrant(login: head, role: .head, unitID: "VHXH"),
        RoleGrant(login: deputy, role: .deputy, unitID: "VHXH"),
        RoleGrant(login: clerk, role: .clerk, unitID: "VHXH"),
    ]

    /// A ballot comment no public copy may show by default.
    static let secretComment = "Ý kiến riêng: cần thêm kinh phí dự phòng"
    /// A progress note (a private note).
    static let privateNote = "Đã họp nhóm triển khai nội bộ"
    /// A damage description (a liability detail).
    static let damageText = "Hỏng một máy quét trong thử nghiệm"
    static let checks = ChecklistTemplate.standardItems.map { ChecklistAnswer(itemID: $0.id, verdict: .met) }
}

/// A fresh database in its own folder, the ward built at `origin`.
final class RecordFixture: Sendable {
    let directory: URL
    let path: String
    let ledger: Ledger

    /// Monday 2 November 2026, 09:00 in Vietnam.
    static let origin = at(Day(year: 2026, month: 11, day: 2))

    static func at(_ day: Day?, hour: Double = 9) -> Date {
        (day ?? Day(julianDayNumber: 2_461_347)).startInVietnam.addingTimeInterval(hour * 3600)
    }

    static func day(_ d: Int, month: Int = 11, year: Int = 2026) -> Date { at(Day(year: year, month: month, day: d)) }

    /// The ward of `RecordWard`, or the one `build` makes.
    init(building build: ((Ledger) throws -> Void)? = nil) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("dexuat-paperstests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("ledger.sqlite").path
        ledger = try Ledger.open(path: path, create: true)
        if let build {
            try build(ledger)
            return
        }
        try ledger.initialize(root: RecordWard.root, administrator: RecordWard.administrator, at: Self.origin)
        let admin = Actor(login: RecordWard.admin)
        try ledger.save(RecordWard.office, by: admin, at: Self.origin)
        for officer in RecordWard.officers { try ledger.save(officer, by: admin, at: Self.origin) }
        for grant in RecordWard.grants { try ledger.grant(grant, by: admin, at: Self.origin) }
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    static func dossier(_ title: String) -> Dossier {
        Dossier(
            title: title, field: .digitalTransformation, legalBasis: .decree73,
            necessity: "Hồ sơ giấy chậm, dễ thất lạc.", bottleneck: "Quy chế lưu trữ chưa quy định bản điện tử.",
            content: "Quét và lập chỉ mục toàn bộ sổ sách.", scope: "Bộ phận một cửa của phường.",
            implementers: "Chuyên viên phòng và văn thư.",
            startDate: Day(year: 2026, month: 11, day: 16), endDate: Day(year: 2026, month: 11, day: 27),
            resources: ResourceNeeds(people: "2 chuyên viên", fundingVND: 15_000_000, equipment: "1 máy quét"),
            feasibility: "Cao: thiết bị sẵn có.", positiveImpact: "Rút ngắn thời gian tra cứu.", negativeImpact: "Không có.",
            expectedEffect: "Tra cứu trong 5 phút.",
            targets: [Target(description: "Thời gian tra cứu", measure: "≤ 5 phút")],
            selfCheck: RecordWard.checks)
    }

    func act(_ action: Action, on id: String, by login: String, at date: Date) throws {
        try ledger.perform(action, on: id, by: Actor(login: login), at: date)
    }

    /// Submitted by `proposer` and registered by the clerk on 2 November.
    func received(_ title: String = "Số hóa sổ tiếp nhận hồ sơ", by proposer: String = RecordWard.staff,
                  registrar: String = RecordWard.clerk) throws -> String {
        let p = try ledger.create(Self.dossier(title), by: Actor(login: proposer), at: Self.origin)
        try act(.submit, on: p.id, by: proposer, at: Self.origin)
        try act(.receive(receiptNumber: ""), on: p.id, by: registrar, at: Self.origin)
        return p.id
    }

    /// Received, Party opinion on 3 November, both members' ballots on 4 November.
    func voted(_ title: String = "Số hóa sổ tiếp nhận hồ sơ") throws -> String {
        let id = try received(title)
        try act(.partyOpinion(stance: .agree, text: "Đồng ý chủ trương", committee: "Đảng ủy phường Uông Bí"), on: id,
                by: RecordWard.liaison, at: Self.day(3))
        for (member, comment) in [(RecordWard.head, RecordWard.secretComment), (RecordWard.deputy, "")] {
            try ledger.perform([.checklist(answers: RecordWard.checks), .ballot(inFavour: true, comment: comment)], on: id,
                               by: Actor(login: member), at: Self.day(4))
        }
        return id
    }

    /// Voted and approved on 5 November.
    func approved(_ title: String = "Số hóa sổ tiếp nhận hồ sơ") throws -> String {
        let id = try voted(title)
        // Issue 15: no number typed: the unit's register of decisions gives the next.
        try act(.decide(kind: .approve, number: "", reasons: "Tập thể thống nhất", responsibilityStatement: ""),
                on: id, by: RecordWard.head, at: Self.day(5))
        return id
    }

    /// Approved, resourced, reported, evaluated (partly completed, with damage) and concluded.
    func concluded(_ title: String = "Số hóa sổ tiếp nhận hồ sơ") throws -> String {
        let id = try approved(title)
        try act(.resource(fundingVND: 15_000_000, staff: "2 chuyên viên", equipment: "1 máy quét", reassignment: "", noneNeededReason: ""),
                on: id, by: RecordWard.head, at: Self.day(6))
        try act(.progress(percent: 50, note: RecordWard.privateNote), on: id, by: RecordWard.staff, at: Self.day(20))
        try act(.report(summary: "Đã số hóa 80% sổ sách", results: [TargetResult(target: 0, achieved: false, result: "7 phút")]),
                on: id, by: RecordWard.staff, at: Self.day(30))
        try act(.partyOpinion(stance: .agree, text: "Đồng ý đánh giá", committee: "Đảng ủy phường Uông Bí"), on: id,
                by: RecordWard.liaison, at: Self.day(1, month: 12))
        let findings = FindingKind.allCases.map { Finding(kind: $0, holds: true, reason: "Có căn cứ") }
        let form = EvaluationForm(outcome: .partlyCompleted, damage: true, damageDescription: RecordWard.damageText,
                                  damageEstimateVND: 4_000_000, findings: findings, objectiveCauses: "Thiết bị cũ",
                                  subjectiveCauses: "Không có", results: [TargetResult(target: 0, achieved: false, result: "7 phút")])
        // §7.3: every evaluating member files the form before the collective evaluation.
        if let reported = try ledger.proposal(id) {
            for member in reported.evaluatingMembers(in: try ledger.organization()) {
                try act(.memberEvaluation(form: form), on: id, by: member, at: Self.day(2, month: 12))
            }
        }
        try act(.evaluate(form: form), on: id, by: RecordWard.head, at: Self.day(2, month: 12))
        try act(.conclude(number: "", text: "Đề xuất hoàn thành một phần; xem xét giảm nhẹ trách nhiệm."), on: id,
                by: RecordWard.head, at: Self.day(3, month: 12))
        try act(.measure(kind: .liabilityReduced, decisionNumber: "20/QĐ-UBND", day: Day(year: 2026, month: 12, day: 4) ?? Day(julianDayNumber: 0),
                         decidedBy: "Chủ tịch UBND phường", reason: "Thiệt hại nhỏ, đã khắc phục"), on: id,
                by: RecordWard.head, at: Self.day(4, month: 12))
        return id
    }

    /// The register as `dexuat register` would print it on 7 December 2026.
    func register(settings: ProcedureSettings? = nil, language: Language = .vi) throws -> PublicRegister {
        PublicRegister(proposals: try ledger.allProposals(), lastHashes: try ledger.lastEvents().mapValues(\.hash),
                       organization: try ledger.organization(), settings: try settings ?? ledger.settings(), period: nil,
                       language: language, printedOn: Day(year: 2026, month: 12, day: 7) ?? Day(julianDayNumber: 0),
                       checkpoint: try ledger.chainHead().checkpoint)
    }

    func eventCount() throws -> Int { try ledger.verify(replay: false).events }
}

/// Where the tests leave the documents they make, for people to open.
enum Samples {
    static let folder = URL(fileURLWithPath: "/tmp/dexuat-samples", isDirectory: true)

    static func write(_ data: Data, named name: String) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }
}

@Suite struct RegisterFixtureTests {
    @Test func theFixtureDrivesAProposalToItsLiabilityDecision() throws {
        let fixture = try RecordFixture()
        let id = try fixture.concluded()
        let p = try #require(try fixture.ledger.proposal(id))
        #expect(p.state == .evaluated)
        #expect(p.measures.count == 1)
        #expect(try fixture.ledger.verify().ok)
    }
}
