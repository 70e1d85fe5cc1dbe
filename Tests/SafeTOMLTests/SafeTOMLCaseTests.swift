import Testing
@testable import SafeTOML

/// Cases written for this parser (not copied from any corpus): what it must accept, with
/// the values it must give, and what it must refuse, with the line and the kind of fault.
struct SafeTOMLCaseTests {
    static func parse(_ text: String) throws -> TOMLTable { try TOML.parse(text) }

    static func refusal(_ bytes: [UInt8]) -> TOMLError? {
        do {
            _ = try TOML.parse(bytes: bytes)
            return nil
        } catch {
            return error
        }
    }

    // MARK: - Accepted

    @Test func scalarsOfEveryKind() throws {
        let t = try Self.parse("""
            s = "tab\\there \\"q\\" \\u1EC7 \\U0001F600"
            l = 'C:\\đường\\dẫn'
            i = [ +99, -17, 1_000, 0xDEAD_beef, 0o755, 0b1101, 9_223_372_036_854_775_807, -9223372036854775808 ]
            f = [ 1.5, -0.01, 5e+22, 1e06, 224_617.445_991 ]
            b = [ true, false ]
            odt = 1979-05-27T07:32:00.5-07:00
            ldt = 2024-02-29 23:59:60
            ld = 2027-01-04
            lt = 00:32:00.999999999999
            """)
        #expect(t["s"]?.string == "tab\there \"q\" ệ 😀")
        #expect(t["l"]?.string == "C:\\đường\\dẫn")
        #expect(t["i"]?.array?.compactMap(\.integer) == [99, -17, 1_000, 0xDEADBEEF, 0o755, 0b1101, .max, .min])
        #expect(t["f"]?.array?.compactMap(\.float) == [1.5, -0.01, 5e22, 1e6, 224_617.445_991])
        #expect(t["b"]?.array?.compactMap(\.bool) == [true, false])
        #expect(t["odt"] == .dateTime(TOMLDateTime(date: TOMLDate(year: 1979, month: 5, day: 27),
                                                  time: TOMLTime(hour: 7, minute: 32, second: 0, nanosecond: 500_000_000),
                                                  offsetMinutes: -420)))
        #expect(t["ldt"] == .dateTime(TOMLDateTime(date: TOMLDate(year: 2024, month: 2, day: 29),
                                                  time: TOMLTime(hour: 23, minute: 59, second: 60, nanosecond: 0), offsetMinutes: nil)))
        #expect(t["ld"]?.date == TOMLDate(year: 2027, month: 1, day: 4))
        #expect(t["lt"] == .time(TOMLTime(hour: 0, minute: 32, second: 0, nanosecond: 999_999_999)))
    }

    @Test func tablesDottedKeysAndArraysOfTablesFollowTheSpec() throws {
        let t = try Self.parse("""
            a.b."c d".'e' = 1
            "" = "khóa rỗng"
            [x.y.z]
            w = 1
            [x]
            y.v = 2
            [fruit]
            apple.color = "đỏ"
            [fruit.apple.texture]
            smooth = true
            [[fruit.variety]]
            name = "một"
            [fruit.variety.info]
            n = 1
            [[fruit.variety]]
            name = "hai"
            inline = { p.q = 1, r = [ { s = 2 }, {} ] }
            """)
        #expect(t["a"]?.table?["b"]?.table?["c d"]?.table?["e"]?.integer == 1)
        #expect(t[""]?.string == "khóa rỗng")
        #expect(t["x"]?.table?["y"]?.table?["v"]?.integer == 2)
        #expect(t["x"]?.table?["y"]?.table?["z"]?.table?["w"]?.integer == 1)
        let fruit = try #require(t["fruit"]?.table)
        #expect(fruit["apple"]?.table?["texture"]?.table?["smooth"]?.bool == true)
        let variety = try #require(fruit["variety"]?.array)
        #expect(variety.count == 2)
        #expect(variety[0].table?["info"]?.table?["n"]?.integer == 1)
        #expect(variety[1].table?.line == 15)
        #expect(variety[1].table?["inline"]?.table?["p"]?.table?["q"]?.integer == 1)
        #expect(variety[1].table?["inline"]?.table?["r"]?.array?.count == 2)
        #expect(t.keys == ["a", "", "x", "fruit"])
        #expect(fruit.line(of: "apple") == 8)
    }

    /// The old guard counted `"""` anywhere on a line, so these put its idea of "inside a
    /// multi-line string" out of step with the text.
    @Test(arguments: [
        "# a comment with \"\"\" in it\n[t]\nk = 1\n",
        "a = 'one \"\"\" literal'\n[t]\nk = 1\n",
        "a = '''three \"\"\" quotes'''\n[t]\nk = 1\n",
        "a = \"escaped \\\"\\\"\\\" quotes\"\n[t]\nk = 1\n",
        "a = \"\"\"x\"\"\"\"\"\n[t]\nk = 1\n",
    ])
    func tripleQuotesOutsideAMultiLineStringChangeNothing(text: String) throws {
        #expect(try Self.parse(text)["t"]?.table?["k"]?.integer == 1)
        #expect(try Self.parse(text)["t"]?.table?.line == 2)
    }

    @Test func crlfReadsAsLF() throws {
        let lf = """
            # chú thích
            title = "Số hóa"
            body = \"\"\"
            hai \\
              dòng
            ba\"\"\"
            raw = '''
            x
            y'''
            [t]
            k = [
              1, # một
              2,
            ]
            """
        let crlf = lf.replacingOccurrences("\n", with: "\r\n")
        #expect(try Self.parse(crlf) == Self.parse(lf))
        #expect(try Self.parse(crlf)["body"]?.string == "hai dòng\nba")
        #expect(try Self.parse(crlf)["raw"]?.string == "x\ny")
        #expect(try Self.parse(crlf)["t"]?.table?.line == 10)
    }

    @Test func aByteOrderMarkAndAnEmptyDocumentAreAccepted() throws {
        #expect(try TOML.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("a = 1".utf8))["a"]?.integer == 1)
        #expect(try Self.parse("").isEmpty)
        #expect(try Self.parse("# chỉ có chú thích\n\n").isEmpty)
    }

    // MARK: - Refused, with the line

    static let refused: [(String, [UInt8], Int, TOMLProblem)] = [
        ("[[[a]]]", Array("x = 1\n[[[a]]]\n".utf8), 2, .unexpected("\"[\"")),
        ("[[ [a]]]", Array("[[ [a]]]".utf8), 1, .unexpected("\"[\"")),
        ("lone [", Array("x = 1\n[".utf8), 2, .expectedKey),
        ("lone [ CRLF", Array("x = 1\r\n[\r\n".utf8), 2, .expectedKey),
        ("[a", Array("[a\nb = 1".utf8), 1, .unterminatedHeader),
        ("[[a]", Array("[[a]\n".utf8), 1, .unterminatedHeader),
        ("\\u0000", Array("a = 1\nb = \"x\\u0000y\"\n".utf8), 2, .nulEscape),
        ("\\U00000000 multi-line", Array("a = \"\"\"\nx\n\\U00000000\"\"\"".utf8), 3, .nulEscape),
        ("raw NUL", Array("a = \"x".utf8) + [0] + Array("\"".utf8), 1, .nul),
        ("NUL in comment", Array("a = 1\n# x".utf8) + [0], 2, .nul),
        ("NUL after value", Array("a = 1".utf8) + [0], 1, .nul),
        ("lone CR", Array("a = 1\rb = 2".utf8), 1, .loneCarriageReturn),
        ("lone CR in multi-line", Array("a = \"\"\"\nx\ry\"\"\"".utf8), 2, .loneCarriageReturn),
        ("lone CR in comment", Array("# x\ry\n".utf8), 1, .loneCarriageReturn),
        ("ESC in string", Array("\n\na = \"\u{1B}[31m\"".utf8), 3, .controlCharacter(0x1B)),
        ("DEL in comment", Array("# \u{7F}".utf8), 1, .controlCharacter(0x7F)),
        ("not UTF-8", Array("a = 1\nb = \"".utf8) + [0xC3, 0x28, 0x22], 2, .invalidUTF8),
        ("surrogate UTF-8", Array("a = \"".utf8) + [0xED, 0xA0, 0x80, 0x22], 1, .invalidUTF8),
        ("overlong UTF-8", Array("a = \"".utf8) + [0xC0, 0xAF, 0x22], 1, .invalidUTF8),
        ("surrogate escape", Array("a = \"\\uD800\"".utf8), 1, .badUnicodeEscape),
        ("escape past U+10FFFF", Array("a = \"\\U00110000\"".utf8), 1, .badUnicodeEscape),
        ("\\e is TOML 1.1", Array("a = \"\\e\"".utf8), 1, .badEscape("e")),
        ("duplicate key", Array("a = 1\na = 2".utf8), 2, .duplicateKey("a")),
        ("table twice", Array("[a]\n[b]\n[a]".utf8), 3, .tableDefinedTwice("a")),
        ("header over dotted", Array("[f]\napple.color = 1\n[f.apple]".utf8), 3, .tableDefinedTwice("f.apple")),
        ("dotted into header table", Array("[a.b]\nz = 1\n[a]\nb.y = 2".utf8), 4, .tableDefinedTwice("b")),
        ("extend inline table", Array("a = { b = 1 }\na.c = 2".utf8), 2, .notATable("a")),
        ("static array as [[a]]", Array("a = []\n[[a]]".utf8), 2, .notATable("a")),
        ("[[a]] then [a]", Array("[[a]]\n[a]".utf8), 2, .tableDefinedTwice("a")),
        ("key over table", Array("[a.b]\n[a]\nb = 1".utf8), 3, .duplicateKey("b")),
        ("2^63", Array("a = 9223372036854775808".utf8), 1, .numberOutOfRange),
        ("-2^63-1", Array("a = -9223372036854775809".utf8), 1, .numberOutOfRange),
        ("hex 2^63", Array("a = 0x8000000000000000".utf8), 1, .numberOutOfRange),
        ("huge float", Array("a = 1e400".utf8), 1, .numberOutOfRange),
        ("leading zero", Array("a = 012".utf8), 1, .badNumber),
        ("double underscore", Array("a = 1__2".utf8), 1, .badNumber),
        ("trailing underscore", Array("a = 1_".utf8), 1, .badNumber),
        ("signed hex", Array("a = +0x1".utf8), 1, .badNumber),
        ("float without digits after dot", Array("a = 1.".utf8), 1, .badNumber),
        ("29 February of a common year", Array("a = 2023-02-29".utf8), 1, .badDateTime),
        ("hour 24", Array("a = 24:00:00".utf8), 1, .badDateTime),
        ("time without seconds (1.1)", Array("a = 07:32".utf8), 1, .badDateTime),
        ("offset +24:00", Array("a = 2020-01-01T00:00:00+24:00".utf8), 1, .badDateTime),
        ("unterminated string", Array("a = \"abc".utf8), 1, .unterminatedString),
        ("line end in string", Array("a = \"abc\nd\"".utf8), 1, .newlineInString),
        ("unterminated multi-line", Array("a = '''\n\n".utf8), 3, .unterminatedString),
        ("inline table across lines", Array("a = { b = 1,\nc = 2 }".utf8), 1, .newlineInInlineTable),
        ("inline table trailing comma", Array("a = { b = 1, }".utf8), 1, .trailingCommaInInlineTable),
        ("array not closed", Array("a = [ 1, 2\nb = 3".utf8), 2, .unterminatedArray),
        ("two pairs on a line", Array("a = 1 b = 2".utf8), 1, .expectedLineEnd),
        ("no value", Array("a =\n".utf8), 1, .expectedValue),
        ("no equals", Array("a 1".utf8), 1, .expectedEquals),
        ("bare non-ASCII key", Array("é = 1".utf8), 1, .unexpected("U+C3")),
        ("deep array", Array(("a = " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)).utf8),
         1, .tooDeep(TOML.maximumDepth)),
        ("deep inline tables", Array(("a = " + String(repeating: "{b = ", count: 500) + "1" + String(repeating: "}", count: 500)).utf8),
         1, .tooDeep(TOML.maximumDepth)),
        ("deep header", Array(("\n[" + Array(repeating: "k", count: 500).joined(separator: ".") + "]").utf8),
         2, .tooDeep(TOML.maximumDepth)),
        ("deep header then dotted key", Array(("[" + Array(repeating: "k", count: 60).joined(separator: ".") + "]\n"
                                               + Array(repeating: "k", count: 60).joined(separator: ".") + " = 1").utf8),
         2, .tooDeep(TOML.maximumDepth)),
        ("brackets only", Array((String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)).utf8),
         1, .unexpected("\"[\"")),
    ]

    @Test(arguments: SafeTOMLCaseTests.refused.map(\.0))
    func refusedWithItsLineAndKind(name: String) throws {
        let (_, bytes, line, kind) = try #require(Self.refused.first { $0.0 == name })
        let error = try #require(Self.refusal(bytes), "\(name) was accepted")
        #expect(error.line == line, "\(name): \(error)")
        #expect(error.problem == kind, "\(name): \(error)")
        #expect(!error.vi.isEmpty && !error.en.isEmpty && error.vi != error.en)
    }

    /// Every message in both languages, free of raw controls (keys are made visible).
    @Test func messagesNameKeysWithoutRawControls() throws {
        let error = try #require(Self.refusal(Array("\"a\\u001b[2J\" = 1\n\"a\\u001b[2J\" = 2".utf8)))
        #expect(error.problem == .duplicateKey("aU+1B[2J"))
        #expect(!error.vi.unicodeScalars.contains { $0.value < 0x20 } && !error.en.unicodeScalars.contains { $0.value < 0x20 })
    }
}

extension String {
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
