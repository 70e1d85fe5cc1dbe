import Foundation

/// The gate every piece of text passes on its way in: NFC normalisation (a word typed
/// with Telex and pasted from a PDF must compare equal), and no control characters that
/// could later reach a terminal as an escape sequence.
public enum TextInput {
    /// Longest single-line field (titles, numbers, names), in characters.
    public static let singleLineLimit = 500
    /// Longest multi-line field (dossier sections, reasons), in characters.
    public static let multiLineLimit = 50_000

    /// NFC, trimmed; refuses line breaks and control characters.
    public static func singleLine(_ text: String, field: Localized) -> Result<String, Refusal> {
        let normal = trimmed(text.precomposedStringWithCanonicalMapping, newlines: false)
        if normal.unicodeScalars.contains(where: { isForbiddenInLine($0) || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            return .failure(Refusal(.controlCharacters, detail: field))
        }
        if normal.count > singleLineLimit {
            return .failure(Refusal(.textTooLong, detail: field))
        }
        return .success(normal)
    }

    /// NFC, trimmed, CRLF folded to LF, tabs kept; refuses other control characters.
    public static func multiLine(_ text: String, field: Localized) -> Result<String, Refusal> {
        var normal = text.precomposedStringWithCanonicalMapping
        // Foundation's replacing is slow on Linux: only call it when there is something to replace.
        if normal.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            normal = normal.replacingOccurrences(of: "\r\n", with: "\n")
                .replacingOccurrences(of: "\u{2028}", with: "\n")
                .replacingOccurrences(of: "\u{2029}", with: "\n\n")
        }
        normal = trimmed(normal, newlines: true)
        if normal.unicodeScalars.contains(where: { $0 != "\n" && $0 != "\t" && isForbiddenInLine($0) }) {
            return .failure(Refusal(.controlCharacters, detail: field))
        }
        if normal.count > multiLineLimit {
            return .failure(Refusal(.textTooLong, detail: field))
        }
        return .success(normal)
    }

    /// C0, DEL, C1, the bidi controls that can make text lie about its order, and U+2028/9.
    public static func isForbiddenInLine(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        // The line and paragraph separators end a line in some terminals and editors.
        case 0x2028, 0x2029: true
        default: false
        }
    }

    /// Whether the text says something (not only spaces).
    public static func isBlank(_ text: String?) -> Bool {
        (text ?? "").unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    /// The text without leading and trailing white space (and line breaks, if asked).
    static func trimmed(_ text: String, newlines: Bool) -> String {
        let scalars = text.unicodeScalars
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            s.properties.isWhitespace && (newlines || !(s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}" || s == "\u{0B}" || s == "\u{0C}" || s == "\u{85}"))
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        guard let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }
}
