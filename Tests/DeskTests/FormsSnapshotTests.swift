import Procedure
import Terminal
import Testing
@testable import Desk

/// Golden text snapshots of every form at 80×24 and 120×40 (files in Snapshots/, rewritten
/// by `DEXUAT_UPDATE_SNAPSHOTS=1`), and role snapshots of a focused and an invalid field.
struct FormsSnapshotTests {
    /// A form, as it stands on screen when the snapshot is taken.
    struct Fixture: Sendable, CustomTestStringConvertible {
        var name: String
        var kind: ActionKind?
        var stage: ActionKind
        var officer: String
        var testDescription: String { name }
    }

    static let fixtures: [Fixture] = [
        Fixture(name: "new-dossier", kind: nil, stage: .editDraft, officer: FormsFx.staff),
        Fixture(name: "edit-dossier", kind: .editDraft, stage: .editDraft, officer: FormsFx.staff),
        Fixture(name: "receive", kind: .receive, stage: .receive, officer: FormsFx.clerk),
        Fixture(name: "return", kind: .returnForCompletion, stage: .returnForCompletion, officer: FormsFx.head),
        Fixture(name: "out-of-scope", kind: .outOfScope, stage: .outOfScope, officer: FormsFx.head),
        Fixture(name: "withdraw", kind: .withdraw, stage: .withdraw, officer: FormsFx.staff),
        Fixture(name: "party-opinion", kind: .partyOpinion, stage: .partyOpinion, officer: FormsFx.liaison),
        Fixture(name: "checklist", kind: .checklist, stage: .checklist, officer: FormsFx.deputy1),
        Fixture(name: "ballot", kind: .ballot, stage: .ballot, officer: FormsFx.head),
        Fixture(name: "decide", kind: .decide, stage: .decide, officer: FormsFx.head),
        Fixture(name: "resource", kind: .resource, stage: .resource, officer: FormsFx.head),
        Fixture(name: "progress", kind: .progress, stage: .progress, officer: FormsFx.staff),
        Fixture(name: "directive", kind: .directive, stage: .directive, officer: FormsFx.head),
        Fixture(name: "report", kind: .report, stage: .report, officer: FormsFx.staff),
        Fixture(name: "evaluate", kind: .evaluate, stage: .evaluate, officer: FormsFx.head),
        Fixture(name: "conclude", kind: .conclude, stage: .conclude, officer: FormsFx.head),
        Fixture(name: "measure", kind: .measure, stage: .measure, officer: FormsFx.head),
        Fixture(name: "member-evaluation", kind: .memberEvaluation, stage: .memberEvaluation, officer: FormsFx.deputy1),
    ]

    static let sizes = [(80, 24), (120, 40)]

    static func build(_ fixture: Fixture) throws -> FormState {
        guard let kind = fixture.kind else {
            var form = FormFactory.newDossier(context: FormsFx.context(nil, officer: fixture.officer))
            form.type("Tra cứu hộ tịch 戸籍 trực tuyến 📚")
            form.fill("necessity", "Người dân xếp hàng 📋 chờ tra cứu sổ giấy; tham khảo mô hình 戸籍謄本 của Nhật Bản, "
                      + "nơi bản trích lục được cấp trong ngày.\nCần tháo gỡ điểm nghẽn về giá trị pháp lý của bản số hóa.")
            form.fill("funding", "120000000")
            form.focus(fieldID: "necessity")
            return form
        }
        let run = try FormsRun.ready(for: fixture.stage)
        return try #require(FormFactory.form(for: kind, context: FormsFx.context(run.proposal, officer: fixture.officer)))
    }

    static func text(_ buffer: ScreenBuffer) -> String {
        let cursor = buffer.cursor.map { "\($0.x),\($0.y)" } ?? "none"
        return buffer.text().joined(separator: "\n") + "\n-- cursor " + cursor
    }

    @Test(arguments: fixtures)
    func everyFormAtBothSizes(_ fixture: Fixture) throws {
        for (width, height) in Self.sizes {
            var form = try Self.build(fixture)
            let buffer = form.screen(width, height)
            #expect(buffer.cursor != nil)
            FormsSnapshot.check(Self.text(buffer), named: "\(fixture.name)-\(width)x\(height)")
        }
    }

    @Test func evaluateInEnglish() throws {
        var form = try Self.build(Self.fixtures[14])
        form.choose("outcome", Outcome.notCompleted.rawValue)
        FormsSnapshot.check(Self.text(form.screen(120, 40, language: .en)), named: "evaluate-en-120x40")
    }

    /// A ballot sent empty: every item marked, the focus on the first, the message under it.
    @Test func invalidBallot() throws {
        var form = try Self.build(Self.fixtures[7])
        _ = form.handle(.ctrl("s"))
        let buffer = form.screen(80, 24)
        FormsSnapshot.check(Self.text(buffer), named: "checklist-invalid-80x24")
        FormsSnapshot.check(buffer.roleSnapshot(), named: "checklist-invalid-80x24.roles")
    }

    /// Roles of a focused text field, a focused choice and an invalid field.
    @Test func focusedAndInvalidRoles() throws {
        var form = try Self.build(Self.fixtures[3])   // return for completion: one text area
        let focused = form.screen(80, 24)
        FormsSnapshot.check(focused.roleSnapshot(), named: "return-focused-80x24.roles")
        _ = form.handle(.ctrl("s"))
        let invalid = form.screen(80, 24)
        FormsSnapshot.check(Self.text(invalid) + "\n" + invalid.roleSnapshot(), named: "return-invalid-80x24.roles")
        #expect(invalid.roleMap()[3].contains(.formFieldInvalid))
        #expect(invalid.roleMap().contains { $0.contains(.formError) })
    }
}
