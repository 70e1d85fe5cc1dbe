import Testing
@testable import dexuat

/// `dexuat list` prints one line per proposal: a line break stored in a title, alone or in
/// "\r\n" (one Character in Swift, two scalars), becomes a space, never a new line.
@Suite("The list's text")
struct ListTextTests {
    @Test func aStoredLineBreakNeverSplitsARow() {
        #expect(Text.visible("Số hóa\nsổ") == "Số hóa sổ")
        #expect(Text.visible("a\r\nb") == "a\u{FFFD} b")
        #expect(Text.visible("x\u{1B}[31m\n\ny") == "x\u{FFFD}[31m  y")
        #expect(Text.visible("Trạm Y tế\tkhu phố 3") == "Trạm Y tế khu phố 3")
        #expect(Text.visible("Số hóa sổ tiếp nhận") == "Số hóa sổ tiếp nhận")
        #expect(!Text.visible("\u{2028}\n\u{0085}\r\n").contains("\n"))
    }
}
