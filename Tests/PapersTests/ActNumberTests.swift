import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure
@testable import Papers

/// Issue 15: one number per act, given when the act is recorded, per register (issuing
/// unit's code, symbol, year of the act's day), in the order of the acts; a typed number of
/// a paper act is checked; every paper prints that one number.
@Suite(.serialized) struct ActNumberTests {
    /// Voted on 4 November 2026, decided by the head at `date` with `number`.
    func decided(_ fixture: RecordFixture, _ title: String, number: String = "", at date: Date = RecordFixture.day(5)) throws -> String {
        let id = try fixture.voted(title)
        try fixture.act(.decide(kind: .approve, number: number, reasons: "Tập thể thống nhất", responsibilityStatement: ""),
                        on: id, by: RecordWard.head, at: date)
        return id
    }

    func refusal(_ body: () throws -> Void) -> Refusal? {
        do { try body() } catch LedgerError.refused(let refusal) { return refusal } catch { return nil }
        return nil
    }

    @Test func numbersFollowTheActsPerUnitSymbolAndYear() throws {
        let fixture = try RecordFixture()
        // A proposal taken to its conclusion first: its decision of 5 November is 01.
        let concluded = try fixture.concluded("Kết luận")
        let a = try decided(fixture, "Thứ nhất", at: RecordFixture.day(5))
        let b = try decided(fixture, "Thứ hai", at: RecordFixture.day(6))
        // A rejection is a decision too: it takes the next number of the same register.
        let c = try fixture.received("Thứ ba")
        try fixture.act(.partyOpinion(stance: .agree, text: "Đồng ý", committee: "Đảng ủy phường Uông Bí"), on: c,
                        by: RecordWard.liaison, at: RecordFixture.day(3))
        for member in [RecordWard.head, RecordWard.deputy] {
            try fixture.ledger.perform([.checklist(answers: RecordWard.checks), .ballot(inFavour: false, comment: "")], on: c,
                                       by: Actor(login: member), at: RecordFixture.day(4))
        }
        try fixture.act(.decide(kind: .reject, number: "", reasons: "Chưa khả thi", responsibilityStatement: ""), on: c,
                        by: RecordWard.head, at: RecordFixture.day(9))
        // The next year's register starts again at 1.
        let d = try decided(fixture, "Năm sau", at: RecordFixture.day(4, month: 1, year: 2027))
        let numbers = try [a, b, c, d].map { try #require(try fixture.ledger.proposal($0)?.decision?.number) }
        #expect(numbers == ["02/QĐ-VHXH", "03/QĐ-VHXH", "04/QĐ-VHXH", "01/QĐ-VHXH"])
        // A conclusion is a "Thông báo kết luận": its own register (TB).
        let p = try #require(try fixture.ledger.proposal(concluded))
        #expect(p.decision?.number == "01/QĐ-VHXH")
        #expect(p.conclusion?.number == "01/TB-VHXH")
        // A measure typed with another body's code enters that body's register, not this one's.
        #expect(p.measures.first?.decisionNumber == "20/QĐ-UBND")
        let registers = try fixture.ledger.actNumbers().map { "\($0.code) \($0.symbol ?? "-") \($0.year) \($0.number ?? 0)" }
        #expect(registers == ["VHXH QĐ 2026 1", "VHXH TB 2026 1", "UBND QĐ 2026 20", "VHXH QĐ 2026 2", "VHXH QĐ 2026 3",
                              "VHXH QĐ 2026 4", "VHXH QĐ 2027 1"])
        #expect(try fixture.ledger.verify().ok)
    }

    @Test func anotherReviewingUnitHasItsOwnRegister() throws {
        let fixture = try RecordFixture()
        _ = try decided(fixture, "Của phòng")
        // The head's own proposal goes to the People's Committee, whose chair decides.
        let own = try fixture.received("Đề xuất của trưởng phòng", by: RecordWard.head, registrar: RecordWard.chair)
        try fixture.act(.partyOpinion(stance: .agree, text: "Đồng ý", committee: "Đảng ủy phường Uông Bí"), on: own,
                        by: RecordWard.liaison, at: RecordFixture.day(3))
        try fixture.ledger.perform([.checklist(answers: RecordWard.checks), .ballot(inFavour: true, comment: "")], on: own,
                                   by: Actor(login: RecordWard.chair), at: RecordFixture.day(4))
        try fixture.act(.decide(kind: .approve, number: "", reasons: "Thống nhất", responsibilityStatement: ""), on: own,
                        by: RecordWard.chair, at: RecordFixture.day(5))
        #expect(try fixture.ledger.proposal(own)?.decision?.number == "01/QĐ-UBND")
    }

    @Test func aTypedNumberIsCheckedForShapeSymbolAndDuplicates() throws {
        let fixture = try RecordFixture()
        let first = try decided(fixture, "Giấy", number: "157/QĐ-VHXH")
        #expect(try fixture.ledger.proposal(first)?.decision?.number == "157/QĐ-VHXH")
        let second = try fixture.voted("Trùng số")
        func decide(_ number: String) -> Refusal? {
            refusal {
                try fixture.act(.decide(kind: .approve, number: number, reasons: "x", responsibilityStatement: ""), on: second,
                                by: RecordWard.head, at: RecordFixture.day(6))
            }
        }
        // The same number in the same register: refused, naming the act that holds it.
        let taken = try #require(decide("157/QĐ-VHXH"))
        #expect(taken.rule == .actNumberTaken)
        #expect(taken.message(.vi).contains(first) && taken.message(.vi).contains("157/QĐ-VHXH") && taken.message(.vi).contains("05/11/2026"))
        // Written with leading zeros it is still the same number.
        #expect(decide("0157/QĐ-VHXH")?.rule == .actNumberTaken)
        // Shapes that are not a "số/ký hiệu", and a decision typed with another kind's symbol.
        for bad in ["157", "QĐ-VHXH", "157/QĐ", "157/qđ-vhxh", "157 /QĐ-VHXH", "0/QĐ-VHXH", "-3/QĐ-VHXH", "157/QĐ-", "157/QĐ-VHXH/2",
                    "157/QĐ--VHXH", "1234567/QĐ-VHXH", "157/QĐ-VH XH", "157/QĐ-VHXH\u{202E}", "157/TB-VHXH", "157/KL-VHXH"] {
            #expect(decide(bad)?.rule == .actNumberShape, "\(bad)")
        }
        // A decision is the reviewing unit's own act: another body's code is refused, and so
        // are look-alike letters (Cyrillic Н, Icelandic Ð, a full-width Q).
        for other in ["158/QĐ-KTHTĐT", "158/QĐ-UBND", "158/QĐ-V\u{041D}XH", "158/Q\u{00D0}-VHXH", "158/\u{FF31}Đ-VHXH"] {
            #expect(decide(other)?.rule == .actNumberShape, "\(other)")
        }
        #expect(decide("158/QĐ-VHXH") == nil)
        #expect(try fixture.ledger.proposal(second)?.decision?.number == "158/QĐ-VHXH")
        // Automatic numbers continue after the highest typed one.
        let third = try decided(fixture, "Tự động", at: RecordFixture.day(9))
        #expect(try fixture.ledger.proposal(third)?.decision?.number == "159/QĐ-VHXH")
        #expect(try fixture.ledger.verify().ok)
    }

    @Test func anActDatedBeforeTheRegistersLastIsNotNumberedAutomatically() throws {
        let fixture = try RecordFixture()
        let id = try fixture.concluded("Đã kết luận")
        // A measure dated 1 December 2026 comes after the decision of 5 November: numbered.
        func measure(_ number: String, day: Day) throws {
            try fixture.act(.measure(kind: .praise, decisionNumber: number, day: day, decidedBy: "Trưởng phòng", reason: "Có kết quả"),
                            on: id, by: RecordWard.head, at: RecordFixture.day(7, month: 12))
        }
        let first = try #require(Day(year: 2026, month: 12, day: 1))
        let early = try #require(Day(year: 2026, month: 11, day: 3))
        try measure("", day: first)
        #expect(try fixture.ledger.proposal(id)?.measures.last?.decisionNumber == "02/QĐ-VHXH")
        // One dated 3 November, before the last numbered act: refused, the message says why.
        let refused = try #require(refusal { try measure("", day: early) })
        #expect(refused.rule == .actNumberOrder)
        #expect(refused.message(.vi).contains("03/11/2026") && refused.message(.vi).contains("02/QĐ-VHXH"))
        #expect(refused.message(.vi).contains("01/12/2026"))
        // The number of its paper act, typed, is recorded.
        try measure("09/QĐ-VHXH", day: early)
        #expect(try fixture.ledger.proposal(id)?.measures.last?.decisionNumber == "09/QĐ-VHXH")
        #expect(try fixture.ledger.verify().ok)
    }

    @Test func everyPaperPrintsTheOneNumberAndReprintsReuseIt() throws {
        let fixture = try RecordFixture()
        _ = try decided(fixture, "Trước")
        let id = try fixture.concluded("Số hóa sổ tiếp nhận hồ sơ")
        let p = try #require(try fixture.ledger.proposal(id))
        #expect(p.decision?.number == "02/QĐ-VHXH" && p.conclusion?.number == "01/TB-VHXH")
        let events = try fixture.eventCount()
        let documents = DocumentsTests()
        for (kind, number) in [(OfficialDocumentKind.decision, "02/QĐ-VHXH"), (.conclusion, "01/TB-VHXH")] {
            for attempt in 0..<2 {
                let doc = try documents.make(kind, id, in: fixture)
                #expect(doc.number == "Số: " + number, "\(kind) \(attempt)")
                let xml = try #require(try documents.unzip(try DocxWriter.data(doc))["word/document.xml"])
                let text = documents.wellFormedText(xml).text
                #expect(text.contains("Số: " + number))
                #expect(!text.contains("ghi trong hồ sơ"))
                // No other number of this register on the paper.
                let others = text.components(separatedBy: "/\(number.split(separator: "/")[1])").count - 1
                #expect(others == 1, "\(kind): \(others) numbers in \(text.prefix(400))")
                #expect(DocumentHTML.render(doc).contains(number))
            }
        }
        // Printing recorded nothing: the number was the act's.
        #expect(try fixture.eventCount() == events)
        let register = try fixture.register()
        for text in [RegisterCSV.render(register), RegisterHTML.render(register)] {
            #expect(text.contains("02/QĐ-VHXH"))
            #expect(text.contains("01/TB-VHXH"))
            #expect(!text.contains("12/QĐ-VHXH"))
        }
    }

    @Test func anEditedActRowIsNamedByVerify() throws {
        let fixture = try RecordFixture()
        let id = try decided(fixture, "Bị sửa")
        let seq = try #require(try fixture.ledger.actNumbers().first?.eventSeq)
        #expect(try fixture.ledger.verify().ok)
        let key = "\(id) (seq \(seq))"
        let cases: [(String, String, String)] = [
            ("number", "UPDATE act_number SET number = 7 WHERE event_seq = \(seq)", key),
            ("reference", "UPDATE act_number SET reference = '07/QĐ-VHXH' WHERE event_seq = \(seq)", key),
            ("code", "UPDATE act_number SET code = 'UBND' WHERE event_seq = \(seq)", key),
            ("day", "UPDATE act_number SET day = '2026-01-01' WHERE event_seq = \(seq)", key),
            ("deleted", "DELETE FROM act_number WHERE event_seq = \(seq)", key),
            ("added", "INSERT INTO act_number (event_seq, proposal_id, kind, code, symbol, year, number, reference, day) "
                + "VALUES (1, '\(id)', 'decision', 'VHXH', 'QĐ', 2026, 2, '02/QĐ-VHXH', '2026-11-05')", "\(id) (seq 1)"),
        ]
        for (name, sql, key) in cases {
            let copy = fixture.directory.appendingPathComponent("tamper-\(name).sqlite").path
            try fixture.ledger.backup(to: copy)
            let queue = try DatabaseQueue(path: copy)
            try queue.write { db in try db.execute(sql: sql) }
            try queue.close()
            let report = try Ledger.open(path: copy, readOnly: true).verify()
            #expect(report.problems == [.recordDisagrees(table: "act_number", key: key)], "\(name): \(report.problems)")
        }
    }

    @Test(arguments: ["01/QĐ-VHXH", "157/QĐ-UBND", "3/TB-KTHTĐT", "12/QĐ-UBND-VP", "999999/BB-A1"])
    func wellFormedNumbersRead(_ text: String) throws {
        let parsed = try #require(ActNumber(parsing: text))
        #expect(ActNumber.reference(parsed.number, symbol: parsed.symbol, code: parsed.code).hasSuffix(text.drop { $0 == "0" }))
    }
}
