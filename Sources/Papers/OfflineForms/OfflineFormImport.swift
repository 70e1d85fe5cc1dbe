import Foundation
import Ledger
import Procedure

extension FilledForm {
    /// Events that happened after the form's version and that matter to it: for a ballot,
    /// other members' checklists and ballots do not (each member votes on the dossier, not
    /// on the others' votes); everything else does.
    public func conflicts(in history: [StoredEvent], voter: String) -> [StoredEvent] {
        guard version < history.count + 1 else { return [] }
        let later = history.count > version ? Array(history[version...]) : []
        return later.filter { stored in
            guard kind == .ballot || kind == .memberEvaluation else { return true }
            switch stored.event.change {
            case .memberEvaluated(let record): return record.member == voter
            case .checklistFilled(let member, _): return member == voter
            case .ballotCast(let ballot): return ballot.member == voter
            default: return true
            }
        }
    }

    /// Records the form as `actor`'s own step, through the same rules as the TUI and the
    /// CLI, after checking that the proposal has not changed in a way that matters since
    /// the form was exported. Returns the proposal after the step.
    public func record(in ledger: Ledger, by actor: Actor, at now: Date = Date()) throws -> Proposal {
        guard let current = try ledger.proposal(proposalID) else {
            throw OfflineFormError(line: nil, PapersText.noProposal(proposalID))
        }
        if version > current.version {
            throw OfflineFormError(line: nil, PapersText.formSaysVersionButProposal(version, proposalID, current.version))
        }
        if version != current.version {
            let history = try ledger.history(of: proposalID)
            let changed = conflicts(in: history, voter: actor.voice)
            if !changed.isEmpty {
                let org = try ledger.organization()
                func describe(_ s: StoredEvent, _ lang: Language) -> String {
                    let who = org.officer(s.event.actor.login)?.name ?? s.event.actor.login
                    return "#\(s.seq) \(s.event.change.label[lang]) — \(who), \(s.atLocal.prefix(16).replacingOccurrences(of: "T", with: " "))"
                }
                throw OfflineFormError(line: nil, PapersText.proposalChangedAfterExport(
                    proposalID, version, current.version, kind.rawValue,
                    changes: { language in changed.map { describe($0, language) }.joined(separator: "; ") }))
            }
        }
        if kind == .ballot, case .checklist(let answers)? = actions.first {
            let known = Set(try ledger.settings().checklist.items.map(\.id))
            if let unknown = answers.first(where: { !known.contains($0.itemID) }) {
                throw OfflineFormError(line: nil, PapersText.checklistItemNotUnitS(unknown.itemID))
            }
        }
        // The version just checked is the one the write must still find.
        return try ledger.perform(actions, on: proposalID, seenVersion: current.version, by: actor, at: now)
    }
}
