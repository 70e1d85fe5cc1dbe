import Testing
@testable import SafeTOML

/// The column of a refusal, in characters from 1, the same over LF and CR LF: where the
/// parser stood when it found the fault. Faults of a whole key or table (a key defined
/// twice) and bytes that are not UTF-8 carry a line only.
struct TOMLColumnTests {
    static let cases: [(String, String, Int, Int?)] = [
        ("two pairs", "a = 1 b = 2", 1, 7),
        ("double comma", "x = 1\nx2 = [1,,2]", 2, 9),
        ("bad escape at its backslash", "s = \"ab\\qc\"", 1, 8),
        ("escape at the end of the line", "\"k\\\n", 1, 3),
        ("characters, not bytes", "\"đường\" = 1 x", 1, 13),
        ("bare key not ASCII", "# c\nkhóa = 1", 2, 3),
        ("unterminated header", "[a\nb = 1", 1, 3),
        ("lone CR", "a = 1\n# x\ry", 2, 4),
        ("control character", "a = \"x\u{1B}\"", 1, 7),
        ("bad number", "n = 1__2", 1, 9),
        ("duplicate key: the line only", "a = 1\na = 2", 2, nil),
        ("table twice: the line only", "[a]\n[a]", 2, nil),
    ]

    @Test(arguments: TOMLColumnTests.cases.map(\.0))
    func theColumnIsWhereTheFaultIs(name: String) throws {
        let (_, text, line, column) = try #require(Self.cases.first { $0.0 == name })
        for variant in [text, text.replacingOccurrences("\n", with: "\r\n")] {
            do {
                _ = try TOML.parse(variant)
                Issue.record("\(name) was accepted")
            } catch {
                #expect(error.line == line, "\(name): \(error)")
                #expect(error.column == column, "\(name): \(error)")
            }
        }
    }

    @Test func bytesThatAreNotUTF8HaveALineAndNoColumn() {
        #expect(TOML.invalidUTF8Line(in: Array("a = 1\nb = 2\n".utf8)) == nil)
        #expect(TOML.invalidUTF8Line(in: Array("a = 1\r\nb = \"".utf8) + [0xC0, 0xAF]) == 2)
        #expect(throws: TOMLError(line: 3, column: nil, problem: .invalidUTF8)) {
            try TOML.parse(bytes: Array("\n\nb = \"".utf8) + [0xED, 0xA0, 0x80, 0x22])
        }
    }
}
