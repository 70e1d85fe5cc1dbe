import Foundation
import Testing
@testable import Terminal

/// A prepared text is measured once and placed many times: cut, padded and placed, it
/// must give exactly the cells the string gives through `DisplayWidth` and `put`.
@Suite struct PreparedTextTests {
    static let texts: [String] = [
        "",
        "Số hóa hồ sơ một cửa — Nguyễn Văn An",
        "Tiếng Việt".decomposedStringWithCanonicalMapping + " (NFD)",
        "漢字とかな 한국어 全角ＡＢＣ",
        "emoji 👍🏽 ❤️ 👨‍👩‍👧 🇻🇳 #️⃣ x",
        "\u{301}orphan mark, \u{200B}zero width\u{200D}joiner\u{FEFF}",
        "\u{1B}[2J\u{1B}[31mTiêu đề đỏ\u{7}",
        "C1 \u{9B}31m \u{85} bidi \u{202E}fdp.exe \u{2066}x\u{2069} \u{7F}\u{0}\ttab",
        "line\u{2028}sep\u{2029}",
        String(repeating: "Đề xuất cải tiến ", count: 12),
    ]

    /// The cells of one row after placing `draw` into a blank 40-column row.
    static func row(_ draw: (inout ScreenBuffer) -> Int) -> ([Cell], Int) {
        var screen = ScreenBuffer(width: 40, height: 1)
        let used = draw(&screen)
        return ((0..<40).map { screen[$0, 0] }, used)
    }

    @Test func placingGivesTheCellsOfTheString() {
        for text in Self.texts {
            let prepared = PreparedText(text)
            #expect(prepared.width == DisplayWidth.width(of: Sanitizer.visible(text)), "\(text.debugDescription)")
            for (x, maxWidth) in [(0, nil), (3, nil), (-2, nil), (5, 7), (0, 1), (38, nil), (12, 0)] as [(Int, Int?)] {
                let expected = Self.row { $0.put(text, at: x, y: 0, role: .listRow, maxWidth: maxWidth) }
                let got = Self.row { $0.put(prepared, at: x, y: 0, role: .listRow, maxWidth: maxWidth) }
                #expect(got.0 == expected.0, "\(text.debugDescription) at \(x), max \(String(describing: maxWidth))")
                #expect(got.1 == expected.1, "\(text.debugDescription) at \(x): columns")
            }
        }
    }

    @Test func cuttingAndPaddingGiveTheStringsCutAndPadding() {
        for text in Self.texts {
            let visible = Sanitizer.visible(text)
            let prepared = PreparedText(text)
            for columns in [0, 1, 2, 3, 5, 8, 13, 20, 39, 200] {
                let cut = Self.row { $0.put(prepared.truncated(to: columns), at: 0, y: 0) }
                let cutString = Self.row { $0.put(DisplayWidth.truncate(visible, to: columns), at: 0, y: 0) }
                #expect(cut.0 == cutString.0, "\(text.debugDescription) cut to \(columns)")
                #expect(prepared.truncated(to: columns).width == DisplayWidth.width(of: DisplayWidth.truncate(visible, to: columns)))
                let padded = Self.row { $0.put(prepared.padded(to: columns), at: 1, y: 0) }
                let paddedString = Self.row { $0.put(DisplayWidth.pad(visible, to: columns), at: 1, y: 0) }
                #expect(padded.0 == paddedString.0, "\(text.debugDescription) padded to \(columns)")
                #expect(padded.1 == paddedString.1)
            }
        }
    }

    @Test func joinedTextsPlaceAsTheJoinedString() {
        let parts = ["2025-014", " ", "Chờ thẩm định", " — ", "\u{1B}x漢"]
        let joined = parts.dropFirst().reduce(PreparedText(parts[0])) { $0 + PreparedText($1) }
        let expected = Self.row { $0.put(parts.joined(), at: 2, y: 0, role: .normal) }
        #expect(Self.row { $0.put(joined, at: 2, y: 0, role: .normal) }.0 == expected.0)
        #expect(joined.width == DisplayWidth.width(of: Sanitizer.visible(parts.joined())))
    }

    @Test func controlsStayPlaceholdersInTheirOwnRole() {
        var screen = ScreenBuffer(width: 20, height: 1)
        screen.put(PreparedText("a\u{1B}[31mb\u{9B}"), at: 0, y: 0, role: .listRow)
        #expect(screen.text() == ["a␛[31mb\u{FFFD}"])
        #expect(screen[1, 0].role == .textControl)
        #expect(screen[2, 0].role == .listRow)
        #expect(screen[7, 0].role == .textControl)
    }
}
