/// One column of the screen: a grapheme and the role it is drawn with.
///
/// A wide grapheme (CJK, most emoji) sits in its first cell; the cell to its right is a
/// *continuation* that holds nothing of its own, so the grid always has exactly one cell
/// per terminal column.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown here (a space when empty); for a continuation, a space.
    public var character: Character
    /// What the grapheme means; the theme decides how it looks.
    public var role: StyleRole
    /// Whether this is the right half of the wide grapheme in the cell to the left.
    public var isContinuation: Bool

    public init(_ character: Character = " ", role: StyleRole = .normal, isContinuation: Bool = false) {
        self.character = character
        self.role = role
        self.isContinuation = isContinuation
    }

    /// An empty cell of the given role.
    public static func blank(_ role: StyleRole = .normal) -> Cell { Cell(" ", role: role) }
}
