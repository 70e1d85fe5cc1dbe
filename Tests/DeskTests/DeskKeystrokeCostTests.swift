import Foundation
import Testing
@testable import Desk
import Ledger
import Procedure
import Terminal

/// Issue 16, round four: what a line move costs. The inbox rows' texts are measured once
/// per row (never drawn stale), the detail's header keeps its height, the inbox scrolls by
/// half pages, and the next row is read ahead (never shown stale).
@Suite("Desk keystroke cost")
struct DeskKeystrokeCostTests {
    /// The frame drawn with every inbox row and every document row measured again (the
    /// prepared texts and windows dropped).
    static func uncachedFrame(_ app: DeskApp) -> ScreenBuffer {
        var state = app.state
        state.proposals.inbox.rowTexts = InboxRowTexts()
        state.proposals.detail.detailWindow = PreparedWindow()
        state.proposals.detail.reviewWindow = PreparedWindow()
        return DeskRenderer.render(state)
    }

    /// Whether the detail pane's prepared window is the one the frame draws.
    static func detailWindowInUse(_ app: DeskApp) -> Bool {
        let panes = DeskLayout.panes(for: app.state)
        let detail = app.state.proposals.detail
        return detail.detailWindow.matches(app.state.proposals.detailLinesDrawn, scroll: detail.detailList.top,
                                           height: panes.detail.height - 2, width: panes.detail.width - 2)
    }

    /// The inbox row of a proposal on screen, as text.
    static func inboxRow(_ app: DeskApp, _ id: String) -> String? {
        let panes = DeskLayout.panes(for: app.state)
        let frame = app.render()
        return (panes.inbox.y..<panes.inbox.maxY).lazy.map { y in
            var line = ""
            for x in panes.inbox.x..<panes.inbox.maxX where !frame[x, y].isContinuation { line.append(frame[x, y].character) }
            return line
        }.first { $0.contains(id) }
    }

    // MARK: - The inbox rows' texts

    @Test func preparedRowsDrawTheCellsOfTheStringsHostileTextIncluded() throws {
        let fixture = try DeskFixture()
        for (width, height) in [(80, 24), (120, 40), (200, 50)] {
            let (app, terminal) = try fixture.desk(width: width, height: height)
            app.runUntilIdle()
            app.select(fixture.extras.hostile, on: terminal)
            #expect(app.state.proposals.inbox.rowTexts.count > 0, "the layout pass prepared the rows in view")
            #expect(app.render() == Self.uncachedFrame(app), "\(width)×\(height)")
            // The hostile proposal in the detail pane, its rows prepared once.
            app.press(.char("2"), on: terminal)
            #expect(Self.detailWindowInUse(app))
            #expect(app.render() == Self.uncachedFrame(app), "\(width)×\(height), the hostile detail")
            app.press(.pageDown, .char("j"), .char("1"), on: terminal)
            #expect(app.render() == Self.uncachedFrame(app), "\(width)×\(height), the detail scrolled")
            app.press(.char("j"), .char("j"), .pageDown, .char("k"), on: terminal)
            #expect(app.render() == Self.uncachedFrame(app), "\(width)×\(height) after moving")
            if width == 200 { #expect(Self.detailWindowInUse(app)) }
        }
    }

    @Test func aNewVersionOfAProposalIsDrawnInItsRow() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: 200, height: 50)
        app.runUntilIdle()
        let id = fixture.extras.poplar
        app.select(id, on: terminal)
        let before = try #require(Self.inboxRow(app, id))
        #expect(before.contains("Đã gửi, chờ vào"))
        // Another officer registers it: the row (state column) says so after the poll.
        let other = try fixture.openAgain()
        try other.perform(.receive(receiptNumber: ""), on: id, by: Actor(login: DeskWard.clerk), at: DeskWard.now)
        #expect(app.poll(force: true))
        let after = try #require(Self.inboxRow(app, id))
        #expect(after != before)
        #expect(after.contains("Đã tiếp nhận"))
        #expect(app.render() == Self.uncachedFrame(app))
    }

    @Test func anotherLanguageAndAnotherWidthRedrawTheRows() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: 200, height: 50)
        app.runUntilIdle()
        let id = fixture.extras.poplar
        app.select(id, on: terminal)
        #expect(try #require(Self.inboxRow(app, id)).contains("Đã gửi, chờ vào"))
        app.apply([.run("lang", argument: "en")])
        app.runUntilIdle()
        let english = try #require(Self.inboxRow(app, id))
        #expect(!english.contains("Đã gửi, chờ vào"), "the state column is in English: \(english)")
        #expect(app.render() == Self.uncachedFrame(app))
        // Narrower: the titles are cut at the new width (the state column drops).
        let wide = english
        terminal.resize(width: 120, height: 40)
        app.runUntilIdle()
        let narrow = try #require(Self.inboxRow(app, id))
        #expect(narrow != wide)
        #expect(DisplayWidth.width(of: narrow) == DeskLayout.panes(for: app.state).inbox.width)
        #expect(app.render() == Self.uncachedFrame(app))
    }

    @Test func anotherThemeDrawsTheSameRowsInItsOwnLook() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: 200, height: 50)
        app.runUntilIdle()
        let colour = terminal.snapshot()
        // The rows' prepared texts carry no look: the roles come from the drawing, the
        // colours from the theme the terminal has now.
        terminal.theme = .builtInMonochrome
        terminal.resetOutput()
        terminal.present(app.render())
        let mono = terminal.snapshot()
        #expect(mono.text == colour.text)
        #expect(mono.roles == colour.roles)
        #expect(!terminal.output.isEmpty, "the frame is drawn again in the new theme")
        #expect(app.render() == Self.uncachedFrame(app))
    }

    // MARK: - The detail's header at a fixed height

    @Test func theHeaderKeepsItsRowsAndCutsNothing() {
        func line(_ label: String, _ value: String) -> StyledLine { [Span(label + ": ", .formLabel), Span(value)] }
        let fields = ["Trạng thái", "Người đề xuất", "Đơn vị", "Đơn vị xem xét", "Lĩnh vực"].map { line($0, "x") }
        let short: [StyledLine] = [[Span("2026-000001  ", .textEmphasis), Span("Ngắn", .textEmphasis)]] + fields
        let received = short + [line("Số tiếp nhận", "1/TN, 05/01/2026"), [Span("⚠ Một lưu ý dài " + String(repeating: "chữ ", count: 30), .noticeWarning)]]
        let width = 100
        let a = DetailHeader.wrap(short[...], width: width)
        let b = DetailHeader.wrap(received[...], width: width)
        // Title two rows, six rows of fields, two of notices: the same height with or
        // without the receipt and a notice of two rows.
        #expect(a.count == DetailHeader.titleRows + ProposalDocument.headerFields + DetailHeader.noticeRows)
        #expect(b.count == a.count)
        for (index, row) in a.enumerated() where index >= DetailHeader.titleRows && index < DetailHeader.titleRows + 5 {
            #expect(row == b[index], "the field of row \(index) is in the same place")
        }
        // A longer title, more notices: the header grows, nothing is cut.
        let long: [StyledLine] = [[Span("2026-000002  ", .textEmphasis), Span(String(repeating: "Tiêu đề rất dài ", count: 20), .textEmphasis)]]
            + Array(received.dropFirst()) + [[Span("⚠ " + String(repeating: "nữa ", count: 40), .noticeWarning)]]
        let c = DetailHeader.wrap(long[...], width: width)
        #expect(c.count > a.count)
        let words = c.flatMap { $0.flatMap { $0.text.split(separator: " ") } }
        #expect(words.filter { $0 == "Tiêu" }.count == 20)
        #expect(words.filter { $0 == "nữa" }.count == 40)
    }

    @Test func aLineMoveKeepsTheDetailsLabelsInPlace() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: 200, height: 50)
        app.runUntilIdle()
        var rows: [String: Set<Int>] = [:]
        for _ in 0..<12 {
            app.press(.char("j"), on: terminal)
            let shown = DeskLineMoveBytesTests.rightPanes(app)
            for label in ["Trạng thái:", "Người đề xuất:", "Đơn vị:", "Đơn vị xem xét:", "Lĩnh vực:"] {
                if let y = shown.firstIndex(where: { $0.contains("│" + label) || $0.contains("┃" + label) }) { rows[label, default: []].insert(y) }
            }
        }
        for (label, ys) in rows {
            #expect(ys.count == 1, "\(label) moved between rows \(ys.sorted())")
        }
        #expect(rows.count == 5)
    }

    // MARK: - The inbox scrolls by half pages

    @Test func theInboxScrollsByHalfAPageAndOtherListsByARow() {
        var inbox = ListState(count: 100, scrollsByHalfPage: true)
        inbox.fit(10)
        for _ in 0..<10 { inbox.move(1) }
        #expect(inbox.selected == 10)
        #expect(inbox.top == 5, "leaving the view by a row moves it by half a page")
        for _ in 0..<4 { inbox.move(1) }
        #expect(inbox.top == 5, "then the rows in view are kept")
        inbox.move(-10)
        #expect(inbox.selected == 4)
        #expect(inbox.top == 0)
        // A long move still lands as before: the selection at the bottom.
        inbox.apply("page-down")
        inbox.apply("page-down")
        #expect(inbox.selected == 24)
        #expect(inbox.top == 15)
        inbox.apply("bottom")
        #expect(inbox.top == 90)

        var menu = ListState(count: 100)
        menu.fit(10)
        for _ in 0..<10 { menu.move(1) }
        #expect(menu.top == 1, "other lists scroll row by row")
    }

    // MARK: - The next row read ahead

    @Test func theNextRowIsReadAheadAndAJShowsItAtOnce() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: 200, height: 50)
        app.runUntilIdle()
        for _ in 0..<5 {
            let next = app.state.inbox.rows[app.state.inbox.selected + 1]
            #expect(app.state.proposals.detailCache[ProposalsBoard.detailKey(next, app.state)] != nil, "\(next.id) was read ahead")
            // The key is handled and the frame drawn with no job for the selection.
            terminal.enqueue(.char("j"))
            #expect(app.step(timeoutMilliseconds: 0))
            #expect(!app.worker.busy.contains("detail"))
            #expect(app.state.detail.proposal?.id == next.id)
            #expect(DeskLineMoveBytesTests.rightPanes(app).first?.contains(next.id) == true)
            // Wrapped on the worker at the pane's width, as the layout pass wraps it.
            let width = DeskLayout.panes(for: app.state).detail.width - 2
            #expect(app.state.proposals.detail.detailWrapped.width == width)
            #expect(app.state.proposals.detail.detailWrapped.lines == app.freshlyWrapped(.detail, width: width))
            app.settle()
        }
    }

    @Test func aReadAheadWaitsForTheFrameOfTheKey() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: 200, height: 50)
        app.runUntilIdle()
        // The key handled, its frame not yet drawn: the next read ahead is held back...
        app.send(.key(.char("j")))
        #expect(app.afterFrame.contains { $0.name == ProposalsBoard.readAheadJob })
        #expect(!app.worker.busy.contains(ProposalsBoard.readAheadJob))
        // ...and handed to the worker once the frame is presented.
        let frames = terminal.frameCount
        terminal.enqueue(.char("j"))
        #expect(app.step(timeoutMilliseconds: 0))
        #expect(terminal.frameCount == frames + 1)
        #expect(app.afterFrame.isEmpty)
        app.settle()
        let next = app.state.inbox.rows[app.state.inbox.selected + 1]
        #expect(app.state.proposals.detailCache[ProposalsBoard.detailKey(next, app.state)] != nil)
    }

    @Test func theRowsAPageAwayAreReadAheadToo() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: 200, height: 50)
        app.runUntilIdle()
        app.press(.char("j"), .char("j"), on: terminal)
        for key in [Key.pageDown, .pageUp] {
            let list = app.state.inbox.list
            let target = app.state.inbox.rows[list.selected + (key == .pageDown ? list.page : -list.page)]
            #expect(app.state.proposals.detailCache[ProposalsBoard.detailKey(target, app.state)] != nil, "\(target.id) was read ahead")
            terminal.enqueue(key)
            #expect(app.step(timeoutMilliseconds: 0))
            #expect(!app.worker.busy.contains("detail"))
            #expect(app.state.detail.proposal?.id == target.id)
            app.settle()
        }
    }

    @Test func aRowReadAheadThenChangedElsewhereIsShownInItsNewVersion() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: 200, height: 50)
        app.runUntilIdle()
        // The row before the emoji proposal (submitted, not yet registered) selected: the
        // emoji one is read ahead.
        let id = fixture.extras.emoji
        let index = try #require(app.state.inbox.rows.firstIndex { $0.id == id })
        try #require(index > 0)
        app.select(app.state.inbox.rows[index - 1].id, on: terminal)
        let next = app.state.inbox.rows[app.state.inbox.selected + 1]
        #expect(next.id == id)
        let ahead = ProposalsBoard.detailKey(next, app.state)
        #expect(app.state.proposals.detailCache[ahead]?.proposal.state == .received)
        #expect(app.state.proposals.detailCache[ahead]?.proposal.awaitingReceipt == true)
        // Another officer registers it: after the poll, j shows it registered, as a Desk
        // opened afresh on it does.
        let other = try fixture.openAgain()
        try other.perform(.receive(receiptNumber: ""), on: id, by: Actor(login: DeskWard.clerk), at: DeskWard.now)
        #expect(app.poll(force: true))
        app.press(.char("j"), on: terminal)
        #expect(app.state.detail.proposal?.id == id)
        #expect(app.state.detail.proposal?.awaitingReceipt == false)
        #expect(app.screenText.contains("Số tiếp nhận:"))
        let fresh = try fixture.desk(as: DeskWard.head, width: 200, height: 50)
        fresh.0.runUntilIdle()
        fresh.0.select(id, on: fresh.1)
        #expect(DeskLineMoveBytesTests.rightPanes(fresh.0) == DeskLineMoveBytesTests.rightPanes(app))
    }

    @Test func keysThatReachTheRowBeingReadAheadWaitForItNotForASecondRead() throws {
        let fixture = try DeskFixture()
        let gate = DeskLineMoveBytesTests.Gate()
        let reads = Counter()
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: 200, height: 50, beforeJob: { name in
            if name == "detail" { reads.add() }
            if name == ProposalsBoard.readAheadJob { gate.pass() }
        })
        app.runUntilIdle()
        let start = app.state.inbox.selected
        let target = app.state.inbox.rows[start + 2].id
        gate.close()
        // Two keys before a frame: the first lands on the row read ahead, whose showing
        // asks for the next one ahead; the second lands on that one while it is read.
        terminal.enqueue(.char("j"), .char("j"))
        let before = reads.value
        #expect(app.step(timeoutMilliseconds: 0))
        #expect(app.state.inbox.current?.id == target)
        #expect(app.screenText.contains("Đang tải…"), "the read ahead is held: the frame says it is on its way")
        gate.open()
        app.settle()
        #expect(app.state.detail.proposal?.id == target)
        #expect(!app.screenText.contains("Đang tải…"))
        #expect(reads.value == before, "the row was read once, ahead, not a second time")
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
