/// How a ``StyleRole`` looks: colours and attributes, as one theme entry says.
public struct Style: Hashable, Sendable, CustomStringConvertible {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    /// Dim (faint): how disabled actions look in monochrome.
    public var dim: Bool

    public init(foreground: TerminalColor = .default, background: TerminalColor = .default,
                bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    /// The terminal's own colours, no attributes.
    public static let plain = Style()

    /// Whether the style stands out without colour (what a selection needs).
    public var standsOutWithoutColor: Bool { bold || underline || reverse }

    /// The same style with colours the terminal can show.
    public func reduced(to depth: ColorDepth) -> Style {
        var style = self
        style.foreground = foreground.reduced(to: depth)
        style.background = background.reduced(to: depth)
        return style
    }

    public var description: String {
        var parts = ["fg=\(foreground)", "bg=\(background)"]
        if bold { parts.append("bold") }
        if underline { parts.append("underline") }
        if reverse { parts.append("reverse") }
        if dim { parts.append("dim") }
        return parts.joined(separator: " ")
    }
}
