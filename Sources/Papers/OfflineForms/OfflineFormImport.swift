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
            guard kind == .ballot else { return true }
            switch stored.event.change {
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
            throw OfflineFormError(line: nil, Localized(vi: "Không tìm thấy đề xuất \(proposalID)", en: "No proposal \(proposalID)"))
        }
        if version > current.version {
            throw OfflineFormError(line: nil, Localized(
                vi: "Phiếu ghi phiên bản \(version) nhưng đề xuất \(proposalID) mới ở phiên bản \(current.version): dòng phiên bản đã bị sửa",
                en: "The form says version \(version) but proposal \(proposalID) is only at version \(current.version): the version line was edited"))
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
                throw OfflineFormError(line: nil, Localized(
                    vi: "Đề xuất \(proposalID) đã thay đổi sau khi xuất phiếu (phiên bản \(version) → \(current.version)): "
                        + changed.map { describe($0, .vi) }.joined(separator: "; ")
                        + ". Không ghi gì; hãy xuất phiếu mới bằng `dexuat form export \(proposalID) --kind \(kind.rawValue)`.",
                    en: "Proposal \(proposalID) changed after the form was exported (version \(version) → \(current.version)): "
                        + changed.map { describe($0, .en) }.joined(separator: "; ")
                        + ". Nothing was recorded; export a new form with `dexuat form export \(proposalID) --kind \(kind.rawValue)`."))
            }
        }
        if kind == .ballot, case .checklist(let answers)? = actions.first {
            let known = Set(try ledger.settings().checklist.items.map(\.id))
            if let unknown = answers.first(where: { !known.contains($0.itemID) }) {
                throw OfflineFormError(line: nil, Localized(vi: "mục rà soát không có trong phiếu của đơn vị: \(unknown.itemID)",
                                                            en: "checklist item not in the unit's checklist: \(unknown.itemID)"))
            }
        }
        // The version just checked is the one the write must still find.
        return try ledger.perform(actions, on: proposalID, seenVersion: current.version, by: actor, at: now)
    }
}
