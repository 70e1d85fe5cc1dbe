/// The look of every ``StyleRole``: what `Themes/<name>.toml` holds.
///
/// A role the theme does not style falls back to its parent role (`list.row.selected` →
/// `list.row` → `list` → `normal`). A theme file styles only the roles it names; the
/// others come from `default` (see ``ThemeLoader``).
///
/// Selection never relies on colour alone: whatever a file says, the selection roles
/// (``selectionRoles``) end up with reverse, bold or underline; ``init(name:styles:)``
/// adds bold to one that has none of them.
public struct Theme: Sendable, Equatable {
    public var name: String
    /// The roles this theme styles itself.
    public private(set) var styles: [StyleRole: Style]

    /// Roles that mark the current item; each must stand out without colour.
    public static let selectionRoles: [StyleRole] = [
        .listRowSelected, .listRowSelectedInactive, .menuItemSelected, .tabSelected, .formFieldFocused,
    ]

    public init(name: String, styles: [StyleRole: Style]) {
        self.name = name
        self.styles = styles
        for role in Self.selectionRoles {
            var style = ownStyle(for: role)
            if !style.standsOutWithoutColor {
                style.bold = true
                self.styles[role] = style
            }
        }
    }

    /// How a role looks, falling back through its parents to `normal`. A colour the
    /// role leaves at `default` is the colour of `normal` (so a light theme needs to
    /// set its background once); `normal`'s `default` is the terminal's own.
    public func style(for role: StyleRole) -> Style {
        var style = ownStyle(for: role)
        let base = styles[.normal] ?? .plain
        if style.foreground == .default { style.foreground = base.foreground }
        if style.background == .default { style.background = base.background }
        return style
    }

    private func ownStyle(for role: StyleRole) -> Style {
        var current: StyleRole? = role
        while let candidate = current {
            if let style = styles[candidate] { return style }
            current = candidate.parent
        }
        return .plain
    }

    /// This theme with the roles of `overrides` replaced (each role whole).
    public func overriding(with overrides: [StyleRole: Style], name: String) -> Theme {
        Theme(name: name, styles: styles.merging(overrides) { _, new in new })
    }

    /// This theme with colours the terminal can show; monochrome drops them all.
    public func reduced(to depth: ColorDepth) -> Theme {
        Theme(name: name, styles: styles.mapValues { $0.reduced(to: depth) })
    }
}
