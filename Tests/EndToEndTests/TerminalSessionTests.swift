import Foundation
import GRDB
import Testing

/// The real binary in tmux: opening, resizing, quitting, and what reaches the terminal.
@Suite(.serialized, .tags(.slow, .tmux), .skippedInFastLoop) struct TerminalSessionTests {
    @Test func opensResizesAndRestoresTheTerminal() throws {
        #expect(Tmux.isAvailable, "tmux is required (apt-get install tmux)")
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "20", "--quiet"])
        let tmux = try Tmux(arguments: ["--db", cli.db], environment: ["DEXUAT_AS": "pvhai"], width: 120, height: 40, folder: cli.folder)
        try tmux.waitFor("Hộp việc")
        try tmux.waitFor("Phạm Văn Hải")
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor("quá nhỏ")
        try tmux.resize(width: 200, height: 50)
        let wide = try tmux.waitFor("Rà soát, biểu quyết")
        #expect(wide.contains("Chi tiết"))
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("[1 Hộp việc]")
        try tmux.press("?")
        try tmux.waitFor("Trợ giúp —")
        // q closes the help (Escape then Q at once would arrive as Alt-Q).
        try tmux.press("q")
        try tmux.waitFor("[1 Hộp việc]")
        try tmux.press("Q")
        #expect(tmux.waitForExit() == 0)
        let stty = tmux.terminalSettingsAfterExit()
        #expect(stty.contains(" icanon") && stty.contains(" echo"), "terminal not restored: \(stty)")
    }

    @Test func theDemoStartsWithARoleChooser() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let tmux = try Tmux(arguments: ["--demo"], environment: ["TMPDIR": cli.folder.path], width: 120, height: 40, folder: cli.folder)
        try tmux.waitFor("chọn vai để thử")
        // Every officer is listed; a search finds the market's head.
        try tmux.press("/")
        try tmux.type("pham van hai")
        try tmux.press("Enter")
        try tmux.press("Enter")
        let screen = try tmux.waitFor("[đóng vai]")
        #expect(screen.contains("Người đứng đầu"))
        try tmux.press("Q")
        #expect(tmux.waitForExit() == 0)
    }

    @Test func hostileTextInTheDatabaseNeverReachesTheTerminalAsControls() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "5", "--quiet"])
        // A tampered or legacy row: the ledger refuses such text on the way in, so write it behind its back.
        let hostile = "Tiêu đề \u{1B}[31mĐỎ\u{1B}[0m \u{9B}2J \u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\ \u{1B}]52;c;SGVsbG8=\u{07} \u{202E}ngược\u{2066}"
        let queue = try DatabaseQueue(path: cli.db)
        let id = try queue.write { db -> String in
            let id = try String.fetchOne(db, sql: "SELECT id FROM proposal ORDER BY seq DESC LIMIT 1") ?? ""
            try db.execute(sql: "UPDATE proposal SET title = ? WHERE id = ?", arguments: [hostile, id])
            return id
        }
        let tmux = try Tmux(arguments: ["--db", cli.db], environment: ["DEXUAT_AS": "pvhai"], width: 120, height: 40, folder: cli.folder)
        let screen = try tmux.waitFor(id)
        #expect(screen.contains("␛"), "the ESC placeholder is shown")
        let raw = try tmux.screenWithEscapes()
        #expect(!raw.contains("\u{1B}]8;"))
        #expect(!raw.contains("\u{1B}]52;"))
        #expect(!raw.contains("\u{9B}"))
        #expect(!raw.contains("\u{202E}"))
        #expect(!raw.contains("\u{2066}"))
        #expect(!screen.contains("ĐỎ\u{1B}"))
        try tmux.press("Q")
        #expect(tmux.waitForExit() == 0)
        // The command line shows it safely too.
        let shown = try cli.ok(["list", "--limit", "3"])
        #expect(!shown.contains("\u{1B}"))
        #expect(!shown.contains("\u{9B}"))
    }
}
