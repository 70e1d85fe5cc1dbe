import Foundation
import Testing
@testable import Ledger
import Procedure

/// PROCEDURE.md §7.2: each member's checklist and ballot is their own. Saving one
/// member's record never makes another member's open form stale; a decision is taken on
/// the latest records.
@Suite("Each member's record is their own")
struct OwnRecordsTests {
    static let extraDeputies = ["ntbich", "lvcuong", "pthuy"]
    static let answers = ChecklistTemplate.standardItems.map { ChecklistAnswer(itemID: $0.id, verdict: .met) }

    /// The ward of the fixture with three more deputies in the office: a collective of five.
    static func fiveMemberWard() throws -> LedgerFixture {
        let fixture = try LedgerFixture()
        let admin = Actor(login: Ward.admin)
        for (i, login) in extraDeputies.enumerated() {
            try fixture.ledger.save(Officer(login: login, name: "Phó phòng \(i + 2)", unitID: Ward.office,
                                            position: "Phó Trưởng phòng", isManaging: true), by: admin, at: LedgerFixture.origin)
            try fixture.ledger.grant(RoleGrant(login: login, role: .deputy, unitID: Ward.office), by: admin, at: LedgerFixture.origin)
        }
        return fixture
    }

    static var members: [String] { [Ward.head, Ward.deputy] + extraDeputies }

    static func won(_ outcome: Outcome) -> Bool { if case .won = outcome { true } else { false } }

    /// Five sessions (five pools on one file), five members' checklist and ballot at once,
    /// every form opened on the same version: all recorded, the tally right, then all five
    /// amend at once from forms opened on the same later version: all recorded again.
    @Test func fiveMembersVotingAtOnceAllSucceed() throws {
        let fixture = try Self.fiveMemberWard()
        let sessions = try [fixture.ledger] + (1..<Self.members.count).map { _ in try fixture.openAgain() }
        #expect(try fixture.ledger.organization().collective(of: Ward.office).count == 5)
        for round in 0..<6 {
            let received = try fixture.received("Họp tập thể \(round)")
            let id = received.id
            let contenders: [@Sendable () throws -> Proposal] = zip(Self.members, sessions).enumerated().map { i, pair in
                let (member, session) = pair
                return { try session.perform([.checklist(answers: Self.answers), .ballot(inFavour: i != 1, comment: "Phiên \(i)")],
                                             on: id, seenVersion: received.version, by: Actor(login: member)) }
            }
            let outcomes = race(contenders)
            #expect(outcomes.count == 5 && outcomes.allSatisfy(Self.won), "round \(round): \(outcomes)")
            let voted = try #require(try fixture.ledger.proposal(id))
            #expect(voted.version == received.version + 10)
            #expect(Set(voted.ballots.map(\.member)) == Set(Self.members))
            #expect(Set(voted.checklists.keys) == Set(Self.members))
            let tally = voted.tally(in: try fixture.ledger.organization(), settings: .standard)
            #expect(Set(tally.yes) == Set(Self.members).subtracting([Ward.deputy]) && tally.no == [Ward.deputy])
            #expect(tally.passed)

            // Everyone amends at once (the yes turn no and the no turns yes).
            let amendments: [@Sendable () throws -> Proposal] = zip(Self.members, sessions).enumerated().map { i, pair in
                let (member, session) = pair
                return { try session.perform(.ballot(inFavour: i == 1, comment: "Sửa \(i)"), on: id,
                                             seenVersion: voted.version, by: Actor(login: member)) }
            }
            let amended = race(amendments)
            #expect(amended.allSatisfy(Self.won), "round \(round): \(amended)")
            let after = try #require(try fixture.ledger.proposal(id))
            #expect(after.ballots.count == 5 && after.ballots.allSatisfy { $0.amends == true })
            let latest = after.tally(in: try fixture.ledger.organization(), settings: .standard)
            #expect(latest.yes == [Ward.deputy] && Set(latest.no) == Set(Self.members).subtracting([Ward.deputy]))
        }
        #expect(try fixture.ledger.verify().ok)
    }

    /// What a member's form rests on: their own record and the proposal's state. A change
    /// of either since the form opened makes it stale, naming who changed it; another
    /// member's record does not.
    @Test func aMembersFormIsStaleOnlyOnTheirOwnRecordOrTheProposalsState() throws {
        let fixture = try Self.fiveMemberWard()
        let ledger = fixture.ledger
        let other = try fixture.openAgain()
        let lan = Actor(login: Ward.deputy), tuan = Actor(login: Ward.head)
        let received = try fixture.received()
        let opened = received.version
        // Another member's checklist and ballot, and a clerk's entry for a third: not stale.
        try other.perform([.checklist(answers: Self.answers), .ballot(inFavour: true, comment: "")], on: received.id, by: tuan)
        try other.perform([.checklist(answers: Self.answers), .ballot(inFavour: false, comment: "")], on: received.id,
                          by: Actor(login: Ward.clerk, onBehalfOf: Self.extraDeputies[0]))
        try ledger.perform([.checklist(answers: Self.answers), .ballot(inFavour: true, comment: "")], on: received.id,
                           seenVersion: opened, by: lan)
        // The member's own record changed in another session since their form opened: stale, naming them.
        let lanOpened = try #require(try ledger.proposal(received.id)).version
        try other.perform(.ballot(inFavour: false, comment: "Máy khác"), on: received.id, by: lan)
        #expect(staleChanger { try ledger.perform(.ballot(inFavour: true, comment: ""), on: received.id, seenVersion: lanOpened, by: lan) }
                == "\(Ward.name(Ward.deputy)), \(Ward.deputy)")
        // The same through the clerk for that member (the member is the voice).
        #expect(staleChanger { try ledger.perform(.checklist(answers: Self.answers), on: received.id, seenVersion: lanOpened,
                                                  by: Actor(login: Ward.clerk, onBehalfOf: Ward.deputy)) } != nil)
        // The proposal's state moved (the Party opinion): stale for every member's form.
        let beforeOpinion = try #require(try ledger.proposal(received.id)).version
        try other.perform(.partyOpinion(stance: .agree, text: "Đồng ý chủ trương", committee: "Đảng ủy phường"), on: received.id,
                          by: Actor(login: Ward.liaison))
        #expect(staleChanger { try ledger.perform([.checklist(answers: Self.answers), .ballot(inFavour: true, comment: "")],
                                                  on: received.id, seenVersion: beforeOpinion, by: Actor(login: Self.extraDeputies[1])) }
                == "\(Ward.name(Ward.liaison)), \(Ward.liaison)")
        // A version from the future is stale too.
        let now = try #require(try ledger.proposal(received.id)).version
        #expect(staleChanger { try ledger.perform(.ballot(inFavour: true, comment: ""), on: received.id, seenVersion: now + 1, by: lan) } != nil)
        // Other steps keep the whole-version check: any change since makes them stale.
        #expect(staleChanger { try ledger.perform(.partyOpinion(stance: .agree, text: "Lần hai", committee: "Đảng ủy"), on: received.id,
                                                  seenVersion: opened, by: Actor(login: Ward.liaison)) } != nil)
        #expect(try ledger.verify().ok)
    }

    /// §7.2: the head's decision form opened on one tally; a member amends; the head's
    /// save is refused as stale naming the member; the next save, on the latest version,
    /// decides on the latest tally. After the decision no record changes.
    @Test func theDecisionIsTakenOnTheLatestRecords() throws {
        let fixture = try LedgerFixture()
        let ledger = fixture.ledger
        let memberSession = try fixture.openAgain()
        let received = try fixture.received()
        try ledger.perform(.partyOpinion(stance: .agree, text: "Đồng ý chủ trương", committee: "Đảng ủy phường"), on: received.id,
                           by: Actor(login: Ward.liaison))
        for member in [Ward.head, Ward.deputy] {
            try ledger.perform([.checklist(answers: Self.answers), .ballot(inFavour: true, comment: "")], on: received.id, by: Actor(login: member))
        }
        let formOpened = try #require(try ledger.proposal(received.id)).version
        try memberSession.perform(.ballot(inFavour: false, comment: "Đổi ý"), on: received.id, by: Actor(login: Ward.deputy))
        let head = Actor(login: Ward.head)
        let decide = Action.decide(kind: .approve, number: "", reasons: "Biểu quyết đạt", responsibilityStatement: "")
        #expect(staleChanger { try ledger.perform(decide, on: received.id, seenVersion: formOpened, by: head) }
                == "\(Ward.name(Ward.deputy)), \(Ward.deputy)")
        // On the latest records the vote is 1–1 with the head in favour: it passes (the head's side wins the tie).
        let latest = try #require(try ledger.proposal(received.id))
        let decided = try ledger.perform(decide, on: received.id, seenVersion: latest.version, by: head)
        #expect(decided.decision?.tally.no == [Ward.deputy])
        #expect(decided.decision?.tally.yes == [Ward.head])
        let refused: Rule?
        do {
            try memberSession.perform(.ballot(inFavour: true, comment: ""), on: received.id, seenVersion: decided.version, by: Actor(login: Ward.deputy))
            refused = nil
        } catch LedgerError.refused(let refusal) { refused = refusal.rule }
        #expect(refused == .wrongState)
        #expect(try ledger.verify().ok)
    }

    /// Who the stale refusal names, or nil when the step was not refused as stale.
    func staleChanger(_ body: () throws -> Proposal) -> String? {
        do {
            _ = try body()
            return nil
        } catch LedgerError.stale(_, _, _, let changedBy) {
            return changedBy
        } catch {
            return nil
        }
    }
}
