import Foundation
import Testing

/// Issue 17: the Vietnamese reads as a ward office writes it (GLOSSARY.md). This walks
/// every catalogue — `Sources/<Module>/Strings/` of Desk, Ledger, Papers and dexuat, and
/// the labels and refusals Procedure keeps on its enums — entry by entry, and every other
/// Vietnamese literal in the sources (documents are written in Vietnamese only), and fails
/// on each breach of the style, naming the catalogue key (or file and line) and the text.
///
/// The entries are read from the sources themselves: every `vi:` argument with literal
/// text and the `en:` argument beside it. `StringCatalogueTests` proves no pair is left
/// outside the catalogues, so this reading is the whole of them.
@Suite struct CatalogueWordingTests {
    static let sources = StringCatalogueTests.sources
    static let catalogueModules = ["Desk", "Ledger", "Papers", "dexuat"]

    /// Every catalogue file: the modules' Strings/ folders and all of Procedure.
    static func catalogueFiles() throws -> [URL] {
        var files: [URL] = []
        for module in catalogueModules {
            let folder = sources.appendingPathComponent(module).appendingPathComponent("Strings")
            files += try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "swift" }
        }
        files += try StringCatalogueTests.swiftFiles(in: sources.appendingPathComponent("Procedure"))
        return files.sorted { $0.path < $1.path }
    }

    static func relative(_ file: URL) -> String {
        "Sources/" + String(file.standardizedFileURL.path.dropFirst(sources.standardizedFileURL.path.count + 1))
    }

    static func entries() throws -> [CatalogueEntry] {
        try catalogueFiles().flatMap { file in
            CatalogueReader.entries(in: try String(contentsOf: file, encoding: .utf8), file: relative(file))
        }
    }

    /// Every Vietnamese literal of every module but the demo ward's invented content and
    /// the code that reads what officers type (accepted answers, not text shown).
    static func vietnameseLiterals() throws -> [CatalogueEntry] {
        var found: [CatalogueEntry] = []
        for file in try StringCatalogueTests.swiftFiles(in: sources) {
            let path = relative(file)
            // The demo ward's invented content, the tools' own output, and SQL.
            if path.hasPrefix("Sources/DemoWard/") || path.hasPrefix("Sources/dexuat-") || path.hasPrefix("Sources/SafeTOML")
                || path == "Sources/Ledger/Schema.swift" { continue }
            found += CatalogueReader.literals(in: try String(contentsOf: file, encoding: .utf8), file: path)
                .filter { $0.vi.unicodeScalars.contains(where: CatalogueReader.vietnameseLetters.contains) }
        }
        return found
    }

    // MARK: The reading itself

    @Test func theReaderFindsEveryCatalogue() throws {
        let all = try Self.entries()
        for module in Self.catalogueModules + ["Procedure"] {
            #expect(all.contains { $0.file.hasPrefix("Sources/\(module)/") }, "no entries read from \(module)")
        }
        // Thousands of entries, not a handful: a reader that stopped early would pass.
        #expect(all.count > 1500, "only \(all.count) entries read")
    }

    @Test func theReaderTakesEachForm() {
        let source = """
        enum T {
            static let plain = Localized(vi: "Đã ghi", en: "Recorded")
            static func joined(_ n: Int) -> Localized {
                Localized(
                    vi: "Có \\(n) việc" + ", xem thêm",
                    en: "\\(n) tasks, see more")
            }
            var label: Localized {
                switch self {
                case .a: Localized(vi: "Một (a, b)", en: "One")
                }
            }
        }
        """
        let found = CatalogueReader.entries(in: source, file: "T.swift")
        #expect(found.map(\.key) == ["plain", "joined", "a"])
        #expect(found.map(\.vi) == ["Đã ghi", "Có ‹› việc, xem thêm", "Một (a, b)"])
        #expect(found.map(\.en) == ["Recorded", "‹› tasks, see more", "One"])
        #expect(found.map(\.line) == [2, 5, 10])
    }

    // MARK: The rules

    @Test func everyEntryHasBothTexts() throws {
        let bad = try Self.entries().filter { $0.viHasText != $0.enHasText }
            .filter { $0.enLiteral || $0.viLiteral }
        let list = bad.map(\.where_).joined(separator: "\n")
        #expect(bad.isEmpty, "entries missing a Vietnamese or English twin:\n\(list)")
    }

    @Test(arguments: WordingRule.all.map(\.name))
    func catalogueEntriesKeepTheRule(name: String) throws {
        let rule = try #require(WordingRule.all.first { $0.name == name })
        let offenders = try Self.entries().filter { rule.breaks($0) }
        let list = offenders.map { $0.where_ + ": " + $0.vi }.joined(separator: "\n")
        #expect(offenders.isEmpty, "\(rule.name) — \(rule.why):\n\(list)")
    }

    @Test(arguments: WordingRule.all.filter(\.appliesToDocuments).map(\.name))
    func vietnameseLiteralsKeepTheRule(name: String) throws {
        let rule = try #require(WordingRule.all.first { $0.name == name })
        let offenders = try Self.vietnameseLiterals().filter { rule.breaks($0) }
        let list = offenders.map { $0.where_ + ": " + $0.vi }.joined(separator: "\n")
        #expect(offenders.isEmpty, "\(rule.name) — \(rule.why):\n\(list)")
    }

    /// GLOSSARY: status-line messages fit 40 columns. Every catalogue entry the Desk says
    /// on the status line (`say(DeskText.…)`) fits, an interpolation counted as 8 columns,
    /// or leads with a clause that fits (before ": " or "; "), which the line then shows
    /// while the message area above holds the whole (StatusMessage.short).
    @Test func statusLineMessagesFit40Columns() throws {
        let desk = Self.sources.appendingPathComponent("Desk")
        var said = Set<String>()
        let pattern = try NSRegularExpression(pattern: #"say\((?:DeskText|FormText)\.(\w+)"#)
        for file in try StringCatalogueTests.swiftFiles(in: desk) {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { said.insert(String(text[range])) }
            }
        }
        #expect(said.count > 15, "only \(said.count) status messages found")
        let entries = try Self.entries().filter { $0.file.hasPrefix("Sources/Desk/Strings/") && said.contains($0.key) }
        #expect(Set(entries.map(\.key)) == said, "not found in the catalogue: \(said.subtracting(entries.map(\.key)))")
        let tooLong = entries.filter { !Self.fitsStatusLine($0.vi) }
        let list = tooLong.map { $0.where_ + ": " + $0.vi }.joined(separator: "\n")
        #expect(tooLong.isEmpty, "status-line messages over 40 columns:\n\(list)")
    }

    static func fitsStatusLine(_ text: String) -> Bool {
        func width(_ s: String) -> Int { s.replacingOccurrences(of: "‹›", with: "12345678").count }
        if width(text) <= 40 { return true }
        return [": ", "; "].contains { separator in
            text.range(of: separator).map { width(String(text[..<$0.lowerBound])) <= 40 } ?? false
        }
    }

    @Test func theStatusLineCheckCatches() {
        #expect(Self.fitsStatusLine("Phím ‹› chưa được gán (? trợ giúp)"))
        #expect(!Self.fitsStatusLine("Phím ‹› chưa được gán, nhấn ? để xem trợ giúp về các phím"))
        #expect(Self.fitsStatusLine("Không mở được tệp: một lời giải thích dài hơn bốn mươi cột"))
    }

    /// Each rule catches what it is for and lets good Vietnamese through.
    @Test(arguments: WordingRule.all.map(\.name))
    func eachRuleCatchesItsExamples(name: String) throws {
        let rule = try #require(WordingRule.all.first { $0.name == name })
        #expect(!rule.bad.isEmpty && !rule.good.isEmpty)
        for text in rule.bad {
            #expect(rule.breaks(rule.example(text)), "\(name) lets through: \(text)")
        }
        for text in rule.good {
            #expect(!rule.breaks(rule.example(text)), "\(name) wrongly catches: \(text)")
        }
    }

    /// Good Vietnamese in the GLOSSARY's own "After" column passes every rule.
    @Test func theGlossaryAfterColumnPasses() {
        let after = [
            "Chưa thực hiện được: đề xuất đang ở trạng thái “Bản nháp”",
            "Tán thành 1/2, không tán thành 1/2: thông qua (ngang phiếu, theo ý kiến người đứng đầu)",
            "Phiếu rà soát điều kiện (khoản 1 Điều 5, khoản 2 Điều 4 NĐ 73/2023)",
            "Có việc cần xử lý: nhấn a để xem các thao tác",
            "Ngày không hợp lệ: nhập ngày/tháng/năm, ví dụ 25/08/2026",
            "(ước tính 75.000.000 đồng)",
            "Người đứng đầu quyết định cho triển khai (tập thể không thông qua)",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG UÔNG BÍ",
        ]
        for text in after {
            let entry = CatalogueEntry(file: "GLOSSARY.md", line: 1, key: "after", vi: text, en: "x")
            let broken = WordingRule.all.filter { $0.breaks(entry) }.map(\.name)
            #expect(broken.isEmpty, "\(text) breaks \(broken)")
        }
    }
}

/// One `vi:`/`en:` pair of a catalogue (or one Vietnamese literal), its interpolations
/// shown as ‹›.
struct CatalogueEntry: Sendable, CustomStringConvertible {
    var file: String
    var line: Int
    var key: String
    var vi: String
    var en: String
    var viLiteral = true
    var enLiteral = true

    var viHasText: Bool { !vi.trimmingCharacters(in: .whitespaces).isEmpty }
    var enHasText: Bool { !en.trimmingCharacters(in: .whitespaces).isEmpty }
    var where_: String { "\(file):\(line) \(key)" }
    var description: String { where_ + ": " + vi }
}

/// A rule of GLOSSARY.md, with examples it must catch and let through.
struct WordingRule: Sendable {
    var name: String
    var why: String
    /// Keys (or file paths) the rule does not apply to, each for a stated reason.
    var allowed: Set<String> = []
    var appliesToDocuments = true
    var test: @Sendable (CatalogueEntry) -> Bool
    var bad: [String]
    var good: [String]

    /// An entry holding an example: in English for the rules on the English twin.
    func example(_ text: String) -> CatalogueEntry {
        name.hasPrefix("twin-") ? CatalogueEntry(file: "X.swift", line: 1, key: "example", vi: "Chưa thực hiện được", en: text)
            : CatalogueEntry(file: "X.swift", line: 1, key: "example", vi: text, en: "x")
    }

    func breaks(_ entry: CatalogueEntry) -> Bool {
        !allowed.contains(entry.key) && !allowed.contains(entry.file) && test(entry)
    }

    static func matches(_ pattern: String, _ text: String, caseless: Bool = true) -> Bool {
        guard let regex = RegexCache.shared.regex(pattern, caseless: caseless) else { return true }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The Vietnamese with what is code, not language, taken out: command options
    /// (`--kind`), commands (`:messages`, `dexuat …`), file names, keys and the values an
    /// option takes (listed after an option), and what is interpolated.
    static func prose(_ text: String) -> String {
        var t = text
        for pattern in [#"--[a-z][\w-]*(\s*[:=]?\s*[\w.,\-]+(\s*(,|hoặc)\s*[\w\-]+)*)?"#, #"(?<![\w])[:/][a-z][\w-]*( [a-z][\w-]*)?"#,
                        #"(cột|khóa|bảng)\s+\[{0,2}[A-Za-z_][\w.]*\]{0,2}"#, #"\[\[[\w.]+\]\]"#,
                        // Values typed on the command line or in a form: "yes|no", "open, in_progress, done",
                        // "approved hoặc rejected", "(ballot)", "right_policy=yes:lý do".
                        #"\b[\w]+(\s*\|\s*[\w]+)+"#, #"\b[a-z][a-z_]*(\s*,\s*[a-z][a-z_]*)+\b"#,
                        #"\b[a-z][a-z_]*\s+hoặc\s+[a-z][a-z_]*\b"#, #"\b[\w]+=[\w|]+:"#, #"giá trị\s+[\w.]+"#,
                        #"\b[\w\-]+\.(toml|csv|docx|html|pdf|json|sqlite|db|txt|md|zip|log|timer|service)\b"#, #"\bdexuat( [a-z][\w-]*)*"#,
                        #"‹›"#, #"\b(Ctrl|Alt|Shift|Tab|Enter|Esc|Space|F\d+)\b"#, #"https?://\S+"#] {
            t = t.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return t
    }

    /// The officer's own declaration (CV 432 point 1), the one place for "tôi".
    static let declaration = "Tôi đã đọc và nắm được nội dung"

    /// Files whose Vietnamese literals hold code by design: the TOML template of a dossier
    /// (its keys), the terminal's refusal to start (both languages, before one is chosen).
    static let codeBearingFiles: Set<String> = ["Sources/dexuat/DossierFile.swift", "Sources/Terminal/Curses/CursesTerminal.swift"]

    static let englishWords = ["seed", "field", "fields", "next", "draft", "local", "evaluated", "actor", "role", "error",
                               "ok", "proposal", "proposals", "ballot", "step", "steps", "state", "status", "rule",
                               "unknown", "invalid", "pending", "failed", "warning", "none", "null", "true", "false",
                               "the", "and", "with", "from", "is", "not", "yes", "please", "you", "your", "inbox",
                               "submit", "submitted", "approved", "rejected", "closed", "done", "missing", "refused"]

    static let all: [WordingRule] = [
        WordingRule(name: "no-ban", why: "impersonal: no “bạn”", test: { matches(#"\bbạn\b"#, $0.vi) },
                    bad: ["Có việc chờ bạn", "Bạn chưa chọn"], good: ["Có việc cần xử lý", "bàn giao"]),
        WordingRule(name: "no-toi", why: "impersonal: no “tôi” outside the officer's own declaration",
                    test: { matches(#"\btôi\b"#, $0.vi.replacingOccurrences(of: declaration, with: "")) },
                    bad: ["Việc chờ tôi", "Tôi đã đọc", "Xác nhận tôi đã đọc"],
                    good: ["Việc cần xử lý", "tối nay", "tội phạm", "Đã xác nhận: \"Tôi đã đọc và nắm được nội dung\""]),
        WordingRule(name: "no-hay", why: "impersonal: no “Hãy”", test: { matches(#"\bhãy\b"#, $0.vi) },
                    bad: ["Hãy nhập lý do", "Chọn lại, hãy thử"], good: ["Nhập lý do", "hay không"]),
        WordingRule(name: "no-vui-long", why: "impersonal: no “Vui lòng”", test: { matches(#"\bvui lòng\b"#, $0.vi) },
                    bad: ["Vui lòng nhập lý do"], good: ["Nhập lý do", "vui vẻ"]),
        // MoneyAmount lists the currency marks a typed amount may carry ("vnđ" read, never written).
        WordingRule(name: "no-VND", why: "money in “đồng”, never “VND”", allowed: ["Sources/Procedure/Dossier/MoneyAmount.swift"],
                    test: { matches(#"\bVN[DĐ]\b"#, $0.vi) },
                    bad: ["Kinh phí (VND)", "75000000 VND", "ước tính ‹› VNĐ"], good: ["Kinh phí (đồng)", "75.000.000 đồng"]),
        WordingRule(name: "no-YYYY", why: "dates written dd/mm/yyyy, with an example like 25/08/2026",
                    test: { matches(#"YYYY|\bMM-DD\b|\bDD/MM\b"#, $0.vi, caseless: false) },
                    bad: ["ghi YYYY-MM-DD", "ngày DD/MM/YYYY"], good: ["nhập ngày/tháng/năm, ví dụ 25/08/2026"]),
        WordingRule(name: "no-code", why: "no rule ids (actor.role) or [codes] in a Vietnamese sentence", allowed: codeBearingFiles,
                    test: { entry in
                        let prose = prose(entry.vi)
                        return matches(#"(?<![\w.])[a-z]+\.[a-z_]+[a-z](?![\w.])"#, prose, caseless: false)
                            || matches(#"\[\s*[A-Za-z_.\-]{2,}[A-Za-z_.\- ]*\]"#, prose, caseless: false)
                    },
                    bad: ["[actor.role] Không có quyền", "Đã đánh giá [evaluated]", "theo ballot.recused"],
                    good: ["Không có quyền (khoản 1 Điều 8 NĐ 73/2023)", "Xem dexuat.toml", "Dùng --kind minutes", "[đóng vai]",
                           "[y] Có   [N] Không", "mỗi đề xuất là một bảng [[proposal]]"]),
        WordingRule(name: "no-english", why: "no English word on a Vietnamese screen", allowed: codeBearingFiles,
                    test: { entry in
                        let prose = prose(entry.vi)
                        return englishWords.contains { matches(#"(?<![\w\-_'.])"# + $0 + #"(?![\w\-_'])"#, prose) }
                    },
                    bad: ["Hạt giống (seed)", "quy định LOCAL", "Trường kế (next field)", "Lỗi: error"],
                    good: ["Dùng --state draft", "Xem :messages", "Tab: trường sau", "không thông qua", "có lỗi",
                           "Trạng thái: open, in_progress, done", "(approved hoặc rejected)", "Dùng :action ballot", "lĩnh vực (cột field)"]),
        WordingRule(name: "comma-decimal", why: "decimals with a comma: “0,4 giây”",
                    test: { matches(#"(?<![\d.,/])\d+\.(\d{1,2}|\d{4,})(?![\d.])"#, prose($0.vi)) },
                    bad: ["0.4 giây", "mất 12.5 ngày"], good: ["0,4 giây", "75.000.000 đồng", "NĐ 73/2023", "v1.2.3 không đổi"]),
        WordingRule(name: "money-in-dong", why: "money as “75.000.000 đồng”: groups of three, unit “đồng”",
                    test: { entry in
                        matches(#"(\d|‹›)\s*đ(?![\p{L}])"#, entry.vi) || matches(#"\d{4,}\s*đồng"#, entry.vi)
                            || matches(#"\d{1,3}(,\d{3})+\s*đồng"#, entry.vi)
                    },
                    bad: ["14.400.000 đ", "75000000 đồng", "‹› đ", "75,000,000 đồng"],
                    good: ["75.000.000 đồng", "‹› đồng", "đồng ý có điều kiện", "Đ 5"]),
        WordingRule(name: "ballot-words", why: "a ballot is “tán thành / không tán thành”, a tally “thông qua”, never “đồng ý”, “ĐẠT” or “cơ sở tính”",
                    test: { entry in
                        let t = entry.vi
                        let aboutVote = matches(#"biểu quyết|phiếu|tán thành|thông qua|ballot|vote|tally"#, t + " " + entry.key + " " + entry.en)
                        let partyStance = matches(#"cấp ủy|đảng|party"#, t + " " + entry.key + " " + entry.en)
                        return matches(#"cơ sở tính|\bĐẠT\b|bên có ý kiến"#, t, caseless: false)
                            || (aboutVote && !partyStance && matches(#"\bđồng ý\b"#, t))
                    },
                    bad: ["1 đồng ý, 1 không đồng ý; cơ sở tính 2 — ĐẠT", "Biểu quyết: đồng ý", "bên có ý kiến của thủ trưởng thắng"],
                    good: ["Tán thành 1/2, không tán thành 1/2: thông qua", "Ý kiến cấp ủy: đồng ý có điều kiện", "Đạt chỉ tiêu"]),
        // SignatureBlock lists the titles stored positions may begin with, to take them off.
        WordingRule(name: "one-term", why: "one term per thing (GLOSSARY terms table)", allowed: ["Sources/Papers/Documents/SignatureBlock.swift"],
                    test: { entry in
                        matches(#"\bthủ trưởng\b|\bhệ quả\b|\btrễ hạn\b|\bngười giữ\b|\bphản ánh\b|\bđảm bảo\b|\btiếp tục lại\b|KH&CN|\btình trạng\b|khen thưởng\s*(/|và)\s*trách nhiệm|hạt giống|trường kế|soạn ngoài|tự chịu trách nhiệm"#, entry.vi)
                    },
                    bad: ["Thủ trưởng cho phép, tự chịu trách nhiệm", "Hệ quả", "trễ hạn 3 ngày", "Người giữ", "Phản ánh vướng mắc",
                          "đảm bảo kinh phí", "Tình trạng", "Khen thưởng / trách nhiệm", "Hạt giống ngẫu nhiên", "Trường kế", "Soạn ngoài"],
                    good: ["Người đứng đầu quyết định cho triển khai", "hướng xử lý trách nhiệm", "quá hạn 3 ngày", "người đang xử lý",
                           "báo cáo khó khăn, vướng mắc", "bảo đảm kinh phí", "Trạng thái", "biện pháp khuyến khích, bảo vệ"]),
        WordingRule(name: "citation-order", why: "citations in Vietnamese order: “điểm a khoản 1 Điều 5 NĐ 73/2023”",
                    test: { entry in
                        matches(#"(NĐ|Nghị định)[^,;()]*\d{4}[^,;()]*,\s*Điều\s+\d+"#, entry.vi, caseless: false)
                            || matches(#"Công văn[^;()]*,\s*điểm"#, entry.vi, caseless: false)
                            || matches(#"Điều\s+\d+\s+khoản|khoản\s+\d+\s+điểm"#, entry.vi, caseless: false)
                    },
                    bad: ["NĐ 73/2023, Điều 5 khoản 1 điểm a", "(Điều 5 khoản 1)", "Công văn 432, điểm 3"],
                    good: ["điểm a khoản 1 Điều 5 NĐ 73/2023", "khoản 1 Điều 8 Nghị định số 73/2023/NĐ-CP", "điểm 3 Công văn số 432/UBND-VHXH"]),
        WordingRule(name: "twin-no-vietnamese-in-english", why: "the English twin is English (names aside)", appliesToDocuments: false,
                    test: { entry in
                        // A Vietnamese sentence copied into en: (three Vietnamese words in a row).
                        matches(#"(\p{L}*[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]\p{L}*\s+){3}"#, entry.en)
                            && entry.en != entry.vi
                    },
                    bad: ["Chưa thực hiện được đâu"], good: ["Not possible"]),
    ]
}

/// Reads catalogue entries out of Swift source.
enum CatalogueReader {
    static let vietnameseLetters = InlinePairScanner.Skeleton.vietnameseLetters

    /// Each literal of the source, its interpolations as ‹›, and the source with every
    /// literal replaced by `"#n"` and comments blanked (lines kept).
    static func tokenize(_ source: String) -> (skeleton: String, literals: [String]) {
        let s = Array(source.unicodeScalars)
        var i = 0
        var out = String.UnicodeScalarView()
        var literals: [String] = []
        func at(_ k: Int, _ text: String) -> Bool {
            let t = Array(text.unicodeScalars)
            return k + t.count <= s.count && Array(s[k..<k + t.count]) == t
        }
        func skipCode(untilCloseParen: Bool) {
            var depth = 0
            while i < s.count {
                if at(i, "//") { while i < s.count, s[i] != "\n" { i += 1 }; continue }
                if at(i, "/*") {
                    var d = 0
                    while i < s.count {
                        if at(i, "/*") { d += 1; i += 2; continue }
                        if at(i, "*/") { d -= 1; i += 2; if d == 0 { break }; continue }
                        if s[i] == "\n" && !untilCloseParen { out.append("\n") }
                        i += 1
                    }
                    continue
                }
                if s[i] == "\"" || (s[i] == "#" && { var k = i; while k < s.count, s[k] == "#" { k += 1 }; return k < s.count && s[k] == "\"" }()) {
                    let text = literal()
                    if !untilCloseParen {
                        out.append(contentsOf: "\"#\(literals.count)\"".unicodeScalars)
                        literals.append(text)
                    }
                    continue
                }
                if untilCloseParen {
                    if s[i] == "(" { depth += 1 }
                    if s[i] == ")" { if depth == 0 { i += 1; return }; depth -= 1 }
                } else {
                    out.append(s[i])
                }
                i += 1
            }
        }
        func literal() -> String {
            var hashes = 0
            while s[i] == "#" { hashes += 1; i += 1 }
            let multiline = at(i, "\"\"\"")
            i += multiline ? 3 : 1
            let close = (multiline ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
            let escape = "\\" + String(repeating: "#", count: hashes)
            var text = String.UnicodeScalarView()
            var newlines = 0
            defer { for _ in 0..<newlines { out.append("\n") } }
            while i < s.count {
                if at(i, close) { i += close.unicodeScalars.count; break }
                if at(i, escape) {
                    let k = i + escape.unicodeScalars.count
                    guard k < s.count else { i = k; break }
                    switch s[k] {
                    case "(": i = k + 1; skipCode(untilCloseParen: true); text.append(contentsOf: "‹›".unicodeScalars); continue
                    case "n": text.append("\n")
                    case "t": text.append("\t")
                    case "\"": text.append("\"")
                    case "\\": text.append("\\")
                    default: text.append(s[k])
                    }
                    i = k + 1
                    continue
                }
                if s[i] == "\n" {
                    newlines += 1
                    if !multiline { i += 1; break }
                }
                text.append(s[i])
                i += 1
            }
            return String(text)
        }
        skipCode(untilCloseParen: false)
        return (String(out), literals)
    }

    /// The text of an argument: its literals joined, code between them shown as ‹›; nil
    /// when it holds no literal (`vi: name`, `vi: refusal.message(.vi)`).
    static func argumentText(_ skeleton: [Character], from start: Int, literals: [String]) -> (text: String, end: Int)? {
        var depth = 0
        var k = start
        var text = ""
        var sawLiteral = false
        var codeSinceLiteral = false
        while k < skeleton.count {
            let c = skeleton[k]
            if c == "\"" && depth == 0 {
                var j = k + 2
                var digits = ""
                while j < skeleton.count, skeleton[j].isNumber { digits.append(skeleton[j]); j += 1 }
                if let n = Int(digits), n < literals.count {
                    if codeSinceLiteral && sawLiteral { text += "‹›" }
                    if codeSinceLiteral && !sawLiteral && !text.isEmpty { text += "‹›" }
                    text += literals[n]
                    sawLiteral = true
                    codeSinceLiteral = false
                    k = j + 1
                    continue
                }
            }
            if c == "(" || c == "[" { depth += 1 }
            if c == ")" || c == "]" {
                if depth == 0 { break }
                depth -= 1
            }
            if c == "," && depth == 0 { break }
            if !c.isWhitespace && c != "+" { codeSinceLiteral = true }
            k += 1
        }
        return sawLiteral ? (text, k) : nil
    }

    static func entries(in source: String, file: String) -> [CatalogueEntry] {
        let (skeletonText, literals) = tokenize(source)
        let skeleton = Array(skeletonText)
        let string = String(skeleton)
        guard let viLabel = try? NSRegularExpression(pattern: #"(?<![\w.])vi\s*:\s*"#),
              let enLabel = try? NSRegularExpression(pattern: #"^\s*,\s*en\s*:\s*"#),
              let keyPattern = try? NSRegularExpression(pattern: #"\b(?:let|var|func|case)\s+\.?(\w+)"#) else { return [] }
        let ns = string as NSString
        // Character offsets: the skeleton is an array of Characters, NSString of UTF-16.
        let utf16ToChar: [Int] = {
            var map = [Int](repeating: 0, count: ns.length + 1)
            var u = 0
            for (index, ch) in skeleton.enumerated() {
                for _ in 0..<ch.utf16.count { map[u] = index; u += 1 }
            }
            map[u] = skeleton.count
            return map
        }()
        var charToUTF16 = [Int](repeating: 0, count: skeleton.count + 1)
        do {
            var u = 0
            for (index, ch) in skeleton.enumerated() { charToUTF16[index] = u; u += ch.utf16.count }
            charToUTF16[skeleton.count] = u
        }
        var found: [CatalogueEntry] = []
        for match in viLabel.matches(in: string, range: NSRange(location: 0, length: ns.length)) {
            let start = utf16ToChar[match.range.location + match.range.length]
            let vi = argumentText(skeleton, from: start, literals: literals)
            let viEnd: Int = vi?.end ?? {
                var depth = 0, k = start
                while k < skeleton.count {
                    let c = skeleton[k]
                    if c == "(" || c == "[" { depth += 1 }
                    if c == ")" || c == "]" { if depth == 0 { break }; depth -= 1 }
                    if c == "," && depth == 0 { break }
                    k += 1
                }
                return k
            }()
            let restStart = charToUTF16[viEnd]
            guard let en = enLabel.firstMatch(in: string, range: NSRange(location: restStart, length: ns.length - restStart)) else { continue }
            let enStart = utf16ToChar[en.range.location + en.range.length]
            let enText = argumentText(skeleton, from: enStart, literals: literals)
            guard vi != nil || enText != nil else { continue }
            let before = NSRange(location: 0, length: match.range.location)
            let key = keyPattern.matches(in: string, range: before).last.map { ns.substring(with: $0.range(at: 1)) } ?? "?"
            let line = skeleton[..<start].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            found.append(CatalogueEntry(file: file, line: line, key: key, vi: vi?.text ?? "‹›", en: enText?.text ?? "‹›",
                                        viLiteral: vi != nil, enLiteral: enText != nil))
        }
        return found
    }

    /// Every literal of the source, one entry each, keyed by its line.
    static func literals(in source: String, file: String) -> [CatalogueEntry] {
        let (skeletonText, literals) = tokenize(source)
        var found: [CatalogueEntry] = []
        var line = 1
        let characters = Array(skeletonText)
        var chars = characters[...]
        while let first = chars.first {
            if first == "\n" { line += 1; chars = chars.dropFirst(); continue }
            if first == "\"", chars.dropFirst().first == "#" {
                let digits = chars.dropFirst(2).prefix { $0.isNumber }
                if let n = Int(String(digits)), n < literals.count {
                    // The English side of a pair is not Vietnamese text, whatever names it holds.
                    let before = String(characters[..<chars.startIndex].suffix(12)).replacingOccurrences(of: " ", with: "")
                    if !before.hasSuffix("en:") {
                        found.append(CatalogueEntry(file: file, line: line, key: "\(file):\(line)", vi: literals[n], en: ""))
                    }
                    chars = chars.dropFirst(2 + digits.count + 1)
                    continue
                }
            }
            chars = chars.dropFirst()
        }
        return found
    }
}

/// The rules' patterns, compiled once (a few thousand texts are checked per rule).
final class RegexCache: @unchecked Sendable {
    static let shared = RegexCache()
    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression] = [:]

    func regex(_ pattern: String, caseless: Bool) -> NSRegularExpression? {
        let key = (caseless ? "i:" : "c:") + pattern
        lock.lock()
        defer { lock.unlock() }
        if let regex = compiled[key] { return regex }
        let options: NSRegularExpression.Options = caseless ? [.caseInsensitive, .useUnicodeWordBoundaries] : [.useUnicodeWordBoundaries]
        guard let regex = try? NSRegularExpression(pattern: pattern, options: options) else { return nil }
        compiled[key] = regex
        return regex
    }
}
