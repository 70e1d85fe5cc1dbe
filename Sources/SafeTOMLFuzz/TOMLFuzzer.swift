import SafeTOML

/// Deterministic TOML fuzz inputs: valid documents mutated (bits flipped, bytes set,
/// truncated, TOML's delimiters, line ends, CR and NUL inserted, slices deleted, doubled or
/// spliced from another document), deep nesting, and random bytes. The same seed gives
/// the same inputs, so a failure found in CI can be replayed.
public struct TOMLFuzzer {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// SplitMix64: small, fast, good enough to spread mutations.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }

    public static let seeds: [String] = [
        """
        # Kế hoạch đề xuất
        title = "Số hóa sổ hộ tịch"
        field = "digital_transformation"
        necessity = \"\"\"
        Hồ sơ giấy chậm; \\"trích\\" \\u00e9 \\
           nối dòng\"\"\"
        literal = 'C:\\đường\\dẫn'
        raw = '''
        nhiều ''dòng'' '''
        start_date = 2027-01-04
        end_date = 2027-06-30
        [resources]
        people = "2 người"
        funding_vnd = 18_000_000
        [[targets]]
        description = "Thời gian"
        measure = "≤ 2 ngày"
        [[targets]]
        description = "Chi phí"
        [self_check]
        c1_bottleneck = "met"
        c2_common_good = { verdict = "not_met", comment = "thiếu" }
        """,
        """
        name = "dark"
        [list.row.selected]
        fg = "bright_white"
        bg = 17
        bold = true
        ["status.error"]
        fg = "#FF8000"
        reverse = false
        """,
        """
        int = [ +99, 42, 0, -17, 1_000, 0xDEAD_beef, 0o755, 0b1101, 9_223_372_036_854_775_807, -9223372036854775808 ]
        flt = [ +1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991, inf, -inf, nan, -0.0 ]
        dt = [ 1979-05-27T07:32:00Z, 1979-05-27T00:32:00-07:00, 1979-05-27 07:32:00.999999, 1979-05-27, 07:32:00, 00:32:00.5 ]
        mixed = [ [ 1, 2 ], ["a", 'b'], [ { x = 1 }, {} ], ]
        a.b."c d".'e' = true
        inline = { x = 1, y.z = "w", arr = [ 1, 2 ] }
        "" = "empty key"
        """,
        """
        [[proposal]]
        proposer = "vanthu"
        title = "Tủ hồ sơ thông minh"
        [proposal.resources]
        funding_vnd = 0
        [[proposal.targets]]
        description = "Thời gian"
        measure = "≤ 2 ngày"

        [[proposal]]
        proposer = "canbo"
        title = "Một cửa"
        """,
        "theme = \"light\"\r\nlang = \"en\"\r\n# chú thích\r\n[x]\r\ny = \"\"\"\r\nhai\r\ndòng\"\"\"\r\n",
        """
        [a.b.c]
        z = 9
        [a]
        b.d = 1
        [fruit]
        apple.color = "red"
        [fruit.apple.texture]
        smooth = true
        [[fruit.variety]]
        name = "x"
        [[fruit.variety]]
        """,
    ]

    static let pieces: [[UInt8]] = ["[", "]", "[[", "]]", "[[[", "\"", "'", "\\", "=", "\n", "\r", "\r\n", "\0", "{", "}",
                                    ",", ".", "#", "\"\"\"", "'''", "\\u0000", "\\U00110000", "\\ud800", "0x", "1e9999",
                                    "9223372036854775808", "-9223372036854775809", "1979-02-29", "24:00:00", "\u{1B}",
                                    "\u{7F}", "\t", " ", "é", "\u{202E}", "a.b", "\"\"\"\"\"\"\"", "nan", "+inf", "_"].map { Array($0.utf8) }

    /// The next input.
    public mutating func input() -> [UInt8] {
        switch below(20) {
        case 0: return deep()
        case 1:
            let alphabet = Array("[]{}\"'\\=.,#\n\r\t 0aZ_-:+eExob".utf8)
            return (0..<below(120)).map { _ in below(4) == 0 ? UInt8(truncatingIfNeeded: next()) : alphabet[below(alphabet.count)] }
        default:
            var bytes = Array(Self.seeds[below(Self.seeds.count)].utf8)
            for _ in 0...below(4) { mutate(&bytes) }
            return bytes
        }
    }

    private mutating func mutate(_ bytes: inout [UInt8]) {
        let at = below(bytes.count + 1)
        switch below(8) {
        case 0 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] ^= UInt8(1) << UInt8(below(8))
        case 1 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] = UInt8(truncatingIfNeeded: next())
        case 2: bytes.removeSubrange(at...)
        case 3, 4: bytes.insert(contentsOf: Self.pieces[below(Self.pieces.count)], at: at)
        case 5:
            let end = min(bytes.count, at + below(40))
            bytes.removeSubrange(at..<end)
        case 6:
            let end = min(bytes.count, at + below(60))
            bytes.insert(contentsOf: Array(bytes[at..<end]), at: at)
        default:
            let other = Array(Self.seeds[below(Self.seeds.count)].utf8)
            let from = below(other.count)
            bytes.insert(contentsOf: other[from..<min(other.count, from + below(80))], at: at)
        }
    }

    /// Nesting far past the limit, of every kind the grammar allows.
    private mutating func deep() -> [UInt8] {
        let n = 1 + below(5_000)
        let text: String
        switch below(5) {
        case 0: text = "a = " + String(repeating: "[", count: n) + String(repeating: "]", count: below(2) == 0 ? n : n / 2)
        case 1: text = "a = " + String(repeating: "{b = ", count: n) + "1" + String(repeating: "}", count: n)
        case 2: text = "[" + Array(repeating: "a", count: n).joined(separator: ".") + "]\nb = 1"
        case 3: text = Array(repeating: "k", count: n).joined(separator: ".") + " = 1"
        default: text = String(repeating: "[", count: n) + String(repeating: "]", count: n)
        }
        return Array(text.utf8)
    }

    /// What every outcome must satisfy: text holding a NUL, a lone CR or bytes that are not
    /// UTF-8 is never accepted. Returns nil when it holds, else why not.
    public static func violation(_ input: [UInt8], accepted: Bool) -> String? {
        guard accepted else { return nil }
        if input.contains(0) { return "a NUL byte was accepted" }
        for (i, byte) in input.enumerated() where byte == 0x0D && (i + 1 >= input.count || input[i + 1] != 0x0A) {
            return "a lone CR was accepted"
        }
        if String(validatingUTF8Bytes: input) == nil { return "bytes that are not UTF-8 were accepted" }
        return nil
    }

    /// A refusal must point inside the text: a line that exists, a column inside that line
    /// (or just after its last character). Returns nil when it does, else why not.
    public static func misplaced(_ error: TOMLError, in input: [UInt8]) -> String? {
        let lines = input.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard error.line >= 1 && error.line <= lines.count else { return "refused on line \(error.line) of \(lines.count)" }
        guard let column = error.column else { return nil }
        let characters = lines[lines.startIndex + error.line - 1].filter { $0 & 0xC0 != 0x80 }.count
        guard column >= 1 && column <= characters + 1 else { return "refused at column \(column) of \(characters + 1) on line \(error.line)" }
        return nil
    }

    /// Runs `count` inputs; the counts of each outcome and the violations found.
    public static func run(count: Int, seed: UInt64) -> (parsed: Int, refused: Int, violations: [String]) {
        var fuzzer = TOMLFuzzer(seed: seed)
        var parsed = 0
        var refused = 0
        var violations: [String] = []
        for index in 0..<count {
            let input = fuzzer.input()
            let accepted: Bool
            do {
                _ = try TOML.parse(bytes: input)
                accepted = true
                parsed += 1
            } catch {
                accepted = false
                refused += 1
                if let why = misplaced(error, in: input) { violations.append("input \(index) (seed \(seed)): \(why)") }
            }
            if let why = violation(input, accepted: accepted) { violations.append("input \(index) (seed \(seed)): \(why)") }
        }
        return (parsed, refused, violations)
    }
}

extension String {
    /// Strict UTF-8 decoding without Foundation: nil when repairs would be needed.
    init?(validatingUTF8Bytes bytes: [UInt8]) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: self = String(scalars); return
            case .error: return nil
            }
        }
    }
}
