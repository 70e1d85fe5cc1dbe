import Testing
import Procedure

@Suite("Amounts of money as officers write them")
struct MoneyAmountTests {
    @Test(arguments: [
        ("120000000", 120_000_000), ("120.000.000", 120_000_000), ("120,000,000", 120_000_000),
        ("1.500.000,00", 1_500_000), ("1,500,000.00", 1_500_000), ("1.500.000,0", 1_500_000),
        ("120 triệu", 120_000_000), ("1,2 tỷ", 1_200_000_000), ("1,2 tỉ", 1_200_000_000), ("1.5 tỷ", 1_500_000_000),
        ("500 nghìn", 500_000), ("500 ngàn", 500_000), ("2,75 triệu", 2_750_000), ("1.500 triệu", 1_500_000_000),
        ("120 TRIỆU", 120_000_000), ("  120  triệu ", 120_000_000), ("120.000.000 đồng", 120_000_000),
        ("120.000.000đ", 120_000_000), ("0", 0), ("1.000", 1_000), ("1,000", 1_000), ("15 triệu đồng", 15_000_000),
        // Decomposed "triệu" (NFD) as some keyboards send it.
        ("120 tri\u{0065}\u{0323}\u{0302}u", 120_000_000),
    ] as [(String, Int64)])
    func officersFormsAreRead(_ text: String, _ amount: Int64) {
        #expect(MoneyAmount.parse(text) == amount, "\(text)")
    }

    @Test(arguments: ["", "abc", "120 triệu abc", "triệu", "-5", "1.500.000,50", "1,500,000.50", "12.34.567", "1.5",
                      "120 trieu", "1,2", "1,2,3 tỷ", "1,0000000001 nghìn", "99999999999 tỷ", "120 triệu triệu",
                      "12 000 000", "1e6", "١٢٠", "120..000", "1.500.000,", "0,5 nghìn đồng đồng"])
    func anythingElseIsRefused(_ text: String) {
        #expect(MoneyAmount.parse(text) == nil, "\(text)")
    }

    @Test func amountsAreWrittenBackTheVietnameseWay() {
        #expect(MoneyAmount.format(120_000_000) == "120.000.000 đồng")
        #expect(MoneyAmount.format(0) == "0 đồng")
        #expect(MoneyAmount.problem("x").vi.contains("120 triệu"))
    }
}
