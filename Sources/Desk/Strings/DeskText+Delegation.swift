import Procedure

/// §7.5: the status line of a deputy holding a delegation in force, or of an officer in
/// charge of a vacant post.
extension DeskText {
    static func signingFor(_ names: String) -> Localized {
        Localized(vi: "đang ký thay \(names)", en: "signing for \(names)")
    }

    static func inChargeOf(_ units: String) -> Localized {
        Localized(vi: "phụ trách \(units)", en: "in charge of \(units)")
    }
}

/// The `?` help's section on delegation (§7.5).
extension DeskText {
    static let delegationHelpTitle = Localized(vi: "Ủy quyền ký thay, giao phụ trách", en: "Delegation and officers in charge")
    static let delegationHelpSigning = Localized(
        vi: "Cấp phó được ủy quyền, người được giao phụ trách làm bước của người đứng đầu (dexuat delegate, appoint)",
        en: "A delegated deputy or officer in charge takes the head's steps (dexuat delegate, appoint)")
}

/// The timeline's mark on a step taken on a delegation or appointment.
extension DeskText {
    static func signedFor(_ name: String) -> Localized {
        Localized(vi: " (ký thay \(name))", en: " (signing for \(name))")
    }

    static let actedInCharge = Localized(vi: " (phụ trách)", en: " (in charge)")
}
