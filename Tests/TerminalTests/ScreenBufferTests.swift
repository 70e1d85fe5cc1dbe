import Foundation
import Testing
@testable import Terminal

@Suite struct ScreenBufferTests {
    @Test func textAndRoleSnapshot() {
        var screen = ScreenBuffer(width: 20, height: 4)
        screen.put("Hộp thư", at: 1, y: 0, role: .paneTitle)
        screen.put("› 2025-014 漢字", at: 0, y: 1, role: .listRow)
        screen.restyle(Rect(x: 0, y: 1, width: 20, height: 1), role: .listRowSelected)
        screen.put("Lỗi: 👍", at: 0, y: 3, role: .statusError)
        #expect(screen.text() == [" Hộp thư", "› 2025-014 漢字", "", "Lỗi: 👍"])
        #expect(screen.roleSnapshot() == """
            y0 x1-7 pane.title
            y1 x0-19 list.row.selected
            y3 x0-6 status.error
            """)
        #expect(screen.roleMap()[3][5] == .statusError)
        #expect(screen[12, 1].isContinuation)
    }

    @Test func putReturnsColumnsAndClipsAtMaxWidth() {
        var screen = ScreenBuffer(width: 10, height: 1)
        #expect(screen.put("Nguyễn Văn An", at: 2, y: 0, maxWidth: 5) == 5)
        #expect(screen.text() == ["  Nguyễ"])
        #expect(screen.put("x", at: 0, y: 5) == 0)
    }

    @Test func neverHalfAWideCharacterAtTheEdge() {
        var screen = ScreenBuffer(width: 5, height: 2)
        screen.put("ab漢字", at: 0, y: 0)
        #expect(screen.text() == ["ab漢", ""])
        screen.put("漢字", at: 1, y: 1, maxWidth: 3)
        #expect(screen.text(trimmingTrailingSpaces: false)[1] == " 漢  ")
        #expect(!screen[3, 1].isContinuation)
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var screen = ScreenBuffer(width: 6, height: 1)
        screen.put("漢字漢", at: 0, y: 0)
        screen.put("x", at: 1, y: 0)
        #expect(screen.text() == [" x字漢"])
        screen.put("y", at: 2, y: 0)
        #expect(screen.text() == [" xy 漢"])
        #expect(!screen[3, 0].isContinuation)
    }

    @Test func nfdVietnameseTakesOneCellPerLetter() {
        var screen = ScreenBuffer(width: 12, height: 1)
        let nfd = "Tiếng Việt".decomposedStringWithCanonicalMapping
        #expect(screen.put(nfd, at: 0, y: 0) == 10)
        #expect(screen.text()[0].precomposedStringWithCanonicalMapping == "Tiếng Việt")
    }

    @Test func controlsAreSanitisedAndStyled() {
        var screen = ScreenBuffer(width: 20, height: 1)
        screen.put("a\u{1B}[31mb\u{9B}", at: 0, y: 0, role: .listRow)
        #expect(screen.text() == ["a␛[31mb\u{FFFD}"])
        #expect(screen[1, 0].role == .textControl)
        #expect(screen[2, 0].role == .listRow)
        #expect(screen[7, 0].role == .textControl)
    }

    @Test func orphanMarkIsShownOnADottedCircle() {
        var screen = ScreenBuffer(width: 5, height: 1)
        #expect(screen.put("\u{301}a\u{200B}", at: 0, y: 0) == 2)
        #expect(screen.text() == ["\u{25CC}\u{301}a"])
    }

    @Test func fillClearAndCursor() {
        var screen = ScreenBuffer(width: 4, height: 2)
        screen.fill(Rect(x: 1, y: 0, width: 10, height: 1), with: "─", role: .paneBorder)
        #expect(screen.text() == [" ───", ""])
        screen.cursor = (x: 1, y: 1)
        var other = screen
        #expect(other == screen)
        other.cursor = nil
        #expect(other != screen)
        screen.clear()
        #expect(screen.text() == ["", ""])
    }

    @Test func changesAreSpansOfDifferentCells() {
        var before = ScreenBuffer(width: 20, height: 3)
        before.put("Hộp thư đến", at: 0, y: 0)
        var after = before
        after.put("X", at: 2, y: 0)
        after.put("漢", at: 10, y: 2)
        #expect(after.changes(from: before) == [
            ScreenBuffer.Span(y: 0, x: 2, width: 1), ScreenBuffer.Span(y: 2, x: 10, width: 2),
        ])
        #expect(after.changedCellCount(from: before) == 3)
        #expect(after.changes(from: nil).count == 3)
        #expect(after.changes(from: ScreenBuffer(width: 5, height: 5)).count == 3)
    }
}
