import Terminal

/// The text of one field as a row of graphemes and a caret, with the readline commands
/// officers know from the shell. ``LineEditor`` and ``TextArea`` share it.
///
/// Editing is by grapheme (a Swift `Character`): Backspace removes a whole `ế` whether it
/// was typed precomposed or as `e` + U+0302 + U+0301, and a combining mark (or a ZWJ,
/// or VS16) typed on its own joins the grapheme before it, as a Telex or VNI input
/// method that sends the mark after the letter expects. The text stays as typed; it is
/// made NFC when the form reads it (``committed``).
///
/// ```swift
/// var buffer = EditBuffer("Đề xuat")
/// var kill = ""
/// _ = buffer.handle(.ctrl("w"), kill: &kill)   // "Đề ", kill == "xuat"
/// ```
public struct EditBuffer: Sendable, Equatable {
    /// The graphemes, in order. A text area keeps "\n" between its lines.
    public private(set) var characters: [Character]
    /// Where the caret stands: before `characters[caret]`, or at the end.
    public private(set) var caret: Int

    public init(_ text: String = "") {
        characters = Array(text)
        caret = characters.count
    }

    /// The text as typed.
    public var text: String { String(characters) }

    /// The text as it is stored: NFC (so that `e` + U+0302 + U+0301 becomes `ế`).
    public var committed: String { text.precomposedStringWithCanonicalMapping }

    /// Replaces the whole text and puts the caret at its end.
    public mutating func setText(_ text: String) {
        characters = Array(text)
        caret = characters.count
    }

    /// Moves the caret, clamped to the text.
    public mutating func moveCaret(to index: Int) {
        caret = min(max(index, 0), characters.count)
    }

    /// Applies one readline key. Returns false for keys it does not use (C-e among them:
    /// the form reserves it for "edit in $EDITOR").
    public mutating func handle(_ key: Key, kill: inout String) -> Bool {
        switch key {
        case .char(let character): insert(character)
        case .paste(let text): insert(text: text)
        case .backspace:
            guard caret > 0 else { return true }
            characters.remove(at: caret - 1)
            caret -= 1
        case .delete, .ctrl("d"):
            if caret < characters.count { characters.remove(at: caret) }
        case .left, .ctrl("b"): caret = max(caret - 1, 0)
        case .right, .ctrl("f"): caret = min(caret + 1, characters.count)
        case .home, .ctrl("a"): caret = lineStart
        case .end: caret = lineEnd
        case .alt("b"): caret = wordStart(before: caret)
        case .alt("f"): caret = wordEnd(after: caret)
        case .ctrl("k"):
            // At the end of a line, C-k joins the next line, as in Emacs.
            let end = lineEnd == caret && caret < characters.count ? caret + 1 : lineEnd
            kill = cut(caret..<end)
        case .ctrl("u"):
            let start = lineStart
            kill = cut(start..<caret)
            caret = start
        case .ctrl("w"):
            let start = spaceDelimitedStart(before: caret)
            kill = cut(start..<caret)
            caret = start
        case .alt("d"):
            kill = cut(caret..<wordEnd(after: caret))
        case .ctrl("y"):
            insert(text: kill)
        default:
            return false
        }
        return true
    }

    /// Inserts one typed grapheme; a lone mark joins the grapheme before the caret.
    public mutating func insert(_ character: Character) {
        if caret > 0 {
            let joined = String(characters[caret - 1]) + String(character)
            if joined.count == 1, let single = joined.first {
                characters[caret - 1] = single
                return
            }
        }
        characters.insert(character, at: caret)
        caret += 1
    }

    /// Inserts a run of text (a paste, a yank). Graphemes that join across the edges join.
    public mutating func insert(text: String) {
        guard !text.isEmpty else { return }
        let before = String(characters[..<caret]) + text
        let after = String(characters[caret...])
        let head = Array(before)
        characters = Array(before + after)
        caret = min(head.count, characters.count)
    }

    // MARK: - Positions

    /// The start of the line the caret is on (after the previous "\n").
    public var lineStart: Int {
        var index = caret
        while index > 0 && characters[index - 1] != "\n" { index -= 1 }
        return index
    }

    /// The end of the line the caret is on (before the next "\n").
    public var lineEnd: Int {
        var index = caret
        while index < characters.count && characters[index] != "\n" { index += 1 }
        return index
    }

    private func isWord(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    private func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0 && !isWord(characters[i - 1]) { i -= 1 }
        while i > 0 && isWord(characters[i - 1]) { i -= 1 }
        return i
    }

    private func wordEnd(after index: Int) -> Int {
        var i = index
        while i < characters.count && !isWord(characters[i]) { i += 1 }
        while i < characters.count && isWord(characters[i]) { i += 1 }
        return i
    }

    /// Readline's unix-word-rubout: back over spaces, then over anything but spaces.
    private func spaceDelimitedStart(before index: Int) -> Int {
        var i = index
        while i > 0 && characters[i - 1].isWhitespace { i -= 1 }
        while i > 0 && !characters[i - 1].isWhitespace { i -= 1 }
        return i
    }

    private mutating func cut(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let removed = String(characters[range])
        characters.removeSubrange(range)
        if caret > range.lowerBound { caret = max(range.lowerBound, caret - range.count) }
        return removed
    }
}
