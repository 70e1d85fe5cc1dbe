import Foundation
import Testing
@testable import dexuat
import Ledger

/// Every reader of TOML in the program — `import x.toml`, `new --from` (and `edit --from`),
/// the settings file read when the Desk opens — over the corpus of SafeTOMLTests/Corpus,
/// as written and saved with CR LF: an invalid file is refused naming the line its first
/// line names (`# line N`), never aborts; a valid one is never called a syntax error (it
/// may still be refused for what it holds). Empty files, and files of blanks and comments
/// only, are refused by `import` and `new --from` in Vietnamese.
struct TOMLCallersTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SafeTOMLTests/Corpus")

    /// Corpus files as (path, text as LF, expected line or nil for valid). Files that are
    /// not UTF-8 are left to SafeTOMLTests: the commands refuse them before TOML is read.
    static func files(_ top: String) -> [String] {
        let base = corpus.appendingPathComponent(top).path
        let found = (FileManager.default.enumerator(atPath: base)?.allObjects as? [String]) ?? []
        return found.filter { $0.hasSuffix(".toml") }.map { top + "/" + $0 }.sorted()
    }

    static func text(_ file: String) -> String? {
        FileManager.default.contents(atPath: corpus.appendingPathComponent(file).path).flatMap { String(data: $0, encoding: .utf8) }
    }

    static func crlf(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
    }

    @Test func theCorpusIsThere() {
        #expect(Self.files("invalid").count >= 100)
        #expect(Self.files("valid").count >= 30)
    }

    @Test(arguments: ["LF", "CRLF"])
    func everyInvalidFileIsRefusedWithItsLineByEveryCaller(lineEnds: String) throws {
        var checked = 0
        for file in Self.files("invalid") {
            guard let lf = Self.text(file), lf.hasPrefix("# line ") else { continue }
            let line = try #require(Int(lf.dropFirst(7).prefix { $0.isNumber }))
            let text = lineEnds == "CRLF" ? Self.crlf(lf) : lf
            // A CR before a lone CR's line would count as a line end: those files stay LF.
            if lineEnds == "CRLF" && lf.contains("\r") { continue }
            checked += 1

            let imported = ImportCommand.parseTOML(text, file: "x.toml")
            #expect(imported.rows.isEmpty, "\(file)")
            #expect(imported.problems.first?.line == line, "\(file) [\(lineEnds)]: \(imported.problems)")
            #expect(imported.problems.first?.reason.vi.contains("TOML") == true, "\(file) [\(lineEnds)]: \(imported.problems)")

            do {
                _ = try DossierFile.parse(text, file: "hoso.toml")
                Issue.record("\(file) [\(lineEnds)]: new --from accepted it")
            } catch let error as InputError {
                #expect(error.text.vi.hasPrefix("hoso.toml:\(line): lỗi cú pháp TOML"), "\(file) [\(lineEnds)]: \(error.text.vi)")
                #expect(error.text.en.hasPrefix("hoso.toml:\(line): TOML syntax error"), "\(file) [\(lineEnds)]: \(error.text.en)")
            }

            let (preferences, path) = try SettingsFileTests.load(Array(text.utf8))
            #expect(preferences.problem?.hasPrefix("\(path):\(line): ") == true, "\(file) [\(lineEnds)]: \(preferences.problem ?? "accepted")")
        }
        #expect(checked >= 100, "\(checked) files")
    }

    /// The files that are not UTF-8 are refused before TOML is read, with the line of their
    /// first bad bytes.
    @Test func aFileThatIsNotUTF8IsRefusedWithItsLine() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dexuat-utf8-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var checked = 0
        for file in Self.files("invalid") where file.hasPrefix("invalid/encoding/") {
            let bytes = try #require(FileManager.default.contents(atPath: Self.corpus.appendingPathComponent(file).path))
            guard String(data: bytes, encoding: .utf8) == nil, bytes.starts(with: Array("# line ".utf8)) else { continue }
            let line = try #require(Int(String(decoding: bytes.dropFirst(7).prefix { $0 >= 0x30 && $0 <= 0x39 }, as: UTF8.self)))
            let path = scratch.appendingPathComponent("\(checked).toml").path
            _ = FileManager.default.createFile(atPath: path, contents: bytes)
            do {
                _ = try readInput(path)
                Issue.record("\(file) was read as UTF-8")
            } catch let error as InputError {
                #expect(error.text.vi.hasPrefix("Tệp \(path) không phải UTF-8: dòng \(line) có byte không hợp lệ"), "\(file): \(error.text.vi)")
                #expect(error.text.en.hasPrefix("The file \(path) is not UTF-8: line \(line) holds an invalid byte"), "\(file): \(error.text.en)")
            }
            checked += 1
        }
        #expect(checked >= 4)
    }

    @Test(arguments: ["LF", "CRLF"])
    func noValidFileIsCalledASyntaxError(lineEnds: String) throws {
        for file in Self.files("valid") {
            let lf = try #require(Self.text(file))
            let text = lineEnds == "CRLF" ? Self.crlf(lf) : lf
            let imported = ImportCommand.parseTOML(text, file: "x.toml")
            #expect(!imported.problems.contains { $0.reason.vi.contains("cú pháp TOML") }, "\(file) [\(lineEnds)]: \(imported.problems)")
            do {
                _ = try DossierFile.parse(text, file: "hoso.toml")
            } catch let error as InputError {
                #expect(!error.text.vi.contains("cú pháp TOML"), "\(file) [\(lineEnds)]: \(error.text.vi)")
            } catch {}
            let (preferences, _) = try SettingsFileTests.load(Array(text.utf8))
            #expect(preferences.problem == nil, "\(file) [\(lineEnds)]: \(preferences.problem ?? "")")
        }
    }

    /// Nothing to read: no bytes, blanks, line ends of either kind, comments, a BOM.
    static let empty: [String] = ["", "\n", "\r\n\r\n", "  \t \n\t\n", "# chỉ có chú thích\n", "# chú thích\r\n\r\n# nữa\r\n",
                                  "\u{FEFF}", "\u{FEFF}# chú thích\r\n"]

    @Test(arguments: empty)
    func anEmptyFileIsRefusedByImportAndNewFrom(text: String) throws {
        let imported = ImportCommand.parseTOML(text, file: "x.toml")
        #expect(imported.rows.isEmpty)
        #expect(imported.problems.map(\.reason) == [CLIText.emptyFileEachProposalProposal], "\(text.debugDescription)")
        do {
            _ = try DossierFile.parse(text, file: "hoso.toml")
            Issue.record("new --from accepted \(text.debugDescription)")
        } catch let error as InputError {
            #expect(error.text == CLIText.dossierFileEmptyNoEntries("hoso.toml"), "\(text.debugDescription): \(error.text.vi)")
        }
    }

    /// The same through the real binary: exit 2, the Vietnamese reason, nothing written.
    @Test(.tags(.slow), .skippedInFastLoop) func theCommandsRefuseAnEmptyFileWithExit2() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.ok(["demo", "--proposals", "3", "--quiet"])
        let who = try CommandLineTests().cast(cli)
        let before = try cli.contentDump()
        for (index, text) in ["", "# chỉ có chú thích\r\n\r\n"].enumerated() {
            let file = cli.folder.appendingPathComponent("rong-\(index).toml")
            try text.write(to: file, atomically: true, encoding: .utf8)
            let imported = try cli.run(["import", file.path], as: who.clerk)
            #expect(imported.status == 2, "\(imported.stderr)")
            #expect(imported.stderr.contains("dòng 1: tệp rỗng"), "\(imported.stderr)")
            let drafted = try cli.run(["new", "--from", file.path], as: who.proposer)
            #expect(drafted.status == 2, "\(drafted.stderr)")
            #expect(drafted.stderr.contains("tệp hồ sơ rỗng"), "\(drafted.stderr)")
        }
        #expect(try cli.contentDump() == before)
    }
}
