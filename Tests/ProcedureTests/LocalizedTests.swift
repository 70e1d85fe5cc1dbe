import Testing
@testable import Procedure

@Test func localizedPicksTheLanguage() {
    let text = Localized(vi: "Bản nháp", en: "Draft")
    #expect(text[.vi] == "Bản nháp")
    #expect(text[.en] == "Draft")
    #expect(text.description == "Bản nháp")
}
