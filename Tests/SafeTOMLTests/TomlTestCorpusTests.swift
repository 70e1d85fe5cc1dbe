import Foundation
import Testing
@testable import SafeTOML

/// The public toml-test corpus (github.com/toml-lang/toml-test), not kept in this
/// repository nor shipped by any package on the registries this project reaches:
/// `scripts/toml-test-corpus.sh` fetches it at a known commit into a folder and runs this
/// test with `DEXUAT_TOML_TEST_DIR=<folder>/tests`. Every TOML 1.0 file listed in its
/// `files-toml-1.0.0` is read twice, as written and with CR LF line ends: a valid one must
/// parse to the value tree of its JSON answer, an invalid one must be refused with a line
/// inside the file. The suite in `Corpus/` (ours, in the same layout) runs every time.
///
/// Skipped, as that list leaves them out: the TOML 1.1 cases (at toml-test d168c2a, 58 valid
/// files — `spec-1.1.0/*`, times without seconds, inline tables across lines, `\e` and `\x`
/// escapes — and 10 invalid ones, among them `control/multi-cr` and `control/rawmulti-cr`).
struct TomlTestCorpusTests {
    static let directory = ProcessInfo.processInfo.environment["DEXUAT_TOML_TEST_DIR"]

    @Test(.tags(.slow), .skippedInFastLoop, .enabled(if: directory != nil, "DEXUAT_TOML_TEST_DIR is not set"), arguments: [CorpusRunner.LineEnds.lf, .crlf])
    func everyTOML10FileOfTheCorpusIsReadAsItsAnswerSays(lineEnds: CorpusRunner.LineEnds) throws {
        let root = try #require(Self.directory)
        let runner = CorpusRunner(root: root, lineEnds: lineEnds)
        let list = try runner.files(list: "files-toml-1.0.0")
        let outcome = try runner.run(list)
        print("toml-test 1.0 [\(lineEnds.rawValue)]: \(outcome.summary); aborts 0")
        #expect(outcome.faults.isEmpty, "\(outcome.faults.prefix(20).joined(separator: "\n"))")
        #expect(outcome.valid > 200 && outcome.invalid > 400)

        // With the program's setting, only the files holding `\u0000` are refused.
        var strict = runner
        strict.allowingNULEscapes = false
        let refusedForNUL = try list.filter { $0.hasPrefix("valid/") }.filter { file in
            try !strict.run([file]).faults.isEmpty
        }
        for file in refusedForNUL {
            let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
            #expect(text.contains("\\u0000") || text.contains("\\U00000000"), "\(file)")
        }
        print("toml-test 1.0 [\(lineEnds.rawValue)]: refused only for \\u0000 when strict: \(refusedForNUL.count)")

        // Every file of the folder, the TOML 1.1 cases too, returns or throws (a trap would
        // end the process before this line).
        let every = try runner.files()
        let all = try runner.run(every)
        print("toml-test, every file [\(lineEnds.rawValue)]: \(all.files) read, \(all.parsed) valid parsed as answered, \(all.refused) invalid refused; aborts 0")
        #expect(all.files == every.count && all.files > list.count)
    }
}
