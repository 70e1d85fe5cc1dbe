/// PROCEDURE.md §5: a draft is private to its proposer, and to the officer who keyed it
/// in (the actor of its `created` event), until it is submitted. No list, search, count,
/// board or export shows it to anyone else — not the head of the unit, an administrator
/// or an inspector. Every other state is readable by every officer.
public enum DraftPrivacy {
    /// Whether `viewer` may read a proposal in `state`. A nil viewer (no officer: an
    /// anonymous reader such as a published figure) reads no draft at all.
    public static func mayRead(state: ProposalState, proposer: String, keyedBy: String?, viewer: String?) -> Bool {
        guard state == .draft else { return true }
        guard let viewer else { return false }
        return viewer == proposer || viewer == keyedBy
    }
}
