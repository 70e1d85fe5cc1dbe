/// An amount in đồng as people write it on paper or in a spreadsheet: "1.500.000",
/// "1,500,000" or "1 500 000" (the separators are dropped), never negative.
public enum AmountText {
    /// The amount, or nil when the text is not a whole non-negative number of đồng.
    public static func vnd(_ text: String) -> Int64? {
        let digits = text.filter { $0 != "." && $0 != "," && $0 != " " }
        guard let amount = Int64(digits), amount >= 0 else { return nil }
        return amount
    }
}
