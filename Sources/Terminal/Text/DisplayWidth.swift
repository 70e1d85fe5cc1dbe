/// How many terminal columns text takes, and the column-exact truncate, pad and wrap
/// built on it.
///
/// The table is our own rather than the C library's `wcwidth`, so that tests and
/// production agree whatever locale the server runs in:
///
/// - a Vietnamese letter takes one column in NFC and in NFD (combining marks take none);
/// - CJK ideographs, kana, Hangul syllables and fullwidth forms take two;
/// - an emoji with emoji presentation, or made so by VS16 (U+FE0F) or a ZWJ sequence,
///   takes two; a regional-indicator flag takes two;
/// - East Asian Ambiguous characters (`±`, `…`, `×`) take one, as in a Vietnamese locale;
/// - control characters take none (``ScreenBuffer`` sanitises them before they get there).
///
/// ```swift
/// DisplayWidth.width(of: "Tiếng Việt")          // 10
/// DisplayWidth.truncate("Nguyễn Văn An", to: 8)  // "Nguyễn …"
/// ```
public enum DisplayWidth {
    /// Columns one grapheme takes: 0, 1 or 2.
    public static func width(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // Fast path: ASCII and Latin (Vietnamese) without marks.
        if scalars.count == 1 {
            return width(of: first)
        }
        var hasEmoji = false
        var hasVS16 = false
        var hasZWJ = false
        var regionalIndicators = 0
        for scalar in scalars {
            switch scalar.value {
            case 0xFE0F: hasVS16 = true
            case 0x200D: hasZWJ = true
            case 0x1F1E6...0x1F1FF: regionalIndicators += 1
            default:
                if scalar.value >= 0x2000 || scalar.value == 0x23 || scalar.value == 0x2A || (0x30...0x39).contains(scalar.value) {
                    if scalar.properties.isEmoji { hasEmoji = true }
                }
            }
        }
        if regionalIndicators >= 2 { return 2 }
        if hasEmoji && (hasVS16 || hasZWJ) { return 2 }
        // Otherwise the base decides; marks, VS15 and other joiners add nothing.
        let base = width(of: first)
        if base == 0 && isZeroWidth(first) && !isControl(first) {
            // A grapheme that starts with a mark (an orphan accent): count its first
            // spacing scalar, if any.
            return scalars.dropFirst().map { width(of: $0) }.max() ?? 0
        }
        return base
    }

    /// Columns one scalar takes on its own: 0, 1 or 2.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if isControl(scalar) { return 0 }
        if v < 0x300 { return 1 }
        if isZeroWidth(scalar) { return 0 }
        if isWide(v) { return 2 }
        if v >= 0x1F000 && scalar.properties.isEmojiPresentation { return 2 }
        if v >= 0x2300 && v < 0x2C00 && scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Columns a string takes: the sum of its graphemes.
    public static func width(of text: some StringProtocol) -> Int {
        var total = 0
        for character in text {
            if character.isASCII {
                total += character.asciiValue.map { $0 >= 0x20 && $0 < 0x7F ? 1 : 0 } ?? 0
            } else {
                total += width(of: character)
            }
        }
        return total
    }

    /// The longest prefix of `text` that fits in `columns`, ending in `ellipsis` when
    /// something was cut. Never cuts a grapheme, so never half of a wide one: the
    /// result may be one column short of `columns`.
    public static func truncate(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        if width(of: text) <= columns { return text }
        let ellipsisWidth = width(of: ellipsis)
        let room = ellipsisWidth <= columns ? columns - ellipsisWidth : columns
        var used = 0
        var result = ""
        for character in text {
            let w = width(of: character)
            if used + w > room { break }
            used += w
            result.append(character)
        }
        return ellipsisWidth <= columns ? result + ellipsis : result
    }

    /// Where padding goes when text is shorter than its column.
    public enum Alignment: Sendable {
        case leading, trailing, center
    }

    /// `text` truncated (with "…") or padded with spaces to exactly `columns` columns.
    public static func pad(_ text: String, to columns: Int, alignment: Alignment = .leading) -> String {
        guard columns > 0 else { return "" }
        let fitted = truncate(text, to: columns)
        let missing = columns - width(of: fitted)
        guard missing > 0 else { return fitted }
        switch alignment {
        case .leading:
            return fitted + String(repeating: " ", count: missing)
        case .trailing:
            return String(repeating: " ", count: missing) + fitted
        case .center:
            let left = missing / 2
            return String(repeating: " ", count: left) + fitted + String(repeating: " ", count: missing - left)
        }
    }

    /// Word-wraps `text` into lines of at most `columns` columns.
    ///
    /// Line breaks in the text are kept (an empty line stays an empty line); lines are
    /// broken at spaces, and a word longer than a line is broken between graphemes.
    /// Tabs count as one space. The spaces at a break are dropped.
    public static func wrap(_ text: String, width columns: Int) -> [String] {
        let columns = max(columns, 1)
        var lines: [String] = []
        let paragraphs = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        for paragraph in paragraphs {
            wrapParagraph(paragraph.replacingTabs(), columns: columns, into: &lines)
        }
        return lines
    }

    private static func wrapParagraph(_ paragraph: String, columns: Int, into lines: inout [String]) {
        var line = ""
        var lineWidth = 0
        var pendingSpaces = 0
        var wrapped = false

        func flush() {
            lines.append(line)
            line = ""
            lineWidth = 0
            wrapped = true
        }

        for (index, wordSub) in paragraph.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { pendingSpaces += 1 }
            if wordSub.isEmpty { continue }
            let word = String(wordSub)
            let wordWidth = width(of: word)
            // Indentation is kept at the start of a paragraph, dropped after a break.
            let spaces = lineWidth == 0 && wrapped ? 0 : pendingSpaces
            pendingSpaces = 0
            if lineWidth + spaces + wordWidth <= columns {
                line += String(repeating: " ", count: spaces) + word
                lineWidth += spaces + wordWidth
                continue
            }
            if lineWidth > 0 { flush() }
            if wordWidth <= columns {
                line = word
                lineWidth = wordWidth
                continue
            }
            // A word longer than a line is broken between graphemes.
            for character in word {
                let w = width(of: character)
                if lineWidth + w > columns && lineWidth > 0 { flush() }
                line.append(character)
                lineWidth += w
            }
        }
        if lineWidth > 0 || !wrapped { lines.append(line) }
    }

    // MARK: - Tables

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0)
    }

    /// Marks, format characters, variation selectors and Hangul medial/final jamo.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return true }
        if v == 0x00AD { return false }  // soft hyphen: shown by terminals
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// East Asian Wide and Fullwidth ranges, outside emoji (those come from the
    /// scalar's Emoji_Presentation property).
    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        for range in wideRanges {
            if v < range.lowerBound { return false }
            if v <= range.upperBound { return true }
        }
        return false
    }

    /// Sorted, from Unicode's EastAsianWidth.txt (W and F), emoji left out.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
        0x1AFF0...0x1B2FF, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248,
        0x1F250...0x1F251, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}

extension StringProtocol {
    fileprivate func replacingTabs() -> String {
        contains("\t") ? String(map { $0 == "\t" ? " " : $0 }) : String(self)
    }
}
