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
        let normal = text.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces)
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
        let normal = text.precomposedStringWithCanonicalMapping
            .replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\u{2028}", with: "\n")
            .replacingOccurrences(of: "\u{2029}", with: "\n\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if normal.unicodeScalars.contains(where: { $0 != "\n" && $0 != "\t" && isForbiddenInLine($0) }) {
            return .failure(Refusal(.controlCharacters, detail: field))
        }
        if normal.count > multiLineLimit {
            return .failure(Refusal(.textTooLong, detail: field))
        }
        return .success(normal)
    }

    /// C0, DEL, C1 and the bidi controls that can make text lie about its order.
    public static func isForbiddenInLine(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Whether the text says something (not only spaces).
    public static func isBlank(_ text: String?) -> Bool {
        (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
