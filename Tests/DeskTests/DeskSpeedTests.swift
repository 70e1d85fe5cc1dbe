import Foundation
import Testing
@testable import Desk
import Ledger
import Procedure
import Terminal

/// The Desk's fast paths (issue 5): the "waiting on me" count after the first frame, the
/// documents wrapped once per width and version, recently shown proposals kept while
/// moving. Each must never show something stale.
@Suite("Desk speed")
struct DeskSpeedTests {
    /// The Desk's clock, moved by hand: the idle recount waits 2 s after the last one.
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var date = DeskWard.now
        func now() -> Date { lock.withLock { date } }
        func advance(_ seconds: TimeInterval) { lock.withLock { date += seconds } }
    }

    @Test func theWaitingCountFollowsTheFirstFrame() throws {
        let fixture = try DeskFixture()
        let clock = Clock()
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: 120, height: 40, now: { clock.now() })
        // The first frame does not wait for it...
        #expect(app.state.waitingCount == -1)
        #expect(app.screenText.contains("cần xử lý … ·"))
        // ...the next one has it, and it is the real count.
        app.runUntilIdle()
        let real = try fixture.ledger.waitingOn(DeskWard.head).count
        #expect(real > 0)
        #expect(app.state.waitingCount == real)
        #expect(terminal.snapshot().text.contains("cần xử lý \(real) ·"))
        // Another officer's change makes it stale again; the next idle pass counts anew.
        let other = try fixture.openAgain()
        let draft = try #require(try fixture.ledger.allProposals().last { $0.state == .draft })
        try other.perform(.submit, on: draft.id, by: Actor(login: draft.proposer), at: DeskWard.now)
        #expect(app.poll(force: true))
        #expect(app.waitingStale)
        // The recount is throttled to one every 2 s of the Desk's clock: with the clock held
        // still it never comes, and the check held only while the submitted dossier happened
        // not to change the head's count (the demo ward of §7.3 made it change).
        clock.advance(3)
        app.runUntilIdle()
        #expect(app.state.waitingCount == (try fixture.ledger.waitingOn(DeskWard.head).count))
    }

    @Test func theWrappedDocumentFollowsAChangeAndAResize() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: 120, height: 40)
        app.runUntilIdle()
        let id = fixture.extras.poplar
        app.select(id, on: terminal)
        let width = DeskLayout.panes(for: app.state).detail.width - 2
        #expect(app.wrapped(.detail, width: width) == app.freshlyWrapped(.detail, width: width))
        #expect(app.screenText.contains("chờ vào sổ tiếp nhận"))

        // Another officer registers it: after the poll the detail says so (the cached
        // wrapping of the old version is gone).
        let other = try fixture.openAgain()
        try other.perform(.receive(receiptNumber: ""), on: id, by: Actor(login: DeskWard.clerk), at: DeskWard.now)
        #expect(app.poll(force: true))
        #expect(app.wrapped(.detail, width: width) == app.freshlyWrapped(.detail, width: width))
        #expect(app.screenText.contains("Đã tiếp nhận"))

        // Wider: wrapped again at the new width, no row wider than the pane.
        terminal.resize(width: 200, height: 50)
        app.runUntilIdle()
        let wide = DeskLayout.panes(for: app.state).detail.width - 2
        #expect(wide != width)
        let lines = app.wrapped(.detail, width: wide)
        #expect(lines == app.freshlyWrapped(.detail, width: wide))
        #expect(lines.allSatisfy { line in line.reduce(0) { $0 + DisplayWidth.width(of: $1.text) } <= wide })
    }

    @Test func aRenamedProposerShowsInTheInboxAfterAPoll() throws {
        let fixture = try DeskFixture()
        let (app, _) = try fixture.desk(as: DeskWard.head, width: 200, height: 50)
        app.runUntilIdle()
        let row = try #require(app.state.inbox.rows.first)
        // The kept "title — proposer" of the row, at a width where the name is not cut.
        #expect(app.inboxTitle(row, 400).hasSuffix(row.proposerName))
        let org = try fixture.ledger.organization()
        var officer = try #require(org.officer(row.proposer))
        officer.name = "Tên Mới Hoàn Toàn"
        let admin = try #require(org.grants.first { $0.role == .admin }?.login)
        try fixture.openAgain().save(officer, by: Actor(login: admin), at: DeskWard.now)
        #expect(app.poll(force: true))
        let renamed = try #require(app.state.inbox.rows.first { $0.id == row.id })
        #expect(renamed.version == row.version, "a rename does not change the proposal")
        #expect(app.inboxTitle(renamed, 400).hasSuffix("Tên Mới Hoàn Toàn"), "the kept row text was dropped with the change")
    }

    @Test func movingBackAndForthShowsWhatAFreshLoadShows() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: 200, height: 50)
        app.runUntilIdle()
        let first = app.screenText
        app.press(.char("j"), on: terminal)
        let second = app.screenText
        #expect(second != first)
        app.press(.char("k"), on: terminal)
        #expect(app.screenText == first, "from the cache, the same frame")
        app.press(.char("j"), on: terminal)
        #expect(app.screenText == second)

        // The row above changes in another session: moving back to it shows the change,
        // not the cached copy.
        let above = try #require(app.state.inbox.rows.first)
        let before = try #require(try fixture.ledger.proposal(above.id))
        let other = try fixture.openAgain()
        let actor: Actor
        let action: Action
        switch before.state {
        case .draft: (actor, action) = (Actor(login: before.proposer), .submit)
        case .inProgress: (actor, action) = (Actor(login: before.proposer), .progress(percent: 99, note: "Gần xong: kiểm thử lần cuối"))
        default: (actor, action) = (Actor(login: DeskWard.head), .directive(kind: .suspend, reason: "Tạm dừng để rà soát"))
        }
        let after = try? other.perform(action, on: above.id, by: actor, at: DeskWard.now)
        #expect(app.poll(force: true) == (after != nil))
        app.press(.char("k"), on: terminal)
        let fresh = try #require(try fixture.ledger.proposal(above.id))
        #expect(app.state.detail.proposal == fresh)
        #expect(app.state.detail.history.count == (try fixture.ledger.history(of: above.id)).count)
    }
}
