import Testing
import Procedure

/// Dates as people and spreadsheets write them (issue 15): four-digit years only, day first.
@Suite struct DayTextTests {
    @Test(arguments: [
        ("04/01/2027", 2027, 1, 4), ("4/1/2027", 2027, 1, 4), ("2027-01-04", 2027, 1, 4), (" 04/01/2027 ", 2027, 1, 4),
        ("31/12/2026", 2026, 12, 31), ("29/02/2028", 2028, 2, 29), ("01/01/1900", 1900, 1, 1), ("31/12/2100", 2100, 12, 31),
    ])
    func theTwoFormsAreRead(_ text: String, _ year: Int, _ month: Int, _ day: Int) {
        #expect(DayText.read(text) == .success(Day(year: year, month: month, day: day)!), "\(text)")
    }

    @Test(arguments: [
        ("04/01/27", DayText.Problem.yearDigits), ("4/1/27", .yearDigits), ("04/01/027", .yearDigits), ("04/01/02027", .yearDigits),
        ("27-01-04", .yearDigits), ("0027-01-04", .yearOutOfRange), ("04/01/0027", .yearOutOfRange),
        ("01/01/1899", .yearOutOfRange), ("01/01/2101", .yearOutOfRange), ("31/12/9999", .yearOutOfRange),
        ("30/02/2027", .noSuchDay), ("31/04/2027", .noSuchDay), ("12/31/2027", .noSuchDay), ("29/02/2027", .noSuchDay),
        ("2027-1-4", .notADate), ("04.01.2027", .notADate), ("04-01-2027", .notADate), ("2027/01/04", .notADate),
        ("004/01/2027", .notADate), ("04/01", .notADate), ("", .notADate), ("ngày 4 tháng 1", .notADate),
        ("04/01/2027 00:00", .notADate), ("+4/1/2027", .notADate), ("٤/١/٢٠٢٧", .notADate),
    ] as [(String, DayText.Problem)])
    func anythingElseIsRefusedWithItsReason(_ text: String, _ problem: DayText.Problem) {
        #expect(DayText.read(text) == .failure(problem), "\(text)")
        #expect(DayText.parse(text) == nil)
    }

    @Test func theMessageSaysWhatIsExpected() {
        let twoDigits = DayText.problem("04/01/27", .yearDigits)
        #expect(twoDigits.vi.contains("04/01/27") && twoDigits.vi.contains("dd/mm/yyyy") && twoDigits.vi.contains("bốn chữ số"))
        #expect(twoDigits.en.contains("four digits"))
        #expect(DayText.problem("0027-01-04", .yearOutOfRange).vi.contains("1900 đến 2100"))
        for problem in [DayText.Problem.notADate, .yearDigits, .yearOutOfRange, .noSuchDay] {
            #expect(DayText.problem("x", problem).vi.contains("dd/mm/yyyy"))
        }
    }
}
