import Procedure

/// §7.6: the register's words for a proposal forwarded to the province.
extension PapersText {
    static func forwardedByLetter(_ letter: String, _ day: String) -> Localized {
        Localized(vi: "Chuyển cấp tỉnh theo công văn số \(letter) ngày \(day)",
                  en: "Forwarded to the province by letter \(letter) of \(day)")
    }

    static func provincialDecision(_ result: Localized, _ number: String, _ day: String, _ recorded: String) -> Localized {
        Localized(vi: "Cấp tỉnh \(result.vi): quyết định số \(number) ngày \(day) (ghi nhận ngày \(recorded))",
                  en: "The province \(result.en): decision \(number) of \(day) (recorded on \(recorded))")
    }
}
