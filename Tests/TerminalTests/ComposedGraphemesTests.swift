import Foundation
import Testing
@testable import Terminal

/// The ncurses backend's NFC cache (issue 16), without ncurses: each grapheme gives the
/// scalars Foundation's NFC gives it, whether it was met first in NFD or NFC, and only
/// graphemes a cell can hold are kept.
@Suite struct ComposedGraphemesTests {
    static func nfc(_ character: Character) -> [Unicode.Scalar] {
        Array(String(character).precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    @Test func nfdAndNfcOfALetterGiveTheSameComposedScalarsAndShareAnEntry() {
        var cache = ComposedGraphemes()
        let decomposed: Character = "e\u{0323}\u{0302}"   // ệ typed as e, dot below, circumflex
        let composed: Character = "\u{1EC7}"
        #expect(cache.scalars(of: decomposed) == ["\u{1EC7}"])
        #expect(cache.count == 1)
        // The NFC form finds the entry the NFD form made: the same scalars, no new entry.
        #expect(cache.scalars(of: composed) == ["\u{1EC7}"])
        #expect(cache.count == 1)
        // And the other way round, in a fresh cache.
        var other = ComposedGraphemes()
        #expect(other.scalars(of: composed) == Self.nfc(composed))
        #expect(other.scalars(of: decomposed) == Self.nfc(decomposed))
        #expect(other.count == 1)
    }

    @Test func aGraphemeLongerThanACellHoldsIsComposedButNotKept() {
        var cache = ComposedGraphemes()
        // A base letter with eight marks that have no precomposed form: nine scalars.
        let long = Character("a" + String(repeating: "\u{0301}\u{0316}\u{0317}\u{0318}", count: 2))
        #expect(long.unicodeScalars.count > ComposedGraphemes.keptScalars)
        #expect(cache.scalars(of: long) == Self.nfc(long))
        #expect(cache.count == 0, "a hostile grapheme is not kept")
        // One that fits is kept.
        let short: Character = "a\u{0316}"
        #expect(cache.scalars(of: short) == Self.nfc(short))
        #expect(cache.count == 1)
    }

    @Test func controlsWideAndEmojiGiveWhatFoundationGives() {
        var cache = ComposedGraphemes()
        let samples: [Character] = ["\u{01}", "\u{7F}", "\u{1B}", "\u{9B}", "漢", "❤️", "👍🏽", "Đ", "ư", "\r\n", "\u{2400}"]
        for character in samples {
            #expect(cache.scalars(of: character) == Self.nfc(character), "\(character.unicodeScalars.map { String($0.value, radix: 16) })")
            // Asked again: the kept answer is the same.
            #expect(cache.scalars(of: character) == Self.nfc(character))
        }
    }

    @Test func aFullCacheStartsAgainAndStillAnswers() {
        var cache = ComposedGraphemes()
        var scalar: UInt32 = 0x4E00
        while cache.count < ComposedGraphemes.capacity {
            guard let s = Unicode.Scalar(scalar) else { break }
            _ = cache.scalars(of: Character(s))
            scalar += 1
        }
        #expect(cache.count == ComposedGraphemes.capacity)
        #expect(cache.scalars(of: "e\u{0323}\u{0302}") == ["\u{1EC7}"])
        #expect(cache.count == 1, "the cache was emptied before the new entry")
    }
}
