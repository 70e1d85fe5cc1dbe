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
