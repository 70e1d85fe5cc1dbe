import Foundation

/// A one-page PDF 1.4 of plain text, written by our own code for the demo's stand-in of a
/// signed scan (§7.8): a catalogue, a page tree of one A4 page, the standard Helvetica
/// (one of the 14 base fonts every reader has, so nothing is embedded), one content
/// stream, an information dictionary, the cross-reference table with each object's byte
/// offset, the trailer, `startxref` and `%%EOF`.
///
/// Vietnamese is **transliterated to ASCII** (the diacritics dropped, đ → d), not encoded:
/// a base font's WinAnsi encoding has no glyph for most Vietnamese letters, and embedding
/// a font is more than a stand-in needs. "Biên bản họp" is written "Bien ban hop".
public enum TinyPDF {
    /// The page: `title` in 15 pt, then `lines` in 11 pt, each wrapped at `wrapColumn`
    /// characters; what does not fit on the page is left out.
    public static func page(title: String, lines: [String]) -> Data {
        var text: [String] = []
        for line in lines { text += wrap(ascii(line), at: wrapColumn) }
        text = Array(text.prefix(maxLines))
        var content = "BT\n/F1 15 Tf\n72 770 Td\n(\(escape(ascii(title)))) Tj\n/F1 11 Tf\n15 TL\nT*\n"
        for line in text { content += "T*\n(\(escape(line))) Tj\n" }
        content += "ET\n"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Length \(content.utf8.count) >>\nstream\n" + content + "endstream",
            "<< /Title (\(escape(ascii(title)))) /Producer (dexuat) >>",
        ]
        var out = Data()
        func add(_ s: String) { out.append(contentsOf: Array(s.utf8)) }
        add("%PDF-1.4\n")
        // A comment of bytes above 127: tells a transfer program the file is binary.
        out.append(contentsOf: [0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A])
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(out.count)
            add("\(index + 1) 0 obj\n\(body)\nendobj\n")
        }
        let xref = out.count
        // Each entry is exactly 20 bytes: 10 digits, space, 5 digits, space, n or f, space, LF.
        add("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n")
        for offset in offsets { add(padded(offset, 10) + " 00000 n \n") }
        add("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info \(objects.count) 0 R >>\nstartxref\n\(xref)\n%%EOF\n")
        return out
    }

    static let wrapColumn = 88
    static let maxLines = 46

    /// Vietnamese to ASCII: canonical decomposition, combining marks dropped, đ/Đ → d/D,
    /// dashes, curly quotes, the ellipsis and bullets to their ASCII forms; any other
    /// character outside printable ASCII becomes "?", a control a space.
    public static func ascii(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if let plain = punctuation[scalar] {
                out.append(contentsOf: plain.unicodeScalars)
                continue
            }
            switch scalar {
            case "đ": out.append("d")
            case "Đ": out.append("D")
            case _ where scalar.properties.generalCategory == .nonspacingMark: continue
            case _ where scalar.value >= 0x20 && scalar.value < 0x7F: out.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.properties.isWhitespace: out.append(" ")
            default: out.append("?")
            }
        }
        return String(out)
    }

    static let punctuation: [Unicode.Scalar: String] = [
        "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-", "\u{2212}": "-",
        "\u{2018}": "'", "\u{2019}": "'", "\u{201C}": "\"", "\u{201D}": "\"", "\u{00AB}": "\"", "\u{00BB}": "\"",
        "\u{2026}": "...", "\u{2022}": "-", "\u{00A0}": " ",
    ]

    /// A PDF literal string's body: backslash and both parentheses escaped.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
    }

    /// Words to lines of at most `width` characters (a longer word is cut).
    static func wrap(_ text: String, at width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if current.isEmpty { current = word } else if current.count + 1 + word.count <= width { current += " " + word } else {
                lines.append(current)
                current = word
            }
        }
        lines.append(current)
        return lines
    }

    static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
