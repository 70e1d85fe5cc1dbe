import Foundation
import Ledger
import Procedure

/// The officer who reads, for the queries that keep drafts private (PROCEDURE.md §5):
/// nil when the caller is no officer, who then reads no draft.
func viewer(in ledger: Ledger) -> String? {
    try? Identity.actor(in: ledger).login
}

/// The proposal a command names, as its caller may read it: a draft of someone else is
/// "not found", the same answer as no proposal, so the command does not tell it exists.
func lookUp(_ id: String, in ledger: Ledger) throws -> Proposal {
    guard let proposal = try ledger.proposal(id, visibleTo: viewer(in: ledger)) else {
        throw InputError(CLIText.noProposal(id))
    }
    return proposal
}
