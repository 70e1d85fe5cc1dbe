import Foundation
import Ledger
import Procedure

extension ProposalsBoard {
    /// `:conflict REASON` (§7.4): the officer at the keys declares a conflict of interest
    /// on the selected proposal. One field, so the command line is the form: the worker
    /// records it and the board answers as for any step (recorded, or refused with why).
    func declareConflict(_ reason: String?, _ desk: DeskState) -> [DeskAction] {
        guard let reason, !TextInput.isBlank(reason) else { return [.say(DeskText.conflictUsage, .error)] }
        guard let proposal = detail.proposal else { return [.say(DeskText.noProposalSelected, .error)] }
        let actor = Actor(login: desk.officer, played: desk.played)
        let id = proposal.id
        return [.job(.forBoard(.proposals, "perform") { ledger in
            do {
                let after = try ledger.declareConflict(on: id, reason: reason, by: actor)
                return PerformOutcome(token: nil, result: .recorded(DeskText.recorded(DeskText.conflictDeclaredLabel, after.id,
                                                                                       after.stateLabel), id: after.id),
                                      changeToken: try? ledger.changeToken())
            } catch {
                return PerformOutcome(token: nil, result: .refused(DeskFailure(error)))
            }
        })]
    }
}
