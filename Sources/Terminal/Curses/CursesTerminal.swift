import CNcursesw
import Foundation

/// Why the real terminal could not be opened; the message is in Vietnamese and English
/// because it is printed before `--lang` can matter.
public struct TerminalOpenError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// The terminal people use, through ncursesw. The only file that imports `CNcursesw`.
///
/// - `setlocale(LC_ALL, "")` first, falling back to `C.UTF-8` when the locale is not
///   UTF-8, so that `get_wch` returns Vietnamese letters and wide output works.
/// - `newterm` on stdin/stdout; raw, noecho, nonl, keypad, `ESCDELAY` 25 ms.
/// - Colour pairs are made on demand (`init_pair`) and cached, up to `COLOR_PAIRS`;
///   `use_default_colors` keeps the terminal's own colours for `default`.
/// - Bracketed paste is on while the program runs.
/// - The terminal is restored by ``shutdown()``, at exit, and on SIGINT, SIGTERM,
///   SIGHUP, SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGFPE and SIGILL, after which the
///   previous disposition runs (see `shim.h`).
///
/// The grid is the truth: where the C library's width of a grapheme differs from
/// ``DisplayWidth`` (an emoji made wide by VS16, a ZWJ sequence longer than a `cchar_t`
/// holds, any ZWJ sequence), the cell is drawn with a stand-in of the grid's width
/// (`❤️` as `❤` and a space, `👨‍👩‍👧` as `👨`), so a line never shifts.
public final class CursesTerminal: TerminalBackend {
    /// Milliseconds ncurses and the key decoder wait after ESC for the rest of a sequence.
    public static let escapeDelayMilliseconds: Int32 = 25

    public let colorDepth: ColorDepth
    public var theme: Theme {
        didSet { themeChanged() }
    }
    public var bytesWritten: Int? { nil }

    private let screen: OpaquePointer
    private let useDefaultColors: Bool
    private var reducedTheme: Theme
    private var lastFrame: ScreenBuffer?
    private var decoder = KeyDecoder()
    private var pendingKeys: [Key] = []
    private var pairs: [PairKey: Int16] = [:]
    private var nextPair: Int32 = 1
    private var roleLooks: [StyleRole: (attributes: attr_t, pair: Int16)] = [:]
    /// Each non-ASCII grapheme drawn, in NFC as the terminal is sent it (issue 16).
    private var composedCache = ComposedGraphemes()
    private var isOpen = true

    private struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    /// Opens the terminal on stdin/stdout.
    ///
    /// - Throws: ``TerminalOpenError`` when stdin or stdout is not a terminal, or TERM
    ///   is unset or unknown to terminfo.
    public init(theme: Theme = .builtInDefault) throws(TerminalOpenError) {
        Self.chooseLocale()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalOpenError(description: """
                dexuat: đầu vào hoặc đầu ra không phải là màn hình terminal; cần chạy dexuat trong một terminal \
                (hoặc dùng các lệnh như `dexuat list`).
                dexuat: standard input or output is not a terminal; run dexuat in a terminal \
                (or use commands such as `dexuat list`).
                """)
        }
        let termName = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard !termName.isEmpty, let screen = newterm(nil, dexuat_stdout(), dexuat_stdin()) else {
            let shown = termName.isEmpty ? "(chưa đặt / not set)" : "\"\(termName)\""
            throw TerminalOpenError(description: """
                dexuat: không nhận ra loại terminal TERM=\(shown). Cần đặt một loại có sẵn, ví dụ: \
                export TERM=xterm-256color
                dexuat: unknown terminal type TERM=\(shown). Set a known one, for example: \
                export TERM=xterm-256color
                """)
        }
        self.screen = screen
        dexuat_set_terminal_active(1)
        dexuat_install_restore_handlers()
        let window = dexuat_stdscr()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(Self.escapeDelayMilliseconds)
        curs_set(0)

        var depth = ColorDepth.monochrome
        var defaults = false
        if has_colors(), start_color() == OK {
            defaults = use_default_colors() == OK
            depth = ColorDepth(colorCount: Int(dexuat_colors()))
        }
        self.colorDepth = depth
        self.useDefaultColors = defaults
        self.theme = theme
        self.reducedTheme = theme.reduced(to: depth)
        Self.writeDirectly("\u{1B}[?2004h")
    }

    deinit {
        shutdown()
    }

    public var size: TerminalSize {
        TerminalSize(width: Int(dexuat_cols()), height: Int(dexuat_lines()))
    }

    // MARK: - Output

    public func present(_ buffer: ScreenBuffer) {
        guard isOpen else { return }
        let window = dexuat_stdscr()
        let full = lastFrame == nil || lastFrame?.size != buffer.size
        if full { werase(window) }
        let columns = Int(dexuat_cols()), rows = Int(dexuat_lines())
        for span in buffer.changes(from: full ? nil : lastFrame) where span.y < rows {
            var x = span.x
            while x < min(span.x + span.width, columns) {
                let cell = buffer[x, span.y]
                if cell.isContinuation {
                    x += 1
                    continue
                }
                x += draw(cell, x: x, y: span.y, columns: columns)
            }
        }
        if let cursor = buffer.cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < columns, cursor.y < rows {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            curs_set(1)
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
        lastFrame = buffer
    }

    /// Draws one grapheme; returns the columns it took.
    private func draw(_ cell: Cell, x: Int, y: Int, columns: Int) -> Int {
        let look = self.look(for: cell.role)
        // Printable ASCII (most of a frame): one scalar, one column, nothing to normalise.
        if let ascii = cell.character.asciiValue, ascii >= 0x20, ascii < 0x7F {
            put([Unicode.Scalar(ascii)], at: x, y: y, look: look)
            return 1
        }
        let width = DisplayWidth.width(of: cell.character)
        var scalars = composedCache.scalars(of: cell.character)
        var filler = false
        let libraryWidth = scalars.first.map { Int(dexuat_wcwidth(wchar_t(bitPattern: $0.value))) } ?? 1
        if width == 2 && x + 1 >= columns {
            scalars = [" "]
        } else if width == 2 && libraryWidth == 1 {
            scalars = Array(scalars.prefix(1))
            filler = true
        } else if width != libraryWidth {
            scalars = ["\u{FFFD}"]
            filler = width == 2
        } else if scalars.count > Int(CCHARW_MAX) || scalars.contains("\u{200D}") {
            // Terminals and tmux disagree on ZWJ sequences: show their first emoji.
            scalars = Array(scalars.prefix(1))
        }
        put(scalars, at: x, y: y, look: look)
        if filler { put([" "], at: x + 1, y: y, look: look) }
        return max(width, 1)
    }

    private func put(_ scalars: [Unicode.Scalar], at x: Int, y: Int, look: (attributes: attr_t, pair: Int16)) {
        var characters = scalars.map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        var cell = cchar_t()
        setcchar(&cell, characters, look.attributes, look.pair, nil)
        mvwadd_wch(dexuat_stdscr(), Int32(y), Int32(x), &cell)
    }

    private func look(for role: StyleRole) -> (attributes: attr_t, pair: Int16) {
        if let known = roleLooks[role] { return known }
        let style = reducedTheme.style(for: role)
        var attributes = attr_t(0)
        if style.bold { attributes |= dexuat_attr_bold() }
        if style.dim { attributes |= dexuat_attr_dim() }
        if style.underline { attributes |= dexuat_attr_underline() }
        if style.reverse { attributes |= dexuat_attr_reverse() }
        let look = (attributes, pair(foreground: style.foreground, background: style.background))
        roleLooks[role] = look
        return look
    }

    private func pair(foreground: TerminalColor, background: TerminalColor) -> Int16 {
        guard colorDepth != .monochrome else { return 0 }
        let key = PairKey(foreground: curses(foreground, isForeground: true), background: curses(background, isForeground: false))
        if let known = pairs[key] { return known }
        if useDefaultColors && key.foreground == -1 && key.background == -1 { return 0 }
        let limit = min(dexuat_color_pairs(), Int32(Int16.max))
        guard nextPair < limit, init_pair(Int16(nextPair), Int16(key.foreground), Int16(key.background)) == OK else {
            return 0
        }
        let number = Int16(nextPair)
        nextPair += 1
        pairs[key] = number
        return number
    }

    private func curses(_ color: TerminalColor, isForeground: Bool) -> Int32 {
        guard let index = color.paletteIndex, index < Int(dexuat_colors()) else {
            return useDefaultColors ? -1 : (isForeground ? 7 : 0)
        }
        return Int32(index)
    }

    private func themeChanged() {
        reducedTheme = theme.reduced(to: colorDepth)
        roleLooks.removeAll()
        lastFrame = nil
    }

    // MARK: - Input

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        if !pendingKeys.isEmpty { return pendingKeys.removeFirst() }
        guard isOpen else { return nil }
        let window = dexuat_stdscr()
        var wait = Int32(clamping: timeoutMilliseconds < 0 ? -1 : timeoutMilliseconds)
        while true {
            wtimeout(window, wait)
            guard let input = readInput(window) else {
                if decoder.isPending { pendingKeys += decoder.feed(.idle) }
                break
            }
            pendingKeys += decoder.feed(input)
            // Keep reading the rest of this burst: an escape sequence, a paste, or the
            // combining marks an input method sends after a letter.
            wait = decoder.isInsideSequence ? Self.escapeDelayMilliseconds : 0
        }
        return pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }

    private func readInput(_ window: UnsafeMutablePointer<WINDOW>?) -> KeyInput? {
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        if result == KEY_CODE_YES {
            return .special(Self.key(forCode: Int32(bitPattern: character)))
        }
        guard result == OK, let scalar = Unicode.Scalar(UInt32(character)) else { return nil }
        return .scalar(scalar)
    }

    private static func key(forCode code: Int32) -> Key {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_IC: .insert
        case KEY_DC: .delete
        case KEY_BACKSPACE: .backspace
        case KEY_ENTER: .enter
        case KEY_BTAB: .backTab
        case KEY_RESIZE: .resize
        case (KEY_F0 + 1)...(KEY_F0 + 63): .function(Int(code - KEY_F0))
        default: .unknown
        }
    }

    // MARK: - Suspend and restore

    public func suspend() {
        guard isOpen else { return }
        dexuat_restore_terminal()
        dexuat_stop_self()
        // Resumed by the shell: take the terminal again and redraw everything.
        dexuat_set_terminal_active(1)
        Self.writeDirectly("\u{1B}[?2004h")
        clearok(dexuat_curscr(), true)
        wrefresh(dexuat_stdscr())
        lastFrame = nil
        pendingKeys.append(.resize)
    }

    /// Gives the terminal back to another program (the officer's $EDITOR) while `body`
    /// runs, then takes it again and redraws everything.
    public func release(while body: () -> Void) {
        guard isOpen else { body(); return }
        dexuat_restore_terminal()
        body()
        dexuat_set_terminal_active(1)
        Self.writeDirectly("\u{1B}[?2004h")
        clearok(dexuat_curscr(), true)
        wrefresh(dexuat_stdscr())
        lastFrame = nil
        pendingKeys.append(.resize)
    }

    public func shutdown() {
        guard isOpen else { return }
        isOpen = false
        dexuat_restore_terminal()
        dexuat_uninstall_restore_handlers()
        delscreen(screen)
    }

    private static func chooseLocale() {
        if setlocale(LC_ALL, "") != nil, isUTF8() { return }
        if setlocale(LC_ALL, "C.UTF-8") != nil, isUTF8() { return }
        _ = setlocale(LC_ALL, "C.utf8")
    }

    private static func isUTF8() -> Bool {
        guard let codeset = dexuat_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    private static func writeDirectly(_ sequence: String) {
        fflush(dexuat_stdout())
        let bytes = Array(sequence.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            _ = write(STDOUT_FILENO, buffer.baseAddress, buffer.count)
        }
    }
}

extension CursesTerminal {
    /// For a crash handler: puts the terminal back (endwin, bracketed paste off, cursor
    /// shown) if the Desk has it, else does nothing. Touches only the shim's flag, endwin
    /// and write(2), like the restoring handlers of `shim.h`; idempotent.
    public static let asyncSignalSafeRestore: @convention(c) () -> Void = { dexuat_restore_terminal() }
}
