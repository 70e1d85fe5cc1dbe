/// The sanitiser of the offline forms (`form export`): plain text that an officer fills in
/// any editor, and that must never become a line some other program obeys.
///
/// An exported form once ended up as a service account's `.ssh/authorized_keys`: its
/// continuation lines started with spaces, sshd skipped them, and a public key typed into
/// a checklist comment after a line break became an unrestricted key line. So:
///
/// - every character that could act on a terminal or an editor (C0 controls, tab and CR
///   included, DEL, C1, bidi controls, U+2028/9) becomes U+FFFD, as on a screen;
/// - stored text only ever starts a line after something of ours: a comment line starts
///   with `#`, an item line with the item's key, and a continuation line with spaces and
///   then the fixed marker `|` — so no line, trimmed of its leading white space, can start
///   with a key type, an option, a shell word or a cron field taken from the record.
public enum FormText {
    /// What every continuation line starts with after its indentation.
    public static let marker: Character = "|"
    /// The indentation and marker the writer puts before each continuation line.
    public static let continuationPrefix = "  | "

    /// Whether a scalar may not appear in a line of a form.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        case 0x2028, 0x2029, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// One line of a form: every control, line breaks included, shown as U+FFFD.
    public static func line(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? "\u{FFFD}" : $0 }))
    }

    /// The lines of a multi-line text (split at LF and CRLF only), each made safe by `line`.
    public static func lines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { scalars in
            var view = String.UnicodeScalarView(scalars)
            if view.last == "\r" { view.removeLast() }
            return line(String(view))
        }
    }

    /// A continuation line carrying `text` (already one line): indentation, marker, text.
    public static func continuation(_ text: String) -> String {
        text.isEmpty ? "  |" : continuationPrefix + text
    }

    /// The text of a continuation line as the writer wrote it (and as an officer types
    /// it): leading white space, the marker, and one optional space are taken off. Nil
    /// when the line, after its white space, does not start with the marker.
    public static func continuationText(_ line: Substring) -> Substring? {
        let rest = line.drop { $0 == " " || $0 == "\t" }
        guard rest.first == marker else { return nil }
        let text = rest.dropFirst()
        return text.first == " " ? text.dropFirst() : text
    }

    /// Whether a checklist item's id may be a key of a form: ASCII letters, digits and `_`,
    /// at most 64. The id starts an item line; an id from a damaged record must not be able
    /// to write a key type or a cron field there.
    public static func isKey(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 64 && id.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
        }
    }
}
