import Foundation

/// Escaping for every format Papers writes: one rule for what a control character becomes,
/// one table of entities for HTML and XML, the marks Markdown must not see.
///
/// Control characters never reach a paper: C0 controls other than tab and the line breaks,
/// DEL, the C1 controls, the line and paragraph separators U+2028/9 and the noncharacters
/// U+FFFE/U+FFFF become U+FFFD (�), so that an escape sequence in stored text can neither
/// restyle a page nor break an XML file, and the reader of a copy sees that something was
/// there. The bidi controls (U+061C, U+200E/F, U+202A–E, U+2066–9), invisible by design,
/// are removed: an override could make a name or a reason read backwards on paper. In HTML
/// each stored text is also isolated with `<bdi>` (`isolated`), so that a right-to-left
/// word cannot reorder the words of ours around it.
public enum Markup {
    /// A scalar that no output may carry, shown as U+FFFD.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x9 || v == 0xA || v == 0xD { return false }
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFFFE || v == 0xFFFF
    }

    /// A bidi control (embedding, override, isolate, mark): removed from every paper.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || isBidiControl(scalar)
    }

    /// The text with every control character replaced by U+FFFD and the bidi controls removed.
    public static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsCleaning) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isBidiControl(scalar) {
            out.append(isControl(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }

    /// Text as HTML character data or an attribute value: `& < > " '` become entities
    /// (`'` as `&#39;`, which HTML 4 knows too), controls `&#xFFFD;`.
    /// Line breaks become spaces (HTML shows them so anyway), so that stored text never
    /// starts a line of a page (`PaperAnchor`, `RegisterHTML.parse` read pages by line).
    public static func html(_ text: String) -> String {
        escape(text, apostrophe: "&#39;", foldLines: true)
    }

    /// Stored text as HTML: escaped as `html` does, inside `<bdi>` so that its direction
    /// cannot spill over the text around it.
    public static func isolated(_ text: String) -> String {
        "<bdi>" + html(text) + "</bdi>"
    }

    /// Stored text marked for isolation inside a sentence of ours: its own bidi controls
    /// removed, then wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, which
    /// `htmlMarked` turns into `<bdi>` and every other writer removes with the bidi controls.
    public static func mark(_ text: String) -> String {
        "\u{2068}" + String(String.UnicodeScalarView(text.unicodeScalars.filter { !isBidiControl($0) })) + "\u{2069}"
    }

    /// Text built with `mark` as HTML: escaped, each marked part inside `<bdi>`. The tags
    /// always balance: an unmatched end is dropped, an unclosed start closed at the end.
    public static func htmlMarked(_ text: String) -> String {
        var out = ""
        var depth = 0
        var plain = ""
        func flush() {
            out += html(plain)
            plain = ""
        }
        for scalar in text.unicodeScalars {
            if scalar == "\u{2068}" {
                flush()
                out += "<bdi>"
                depth += 1
            } else if scalar == "\u{2069}" {
                flush()
                if depth > 0 {
                    out += "</bdi>"
                    depth -= 1
                }
            } else {
                plain.unicodeScalars.append(scalar)
            }
        }
        flush()
        return out + String(repeating: "</bdi>", count: depth)
    }

    /// Text as XML 1.0 character data or an attribute value: `& < > " '` become entities
    /// (`'` as `&apos;`), and the characters XML 1.0 forbids (C0 controls but tab and line
    /// breaks, U+FFFE, U+FFFF) `&#xFFFD;`, as do the other controls; bidi controls go.
    public static func xml(_ text: String) -> String {
        escape(text, apostrophe: "&apos;")
    }

    private static func escape(_ text: String, apostrophe: String, foldLines: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where foldLines, "\r" where foldLines: out += " "
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += apostrophe
            default:
                if isControl(scalar) {
                    out += "&#xFFFD;"
                } else if isBidiControl(scalar) {
                    continue
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// The text of HTML written by `html(_:)` (and of a copy edited by hand): the five
    /// entities, `&#x27;`, `&#xFFFD;` and `&nbsp;`.
    public static func unescapeHTML(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = text
        for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&apos;", "'"),
                               ("&#xFFFD;", "\u{FFFD}"), ("&nbsp;", " ")] {
            out = out.replacingOccurrences(of: entity, with: char)
        }
        return out.replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Stored text inside Markdown: it cannot make emphasis, a link, code or an HTML tag
    /// (`\ ` * _ [ ] < >` get a backslash), controls become U+FFFD, and line breaks become
    /// spaces, so that it never starts a line in our reports (it sits in table cells and
    /// after our own words) and `#` and list marks stay as they are.
    public static func markdown(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">":
                out.append("\\")
                out.unicodeScalars.append(scalar)
            case "\n", "\r":
                out.append(" ")
            default:
                if !isBidiControl(scalar) { out.unicodeScalars.append(isControl(scalar) ? "\u{FFFD}" : scalar) }
            }
        }
        return out
    }

    /// The opening of every printable page Papers writes, up to and including `<body>` (no
    /// line break after it):
    /// language, UTF-8, the generator line that says which command and format wrote it,
    /// the (escaped) title and the style sheet.
    public static func htmlHead(language: String, generator: String, title: String, style: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language)">
        <head>
        <meta charset="utf-8">
        <meta name="generator" content="\(html(generator))">
        <title>\(html(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        """
    }

    /// A4 with the margins of Nghị định 30/2020 (top and bottom 20 mm, left 30 mm, right
    /// 15 mm): the first rule of every page's style sheet.
    public static let a4PageRule = "@page { size: A4; margin: 20mm 15mm 20mm 30mm; }"
}
