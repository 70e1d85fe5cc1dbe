import Foundation

/// Each grapheme's NFC form, kept once computed: what the ncurses backend sends a terminal
/// for a cell.
///
/// Normalising through Foundation for every changed cell of every frame was about 6 % of
/// the Desk's time in a profile of 300 keys (issue 16). Canonically equivalent graphemes
/// (an "ệ" typed in NFD and the same letter in NFC) share an entry, because `Character`
/// compares by canonical equivalence. Only graphemes a cell can hold are kept: a hostile
/// one of a thousand combining marks is cut to its first scalar when drawn anyway, and
/// would make the cache's entries megabytes.
///
/// ```swift
/// var composed = ComposedGraphemes()
/// composed.scalars(of: "e\u{0323}\u{0302}")   // ["ệ"]: one scalar, U+1EC7
/// ```
public struct ComposedGraphemes: Sendable {
    /// The longest grapheme (in scalars) kept.
    public static let keptScalars = 5
    /// Entries kept before the cache starts again from empty.
    public static let capacity = 8192

    private var known: [Character: [Unicode.Scalar]] = [:]

    public init() {}

    /// How many graphemes are kept.
    public var count: Int { known.count }

    /// The grapheme's scalars in NFC, as `precomposedStringWithCanonicalMapping` gives them.
    public mutating func scalars(of character: Character) -> [Unicode.Scalar] {
        if let scalars = known[character] { return scalars }
        let scalars = Array(String(character).precomposedStringWithCanonicalMapping.unicodeScalars)
        guard scalars.count <= Self.keptScalars else { return scalars }
        if known.count >= Self.capacity { known.removeAll(keepingCapacity: true) }
        known[character] = scalars
        return scalars
    }
}
