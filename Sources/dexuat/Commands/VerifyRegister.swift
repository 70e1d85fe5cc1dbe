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
        throw InputError(CLIText.verifyRegisterText(path, error.message(.vi), error.message(.en)))
    }
    let results = try printed.check(against: ledger)
    var counts = (matches: 0, movedOn: 0, mismatch: 0, unknown: 0)
    for result in results {
        switch result.status {
        case .matches: counts.matches += 1
        case .movedOn: counts.movedOn += 1
        case .mismatch: counts.mismatch += 1
        case .unknownHash: counts.unknown += 1
        }
        say(CLIText.verifyRegisterLine(result.line.location)[options.lang] + " — \(result.line.proposalID): "
            + result.status.message(options.lang))
    }
    let summary = CLIText.linesMatchMovedDoNot(results.count, counts.matches, counts.movedOn, counts.mismatch, counts.unknown)[options.lang]
    if counts.mismatch + counts.unknown > 0 {
        fail(summary, code: 3)
    }
    say(summary)
}
