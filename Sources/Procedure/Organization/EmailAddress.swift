/// An officer's e-mail address, as `officer set --email` takes it and `remind --mail`
/// writes it into a `To:` header. Strict on purpose: an address is copied into a header
/// read by sendmail, so anything that could end a header, open a comment or a quoted
/// part, or name a second recipient is refused rather than escaped.
public enum EmailAddress {
    /// RFC 5321's limit on a forward path.
    public static let maximumLength = 254

    /// The address, trimmed, when it is acceptable; nil otherwise.
    ///
    /// Accepted: one `@`; a local part of letters, digits and ``localSymbols`` (no dot at
    /// either end, no two dots in a row); a domain of dotted labels (letters, digits,
    /// hyphens, no hyphen at either end of a label) or `localhost`; ASCII only; at most
    /// 254 characters. Refused among others: spaces, control characters, quotes, angle
    /// brackets, commas, parentheses, backslashes, line breaks.
    public static func validated(_ text: String) -> String? {
        let address = text.trimmingASCIISpaces()
        guard !address.isEmpty, address.utf8.count <= maximumLength else { return nil }
        guard address.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0.value < 0x7F }) else { return nil }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let local = parts[0], domain = parts[1]
        guard !local.isEmpty, local.count <= 64, !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else { return nil }
        guard local.unicodeScalars.allSatisfy({ isAlphanumeric($0) || localSymbols.contains($0) }) else { return nil }
        if domain == "localhost" { return address }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return nil }
        for label in labels {
            guard !label.isEmpty, label.count <= 63, !label.hasPrefix("-"), !label.hasSuffix("-"),
                  label.unicodeScalars.allSatisfy({ isAlphanumeric($0) || $0 == "-" }) else { return nil }
        }
        return address
    }

    /// The symbols RFC 5322 allows in an unquoted local part, less those a shell or a
    /// mail header reader might treat specially (`|`, `` ` ``, `'`, `{`, `}`, `!`, `#`, `$`, `&`, `*`, `/`, `?`, `^`, `~`).
    static let localSymbols: Set<Unicode.Scalar> = [".", "_", "-", "+", "="]

    static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)
    }
}

extension String {
    func trimmingASCIISpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
