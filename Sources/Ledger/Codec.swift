import Foundation
import Procedure

/// How records become text in the database: JSON with sorted keys (so the same value is
/// always the same text, and the hash of an event can be recomputed) and times in whole
/// milliseconds (so a value read back equals the value written).
enum Codec {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Int64((date.timeIntervalSince1970 * 1000).rounded()))
        }
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let ms = try decoder.singleValueContainer().decode(Int64.self)
            return Date(timeIntervalSince1970: Double(ms) / 1000)
        }
        return decoder
    }()

    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// `FastJSON` first; whatever it does not take for certain (and every error) is
    /// decoded by `JSONDecoder`, so the result and the errors are `JSONDecoder`'s.
    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        if let value = FastJSON.decode(type, text) { return value }
        return try decoder.decode(type, from: Data(text.utf8))
    }

    /// A time cut to whole milliseconds: what the ledger stores.
    static func millisecond(_ date: Date) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds(date)) / 1000)
    }

    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// "2026-11-30T05:53:01.123Z"
    static func utc(_ date: Date) -> String { stamp(milliseconds(date), offsetHours: 0) }

    /// "2026-11-30T12:53:01.123+07:00"
    static func vietnam(_ date: Date) -> String { stamp(milliseconds(date), offsetHours: 7) }

    static func stamp(_ ms: Int64, offsetHours: Int) -> String {
        let shifted = ms + Int64(offsetHours) * 3_600_000
        let (days, msOfDay) = shifted.quotientAndRemainder(dividingBy: 86_400_000)
        var dayNumber = Int(days)
        var rest = Int(msOfDay)
        if rest < 0 { rest += 86_400_000; dayNumber -= 1 }
        let day = Day(julianDayNumber: dayNumber + 2_440_588)
        let h = rest / 3_600_000, m = rest / 60_000 % 60, s = rest / 1000 % 60, milli = rest % 1000
        // Digits by hand: String(format:) goes through CFString and showed in the import's profile.
        let zone = offsetHours == 0 ? "Z" : (offsetHours < 0 ? "-" : "+") + digits(abs(offsetHours), 2) + ":00"
        return day.iso + "T" + digits(h, 2) + ":" + digits(m, 2) + ":" + digits(s, 2) + "." + digits(milli, 3) + zone
    }

    /// `value` in decimal, zero-padded to `width` digits.
    static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// Parses what `utc(_:)` writes.
    static func parseUTC(_ text: String) -> Date? {
        if let ms = fixedUTC(text) { return Date(timeIntervalSince1970: Double(ms) / 1000) }
        return looseUTC(text)
    }

    /// The reading of any other form (what `parseUTC` always did).
    static func looseUTC(_ text: String) -> Date? {
        let parts = text.split(separator: "T")
        guard parts.count == 2, let day = Day(iso: String(parts[0])) else { return nil }
        let time = parts[1].dropLast() // "Z"
        let hms = time.split(separator: ":")
        guard hms.count == 3, let h = Int(hms[0]), let m = Int(hms[1]) else { return nil }
        let secParts = hms[2].split(separator: ".")
        guard let s = Int(secParts[0]) else { return nil }
        let milli = secParts.count > 1 ? Int(secParts[1]) ?? 0 : 0
        let ms = Int64(day.julianDayNumber - 2_440_588) * 86_400_000 + Int64(((h * 60 + m) * 60 + s) * 1000 + milli)
        return Date(timeIntervalSince1970: Double(ms) / 1000)
    }

    /// `utc(_:)`'s exact form ("2026-11-30T05:53:01.123Z", 24 bytes, digits where digits
    /// go) read from its fixed positions, as milliseconds; nil for anything else, which
    /// `parseUTC` then reads as before (verify parses every event's time: issue 16).
    static func fixedUTC(_ text: String) -> Int64? {
        var text = text
        return text.withUTF8 { b -> Int64? in
            guard b.count == 24, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
                  b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "."),
                  b[23] == UInt8(ascii: "Z") else { return nil }
            func number(_ from: Int, _ count: Int) -> Int? {
                var value = 0
                for k in from..<(from + count) {
                    let digit = Int(b[k]) - 0x30
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0, 4), let month = number(5, 2), let dayOfMonth = number(8, 2),
                  let h = number(11, 2), let m = number(14, 2), let s = number(17, 2), let milli = number(20, 3),
                  let day = Day(year: year, month: month, day: dayOfMonth) else { return nil }
            return Int64(day.julianDayNumber - 2_440_588) * 86_400_000 + Int64(((h * 60 + m) * 60 + s) * 1000 + milli)
        }
    }
}
