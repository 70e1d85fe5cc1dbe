import Foundation
import Procedure

/// The last step before text reaches standard output or error: nothing the database holds
/// may reach a terminal as a command (docs/SECURITY.md, "Escape-proof screens").
enum SafeOutput {
    /// Messages and plain lines: line breaks kept, a tab made one space, every other control (C0,
    /// DEL, C1 with U+009B, the bidi controls, U+2028/9) shown as U+FFFD.
    static func lines(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\t" || needsReplacement($0) }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\t" ? " " : needsReplacement($0) ? "\u{FFFD}" : $0 }))
    }

    static func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\n" || scalar == "\t" { return false }
        return TextInput.isForbiddenInLine(scalar) || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// JSON as JSONEncoder wrote it, with the controls it leaves raw (DEL, C1, bidi,
    /// U+2028/9) written as \uXXXX escapes: the same JSON value, and no raw control byte.
    static func json(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 != "\n" && needsReplacement($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar != "\n" && needsReplacement(scalar) {
                out.append(contentsOf: String(format: "\\u%04x", scalar.value).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
