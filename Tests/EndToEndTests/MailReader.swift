import Foundation

/// Reads messages back as a mail client would: an mbox split into messages, headers
/// unfolded, RFC 2047 encoded words decoded, a base64 or 8bit body decoded. Written
/// independently of the writer (MailMessage) so the tests do not check it against itself.
struct ReadMessage {
    /// Each header line as it appears (name, raw value after unfolding).
    var headers: [(name: String, value: String)]
    var body: String
    /// The raw header block, every physical line.
    var rawHeaderLines: [String]

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// A header's value with its encoded words decoded.
    func decoded(_ name: String) -> String? { header(name).map(Self.decodeWords) }

    /// Splits an mbox ("From " lines after a blank line, or at the start).
    static func mbox(_ text: String) -> [ReadMessage] {
        var messages: [[String]] = []
        var previousBlank = true
        for line in text.components(separatedBy: "\n") {
            if previousBlank && line.hasPrefix("From ") {
                messages.append([])
            } else if !messages.isEmpty {
                messages[messages.count - 1].append(line)
            }
            previousBlank = line.isEmpty
        }
        return messages.compactMap { parse($0.joined(separator: "\n")) }
    }

    /// One message, as sendmail would get it.
    static func parse(_ text: String) -> ReadMessage? {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        guard let blank = lines.firstIndex(of: "") else { return nil }
        let rawHeaders = Array(lines[..<blank])
        var headers: [(String, String)] = []
        for line in rawHeaders {
            if line.hasPrefix(" ") || line.hasPrefix("\t"), !headers.isEmpty {
                headers[headers.count - 1].1 += line
            } else if let colon = line.firstIndex(of: ":") {
                headers.append((String(line[..<colon]), String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
            } else {
                return nil
            }
        }
        let rawBody = lines[(blank + 1)...].joined(separator: "\n")
        let encoding = headers.first { $0.0.lowercased() == "content-transfer-encoding" }?.1.lowercased() ?? "7bit"
        let body: String
        if encoding == "base64" {
            let compact = rawBody.filter { !$0.isWhitespace }
            guard let data = Data(base64Encoded: compact) else { return nil }
            body = String(decoding: data, as: UTF8.self)
        } else {
            body = rawBody
        }
        return ReadMessage(headers: headers, body: body, rawHeaderLines: rawHeaders)
    }

    /// "=?UTF-8?B?…?=" words (whitespace between two words dropped, RFC 2047 §6.2).
    static func decodeWords(_ value: String) -> String {
        var out = ""
        var rest = Substring(value)
        var lastWasWord = false
        while !rest.isEmpty {
            if rest.hasPrefix("=?"), let end = rest.range(of: "?=", range: rest.index(rest.startIndex, offsetBy: 2)..<rest.endIndex) {
                let inner = rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound]
                let parts = inner.split(separator: "?", maxSplits: 2, omittingEmptySubsequences: false)
                if parts.count == 3, parts[0].uppercased() == "UTF-8", parts[1].uppercased() == "B",
                   let data = Data(base64Encoded: String(parts[2])) {
                    if lastWasWord { out = String(out.reversed().drop { $0 == " " || $0 == "\t" }.reversed()) }
                    out += String(decoding: data, as: UTF8.self)
                    rest = rest[end.upperBound...]
                    lastWasWord = true
                    continue
                }
            }
            let c = rest.removeFirst()
            out.append(c)
            if c != " " && c != "\t" { lastWasWord = false }
        }
        return out
    }
}
