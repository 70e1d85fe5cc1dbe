import Foundation
import GRDB
import Testing
import Ledger
import Procedure
import Terminal

/// §7: bad input everywhere — dossier TOML files, theme files, command arguments,
/// calendar dates, very large fields. Each: no crash, a message naming the problem,
/// nothing written. (CSV imports, when the papers work adds them, belong here too.)
@Suite("Bad input", .serialized, .tags(.slow), .skippedInFastLoop)
struct BadInputTests {
    final class Ward: @unchecked Sendable {
        let scratch: Scratch
        let path: String
        let draft: String
        init() throws {
            scratch = try Scratch("badinput")
            path = scratch.path("ward.sqlite")
            // A demo file (its first event says so), so that tests act through the ward's
            // own logins with DEXUAT_AS.
            guard try Spawn.run([Binaries.torture, "setup", path, "demo"]).status == 0 else { throw NSError(domain: "setup", code: 1) }
            draft = try Ledger.open(path: path).create(ConcurrencyTests.dossier("Bản nháp"), by: Actor(login: "nvan")).id
        }
        var cli: CLI { CLI(db: path) }
        func file(_ name: String, _ bytes: [UInt8]) -> String {
            let path = scratch.path(name)
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
            return path
        }
    }

    /// Runs and checks: not a crash (no signal), the expected exit, a message naming the
    /// problem, the file unchanged.
    static func expectRefused(_ ward: Ward, _ arguments: [String], as login: String = "nvan", input: String? = nil,
                              exit codes: Set<Int32> = [1, 2], naming words: [String],
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try Raw.dump(ward.path)
        let out = try ward.cli.run(arguments, as: login, input: input)
        #expect(out.status < 128, "\(arguments.prefix(3)): killed by a signal", sourceLocation: sourceLocation)
        #expect(codes.contains(out.status), "\(arguments.prefix(3)): exit \(out.status) \(out.stderr.prefix(300))", sourceLocation: sourceLocation)
        for word in words {
            #expect(out.stderr.contains(word), "\(arguments.prefix(3)): \"\(word)\" not in \(out.stderr.prefix(400))", sourceLocation: sourceLocation)
        }
        #expect(try Raw.dump(ward.path) == before, "\(arguments.prefix(3)) wrote something", sourceLocation: sourceLocation)
    }

    // MARK: - Dossier TOML

    static let goodTOML = """
        title = "Số hóa sổ tiếp nhận"
        field = "digital_transformation"
        necessity = "Hồ sơ giấy chậm."
        """

    /// The bad dossier files, by name (the names are the test arguments).
    static let badDossiers: [String: ([UInt8], [String])] = [
        "syntax": (Array("title = \"chưa đóng\nfield = 3".utf8), ["lỗi cú pháp TOML"]),
        "type": (Array("title = 42".utf8), ["title phải là chuỗi"]),
        "unknown": (Array((goodTOML + "\nluong = \"cao\"").utf8), ["khóa không rõ \"luong\""]),
        "field": (Array("title = \"A\"\nfield = \"vu_tru\"".utf8), ["field"]),
        "date": (Array("title = \"A\"\nstart_date = \"2026-02-30\"".utf8), ["start_date", "ngày không hợp lệ"]),
        "date-type": (Array("title = \"A\"\nstart_date = 5".utf8), ["start_date"]),
        "control": (Array("title = \"A\\u001b[31m\"".utf8), ["ký tự điều khiển"]),
        "long-title": (Array("title = \"\(String(repeating: "dài ", count: 200))\"".utf8), ["quá dài"]),
        "huge": (Array("title = \"A\"\nnecessity = \"\"\"\(String(repeating: "rất dài ", count: 8_000))\"\"\"".utf8), ["quá dài"]),
        "utf8": ([0x74, 0x69, 0x74, 0x6C, 0x65, 0x20, 0x3D, 0x20, 0x22, 0xFF, 0xFE, 0x22], ["không phải UTF-8"]),
        "binary": ((0..<2_000).map { UInt8(truncatingIfNeeded: $0 &* 131) }, ["không phải UTF-8"]),
        "nul": (Array("title = \"A\"\u{0}\nfield = \"x\"".utf8), ["TOML", ":1:", "NUL"]),
        "nul-escape": (Array("title = \"A\\u0000B\"".utf8), ["TOML", ":1:", "NUL"]),
        "lone-cr": (Array("title = \"A\"\rfield = \"x\"".utf8), ["TOML", ":1:", "CR"]),
        "empty": ([], ["rỗng"]),
        "comments-only": (Array("# chỉ có chú thích\n\n".utf8), ["rỗng"]),
        // Each of these aborted the process inside toml++ (TOMLKit) before SafeTOML replaced it.
        "header-3": (Array((goodTOML + "\n[[[a]]]").utf8), ["TOML", ":4:"]),
        "deep": (Array((String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)).utf8), ["TOML", ":1:"]),
        "header": (Array((goodTOML + "\n[[ [a]]]").utf8), ["TOML", ":4:"]),
        "bracket": (Array("title = \"A\"\n[".utf8), ["TOML", ":2:"]),
    ]

    @Test(arguments: BadInputTests.badDossiers.keys.sorted())
    func aBadDossierFileIsRefusedWithItsProblemNamed(name: String) throws {
        let (bytes, words) = try #require(Self.badDossiers[name])
        let ward = try Ward()
        let file = ward.file("\(name).toml", bytes)
        try Self.expectRefused(ward, ["new", "--from", file], naming: words)
        try Self.expectRefused(ward, ["edit", ward.draft, "--from", file], naming: words)
    }

    /// `dexuat import FILE.toml` read TOML without the old guard: these aborted the process.
    static let badImports: [String: ([UInt8], [String])] = [
        "header-3": (Array("[[proposal]]\nproposer = \"nvan\"\n[[[a]]]\n".utf8), ["dòng 3:", "TOML"]),
        "bracket": (Array("[[proposal]]\nproposer = \"nvan\"\ntitle = \"A\"\n[".utf8), ["dòng 4:", "TOML"]),
        "spaced-header": (Array("[[ [proposal]]]".utf8), ["dòng 1:", "TOML"]),
        "nul-escape": (Array("[[proposal]]\nproposer = \"nvan\"\ntitle = \"A\\u0000 bị cắt\"".utf8), ["dòng 3:", "NUL"]),
        "nul": (Array("[[proposal]]\nproposer = \"nvan\"\n".utf8) + [0], ["dòng 3:", "NUL"]),
        "quotes-in-comment": (Array("# \"\"\" trong chú thích\n[[proposal]]\nproposer = \"nvan\"\n[".utf8), ["dòng 4:", "TOML"]),
        "empty": ([], ["dòng 1:", "rỗng"]),
        "deep": (Array(("x = " + String(repeating: "[", count: 50_000)).utf8), ["dòng 1:", "TOML"]),
    ]

    @Test(arguments: BadInputTests.badImports.keys.sorted())
    func aBadImportFileIsRefusedWithItsLine(name: String) throws {
        let (bytes, words) = try #require(Self.badImports[name])
        let ward = try Ward()
        try Self.expectRefused(ward, ["import", ward.file("\(name).toml", bytes)], as: "htmai", exit: [2], naming: words)
    }

    @Test func aMissingDossierFileIsNamed() throws {
        let ward = try Ward()
        try Self.expectRefused(ward, ["new", "--from", ward.scratch.path("khong-co.toml")], naming: ["khong-co.toml"])
    }

    // MARK: - Themes

    @Test(arguments: [
        ("syntax", "[colors\nnormal = "), ("color", "[roles]\nnormal = { fg = \"tím than\" }"),
        ("type", "name = 5\n[roles]\nnormal = 7"), ("utf8", "name = \"\u{FFFD}\"\n\u{0}\u{1B}[31m"),
        ("huge", String(repeating: "# chú thích\n", count: 100_000)), ("empty", ""), ("header", "[[[roles]]]"), ("nul", "name = \"a\u{0}\""),
    ])
    func aBadThemeFileFallsBackWithAMessageNamingTheFile(name: String, text: String) throws {
        let scratch = try Scratch("theme")
        let path = scratch.path("\(name).toml")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let loaded = ThemeLoader.load(name: path, searchPaths: [], environment: [:], colorDepth: .indexed256)
        if name != "empty" && name != "huge" {
            #expect(!loaded.problems.isEmpty, "\(name)")
        }
        for problem in loaded.problems {
            #expect(problem.contains(path) || problem.contains("\(name).toml"), "\(problem)")
            #expect(!problem.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "a raw control in \(problem)")
        }
    }

    // MARK: - Command arguments and dates

    @Test func badArgumentsAreRefusedWithTheirProblemNamed() throws {
        let ward = try Ward()
        let table: [([String], [String])] = [
            (["list", "--limit", "0"], ["--limit"]),
            (["list", "--limit", "-3"], ["limit"]),
            (["list", "--limit", "99999999999999999999"], ["limit"]),
            (["list", "--state", "bay_bong"], ["bay_bong"]),
            (["show", "2026-999999"], ["2026-999999"]),
            (["show", ""], ["Không tìm thấy"]),
            (["submit", ward.draft, "--version", "abc"], ["version"]),
            (["submit", ward.draft, "--version", "99"], ["đã được người khác thay đổi"]),
            (["decide", ward.draft, "--kind", "tuy_y"], ["tuy_y"]),
            (["receive", "2026-abc"], ["2026-abc"]),
            (["officer", "grant", "nvan", "vua"], ["vua"]),
            (["officer", "add", "--login", "x", "--name", "X", "--unit", "KHONGCO"], []),
            (["officer", "add", "--login", "x\u{1B}[31m", "--name", "X", "--unit", "VHXH"], []),
            (["verify", "--against", "không phải mã"], ["Mã kiểm tra không hợp lệ"]),
            (["backup"], ["--to"]),
            (["nonsense-command"], ["nonsense-command"]),
            (["list", "--lang", "fr"], ["fr"]),
        ]
        for (arguments, words) in table {
            try Self.expectRefused(ward, arguments, as: arguments.first == "officer" ? "qtvien" : "nvan", exit: [1, 2], naming: words)
        }
    }

    @Test(arguments: ["2026-02-30", "31/04/2026", "2026-13-01", "0000-01-01", "99999-01-01", "", "２０２６-01-01",
                      "2026-1-1-1", "mai", "2026-02-29", "-2026-01-01", "29/02/2100"])
    func aBadCalendarDateIsRefusedAndNamed(day: String) throws {
        let ward = try Ward()
        try Self.expectRefused(ward, ["calendar", "--add-holiday=" + day, "--reason", "Thử"], as: "qtvien", exit: [1, 2],
                               naming: day.isEmpty ? [] : [day])
    }

    @Test func aYearFarOutOfRangeIsRefusedOrShownWithoutCrashing() throws {
        let ward = try Ward()
        for year in ["-5", "0", "10000", "99999999999"] {
            let out = try ward.cli.run(["calendar", "--year", year])
            #expect(out.status < 128, "year \(year): crashed")
            if out.status != 0 { #expect(!out.stderr.isEmpty) }
        }
    }

    // MARK: - Very large fields

    @Test func veryLargeFieldsAreRefusedAndNamed() throws {
        let ward = try Ward()
        // Longer than a multi-line field may be (50,000 characters), as an argument and from a file.
        let long = String(repeating: "Nội dung dài. ", count: 4_000)
        try Self.expectRefused(ward, ["withdraw", ward.draft, "--reason", long], naming: ["quá dài"])
        let file = ward.file("big.toml", Array(("title = \"A\"\ncontent = '''" + String(repeating: "Rất dài. ", count: 120_000) + "'''").utf8))
        try Self.expectRefused(ward, ["new", "--from", file], naming: ["quá dài"])
        try Self.expectRefused(ward, ["officer", "add", "--login", "tvdai", "--name", String(repeating: "Nguyễn ", count: 2_000), "--unit", "VHXH"],
                               as: "qtvien", naming: [])
    }
}
