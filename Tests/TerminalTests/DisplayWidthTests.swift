import Foundation
import Testing
@testable import Terminal

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("Tiếng Việt", 10), ("Nguyễn", 6), ("Đề xuất", 7), ("漢字", 4), ("한국어", 6),
        ("👍", 2), ("👨‍👩‍👧", 2), ("❤️", 2), ("❤", 1), ("1️⃣", 2), ("🇻🇳", 2), ("±", 1), ("…", 1),
        ("ＡＢ", 4), ("abc", 3), ("", 0), ("a\u{7}b", 2),
    ])
    func widthOfNFCText(text: String, columns: Int) {
        #expect(DisplayWidth.width(of: text.precomposedStringWithCanonicalMapping) == columns)
    }

    @Test(arguments: ["Tiếng Việt", "Nguyễn", "Đề xuất", "ệ", "Trường Đại học"])
    func vietnameseIsOneColumnPerLetterInNFD(text: String) {
        let nfd = text.decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > text.precomposedStringWithCanonicalMapping.unicodeScalars.count)
        #expect(DisplayWidth.width(of: nfd) == text.precomposedStringWithCanonicalMapping.count)
    }

    @Test func characterWidths() {
        #expect(DisplayWidth.width(of: Character("e\u{323}\u{302}")) == 1)
        #expect(DisplayWidth.width(of: Character("漢")) == 2)
        #expect(DisplayWidth.width(of: Character("\u{1B}")) == 0)
        #expect(DisplayWidth.width(of: Character("\u{301}")) == 0)
    }

    @Test(arguments: [
        ("Nguyễn Văn An", 8, "Nguyễn …"),
        ("Nguyễn Văn An", 13, "Nguyễn Văn An"),
        ("Nguyễn Văn An", 1, "…"),
        ("Nguyễn Văn An", 0, ""),
        ("漢字漢字", 5, "漢字…"),
        ("漢字漢字", 4, "漢…"),
        ("a漢字", 3, "a…"),
        ("a漢字", 4, "a漢…"),
        ("👍👍👍", 4, "👍…"),
    ])
    func truncate(text: String, columns: Int, expected: String) {
        let result = DisplayWidth.truncate(text, to: columns)
        #expect(result == expected)
        #expect(DisplayWidth.width(of: result) <= columns)
    }

    @Test func truncateNFDKeepsMarksWithTheirLetters() {
        let nfd = "Tiếng Việt".decomposedStringWithCanonicalMapping
        let result = DisplayWidth.truncate(nfd, to: 6)
        #expect(result.precomposedStringWithCanonicalMapping == "Tiếng…")
    }

    @Test(arguments: [
        ("Việt", 6, DisplayWidth.Alignment.leading, "Việt  "),
        ("Việt", 6, .trailing, "  Việt"),
        ("Việt", 6, .center, " Việt "),
        ("漢字", 5, .leading, "漢字 "),
        ("漢字漢", 5, .leading, "漢字…"),
        ("漢字漢字", 4, .leading, "漢… "),
    ])
    func pad(text: String, columns: Int, alignment: DisplayWidth.Alignment, expected: String) {
        let result = DisplayWidth.pad(text, to: columns, alignment: alignment)
        #expect(result == expected)
        #expect(DisplayWidth.width(of: result) == columns)
    }

    @Test(arguments: [
        ("Đề xuất cải tiến thủ tục hành chính", 12, ["Đề xuất cải", "tiến thủ tục", "hành chính"]),
        ("một\n\nhai ba", 10, ["một", "", "hai ba"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("漢字漢字漢", 3, ["漢", "字", "漢", "字", "漢"]),
        ("ab 漢字漢字", 5, ["ab", "漢字", "漢字"]),
        ("  thụt đầu dòng", 20, ["  thụt đầu dòng"]),
        ("", 10, [""]),
        ("a\tb", 10, ["a b"]),
        ("xin  chào", 20, ["xin  chào"]),
    ])
    func wrap(text: String, columns: Int, expected: [String]) {
        let lines = DisplayWidth.wrap(text, width: columns)
        #expect(lines == expected)
        for line in lines { #expect(DisplayWidth.width(of: line) <= columns) }
    }
}
