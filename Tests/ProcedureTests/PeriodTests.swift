import Testing
@testable import Procedure

@Suite("Reporting periods")
struct PeriodTests {
    @Test(arguments: [
        ("2026-07", Period.Kind.month, 7, "2026-07-01", "2026-07-31"),
        ("2026-02", .month, 2, "2026-02-01", "2026-02-28"),
        ("2028-02", .month, 2, "2028-02-01", "2028-02-29"),
        ("2026-Q3", .quarter, 3, "2026-07-01", "2026-09-30"),
        ("2026-q1", .quarter, 1, "2026-01-01", "2026-03-31"),
        ("2026-H1", .half, 1, "2026-01-01", "2026-06-30"),
        (" 2026-h2 ", .half, 2, "2026-07-01", "2026-12-31"),
        ("2026", .year, 1, "2026-01-01", "2026-12-31"),
    ])
    func parsesGoodForms(text: String, kind: Period.Kind, index: Int, first: String, last: String) throws {
        let period = try Period.parse(text)
        #expect(period.kind == kind)
        #expect(period.index == index)
        #expect(period.first.iso == first)
        #expect(period.last.iso == last)
    }

    @Test(arguments: [
        ("", PeriodError.Problem.empty),
        ("   ", .empty),
        ("26-Q3", .year),
        ("năm 2026", .year),
        ("2026-Q5", .quarter),
        ("2026-Q0", .quarter),
        ("2026-H3", .half),
        ("2026-13", .month),
        ("2026-00", .month),
        ("2026-7", .shape),
        ("2026-Q", .shape),
        ("2026-Q3-1", .shape),
        ("2026-X1", .shape),
        ("2026/Q3", .year),
    ])
    func refusesBadFormsWithAClearMessage(text: String, problem: PeriodError.Problem) {
        #expect(throws: PeriodError(text: text, problem: problem)) { try Period.parse(text) }
        let message = PeriodError(text: text, problem: problem).message
        #expect(!message.vi.isEmpty && !message.en.isEmpty)
        #expect(message.vi != message.en)
    }

    @Test func messagesNameTheProblemInVietnamese() {
        #expect(PeriodError(text: "2026-Q5", problem: .quarter).message.vi == "Quý trong \"2026-Q5\" phải từ Q1 đến Q4")
        #expect(PeriodError(text: "x", problem: .shape).message.vi.contains("2026-Q3 (quý)"))
    }

    @Test func stepsBackAndForthAcrossYears() throws {
        #expect(try Period.parse("2026-Q1").previous == Period.parse("2025-Q4"))
        #expect(try Period.parse("2026-12").next == Period.parse("2027-01"))
        #expect(try Period.parse("2026-H2").next == Period.parse("2027-H1"))
        #expect(try Period.parse("2026").previous == Period.parse("2025"))
    }

    @Test func switchesKindAroundADay() throws {
        let today = Day(iso: "2026-11-30")!
        let q4 = Period(kind: .quarter, containing: today)
        #expect(q4.description == "2026-Q4")
        #expect(q4.switched(to: .month, keeping: today).description == "2026-11")
        #expect(q4.switched(to: .half, keeping: today).description == "2026-H2")
        #expect(q4.switched(to: .year, keeping: today).description == "2026")
        // Away from today, the first day of the period decides.
        #expect(try Period.parse("2025-Q3").switched(to: .month, keeping: today).description == "2025-07")
        #expect(Period.Kind.year.next == .month)
    }

    @Test func labelsAsReportsNameThem() throws {
        #expect(try Period.parse("2026-Q3").label.vi == "Quý III năm 2026")
        #expect(try Period.parse("2026-H1").label.vi == "6 tháng đầu năm 2026")
        #expect(try Period.parse("2026-H2").label.en == "Second half of 2026")
        #expect(try Period.parse("2026-07").label.vi == "Tháng 7 năm 2026")
        #expect(try Period.parse("2026-07").label.en == "July 2026")
        #expect(try Period.parse("2026").label.vi == "Năm 2026")
        #expect(try Period.parse("2026-Q3").contains(Day(iso: "2026-09-30")!))
        #expect(try !Period.parse("2026-Q3").contains(Day(iso: "2026-10-01")!))
    }
}
