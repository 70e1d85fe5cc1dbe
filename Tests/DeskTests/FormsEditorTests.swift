import Procedure
import Terminal
import Testing
@testable import Desk

/// Editing by grapheme and the readline keys of `LineEditor` and `TextArea`.
struct FormsEditorTests {
    /// Plays keys on a line editor and returns its text, caret column and kill buffer.
    private func play(_ start: String, _ keys: [Key]) -> (text: String, caret: Int, kill: String) {
        var editor = LineEditor(start)
        var kill = ""
        for key in keys { _ = editor.handle(key, kill: &kill) }
        return (editor.text, editor.caretColumn, kill)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var start: String
        var keys: [Key]
        var text: String
        var caret: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "type", start: "", keys: "Đề xuất".map { .char($0) }, text: "Đề xuất", caret: 7),
        Case(name: "backspace removes one grapheme", start: "Việt", keys: [.backspace], text: "Việ", caret: 3),
        Case(name: "backspace removes an NFD grapheme whole", start: "Vie\u{302}\u{323}t", keys: [.backspace, .backspace], text: "Vi", caret: 2),
        Case(name: "C-a home, then type", start: "xuất", keys: [.ctrl("a"), .char("đ"), .char("ề"), .char(" ")], text: "đề xuất", caret: 3),
        Case(name: "End", start: "abc", keys: [.home, .end, .char("d")], text: "abcd", caret: 4),
        Case(name: "C-b / C-f and arrows", start: "abc", keys: [.ctrl("b"), .left, .char("X"), .ctrl("f"), .right, .char("Y")], text: "aXbcY", caret: 5),
        Case(name: "M-b / M-f by word", start: "số hóa sổ", keys: [.alt("b"), .alt("b"), .char("_"), .alt("f"), .char("|")], text: "số _hóa| sổ", caret: 8),
        Case(name: "C-k kills to end", start: "Số hóa sổ", keys: [.home, .alt("f"), .ctrl("k")], text: "Số", caret: 2),
        Case(name: "C-u kills to start", start: "Số hóa sổ", keys: [.alt("b"), .ctrl("u")], text: "sổ", caret: 0),
        Case(name: "C-w kills a word back", start: "Số hóa sổ  ", keys: [.ctrl("w")], text: "Số hóa ", caret: 7),
        Case(name: "C-d and Delete delete forward", start: "abcd", keys: [.home, .ctrl("d"), .delete], text: "cd", caret: 0),
        Case(name: "C-y yanks the last kill", start: "hộ tịch sổ", keys: [.ctrl("w"), .home, .ctrl("y"), .char(" ")], text: "sổ hộ tịch ", caret: 3),
        Case(name: "paste flattens newlines", start: "", keys: [.paste("dòng 1\ndòng 2\r\nba\tbốn")], text: "dòng 1 dòng 2 ba bốn", caret: 20),
        Case(name: "lone marks attach to the letter", start: "", keys: [.char("e"), .char("\u{302}"), .char("\u{301}")], text: "e\u{302}\u{301}", caret: 1),
        Case(name: "CJK takes two columns", start: "", keys: "戸籍ab".map { .char($0) }, text: "戸籍ab", caret: 6),
        Case(name: "emoji takes two columns", start: "a", keys: [.char("📚"), .char("👩‍💻")], text: "a📚👩‍💻", caret: 5),
        Case(name: "caret column after moving over CJK", start: "戸籍ab", keys: [.left, .left, .left], text: "戸籍ab", caret: 2),
    ]

    @Test(arguments: cases)
    func lineEditor(_ c: Case) {
        let result = play(c.start, c.keys)
        #expect(result.text == c.text)
        #expect(result.caret == c.caret)
    }

    @Test func typedNFDIsNFCOnCommit() {
        var editor = LineEditor()
        var kill = ""
        for key: Key in [.char("e"), .char("\u{302}"), .char("\u{301}")] { _ = editor.handle(key, kill: &kill) }
        #expect(editor.text.unicodeScalars.count == 3)
        #expect(editor.committed == "ế")
        #expect(editor.committed.unicodeScalars.count == 1)
        _ = editor.handle(.backspace, kill: &kill)
        #expect(editor.text.isEmpty)
    }

    @Test func killBufferHoldsTheKill() {
        let result = play("một hai ba", [.ctrl("w"), .ctrl("w")])
        #expect(result.text == "một ")
        #expect(result.kill == "hai ")
    }

    @Test func lineEditorScrollsToTheCaret() {
        var editor = LineEditor(String(repeating: "ệ", count: 30) + "戸")
        editor.scroll(toFit: 10)
        let window = editor.window(width: 10)
        #expect(DisplayWidth.width(of: window.text) <= 10)
        #expect(window.caretX == 9)
        #expect(window.text.hasSuffix("戸"))
        var kill = ""
        _ = editor.handle(.home, kill: &kill)
        editor.scroll(toFit: 10)
        #expect(editor.window(width: 10).caretX == 0)
        #expect(editor.window(width: 10).text.hasPrefix("ệệ"))
    }

    @Test func textAreaWrapsAndMovesByRow() {
        var area = TextArea("Quét, nhập liệu và tra cứu sổ hộ tịch")
        var kill = ""
        #expect(area.rows(width: 12).map(\.text) == ["Quét, nhập", "liệu và tra", "cứu sổ hộ", "tịch"])
        area.scroll(toFit: 12, visibleRows: 2)
        #expect(area.caretPosition(width: 12).row == 3)
        #expect(area.caretPosition(width: 12).column == 4)
        #expect(area.scrollRow == 2)
        #expect(area.handle(.up, kill: &kill))
        #expect(area.caretPosition(width: 12).row == 2)
        #expect(area.caretPosition(width: 12).column == 4)
        _ = area.handle(.up, kill: &kill)
        _ = area.handle(.up, kill: &kill)
        #expect(area.handle(.up, kill: &kill) == false)
        _ = area.handle(.end, kill: &kill)
        _ = area.handle(.enter, kill: &kill)
        _ = area.handle(.paste("a\r\nb\tc"), kill: &kill)
        #expect(area.text == "Quét, nhập liệu và tra cứu sổ hộ tịch\na\nb c")
    }

    @Test func textAreaCaretWithCJKAndTrailingSpace() {
        var area = TextArea()
        var kill = ""
        for character in "戸籍 abc " { _ = area.handle(.char(character), kill: &kill) }
        #expect(area.caretPosition(width: 20) == (row: 0, column: 9))
        _ = area.handle(.enter, kill: &kill)
        #expect(area.caretPosition(width: 20) == (row: 1, column: 0))
        _ = area.handle(.backspace, kill: &kill)
        _ = area.handle(.ctrl("a"), kill: &kill)
        _ = area.handle(.ctrl("k"), kill: &kill)
        #expect(area.text.isEmpty)
        #expect(kill == "戸籍 abc ")
    }

    /// Officers' ways of writing an amount are read, shown beside the field, and anything
    /// else is marked at once: "120 triệu" is never 120 đồng.
    @Test(arguments: [
        ("120 triệu", 120_000_000 as Int64?, "= 120.000.000 đồng"), ("1,2 tỷ", 1_200_000_000, "= 1.200.000.000 đồng"),
        ("120.000.000", 120_000_000, "đồng"), ("120000000", 120_000_000, "= 120.000.000 đồng"),
        ("1.500.000,00", 1_500_000, "= 1.500.000 đồng"), ("1,500,000.00", 1_500_000, "= 1.500.000 đồng"),
        ("120 trieu", nil, "✗ không hợp lệ"), ("5x0", nil, "✗ không hợp lệ"), ("1.500.000,50", nil, "✗ không hợp lệ"),
    ] as [(String, Int64?, String)])
    func amountReadsOfficersFormsOrRefusesVisibly(_ typed: String, _ value: Int64?, _ beside: String) {
        var form = FormState(title: Localized(vi: "T", en: "T"),
                             fields: [.amount("funding", Localized(vi: "Kinh phí", en: "Funding"), nil, unit: .dong)],
                             build: { _ in [] })
        for character in typed { _ = form.handle(.char(character)) }
        guard case .amount(let amount) = form.fields[0].kind else { Issue.record("not an amount"); return }
        #expect(amount.value == value)
        #expect(amount.beside(.vi).text == beside)
        #expect(amount.beside(.vi).isError == (value == nil))
        #expect((FormState.basicIssue(form.fields[0]) == nil) == (value != nil))
        if value == nil {
            // The reason MoneyAmount gives: the forms to use, or that đồng have no fractional part (issue 15).
            let issue = FormState.basicIssue(form.fields[0])?.vi
            #expect(issue == MoneyAmount.problem(typed).vi)
            #expect(issue?.contains(typed.hasSuffix(",50") ? "không có phần lẻ" : "120 triệu") == true)
        }
    }

    @Test func amountKeepsTheCaretWhileEditing() {
        var amount = AmountField(nil, unit: .dong)
        var kill = ""
        for key: Key in [.char("5"), .char("0"), .paste(" triệu")] { _ = amount.handle(key, kill: &kill) }
        #expect(amount.value == 50_000_000)
        for _ in 0..<6 { _ = amount.handle(.left, kill: &kill) }
        _ = amount.handle(.char("0"), kill: &kill)
        #expect(amount.value == 500_000_000)
        #expect(amount.editor.window(width: 20).caretX == 3)
    }

    /// A pre-filled number is replaced by typing, not added to ("0" then "150" was "0150"
    /// shown as "0.150 %"); a percentage takes 0–100 only.
    @Test func typingReplacesAPrefilledNumberAndPercentStaysWithin100() {
        var percent = AmountField(0, unit: .percent)
        var kill = ""
        for character in "150" { _ = percent.handle(.char(character), kill: &kill) }
        #expect(percent.editor.text == "150")
        #expect(percent.value == 150)
        #expect(percent.issue == FormText.percentRange)
        for _ in 0..<3 { _ = percent.handle(.backspace, kill: &kill) }
        for character in "75%" { _ = percent.handle(.char(character), kill: &kill) }
        #expect(percent.value == 75)
        #expect(percent.issue == nil)

        var funding = AmountField(15_000_000, unit: .dong)
        #expect(funding.editor.text == "15.000.000")
        _ = funding.handle(.paste("20 triệu"), kill: &kill)
        #expect(funding.value == 20_000_000)
        // An editing key first keeps the number: the caret moves into it.
        var edited = AmountField(40, unit: .percent)
        _ = edited.handle(.left, kill: &kill)
        _ = edited.handle(.char("5"), kill: &kill)
        #expect(edited.editor.text == "450")
    }

    @Test(arguments: [
        ("2026-04-01", "2026-04-01"), ("01/04/2026", "2026-04-01"), ("1/4/2026", "2026-04-01"),
        (" 30/09/2026 ", "2026-09-30"), ("31/02/2026", nil), ("2026/04/01", nil), ("hôm nay", nil),
        // Issue 15: the Desk reads dates by the imports' grammar (DayText): four-digit years in range.
        ("01/04/26", nil), ("26-04-01", nil), ("0026-04-01", nil), ("01/04/2101", nil),
    ] as [(String, String?)])
    func dates(_ text: String, _ iso: String?) {
        #expect(DateInput.parse(text)?.iso == iso)
    }
}
