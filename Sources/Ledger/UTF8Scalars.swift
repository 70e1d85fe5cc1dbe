/// The UTF-8 of the scalars below U+10000, read and written by hand over bytes: what the
/// search's fast paths (`SearchText.fastFold`, `SearchTokenizer.words`) share, so that the
/// fold of a dossier and the words verify counts are read from its bytes alike.
enum UTF8Scalars {
    /// The scalar starting at `i` in `b` (one to three bytes), with `i` moved past it; nil
    /// for a four-byte scalar or a sequence cut short (the caller then takes the slow path).
    @inline(__always)
    static func next(_ b: UnsafeBufferPointer<UInt8>, at i: inout Int) -> UInt32? {
        let lead = b[i]
        if lead < 0x80 {
            i += 1
            return UInt32(lead)
        } else if lead & 0xE0 == 0xC0, i + 1 < b.count {
            defer { i += 2 }
            return UInt32(lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
        } else if lead & 0xF0 == 0xE0, i + 2 < b.count {
            defer { i += 3 }
            return UInt32(lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
        }
        return nil
    }

    /// Appends the UTF-8 of `v`; false (nothing appended) when `v` is U+10000 or above.
    @inline(__always) @discardableResult
    static func append(_ v: UInt32, to out: inout [UInt8]) -> Bool {
        switch v {
        case 0..<0x80:
            out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | v >> 6))
            out.append(UInt8(0x80 | v & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | v >> 12))
            out.append(UInt8(0x80 | v >> 6 & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        default:
            return false
        }
        return true
    }
}
