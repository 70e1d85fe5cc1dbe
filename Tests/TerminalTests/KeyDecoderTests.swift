import Testing
@testable import Terminal

@Suite struct KeyDecoderTests {
    private func decode(_ text: String, extra: [KeyInput] = []) -> [Key] {
        var decoder = KeyDecoder()
        return decoder.feed(text.unicodeScalars.map { KeyInput.scalar($0) } + extra + [.idle])
    }

    @Test func plainCharacters() {
        #expect(decode("aĐ漢") == [.char("a"), .char("Đ"), .char("漢")])
    }

    @Test func altIsEscapeFollowedAtOnce() {
        #expect(decode("\u{1B}x") == [.alt("x")])
        #expect(decode("\u{1B}đ") == [.alt("đ")])
    }

    @Test func loneEscapeAfterTheDelay() {
        var decoder = KeyDecoder()
        #expect(decoder.feed(.scalar("\u{1B}")) == [])
        #expect(decoder.isPending)
        #expect(decoder.feed(.idle) == [.escape])
        #expect(!decoder.isPending)
        #expect(decode("\u{1B}\u{1B}") == [.escape, .escape])
    }

    @Test func controlKeys() {
        #expect(decode("\u{1}\u{3}\u{1A}\u{17}") == [.ctrl("a"), .ctrl("c"), .ctrl("z"), .ctrl("w")])
        #expect(decode("\u{7F}\u{8}") == [.backspace, .backspace])
        #expect(decode("\r\n\t") == [.enter, .enter, .tab])
        #expect(decode("\u{0}") == [.ctrl(" ")])
    }

    @Test func functionKeysFromCursesAndFromSequences() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([.special(.up), .special(.function(5)), .special(.resize)]) == [.up, .function(5), .resize])
        #expect(decode("\u{1B}[A\u{1B}[6~\u{1B}OP\u{1B}[Z\u{1B}[15~\u{1B}[3~") == [.up, .pageDown, .function(1), .backTab, .function(5), .delete])
        #expect(decode("\u{1B}[9z") == [.unknown])
        #expect(decode("\u{1B}[") == [.alt("[")])
    }

    @Test func bracketedPasteIsOneKeyAndNeverCommands() {
        let pasted = "\u{1B}[200~dòng 1\r\nq\u{1B}[A:quit\u{1B}x\u{3}\ndòng 3\u{1B}[201~"
        let keys = decode(pasted + "j")
        #expect(keys == [.paste("dòng 1\nq[A:quitx\ndòng 3"), .char("j")])
    }

    @Test func pasteIsNFCAndSpansBursts() {
        var decoder = KeyDecoder()
        var keys = decoder.feed("\u{1B}[200~Vie\u{323}\u{302}".unicodeScalars.map { KeyInput.scalar($0) })
        keys += decoder.feed(.idle)
        keys += decoder.feed(.special(.enter))
        keys += decoder.feed("t\u{1B}[201~".unicodeScalars.map { KeyInput.scalar($0) })
        #expect(keys == [.paste("Việ\nt")])
    }

    @Test func pasteWithoutEndEndsAfterIdleLimit() {
        var decoder = KeyDecoder()
        _ = decoder.feed("\u{1B}[200~abc".unicodeScalars.map { KeyInput.scalar($0) })
        var keys: [Key] = []
        for _ in 0..<KeyDecoder.pasteIdleLimit { keys += decoder.feed(.idle) }
        #expect(keys == [.paste("abc")])
    }

    @Test func combiningMarksAttachToThePreviousLetter() {
        #expect(decode("e\u{323}\u{302}") == [.char("ệ")])
        #expect(decode("Vie\u{323}\u{302}t") == [.char("V"), .char("i"), .char("ệ"), .char("t")])
        // A mark in a later burst cannot attach: the letter was already delivered.
        var decoder = KeyDecoder()
        #expect(decoder.feed([.scalar("a"), .idle]) == [.char("a")])
        #expect(decoder.feed([.scalar("\u{301}"), .idle]) == [.char("\u{301}")])
    }

    @Test func describesKeysForHelp() {
        #expect(Key.ctrl("c").description == "C-c")
        #expect(Key.alt("x").description == "M-x")
        #expect(Key.function(5).description == "F5")
        #expect(Key.char(" ").description == "Space")
    }
}
