import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Issue 15, one number per act, as an attacker would try it: a register that cannot move
/// on, look-alike letters, another unit's register, a measure dated ahead, numbers printed
/// before the register existed.
@Suite(.serialized) struct ActNumberHardeningTests {
    func refusal(_ body: () throws -> Void) -> Refusal? {
        do { try body() } catch LedgerError.refused(let refusal) { return refusal } catch { return nil }
        return nil
    }

    @Test func anAutomaticNumberIsOnlyOneTheRegisterReadsBack() {
        #expect(Ledger.automaticReference(after: 0, symbol: "QĐ", unit: "VHXH") == "01/QĐ-VHXH")
        #expect(Ledger.automaticReference(after: 0, symbol: "QĐ", unit: "vhxh") == "01/QĐ-VHXH")
        #expect(Ledger.automaticReference(after: 5, symbol: "TB", unit: "KTHTĐT") == "06/TB-KTHTĐT")
        #expect(Ledger.automaticReference(after: 999_998, symbol: "QĐ", unit: "UBND") == "999999/QĐ-UBND")
        // Past six digits, or a unit id that is no code: no number that would be given again.
        #expect(Ledger.automaticReference(after: 999_999, symbol: "QĐ", unit: "UBND") == nil)
        for unit in ["TYT_1", "UBND 2", "tổ-", "", String(repeating: "A", count: 21), "V\u{041D}XH"] {
            #expect(Ledger.automaticReference(after: 0, symbol: "QĐ", unit: unit) == nil, "\(unit)")
        }
    }

    @Test func aRegisterAtItsLastNumberAsksForThePaperNumber() throws {
        let fixture = try RecordFixture()
        let first = try fixture.voted("Số lớn")
        try fixture.act(.decide(kind: .approve, number: "999999/QĐ-VHXH", reasons: "x", responsibilityStatement: ""), on: first,
                        by: RecordWard.head, at: RecordFixture.day(5))
        let second = try fixture.voted("Sau số lớn")
        let refused = try #require(refusal {
            try fixture.act(.decide(kind: .approve, number: "", reasons: "x", responsibilityStatement: ""), on: second,
                            by: RecordWard.head, at: RecordFixture.day(6))
        })
        #expect(refused.rule == .actNumberShape)
        #expect(refused.message(.vi).contains("--number") && refused.message(.en).contains("--number"))
        #expect(try fixture.ledger.proposal(second)?.decision == nil)
        #expect(try fixture.ledger.verify().ok)
    }

    @Test func aMeasureIsRecordedWithADecisionOrANoticeSymbolAndNotDatedAhead() throws {
        let fixture = try RecordFixture()
        let id = try fixture.concluded("Biện pháp")
        func measure(_ number: String, day: Day) -> Refusal? {
            refusal {
                try fixture.act(.measure(kind: .praise, decisionNumber: number, day: day, decidedBy: "Trưởng phòng", reason: "Có kết quả"),
                                on: id, by: RecordWard.head, at: RecordFixture.day(7, month: 12))
            }
        }
        let today = try #require(Day(year: 2026, month: 12, day: 7))
        // A day after today would hold the register's order up until then: refused.
        let ahead = try #require(measure("", day: today.adding(days: 30)))
        #expect(ahead.rule == .measureDayAhead)
        #expect(ahead.message(.vi).contains("06/01/2027"))
        #expect(measure("31/QĐ-UBND", day: today.adding(days: 1))?.rule == .measureDayAhead)
        // Symbols: a decision (QĐ) or a notice (TB); not minutes, nor a look-alike Ð.
        #expect(measure("12/BB-VHXH", day: today)?.rule == .actNumberShape)
        #expect(measure("12/Q\u{00D0}-UBND", day: today)?.rule == .actNumberShape)
        #expect(measure("12/TB-UBND", day: today) == nil)
        #expect(measure("", day: today) == nil)
        #expect(try fixture.ledger.verify().ok)
    }

    @Test func numbersPrintedBeforeTheRegisterAreNeitherGivenAgainNorTyped() throws {
        let fixture = try RecordFixture()
        let old = try fixture.approved("In trước")
        let seq = try #require(try fixture.ledger.actNumbers().first?.eventSeq)
        // A decision printed by an earlier version took 07 from the print register.
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO document_number (unit_id, kind, year, number, proposal_id, reference, day, event_seq)
                VALUES ('VHXH', 'decision', 2026, 7, ?, '07/QĐ-VHXH', '2026-11-05', ?)
                """, arguments: [old, seq])
        }
        try queue.close()
        let next = try fixture.voted("Sau bản in")
        #expect(refusal {
            try fixture.act(.decide(kind: .approve, number: "07/QĐ-VHXH", reasons: "x", responsibilityStatement: ""), on: next,
                            by: RecordWard.head, at: RecordFixture.day(6))
        }?.rule == .actNumberTaken)
        try fixture.act(.decide(kind: .approve, number: "", reasons: "x", responsibilityStatement: ""), on: next,
                        by: RecordWard.head, at: RecordFixture.day(6))
        #expect(try fixture.ledger.proposal(next)?.decision?.number == "08/QĐ-VHXH")
    }

    /// A unit's own ký hiệu ("KTHTĐT", with its Đ) is the code its acts carry; the id in
    /// capitals serves where none is set; a symbol a number could not carry is refused.
    @Test func aUnitsOwnSymbolIsTheCodeItsActsCarry() throws {
        let fixture = try RecordFixture()
        let admin = Actor(login: RecordWard.admin)
        var office = RecordWard.office
        office.symbol = "VHXHĐT"
        try fixture.ledger.save(office, by: admin, at: RecordFixture.origin)
        #expect(try fixture.ledger.organization().unit("VHXH")?.symbol == "VHXHĐT")
        let id = try fixture.approved("Ký hiệu riêng")
        #expect(try fixture.ledger.proposal(id)?.decision?.number == "01/QĐ-VHXHĐT")
        // A typed number must carry the unit's symbol, not its id.
        let next = try fixture.voted("Số giấy")
        #expect(refusal {
            try fixture.act(.decide(kind: .approve, number: "02/QĐ-VHXH", reasons: "x", responsibilityStatement: ""), on: next,
                            by: RecordWard.head, at: RecordFixture.day(6))
        }?.rule == .actNumberShape)
        for bad in ["vhxh", "VH XH", "VH_XH", "V\u{041D}XH", "-VHXH", String(repeating: "A", count: 21)] {
            office.symbol = bad
            #expect(throws: LedgerError.self, "\(bad)") { try fixture.ledger.save(office, by: admin, at: RecordFixture.origin) }
        }
        #expect(try fixture.ledger.organization().unit("VHXH")?.symbol == "VHXHĐT")
        // Set back to none: the id in capitals serves again.
        office.symbol = ""
        try fixture.ledger.save(office, by: admin, at: RecordFixture.origin)
        #expect(try fixture.ledger.organization().unit("VHXH")?.symbol == nil)
        #expect(try fixture.ledger.verify().ok)
        #expect(Ledger.registerCode("VHXH", in: try fixture.ledger.organization()) == "VHXH")
    }
}
