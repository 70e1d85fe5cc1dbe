import Foundation
import Testing
@testable import Terminal

@Suite struct VirtualTerminalTests {
    /// Removes our own escape sequences (CSI … final byte) and returns what is left.
    private func withoutOwnSequences(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x1B, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") {
                index += 2
                while index < bytes.count, (0x30...0x3F).contains(bytes[index]) { index += 1 }
                index += 1
                continue
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }

    @Test func hostileDataNeverReachesTheTerminalAsControls() {
        let terminal = VirtualTerminal(width: 60, height: 6)
        var screen = ScreenBuffer(size: terminal.size)
        let hostile = [
            "\u{1B}[2J\u{1B}[31mTiêu đề đỏ",
            "\u{1B}]8;;http://x\u{1B}\\bấm vào\u{1B}]8;;\u{1B}\\",
            "\u{1B}]52;c;ZXZpbA==\u{7}",
            "C1 \u{9B}31m \u{85} \u{9D}0;x\u{9C}",
            "bidi \u{202E}fdp.exe \u{2066}x\u{2069} \u{7F}\u{0}",
        ]
        for (y, text) in hostile.enumerated() {
            screen.put(text, at: 0, y: y, role: .listRow)
        }
        terminal.present(screen)
        let rest = withoutOwnSequences(terminal.output)
        #expect(!rest.contains { $0 < 0x20 || $0 == 0x7F }, "a raw C0 or DEL byte from data")
        let text = String(decoding: rest, as: UTF8.self)
        #expect(!text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }, "a C1 control from data")
        #expect(!text.unicodeScalars.contains { [0x202E, 0x2066, 0x2069].contains($0.value) }, "a bidi control from data")
        #expect(terminal.snapshot().text.contains("␛]52;c;ZXZpbA==␇"))
    }

    @Test func snapshotAndScript() {
        let terminal = VirtualTerminal(width: 30, height: 3)
        var screen = ScreenBuffer(size: terminal.size)
        screen.put("› Đề xuất 👍 漢字", at: 0, y: 0, role: .listRowSelected)
        screen.put("Quá hạn", at: 0, y: 2, role: .dueOverdue)
        screen.cursor = (x: 0, y: 0)
        terminal.present(screen)
        #expect(terminal.snapshot() == VirtualTerminal.Snapshot(
            text: "› Đề xuất 👍 漢字\n\nQuá hạn",
            roles: "y0 x0-16 list.row.selected\ny2 x0-6 due.overdue"))

        terminal.type("aệ")
        terminal.enqueue(.ctrl("z"))
        terminal.enqueue(inputs: [.scalar("\u{1B}"), .scalar("x")])
        terminal.resize(width: 40, height: 10)
        var keys: [Key] = []
        while let key = terminal.readKey(timeoutMilliseconds: 0) { keys.append(key) }
        #expect(keys == [.char("a"), .char("ệ"), .ctrl("z"), .alt("x"), .resize])
        #expect(terminal.size == TerminalSize(width: 40, height: 10))
        terminal.suspend()
        #expect(terminal.readKey(timeoutMilliseconds: 0) == .resize)
        terminal.shutdown()
        terminal.shutdown()
        #expect(terminal.isShutDown)
    }

    @Test func unchangedFrameCostsAlmostNothing() {
        let terminal = VirtualTerminal(width: 80, height: 24)
        var screen = ScreenBuffer(size: terminal.size)
        for y in 0..<24 { screen.put("Dòng \(y): Nguyễn Văn An – đề xuất cải tiến", at: 0, y: y) }
        terminal.present(screen)
        let full = terminal.lastFrameBytes
        terminal.present(screen)
        let same = terminal.lastFrameBytes
        screen.put("X", at: 5, y: 5, role: .statusError)
        terminal.present(screen)
        let one = terminal.lastFrameBytes
        #expect(full > 24 * 40)
        #expect(same < 20)
        #expect(one < 40)
        #expect(terminal.bytesWritten == full + same + one)
        #expect(terminal.frameCount == 3)
    }

    @Test func themeColoursBecomeSGR() {
        let terminal = VirtualTerminal(width: 10, height: 1, theme: .builtInDefault, colorDepth: .ansi16)
        var screen = ScreenBuffer(size: terminal.size)
        screen.put("!", at: 0, y: 0, role: .dueOverdue)
        terminal.present(screen)
        let text = String(decoding: terminal.output, as: UTF8.self)
        #expect(text.contains("\u{1B}[0;1;31m!"))
    }
}
