import Foundation
import GRDB
import Testing
@testable import Desk
import Ledger
import Procedure
import Terminal
#if canImport(Glibc)
import Glibc
#endif

/// §6: hostile titles, dossier texts and names — escapes, OSC 0/8/52, DCS, C1 and a raw
/// 0x9B, \r \b NUL DEL, bidi controls, invalid UTF-8, very long lines — written straight
/// into the file (the Ledger refuses them on the way in: this is a tampered or legacy
/// file), then shown by the command line, the Desk on its virtual terminal and the Desk
/// on a real pseudo-terminal (tmux). No control byte from the data may come out.
@Suite("Escape-proof screens", .serialized, .tags(.slow), .skippedInFastLoop)
struct EscapeTests {
    // MARK: - Hostile text

    static let pieces: [[UInt8]] = [
        Array("\u{1B}[31m".utf8), Array("\u{1B}[2J\u{1B}[H".utf8), Array("\u{1B}[6n".utf8), Array("\u{1B}[1337X".utf8),
        Array("\u{1B}]0;bi chiem quyen\u{07}".utf8), Array("\u{1B}]8;;http://lua.dao/\u{1B}\\bấm đây\u{1B}]8;;\u{1B}\\".utf8),
        Array("\u{1B}]52;c;cm0gLXJmIH4=\u{07}".utf8), Array("\u{1B}P1$qm\u{1B}\\".utf8), Array("\u{1B}_apc\u{1B}\\".utf8),
        [0xC2, 0x9B] + Array("2J".utf8), [0x9B] + Array("31m".utf8), [0xC2, 0x85], [0xC2, 0x90], [0xC2, 0x9D], [0x8D],
        Array("\r".utf8), Array("\u{08}\u{08}\u{08}".utf8), [0x00], [0x7F], Array("\u{07}".utf8), Array("\t".utf8), Array("\n".utf8),
        Array("\u{202E}".utf8), Array("\u{2066}".utf8), Array("\u{2069}".utf8), Array("\u{200F}".utf8), Array("\u{061C}".utf8),
        Array("\u{2028}".utf8), Array("\u{202A}\u{202C}".utf8),
        [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE1, 0xBB], [0xF4, 0x90, 0x80, 0x80],
    ]
    static let words = ["Số hóa", "sổ tiếp nhận", "chợ", "đèn đường", "Trạm Y tế", "học sinh", "khu phố 3", "👍", "試行"]

    /// The i-th hostile string: words and one to five pieces, now and then a very long line.
    static func hostile(_ i: Int) -> [UInt8] {
        var random = SplitMixTest(seed: UInt64(i) &* 2_654_435_761 &+ 7)
        var bytes: [UInt8] = []
        for _ in 0..<(1 + random.below(5)) {
            bytes += Array((words[random.below(words.count)] + " ").utf8)
            bytes += pieces[random.below(pieces.count)]
        }
        if i % 97 == 0 { bytes += Array(String(repeating: "rất dài ", count: 2_000 + random.below(10_000)).utf8) }
        if i % 11 == 0 { bytes += pieces[i % pieces.count] }
        return bytes
    }

    /// The inside of a JSON string for these bytes: controls escaped, everything else raw
    /// (invalid UTF-8 included, as a damaged file would hold it).
    static func jsonInside(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): out += Array("\\\"".utf8)
            case UInt8(ascii: "\\"): out += Array("\\\\".utf8)
            case 0x00..<0x20: out += Array(String(format: "\\u%04x", byte).utf8)
            default: out.append(byte)
            }
        }
        return out
    }

    static func replace(_ marker: String, in data: [UInt8], with bytes: [UInt8]) -> [UInt8] {
        let pattern = Array(marker.utf8)
        guard let start = (0...(data.count - pattern.count)).first(where: { Array(data[$0..<($0 + pattern.count)]) == pattern }) else { return data }
        return Array(data[..<start]) + bytes + Array(data[(start + pattern.count)...])
    }

    // MARK: - The file

    final class HostileFile: @unchecked Sendable {
        let scratch: Scratch
        let path: String
        var ids: [String] = []
        var strings = 0

        init(count: Int) throws {
            scratch = try Scratch("escape")
            path = scratch.path("hostile.sqlite")
            guard try Spawn.run([Binaries.torture, "setup", path]).status == 0 else { throw NSError(domain: "setup", code: 1) }
            let ledger = try Ledger.open(path: path)
            let names = 20
            for n in 0..<names {
                try ledger.save(Officer(login: "hx\(n)", name: "NAMEMARK\(n)", unitID: "VHXH", position: "Chuyên viên", isManaging: false),
                                by: Actor(login: "qtvien"))
            }
            // Three strings per proposal (title, necessity, content), rounded up.
            let proposals = max(1, (count - names + 2) / 3)
            for n in 0..<proposals {
                var dossier = ConcurrencyTests.dossier("TITLEMARK\(n)Z")
                dossier.necessity = "NECESSITYMARK\(n)Z"
                dossier.content = "CONTENTMARK\(n)Z"
                let proposer = Actor(login: "hx\(n % names)")
                let id = try ledger.create(dossier, by: proposer).id
                // Submitted, so every officer's list, show and Desk reads it: a draft is its
                // proposer's alone (PROCEDURE.md §5), and would be checked by no one here.
                try ledger.perform(.submit, on: id, by: proposer)
                ids.append(id)
            }
            let queue = try Raw.queue(path)
            var index = 0
            func next() -> [UInt8] {
                defer { index += 1 }
                return EscapeTests.hostile(index)
            }
            try queue.write { db in
                for n in 0..<names {
                    try db.execute(sql: "UPDATE officer SET name = CAST(? AS TEXT) WHERE login = ?", arguments: [Data(next()), "hx\(n)"])
                }
                for (n, id) in ids.enumerated() {
                    let body = try #require(try Data.fetchOne(db, sql: "SELECT CAST(body AS BLOB) FROM proposal_body WHERE id = ?", arguments: [id]))
                    let title = next(), necessity = next(), content = next()
                    var bytes = [UInt8](body)
                    bytes = EscapeTests.replace("TITLEMARK\(n)Z", in: bytes, with: EscapeTests.jsonInside(title))
                    bytes = EscapeTests.replace("NECESSITYMARK\(n)Z", in: bytes, with: EscapeTests.jsonInside(necessity))
                    bytes = EscapeTests.replace("CONTENTMARK\(n)Z", in: bytes, with: EscapeTests.jsonInside(content))
                    // The body stored plain (v8-body-packing), its bytes as they are.
                    try db.execute(sql: """
                        UPDATE proposal SET title = CAST(?1 AS TEXT), body_packing = 0, body_size = length(?2), body_dict = NULL,
                            body_data = ?2 WHERE id = ?3
                        """, arguments: [Data(title), Data(bytes), id])
                }
            }
            try queue.close()
            strings = index
        }
    }

    // MARK: - Checking output

    /// Where the bytes hold a control that is not one of `allowed`'s sequences; nil when clean.
    /// `strict`: only our own writer's sequences (CSI with final H C G d m J K X h l) may appear.
    static func firstLeak(in bytes: [UInt8], terminalOutput: Bool, strict: Bool = false) -> String? {
        guard let text = String(validating: bytes, as: UTF8.self) else { return "invalid UTF-8 in the output" }
        for needle in ["\u{1B}]", "\u{1B}P", "\u{1B}_", "\u{1B}^", "\u{1B}\\", "\u{1B}[6n", "\u{1B}[1337", "\u{1B}[31m\u{1B}"] where text.contains(needle) {
            return "the data's sequence \(needle.unicodeScalars.map { String(format: "%02X", $0.value) }) reached the output"
        }
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x1B {
                guard terminalOutput, i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "[") || bytes[i + 1] == UInt8(ascii: "(") || bytes[i + 1] == UInt8(ascii: ")") || bytes[i + 1] == UInt8(ascii: "=") || bytes[i + 1] == UInt8(ascii: ">") || bytes[i + 1] == UInt8(ascii: "7") || bytes[i + 1] == UInt8(ascii: "8") else {
                    return "ESC at \(i)"
                }
                if bytes[i + 1] == UInt8(ascii: "[") {
                    var j = i + 2
                    while j < bytes.count, (0x20...0x3F).contains(bytes[j]) { j += 1 }
                    guard j < bytes.count, (0x40...0x7E).contains(bytes[j]) else { return "unfinished CSI at \(i)" }
                    if strict && !"HmJhlCGdXK".utf8.contains(bytes[j]) { return "foreign CSI final \(UnicodeScalar(bytes[j])) at \(i)" }
                    i = j + 1
                } else {
                    i += bytes[i + 1] == UInt8(ascii: "(") || bytes[i + 1] == UInt8(ascii: ")") ? 3 : 2
                }
                continue
            }
            let allowed: Set<UInt8> = terminalOutput ? [0x0A, 0x0D, 0x08] : [0x0A]
            if (byte < 0x20 && !allowed.contains(byte)) || byte == 0x7F { return String(format: "control byte 0x%02X at %d", byte, i) }
            i += 1
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (0x80...0x9F).contains(v) || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                return String(format: "control U+%04X in the output", v)
            }
        }
        return nil
    }

    @Test func theCheckerCatchesEveryPiece() {
        for piece in Self.pieces where piece != Array("\n".utf8) && piece != Array("\t".utf8) {
            #expect(Self.firstLeak(in: Array("a ".utf8) + piece + Array(" b".utf8), terminalOutput: false) != nil, "\(piece)")
        }
        #expect(Self.firstLeak(in: Array("Số hóa ␛[31m \u{FFFD} ok\n".utf8), terminalOutput: false) == nil)
        #expect(Self.firstLeak(in: Array("\u{1B}[0;1;31mok\u{1B}[3;4H".utf8), terminalOutput: true, strict: true) == nil)
    }

    // MARK: - Through the command line

    @Test func theCommandLineShowsHostileDataOnlyAsPlaceholders() throws {
        let file = try HostileFile(count: Battery.hostileStrings)
        let cli = CLI(db: file.path)
        var outputs = 0, leaks = 0
        func check(_ arguments: [String], json: Bool = false) throws {
            let out = try cli.run(arguments)
            outputs += 1
            #expect(out.status == 0, "\(arguments): exit \(out.status) \(out.stderr.prefix(300))")
            if let leak = Self.firstLeak(in: out.stdoutBytes, terminalOutput: false) {
                leaks += 1
                Issue.record("\(arguments) stdout: \(leak)")
            }
            if let leak = Self.firstLeak(in: Array(out.stderr.utf8), terminalOutput: false) {
                leaks += 1
                Issue.record("\(arguments) stderr: \(leak)")
            }
            if json {
                #expect((try? JSONSerialization.jsonObject(with: Data(out.stdoutBytes))) != nil, "\(arguments): not JSON")
            }
        }
        try check(["list", "--limit", "1000000"])
        try check(["list", "--limit", "1000000", "--json"], json: true)
        try check(["officer", "list"])
        try check(["officer", "list", "--json"], json: true)
        try check(["list", "--search", "số hóa", "--limit", "50"])
        let step = max(1, file.ids.count / Battery.hostileShows)
        for id in stride(from: 0, to: file.ids.count, by: step).map({ file.ids[$0] }) {
            try check(["show", id])
            try check(["show", id, "--json"], json: true)
        }
        // The whole list as JSON holds every title, made safe but not lost: escapes as \u001b.
        let json = try cli.run(["list", "--limit", "1000000", "--json"])
        #expect(json.stdout.contains("\\u001b"))
        #expect(try cli.run(["list", "--limit", "1000000"]).stdout.contains("\u{FFFD}"))
        Battery.report("escape_cli", ["hostile_strings": file.strings, "proposals": file.ids.count, "outputs_checked": outputs,
                                      "leaks": leaks])
    }

    // MARK: - Through the Desk on the virtual terminal

    @Test func theDeskDrawsHostileDataOnlyAsPlaceholders() throws {
        let file = try HostileFile(count: Battery.hostileStrings)
        let ledger = try Ledger.open(path: file.path)
        var frames = 0, leaks = 0
        for (width, height) in [(120, 40), (80, 24)] {
            let terminal = VirtualTerminal(width: width, height: height)
            let forms = FormProvider(forAction: { _, _ in nil }, forNewDossier: { _ in nil })
            let app = try DeskApp(ledger: ledger, backend: terminal, officer: "dmtuan", played: false, language: .vi, forms: forms)
            app.runUntilIdle()
            let step = max(1, file.ids.count / Battery.hostileDeskOpens)
            for id in stride(from: 0, to: file.ids.count, by: step).map({ file.ids[$0] }) {
                terminal.enqueue(.char(":"))
                terminal.type("open " + id)
                terminal.enqueue(.enter)
                app.runUntilIdle()
                terminal.enqueue(.enter)
                app.runUntilIdle()
                terminal.enqueue(.pageDown, .pageDown, .char("q"))
                app.runUntilIdle()
                frames += 3
                if let leak = Self.firstLeak(in: terminal.output, terminalOutput: true, strict: true) {
                    leaks += 1
                    Issue.record("\(width)×\(height), \(id): \(leak)")
                    break
                }
                terminal.resetOutput()
            }
            // The whole inbox, page by page.
            for _ in 0..<(file.ids.count / max(1, height - 6) + 1) {
                terminal.enqueue(.pageDown)
                app.runUntilIdle()
                frames += 1
            }
            if let leak = Self.firstLeak(in: terminal.output, terminalOutput: true, strict: true) {
                leaks += 1
                Issue.record("\(width)×\(height) inbox: \(leak)")
            }
        }
        Battery.report("escape_desk", ["hostile_strings": file.strings, "frames": frames, "leaks": leaks])
    }

    // MARK: - Through a real pseudo-terminal

    /// The Desk in tmux (through `ssh-session`, as an officer on a ward server would see
    /// it); tmux's pipe-pane records every byte the program wrote to its pseudo-terminal.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")), .tags(.tmux))
    func aRealTerminalReceivesNoControlFromTheData() throws {
        let file = try HostileFile(count: Battery.hostileStrings)
        let raw = file.scratch.path("pty.raw")
        let socket = "dexuat-rel-" + UUID().uuidString.prefix(8)
        func tmux(_ arguments: [String]) throws -> Spawn.Result {
            try Spawn.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments)
        }
        defer { _ = try? tmux(["kill-server"]) }
        let command = "env TERM=xterm-256color LANG=C.UTF-8 '\(Binaries.dexuat)' ssh-session dmtuan --db '\(file.path)'; sleep 30"
        _ = try tmux(["new-session", "-d", "-s", "s", "-x", "120", "-y", "40", "sh", "-c", command])
        _ = try tmux(["pipe-pane", "-o", "-t", "s", "cat >> '\(raw)'"])
        func waitFor(_ text: String) throws -> Bool {
            for _ in 0..<300 {
                if try tmux(["capture-pane", "-p", "-t", "s"]).stdout.contains(text) { return true }
                usleep(50_000)
            }
            return false
        }
        // The pipe is attached after the first frame: redraw everything once it is.
        _ = try waitFor(file.ids.last ?? "")
        _ = try tmux(["send-keys", "-t", "s", "C-l"])
        let step = max(1, file.ids.count / 20)
        for id in stride(from: 0, to: file.ids.count, by: step).map({ file.ids[$0] }) {
            _ = try tmux(["send-keys", "-t", "s", ":"])
            _ = try tmux(["send-keys", "-t", "s", "-l", "open " + id])
            _ = try tmux(["send-keys", "-t", "s", "Enter"])
            _ = try tmux(["send-keys", "-t", "s", "Enter"])
            _ = try waitFor(id)
            _ = try tmux(["send-keys", "-t", "s", "PageDown"])
            _ = try tmux(["send-keys", "-t", "s", "q"])
        }
        _ = try tmux(["send-keys", "-t", "s", "Q"])
        usleep(500_000)
        let bytes = FileManager.default.contents(atPath: raw).map { [UInt8]($0) } ?? []
        #expect(bytes.count > 10_000, "the pipe recorded the session (\(bytes.count) bytes)")
        let leak = Self.firstLeak(in: bytes, terminalOutput: true)
        if let leak { Issue.record("pty: \(leak)") }
        // The hostile text was on the screen, as placeholders.
        let shown = String(decoding: bytes, as: UTF8.self)
        #expect(shown.contains("␛") || shown.contains("\u{FFFD}"))
        Battery.report("escape_pty", ["hostile_strings": file.strings, "bytes_recorded": bytes.count, "leaks": leak == nil ? 0 : 1])
    }
}

struct SplitMixTest {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
}
