import Foundation
import Testing
@testable import Desk
import Ledger
import Procedure
import Terminal

/// After a step the Desk stays where the officer was: a new draft is selected (so `a`
/// acts on it), and the filter the officer chose is kept.
@Suite("Desk selection after a step")
struct DeskSelectionTests {
    /// A new-dossier form already filled in: C-s creates the draft.
    static func filledForms(_ title: String) -> FormProvider {
        FormProvider(forAction: { _, _ in nil }, forNewDossier: { _ in
            FormState(title: Localized(vi: "Đề xuất mới", en: "New proposal"), fields: [],
                      build: { _ in [.editDraft(dossier: DeskWard.dossier(title: title, necessity: "Chưa có."))] })
        })
    }

    /// Whatever the filter or search in force, and wherever the selection was, the new
    /// draft is the selection, the detail and what `a` acts on.
    @Test(arguments: ["overdue", "state:closed", "search", "moved"])
    func aNewDraftIsSelected(_ before: String) throws {
        let fixture = try DeskFixture()
        let title = "Bản đồ số cây xanh khu phố"
        let (app, terminal) = try fixture.desk(as: DeskWard.staff, width: 120, height: 40, forms: Self.filledForms(title))
        app.runUntilIdle()
        switch before {
        case "search":
            app.press(.char("/"), on: terminal)
            app.type("chiếu sáng", on: terminal)
            app.press(.enter, on: terminal)
        case "moved":
            app.press(.char("j"), .char("j"), .char("j"), on: terminal)
        default:
            app.applyPreset(id: before)
            #expect(app.state.inbox.presetLabel != Localized(vi: "Tất cả", en: "All"), "the filter \(before) exists")
        }
        app.press(.char("c"), on: terminal)
        app.press(.ctrl("s"), on: terminal)
        let draft = try #require(try fixture.ledger.allProposals().last)
        #expect(draft.title == title)
        #expect(app.state.inbox.current?.id == draft.id)
        #expect(app.state.detail.proposal?.id == draft.id)
        app.press(.char("a"), on: terminal)
        guard case .actionMenu(let menu)? = app.state.overlays.last, case let items = menu.items else {
            Issue.record("no action menu")
            return
        }
        // The draft's own steps: its proposer submits it.
        #expect(items.contains { $0.kind == .submit && $0.refusal == nil })
        #expect(app.screenText.contains(draft.id))
    }

    /// Moves the selection down the filtered inbox to `id` (`:open` would leave the filter).
    static func move(_ app: DeskApp, _ terminal: VirtualTerminal, to id: String) {
        app.press(.char("1"), .char("g"), on: terminal)
        for _ in 0..<200 where app.state.inbox.current?.id != id { app.press(.char("j"), on: terminal) }
    }

    /// The officer's filter stays after a step, even when the proposal leaves it.
    @Test func theFilterIsKeptAfterAStep() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.clerk, width: 120, height: 40)
        app.runUntilIdle()
        app.applyPreset(id: "mine")
        #expect(app.state.inbox.preset == .waitingOnMe)
        Self.move(app, terminal, to: fixture.extras.poplar)
        #expect(app.state.inbox.current?.id == fixture.extras.poplar)
        app.press(.char(":"), on: terminal)
        app.type("action receive", on: terminal)
        app.press(.enter, .char("y"), on: terminal)
        #expect(app.state.message?.kind == .success)
        #expect(try fixture.ledger.proposal(fixture.extras.poplar)?.awaitingReceipt == false)
        #expect(app.state.inbox.preset == .waitingOnMe)
        #expect(app.screenText.contains("Việc cần xử lý"))
        #expect(app.state.message?.text.contains("không còn trong bộ lọc «Việc cần xử lý»") == true)

        // Another filter: the registered proposal stays in it, and selected.
        app.applyPreset(id: "state:received")
        Self.move(app, terminal, to: fixture.extras.cjk)
        #expect(app.state.inbox.current?.id == fixture.extras.cjk)
        app.press(.char(":"), on: terminal)
        app.type("action receive", on: terminal)
        app.press(.enter, .char("y"), on: terminal)
        #expect(app.state.inbox.preset == .state(.received))
        #expect(app.state.inbox.current?.id == fixture.extras.cjk)
    }
}
