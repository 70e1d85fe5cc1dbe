import Foundation
import Testing

/// Every user-facing string of a module lives in its catalogue, `Sources/<Module>/Strings/`,
/// Vietnamese and English side by side (DESIGN.md: "strings in a catalogue per layer").
/// This scans each module's other sources and fails on any inline pair left there, naming
/// the file and line. Add a module to `modules` once its strings have moved.
@Suite struct StringCatalogueTests {
    static let modules = ["Ledger", "dexuat", "Papers", "Desk"]

    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources", isDirectory: true)

    @Test(arguments: StringCatalogueTests.modules)
    func noInlinePairOutsideTheCatalogue(module: String) throws {
        let folder = Self.sources.appendingPathComponent(module, isDirectory: true)
        let files = try Self.swiftFiles(in: folder)
        #expect(!files.isEmpty, "no sources found under \(folder.path)")
        var offenders: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let relative = String(file.path.dropFirst(Self.sources.path.count + 1))
            for finding in InlinePairScanner.findings(in: text) {
                offenders.append("Sources/\(relative):\(finding.line): \(finding.pattern)")
            }
        }
        let list = offenders.joined(separator: "\n")
        #expect(offenders.isEmpty, "inline vi/en pairs outside Strings/ (move them to the catalogue):\n\(list)")
    }

    @Test func theCatalogueExists() throws {
        for module in Self.modules {
            let strings = Self.sources.appendingPathComponent(module).appendingPathComponent("Strings")
            let files = try FileManager.default.contentsOfDirectory(atPath: strings.path).filter { $0.hasSuffix(".swift") }
            #expect(!files.isEmpty, "\(module) has no Strings/ catalogue")
        }
    }

    /// The scanner itself: each pattern used in the code base is caught, however it is
    /// spaced or broken over lines, and what is not a pair is left alone.
    @Test(arguments: [
        #"throw LedgerError.badInput(Localized(vi: "Không có \(x)", en: "No \(x)"))"#,
        "let t = Localized(\n    vi: \"Thiếu\",\n    en: \"Missing\")",
        #"throw InputError(vi: "sai", en: "wrong")"#,
        #"throw DocumentRefusal(.init(vi: "sai", en: "wrong"))"#,
        #"let t = Localized(vi: "Lỗi: " + message, en: "Error: " + message)"#,
        #"make(code, vi: "sai", en: "wrong")"#,
        #"let p: (vi: String, en: String) = (vi: "a", en: "b")"#,
        #"say(options.lang == .vi ? "Đã ghi" : "Written")"#,
        "let s = language == .vi\n    ? \"Đã ghi\"\n    : \"Written\"",
        #"let s = lang==.en ? "Written" : "Đã ghi""#,
        #"let s = language != .vi ? "Written" : "Đã ghi""#,
        #"let s = vi ? "Đã ghi" : "Written""#,
        "let s = vi\n    ? label.vi : label.en",
        #"let s = "\(vi ? "có" : "yes")""#,
        #"if lang == .vi { say("Đã ghi") } else { say("Written") }"#,
        "switch language {\ncase .vi: \"Đã ghi\"\ncase .en: \"Written\"\n}",
        "static func why() -> (vi: String, en: String) { (\"sai\", \"wrong\") }",
        #"func fail(_ vi: String, _ en: String) -> Problem { Problem(vi, en) }"#,
        #"throw bad("khóa không đọc được", "the key cannot be read")"#,
        #"throw bad("loại khóa \(type) không hỗ trợ", "key type \(type) not supported")"#,
        #"let days = ["Thứ Hai", "Monday"]"#,
        "switch (source, lang) {\ncase (.computed, .vi): \"tính\"\ncase (.computed, _): \"computed\"\n}",
    ])
    func theScannerCatches(sample: String) {
        #expect(!InlinePairScanner.findings(in: sample).isEmpty, "not caught: \(sample)")
    }

    @Test(arguments: [
        #"throw LedgerError.badInput(LedgerText.noProposal(id))"#,
        #"let label = Localized(vi: name, en: name)"#,
        #"let reason = Localized(vi: refusal.message(.vi), en: refusal.message(.en))"#,
        #"say(CLIText.written[options.lang])"#,
        #"// Localized(vi: "in a comment", en: "in a comment")"#,
        #"let s = "vi ? \"x\" : \"y\" written in a string""#,
        #"let lang: Language = isEnglish ? .en : .vi"#,
        #"let x = review ? "a" : "b""#,
        #"let s = text.replacingOccurrences(of: "đ", with: "d")"#,
        #"let lines = ["Như trên;", "Lưu: VT."]"#,
        #"case "yes", "co", "có", "true": return true"#,
    ])
    func theScannerLeavesAlone(sample: String) {
        #expect(InlinePairScanner.findings(in: sample).isEmpty, "wrongly caught: \(sample)")
    }

    @Test func theScannerNamesTheLine() {
        let text = "import Procedure\n\n/* a \"comment\"\n over lines */\nlet a = \"\"\"\n  text\n  \"\"\"\nlet b = vi ? \"x\" : \"y\"\n"
        #expect(InlinePairScanner.findings(in: text).map(\.line) == [8])
    }

    static func swiftFiles(in folder: URL) throws -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var files: [URL] = []
        for case let url as URL in walker {
            if url.lastPathComponent == "Strings", url.deletingLastPathComponent().standardizedFileURL == folder.standardizedFileURL {
                walker.skipDescendants()
                continue
            }
            if url.pathExtension == "swift" { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }
}

/// Finds inline vi/en pairs in Swift source. The text is first reduced to a skeleton:
/// comments become blanks, each string literal becomes `"S"` (its interpolations kept as
/// code in parentheses), newlines stay where they were, so a match's line is its line in
/// the file and nothing inside a comment or a string can match.
enum InlinePairScanner {
    struct Finding: Equatable {
        var line: Int
        var pattern: String
    }

    static func findings(in source: String) -> [Finding] {
        var reducer = Skeleton(Array(source.unicodeScalars))
        let skeleton = reducer.run()
        var found: [Finding] = []
        func add(_ pattern: String, _ name: String, where accept: (String, Range<String.Index>) -> Bool = { _, _ in true }) {
            guard let regex = try? NSRegularExpression(pattern: pattern) else {
                found.append(Finding(line: 0, pattern: "bad pattern " + pattern)); return
            }
            let ns = skeleton as NSString
            for match in regex.matches(in: skeleton, range: NSRange(location: 0, length: ns.length)) {
                guard let range = Range(match.range, in: skeleton), accept(skeleton, range) else { continue }
                let line = skeleton[..<range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                found.append(Finding(line: line, pattern: name))
            }
        }
        // A call or tuple whose first argument is labelled vi:, with any literal text in it.
        add(#"\(\s*vi\s*:"#, "(vi: …, en: …) with literal text") { text, range in
            argumentsContainLiteral(text, openParen: range.lowerBound)
        }
        // A literal given as the vi: or en: argument anywhere in an argument list.
        add(#"(?<![\w.])(vi|en)\s*:\s*""#, "vi:/en: argument with literal text")
        // Ternaries and branches on the language.
        add(#"[!=]=\s*\.(vi|en)\s*\?(?!\?)"#, "ternary on the language (== .vi ? / == .en ?)")
        add(#"(?<![\w.])(vi|en)\s*\?(?![?.])"#, "ternary on a vi/en flag (vi ? … : …)")
        add(#"\bif\s+[\w.]+\s*[!=]=\s*\.(vi|en)\b"#, "if on the language")
        add(#"\bcase\s+\.(vi|en)\s*:"#, "switch on the language")
        // Helpers that carry a pair without Localized: (vi: String, en: String) tuples and
        // functions taking the two texts positionally, fail(_ vi: String, _ en: String).
        add(#"\(\s*vi\s*:\s*String\s*,\s*en\s*:\s*String\s*\)"#, "(vi: String, en: String) tuple")
        add(#"\b_\s+(vi|en)\s*:\s*String\b"#, "function taking vi/en texts positionally")
        // Any helper at all: a Vietnamese literal directly followed by a non-Vietnamese one
        // as the next argument or element, and a switch on (something, language).
        // (A `case` list of accepted answers, case "có", "yes":, is input, not a pair.)
        add(#""V"(?:\([^\n]*?\)"V")*\s*,\s*"S""#, "Vietnamese and English literals side by side") { text, range in
            let lineStart = text[..<range.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
            return !text[lineStart..<range.lowerBound].trimmingCharacters(in: .whitespaces).hasPrefix("case ")
        }
        add(#"\bcase\s*\([^\n]*,\s*\.(vi|en)\s*\)\s*:"#, "switch on (…, language)")
        return found.sorted { ($0.line, $0.pattern) < ($1.line, $1.pattern) }
    }

    /// Whether the parenthesised list opening at `openParen` holds a string literal.
    static func argumentsContainLiteral(_ text: String, openParen: String.Index) -> Bool {
        var depth = 0
        var index = openParen
        while index < text.endIndex {
            switch text[index] {
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return false }
            case "\"": return true
            default: break
            }
            index = text.index(after: index)
        }
        return false
    }

    /// Swift source with comments blanked and string literals reduced to `"S"`.
    struct Skeleton {
        let s: [Unicode.Scalar]
        var i = 0
        var out: [Unicode.Scalar] = []

        init(_ scalars: [Unicode.Scalar]) { s = scalars }

        func at(_ k: Int, _ text: String) -> Bool {
            let t = Array(text.unicodeScalars)
            guard k + t.count <= s.count else { return false }
            return Array(s[k..<k + t.count]) == t
        }

        mutating func run() -> String {
            code(untilCloseParen: false)
            return String(String.UnicodeScalarView(out))
        }

        /// Code, up to the end (or to the `)` closing an interpolation).
        mutating func code(untilCloseParen: Bool) {
            var depth = 0
            while i < s.count {
                if at(i, "//") {
                    while i < s.count, s[i] != "\n" { i += 1 }
                } else if at(i, "/*") {
                    blockComment()
                } else if s[i] == "\"" || (s[i] == "#" && rawStringStarts()) {
                    string()
                } else {
                    let c = s[i]
                    if untilCloseParen {
                        if c == "(" { depth += 1 }
                        if c == ")" {
                            if depth == 0 { i += 1; return }
                            depth -= 1
                        }
                    }
                    out.append(c)
                    i += 1
                }
            }
        }

        mutating func blockComment() {
            var depth = 0
            while i < s.count {
                if at(i, "/*") { depth += 1; i += 2; continue }
                if at(i, "*/") {
                    depth -= 1; i += 2
                    if depth == 0 { return }
                    continue
                }
                if s[i] == "\n" { out.append("\n") }
                i += 1
            }
        }

        /// Letters only Vietnamese text has (precomposed, as the sources are written).
        static let vietnameseLetters = Set(("àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ"
            + "ÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ").unicodeScalars)

        func rawStringStarts() -> Bool {
            var k = i
            while k < s.count, s[k] == "#" { k += 1 }
            return k < s.count && s[k] == "\""
        }

        mutating func string() {
            var hashes = 0
            while s[i] == "#" { hashes += 1; i += 1 }
            let multiline = at(i, "\"\"\"")
            i += multiline ? 3 : 1
            let close = (multiline ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
            let escape = "\\" + String(repeating: "#", count: hashes)
            // Each text piece is "S", or "V" once the literal turns out to hold Vietnamese.
            var markers = [out.count + 1]
            var vietnamese = false
            out.append(contentsOf: "\"S\"".unicodeScalars)
            defer {
                if vietnamese { for k in markers { out[k] = "V" } }
            }
            while i < s.count {
                if at(i, close) { i += close.unicodeScalars.count; return }
                if at(i, escape) {
                    let k = i + escape.unicodeScalars.count
                    if k < s.count, s[k] == "(" {
                        i = k + 1
                        out.append("(")
                        code(untilCloseParen: true)
                        markers.append(out.count + 2)
                        out.append(contentsOf: ")\"S\"".unicodeScalars)
                        continue
                    }
                    i = k + 1
                    continue
                }
                if s[i] == "\n" {
                    out.append("\n")
                    if !multiline { i += 1; return }
                }
                if Self.vietnameseLetters.contains(s[i]) { vietnamese = true }
                i += 1
            }
        }
    }
}
