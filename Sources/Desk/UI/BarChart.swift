import Foundation
import Terminal

/// How bars are drawn: with the eighth-blocks of Unicode (`▏▎▍▌▋▊▉█`), or with `#` where
/// those would show as garbage or mean nothing.
public enum BarStyle: String, Sendable, Hashable, CaseIterable {
    case unicode
    case ascii

    /// Unicode when the locale is UTF-8 and the terminal can draw block characters, and
    /// the theme has colours; `#` otherwise: a C/POSIX or Latin-1 locale, the Linux console
    /// or a dumb terminal, or the monochrome theme (`NO_COLOR`), where the plain bar reads
    /// better. The locale is the first non-empty of `LC_ALL`, `LC_CTYPE`, `LANG`.
    public static func detect(environment: [String: String], monochrome: Bool) -> BarStyle {
        if monochrome { return .ascii }
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let normalized = locale.lowercased().replacingOccurrences(of: "-", with: "")
        guard normalized.contains("utf8") else { return .ascii }
        let term = environment["TERM"] ?? ""
        if term == "dumb" || term == "linux" || term.hasPrefix("vt1") || term.hasPrefix("vt2") { return .ascii }
        return .unicode
    }
}

/// Horizontal bars for the dashboard: a label column, the bar, and the value's text.
enum BarChart {
    /// The partial blocks, from one eighth to seven eighths of a column.
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar for `value` out of `maximum` in at most `width` columns. A value above zero
    /// always shows at least a sliver; zero shows nothing.
    static func bar(_ value: Double, of maximum: Double, width: Int, style: BarStyle) -> String {
        guard width > 0, maximum > 0, value > 0 else { return "" }
        let share = min(1, value / maximum)
        switch style {
        case .unicode:
            let total = max(1, Int((share * Double(width * 8)).rounded()))
            let full = total / 8
            let rest = total % 8
            return String(repeating: "█", count: full) + (rest > 0 ? String(eighths[rest - 1]) : "")
        case .ascii:
            return String(repeating: "#", count: max(1, Int((share * Double(width)).rounded())))
        }
    }

    /// One row: the label padded to `labelWidth`, the bar in the room left, the value
    /// text right-aligned in `valueWidth` columns.
    static func row(label: String, value: Double, maximum: Double, text: String, width: Int, labelWidth: Int,
                    valueWidth: Int, style: BarStyle, role: StyleRole = .textEmphasis) -> StyledLine {
        let labelText = DisplayWidth.pad(DisplayWidth.truncate(label.visible, to: labelWidth), to: labelWidth)
        let room = max(1, width - labelWidth - valueWidth - 3)
        let drawn = bar(value, of: maximum, width: room, style: style)
        let filler = String(repeating: " ", count: max(0, room - DisplayWidth.width(of: drawn)))
        let valueText = DisplayWidth.truncate(text.visible, to: valueWidth)
        let padded = String(repeating: " ", count: max(0, valueWidth - DisplayWidth.width(of: valueText))) + valueText
        return [Span(labelText + " "), Span(drawn, role), Span(filler + "  "), Span(padded, .normal)]
    }
}
