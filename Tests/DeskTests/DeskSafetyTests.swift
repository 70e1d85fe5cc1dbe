import Foundation
import Testing
@testable import Desk
import Ledger
import Procedure
import Terminal

/// No byte of the data reaches the terminal as a control: the tampered proposal's
/// escapes, C1 CSI and bidi controls are drawn as placeholders.
@Suite("Desk safety")
struct DeskSafetyTests {
    /// The escape sequences our own writer sends: CSI, parameters, one final byte.
    static let ownFinals: Set<UInt8> = Set("HmJhlCGdXK".utf8)

    /// Where a byte stream has a control byte that does not start one of our own
    /// sequences, or one of the data's sequences; nil when it is clean.
    static func firstForeignControl(in bytes: [UInt8]) -> String? {
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x1B {
                guard i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "[") else { return "ESC not followed by [ at \(i)" }
                var j = i + 2
                while j < bytes.count, (0x30...0x3F).contains(bytes[j]) { j += 1 }
                guard j < bytes.count, ownFinals.contains(bytes[j]) else { return "foreign CSI sequence at \(i)" }
                i = j + 1
                continue
            }
            if byte < 0x20 || byte == 0x7F { return String(format: "control byte 0x%02X at %d", byte, i) }
            if byte == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) {
                return String(format: "C1 control U+00%02X at %d", bytes[i + 1], i)
            }
            i += 1
        }
        return nil
    }

    static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return false }
        for start in 0...(bytes.count - pattern.count) where bytes[start] == pattern[0] {
            if Array(bytes[start..<(start + pattern.count)]) == pattern { return true }
        }
        return false
    }

    static func expectClean(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!bytes.isEmpty, sourceLocation: sourceLocation)
        #expect(firstForeignControl(in: bytes) == nil, sourceLocation: sourceLocation)
        for needle in ["\u{1B}[31m", "\u{1B}]8;", "\u{1B}]52;", "\u{1B}\\", "\u{9B}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{202C}", "\u{07}", "\u{7F}"] {
            #expect(!contains(bytes, needle), "the output holds \(needle.unicodeScalars.map { String(format: "U+%04X", $0.value) })",
                    sourceLocation: sourceLocation)
        }
    }

    @Test func theCheckerCatchesRawData() {
        // The checker itself: our own sequences pass, the data's do not.
        #expect(Self.firstForeignControl(in: Array("\u{1B}[0;1;31m\u{1B}[3;4H\u{1B}[?25lok\u{1B}[2J".utf8)) == nil)
        #expect(Self.firstForeignControl(in: Array("\u{1B}[5C\u{1B}[12G\u{1B}[7dok\u{1B}[40X\u{1B}[K".utf8)) == nil)
        #expect(Self.firstForeignControl(in: Array("a\u{1B}]52;c;SGVsbG8=\u{07}".utf8)) != nil)
        #expect(Self.firstForeignControl(in: Array("a\u{9B}2J".utf8)) != nil)
        #expect(Self.firstForeignControl(in: Array("a\u{1B}[1P".utf8)) != nil)
        #expect(Self.firstForeignControl(in: Array("a\u{1B}[2L".utf8)) != nil)
        #expect(Self.firstForeignControl(in: Array("\u{07}".utf8)) != nil)
    }

    @Test func theTamperedRowReallyHoldsControls() throws {
        let fixture = try DeskFixture()
        let proposal = try #require(try fixture.ledger.proposal(fixture.extras.hostile))
        #expect(proposal.title == DeskWard.hostileTitle)
        #expect(proposal.dossier.necessity == DeskWard.hostileBody)
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 50)])
    func hostileTextReachesTheTerminalOnlyAsPlaceholders(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: width, height: height)
        app.runUntilIdle()
        // Shown in the inbox, selected (and in the detail pane when wide)...
        app.select(fixture.extras.hostile, on: terminal)
        #expect(app.state.inbox.current?.id == fixture.extras.hostile)
        var text = terminal.snapshot().text
        #expect(text.contains("Tấn công ␛[31mĐỎ␛[0m �2J ␛]8;;http://x␛\\liên"))
        // ...then opened, scrolled and its actions listed.
        app.press(.enter, on: terminal)
        text = terminal.snapshot().text
        #expect(text.contains("Dòng một ␛[31mđỏ␛[0m"))
        #expect(text.contains("Dòng hai �31m và ␛]52;c;SGVsbG8=␇"))
        #expect(text.contains("�abc �xyz�"))
        #expect(text.contains("␡"))
        #expect(text.contains("␀"))
        app.press(.char("j"), .pageDown, .char("g"), .char("a"), .escape, .char("3"), .char("1"), on: terminal)
        // A search shows it in the status line's count and in the inbox again.
        app.press(.char("/"), on: terminal)
        app.type("tấn công", on: terminal)
        app.press(.enter, on: terminal)
        Self.expectClean(terminal.output)

        // Every row of every frame stays inside its pane: no placeholder pushes a border out.
        for line in app.render().text() {
            #expect(DisplayWidth.width(of: line) <= width, "a line overflows: \(line)")
        }
        if (width, height) != (200, 50) {
            app.select(fixture.extras.hostile, on: terminal)
            app.press(.char("2"), on: terminal)
            Snapshots.check(app, "detail-hostile")
        }
    }

    @Test func placeholdersHaveTheirRoleAndTheBordersHold() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: 80, height: 24)
        app.select(fixture.extras.hostile, on: terminal)
        let frame = app.render()
        let lines = frame.text()
        let y = try #require(lines.firstIndex { $0.contains("Tấn công") })
        #expect(lines[y].hasSuffix("┃"), "the row ends at its border")
        #expect(frame.roleSnapshot().split(separator: "\n").contains { $0.hasPrefix("y\(y) ") && $0.hasSuffix(" " + StyleRole.textControl.rawValue) })
    }
}

/// Another officer's change shows without a keypress.
@Suite("Desk live updates")
struct DeskLiveTests {
    @Test func anotherSessionsChangeShowsAfterAPoll() throws {
        let fixture = try DeskFixture()
        let clock = TestClock()
        // The proposer's own draft: only they see it until it is submitted.
        let id = try fixture.ledger.create(DeskWard.dossier(title: "Sổ tay điện tử cho tổ dân phố", necessity: "Tra cứu chậm."),
                                           by: Actor(login: DeskWard.staff2), at: DeskWard.now).id
        let (app, terminal) = try fixture.desk(as: DeskWard.staff2, width: 120, height: 40, now: { clock.now })
        app.runUntilIdle()
        func row() -> ProposalSummary? { app.state.inbox.rows.first { $0.id == id } }
        #expect(row()?.state == .draft)

        // Another officer, another connection: the proposer submits.
        let other = try fixture.openAgain()
        try other.perform(.submit, on: id, by: Actor(login: DeskWard.staff2), at: DeskWard.now)
        #expect(app.poll(force: true))
        #expect(row()?.state != .draft)
        #expect(row()?.awaitingReceipt == true)

        // The clerk registers it: a normal poll within the interval does not look...
        try other.perform(.receive(receiptNumber: ""), on: id, by: Actor(login: DeskWard.clerk), at: DeskWard.now)
        _ = app.poll()
        #expect(row()?.awaitingReceipt == true)
        // ...two seconds later it does, and the frame shows it without a key.
        clock.advance(by: 2)
        #expect(app.poll())
        #expect(row()?.state == .received)
        #expect(row()?.awaitingReceipt == false)
        let frames = terminal.frameCount
        terminal.present(app.render())
        #expect(terminal.frameCount == frames + 1)
        app.select(id, on: terminal)
        #expect(app.screenText.contains("Đã tiếp nhận"))
        #expect(app.state.waitingCount >= 1)

        // Nothing changed: nothing reloads.
        clock.advance(by: 2)
        let rows = app.state.inbox.rows
        _ = app.poll()
        #expect(app.state.inbox.rows == rows)
    }

    @Test func twoDesksOnOneFileSeeEachOther() throws {
        let fixture = try DeskFixture()
        let clerkLedger = try fixture.openAgain()
        let (head, headTerminal) = try fixture.desk(as: DeskWard.head, width: 120, height: 40)
        let (clerk, clerkTerminal) = try fixture.desk(as: DeskWard.clerk, width: 80, height: 24, ledger: clerkLedger)
        head.select(fixture.extras.poplar, on: headTerminal)
        // The clerk registers it in their Desk; the head's Desk sees it on its next poll.
        clerk.select(fixture.extras.poplar, on: clerkTerminal)
        clerk.press(.char(":"), on: clerkTerminal)
        clerk.type("action receive", on: clerkTerminal)
        clerk.press(.enter, .char("y"), on: clerkTerminal)
        #expect(clerk.state.message?.kind == .success)
        #expect(head.state.detail.proposal?.awaitingReceipt == true)
        #expect(head.poll(force: true))
        #expect(head.state.detail.proposal?.awaitingReceipt == false)
        #expect(head.state.detail.proposal?.id == fixture.extras.poplar, "the selection is kept through the reload")
    }
}

/// Numbers for the report, printed, not timed.
@Suite("Desk measurements")
struct DeskMeasureTests {
    @Test func fullRedrawAndOneLineMoveAt200x50() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: 200, height: 50)
        app.runUntilIdle()
        let full = terminal.lastFrameBytes
        let runs = 20
        let start = DispatchTime.now()
        for _ in 0..<runs {
            let theme = terminal.theme
            terminal.theme = theme // forgets the last frame: the next present is a full redraw
            terminal.present(app.render())
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6 / Double(runs)
        #expect(terminal.lastFrameBytes == full)

        app.press(.char("j"), on: terminal)
        let move = terminal.lastFrameBytes
        #expect(move > 0)
        #expect(move * 4 < full, "a line move sends far less than a full frame")
        print(String(format: "Desk 200×50: full redraw (render + present) %.2f ms, %d bytes; one line move (j) %d bytes",
                     elapsed, full, move))
    }
}
