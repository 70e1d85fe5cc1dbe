import Procedure
import Terminal
import Testing
@testable import Desk

/// Navigation, dirtiness, validation and refusals of `FormState`, on small forms.
struct FormsStateTests {
    private func sample() -> FormState {
        FormState(
            title: Localized(vi: "Mẫu", en: "Sample"),
            fields: [
                .line("name", Localized(vi: "Tên", en: "Name"), required: true),
                .area("body", Localized(vi: "Nội dung", en: "Body")),
                .choice("pick", Localized(vi: "Chọn", en: "Pick"), [
                    ChoiceOption(id: "a", label: Localized(vi: "A", en: "A")),
                    ChoiceOption(id: "b", label: Localized(vi: "B", en: "B")),
                ]),
                .note("info", Localized(vi: "Ghi chú", en: "Note")),
                .date("when", Localized(vi: "Ngày", en: "Date"), nil),
                .area("extra", Localized(vi: "Thêm", en: "Extra"), required: true, when: .choice("pick", is: "b")),
            ],
            check: { values in
                values.text("name") == "xấu" ? [FormIssue(fieldID: "name", message: Localized(vi: "Tên xấu", en: "Bad name"))] : []
            },
            refusalFields: [.reasonRequired: ["body"], .causesRequired: ["body", "extra"]],
            build: { values in [.withdraw(reason: values.text("name") + "|" + values.text("body") + "|" + (values.day("when")?.iso ?? "-"))] })
    }

    @Test func tabAndArrowsMoveBetweenFieldsAndSkipNotes() {
        var form = sample()
        #expect(form.focusedFieldID == "name")
        #expect(form.handle(.tab) == .handled)
        #expect(form.focusedFieldID == "body")
        _ = form.handle(.ctrl("n"))
        #expect(form.focusedFieldID == "pick")
        _ = form.handle(.down)
        #expect(form.focusedFieldID == "when")       // the note takes no focus, "extra" is hidden
        _ = form.handle(.tab)
        #expect(form.focusedFieldID == "name")       // wraps around
        _ = form.handle(.backTab)
        #expect(form.focusedFieldID == "when")
        _ = form.handle(.ctrl("p"))
        _ = form.handle(.up)
        #expect(form.focusedFieldID == "body")
        _ = form.handle(.enter)                      // a newline in a text area
        #expect(form.focusedFieldID == "body")
        #expect(form.field("body")?.editableText == "\n")
        _ = form.handle(.up)                         // up a row inside the area
        #expect(form.focusedFieldID == "body")
        _ = form.handle(.up)                         // the first row: leaves the area
        #expect(form.focusedFieldID == "name")
        _ = form.handle(.enter)                      // a single line: next field
        #expect(form.focusedFieldID == "body")
    }

    @Test func choiceCyclesAndShowsHiddenFields() {
        var form = sample()
        form.focus(fieldID: "pick")
        _ = form.handle(.char(" "))
        #expect(form.values.choice("pick") == "a")
        _ = form.handle(.right)
        #expect(form.values.choice("pick") == "b")
        #expect(form.values.byID["extra"] != nil)
        _ = form.handle(.left)
        #expect(form.values.choice("pick") == "a")
        #expect(form.values.byID["extra"] == nil)
        #expect(form.handle(.char("q")) == .handled)   // swallowed: never reaches the app's "quit"
        #expect(form.handle(.char("?")) == .notHandled)
    }

    @Test func escapeCancelsCleanAndAsksWhenDirty() {
        var form = sample()
        #expect(form.isDirty == false)
        #expect(form.handle(.escape) == .cancel)
        form.type("A")
        #expect(form.isDirty)
        #expect(form.handle(.escape) == .askDiscard)
        _ = form.handle(.backspace)
        #expect(form.isDirty == false)
    }

    @Test func pasteInsertsAndNeverSubmits() {
        var form = sample()
        #expect(form.handle(.paste("a\nb\u{13}")) == .handled)
        #expect(form.field("name")?.editableText == "a b\u{13}")
        form.focus(fieldID: "pick")
        #expect(form.handle(.paste("x")) == .handled)
        #expect(form.values.choice("pick") == nil)
    }

    @Test func invalidFieldsGetTheirMessageAndTheFocus() {
        var form = sample()
        form.fill("when", "31/02/2026")
        form.choose("pick", "b")
        #expect(form.handle(.ctrl("s")) == .handled)
        #expect(form.field("name")?.message == FormText.required)
        #expect(form.field("when")?.message == FormText.badDate)
        #expect(form.field("extra")?.message == FormText.required)
        #expect(form.field("body")?.message == nil)
        #expect(form.focusedFieldID == "name")
        #expect(form.formMessage == FormText.fixFields)
        // The message sits right under its field.
        let lines = form.screen(80, 24).text()
        let label = lines.firstIndex { $0.contains("Tên *") }
        #expect(label.map { lines[$0] } == "›✗Tên *")
        #expect(label.map { lines[$0 + 2] } == "    ✗ Bắt buộc nhập")
        // Typing clears that field's message only.
        form.type("xấu")
        #expect(form.field("name")?.message == nil)
        #expect(form.field("when")?.message == FormText.badDate)
        // The form's own check.
        form.fill("when", "1/4/2026")
        form.fill("extra", "thêm")
        #expect(form.handle(.function(10)) == .handled)
        #expect(form.field("name")?.message?.vi == "Tên xấu")
        form.fill("name", "Tốt")
        form.fill("body", "e\u{302}\u{301}")
        #expect(form.handle(.ctrl("s")) == .submit([.withdraw(reason: "Tốt|ế|2026-04-01")]))
    }

    @Test func refusalsGoToTheirFields() {
        var form = sample()
        form.showRefusal(Refusal(.reasonRequired))
        #expect(form.field("body")?.message == Localized(vi: Rule.reasonRequired.message.vi, en: Rule.reasonRequired.message.en))
        #expect(form.focusedFieldID == "body")
        #expect(form.formMessage == nil)
        form.choose("pick", "b")
        form.showRefusal(Refusal(.causesRequired))
        #expect(form.field("extra")?.message != nil)
        form.showRefusal(Refusal(.staleVersion, detail: "pp1.vhxh"))
        #expect(form.formMessage?.vi == Rule.staleVersion.message.vi + ": pp1.vhxh")
        let lines = form.screen(80, 24).text()
        #expect(lines[1] == "  ✗ " + Rule.staleVersion.message.vi + ": pp1.vhxh")
    }

    @Test func controlEEditsExternallyAndSetTextComesBack() {
        var form = sample()
        form.focus(fieldID: "body")
        form.type("Nội dung")
        #expect(form.handle(.ctrl("e")) == .editExternally(fieldID: "body", text: "Nội dung"))
        form.setText("Dòng 1\nDòng 2", forField: "body")
        #expect(form.values.text("body") == "Dòng 1\nDòng 2")
        form.setText("Một\nHai", forField: "name")
        #expect(form.values.text("name") == "Một Hai")
        form.focus(fieldID: "pick")
        #expect(form.handle(.ctrl("e")) == .notHandled)
    }

    @Test func cursorSitsOnTheCaretAndTheFocusedFieldStaysVisible() {
        var form = sample()
        form.type("戸籍ab")
        let buffer = form.screen(80, 24)
        let row = buffer.text().firstIndex { $0.contains("戸籍ab") }
        #expect(buffer.cursor?.y == row)
        #expect(buffer.cursor?.x == 4 + 6)
        // A tall form scrolled to its last field at 80×10.
        var tall = FormState(title: Localized(vi: "Dài", en: "Long"),
                             fields: (0..<12).map { .line("f\($0)", Localized(vi: "Trường \($0)", en: "Field \($0)")) },
                             build: { _ in [] })
        for _ in 0..<11 { _ = tall.handle(.tab) }
        let small = tall.screen(80, 10)
        #expect(small.text().contains { $0.contains("Trường 11") })
        #expect(small.cursor?.y == 8)
        #expect(small.text()[9].hasSuffix("↑"))
    }
}
