/// Vietnamese alphabetical order for names: a ă â b c d đ e ê … o ô ơ … u ư, tones after
/// the letters (none, huyền, hỏi, ngã, sắc, nặng), so that "Đinh" comes after "Dũng" and
/// before "Hà", not after "Phạm" as code points would put it.
enum VietnameseOrder {
    static func less(_ a: String, _ b: String) -> Bool {
        let ka = key(a), kb = key(b)
        return ka.lexicographicallyPrecedes(kb)
    }

    /// Letters first (each with its vowel mark), then the tones, then the text itself.
    static func key(_ text: String) -> [Int] {
        var letters: [Int] = []
        var tones: [Int] = []
        for character in text.lowercased() {
            let scalars = Array(String(character).decomposedStringWithCanonicalMapping.unicodeScalars)
            guard let base = scalars.first else { continue }
            var rank = Int(base.value) * 4
            if base == "\u{111}" { rank = Int(("d" as Unicode.Scalar).value) * 4 + 2 } // đ after d
            var tone = 0
            for mark in scalars.dropFirst() {
                switch mark.value {
                case 0x306: rank += 1          // ă
                case 0x302: rank += 2          // â ê ô
                case 0x31B: rank += 3          // ơ ư
                case 0x300: tone = 1           // huyền
                case 0x309: tone = 2           // hỏi
                case 0x303: tone = 3           // ngã
                case 0x301: tone = 4           // sắc
                case 0x323: tone = 5           // nặng
                default: break
                }
            }
            letters.append(rank)
            tones.append(tone)
        }
        return letters + [-1] + tones
    }
}
