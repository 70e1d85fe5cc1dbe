import Testing
@testable import Procedure

/// The people who may stand in front of a VHXH proposal by the VHXH staff member.
enum Who: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case proposerSelf, head, deputy, clerk, partyLiaison, inspector, wardLeader, admin, unrelated

    var testDescription: String { rawValue }

    var login: String {
        switch self {
        case .proposerSelf: Fx.staff
        case .head: Fx.head
        case .deputy: Fx.deputy1
        case .clerk: Fx.clerk
        case .partyLiaison: Fx.liaison
        case .inspector: Fx.inspector
        case .wardLeader: Fx.chair      // ward leader and head of UBND, but not of VHXH
        case .admin: Fx.admin
        case .unrelated: Fx.ktStaff
        }
    }
}

/// The expected authorisation table of PROCEDURE.md §3.2, written out by hand: for each
/// action, who may take it and at which points. Anything not listed is refused.
let expectedPermissions: [ActionKind: [Who: Set<Stage>]] = [
    .editDraft: [.proposerSelf: [.draft, .returned]],
    .submit: [.proposerSelf: [.draft, .returned]],
    .withdraw: [.proposerSelf: [.draft, .returned]],
    .receive: [.head: [.awaitingReceipt], .clerk: [.awaitingReceipt]],
    .returnForCompletion: [.head: [.registered]],
    .outOfScope: [.head: [.registered]],
    .partyOpinion: [.partyLiaison: [.registered, .reported]],
    .checklist: [.head: [.registered], .deputy: [.registered]],
    .ballot: [.head: [.registered], .deputy: [.registered]],
    .decide: [.head: [.registered]],
    .resource: [.head: [.approved]],
    .progress: [.proposerSelf: [.inProgress]],
    .directive: [.head: [.inProgress, .suspended]],
    .report: [.proposerSelf: [.inProgress, .terminated]],
    .evaluate: [.head: [.reported]],
    .memberEvaluation: [.head: [.reported], .deputy: [.reported]],
    .conclude: [.head: [.evaluated]],
    .measure: [.head: [.evaluated]],
    .close: [.head: [.evaluated]],
    // §7.6: only for the chair's own proposal (ForwardingTests), never for an office's.
    .forward: [:],
    .recordOutcome: [:],
    // §7.1: the head or the clerk opens the meeting; the clerk or a member records the
    // attendance (which member, the chair, is the meeting's record: MeetingTests).
    .openMeeting: [.head: [.registered, .reported], .clerk: [.registered, .reported]],
    .recordAttendance: [.head: [.registered, .reported], .deputy: [.registered, .reported], .clerk: [.registered, .reported]],
]

@Suite struct PermissionMatrixTests {
    @Test func expectedTableCoversEveryAction() {
        #expect(Set(expectedPermissions.keys) == Set(ActionKind.allCases))
    }

    @Test(arguments: ActionKind.allCases)
    func everyActionHasExactlyOneRow(_ action: ActionKind) {
        #expect(Permissions.table.filter { $0.action == action }.count == 1)
    }

    @Test func tableHasNoExtraRows() {
        #expect(Permissions.table.count == ActionKind.allCases.count)
    }

    @Test(arguments: Stage.allCases, Who.allCases)
    func matrix(_ stage: Stage, _ who: Who) throws {
        let run = try stage.build()
        for action in ActionKind.allCases {
            let expected = expectedPermissions[action]?[who]?.contains(stage) ?? false
            let refusal = Permissions.check(action, on: run.proposal, by: Actor(login: who.login), in: Fx.org)
            #expect((refusal == nil) == expected,
                    "\(who.rawValue) \(action.rawValue) at \(stage.rawValue): expected \(expected ? "allowed" : "refused"), got \(refusal.map(\.description) ?? "allowed")")
        }
    }

    @Test(arguments: Stage.allCases)
    func availableAgreesWithCheck(_ stage: Stage) throws {
        let run = try stage.build()
        for (action, refusal) in Permissions.available(on: run.proposal, for: Fx.head, in: Fx.org) {
            #expect((refusal == nil) == (expectedPermissions[action]?[.head]?.contains(stage) ?? false))
        }
    }

    @Test func rightPartyWrongStateSaysWrongState() throws {
        let run = try Stage.draft.build()
        #expect(Permissions.check(.decide, on: run.proposal, by: Actor(login: Fx.head), in: Fx.org)?.rule == .wrongState)
        #expect(Permissions.check(.receive, on: run.proposal, by: Actor(login: Fx.clerk), in: Fx.org)?.rule == .wrongState)
    }

    @Test func wrongPartyRightStateSaysWhy() throws {
        let draft = try Stage.draft.build()
        #expect(Permissions.check(.submit, on: draft.proposal, by: Actor(login: Fx.head), in: Fx.org)?.rule == .notTheProposer)
        let registered = try Stage.registered.build()
        #expect(Permissions.check(.decide, on: registered.proposal, by: Actor(login: Fx.deputy1), in: Fx.org)?.rule == .roleRequired)
        #expect(Permissions.check(.ballot, on: registered.proposal, by: Actor(login: Fx.clerk), in: Fx.org)?.rule == .notAMember)
        #expect(Permissions.check(.ballot, on: registered.proposal, by: Actor(login: Fx.staff), in: Fx.org)?.rule == .notAMember)
        #expect(Permissions.check(.ballot, on: registered.proposal, by: Actor(login: "nobody"), in: Fx.org)?.rule == .unknownOfficer)
    }

    @Test func refusalIsBilingual() throws {
        let registered = try Stage.registered.build()
        let refusal = try #require(Permissions.check(.decide, on: registered.proposal, by: Actor(login: Fx.admin), in: Fx.org))
        #expect(refusal.message(.vi) != refusal.message(.en))
        #expect(refusal.message(.vi).contains(Role.head.label.vi))
        #expect(refusal.message(.en).contains(Role.head.label.en))
    }

    @Test func onlyTheUnitClerkRecordsOnBehalf() throws {
        let run = try Stage.registered.build()
        // The clerk of another unit, a head, and a clerk for a step that is not recorded from minutes.
        #expect(Permissions.check(.ballot, on: run.proposal, by: Actor(login: Fx.ktClerk, onBehalfOf: Fx.deputy2), in: Fx.org)?.rule == .onBehalfNotAllowed)
        #expect(Permissions.check(.ballot, on: run.proposal, by: Actor(login: Fx.head, onBehalfOf: Fx.deputy2), in: Fx.org)?.rule == .onBehalfNotAllowed)
        #expect(Permissions.check(.decide, on: run.proposal, by: Actor(login: Fx.clerk, onBehalfOf: Fx.head), in: Fx.org)?.rule == .onBehalfNotAllowed)
        #expect(Permissions.check(.ballot, on: run.proposal, by: Actor(login: Fx.clerk, onBehalfOf: Fx.deputy2), in: Fx.org) == nil)
        // Not for someone outside the collective.
        #expect(Permissions.check(.ballot, on: run.proposal, by: Actor(login: Fx.clerk, onBehalfOf: Fx.inspector), in: Fx.org)?.rule == .notAMember)
    }

    /// Steps a clerk may record from minutes (the ballots, checklists and the Party opinion),
    /// written out by hand; every other step must be taken by the party in person.
    static let recordedFromMinutes: Set<ActionKind> = [.partyOpinion, .checklist, .ballot]

    @Test(arguments: Stage.allCases)
    func clerkOnBehalfMatrix(_ stage: Stage) throws {
        let run = try stage.build()
        for action in ActionKind.allCases {
            // On whose behalf: the party the table names for this action.
            // The §7.6 steps have no party at an office's proposal (ForwardingTests covers them).
            guard let rightful = expectedPermissions[action]?.first(where: { $0.key != .clerk }) else { continue }
            let behalf = action == .partyOpinion ? "Đảng ủy phường Uông Bí" : rightful.key.login
            let expected = Self.recordedFromMinutes.contains(action) && rightful.value.contains(stage)
            let refusal = Permissions.check(action, on: run.proposal, by: Actor(login: Fx.clerk, onBehalfOf: behalf), in: Fx.org)
            #expect((refusal == nil) == expected,
                    "clerk for \(behalf) \(action.rawValue) at \(stage.rawValue): got \(refusal.map(\.description) ?? "allowed")")
            if rightful.value.contains(stage) && !expected {
                #expect(refusal?.rule == .onBehalfNotAllowed)
            }
        }
    }

    @Test func creatingOnBehalfIsRefused() {
        let result = Workflow.create(id: "x", dossier: Fx.completeDossier(), by: Actor(login: Fx.clerk, onBehalfOf: Fx.staff), context: Fx.context())
        #expect(result.refusal?.rule == .onBehalfNotAllowed)
        let unknown = Workflow.create(id: "x", dossier: Fx.completeDossier(), by: Actor(login: "nobody"), context: Fx.context())
        #expect(unknown.refusal?.rule == .unknownOfficer)
    }
}

extension Result where Failure == Refusal {
    var refusal: Refusal? {
        if case .failure(let refusal) = self { return refusal }
        return nil
    }
}
