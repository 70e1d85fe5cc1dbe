import Testing
import Procedure

@Suite("Proposal ids")
struct ProposalIDTests {
    @Test func oneFormatIsMade() {
        #expect(ProposalID.make(year: 2026, number: 58) == "2026-000058")
        #expect(ProposalID.make(year: 2026, number: 1) == "2026-000001")
        #expect(ProposalID.make(year: 2026, number: 1_234_567) == "2026-1234567")
    }

    @Test(arguments: [
        ("58", nil, 58), ("2026-58", 2026, 58), ("2026-058", 2026, 58), ("2026-000058", 2026, 58), (" 2026-000058 ", 2026, 58),
    ] as [(String, Int?, Int)])
    func shortFormsParse(_ text: String, _ year: Int?, _ number: Int) throws {
        let id = try #require(ProposalID(parsing: text))
        #expect(id.year == year)
        #expect(id.number == number)
    }

    @Test(arguments: ["", "0", "2026-0", "abc", "26-58", "2026-", "-58", "2026-58-1", "58a", "２０２６-58", "1e3"])
    func otherTextIsNoID(_ text: String) {
        #expect(ProposalID(parsing: text) == nil)
    }

    @Test func candidatesCoverOlderPaddings() throws {
        let id = try #require(ProposalID(parsing: "58"))
        #expect(id.candidates(year: 2026) == ["2026-000058", "2026-58", "2026-058", "2026-0058", "2026-00058"])
    }
}
