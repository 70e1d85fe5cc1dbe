import Foundation
import Testing
@testable import Desk
import Ledger
import Procedure
import Terminal

/// Issue 16: a line move in the inbox at 200×50 sends only the cells that change (blanks
/// erased, short cursor moves), and the detail and review panes show the newly
/// selected proposal after every key — the same as a Desk opened on it afresh.
@Suite("Desk bytes per line move")
struct DeskLineMoveBytesTests {
    /// The right-hand panes (detail above, review below) of a frame, as text.
    static func rightPanes(_ app: DeskApp) -> [String] {
        let panes = DeskLayout.panes(for: app.state)
        let frame = app.render()
        return (panes.detail.y..<panes.review.maxY).map { y in
            var line = ""
            for x in panes.detail.x..<panes.detail.maxX where !frame[x, y].isContinuation { line.append(frame[x, y].character) }
            return line
        }
    }

    static func percentile(_ values: [Int], _ p: Double) -> Int {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1)]
    }

    @Test func aLineMoveAt200x50SendsLittleAndShowsTheNewProposal() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: 200, height: 50)
        app.runUntilIdle()
        let full = terminal.lastFrameBytes
        var bytes: [Int] = []
        var seen: Set<String> = []
        for move in 0..<40 {
            let before = app.state.inbox.current?.id
            app.press(move % 10 == 9 ? .char("k") : .char("j"), on: terminal)
            let id = try #require(app.state.inbox.current?.id)
            #expect(id != before, "move \(move) selected another row")
            seen.insert(id)
            bytes.append(terminal.lastFrameBytes)
            // The panes show the row now selected, as a Desk opened on it shows them.
            #expect(app.state.detail.proposal?.id == id)
            let shown = Self.rightPanes(app)
            #expect(shown.first?.contains(id) == true, "the detail's title names \(id)")
            if move % 4 == 0 {
                let (fresh, freshTerminal) = try fixture.desk(as: DeskWard.head, width: 200, height: 50)
                fresh.runUntilIdle()
                fresh.select(id, on: freshTerminal)
                #expect(fresh.state.detail.proposal?.id == id)
                #expect(Self.rightPanes(fresh) == shown, "move \(move) to \(id): the panes differ from a fresh load")
            }
        }
        #expect(seen.count >= 30)
        let p50 = Self.percentile(bytes, 50)
        let p90 = Self.percentile(bytes, 90)
        print("Desk 200×50 line moves on the 300-proposal demo: p50 \(p50) B, p90 \(p90) B, max \(bytes.max() ?? 0) B; full frame \(full) B")
        // 3,580 B with the writer that wrote every blank and moved by CUP alone; 3,032 B with
        // the header that took the rows its texts needed; 2,327 B with the header at a fixed
        // height, the review's table at the largest collective and the inbox by half pages
        // (the rest is the new proposal's own text).
        #expect(p50 <= 2600, "bytes per line move p50: \(p50)")
        #expect(p90 * 3 < full, "a line move sends far less than a full frame")
    }

    /// The loop draws the frame after a key once the proposal it selected is read (a
    /// "loading" frame would blank both panes and a second frame paint them again): one
    /// frame, and no "loading" in the bytes.
    @Test func theLoopDrawsTheNewProposalInTheFrameAfterTheKey() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: 200, height: 50)
        app.runUntilIdle()
        for _ in 0..<5 {
            let frames = terminal.frameCount
            terminal.resetOutput()
            terminal.enqueue(.char("j"))
            #expect(app.step(timeoutMilliseconds: 0))
            let id = try #require(app.state.inbox.current?.id)
            #expect(app.state.detail.proposal?.id == id)
            #expect(terminal.frameCount == frames + 1)
            #expect(Self.rightPanes(app).first?.contains(id) == true)
            #expect(!DeskSafetyTests.contains(terminal.output, "Đang tải"), "no loading frame was sent")
        }
    }

    /// A read slower than the wait still lets the frame out: "loading", then the proposal.
    /// (G: the row it lands on, the last loaded, was not read ahead.)
    @Test func aSlowReadStillShowsLoadingAndThenTheProposal() throws {
        let fixture = try DeskFixture()
        let gate = Gate()
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: 200, height: 50, beforeJob: { name in
            if name == "detail" { gate.pass() }
        })
        app.runUntilIdle()
        gate.close()
        terminal.enqueue(.char("G"))
        #expect(app.step(timeoutMilliseconds: 0))
        #expect(app.screenText.contains("Đang tải…"), "the key is answered though the read has not come")
        gate.open()
        app.settle()
        let id = try #require(app.state.inbox.current?.id)
        #expect(app.state.detail.proposal?.id == id)
        #expect(!app.screenText.contains("Đang tải…"))
    }

    /// Holds the worker's "detail" job until opened.
    final class Gate: @unchecked Sendable {
        private let condition = NSCondition()
        private var closed = false
        func close() { condition.lock(); closed = true; condition.unlock() }
        func open() { condition.lock(); closed = false; condition.broadcast(); condition.unlock() }
        func pass() {
            condition.lock()
            while closed { condition.wait() }
            condition.unlock()
        }
    }
}
