import Foundation
import Testing
@testable import Desk
import Ledger
import Procedure
import Terminal

/// The boards of points 1 and 4: "Văn bản, quán triệt" (V) and "Kiểm tra, vướng mắc" (K),
/// on the demo ward (whose demo import adds the briefings, acknowledgements, inspections
/// and difficulty reports of `DemoOversight`).
@Suite("Oversight boards")
struct OversightBoardTests {
    static let sizes: [(Int, Int)] = [(80, 24), (120, 40)]
    static let inspector = "tvdung"     // VHXH, inspector only
    static let marketHead = "pvhai"     // head of BQLC: no text acknowledged in the demo
    static let marketClerk = "ltthao"   // clerk of BQLC

    // MARK: - Snapshots

    @Test(arguments: sizes) func libraryOfAnOfficerWhoHasReadNothing(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: Self.marketHead, width: width, height: height)
        app.press(.char("V"), on: terminal)
        #expect(app.state.board == .dissemination)
        let text = app.screenText
        #expect(text.contains("Văn bản, quán triệt"))
        #expect(text.contains("73/2023/NĐ-CP"))
        #expect(text.contains("x đã đọc"))
        Snapshots.check(app, "dissemination-library")
    }

    @Test(arguments: sizes) func coverageSeenByTheInspector(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: Self.inspector, width: width, height: height)
        app.press(.char("V"), .char("2"), on: terminal)
        let text = app.screenText
        #expect(text.contains("Tỷ lệ chung"))
        #expect(text.contains("Mọi đơn vị"))
        #expect(text.contains("BQLC") && text.contains("VHXH"))
        Snapshots.check(app, "dissemination-coverage")
        app.press(.pageDown, .pageDown, on: terminal)
        #expect(app.screenText.contains("Còn thiếu") || (app.disseminationBoard?.document.top ?? 0) > 0)
    }

    @Test(arguments: sizes) func briefings(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: width, height: height)
        app.press(.char("V"), .char("3"), on: terminal)
        #expect(app.screenText.contains("QT-2025-"))
        Snapshots.check(app, "dissemination-briefings")
    }

    @Test(arguments: sizes) func inspectionsWithAnOverdueRecommendation(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: Self.inspector, width: width, height: height)
        app.press(.char("K"), on: terminal)
        #expect(app.state.board == .oversight)
        // The TTPVHCC inspection has a recommendation past its due date.
        let rows = try #require(app.oversightBoard).inspections(app.state)
        let index = try #require(rows.firstIndex { $0.unitID == "TTPVHCC" })
        for _ in 0..<index { app.press(.char("j"), on: terminal) }
        let text = app.screenText
        #expect(text.contains("QUÁ HẠN"))
        #expect(text.contains("i ghi biên bản"))
        Snapshots.check(app, "oversight-inspections")
    }

    @Test(arguments: sizes) func difficultiesInEveryStatus(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: Self.inspector, width: width, height: height)
        app.press(.char("K"), .char("2"), on: terminal)
        let text = app.screenText
        #expect(text.contains("VM-2025-"))
        Snapshots.check(app, "oversight-difficulties")
    }

    @Test func theOversightBoardInEnglish() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: Self.inspector, width: 120, height: 40, language: .en)
        app.press(.char("K"), .char("2"), on: terminal)
        let text = app.screenText
        #expect(text.contains("Inspections and difficulties"))
        #expect(text.contains("Escalated") && text.contains("Status: Filed, with the Culture-Society office"))
        #expect(!text.contains("Kiểm tra, vướng mắc"))
        Snapshots.check(app, "oversight-difficulties-en")
        app.press(.char("V"), .char("2"), on: terminal)
        #expect(app.screenText.contains("Overall:"))
    }

    @Test(arguments: sizes) func theAcknowledgementForm(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: Self.marketHead, width: width, height: height)
        app.press(.char("V"), .char("j"), .char("j"), .char("j"), .char("j"), .char("x"), on: terminal)
        #expect(app.screenText.contains("Xác nhận đã đọc — 73/2023/NĐ-CP"))
        Snapshots.check(app, "dissemination-acknowledge-form")
    }

    @Test(arguments: sizes) func theDifficultyFormOfAUnit(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: Self.marketClerk, width: width, height: height)
        app.press(.char("K"), .char("2"), .char("f"), on: terminal)
        #expect(app.screenText.contains("Gửi báo cáo khó khăn, vướng mắc"))
        Snapshots.check(app, "oversight-difficulty-form")
    }

    // MARK: - Behaviour

    @Test func anOfficerAcknowledgesATextHimself() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: Self.marketHead)
        app.press(.char("V"), on: terminal)
        let text = try #require(app.disseminationBoard?.records.library.first)
        app.press(.char("x"), on: terminal)
        #expect(app.topBoardForm != nil)
        #expect(app.screenText.contains("Tôi đã đọc và nắm được nội dung"))
        // Sending without ticking the statement records nothing.
        app.press(.ctrl("s"), on: terminal)
        #expect(app.topBoardForm != nil)
        #expect(try fixture.ledger.oversightRecords().acknowledgements[OversightRecords.key(Self.marketHead, text.id)] == nil)
        app.press(.char(" "), .ctrl("s"), on: terminal)
        #expect(app.topBoardForm == nil)
        let ack = try fixture.ledger.oversightRecords().acknowledgements[OversightRecords.key(Self.marketHead, text.id)]
        #expect(ack?.statement == "Tôi đã đọc và nắm được nội dung")
        #expect(ack?.day == Day.inVietnam(DeskWard.now))
        #expect(app.screenText.contains("✓ Đã xác nhận: \"Tôi đã đọc và nắm được nội dung\""))
        // A second time is refused on the board, with the day it was done.
        app.press(.char("x"), on: terminal)
        #expect(app.topBoardForm == nil)
        #expect(app.state.message?.text == "Đã xác nhận đọc văn bản này ngày 05/01/2026")
        // (The fixture's tampered proposal is a finding of its own; the oversight tables agree.)
        #expect(try fixture.ledger.verify().problems.allSatisfy { if case .oversightDisagrees = $0 { false } else { true } })
    }

    @Test func formsAreOfferedOnlyToThoseWhoMayUseThem() throws {
        let fixture = try DeskFixture()
        // A staff member without a role: no briefing, no inspection, no difficulty to file.
        let (app, terminal) = try fixture.desk(as: DeskWard.staff)
        // The hint line draws an action he may not take greyed (it used to leave it out):
        // the same binding says why in `?` and when the key is pressed.
        app.press(.char("V"), on: terminal)
        let briefing = try #require(StatusBar.hints(app.state).first { $0.name == "briefing" })
        #expect(briefing.why != nil)
        #expect(app.render().text().joined().contains("b ghi hội nghị"))
        #expect(app.hintRoles(of: "b ghi hội nghị").allSatisfy { $0 == .textDisabled })
        app.press(.char("b"), on: terminal)
        #expect(app.topBoardForm == nil)
        #expect(app.state.message?.kind == .warning)
        #expect(app.state.message?.text == briefing.why?.vi)
        app.press(.char("K"), on: terminal)
        #expect(StatusBar.hints(app.state).first { $0.name == "inspection" }?.why != nil)
        #expect(app.hintRoles(of: "i ghi biên bản").allSatisfy { $0 == .textDisabled })
        app.press(.char("i"), on: terminal)
        #expect(app.topBoardForm == nil)
        app.press(.char("2"), .char("f"), on: terminal)
        #expect(app.topBoardForm == nil)
        #expect(app.screenText.contains("chỉ xem"))
        // He sees his own unit's records only.
        #expect(app.screenText.contains("Đơn vị VHXH"))
        // The inspector may record an inspection and a briefing.
        let (inspectorApp, inspectorTerminal) = try fixture.desk(as: Self.inspector)
        inspectorApp.press(.char("K"), .char("i"), on: inspectorTerminal)
        #expect(inspectorApp.topBoardFormKind == .inspection)
        inspectorApp.press(.escape, on: inspectorTerminal)
        #expect(inspectorApp.topBoardForm == nil)
        inspectorApp.press(.char("V"), .char("b"), on: inspectorTerminal)
        #expect(inspectorApp.topBoardFormKind == .briefing)
    }

    @Test func aUnitFilesADifficultyAndTheOfficeEscalatesIt() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: Self.marketClerk)
        app.press(.char("K"), .char("2"), on: terminal)
        // The market's own report only.
        #expect(try #require(app.oversightBoard).difficulties(app.state).allSatisfy { $0.unitID == "BQLC" })
        app.press(.char("f"), on: terminal)
        #expect(app.topBoardFormKind == .fileDifficulty)
        app.press(.tab, .char(" "), .tab, on: terminal)
        app.type("Chưa có phần mềm quản lý thu phí chợ", on: terminal)
        app.press(.ctrl("s"), on: terminal)
        #expect(app.topBoardForm == nil, "\(app.screenText)")
        let filed = try #require(try fixture.ledger.oversightRecords().difficulties.values.first { $0.text.contains("phần mềm quản lý thu phí") })
        #expect(filed.unitID == "BQLC" && filed.status == .filed && filed.category == .legal && filed.routedTo == "VHXH")
        // The clerk cannot escalate it.
        let clerkBoard = try #require(app.oversightBoard)
        let index = try #require(clerkBoard.difficulties(app.state).firstIndex { $0.id == filed.id })
        for _ in 0..<index { app.press(.char("j"), on: terminal) }
        app.press(.char("e"), on: terminal)
        #expect(app.topBoardForm == nil)

        let (office, officeTerminal) = try fixture.desk(as: Self.inspector)
        office.press(.char("K"), .char("2"), on: officeTerminal)
        let officeBoard = try #require(office.oversightBoard)
        let row = try #require(officeBoard.difficulties(office.state).firstIndex { $0.id == filed.id })
        for _ in 0..<row { office.press(.char("j"), on: officeTerminal) }
        #expect(office.oversightBoard?.selectedDifficulty(office.state)?.id == filed.id)
        office.press(.char("e"), on: officeTerminal)
        #expect(office.topBoardFormKind == .escalate(reportID: filed.id))
        office.press(.tab, on: officeTerminal)
        office.type("Đề nghị UBND phường hỗ trợ kinh phí", on: officeTerminal)
        office.press(.ctrl("s"), on: officeTerminal)
        #expect(office.topBoardForm == nil, "\(office.screenText)")
        let escalated = try fixture.ledger.oversightRecords().difficulties[filed.id]
        #expect(escalated?.status == .escalated)
        #expect(escalated?.escalation?.due == Day.inVietnam(DeskWard.now).adding(days: 10))
        // The unit sees the new status.
        app.press(.ctrl("r"), on: terminal)
        #expect(app.screenText.contains("Đã chuyển UBND phường"))
        // (The fixture's tampered proposal is a finding of its own; the oversight tables agree.)
        #expect(try fixture.ledger.verify().problems.allSatisfy { if case .oversightDisagrees = $0 { false } else { true } })
    }

    @Test func aRefusalOfTheLedgerStaysInTheForm() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: Self.inspector)
        app.press(.char("K"), .char("i"), on: terminal)
        // Scope and findings filled, the date set in the future: the domain refuses, the text stays.
        app.press(.char(" "), .tab, on: terminal)
        for _ in 0..<12 { app.press(.backspace, on: terminal) }
        app.type("01/01/2099", on: terminal)
        app.press(.tab, on: terminal)
        app.type("Phạm vi", on: terminal)
        app.press(.tab, on: terminal)
        app.type("Kết quả", on: terminal)
        let before = try fixture.ledger.oversightRecords().inspections.count
        app.press(.ctrl("s"), on: terminal)
        #expect(app.topBoardForm != nil)
        #expect(app.screenText.contains("Ngày ghi nhận không được sau ngày hôm nay"))
        #expect(app.topBoardForm?.form.values.text("scope") == "Phạm vi")
        #expect(try fixture.ledger.oversightRecords().inspections.count == before)
    }

    /// The worker replaces a queued job by a newer one of the same name (a reload may be
    /// coalesced): each form's record has a name of its own, so a write is never dropped.
    @Test func eachFormsRecordIsAJobOfItsOwn() throws {
        let fixture = try DeskFixture()
        let (app, _) = try fixture.desk(as: Self.inspector)
        var names: [String] = []
        for token in [1, 2] {
            for kind in [OversightFormKind.acknowledge(textID: "x"), .inspection] {
                let submission = FormSubmission(token: token, kind: nil, proposalID: nil, seenVersion: nil, onBehalfOf: nil, actions: [],
                                                values: FormValues(), tag: kind)
                for board in [Board.dissemination, .oversight] {
                    for case .job(let job) in OversightBoards.record(submission, on: board, app.state) { names.append(job.name) }
                }
            }
        }
        #expect(names.count == 8)
        // One name per form (its token), never a board's load.
        #expect(Set(names).count == 2)
        #expect(!names.contains(DisseminationBoard().load(app.state)?.name ?? ""))
        #expect(!names.contains(OversightBoard().load(app.state)?.name ?? ""))
        // A tag that is not a board's form records nothing.
        let stray = FormSubmission(token: 3, kind: nil, proposalID: nil, seenVersion: nil, onBehalfOf: nil, actions: [],
                                   values: FormValues(), tag: "not a form")
        #expect(OversightBoards.record(stray, on: .oversight, app.state).isEmpty)
    }

    /// Every byte in the database is hostile: the domain refuses controls in a report's
    /// text, but a tampered database may hold them. A report whose text carries a terminal
    /// escape, a bidirectional override and a NUL is drawn as placeholders (list and detail).
    @Test(arguments: [(80, 24), (120, 40)]) func hostileTextIsDrawnAsPlaceholders(width: Int, height: Int) throws {
        let fixture = try DeskFixture()
        let hostile = "Vướng mắc \u{1b}]0;pwn\u{07}\u{1b}[2J tiếp \u{202e}ngược\u{202c} \u{0} hết"
        let (app, terminal) = try fixture.desk(as: Self.inspector, width: width, height: height)
        app.press(.char("K"), .char("2"), on: terminal)
        var board = try #require(app.oversightBoard)
        var records = board.records
        let id = try #require(board.difficulties(app.state).first?.id)
        records.difficulties[id]?.text = hostile
        records.difficulties[id]?.unitID = "BQLC\u{1b}[31m"
        _ = board.receive(OversightLoaded(records: records, coverage: nil, seesAll: true), app.state)
        let body = DeskLayout.body(for: app.state)
        board.layout(body, app.state)
        var buffer = ScreenBuffer(size: app.state.size)
        board.draw(app.state, in: body, into: &buffer)
        let text = buffer.text().joined(separator: "\n")
        #expect(text.contains("tiếp"))
        #expect(text.contains(id))
        for control in ["\u{1b}", "\u{07}", "\u{202e}", "\u{202c}", "\u{0}"] {
            #expect(!text.contains(control), "\(control.unicodeScalars.first.map { String($0.value, radix: 16) } ?? "")")
        }
    }

    @Test func quittingWithATypedBoardFormAsksFirst() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: Self.marketClerk)
        app.press(.char("K"), .char("2"), .char("f"), .tab, .char(" "), .tab, on: terminal)
        app.type("Vướng mắc chưa lưu", on: terminal)
        #expect(app.state.hasDirtyForm)
        // C-c goes to the form first; Q on a too-small window must not drop the text either.
        terminal.resize(width: 60, height: 20)
        app.press(.char("Q"), on: terminal)
        let quitting = app.state.quitting
        #expect(!quitting)
        #expect(app.topBoardForm?.form.values.text("text") == "Vướng mắc chưa lưu")
    }

    /// The one form host: Esc on a typed board form asks y/N like every form (it used to
    /// arm a second Esc); No keeps everything typed, Yes drops it.
    @Test func escOnATypedBoardFormAsksYesOrNo() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: Self.marketClerk)
        app.press(.char("K"), .char("2"), .char("f"), .tab, .char(" "), .tab, on: terminal)
        app.type("Vướng mắc chưa lưu", on: terminal)
        app.press(.escape, on: terminal)
        guard case .confirm = app.state.overlays.last else {
            Issue.record("Esc did not ask: \(app.state.overlays.count) overlays")
            return
        }
        app.press(.char("n"), on: terminal)
        #expect(app.topBoardForm?.form.values.text("text") == "Vướng mắc chưa lưu")
        app.press(.escape, on: terminal)
        app.press(.escape, on: terminal)
        #expect(app.topBoardForm?.form.values.text("text") == "Vướng mắc chưa lưu", "a second Esc answers No")
        app.press(.escape, .char("y"), on: terminal)
        #expect(app.topBoardForm == nil)
        #expect(app.state.overlays.isEmpty)
        #expect(app.state.board == .oversight)
    }

    /// The board's form is owned by the board: recorded on the worker, the board reloads
    /// its records and the form closes; the same form of another board is not touched.
    @Test func theFormHostSendsTheSubmissionToTheBoardThatOpenedIt() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: Self.marketHead)
        app.press(.char("V"), .char("x"), on: terminal)
        let host = try #require(app.topBoardForm)
        let selected = try #require(app.disseminationBoard?.selectedText?.id)
        #expect(host.owner == .dissemination)
        #expect(host.tag as? OversightFormKind == .acknowledge(textID: selected))
        app.press(.char(" "), .ctrl("s"), on: terminal)
        #expect(app.topBoardForm == nil)
        #expect(app.state.message?.kind == .success)
        let id = try #require(app.disseminationBoard?.selectedText?.id)
        #expect(app.disseminationBoard?.records.acknowledgements[OversightRecords.key(Self.marketHead, id)] != nil)
    }
}

extension DeskApp {
    var disseminationBoard: DisseminationBoard? { state.boards[.dissemination] as? DisseminationBoard }
    var oversightBoard: OversightBoard? { state.boards[.oversight] as? OversightBoard }

    /// The form open on top, if any.
    var topBoardForm: FormHost? {
        if case .form(let host) = state.overlays.last { return host }
        return nil
    }

    /// What the open board form records.
    var topBoardFormKind: OversightFormKind? { topBoardForm?.tag as? OversightFormKind }

    /// The style roles of the cells where `text` is drawn (first occurrence on screen).
    func hintRoles(of text: String) -> [StyleRole] {
        let buffer = render()
        let rows = buffer.text()
        for (y, row) in rows.enumerated() {
            guard let range = row.range(of: text) else { continue }
            let start = DisplayWidth.width(of: String(row[..<range.lowerBound]))
            return (start..<(start + DisplayWidth.width(of: text))).map { buffer[$0, y].role }
        }
        return [.normal]
    }
}
