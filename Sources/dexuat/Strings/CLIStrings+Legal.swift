import Procedure

/// Issue 17: the unit's same-level Party committee.
extension CLIText {
    // MARK: UnitCommand.swift

    /// After a unit in `dexuat unit list`: its same-level Party committee.
    static func unitPartyCommittee(_ committee: some CustomStringConvertible) -> Localized {
        Localized(vi: " (cấp ủy: \(committee))",
                  en: " (Party committee: \(committee))")
    }
}
