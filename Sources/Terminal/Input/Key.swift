/// One key press (or one paste) as the application sees it, whatever the terminal sent.
///
/// `ctrl` and `alt` carry the lowercase letter or the symbol (`.ctrl("c")`, `.alt("x")`).
/// In raw mode C-c and C-z arrive as keys, not signals: the Desk asks before quitting on
/// `.ctrl("c")` and calls ``TerminalBackend/suspend()`` on `.ctrl("z")`.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable grapheme, NFC, with any combining marks typed after it.
    case char(Character)
    case ctrl(Character)
    case alt(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case insert, delete, backspace
    case enter, tab, backTab, escape
    /// F1…F63.
    case function(Int)
    /// The terminal changed size: re-read ``TerminalBackend/size`` and draw again.
    case resize
    /// Text pasted while bracketed paste was on: insert it, never run it as commands.
    /// NFC, line ends as "\n", controls other than "\n" and "\t" removed.
    case paste(String)
    /// A sequence we could not make sense of.
    case unknown

    /// How help screens and the hint bar write the key: `C-c`, `M-x`, `PgDn`, `F5`.
    public var description: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "C-\(c)"
        case .alt(let c): "M-\(c)"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .insert: "Ins"
        case .delete: "Del"
        case .backspace: "Backspace"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .escape: "Esc"
        case .function(let n): "F\(n)"
        case .resize: "resize"
        case .paste: "paste"
        case .unknown: "?"
        }
    }
}
