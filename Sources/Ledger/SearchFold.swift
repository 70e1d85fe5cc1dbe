/// `SearchText.fold` over the UTF-8 bytes for the texts dossiers are made of (issue 16:
/// `verify` folds every dossier again to check its search row, and the fold per scalar
/// was 7.6 % of it). It takes a text only when every scalar is one `isSurelyNFC` passes
/// (so `scalarFold` would not normalise it) and one it knows the fold of: below U+0300
/// from a table made by `scalarFold` itself, the Vietnamese letters U+1EA0–U+1EF9 by their
/// rule, and the punctuation and symbol blocks `isSurelyNFC` names, which no lower-casing
/// changes. Anything else (and a scalar whose lower case is several scalars) gives nil:
/// `scalarFold` does it. `SearchFoldTests` compares the two on every scalar.
extension SearchText {
    /// The fold of each scalar below U+0300 as one scalar; `UInt32.max` where it is more.
    static let foldTable: [UInt32] = (0..<0x300).map { (v: UInt32) -> UInt32 in
        guard let scalar = Unicode.Scalar(v) else { return .max }
        let folded = Array(scalarFold(String(Character(scalar))).unicodeScalars)
        return folded.count == 1 ? folded[0].value : .max
    }

    static func fastFold(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { b -> String? in
            let table = foldTable
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            var i = 0
            while i < b.count {
                let lead = b[i]
                if lead < 0x80 {
                    out.append(lead >= 0x41 && lead <= 0x5A ? lead + 32 : lead)
                    i += 1
                    continue
                }
                // The bytes come from a String: valid UTF-8, continuation bytes present.
                guard let v = UTF8Scalars.next(b, at: &i) else { return nil }
                let folded: UInt32
                switch v {
                case 0..<0x300:
                    folded = table[Int(v)]
                    if folded == .max { return nil }
                case 0x1EA0...0x1EF9:
                    folded = v & 1 == 0 ? v + 1 : v
                case 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2200...0x22FF, 0x25A0...0x25FF:
                    folded = v
                default:
                    return nil
                }
                // Every fold above is below U+10000.
                UTF8Scalars.append(folded, to: &out)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
