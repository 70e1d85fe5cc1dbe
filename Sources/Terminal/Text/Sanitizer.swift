/// Makes text from the database safe to draw: every character that a terminal could
/// take as a command, or that could make text lie about its order, is replaced by a
/// visible placeholder.
///
/// Terminal escape injection is a real class of vulnerabilities: a proposal title
/// holding `ESC ] 52 ; c ; … BEL` could write the officer's clipboard, and `ESC ] 8`
/// could hide a link. ``ScreenBuffer/put(_:at:y:role:maxWidth:)`` applies this to all
/// text, so no view can forget it.
///
/// | input | shown as |
/// |---|---|
/// | C0 control U+0000–U+001F (ESC is U+001B) | its control picture U+2400+n (`␛`, `␇`, `␊`) |
/// | tab | one space |
/// | DEL U+007F | `␡` |
/// | C1 control U+0080–U+009F (U+009B is CSI) | `�` |
/// | bidi controls U+061C, U+200E/F, U+202A–E, U+2066–9 | `�` |
/// | line and paragraph separators U+2028/9 | `␤` |
///
/// Callers split multi-line text into lines first; a newline left in a line shows as `␊`.
public enum Sanitizer {
    /// The placeholder for C1 and bidi controls.
    public static let replacement: Character = "\u{FFFD}"

    /// `text` with every control replaced by a visible placeholder.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsReplacement) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let placeholder = placeholder(for: scalar) {
                result.append(placeholder)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether a character is one of the placeholders this type produces, so that a
    /// screen can style it apart from real text.
    public static func isPlaceholder(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
        return (0x2400...0x2421).contains(scalar.value) || scalar.value == 0x2424 || scalar == "\u{FFFD}"
    }

    /// Whether a scalar may never reach a terminal as it is.
    public static func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return false }
        return placeholder(for: scalar) != nil
    }

    static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x09: " "
        case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value)
        case 0x7F: "\u{2421}"
        case 0x80...0x9F: "\u{FFFD}"
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: "\u{FFFD}"
        case 0x2028, 0x2029: "\u{2424}"
        default: nil
        }
    }
}
