import Foundation
import SafeTOMLFuzz

// `swift run -c release dexuat-toml-fuzz [COUNT] [SEED]`: the TOML fuzzer at scale (the
// test suite runs a few thousand inputs; this runs as many as asked and times them).
let arguments = CommandLine.arguments.dropFirst()
let count = arguments.first.flatMap { Int($0) } ?? 100_000
let seed = arguments.dropFirst().first.flatMap { UInt64($0) } ?? 20_261_207
let start = Date()
let result = TOMLFuzzer.run(count: count, seed: seed)
let seconds = Date().timeIntervalSince(start)
// Reaching this line is the proof that no input trapped: a trap ends the process.
print("inputs \(count), seed \(seed): parsed \(result.parsed), refused \(result.refused), every one returned or threw; "
      + "property violations \(result.violations.count), \(String(format: "%.2f", seconds)) s "
      + "(\(String(format: "%.0f", Double(count) / max(seconds, 0.000_001))) inputs/s)")
for violation in result.violations.prefix(20) { print(violation) }
exit(result.violations.isEmpty ? 0 : 1)
