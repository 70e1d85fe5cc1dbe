import Foundation
import Ledger
import Papers
import Procedure

/// `dexuat verify --register FILE`: each line of a printed public register against the chain.
func verifyRegister(_ path: String, ledger: Ledger, options: GlobalOptions) throws {
    let text = try readInput(path)
    let printed: PrintedRegister
    do {
        printed = try PrintedRegister.read(text)
    } catch let error as CSVError {
        throw InputError(vi: "\(path): \(error.message(.vi))", en: "\(path): \(error.message(.en))")
    }
    let results = try printed.check(against: ledger)
    let vi = options.lang == .vi
    var counts = (matches: 0, movedOn: 0, mismatch: 0, unknown: 0)
    for result in results {
        switch result.status {
        case .matches: counts.matches += 1
        case .movedOn: counts.movedOn += 1
        case .mismatch: counts.mismatch += 1
        case .unknownHash: counts.unknown += 1
        }
        say((vi ? "dòng \(result.line.location)" : "line \(result.line.location)") + " — \(result.line.proposalID): "
            + result.status.message(options.lang))
    }
    let summary = vi
        ? "\(results.count) dòng: \(counts.matches) khớp, \(counts.movedOn) đã có diễn biến mới, \(counts.mismatch) KHÔNG khớp, \(counts.unknown) mã không tồn tại"
        : "\(results.count) lines: \(counts.matches) match, \(counts.movedOn) moved on, \(counts.mismatch) do NOT match, \(counts.unknown) unknown hash"
    if counts.mismatch + counts.unknown > 0 {
        fail(summary, code: 3)
    }
    say(summary)
}
