import Procedure
import Terminal

/// One binding: its keys, its command's name (the word on the `:` line), what it does, its
/// short label in the hint bar (nil: not there), and, when it cannot be used now, why. The
/// key handling, the hint bar, the `?` help and the `:` completion all read the bindings
/// the focused components give, so they cannot disagree.
public struct Binding: Sendable {
    public var keys: [Key]
    public var name: String
    public var label: Localized
    public var hint: Localized?
    /// Nil when usable now; else the reason it is not.
    public var why: Localized?
    /// Whether the `:` line takes a word after the name (`:period 2026-Q3`).
    public var argument: Bool

    public init(_ keys: [Key], _ name: String, _ label: Localized, hint: Localized? = nil, why: Localized? = nil,
                argument: Bool = false) {
        self.keys = keys
        self.name = name
        self.label = label
        self.hint = hint
        self.why = why
        self.argument = argument
    }

    /// A binding that documents keys a component reads as text input (a form's readline
    /// keys): shown in `?`, never dispatched by name.
    public static func documented(_ keys: String, _ label: Localized) -> Binding {
        Binding([], "", label, why: nil).with(display: keys)
    }

    /// What the help shows in the keys column.
    public var display: String?

    func with(display: String) -> Binding {
        var copy = self
        copy.display = display
        return copy
    }

    public var keysText: String { display ?? keys.map(\.description).joined(separator: " ") }
}

/// A pane, board, overlay or form of the Desk. Drawing never changes it; keys and commands
/// change only the component itself and return what it asks of the rest as `DeskAction`s.
public protocol DeskComponent: Sendable {
    /// Its bindings now, each with why it is unavailable when it is.
    func bindings(_ desk: DeskState) -> [Binding]
    /// A bound command (by its binding's name), from a key or from the `:` line.
    mutating func perform(_ name: String, argument: String?, _ desk: DeskState) -> [DeskAction]
    /// A key no binding took (text typed into a field, a digit of a menu); nil when the
    /// component does not use it either.
    mutating func input(_ key: Key, _ desk: DeskState) -> [DeskAction]?
    /// The layout pass before drawing: sizes and scroll offsets for `rect`.
    mutating func layout(_ rect: Rect, _ desk: DeskState)
    /// Draws into `rect`; puts the terminal's cursor on the focused row or field.
    func draw(_ desk: DeskState, in rect: Rect, into buffer: inout ScreenBuffer)
}

extension DeskComponent {
    public mutating func input(_ key: Key, _ desk: DeskState) -> [DeskAction]? { nil }
    public mutating func layout(_ rect: Rect, _ desk: DeskState) {}
}

/// A full-screen board: a component with an id, a key that switches to it, the data it
/// loads, and what it does with a payload that arrives for it (data it asked for, a form it
/// owns being submitted, a choice made in an overlay).
public protocol BoardComponent: DeskComponent {
    static var board: Board { get }
    static var switchKey: Key { get }
    /// The command on the `:` line that switches to the board ("dashboard").
    static var commandName: String { get }
    static var description: Localized { get }
    /// The short label in the hint bar.
    static var hint: Localized { get }
    static func make(_ desk: DeskState) -> Self
    /// How long after other officers' changes the board waits before loading again (a
    /// board that is a pass over a whole period must not keep the worker busy).
    static var refreshInterval: Double { get }
    /// The job that loads its data (on entering, `C-r`, and after other officers' changes).
    func load(_ desk: DeskState) -> LedgerJob?
    mutating func receive(_ payload: any Sendable, _ desk: DeskState) -> [DeskAction]
    /// A `:` command argument given to the switch command (`:dashboard 2026-Q3`).
    mutating func enter(argument: String?, _ desk: DeskState) -> [DeskAction]
}

extension BoardComponent {
    public static var refreshInterval: Double { 0 }
    public mutating func enter(argument: String?, _ desk: DeskState) -> [DeskAction] { [] }
}

/// A board's id. The proposals board is the root; the others are registered in
/// `BoardRegistry` and each declares its own id in its file.
public struct Board: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    public static let proposals = Board("proposals")
}
