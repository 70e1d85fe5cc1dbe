import Foundation
import Testing
@testable import Desk
import Ledger
import Procedure
import Terminal

/// The small defects of issue 11, each with the test that found it.
@Suite("Desk: small defects")
struct DeskSmallDefectTests {
    /// `:` completion listed "open" twice: a bound command and a command with an argument.
    @Test(arguments: ["", "o", "op", "l", "a", "f", "h", "q"])
    func completionListsEachNameOnce(_ typed: String) throws {
        let fixture = try DeskFixture()
        let (app, _) = try fixture.desk()
        app.runUntilIdle()
        let names = app.completions(typed)
        #expect(names.count == Set(names).count, "\(names)")
    }

    /// g and G go to the first and last choice of the filter picker, as in every list.
    @Test func gAndBigGMoveInTheFilterPicker() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: 120, height: 40)
        app.press(.char("f"), .char("G"), on: terminal)
        guard case .filterPicker(let picker)? = app.state.overlays.last, case let presets = picker.presets, case let last = picker.selected else {
            Issue.record("no filter picker")
            return
        }
        #expect(last == presets.count - 1)
        app.press(.char("g"), on: terminal)
        guard case .filterPicker(let picker)? = app.state.overlays.last, case let first = picker.selected else {
            Issue.record("no filter picker")
            return
        }
        #expect(first == 0)
        app.press(.end, .enter, on: terminal)
        #expect(app.state.inbox.preset == presets[presets.count - 1].kind)
    }

    /// A text longer than its box shows its last lines with a mark of the lines above
    /// (and, scrolled up, of the lines below).
    @Test func aLongTextFieldSaysWhatIsScrolledAway() {
        var form = FormState(title: Localized(vi: "T", en: "T"),
                             fields: [.area("note", Localized(vi: "Ghi chú", en: "Note"))], build: { _ in [] })
        for n in 1...10 {
            for character in "Dòng \(n)" { _ = form.handle(.char(character)) }
            if n < 10 { _ = form.handle(.enter) }
        }
        let text = form.screen(80, 24).text().joined(separator: "\n")
        #expect(text.contains("Dòng 10"))
        #expect(!text.contains("Dòng 1\n") && !text.contains("Dòng 1 "))
        #expect(text.contains("▲ còn 7 dòng phía trên"))
        for _ in 0..<9 { _ = form.handle(.up) }
        let top = form.screen(80, 24).text().joined(separator: "\n")
        #expect(top.contains("Dòng 1"))
        #expect(top.contains("▼ còn 7 dòng phía dưới"))
        #expect(!top.contains("▲"))
        #expect(form.screen(80, 24, language: .en).text().joined().contains("7 more lines below"))
    }

}

/// A field the form refuses blank is marked `*`: the decision number of an approval and
/// the reasons of a rejection were refused blank with no star.
@Suite("Forms: required fields are starred")
struct RequiredStarTests {
    static func labelLine(_ form: inout FormState, _ label: String) -> String {
        form.screen(120, 40).text().first { $0.contains(label) } ?? ""
    }

    @Test func theDecisionFormStarsWhatItRequires() throws {
        let run = try FormsRun.ready(for: .decide)
        var form = try #require(FormFactory.form(for: .decide, context: FormsFx.context(run.proposal, officer: FormsFx.head)))
        form.choose("kind", DecisionKind.approve.rawValue)
        // Issue 15: the number is never required: left empty, the register gives the next.
        #expect(!Self.labelLine(&form, "Số quyết định").contains("*"))
        form.fill("number", "")
        _ = form.handle(.ctrl("s"))
        #expect(form.field("number")?.message == nil)
        form.choose("kind", DecisionKind.reject.rawValue)
        #expect(!Self.labelLine(&form, "Số quyết định").contains("*"))
        #expect(Self.labelLine(&form, "Lý do").contains("Lý do *") == FormsFx.context(run.proposal, officer: FormsFx.head).settings.rejectionNeedsReasons)
    }
}
