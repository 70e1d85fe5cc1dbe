import Foundation

/// One reminder as an RFC 5322 message for `sendmail -t -oi`: UTF-8 throughout, the
/// subject and the display name as RFC 2047 encoded words, the body in base64. No byte
/// from the record reaches a header as itself: names and titles are encoded words (so a
/// line break or a colon in a name is data, never a new header), and the only raw
/// header values are the address (EmailAddress.validated), the date and an id of our own.
struct MailMessage {
    var from: String
    var toName: String
    var toAddress: String
    var subject: String
    var date: Date
    var messageID: String
    var body: String

    /// The message, lines ending in LF (what `sendmail -t` expects from a pipe).
    var rendered: String {
        var headers = [
            "From: " + from,
            "To: " + Self.encodedWords(Text.plain(toName), prefix: "To: ".count, tail: " <\(toAddress)>"),
            "Subject: " + Self.encodedWords(Text.plain(subject), prefix: "Subject: ".count, tail: ""),
            "Date: " + Self.rfc5322Date(date),
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
            "Auto-Submitted: auto-generated",
        ]
        headers.append("")
        return headers.joined(separator: "\n") + "\n" + Self.base64Lines(body) + "\n"
    }

    /// Text as `=?UTF-8?B?…?=` words of at most 75 characters (RFC 2047 §2), folded onto
    /// continuation lines so no header line passes 78; a character is never split
    /// between words. An empty text stays empty; `tail` follows the last word.
    static func encodedWords(_ text: String, prefix: Int, tail: String) -> String {
        guard !text.isEmpty else { return tail.trimmingCharacters(in: .whitespaces) }
        // 42 bytes make 56 base64 characters, 68 with the markers: with "Subject: " (9)
        // the first line is 77 characters.
        var chunks: [String] = []
        var current = ""
        for character in text {
            if current.utf8.count + String(character).utf8.count > 42 {
                chunks.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { chunks.append(current) }
        let words = chunks.map { "=?UTF-8?B?" + Data($0.utf8).base64EncodedString() + "?=" }
        return words.joined(separator: "\n ") + tail
    }

    static func base64Lines(_ text: String) -> String {
        Data(text.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed])
    }

    /// "Mon, 07 Dec 2026 10:05:39 +0700": Vietnam time, which has no daylight saving.
    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }

    /// The host name, reduced to what a domain may hold; `localhost` when nothing is left.
    static func hostName() -> String {
        let raw = ProcessInfo.processInfo.hostName
        let kept = String(raw.unicodeScalars.filter { $0.isASCII && (EmailAddressChars.isDomain($0)) }.map(Character.init))
        return kept.isEmpty ? "localhost" : kept
    }
}

enum EmailAddressChars {
    static func isDomain(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || s == "-" || s == "."
    }
}
