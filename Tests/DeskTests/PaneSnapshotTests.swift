import Foundation
import Testing
@testable import Desk
import Ledger
import Procedure
import Terminal

/// Golden text snapshots of every pane and overlay of the Desk, at 80×24 (tabs) and
/// 120×40 (three panes). See DeskFixtures.swift to record them again.
@Suite("Pane snapshots")
struct PaneSnapshotTests {
    static let sizes: [(Int, Int)] = [(80, 24), (120, 40)]

    @Test(arguments: sizes) func inbox(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: width, height: height)
        app.runUntilIdle()
        let text = app.screenText
        // The fixture's titles are on screen whole: Vietnamese, NFD typed, CJK and emoji.
        #expect(text.contains("Chiếu sáng đường phố"))
        #expect(text.contains("Trồng cây dương"))
        #expect(text.contains("試行 漢字"))
        #expect(text.contains("👍 Đề xuất ❤️"))
        Snapshots.check(app, "inbox")
        _ = terminal
    }

    @Test(arguments: sizes) func detailScrolledTopAndDown(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: width, height: height)
        app.select(fixture.extras.rich, on: terminal)
        app.press(.enter, on: terminal)
        #expect(app.state.focus == .detail)
        #expect(app.state.detail.proposal?.id == fixture.extras.rich)
        Snapshots.check(app, "detail-top")
        app.press(.pageDown, .char("j"), .char("j"), on: terminal)
        #expect(app.state.detail.scroll > 0)
        Snapshots.check(app, "detail-scrolled")
    }

    @Test(arguments: sizes) func detailOfTheFixtureTitles(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: width, height: height)
        app.select(fixture.extras.emoji, on: terminal)
        app.press(.char("2"), on: terminal)
        Snapshots.check(app, "detail-emoji")
    }

    @Test(arguments: sizes) func reviewPane(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: width, height: height)
        app.select(fixture.extras.street, on: terminal)
        app.press(.char("3"), on: terminal)
        #expect(app.state.focus == .review)
        Snapshots.check(app, "review")
    }

    @Test(arguments: sizes) func helpOverlay(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: width, height: height)
        app.press(.char("?"), on: terminal)
        Snapshots.check(app, "help")
    }

    @Test(arguments: sizes) func actionMenuOfTheHead(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: width, height: height)
        app.select(fixture.extras.street, on: terminal)
        app.press(.char("a"), on: terminal)
        guard case .actionMenu(let menu)? = app.state.overlays.last, case let items = menu.items else {
            Issue.record("no action menu")
            return
        }
        #expect(items.contains { $0.refusal != nil }, "greyed actions are listed with their reasons")
        // The greyed ones are folded under one line, which says how many.
        #expect(app.screenText.contains("▸ ") && app.screenText.contains("thao tác chưa thực hiện được"))
        Snapshots.check(app, "actions-head")
    }

    @Test(arguments: sizes) func actionMenuOfTheClerk(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.clerk, width: width, height: height)
        app.select(fixture.extras.street, on: terminal)
        app.press(.char("a"), on: terminal)
        guard case .actionMenu(let menu)? = app.state.overlays.last, case let items = menu.items else {
            Issue.record("no action menu")
            return
        }
        #expect(items.contains { $0.onBehalfOf != nil }, "the clerk records ballots and the Party opinion on behalf")
        Snapshots.check(app, "actions-clerk")
    }

    @Test(arguments: sizes) func filterPickerWithCounts(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: width, height: height)
        app.press(.char("f"), on: terminal)
        let text = app.screenText
        #expect(text.contains("Việc cần xử lý"))
        #expect(text.contains("Quá hạn"))
        Snapshots.check(app, "filter")
    }

    @Test(arguments: sizes) func searchPromptAndResults(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: width, height: height)
        app.press(.char("/"), on: terminal)
        app.type("đường", on: terminal)
        Snapshots.check(app, "search-prompt")
        app.press(.enter, on: terminal)
        #expect(app.state.inbox.search == "đường")
        Snapshots.check(app, "search-results")
    }

    @Test(arguments: sizes) func commandLineWithCompletions(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: width, height: height)
        app.press(.char(":"), on: terminal)
        app.type("fi", on: terminal)
        app.press(.tab, .tab, on: terminal)
        guard case .prompt(let prompt)? = app.state.overlays.last else {
            Issue.record("no command line")
            return
        }
        #expect(prompt.text == "filter ")
        #expect(prompt.completions.contains("filter mine"))
        Snapshots.check(app, "command-completions")
    }

    @Test(arguments: sizes) func confirmDialog(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        // The proposer of a draft: "Gửi đề xuất" needs no form, so the Desk asks y/N.
        let draft = try fixture.ledger.create(DeskWard.dossier(title: "Trồng cây dương ven sông Uông", necessity: "Bờ sông sạt lở."),
                                              by: Actor(login: DeskWard.staff2), at: DeskWard.now)
        let (app, terminal) = try fixture.desk(as: DeskWard.staff2, width: width, height: height)
        app.select(draft.id, on: terminal)
        app.press(.char(":"), on: terminal)
        app.type("action submit", on: terminal)
        app.press(.enter, on: terminal)
        guard case .confirm? = app.state.overlays.last else {
            Issue.record("no confirm dialog")
            return
        }
        Snapshots.check(app, "confirm")
        // No is the default: any other key leaves the proposal as it was.
        app.press(.enter, on: terminal)
        #expect(app.state.overlays.isEmpty)
        #expect(try fixture.ledger.proposal(draft.id)?.state == .draft)
    }

    @Test(arguments: sizes) func demoChooser(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let choices = try fixture.demoChoices()
        let (app, terminal) = try fixture.desk(width: width, height: height, chooser: choices)
        app.runUntilIdle()
        Snapshots.check(app, "chooser")
        let index = try #require(choices.firstIndex { $0.login == DeskWard.staff })
        for _ in 0..<index { app.press(.char("j"), on: terminal) }
        app.press(.enter, on: terminal)
        #expect(app.state.officer == DeskWard.staff)
        #expect(app.state.played)
    }

    @Test(arguments: [(79, 23), (60, 20), (80, 23), (79, 24)])
    func tooSmall(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, _) = try fixture.desk(width: width, height: height)
        app.runUntilIdle()
        let text = app.screenText
        #expect(text.contains("Cửa sổ quá nhỏ: \(width)×\(height)."))
        #expect(text.contains("80×24"))
        if (width, height) == (79, 23) || (width, height) == (60, 20) {
            Snapshots.check(app, "too-small")
        }
    }

    @Test(arguments: sizes) func inEnglish(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: width, height: height, language: .en)
        app.runUntilIdle()
        #expect(app.screenText.contains("Inbox"))
        Snapshots.check(app, "inbox-en")
        app.select(fixture.extras.street, on: terminal)
        app.press(.char("a"), on: terminal)
        #expect(app.screenText.contains("actions not available now"))
        Snapshots.check(app, "actions-head-en")
        app.press(.escape, .char("?"), on: terminal)
        Snapshots.check(app, "help-en")
    }

    // MARK: - Roles

    /// The selected row is marked by "›" and its own role, never by colour alone.
    @Test(arguments: sizes) func selectedRowRoles(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: width, height: height)
        app.press(.char("j"), on: terminal)
        let frame = app.render()
        let lines = frame.text()
        let rows = lines.indices.filter { lines[$0].contains("›") }
        #expect(rows.count == 1, "exactly one row carries the selection marker")
        guard let y = rows.first else { return }
        #expect(lines[y].contains(fixture.extras.poplar), "the second row, typed in NFD, is selected")
        let roles = frame.roleSnapshot().split(separator: "\n").filter { $0.hasPrefix("y\(y) ") }.joined(separator: "\n")
        #expect(roles.contains(" " + StyleRole.listRowSelected.rawValue))
        // The same row with colours gone: the marker is still there.
        let monochrome = frame.text()[y]
        #expect(monochrome.dropFirst().hasPrefix("›"))
        Snapshots.check(roles, "roles-selection-\(width)x\(height)")
    }

    /// An error in the status line has its role; its text stays in the status line.
    @Test(arguments: sizes) func errorMessageRoles(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: width, height: height)
        app.press(.char(":"), on: terminal)
        app.type("xyzzy", on: terminal)
        app.press(.enter, on: terminal)
        #expect(app.state.message?.kind == .error)
        let frame = app.render()
        let status = frame.text()[height - 1]
        #expect(status.contains("Không có lệnh \"xyzzy\""))
        let roles = frame.roleSnapshot().split(separator: "\n").filter { $0.hasPrefix("y\(height - 1) ") }.joined(separator: "\n")
        #expect(roles.contains(" " + StyleRole.statusError.rawValue))
        Snapshots.check(status + "\n" + roles, "roles-error-\(width)x\(height)")
    }
}
