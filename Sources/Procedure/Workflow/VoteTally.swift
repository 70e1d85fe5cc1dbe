/// The count of a leadership-collective vote (PROCEDURE.md §3.2, 3v).
///
/// Passes when more than half of the base votes yes; when yes and no are equal, the side
/// the head voted with wins. The base is all eligible members (default) or those present.
public struct VoteTally: Sendable, Hashable, Codable {
    /// Members of the collective who may vote (the recused excluded).
    public var eligible: [String]
    /// Members who are the proposer or declared a conflict (§7.4), listed as recused.
    public var recused: [String]
    public var yes: [String]
    public var no: [String]
    /// The head's ballot, if cast: true for yes.
    public var headVote: Bool?
    public var basis: VoteBasis

    /// §7.1: the eligible members marked present at the review meeting, once its attendance
    /// is recorded; nil without a meeting or attendance (then everyone may still vote).
    public var present: [String]?

    public var notVoted: [String] { eligible.filter { !yes.contains($0) && !no.contains($0) } }

    /// The eligible members marked absent: they take no part in the vote.
    public var absent: [String] { present.map { list in eligible.filter { !list.contains($0) } } ?? [] }

    /// The number the "more than half" is taken of.
    public var base: Int {
        switch basis {
        case .allEligible: eligible.count
        // §7.1: with the attendance recorded, those marked present; else those who voted.
        case .present: present?.count ?? (yes.count + no.count)
        }
    }

    public var passed: Bool { Self.passes(yes: yes.count, no: no.count, base: base, headVote: headVote) }

    public static func passes(yes: Int, no: Int, base: Int, headVote: Bool?) -> Bool {
        guard base > 0 else { return false }
        if yes * 2 > base { return true }
        // A tie decides only when yes and no split the whole base evenly: under the
        // all-eligible basis, 2–2 with a fifth member still to vote is not a tie yet.
        if yes == no && yes > 0 && yes * 2 == base { return headVote == true }
        return false
    }

    /// Whether the outcome can no longer change to a pass: what the head needs before
    /// rejecting or overriding.
    public var failedForGood: Bool {
        if passed { return false }
        switch basis {
        case .present:
            // With the attendance, the members present may still vote.
            if present != nil { return !canStillPass }
            // Those who have not voted are taken as absent: the ballots cast are the result.
            return yes.count + no.count > 0
        case .allEligible:
            return !canStillPass
        }
    }

    /// Could the remaining members, all voting yes, still make it pass?
    var canStillPass: Bool {
        // A member marked absent will not vote.
        let remaining = notVoted.filter { present?.contains($0) ?? true }
        let headRemaining = remaining.contains(headLogin ?? "")
        let finalYes = yes.count + remaining.count
        let finalBase = basis == .allEligible ? eligible.count : present?.count ?? (yes.count + no.count + remaining.count)
        let finalHead = headVote ?? (headRemaining ? true : nil)
        return Self.passes(yes: finalYes, no: no.count, base: finalBase, headVote: finalHead)
    }

    /// The head's login, if the head is eligible.
    public var headLogin: String?

    public init(eligible: [String], recused: [String], yes: [String], no: [String], headLogin: String?, headVote: Bool?, basis: VoteBasis,
                present: [String]? = nil) {
        self.present = present
        self.eligible = eligible
        self.recused = recused
        self.yes = yes
        self.no = no
        self.headLogin = headLogin
        self.headVote = headVote
        self.basis = basis
    }
}
