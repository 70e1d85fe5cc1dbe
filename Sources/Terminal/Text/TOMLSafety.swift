/// What must be refused before text reaches the TOML parser (toml++ through TOMLKit).
///
/// Found by the bad-input battery (Tests/ReliabilityTests/BadInputTests.swift): a table
/// header whose first key character is neither a bare-key character nor a quote — `[[[a]]]`,
/// `[[ [a]]]`, a lone `[` — trips an assertion inside toml++ and aborts the process, and a
/// NUL byte silently ends the text the parser sees (the rest of the file is dropped).
/// Each such file is refused with the line it is on instead.
public enum TOMLSafety {
    /// The 1-based line of the first thing the parser cannot be given, and what it is;
    /// nil when the text is safe to parse.
    public static func problem(in text: String) -> (line: Int, vi: String, en: String)? {
        var line = 1
        var inMultiLine: String?
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { line += 1 }
            if raw.unicodeScalars.contains("\u{0}") {
                return (line, "có ký tự NUL", "holds a NUL character")
            }
            // Inside a multi-line string a line may start with anything.
            let wasInside = inMultiLine != nil
            for delimiter in ["\"\"\"", "'''"] where inMultiLine == nil || inMultiLine == delimiter {
                if raw.components(separatedBy: delimiter).count % 2 == 0 {
                    inMultiLine = inMultiLine == nil ? delimiter : nil
                }
            }
            if wasInside { continue }
            var rest = Substring(raw).drop { $0 == " " || $0 == "\t" }
            guard rest.first == "[" else { continue }
            rest = rest.dropFirst()
            if rest.first == "[" { rest = rest.dropFirst() }
            rest = rest.drop { $0 == " " || $0 == "\t" }
            guard let first = rest.unicodeScalars.first,
                  ("a"..."z").contains(first) || ("A"..."Z").contains(first) || ("0"..."9").contains(first)
                    || first == "_" || first == "-" || first == "\"" || first == "'" else {
                return (line, "tiêu đề bảng TOML không hợp lệ", "invalid TOML table header")
            }
        }
        return nil
    }
}
