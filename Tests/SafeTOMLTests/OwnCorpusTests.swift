import Foundation
import Testing
@testable import SafeTOML

/// `Corpus/`: a corpus of our own in toml-test's layout (written for this project, not
/// copied; the JSON answers come from Python's tomllib through
/// `scripts/toml-corpus-answers.py`), with files in every category of toml-test's TOML 1.0
/// part. Run on every test run, as written and with CR LF line ends; each invalid file
/// names on its first line (`# line N`) the line it must be refused on.
struct OwnCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus").path

    /// toml-test's categories of TOML 1.0 (its `tests/valid/*` and `tests/invalid/*`
    /// folders, less `spec-1.1.0`).
    static let validCategories = ["array", "bool", "comment", "datetime", "float", "inline-table", "integer", "key",
                                  "spec-1.0.0", "string", "table"]
    static let invalidCategories = ["array", "bool", "control", "datetime", "encoding", "float", "inline-table", "integer",
                                    "key", "local-date", "local-datetime", "local-time", "spec-1.0.0", "string", "table"]

    @Test(arguments: [CorpusRunner.LineEnds.lf, .crlf])
    func everyFileIsReadAsItsAnswerSaysOnItsLine(lineEnds: CorpusRunner.LineEnds) throws {
        let runner = CorpusRunner(root: Self.root, lineEnds: lineEnds)
        let files = try runner.files()
        let outcome = try runner.run(files)
        print("own corpus [\(lineEnds.rawValue)]: \(outcome.summary)")
        #expect(outcome.faults.isEmpty, "\(outcome.faults.joined(separator: "\n"))")
        #expect(outcome.valid >= 30 && outcome.invalid >= 100, "\(outcome.summary)")
        for (file, error) in outcome.refusals {
            let text = String(decoding: try #require(FileManager.default.contents(atPath: Self.root + "/" + file)), as: UTF8.self)
            guard text.hasPrefix("# line ") else {
                // Only a file that cannot begin with an ASCII comment (UTF-16) goes without.
                #expect(file.hasPrefix("invalid/encoding/"), "\(file) does not say its line")
                continue
            }
            let expected = Int(text.dropFirst(7).prefix { $0.isNumber })
            #expect(error.line == expected, "\(file) [\(lineEnds.rawValue)]: refused on line \(error.line), not \(expected ?? 0): \(error)")
        }
    }

    @Test func everyCategoryOfTheTOML10CorpusHasFilesHere() throws {
        let files = try CorpusRunner(root: Self.root, lineEnds: .lf).files()
        for category in Self.validCategories {
            #expect(files.filter { $0.hasPrefix("valid/\(category)/") }.count >= 2, "valid/\(category)")
        }
        for category in Self.invalidCategories {
            #expect(files.filter { $0.hasPrefix("invalid/\(category)/") }.count >= 3, "invalid/\(category)")
        }
        // Every valid file has its answer.
        for file in files where file.hasPrefix("valid/") {
            #expect(FileManager.default.fileExists(atPath: Self.root + "/" + file.dropLast(5) + ".json"), "\(file)")
        }
    }

    /// The shape of toml-test's `valid/array/nested-double.toml`, once refused as a bad
    /// header: arrays of arrays whose lines start with `[`.
    @Test func arraysOfArraysAcrossLinesAreNotHeaders() throws {
        let text = try String(contentsOfFile: Self.root + "/valid/array/nested-double.toml", encoding: .utf8)
        for variant in [text, text.replacingOccurrences("\n", with: "\r\n")] {
            let nest = try #require(try TOML.parse(variant)["nest"]?.array)
            let inner = try #require(nest.first?.array)
            #expect(inner.first == .array([.string("a")]))
            #expect(inner.last == .array([.integer(1), .integer(2), .array([.integer(3)])]))
        }
    }

    /// CR LF everywhere reads as LF, but a CR alone stays refused where TOML refuses it:
    /// in a comment, a string, a multi-line string, between pairs.
    @Test(arguments: ["# a\rb\n", "a = \"x\ry\"\n", "a = \"\"\"\nx\ry\"\"\"\n", "a = '''\nx\ry'''\n", "a = 1\rb = 2\n", "a = [ 1,\r2 ]\n"])
    func aLoneCRIsRefusedAlsoInACRLFFile(text: String) throws {
        let crlf = CorpusRunner.crlf(Array(text.utf8))
        #expect(throws: TOMLError.self) { try TOML.parse(bytes: crlf) }
        do {
            _ = try TOML.parse(bytes: crlf)
        } catch {
            // In a one-line string, a CR is a line end where none may be.
            #expect([.loneCarriageReturn, .newlineInString].contains(error.problem), "\(text.debugDescription): \(error)")
            #expect(error.line == 1 || error.line == 2)
        }
    }
}
