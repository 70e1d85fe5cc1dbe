import Foundation
import Testing
@testable import Desk
import Ledger
import Procedure
import Terminal

/// A switch the test flips: while it is on, the worker's proposal reads take two seconds.
final class SlowSwitch: @unchecked Sendable {
    private let lock = NSLock()
    private var on = false
    private(set) var slowed = 0

    func set(_ value: Bool) { lock.lock(); on = value; lock.unlock() }

    /// The worker's hook: a 2 s job, standing for a year's dashboard at a million proposals.
    func before(_ job: String) {
        lock.lock()
        let slow = on && job == "detail"
        if slow { slowed += 1 }
        lock.unlock()
        if slow { Thread.sleep(forTimeInterval: 2) }
    }
}

/// The loop of the Desk (issue 11): messages in, state updated, effects out, the Ledger's
/// work on one background worker.
@Suite("Desk loop")
struct DeskLoopTests {
    /// A key is answered — the state changed and a frame drawn — while a 2 s job runs on the
    /// worker: typing never waits on the database.
    @Test(.tags(.slow, .timing), .skippedInFastLoop) func aKeyIsAnsweredWhileASlowEffectRuns() throws {
        let fixture = try DeskFixture()
        let slow = SlowSwitch()
        let (app, terminal) = try fixture.desk(width: 120, height: 40, beforeJob: { slow.before($0) })
        app.runUntilIdle()
        let first = try #require(app.state.inbox.current?.id)
        slow.set(true)
        // G: the selection moves at once; the proposal it lands on (the last row loaded, too
        // far to have been read ahead) is read on the worker (2 s).
        var started = Date()
        app.send(.key(.char("G")))
        #expect(Date().timeIntervalSince(started) < 0.5)
        let second = try #require(app.state.inbox.current?.id)
        #expect(second != first)
        #expect(app.worker.busy.contains("detail"))
        // While it runs: more keys, each answered and drawn at once.
        for key in [Key.tab, .char("3"), .char("1"), .char("?"), .escape] {
            started = Date()
            app.send(.key(key))
            _ = app.render()
            let took = Date().timeIntervalSince(started)
            #expect(took < 0.5, "\(key) took \(took) s with the worker busy")
        }
        #expect(app.worker.busy.contains("detail"), "the slow job was still running: the keys did not wait for it")
        #expect(app.screenText.contains("Đang tải…"), "the panes say the proposal is on its way")
        // When it is done, the proposal is there.
        slow.set(false)
        app.settle()
        #expect(app.state.detail.proposal?.id == second)
        #expect(slow.slowed >= 1)
        _ = terminal
    }

    /// Inside a form, `?`-help (F1) shows the form's keys: save, leave, $EDITOR, the fields
    /// and readline keys — not the inbox's.
    @Test(arguments: [Language.vi, .en])
    func helpInsideAFormShowsTheFormsKeys(_ language: Language) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.staff, width: 120, height: 40, language: language, forms: .standard)
        app.runUntilIdle()
        app.press(.char("c"), .function(1), on: terminal)
        guard case .help(let help)? = app.state.overlays.last else {
            Issue.record("no help over the form")
            return
        }
        let first = try #require(help.sections.first)
        let names = Set(first.bindings.map(\.name))
        #expect(names.isSuperset(of: ["save", "leave", "editor"]))
        let text = app.screenText
        for expected in ["C-s F10", "Esc", "C-e", "Tab S-Tab", "C-k C-u C-w"] {
            #expect(text.contains(expected), "help lacks \(expected)")
        }
        #expect(text.contains(DeskText.editExternally[language]))
        #expect(!text.contains(DeskText.newProposal[language]), "the inbox's keys are not the form's")
        // q closes the help; the form is still there with nothing lost.
        app.press(.char("q"), on: terminal)
        if case .form? = app.state.overlays.last {} else { Issue.record("the form was lost") }
    }

    /// `:as` switches officer on a demo database without leaving the Desk, and is refused,
    /// saying why, on a real one.
    @Test func asSwitchesOnADemoAndIsRefusedElsewhere() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.head)
        app.runUntilIdle()
        app.press(.char(":"), on: terminal)
        app.type("as " + DeskWard.deputy, on: terminal)
        app.press(.enter, on: terminal)
        #expect(app.state.officer == DeskWard.deputy)
        #expect(app.state.played)
        #expect(app.screenText.contains("[đóng vai]"))

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dexuat-as-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = try Ledger.open(path: folder.appendingPathComponent("real.sqlite").path, create: true)
        #expect(try real.isDemo() == false)
        let other = VirtualTerminal(width: 120, height: 40)
        let desk = try DeskApp(ledger: real, backend: other, officer: "admin", played: false, language: .vi, forms: .none)
        desk.runUntilIdle()
        for typed in ["as " + DeskWard.deputy, "as"] {
            other.enqueue(.char(":"))
            other.type(typed)
            other.enqueue(.enter)
            desk.runUntilIdle()
            #expect(desk.state.officer == "admin")
            #expect(desk.state.overlays.isEmpty, "no chooser on a real database")
            #expect(desk.state.message?.text == DeskText.asDemoOnly.vi)
        }
    }

    /// A long message is not cut at the status line: it wraps into the message area above
    /// the hints, whole; `:messages` lists the last ones.
    @Test func aLongMessageWrapsAndMessagesListsTheLastOnes() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(width: 120, height: 40)
        app.runUntilIdle()
        let long = DeskText.staleChanged("2026-000005", [("Vũ Thị Phương (vtphuong)", ActionKind.receive.label, "10:01 05/01/2026")])
        app.announce(long.vi, kind: .error)
        let frame = app.screenText
        // Every word of it is on screen, nothing cut with "…".
        for word in long.vi.split(separator: " ") {
            #expect(frame.contains(word), "the message lost «\(word)»")
        }
        app.announce("Thông báo thứ hai", kind: .info)
        app.press(.char(":"), on: terminal)
        app.type("messages", on: terminal)
        app.press(.enter, on: terminal)
        guard case .messages? = app.state.overlays.last else {
            Issue.record("no message log")
            return
        }
        let log = app.screenText
        #expect(log.contains("Thông báo thứ hai"))
        #expect(log.contains("Vũ Thị Phương (vtphuong)"))
        #expect(app.state.messages.suffix(2).map(\.text) == [long.vi, "Thông báo thứ hai"])
    }

    /// The stale save names who changed the proposal, what they recorded, and what to do;
    /// what was typed stays.
    @Test func aStaleStepSaysWhoChangedWhat() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.clerk, width: 120, height: 40)
        app.runUntilIdle()
        app.select(fixture.extras.poplar, on: terminal)
        #expect(app.state.detail.proposal?.awaitingReceipt == true)
        // Someone else registers it while this Desk still shows the old version.
        let other = try fixture.openAgain()
        try other.perform(.receive(receiptNumber: ""), on: fixture.extras.poplar, by: Actor(login: DeskWard.head), at: DeskWard.now)
        app.apply([.send(.proposals, ProposalsIntent.perform(kind: .receive, actions: [.receive(receiptNumber: "")], onBehalfOf: nil))])
        app.settle()
        let text = try #require(app.state.message?.text)
        #expect(app.state.message?.kind == .error)
        #expect(text.contains("Dương Thị Thanh Tâm (\(DeskWard.head)) đã ghi «Tiếp nhận»"), "\(text)")
        #expect(text.contains("C-s"))
        #expect(!text.contains("bạn") && !text.contains("Hãy"))
    }

    /// Officers' names sort in Vietnamese order: Đ after D, tones after letters.
    @Test func namesSortInVietnameseOrder() throws {
        #expect(VietnameseOrder.less("Dũng", "Đinh"))
        #expect(VietnameseOrder.less("Đinh", "Hà"))
        #expect(VietnameseOrder.less("Tạ", "Trịnh"))
        #expect(VietnameseOrder.less("Anh", "Ánh"))
        #expect(VietnameseOrder.less("Ô", "Ơ"))
        #expect(!VietnameseOrder.less("Phạm", "Đinh"))
        let fixture = try DeskFixture()
        let choices = Chooser.everyOfficer(try fixture.ledger.organization(), language: .vi)
        let org = try fixture.ledger.organization()
        for unit in Set(choices.compactMap { org.officer($0.login)?.unitID }) {
            let names = choices.compactMap { org.officer($0.login) }.filter { $0.unitID == unit }.map(\.name)
            #expect(names == names.sorted { VietnameseOrder.less($0, $1) }, "unit \(unit): \(names)")
        }
    }

    /// The Desk's shape: the app is the loop only — no extension of DeskApp anywhere, no
    /// board's state in DeskState or DeskApp; boards live in `boards`, registered once.
    @Test func theAppHoldsNoBoardsState() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let desk = root.appendingPathComponent("Sources/Desk")
        let files = try #require(FileManager.default.enumerator(atPath: desk.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        for file in files {
            let text = try String(contentsOf: desk.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("extension DeskApp"), "\(file) extends DeskApp")
        }
        let state = try String(contentsOf: desk.appendingPathComponent("Core/DeskState.swift"), encoding: .utf8)
        for type in BoardRegistry.all {
            #expect(!state.contains("var \(type.board.rawValue)"), "DeskState holds the \(type.board) board")
        }
        let app = try String(contentsOf: desk.appendingPathComponent("DeskApp.swift"), encoding: .utf8)
        for word in ["dashboard", "dissemination", "oversight", "Dashboard", "Oversight"] {
            #expect(!app.contains(word), "DeskApp names \(word)")
        }
        // Each registered board is one type of its own file, and one line of the registry.
        let registry = try String(contentsOf: desk.appendingPathComponent("Components/BoardRegistry.swift"), encoding: .utf8)
        for type in BoardRegistry.all {
            let name = String(describing: type)
            #expect(registry.components(separatedBy: "\(name).self").count == 2, "\(name) registered once")
            #expect(files.contains("Boards/\(name).swift"))
        }
    }
}
