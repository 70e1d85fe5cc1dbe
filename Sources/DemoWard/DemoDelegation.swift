import Foundation
import Procedure

/// §7.5 in the demo ward, relative to the demo's today: the head of the Culture-Society
/// office has delegated receipt, decisions and directives to her deputy for three months
/// around today (in force: the deputy's status line says so, and the deputy has taken
/// some of those steps for her, "KT." on the decisions); the head of the Economy office's
/// delegation of last spring has expired; and the deputy of the health station was in
/// charge of it while its head's post was vacant, until the present head took office.
extension DemoWard {
    public static func withDelegations(_ org: Organization, today: Day) -> Organization {
        let delegations = [
            Delegation(number: "05/UQ-VHXH", date: today.adding(days: -62), unitID: "VHXH", head: "dtttam", deputy: "ndtrong",
                       from: today.adding(days: -60), until: today.adding(days: 30), steps: [.receive, .decide, .directives]),
            Delegation(number: "02/UQ-KTHTĐT", date: today.adding(days: -232), unitID: "KTHTDT", head: "tvcuong", deputy: "ntbngoc",
                       from: today.adding(days: -230), until: today.adding(days: -200), steps: [.decide]),
        ]
        let appointments = [
            Appointment(number: "18/QĐ-UBND", date: today.adding(days: -330), unitID: "TYT", officer: "pthoa", appointedBy: "nvhung",
                        revokedOn: today.adding(days: -300)),
        ]
        return Organization(units: Array(org.units.values), officers: Array(org.officers.values), grants: org.grants,
                            delegations: org.delegations + delegations.filter { d in org.officer(d.head) != nil && org.officer(d.deputy) != nil },
                            appointments: org.appointments + appointments.filter { org.officer($0.officer) != nil && org.officer($0.appointedBy) != nil })
    }

    /// The deputy who takes `action` for the head on `proposal` today, when a delegation
    /// of the demo in force covers it and neither of them is conflicted; nil otherwise.
    static func standIn(for action: ActionKind, on proposal: Proposal?, org: Organization, today: Day) -> String? {
        guard let proposal else { return nil }
        return org.delegations.first {
            $0.unitID == proposal.reviewingUnitID && $0.covers(action) && $0.isInForce(on: today)
                && org.holds(.head, $0.head, in: $0.unitID) && org.holds(.deputy, $0.deputy, in: $0.unitID)
                && !proposal.isConflicted($0.deputy) && !proposal.isConflicted($0.head)
        }?.deputy
    }
}
