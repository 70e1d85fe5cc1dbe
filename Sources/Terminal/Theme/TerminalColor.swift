import Foundation

/// A colour as a theme names it: the terminal's own default, one of the 16 ANSI colours,
/// an xterm-256 index, or an RGB value; ``reduced(to:)`` maps it to what the terminal has.
public enum TerminalColor: Hashable, Sendable, CustomStringConvertible {
    /// The terminal's own foreground or background (what `use_default_colors` keeps).
    case `default`
    /// ANSI 0–15: black, red, green, yellow, blue, magenta, cyan, white, then bright_*.
    case ansi(Int)
    /// An xterm-256 palette index, 16–255.
    case indexed(Int)
    case rgb(red: UInt8, green: UInt8, blue: UInt8)

    /// The names a theme file may use for ANSI colours, in palette order.
    public static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright_black", "bright_red", "bright_green", "bright_yellow",
        "bright_blue", "bright_magenta", "bright_cyan", "bright_white",
    ]

    /// A colour from its palette number 0–255.
    public init?(index: Int) {
        switch index {
        case 0...15: self = .ansi(index)
        case 16...255: self = .indexed(index)
        default: return nil
        }
    }

    /// A colour from theme-file text: `default`, an ANSI name (`bright_red`, also
    /// `grey`/`gray` for bright_black), a number `0`–`255` or `#RRGGBB`.
    public init?(parsing text: String) {
        let name = text.lowercased().trimmingCharacters(in: .whitespaces)
        if name == "default" || name == "none" {
            self = .default
        } else if let index = Self.ansiNames.firstIndex(of: name.replacingOccurrences(of: "-", with: "_")) {
            self = .ansi(index)
        } else if name == "grey" || name == "gray" {
            self = .ansi(8)
        } else if let number = Int(name) {
            self.init(index: number)
        } else if name.hasPrefix("#"), name.count == 7, let value = UInt32(name.dropFirst(), radix: 16) {
            self = .rgb(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .default: "default"
        case .ansi(let n): Self.ansiNames[n]
        case .indexed(let n): "\(n)"
        case .rgb(let r, let g, let b):
            "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined()
        }
    }

    /// The palette number the terminal is given (nil for `.default`); meaningful after
    /// ``reduced(to:)``, which leaves no `.rgb`.
    public var paletteIndex: Int? {
        switch self {
        case .default: nil
        case .ansi(let n), .indexed(let n): n
        case .rgb: Self.nearest(to: rgbValue, in: 16...255)
        }
    }

    /// The closest colour the terminal can show: RGB to the nearest xterm-256 entry,
    /// 256 to the nearest of the 16, bright to normal for 8 colours, and `.default`
    /// for monochrome.
    public func reduced(to depth: ColorDepth) -> TerminalColor {
        switch (self, depth) {
        case (.default, _), (_, .monochrome):
            return .default
        case (.rgb, .indexed256):
            return TerminalColor(index: Self.nearest(to: rgbValue, in: 16...255)) ?? .default
        case (_, .indexed256), (.ansi, .ansi16):
            return self
        case (.indexed, .ansi16), (.rgb, .ansi16):
            return .ansi(Self.nearest(to: rgbValue, in: 0...15))
        case (_, .ansi8):
            guard case .ansi(let n) = reduced(to: .ansi16) else { return .default }
            return .ansi(n % 8)
        }
    }

    /// The RGB value (xterm's default palette for indexed colours).
    var rgbValue: (Int, Int, Int) {
        switch self {
        case .default: return (0, 0, 0)
        case .rgb(let r, let g, let b): return (Int(r), Int(g), Int(b))
        case .ansi(let n), .indexed(let n): return Self.paletteRGB(n)
        }
    }

    private static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static func paletteRGB(_ n: Int) -> (Int, Int, Int) {
        switch n {
        case 0...15:
            return ansiRGB[n]
        case 16...231:
            let steps = [0, 95, 135, 175, 215, 255]
            let i = n - 16
            return (steps[i / 36], steps[i / 6 % 6], steps[i % 6])
        default:
            let level = 8 + 10 * (min(max(n, 232), 255) - 232)
            return (level, level, level)
        }
    }

    private static func nearest(to rgb: (Int, Int, Int), in range: ClosedRange<Int>) -> Int {
        var best = range.lowerBound
        var bestDistance = Int.max
        for n in range {
            let p = paletteRGB(n)
            // Weighted for how the eye sees red, green and blue.
            let d = 3 * (p.0 - rgb.0) * (p.0 - rgb.0) + 4 * (p.1 - rgb.1) * (p.1 - rgb.1) + 2 * (p.2 - rgb.2) * (p.2 - rgb.2)
            if d < bestDistance {
                bestDistance = d
                best = n
            }
        }
        return best
    }
}
