import Testing
@testable import Terminal

@Suite struct SanitizerTests {
    @Test(arguments: [
        ("\u{1B}", "␛"),
        ("\u{1B}[31mđỏ\u{1B}[0m", "␛[31mđỏ␛[0m"),
        ("\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\", "␛]8;;http://x␛\\link␛]8;;␛\\"),
        ("\u{1B}]52;c;ZXZpbA==\u{7}", "␛]52;c;ZXZpbA==␇"),
        ("a\u{9B}31mb", "a\u{FFFD}31mb"),
        ("\u{85}\u{80}\u{9F}", "\u{FFFD}\u{FFFD}\u{FFFD}"),
        ("abc\u{202E}txt.exe", "abc\u{FFFD}txt.exe"),
        ("\u{2066}x\u{2069}", "\u{FFFD}x\u{FFFD}"),
        ("\u{61C}\u{200E}\u{200F}", "\u{FFFD}\u{FFFD}\u{FFFD}"),
        ("\u{0}\u{7F}", "␀␡"),
        ("dòng\ntiếp", "dòng␊tiếp"),
        ("a\tb", "a b"),
        ("a\u{2028}b", "a␤b"),
        ("Đề xuất bình thường", "Đề xuất bình thường"),
    ])
    func makesControlsVisible(input: String, expected: String) {
        let shown = Sanitizer.visible(input)
        #expect(shown == expected)
        #expect(!shown.unicodeScalars.contains { Sanitizer.needsReplacement($0) })
    }
}
