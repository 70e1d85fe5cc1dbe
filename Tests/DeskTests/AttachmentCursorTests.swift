import Foundation
import Ledger
import Procedure
import Terminal
import Testing
@testable import Desk

/// §7.8: Enter on an attachment's line opens it. Tab from the detail moves the keys into
/// its list of files (a cursor, `›` and a selected row); j/k move it; Enter opens a
/// text-like file in the pager (sanitised) and tells how to fetch any other; Tab goes on
/// to the review, Shift-Tab or q back to the text; Enter anywhere else still opens the
/// proposal. Every key is in the help and the hint line, in both languages.
@Suite struct AttachmentCursorTests {
    static let csv = "Hạng mục,Số tiền\nMáy quét tài liệu,18.000.000\nPhần mềm,12.500.000\n"

    /// The registered proposal with three files: a CSV, a PDF, and a text whose content
    /// carries escapes (a name with one is refused by `attach`; `AttachmentDetailTests`
    /// draws such a name).
    static func withFiles(_ fixture: DeskFixture) throws -> String {
        let id = fixture.extras.street
        let p = try #require(try fixture.ledger.proposal(id))
        let actor = Actor(login: p.proposer)
        try fixture.ledger.attach(to: id, step: nil, name: "du-toan.csv", mediaType: nil, data: Data(csv.utf8), by: actor, at: DeskWard.now)
        try fixture.ledger.attach(to: id, step: nil, name: "ban-ve.pdf", mediaType: nil, data: Data("%PDF-1.4\n".utf8), by: actor, at: DeskWard.now)
        try fixture.ledger.attach(to: id, step: nil, name: "ghi-chu.txt", mediaType: nil,
                                  data: Data("dòng một\n\u{1B}[2Jxoá màn hình\n".utf8), by: actor, at: DeskWard.now)
        return id
    }

    static func open(_ fixture: DeskFixture, _ id: String, height: Int = 40, language: Language = .vi) throws -> (DeskApp, VirtualTerminal) {
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: 120, height: height, language: language)
        app.runUntilIdle()
        app.select(id, on: terminal)
        #expect(app.state.detail.proposal?.id == id)
        return (app, terminal)
    }

    /// The screen's text from the attachment cursor's marker on ("› N. name…"); the
    /// inbox's selected row ("› 2026-…") is not one.
    static func cursorLine(_ app: DeskApp) -> String? {
        for line in app.screenText.split(separator: "\n") {
            var rest = line[...]
            while let marker = rest.range(of: "› ") {
                let after = line[marker.upperBound...]
                let digits = after.prefix { $0.isASCII && $0.isNumber }
                if !digits.isEmpty, after.dropFirst(digits.count).hasPrefix(". ") { return "› " + String(after) }
                rest = line[marker.upperBound...]
            }
        }
        return nil
    }

    @Test func tabEntersTheListAndEnterOpensTheFileUnderTheCursor() throws {
        let fixture = try DeskFixture()
        let id = try Self.withFiles(fixture)
        // 24 rows: the files are far below the top of the detail; the pane scrolls to them.
        let (app, terminal) = try Self.open(fixture, id, height: 24)
        app.press(.char("2"), on: terminal)
        #expect(app.state.proposals.focus == .detail && app.state.detail.attachmentList == nil)
        #expect(Self.cursorLine(app) == nil)
        app.press(.tab, on: terminal)
        #expect(app.state.proposals.focus == .detail)
        #expect(app.state.detail.attachmentList?.selected == 0)
        let first = try #require(Self.cursorLine(app), "\(app.screenText)")
        #expect(first.contains("› 1. du-toan.csv"), "\(first)")
        #expect(app.render().text().last(where: { $0.contains("Enter") })?.contains("Enter Mở tệp") == true, "\(app.screenText)")

        app.press(.enter, on: terminal)
        guard case .pager? = app.state.overlays.last else {
            Issue.record("Enter on the CSV's line opened no pager: \(app.screenText)")
            return
        }
        #expect(app.screenText.contains("Máy quét tài liệu,18.000.000") && app.screenText.contains("1. du-toan.csv"), "\(app.screenText)")
        app.press(.char("q"), on: terminal)
        #expect(app.state.overlays.isEmpty)
        #expect(app.state.detail.attachmentList?.selected == 0, "closing the pager leaves the cursor where it was")

        app.press(.char("j"), on: terminal)
        #expect(try #require(Self.cursorLine(app)).contains("› 2. ban-ve.pdf"))
        app.press(.enter, on: terminal)
        #expect(app.state.overlays.isEmpty, "a PDF is not shown as text")
        #expect(app.state.message?.text.contains("dexuat attachment get \(id) 2 > tệp") == true, "\(String(describing: app.state.message))")

        // The hostile text: its lines reach the screen only as placeholders.
        app.press(.char("j"), on: terminal)
        app.press(.enter, on: terminal)
        guard case .pager? = app.state.overlays.last else {
            Issue.record("no pager for the text: \(app.screenText)")
            return
        }
        let screen = app.screenText
        #expect(screen.contains("dòng một") && screen.contains("xoá màn hình"), "\(screen)")
        #expect(!screen.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" }, "\(screen.debugDescription)")
        app.press(.escape, on: terminal)

        // j at the last file stays there; k and g move back.
        app.press(.char("j"), on: terminal)
        #expect(app.state.detail.attachmentList?.selected == 2)
        app.press(.char("g"), on: terminal)
        #expect(try #require(Self.cursorLine(app)).contains("› 1. du-toan.csv"))
    }

    @Test func tabLeavesTheListForTheReviewAndShiftTabComesBack() throws {
        let fixture = try DeskFixture()
        let id = try Self.withFiles(fixture)
        let (app, terminal) = try Self.open(fixture, id)
        app.press(.char("2"), .tab, on: terminal)
        #expect(app.state.detail.attachmentList != nil)
        app.press(.tab, on: terminal)
        #expect(app.state.proposals.focus == .review && app.state.detail.attachmentList == nil)
        #expect(Self.cursorLine(app) == nil)
        app.press(.backTab, on: terminal)
        #expect(app.state.proposals.focus == .detail && app.state.detail.attachmentList?.selected == 0)
        app.press(.backTab, on: terminal)
        #expect(app.state.proposals.focus == .detail && app.state.detail.attachmentList == nil)
        app.press(.backTab, on: terminal)
        #expect(app.state.proposals.focus == .inbox)

        // q leaves the list for the detail's text; Enter there opens no file.
        app.press(.char("2"), .tab, .char("q"), on: terminal)
        #expect(app.state.proposals.focus == .detail && app.state.detail.attachmentList == nil)
        app.press(.enter, on: terminal)
        #expect(app.state.overlays.isEmpty && app.state.proposals.focus == .detail)
        #expect(app.state.message?.text.contains("attachment get") != true)

        // Enter in the inbox opens the proposal, as it always did.
        app.press(.char("1"), on: terminal)
        app.press(.enter, on: terminal)
        #expect(app.state.proposals.focus == .detail && app.state.detail.attachmentList == nil && app.state.overlays.isEmpty)

        // Another proposal: no cursor is carried over to it.
        app.press(.tab, on: terminal)
        #expect(app.state.detail.attachmentList != nil)
        app.select(fixture.extras.poplar, on: terminal)
        #expect(app.state.detail.attachmentList == nil)
    }

    @Test func aProposalWithoutFilesKeepsTabAsItWas() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try Self.open(fixture, fixture.extras.poplar)
        #expect(app.state.detail.attachments.isEmpty)
        app.press(.char("2"), .tab, on: terminal)
        #expect(app.state.proposals.focus == .review && app.state.detail.attachmentList == nil)
        app.press(.char(":"), on: terminal)
        app.type("open-attachment-line", on: terminal)
        app.press(.enter, on: terminal)
        #expect(app.state.message?.text.contains("Chưa chọn tệp") == true, "\(String(describing: app.state.message))")
    }

    @Test(arguments: [Language.vi, .en])
    func theHelpAndTheHintLineNameTheKeys(_ language: Language) throws {
        let fixture = try DeskFixture()
        let id = try Self.withFiles(fixture)
        let (app, terminal) = try Self.open(fixture, id, language: language)
        app.press(.char("2"), on: terminal)
        let tabHint = language == .vi ? "Tab Tệp đính kèm" : "Tab Attachments"
        #expect(app.screenText.contains(tabHint), "\(app.screenText)")
        app.press(.tab, on: terminal)
        #expect(app.screenText.contains(language == .vi ? "Enter Mở tệp" : "Enter Open file"), "\(app.screenText)")
        app.press(.char("?"), on: terminal)
        let help = app.screenText
        #expect(help.contains(language == .vi ? "Mở tệp đính kèm đang chọn" : "Open the selected attachment"), "\(help)")
        app.press(.escape, on: terminal)
        // Outside the list the help still lists it, with the way in.
        app.press(.char("1"), .char("?"), on: terminal)
        #expect(app.screenText.contains(language == .vi ? "Mở tệp đính kèm đang chọn" : "Open the selected attachment"), "\(app.screenText)")
    }

    /// 80×24, the panes as tabs: the list is reached and scrolled into view the same way.
    @Test func inNarrowTabsTheCursorIsScrolledIntoViewAndEnterOpens() throws {
        let fixture = try DeskFixture()
        let id = try Self.withFiles(fixture)
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: 80, height: 24)
        app.runUntilIdle()
        app.select(id, on: terminal)
        app.press(.char("2"), .tab, .char("G"), on: terminal)
        #expect(try #require(Self.cursorLine(app), "\(app.screenText)").contains("› 3. ghi-chu.txt"))
        #expect(app.screenText.contains("[2 Chi tiết]"), "\(app.screenText)")
        app.press(.char("k"), .char("k"), on: terminal)
        #expect(try #require(Self.cursorLine(app), "\(app.screenText)").contains("› 1. du-toan.csv"))
        app.press(.enter, on: terminal)
        #expect(app.screenText.contains("Phần mềm,12.500.000"), "\(app.screenText)")
    }

    @Test func theCursorMarksOnlyTheFilesRowsAsSelected() throws {
        let fixture = try DeskFixture()
        let id = try Self.withFiles(fixture)
        let (app, terminal) = try Self.open(fixture, id)
        app.press(.char("2"), .tab, .char("j"), on: terminal)
        let board = app.state.proposals
        let rows = try #require(board.detail.attachmentRows.indices.contains(1) ? board.detail.attachmentRows[1] : nil)
        let drawn = board.detailLinesDrawn
        for (index, line) in drawn.enumerated() {
            let selected = line.contains { $0.role == .listRowSelected }
            #expect(selected == rows.contains(index), "row \(index): \(line.map(\.text).joined())")
        }
        #expect(drawn[rows.lowerBound].map(\.text).joined().hasPrefix("› 2. ban-ve.pdf"))
    }
}

/// §7.8: the timeline of the detail (and of `show`) lists each attachment among the
/// proposal's events by its place in the chain.
@Suite struct AttachmentTimelineDocumentTests {
    @Test func theTimelineListsTheFilesAmongTheEvents() throws {
        let fixture = try DeskFixture()
        let id = fixture.extras.street
        let p = try #require(try fixture.ledger.proposal(id))
        let history = try fixture.ledger.history(of: id)
        try fixture.ledger.attach(to: id, step: nil, name: "du-toan.csv", mediaType: nil, data: Data("a,b\n".utf8),
                                  by: Actor(login: p.proposer), at: DeskWard.now)
        let files = try fixture.ledger.attachments(ofVisible: p)
        // A file placed between two events, as an older attachment would be.
        var early = try #require(files.first)
        early.seq = try #require(history.last?.seq) - 1
        early.number = 2
        early.name = "som.txt"
        for language in [Language.vi, .en] {
            let text = ProposalDocument.text(ProposalDocument.Inputs(
                proposal: p, history: history, organization: try fixture.ledger.organization(), settings: try fixture.ledger.settings(),
                calendar: try fixture.ledger.calendar(), today: Day.inVietnam(DeskWard.now), language: language, attachments: files + [early]))
            let timeline = try #require(text.components(separatedBy: "── " + DeskText.sectionTimeline[language]).last)
            let lines = timeline.split(separator: "\n").map(String.init)
            let label = DeskText.timelineAttachmentAdded[language]
            let late = try #require(lines.firstIndex { $0.contains(label + " 1. du-toan.csv") }, "\(timeline)")
            let before = try #require(lines.firstIndex { $0.contains(label + " 2. som.txt") }, "\(timeline)")
            #expect(late == lines.count - 1, "the newest event is last")
            #expect(before == lines.count - 3, "between the last two events: \(timeline)")
            #expect(lines[late].hasPrefix("#\(files[0].seq) "))
        }
    }
}
