import Foundation
import Testing
@testable import Desk
import Ledger
import Procedure
import Terminal

/// The keys of the Desk, played on a virtual terminal over the demo ward.
@Suite("Desk keys")
struct DeskKeyTests {
    @Test func movementLoadsKeysetPagesDownToTheLastProposal() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: 120, height: 40)
        app.runUntilIdle()
        // Every proposal the head may read: all but other officers' drafts.
        let total = try fixture.ledger.allProposals().filter { $0.state != .draft || $0.proposer == DeskWard.head }.count
        let page = app.state.inbox.rows.count
        #expect(total > page, "the demo has more proposals than one page")
        #expect(app.state.inbox.hasMore)
        #expect(app.state.inbox.selected == 0)

        app.press(.char("j"), .char("j"), .down, on: terminal)
        #expect(app.state.inbox.selected == 3)
        app.press(.char("k"), .up, on: terminal)
        #expect(app.state.inbox.selected == 1)
        app.press(.char("g"), on: terminal)
        #expect(app.state.inbox.selected == 0)

        let step = app.pageStep
        app.press(.pageDown, on: terminal)
        #expect(app.state.inbox.selected == step)
        app.press(.ctrl("d"), on: terminal)
        #expect(app.state.inbox.selected == step + step / 2)
        app.press(.ctrl("u"), on: terminal)
        #expect(app.state.inbox.selected == step)
        app.press(.pageUp, on: terminal)
        #expect(app.state.inbox.selected == 0)

        // G goes to the last row loaded; near the end the next keyset page comes in.
        var presses = 0
        while app.state.inbox.hasMore && presses < 10 {
            app.press(.char("G"), on: terminal)
            presses += 1
        }
        app.press(.end, on: terminal)
        #expect(!app.state.inbox.hasMore)
        #expect(app.state.inbox.rows.count == total)
        #expect(Set(app.state.inbox.rows.map(\.id)).count == total, "no row is loaded twice")
        #expect(app.state.inbox.selected == total - 1)
        // The selection is on screen and the detail follows it.
        let last = app.state.inbox.rows[total - 1].id
        #expect(app.screenText.contains("› " + last))
        #expect(app.state.detail.proposal?.id == last)
        app.press(.home, on: terminal)
        #expect(app.state.inbox.selected == 0)
        #expect(app.state.inbox.top == 0)
    }

    @Test func panesSwitchWithTabBackTabAndDigits() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: 80, height: 24)
        app.runUntilIdle()
        func tabs() -> String { app.render().text()[0] }
        #expect(tabs().hasPrefix("[1 Hộp việc]"))
        app.press(.tab, on: terminal)
        #expect(app.state.focus == .detail)
        #expect(tabs().contains("[2 Chi tiết]"))
        app.press(.tab, on: terminal)
        #expect(app.state.focus == .review)
        #expect(tabs().contains("[3 Rà soát, biểu quyết]"))
        app.press(.tab, on: terminal)
        #expect(app.state.focus == .inbox)
        app.press(.backTab, on: terminal)
        #expect(app.state.focus == .review)
        app.press(.char("2"), on: terminal)
        #expect(app.state.focus == .detail)
        app.press(.char("1"), on: terminal)
        #expect(app.state.focus == .inbox)
        app.press(.char("3"), on: terminal)
        #expect(app.state.focus == .review)
        // Only the chosen tab is bracketed.
        #expect(tabs().filter { $0 == "[" }.count == 1)
        // In wide mode the focused pane has the heavy border and the ▶ mark.
        terminal.resize(width: 120, height: 40)
        app.press(.char("2"), on: terminal)
        #expect(app.screenText.contains("▶ Chi tiết"))
        #expect(!app.screenText.contains("▶ Hộp việc"))
    }

    @Test func enterOpensQGoesBackAndQuitsAtTheRoot() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: 80, height: 24)
        app.press(.char("j"), .enter, on: terminal)
        #expect(app.state.focus == .detail)
        #expect(app.state.detail.proposal?.id == fixture.extras.poplar)
        #expect(app.screenText.contains("Trồng cây dương"))
        app.press(.char("q"), on: terminal)
        #expect(app.state.focus == .inbox)
        #expect(!app.state.quitting)
        // q closes an overlay first.
        app.press(.char("?"), on: terminal)
        app.press(.char("q"), on: terminal)
        #expect(app.state.overlays.isEmpty)
        #expect(!app.state.quitting)
        // A search is one level too.
        app.press(.char("/"), on: terminal)
        app.type("duong", on: terminal)
        app.press(.enter, .char("q"), on: terminal)
        #expect(app.state.inbox.search == nil)
        #expect(!app.state.quitting)
        app.press(.char("q"), on: terminal)
        #expect(app.state.quitting)
    }

    @Test(arguments: [Key.char("Q"), Key.ctrl("c")])
    func bigQAndControlCQuit(key: Key) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: 80, height: 24)
        app.press(.char("2"), key, on: terminal)
        #expect(app.state.quitting)
        // From an overlay too.
        let (other, otherTerminal) = try fixture.desk(width: 80, height: 24)
        other.press(.char("?"), key, on: otherTerminal)
        #expect(other.state.quitting)
    }

    @Test func helpListsEveryBindingOfTheRegistry() throws {
        let fixture = try DeskFixture()
        for language in [Language.vi, .en] {
            let (app, terminal) = try fixture.desk(width: 200, height: 50, language: language)
            app.runUntilIdle()
            let registry = app.state.currentBoard.bindings(app.state) + GlobalCommands.bindings(app.state)
            app.press(.char("?"), on: terminal)
            // The whole help, page by page.
            var text = app.screenText
            for _ in 0..<6 {
                app.press(.pageDown, on: terminal)
                text += app.screenText
            }
            for binding in registry {
                #expect(text.contains(binding.label[language]), "help lacks \(binding.name)")
                let keys = binding.keysText
                #expect(text.contains(keys.isEmpty ? ":" + binding.name : keys), "help lacks the keys \(keys)")
            }
            // Unavailable ones say why.
            #expect(text.contains(language == .vi ? "Chưa tìm gì" : "No search yet"))
        }
        // At 80×24 the help scrolls to its end.
        let (small, terminal) = try fixture.desk(width: 80, height: 24)
        small.press(.char("?"), on: terminal)
        #expect(!small.screenText.contains("Tải lại dữ liệu"))
        small.press(.pageDown, .pageDown, .pageDown, on: terminal)
        #expect(small.screenText.contains("Tải lại dữ liệu"))
        small.press(.escape, on: terminal)
        #expect(small.state.overlays.isEmpty)
    }

    @Test func searchIgnoresAccentsUnlessTheQueryHasThem() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: 120, height: 40)
        func search(_ text: String) -> [String] {
            app.press(.char("/"), on: terminal)
            app.type(text, on: terminal)
            app.press(.enter, on: terminal)
            #expect(app.state.inbox.search == text.precomposedStringWithCanonicalMapping)
            return app.state.inbox.rows.map(\.id)
        }
        let loose = search("duong")
        #expect(loose.contains(fixture.extras.street))
        #expect(loose.contains(fixture.extras.poplar), "the NFD-typed title is found without accents")
        let exact = search("đường")
        #expect(exact.contains(fixture.extras.street))
        #expect(!exact.contains(fixture.extras.poplar), "dương is not đường")
        let poplar = search("dương")
        #expect(poplar.contains(fixture.extras.poplar))
        #expect(!poplar.contains(fixture.extras.street))
        // The same query typed in NFD is the same search.
        #expect(search("đường".decomposedStringWithCanonicalMapping) == exact)
        #expect(app.screenText.contains("/đường"))

        // n and N move through the results, wrapping.
        let results = app.state.inbox.rows
        #expect(results.count > 2)
        #expect(app.state.inbox.selected == 0)
        app.press(.char("n"), on: terminal)
        #expect(app.state.inbox.selected == 1)
        #expect(app.state.detail.proposal?.id == results[1].id)
        app.press(.char("N"), .char("N"), on: terminal)
        #expect(app.state.inbox.selected == results.count - 1)
        // Other searches: CJK and emoji titles.
        #expect(search("漢字").contains(fixture.extras.cjk))
        #expect(search("khen thưởng gia đình").contains(fixture.extras.emoji))
    }

    @Test func nAndBigNWithoutSearchSayWhy() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: 80, height: 24)
        app.press(.char("n"), on: terminal)
        #expect(app.state.inbox.selected == 0)
        #expect(app.state.message?.text == "Chưa tìm gì")
    }

    @Test func filterPickerAppliesAPreset() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: 120, height: 40)
        app.press(.char("f"), on: terminal)
        guard case .filterPicker(let picker)? = app.state.overlays.last, case let presets = picker.presets else {
            Issue.record("no filter picker")
            return
        }
        guard let overdue = presets.firstIndex(where: { $0.kind == .overdue }),
              let current = presets.firstIndex(where: { $0.kind == .all }) else {
            Issue.record("no overdue preset")
            return
        }
        let moves = overdue - current
        app.press(contentsOf: Array(repeating: moves < 0 ? Key.char("k") : Key.char("j"), count: abs(moves)), on: terminal)
        app.press(.enter, on: terminal)
        #expect(app.state.inbox.preset == .overdue)
        #expect(app.state.inbox.rows.count == presets[overdue].count)
        let today = Day.inVietnam(DeskWard.now)
        #expect(app.state.inbox.rows.allSatisfy { ($0.nextDue ?? today) < today })
        #expect(app.render().text()[0].contains("Hộp việc · Quá hạn (\(presets[overdue].count))"))

        // Each state and each unit is a preset too, with its count.
        #expect(presets.contains { if case .state(.draft) = $0.kind { true } else { false } })
        #expect(presets.contains { if case .unit("VHXH") = $0.kind { true } else { false } })
        // Waiting on me.
        app.press(.char("f"), on: terminal)
        app.press(contentsOf: Array(repeating: Key.char("k"), count: presets.count), on: terminal)
        app.press(.enter, on: terminal)
        #expect(app.state.inbox.preset == .waitingOnMe)
        #expect(app.state.inbox.rows.contains { $0.id == fixture.extras.street })
        #expect(app.screenText.contains("Việc cần xử lý"))
    }

    @Test func commandLineCompletesOpensAndSwitchesLanguage() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: 120, height: 40)
        app.press(.char(":"), on: terminal)
        app.type("fi", on: terminal)
        app.press(.tab, on: terminal)
        guard case .prompt(let prompt)? = app.state.overlays.last else {
            Issue.record("no command line")
            return
        }
        #expect(prompt.text == "filter ")
        #expect(app.render().text()[39] == ":filter")
        app.type("ov", on: terminal)
        app.press(.tab, .enter, on: terminal)
        #expect(app.state.inbox.preset == .overdue)

        // Several completions: the common prefix, and the list shown above the line.
        app.press(.char(":"), .char("s"), .tab, on: terminal)
        if case .prompt(let more)? = app.state.overlays.last {
            #expect(more.completions.contains("search"))
            #expect(more.completions.contains("search-next"))
        } else {
            Issue.record("the command line closed")
        }
        app.press(.escape, on: terminal)
        #expect(app.state.overlays.isEmpty)

        app.press(.char(":"), on: terminal)
        app.type("open " + fixture.extras.cjk, on: terminal)
        app.press(.enter, on: terminal)
        #expect(app.state.focus == .detail)
        #expect(app.state.detail.proposal?.id == fixture.extras.cjk)
        #expect(app.state.inbox.preset == .all)

        app.press(.char(":"), on: terminal)
        app.type("open 1999-999", on: terminal)
        app.press(.enter, on: terminal)
        #expect(app.state.message?.kind == .error)

        app.press(.char(":"), on: terminal)
        app.type("lang en", on: terminal)
        app.press(.enter, on: terminal)
        #expect(app.state.language == .en)
        let text = app.screenText
        #expect(text.contains("Inbox"))
        #expect(text.contains("Detail · " + fixture.extras.cjk))
        #expect(text.contains("Dossier"))
    }

    @Test func openFindsAProposalBeyondTheFirstPage() throws {
        let fixture = try DeskFixture()
        var query = ProposalQuery()
        query.limit = 1_000
        let oldest = try #require(try fixture.ledger.list(query).last?.id)
        let (app, terminal) = try fixture.desk(width: 120, height: 40)
        app.press(.char(":"), on: terminal)
        app.type("open " + oldest, on: terminal)
        app.press(.enter, on: terminal)
        #expect(!app.state.inbox.rows.prefix(app.pageSize).isEmpty)
        #expect(app.state.detail.proposal?.id == oldest)
        #expect(app.state.focus == .detail)
    }

    @Test func actionMenuListsAllowedActionsFirstThenGreyedWithReasons() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: 120, height: 40)
        app.select(fixture.extras.street, on: terminal)
        app.press(.char("a"), on: terminal)
        guard case .actionMenu(let menu)? = app.state.overlays.last else {
            Issue.record("no action menu")
            return
        }
        let allowed = menu.model.allowed, greyed = menu.model.greyed
        #expect(!allowed.isEmpty)
        // Received, nobody has voted: the head may vote; the decision waits for the vote,
        // and Procedure says so (what the menu offers, the workflow accepts).
        #expect(allowed.contains { $0.kind == .ballot })
        let decide = try #require(greyed.first { $0.kind == .decide })
        #expect(decide.refusal != nil)
        // Folded: one line says how many are not available; Tab shows them greyed with the reason.
        #expect(app.screenText.contains("▸ \(greyed.count) thao tác chưa thực hiện được"))
        app.press(.tab, on: terminal)
        let frame = app.render()
        let lines = frame.text()
        let text = decide.label.vi + " — " + (decide.refusal?.message(.vi) ?? "")
        guard let y = lines.firstIndex(where: { $0.contains(String(text.prefix(60))) }) else {
            Issue.record("no greyed decide on screen")
            return
        }
        #expect(frame.roleSnapshot().split(separator: "\n").contains { $0.hasPrefix("y\(y) ") && $0.hasSuffix(" " + StyleRole.menuItemDisabled.rawValue) })
        // Its key says why and does nothing.
        let key = try #require(decide.key)
        app.press(.char(key), on: terminal)
        #expect(app.state.message?.kind == .warning)
        #expect(app.state.message?.text == decide.refusal?.message(.vi))
        if case .actionMenu? = app.state.overlays.last {} else { Issue.record("the menu closed") }
        // Without a form for the step, an allowed step that needs input says so.
        let ballot = try #require(allowed.first { $0.kind == .ballot }?.key)
        app.press(.char(ballot), on: terminal)
        #expect(app.state.message?.kind == .error)
    }

    @Test func confirmYesPerformsTheStep() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.clerk, width: 80, height: 24)
        app.select(fixture.extras.poplar, on: terminal)
        app.press(.char(":"), on: terminal)
        app.type("action receive", on: terminal)
        app.press(.enter, .char("y"), on: terminal)
        #expect(app.state.overlays.isEmpty)
        #expect(app.state.message?.kind == .success)
        let after = try fixture.ledger.proposal(fixture.extras.poplar)
        #expect(after?.awaitingReceipt == false)
    }

    @Test func pasteInThePanesRunsNoCommand() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: 120, height: 40)
        app.press(.char("j"), on: terminal)
        let before = app.render()
        app.press(.paste("q?:Qjjjj/a\nfG"), on: terminal)
        #expect(!app.state.quitting)
        #expect(app.state.overlays.isEmpty)
        #expect(app.state.inbox.selected == 1)
        #expect(app.state.focus == .inbox)
        #expect(app.state.message?.kind == .warning)
        #expect(app.render().text()[2...37] == before.text()[2...37])
        // In the search prompt, a paste is text.
        app.press(.char("/"), .paste("đường\nphố"), on: terminal)
        if case .prompt(let prompt)? = app.state.overlays.last {
            #expect(prompt.text == "đường phố")
        } else {
            Issue.record("the prompt closed")
        }
    }

    @Test func resizeAtAnyMomentReLaysOut() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: 120, height: 40)
        app.runUntilIdle()
        let sizes = [(60, 20), (200, 50), (80, 24), (79, 23), (120, 40), (1, 1), (0, 0), (300, 100), (80, 24)]
        let moments: [[Key]] = [
            [], [.char("?")], [.char("a")], [.char("f")], [.char("/"), .char("đ")], [.char(":"), .char("o")],
            [.enter], [.char("3")], [.char("G")],
        ]
        for moment in moments {
            app.press(contentsOf: moment, on: terminal)
            for (width, height) in sizes {
                terminal.resize(width: width, height: height)
                app.runUntilIdle()
                let frame = try #require(terminal.lastFrame)
                #expect(frame.width == width && frame.height == height)
                #expect(app.state.size == TerminalSize(width: width, height: height))
                if width >= 80 && height >= 24 {
                    // The status line, or the prompt over it.
                    let last = frame.text()[height - 1]
                    #expect(last.hasPrefix("Dương") || last.hasPrefix("/") || last.hasPrefix(":"), "\(last)")
                } else if width >= 20 {
                    #expect(frame.text()[0].hasPrefix("Cửa sổ quá nhỏ"))
                }
            }
            app.press(.escape, .escape, on: terminal)
            app.state.overlays.removeAll()
        }
        // Back to 200×50 with the search typed in the prompt kept through the shrink.
        app.press(.char("/"), on: terminal)
        app.type("chiếu", on: terminal)
        terminal.resize(width: 60, height: 20)
        app.runUntilIdle()
        #expect(app.screenText.contains("Cửa sổ quá nhỏ"))
        terminal.resize(width: 200, height: 50)
        app.runUntilIdle()
        guard case .prompt(let prompt)? = app.state.overlays.last else {
            Issue.record("the prompt was lost in the resize")
            return
        }
        #expect(prompt.text == "chiếu")
        #expect(app.render().text()[49] == "/chiếu")
        #expect(app.inboxVisibleRows == 50 - 2 - 3)
    }
}

extension DeskApp {
    func press(contentsOf keys: [Key], on terminal: VirtualTerminal) {
        terminal.enqueue(keys)
        runUntilIdle()
    }
}
