import Foundation
import Testing
import Ledger
import Procedure
@testable import Papers

@Suite struct ImportTests {
    static let header = PaperImportCSV.columns.joined(separator: ",")

    /// One CSV row for `proposer`, complete unless a column is overridden.
    static func row(_ proposer: String, title: String, overrides: [String: String] = [:]) -> String {
        var values: [String: String] = [
            "proposer": proposer, "title": title, "field": "digital_transformation", "legal_basis": "decree_73",
            "necessity": "Hồ sơ giấy chậm, dễ thất lạc.", "bottleneck": "Quy chế lưu trữ chưa quy định bản điện tử.",
            "content": "Quét, lập chỉ mục\nvà lưu trữ", "scope": "Bộ phận một cửa", "implementers": "Văn thư",
            "start_date": "01/12/2026", "end_date": "2027-03-31", "people": "2 chuyên viên", "funding_vnd": "15.000.000",
            "equipment": "1 máy quét", "feasibility": "Cao", "positive_impact": "Nhanh hơn", "negative_impact": "Không có",
            "expected_effect": "Tra cứu trong 5 phút", "targets": "Thời gian tra cứu | ≤ 5 phút; Số sổ số hóa | 100%",
            "self_check": ChecklistTemplate.standardItems.map { "\($0.id)=met" }.joined(separator: "; "),
        ]
        for (key, value) in overrides { values[key] = value }
        return PaperImportCSV.columns.map { CSV.field(values[$0] ?? "") }.joined(separator: ",")
    }

    @Test func aCSVOfPaperProposalsIsRecordedByTheClerkOnBehalfOfEachProposer() throws {
        let fixture = try RecordFixture()
        let csv = "\u{FEFF}" + [Self.header, Self.row(RecordWard.staff, title: "Số hóa sổ hộ tịch"),
                                Self.row(RecordWard.staff2, title: "Tủ hồ sơ thông minh")].joined(separator: "\r\n") + "\r\n"
        let parsed = PaperImportCSV.parse(csv)
        #expect(parsed.problems.isEmpty)
        // The quoted multi-line content makes the second row start on line 4.
        #expect(parsed.rows.map(\.line) == [2, 4])
        let created = try fixture.ledger.importPaperProposals(parsed.rows, by: Actor(login: RecordWard.clerk), at: RecordFixture.origin)
        #expect(created.count == 2)
        for (proposal, proposer) in zip(created, [RecordWard.staff, RecordWard.staff2]) {
            let stored = try #require(try fixture.ledger.proposal(proposal.id))
            #expect(stored.proposer == proposer)
            #expect(stored.state == .received && stored.awaitingReceipt)
            #expect(stored.dossier.content == "Quét, lập chỉ mục\nvà lưu trữ")
            #expect(stored.dossier.resources.fundingVND == 15_000_000)
            #expect(stored.dossier.targets.count == 2)
            #expect(stored.dossier.startDate == Day(year: 2026, month: 12, day: 1))
            let history = try fixture.ledger.history(of: proposal.id)
            #expect(history.map(\.event.change.kind) == ["created", "submitted"])
            #expect(history.allSatisfy { $0.event.actor.login == RecordWard.clerk && $0.event.actor.onBehalfOf == proposer })
        }
        #expect(try fixture.ledger.verify().ok)
        // And the clerk registers them as usual.
        try fixture.act(.receive(receiptNumber: ""), on: created[0].id, by: RecordWard.clerk, at: RecordFixture.origin)
    }

    @Test func aBadRowIsNamedByItsLineAndNothingIsImported() throws {
        let fixture = try RecordFixture()
        let csv = [Self.header,
                   Self.row(RecordWard.staff, title: "Số hóa sổ hộ tịch"),
                   Self.row(RecordWard.staff2, title: "Thiếu điểm nghẽn", overrides: ["bottleneck": ""]),
                   Self.row("khongco", title: "Người lạ")].joined(separator: "\n")
        let parsed = PaperImportCSV.parse(csv)
        #expect(parsed.problems.isEmpty)
        let before = try fixture.eventCount()
        do {
            _ = try fixture.ledger.importPaperProposals(parsed.rows, by: Actor(login: RecordWard.clerk))
            Issue.record("an import with bad rows was accepted")
        } catch let rejected as PaperImportRejected {
            #expect(rejected.problems.map(\.line) == [4, 6])
            #expect(rejected.problems[0].reason.vi.contains("Điểm nghẽn"))
            #expect(rejected.message(.vi).contains("dòng 4:"))
            #expect(rejected.message(.en).contains("line 6:"))
        }
        #expect(try fixture.eventCount() == before)
        #expect(try fixture.ledger.allProposals().isEmpty)
    }

    @Test func unreadableCellsAreReportedWithTheirLine() {
        let csv = [Self.header,
                   Self.row(RecordWard.staff, title: "Ngày sai", overrides: ["end_date": "31/02/2027"]),
                   Self.row(RecordWard.staff, title: "Lĩnh vực sai", overrides: ["field": "thethao"]),
                   Self.row(RecordWard.staff, title: "Kinh phí sai", overrides: ["funding_vnd": "mười triệu"])].joined(separator: "\n")
        let parsed = PaperImportCSV.parse(csv)
        #expect(parsed.problems.map(\.line) == [2, 4, 6])
        #expect(parsed.problems[0].reason.vi.contains("end_date"))
        #expect(PaperImportCSV.parse("proposer,title,tuoi\nnvan,X,3").problems.first?.reason.vi.contains("tuoi") == true)
    }

    /// Every column, named a second time (bare or quoted, with spaces), is refused with its
    /// name, both positions and the header's line; no row is read.
    @Test(arguments: PaperImportCSV.columns)
    func aColumnNamedTwiceInTheHeaderIsRefusedAndNamed(column: String) {
        let row = Self.row(RecordWard.staff, title: "Hai cột trùng")
        for extra in [column, " \(column) ", "\"\(column)\""] {
            let parsed = PaperImportCSV.parse(Self.header + "," + extra + "\n" + row + ",x")
            #expect(parsed.rows.isEmpty)
            #expect(parsed.problems.count == 1)
            let problem = parsed.problems.first
            #expect(problem?.line == 1)
            let position = PaperImportCSV.columns.firstIndex(of: column).map { $0 + 1 } ?? 0
            #expect(problem?.reason.vi == "cột \"\(column)\" có hai lần ở dòng tiêu đề (cột \(position) và \(PaperImportCSV.columns.count + 1))")
            #expect(problem?.reason.en.contains("column \"\(column)\" appears twice") == true)
        }
    }

    @Test func onlyTheReceivingUnitsClerkOrHeadImports() throws {
        let fixture = try RecordFixture()
        let rows = PaperImportCSV.parse([Self.header, Self.row(RecordWard.staff, title: "X")].joined(separator: "\n")).rows
        let before = try fixture.eventCount()
        #expect(throws: PaperImportRejected.self) {
            try fixture.ledger.importPaperProposals(rows, by: Actor(login: RecordWard.staff2))
        }
        #expect(try fixture.eventCount() == before)
        // A dry run checks everything and writes nothing.
        let planned = try fixture.ledger.importPaperProposals(rows, by: Actor(login: RecordWard.head), dryRun: true)
        #expect(planned.count == 1)
        #expect(try fixture.eventCount() == before)
    }
}
