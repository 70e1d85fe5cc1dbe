import Procedure

/// §7.5 in the status line: "đang ký thay <head>" while the officer holds a delegation in
/// force today, "phụ trách <unit>" while they are in charge of a vacant post. Read from
/// the organisation the reference job brought (the delegations and appointments come with
/// it from the Ledger); nothing here reads the database.
enum StandIn {
    static func line(_ organization: Organization, officer: String, today: Day, language: Language) -> String {
        var parts: [String] = []
        let heads = organization.delegationsInForce(heldBy: officer, on: today).map(\.head)
        var names: [String] = []
        for head in heads {
            let name = organization.officer(head)?.name ?? head
            if !names.contains(name) { names.append(name) }
        }
        if !names.isEmpty { parts.append(DeskText.signingFor(names.joined(separator: ", "))[language]) }
        let units = organization.appointments.filter { $0.officer == officer }
            .filter { organization.appointmentInForce(for: $0.unitID) == $0 }.map(\.unitID)
        if !units.isEmpty { parts.append(DeskText.inChargeOf(units.joined(separator: ", "))[language]) }
        return parts.joined(separator: " · ")
    }
}

extension StandIn {
    /// The `?` help's section on delegation and officers in charge.
    static var helpSection: HelpOverlay.Section {
        HelpOverlay.Section(title: DeskText.delegationHelpTitle, bindings: [
            .documented("KT.", DeskText.delegationHelpSigning),
        ])
    }
}

extension StandIn {
    /// " (ký thay <head>)" or " (phụ trách)" after the actor of a step taken on a
    /// delegation or appointment; empty otherwise.
    static func timelineMark(_ acting: Acting?, _ organization: Organization, _ language: Language) -> String {
        guard let acting else { return "" }
        switch acting.basis {
        case .delegation:
            let head = acting.head.map { organization.officer($0)?.name ?? $0 } ?? ""
            return DeskText.signedFor(head)[language]
        case .appointment:
            return DeskText.actedInCharge[language]
        }
    }
}
