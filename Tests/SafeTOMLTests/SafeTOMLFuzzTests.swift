import Testing
@testable import SafeTOML
import SafeTOMLFuzz

/// The parser on hostile bytes: every input returns a table or throws (a trap would end the
/// test process), and text with a NUL, a lone CR or bytes that are not UTF-8 is never
/// accepted. `swift run -c release dexuat-toml-fuzz 100000` runs the same fuzzer at scale.
struct SafeTOMLFuzzTests {
    @Test(arguments: [UInt64(1), 20_261_207])
    func seededFuzzNeverTrapsNorAcceptsWhatMustBeRefused(seed: UInt64) {
        let result = TOMLFuzzer.run(count: 3_000, seed: seed)
        #expect(result.violations.isEmpty, "\(result.violations.prefix(5))")
        #expect(result.parsed + result.refused == 3_000)
        // Both outcomes occur, so the inputs are neither all garbage nor all untouched.
        #expect(result.parsed > 50 && result.refused > 1_000, "parsed \(result.parsed), refused \(result.refused)")
    }

    @Test func everySeedDocumentIsValid() throws {
        for seed in TOMLFuzzer.seeds { _ = try TOML.parse(seed) }
    }

    /// Not sampled: a NUL, a lone CR and an ESC inserted at every byte offset of every seed
    /// document are refused, and cutting each seed at every offset returns or throws.
    @Test func everyOffsetOfEverySeed() {
        for seed in TOMLFuzzer.seeds {
            let bytes = Array(seed.utf8)
            for offset in 0...bytes.count {
                for piece: [UInt8] in [[0], [0x0D, 0x20], [0x1B]] {
                    var mutated = bytes
                    mutated.insert(contentsOf: piece, at: offset)
                    let refused = (try? TOML.parse(bytes: mutated)) == nil
                    // TOML allows none of the three anywhere (inside a UTF-8 sequence they
                    // break the encoding instead).
                    #expect(refused, "\(piece) at \(offset) of a seed was accepted")
                }
                _ = try? TOML.parse(bytes: Array(bytes[..<offset]))
            }
        }
    }
}
