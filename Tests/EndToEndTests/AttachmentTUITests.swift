import Foundation
import Testing

/// §7.8 in the Desk, in a real terminal: the detail pane lists the attachments; the
/// cursor moved to the CSV's line and Enter open it in the pager; Enter on a file that is
/// not text tells the command that fetches it; `o` and `:attachment N` still work.
@Suite(.serialized, .tags(.slow, .tmux), .skippedInFastLoop) struct AttachmentTUITests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")))
    func anAttachmentIsListedAndACSVOpensInThePager() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try CommandLineTests().cast(cli)
        let id = try ConflictCommandTests.submitted(cli, by: who.proposer)
        #expect(try cli.run(["attach", id, "--name", "du-toan.csv"], as: who.proposer, stdin: AttachmentCommandTests.csv).status == 0)
        #expect(try cli.run(["attach", id, "--name", "ban-ve.pdf"], as: who.proposer, stdin: "%PDF-1.4\n").status == 0)

        let tmux = try Tmux(arguments: ["--db", cli.db], environment: ["DEXUAT_AS": who.head], width: 120, height: 40, folder: cli.folder)
        try tmux.waitFor("Hộp việc")
        try tmux.press(":")
        try tmux.type("open " + id)
        try tmux.press("Enter")
        try tmux.waitFor("Chi tiết · " + id)
        try tmux.waitFor("Trạng thái:")
        // G once the detail is there (a G typed before it arrives scrolls an empty pane).
        var listed = ""
        for _ in 0..<20 where !listed.contains("1. du-toan.csv") {
            try tmux.press("G")
            Thread.sleep(forTimeInterval: 0.25)
            listed = try tmux.screen()
        }
        #expect(listed.contains("1. du-toan.csv"), "\(listed)")
        #expect(listed.contains("Tệp đính kèm") && listed.contains("2. ban-ve.pdf"), "\(listed)")
        // Tab moves the keys into the list of files; j/k move the cursor; Enter opens the
        // file under it: the PDF tells how to fetch it, the CSV opens in the pager.
        try tmux.press("Tab")
        try tmux.waitFor("› 1. du-toan.csv")
        try tmux.press("j")
        try tmux.waitFor("› 2. ban-ve.pdf")
        try tmux.press("Enter")
        try tmux.waitFor("dexuat attachment get \(id) 2")
        try tmux.press("k")
        try tmux.waitFor("› 1. du-toan.csv")
        try tmux.press("Enter")
        let pager = try tmux.waitFor("Máy quét tài liệu,18.000.000")
        #expect(pager.contains("Phần mềm,12.500.000"), "\(pager)")
        try tmux.press("q")
        // `o` and `:attachment N` are kept: `o` opens the file after the one last opened.
        try tmux.press("o")
        try tmux.waitFor("dexuat attachment get \(id) 2 > tệp")
        try tmux.press(":")
        try tmux.type("attachment 1")
        try tmux.press("Enter")
        try tmux.waitFor("Phần mềm,12.500.000")
        try tmux.press("q")
        try tmux.press("Q")
        #expect(tmux.waitForExit() == 0)
    }
}
