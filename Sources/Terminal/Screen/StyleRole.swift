/// What a piece of the screen *means* (a selected row, an error, a muted hint), which a
/// ``Theme`` turns into colours and attributes.
///
/// Views draw with roles, never with colours, so that one theme file restyles the whole
/// program and snapshot tests can check meaning (`roleMap()`) instead of escape codes.
/// Roles are dotted names; a theme that does not style `list.row.selected` falls back to
/// `list.row`, then `list`, then ``normal``. Any name works, the constants below are the
/// ones the shipped themes style.
///
/// Selection never relies on colour alone: every shipped theme gives ``listRowSelected``
/// reverse or bold, ``Theme`` adds bold when a theme file gives it neither, and the Desk
/// also draws a `›` marker in front of the selected row.
public struct StyleRole: RawRepresentable, Hashable, Sendable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }
    public static func < (lhs: StyleRole, rhs: StyleRole) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The role this one falls back to: `list.row.selected` → `list.row` → `list` → `normal`.
    public var parent: StyleRole? {
        if self == .normal { return nil }
        guard let dot = rawValue.lastIndex(of: ".") else { return .normal }
        return StyleRole(String(rawValue[..<dot]))
    }

    // Text
    /// Ordinary text; every role falls back to it.
    public static let normal: StyleRole = "normal"
    public static let textMuted: StyleRole = "text.muted"
    public static let textDisabled: StyleRole = "text.disabled"
    public static let textEmphasis: StyleRole = "text.emphasis"
    /// A placeholder the ``Sanitizer`` put in place of a control character.
    public static let textControl: StyleRole = "text.control"
    public static let textLink: StyleRole = "text.link"
    public static let searchMatch: StyleRole = "search.match"

    // Panes
    public static let paneBorder: StyleRole = "pane.border"
    public static let paneBorderFocused: StyleRole = "pane.border.focused"
    public static let paneTitle: StyleRole = "pane.title"
    public static let paneTitleFocused: StyleRole = "pane.title.focused"
    public static let tab: StyleRole = "tab"
    public static let tabSelected: StyleRole = "tab.selected"

    // Lists
    public static let listHeader: StyleRole = "list.header"
    public static let listRow: StyleRole = "list.row"
    /// The selected row of the focused list: reverse or bold in every theme.
    public static let listRowSelected: StyleRole = "list.row.selected"
    /// The selected row of a list that does not have the focus.
    public static let listRowSelectedInactive: StyleRole = "list.row.selected.inactive"

    // Status line and hint bar
    public static let statusBar: StyleRole = "status"
    public static let statusInfo: StyleRole = "status.info"
    public static let statusSuccess: StyleRole = "status.success"
    public static let statusWarning: StyleRole = "status.warning"
    public static let statusError: StyleRole = "status.error"
    public static let hintKey: StyleRole = "hint.key"
    public static let hintText: StyleRole = "hint.text"

    // Forms and dialogs
    public static let formLabel: StyleRole = "form.label"
    public static let formField: StyleRole = "form.field"
    public static let formFieldFocused: StyleRole = "form.field.focused"
    public static let formFieldInvalid: StyleRole = "form.field.invalid"
    public static let formError: StyleRole = "form.error"
    public static let dialog: StyleRole = "dialog"
    public static let dialogBorder: StyleRole = "dialog.border"
    public static let menuItem: StyleRole = "menu.item"
    public static let menuItemSelected: StyleRole = "menu.item.selected"
    public static let menuItemDisabled: StyleRole = "menu.item.disabled"

    // Notices and deadlines
    public static let noticeInfo: StyleRole = "notice.info"
    public static let noticeWarning: StyleRole = "notice.warning"
    public static let dueOnTime: StyleRole = "due.ontime"
    public static let dueSoon: StyleRole = "due.soon"
    public static let dueOverdue: StyleRole = "due.overdue"
    public static let dueDone: StyleRole = "due.done"

    /// Every role above, in the order a theme file lists them.
    public static let wellKnown: [StyleRole] = [
        .normal, .textMuted, .textDisabled, .textEmphasis, .textControl, .textLink, .searchMatch,
        .paneBorder, .paneBorderFocused, .paneTitle, .paneTitleFocused, .tab, .tabSelected,
        .listHeader, .listRow, .listRowSelected, .listRowSelectedInactive,
        .statusBar, .statusInfo, .statusSuccess, .statusWarning, .statusError, .hintKey, .hintText,
        .formLabel, .formField, .formFieldFocused, .formFieldInvalid, .formError,
        .dialog, .dialogBorder, .menuItem, .menuItemSelected, .menuItemDisabled,
        .noticeInfo, .noticeWarning, .dueOnTime, .dueSoon, .dueOverdue, .dueDone,
    ]
}
