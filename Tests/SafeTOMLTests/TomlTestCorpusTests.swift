import Foundation
import Testing
@testable import SafeTOML

/// The public toml-test corpus (github.com/toml-lang/toml-test), not kept in this repository:
/// `DEXUAT_TOML_TEST_DIR=/path/to/toml-test/tests swift test --filter TomlTestCorpus`.
/// Every TOML 1.0 file listed in its `files-toml-1.0.0` is read (1.1-only cases are not in
/// that list); a valid one must parse to the value tree of its JSON answer, an invalid one
/// must be refused. The only valid files refused are those holding a `\u0000` escape,
/// which this parser refuses on purpose.
///
/// Skipped, as that list leaves them out: the TOML 1.1 cases (at toml-test d168c2a, 58 valid
/// files — `spec-1.1.0/*`, times without seconds, inline tables across lines, `\e` and `\x`
/// escapes — and 10 invalid ones, among them `control/multi-cr` and `control/rawmulti-cr`).
struct TomlTestCorpusTests {
    static let directory = ProcessInfo.processInfo.environment["DEXUAT_TOML_TEST_DIR"]

    @Test(.enabled(if: directory != nil, "DEXUAT_TOML_TEST_DIR is not set"))
    func everyTOML10FileOfTheCorpusIsReadAsItsAnswerSays() throws {
        let root = try #require(Self.directory)
        let list = try String(contentsOfFile: root + "/files-toml-1.0.0", encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { $0.hasSuffix(".toml") }
        var counts = (valid: 0, validParsed: 0, validRefusedForNUL: 0, invalid: 0, invalidRefused: 0)
        for file in list {
            let bytes = try #require(FileManager.default.contents(atPath: root + "/" + file).map(Array.init))
            let result = Result { () throws(TOMLError) in try TOML.parse(bytes: bytes) }
            if file.hasPrefix("valid/") {
                counts.valid += 1
                switch result {
                case .success(let table):
                    let answer = try #require(FileManager.default.contents(atPath: root + "/" + file.dropLast(5) + ".json"))
                    let json = try JSONSerialization.jsonObject(with: answer)
                    let difference = TomlTestJSON.difference(.table(table), json)
                    #expect(difference == nil, "\(file): \(difference ?? "")")
                    counts.validParsed += 1
                case .failure(let error):
                    #expect(error.problem == .nulEscape, "\(file): \(error)")
                    counts.validRefusedForNUL += 1
                }
            } else {
                counts.invalid += 1
                if case .success = result { Issue.record("\(file) was accepted") } else { counts.invalidRefused += 1 }
            }
        }
        print("toml-test 1.0: valid \(counts.valid) (parsed as answered \(counts.validParsed), refused for \\u0000 \(counts.validRefusedForNUL)), "
              + "invalid \(counts.invalid) (refused \(counts.invalidRefused))")
        #expect(counts.valid > 200 && counts.invalid > 400)
        #expect(counts.validRefusedForNUL <= 3)
    }
}
