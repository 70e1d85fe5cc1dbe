import Foundation
import Testing
import Ledger
import Procedure
@testable import Papers

/// Issue 15, "imports that never guess", at the parser level: amounts in every convention
/// recorded once, never 100×; four-digit years; unknown self-check items refused with their
/// line; the separator sniffed from the header and named; BOM and CRLF; bytes that are not
/// UTF-8 refused with their line. The same faults through the command: ImportCommandTests.
@Suite struct ImportNeverGuessesTests {
    static let items = ChecklistTemplate.standard.items.map(\.id)

    /// A whole file: the header and rows with `separator`, lines ended by `end`.
    static func file(_ rows: [String], separator: String = ",", end: String = "\n") -> String {
        ([PaperImportCSV.columns.joined(separator: separator)] + rows).joined(separator: end) + end
    }

    /// One row with `separator`, cells quoted when they hold it.
    static func row(separator: String = ",", _ overrides: [String: String] = [:]) -> String {
        let comma = ImportTests.row(RecordWard.staff, title: "Số hóa sổ hộ tịch", overrides: overrides)
        guard separator != "," else { return comma }
        let cells = try? CSV.records(comma).first?.fields
        return (cells ?? []).map { cell in
            cell.contains(separator) || cell.contains("\"") || cell.contains("\n") || cell.contains(",")
                ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }.joined(separator: separator)
    }

    // MARK: Amounts

    /// What Excel writes under each regional setting, as the issue lists them: each one is
    /// 1.500.000 đồng, recorded once, never 150.000.000.
    @Test(arguments: ["1500000", "1.500.000", "1,500,000", "1500000.00", "1,500,000.00", "1.500.000,00", "1 500 000",
                      "1.500.000 đồng", "1.500.000đ", "1500000 VND"])
    func everyConventionIsRecordedAsTheSameAmount(_ amount: String) throws {
        for separator in [",", ";", "\t"] {
            let parsed = PaperImportCSV.read(Self.file([Self.row(separator: separator, ["funding_vnd": amount])], separator: separator))
            #expect(parsed.problems.isEmpty, "\(amount) with \(separator): \(parsed.problems.map { $0.reason.vi })")
            #expect(parsed.rows.first?.dossier.resources.fundingVND == 1_500_000, "\(amount) with \(separator)")
        }
        let fixture = try RecordFixture()
        let rows = PaperImportCSV.read(Self.file([Self.row(["funding_vnd": amount])])).rows
        let created = try fixture.ledger.importPaperProposals(rows, by: Actor(login: RecordWard.clerk), at: RecordFixture.origin)
        let first = try #require(created.first)
        let stored = try #require(try fixture.ledger.proposal(first.id))
        #expect(stored.dossier.resources.fundingVND == 1_500_000)
    }

    /// Refused with the row's line, the column and the reason; nothing read.
    @Test(arguments: [("1500000.50", "không có phần lẻ"), ("1,5", "không có phần lẻ"), ("-1500000", "không được âm"),
                      ("1000000000000000", "999.999.999.999.999 đồng"), ("1500.000", "Ghi theo dạng"),
                      ("1.500.000.00", "Ghi theo dạng"), ("mười triệu", "Ghi theo dạng")])
    func aBadAmountIsRefusedWithItsLine(_ amount: String, _ reason: String) {
        let parsed = PaperImportCSV.read(Self.file([Self.row(), Self.row(["funding_vnd": amount])]))
        #expect(parsed.rows.count == 1)
        #expect(parsed.problems.map(\.line) == [4])
        let message = parsed.problems.first?.reason.vi ?? ""
        #expect(message.hasPrefix("funding_vnd: ") && message.contains(amount) && message.contains(reason), "\(message)")
    }

    // MARK: Dates

    @Test(arguments: ["start_date", "end_date"])
    func aTwoDigitYearIsRefusedWithItsLineAndTheFormExpected(_ column: String) {
        for bad in ["04/01/27", "4/1/27", "27-01-04", "0027-01-04", "04/01/0027"] {
            let parsed = PaperImportCSV.read(Self.file([Self.row([column: bad])]))
            #expect(parsed.rows.isEmpty, "\(bad)")
            #expect(parsed.problems.map(\.line) == [2])
            let message = parsed.problems.first?.reason.vi ?? ""
            #expect(message.hasPrefix("\(column): ") && message.contains(bad) && message.contains("dd/mm/yyyy"), "\(message)")
        }
        let good = PaperImportCSV.read(Self.file([Self.row([column: "04/01/2027"])]))
        #expect(good.problems.isEmpty)
    }

    // MARK: Self-check items

    @Test func anUnknownSelfCheckItemIsRefusedWithItsLineAndTheItemsThereAre() {
        let checks = Self.items.map { "\($0)=met" } + ["c9_magic=met"]
        let parsed = PaperImportCSV.read(Self.file([Self.row(), Self.row(["self_check": checks.joined(separator: "; ")])]),
                                         checklistItems: Self.items)
        #expect(parsed.problems.map(\.line) == [4])
        let message = parsed.problems.first?.reason.vi ?? ""
        #expect(message.contains("\"c9_magic\""))
        for item in Self.items { #expect(message.contains(item)) }
        #expect(parsed.problems.first?.reason.en.contains("unknown item \"c9_magic\"") == true)
    }

    @Test func anItemAnsweredTwiceIsRefused() {
        let checks = Self.items.map { "\($0)=met" } + ["c1_bottleneck=not_met"]
        let parsed = PaperImportCSV.read(Self.file([Self.row(["self_check": checks.joined(separator: "; ")])]), checklistItems: Self.items)
        #expect(parsed.problems.first?.reason.vi.contains("\"c1_bottleneck\" ghi hai lần") == true)
    }

    /// The domain refuses the item too, whoever writes it: an import without the parser's
    /// check, a draft, an edit, a reviewer's checklist.
    @Test func theDomainRefusesAnUnknownItemWhateverTheWayIn() throws {
        let fixture = try RecordFixture()
        let rows = PaperImportCSV.read(Self.file([Self.row(["self_check": (Self.items.map { "\($0)=met" } + ["c9_magic=met"]).joined(separator: "; ")])])).rows
        #expect(rows.count == 1)
        let before = try fixture.eventCount()
        do {
            _ = try fixture.ledger.importPaperProposals(rows, by: Actor(login: RecordWard.clerk))
            Issue.record("c9_magic was recorded")
        } catch let rejected as PaperImportRejected {
            #expect(rejected.problems.map(\.line) == [2])
            #expect(rejected.problems.first?.reason.vi.contains("c9_magic") == true)
        }
        #expect(try fixture.eventCount() == before)
        var dossier = try #require(rows.first).dossier
        let created = #expect(throws: (any Error).self) { try fixture.ledger.create(dossier, by: Actor(login: RecordWard.staff)) }
        #expect("\(created.map { String(describing: $0) } ?? "")".contains("checklist.unknown_item"))
        dossier.selfCheck.removeLast()
        let draft = try fixture.ledger.create(dossier, by: Actor(login: RecordWard.staff))
        dossier.selfCheck.append(ChecklistAnswer(itemID: "c9_magic", verdict: .met))
        let edited = #expect(throws: (any Error).self) {
            try fixture.ledger.perform([.editDraft(dossier: dossier)], on: draft.id, by: Actor(login: RecordWard.staff))
        }
        let editRefusal = edited.map { String(describing: $0) } ?? ""
        #expect(editRefusal.contains("checklist.unknown_item") && editRefusal.contains("c9_magic"))
    }

    /// The template's check, every case: each item once is fine, in any order; an unknown
    /// item, an item twice, or a LOCAL item of another unit is refused, naming it.
    @Test func theTemplateNamesAnUnknownOrRepeatedItem() {
        let template = ChecklistTemplate.standard
        let all = Self.items.map { ChecklistAnswer(itemID: $0, verdict: .met) }
        #expect(template.unknownItem(in: all) == nil)
        #expect(template.unknownItem(in: all.reversed()) == nil)
        #expect(template.unknownItem(in: []) == nil)
        for extra in ["c9_magic", "C1_BOTTLENECK", " c1_bottleneck", "local_1"] + Self.items {
            let refusal = template.unknownItem(in: all + [ChecklistAnswer(itemID: extra, verdict: .met)])
            #expect(refusal?.rule == .checklistUnknownItem, "\(extra)")
            #expect(refusal?.message(.vi).contains("\"\(extra)\"") == true)
            #expect(refusal?.message(.en).contains("c5_authority") == true)
        }
    }

    // MARK: Separators, BOM, CRLF

    @Test(arguments: [(",", "dấu phẩy (,)", "comma (,)"), (";", "dấu chấm phẩy (;)", "semicolon (;)"), ("\t", "dấu tab", "tab")])
    func theSeparatorIsSniffedFromTheHeaderAndNamed(_ separator: String, _ vi: String, _ en: String) throws {
        let rows = [Self.row(separator: separator), Self.row(separator: separator, ["title": "Tủ hồ sơ; thông minh, mới"])]
        for end in ["\n", "\r\n"] {
            for bom in ["", "\u{FEFF}"] {
                let parsed = PaperImportCSV.read(bom + Self.file(rows, separator: separator, end: end), checklistItems: Self.items)
                #expect(parsed.problems.isEmpty, "\(parsed.problems.map { $0.reason.vi })")
                #expect(parsed.separator == Character(separator))
                #expect(parsed.rows.map(\.dossier.title) == ["Số hóa sổ hộ tịch", "Tủ hồ sơ; thông minh, mới"])
                #expect(parsed.rows.map(\.line) == [2, 4])
                #expect(parsed.rows.first?.dossier.content == "Quét, lập chỉ mục\nvà lưu trữ")
                #expect(parsed.rows.first?.dossier.resources.fundingVND == 15_000_000)
            }
        }
        #expect(PaperImportCSV.separatorName(Character(separator)).vi == vi)
        #expect(PaperImportCSV.separatorName(Character(separator)).en == en)
    }

    @Test func separatorsInsideAQuotedHeaderCellDoNotCount() {
        #expect(CSV.separator(of: "\"a;b;c\",title\r\nx,y") == ",")
        #expect(CSV.separator(of: "\u{FEFF}proposer;title\r\n") == ";")
        #expect(CSV.separator(of: "proposer\ttitle\tfield\n") == "\t")
        #expect(CSV.separator(of: "proposer\n") == ",")
        #expect(CSV.separator(of: "proposer;title,field\n") == nil)
    }

    @Test func aHeaderWithTwoSeparatorsEquallyOftenIsRefusedNotGuessed() {
        let parsed = PaperImportCSV.read("proposer;title,field\nx;y,z\n")
        #expect(parsed.rows.isEmpty)
        #expect(parsed.problems.map(\.line) == [1])
        #expect(parsed.problems.first?.reason.vi.contains("không đoán") == true)
    }

    /// A semicolon file read with commas would be one unknown column; sniffed, an unknown
    /// column is still refused, named, with the columns there are.
    @Test func anUnknownColumnIsRefusedWithTheColumnsThereAre() {
        let parsed = PaperImportCSV.read("proposer;title;tuoi\nnvan;X;3\n")
        #expect(parsed.separator == ";")
        #expect(parsed.problems.map(\.line) == [1])
        let message = parsed.problems.first?.reason.vi ?? ""
        #expect(message.contains("\"tuoi\""))
        for column in PaperImportCSV.columns { #expect(message.contains(column)) }
    }

    // MARK: Encodings

    @Test func bytesThatAreNotUTF8AreRefusedWithTheirLineNeverGuessed() {
        // "Đề xuất" in Windows-1258 on line 3, after two UTF-8 lines.
        let bytes = Array("proposer,title\r\nnvan,Sổ\r\n".utf8) + [0x44, 0xEA, 0xD2, 0x20, 0x78, 0x75, 0xE2, 0xF2, 0x74, 0x0D, 0x0A]
        #expect(TextBytes.utf8(bytes) == .failure(InvalidUTF8(line: 3)))
        #expect(TextBytes.utf8([0xFF]) == .failure(InvalidUTF8(line: 1)))
        // Overlong and surrogate encodings are not UTF-8 either.
        #expect(TextBytes.utf8(Array("a\n\n".utf8) + [0xC0, 0xAF]) == .failure(InvalidUTF8(line: 3)))
        #expect(TextBytes.utf8(Array("a\n".utf8) + [0xED, 0xA0, 0x80]) == .failure(InvalidUTF8(line: 2)))
        let text = "\u{FEFF}proposer,title\r\nnvan,Sổ hộ tịch\r\n"
        #expect(TextBytes.utf8(Array(text.utf8)) == .success(text))
    }

    // MARK: The offline evaluation form reads amounts the same way

    @Test(arguments: [("1.500.000", Int64(1_500_000)), ("1,500,000.00", 1_500_000), ("1.500.000,00", 1_500_000), ("1500000.00", 1_500_000)])
    func theDamageEstimateOfAFormIsReadByTheSameGrammar(_ text: String, _ amount: Int64) throws {
        let form = try FilledForm.parse(Self.evaluationForm(estimate: text))
        guard case .evaluate(let evaluation)? = form.actions.first else { Issue.record("no evaluation"); return }
        #expect(evaluation.damageEstimateVND == amount)
    }

    @Test func aFractionalDamageEstimateIsRefusedWithItsLine() {
        do {
            _ = try FilledForm.parse(Self.evaluationForm(estimate: "1500000.50"))
            Issue.record("a fractional estimate was read")
        } catch {
            #expect(error.line == 6)
            #expect(error.message.vi.contains("không có phần lẻ"))
        }
    }

    static func evaluationForm(estimate: String) -> String {
        var lines = ["dexuat_form = evaluation", "phien_ban = 2026-0001 @ 9", "ket_qua = hoan_thanh", "thiet_hai = co",
                     "thiet_hai.mo_ta = Hỏng máy", "thiet_hai.uoc_tinh_vnd = \(estimate)"]
        for kind in FindingKind.allCases {
            lines.append("nhan_dinh.\(kind.rawValue) = khong")
            lines.append("nhan_dinh.\(kind.rawValue).ly_do = Không có")
        }
        lines += ["nguyen_nhan_khach_quan = Không có", "nguyen_nhan_chu_quan = Không có"]
        return lines.joined(separator: "\n") + "\n"
    }
}
