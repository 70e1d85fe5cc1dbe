/// How many colours a terminal can show; themes are reduced to it.
public enum ColorDepth: Int, Comparable, Sendable, CaseIterable {
    /// No colour at all (or `NO_COLOR` is set): attributes only.
    case monochrome = 0
    /// The eight ANSI colours.
    case ansi8 = 8
    /// ANSI colours and their bright variants.
    case ansi16 = 16
    /// The xterm 256-colour palette; `#RRGGBB` is mapped to its nearest entry.
    case indexed256 = 256

    /// The depth for a terminal that reports `colors` colours (terminfo `colors`).
    public init(colorCount colors: Int) {
        switch colors {
        case 256...: self = .indexed256
        case 16..<256: self = .ansi16
        case 8..<16: self = .ansi8
        default: self = .monochrome
        }
    }

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }
}
