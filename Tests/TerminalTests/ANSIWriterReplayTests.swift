import Foundation
import Testing
@testable import Terminal

/// The virtual writer's bytes played on a small model of an xterm: after every frame the
/// model's screen holds the frame's text, every written cell carries its role's SGR, and
/// every erased cell the erase's background. The writer erases runs of blanks (EL, ECH) and
/// moves the cursor by the shortest sequence (CUP, CUF, CHA, VPA): this proves those
/// shortcuts leave the screen the frame describes, frame after frame.
@Suite struct ANSIWriterReplayTests {
    /// A screen that understands exactly the sequences a VT100/xterm would for our output.
    struct Model {
        var width: Int, height: Int
        var text: [[String]]
        var sgr: [[String]]
        var x = 0, y = 0
        var pendingWrap = false
        var current = "0"
        var unknown: [String] = []

        init(width: Int, height: Int) {
            self.width = width
            self.height = height
            text = Array(repeating: Array(repeating: " ", count: width), count: height)
            sgr = Array(repeating: Array(repeating: "0", count: width), count: height)
        }

        /// What an erase leaves: the background of the current SGR, no attributes.
        var erased: String {
            let codes = current.split(separator: ";").map(String.init)
            var kept: [String] = []
            var i = 0
            while i < codes.count {
                let c = codes[i]
                if c.hasPrefix("4") && c.count == 2 && c != "48" || c.hasPrefix("10") && c.count == 3 { kept.append(c) }
                if c == "48" {
                    let n = i + 1 < codes.count && codes[i + 1] == "5" ? 3 : 5
                    kept += codes[i..<min(codes.count, i + n)]
                    i += n
                    continue
                }
                if c == "38" {
                    i += i + 1 < codes.count && codes[i + 1] == "5" ? 3 : 5
                    continue
                }
                i += 1
            }
            return (["0"] + kept).joined(separator: ";")
        }

        mutating func play(_ bytes: [UInt8]) {
            var i = 0
            let string = String(decoding: bytes, as: UTF8.self)
            let characters = Array(string)
            while i < characters.count {
                let c = characters[i]
                if c == "\u{1B}" {
                    // CSI [?] params final
                    var j = i + 2
                    var params = ""
                    while j < characters.count, let a = characters[j].asciiValue, (0x30...0x3F).contains(a) {
                        params.append(characters[j])
                        j += 1
                    }
                    let final = j < characters.count ? characters[j] : "?"
                    csi(params, final)
                    i = j + 1
                    continue
                }
                put(c)
                i += 1
            }
        }

        mutating func csi(_ params: String, _ final: Character) {
            let numbers = params.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
            let n = max(numbers.first ?? 1, 1)
            switch final {
            case "H":
                y = max(numbers.first ?? 1, 1) - 1
                x = max(numbers.count > 1 ? numbers[1] : 1, 1) - 1
                pendingWrap = false
            case "C": x = min(width - 1, x + n); pendingWrap = false
            case "G": x = n - 1; pendingWrap = false
            case "d": y = n - 1; pendingWrap = false
            case "X":
                for column in x..<min(width, x + n) { text[y][column] = " "; sgr[y][column] = erased }
            case "K":
                for column in x..<width { text[y][column] = " "; sgr[y][column] = erased }
            case "J" where params == "2":
                for row in 0..<height { for column in 0..<width { text[row][column] = " "; sgr[row][column] = erased } }
            case "m": current = params.isEmpty ? "0" : params
            case "h" where params == "?25", "l" where params == "?25": break
            default: unknown.append(params + String(final))
            }
        }

        mutating func put(_ c: Character) {
            let w = max(DisplayWidth.width(of: c), 1)
            if pendingWrap || x + w > width {
                // Our writer never relies on wrapping: record it as a fault.
                unknown.append("wrap at \(x),\(y)")
                return
            }
            text[y][x] = String(c)
            sgr[y][x] = current
            if w == 2 { text[y][x + 1] = ""; sgr[y][x + 1] = current }
            if x + w >= width {
                x = width - 1
                pendingWrap = true
            } else {
                x += w
            }
        }
    }

    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        func color(_ c: TerminalColor, _ base: Int) -> [String] {
            switch c {
            case .default: []
            case .ansi(let n) where n < 8: ["\(base + n)"]
            case .ansi(let n): ["\(base + 60 + n - 8)"]
            case .indexed(let n): ["\(base + 8)", "5", "\(n)"]
            case .rgb(let r, let g, let b): ["\(base + 8)", "2", "\(r)", "\(g)", "\(b)"]
            }
        }
        return (codes + color(style.foreground, 30) + color(style.background, 40)).joined(separator: ";")
    }

    /// Checks the model against the frame: text everywhere; the role's SGR on every cell
    /// that is not a blank, and on a blank either the role's SGR or what an erase with the
    /// role's look leaves (the same background).
    static func check(_ model: Model, _ frame: ScreenBuffer, _ theme: Theme, _ label: String) {
        #expect(model.unknown.isEmpty, "\(label): \(model.unknown.prefix(3))")
        let lines = frame.text(trimmingTrailingSpaces: false)
        for y in 0..<frame.height {
            let shown = model.text[y].joined()
            #expect(shown == lines[y], "\(label), row \(y): «\(shown)» for «\(lines[y])»")
            for x in 0..<frame.width where !frame[x, y].isContinuation {
                let cell = frame[x, y]
                let expected = sgr(theme.style(for: cell.role))
                if cell.character == " " {
                    var erasedLook = Model(width: 1, height: 1)
                    erasedLook.current = expected
                    let ok = model.sgr[y][x] == expected || model.sgr[y][x] == erasedLook.erased
                    #expect(ok, "\(label), blank at \(x),\(y): \(model.sgr[y][x]) for role \(cell.role) (\(expected))")
                } else {
                    #expect(model.sgr[y][x] == expected, "\(label), \(cell.character) at \(x),\(y): \(model.sgr[y][x]) for \(expected)")
                }
            }
        }
    }

    /// A frame of lines of words, blanks, wide letters and several roles, from a seed.
    static func frame(width: Int, height: Int, seed: UInt64) -> ScreenBuffer {
        var state = seed &* 6364136223846793005 &+ 1442695040888963407
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let words = ["Đề", "xuất", "số", "hóa", "hồ", "sơ", "phường", "漢字", "ok", "A", "—", "✓", "          "]
        let roles: [StyleRole] = [.normal, .textMuted, .textEmphasis, .listRowSelected, .listRowSelectedInactive, .listHeader,
                                  .paneBorder, .dueOverdue, .statusBar]
        var buffer = ScreenBuffer(width: width, height: height)
        for y in 0..<height {
            if next(4) == 0 { continue }
            let role = roles[next(roles.count)]
            if next(3) == 0 { buffer.fill(Rect(x: 0, y: y, width: width, height: 1), role: role) }
            var x = next(6)
            while x < width - 2 {
                x += buffer.put(words[next(words.count)], at: x, y: y, role: roles[next(roles.count)], maxWidth: width - x)
                x += next(4)
            }
        }
        buffer.put("│", at: width - 1, y: next(height), role: .paneBorder)
        return buffer
    }

    @Test(arguments: [Theme.builtInDefault, Theme.builtInMonochrome])
    func theBytesMakeTheFrameFrameAfterFrame(_ theme: Theme) {
        let terminal = VirtualTerminal(width: 41, height: 9, theme: theme)
        var model = Model(width: 41, height: 9)
        var previous: ScreenBuffer?
        for seed in 0..<200 as Range<UInt64> {
            var frame = Self.frame(width: 41, height: 9, seed: seed)
            // Half the frames are small edits of the last one: the diff path, not a redraw.
            if seed % 2 == 1, var edited = previous {
                edited.put(seed % 4 == 1 ? "        " : "sửa \(seed)", at: Int(seed % 30), y: Int(seed % 9), role: .textEmphasis)
                edited.fill(Rect(x: Int(seed % 20), y: Int((seed + 3) % 9), width: 15, height: 1), role: .normal)
                frame = edited
            }
            terminal.resetOutput()
            terminal.present(frame)
            model.play(terminal.output)
            Self.check(model, frame, terminal.theme.reduced(to: terminal.colorDepth), "frame \(seed)")
            previous = frame
        }
    }

    @Test func blanksAreErasedAndMovesAreShort() {
        let terminal = VirtualTerminal(width: 80, height: 3)
        var screen = ScreenBuffer(size: terminal.size)
        screen.put(String(repeating: "x", count: 80), at: 0, y: 0)
        screen.put(String(repeating: "y", count: 80), at: 0, y: 1)
        terminal.present(screen)
        // Row 0 loses its end (erase to the end of the row), row 1 its middle (erase by count).
        screen.fill(Rect(x: 30, y: 0, width: 50, height: 1))
        screen.fill(Rect(x: 10, y: 1, width: 40, height: 1))
        terminal.resetOutput()
        terminal.present(screen)
        let text = String(decoding: terminal.output, as: UTF8.self)
        #expect(text.contains("\u{1B}[K"))
        #expect(text.contains("\u{1B}[40X"))
        #expect(!text.contains("     "), "no run of spaces is written")
        #expect(terminal.lastFrameBytes < 40, "\(terminal.lastFrameBytes) bytes for two erases")
        // Reverse video shows on a blank: those are written, not erased.
        screen.fill(Rect(x: 0, y: 2, width: 80, height: 1), role: .listRowSelected)
        terminal.resetOutput()
        terminal.present(screen)
        #expect(String(decoding: terminal.output, as: UTF8.self).contains(String(repeating: " ", count: 80)))
    }
}
