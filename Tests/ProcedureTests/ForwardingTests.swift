import Foundation
import Testing
@testable import Procedure

/// PROCEDURE.md §7.6: the ward chairperson's own proposal goes to the province.
@Suite struct ForwardingTests {
    static let letter = "215/UBND-VP"

    /// The chair's proposal, registered by the ward's clerk.
    static func registered() throws -> Run { try Run.registered(by: Fx.chair) }

    static func forwarded() throws -> Run {
        var run = try registered()
        try run.act(.forward(letterNumber: letter, letterDay: run.context.today), by: Fx.wardClerk)
        return run
    }

    static func outcome(_ result: ProvincialResult, on day: Day, reasons: String = "Phù hợp chủ trương") -> Action {
        .recordOutcome(decisionNumber: "1234/QĐ-UBND", decisionDay: day, result: result, reasons: reasons)
    }

    @Test func theChairsProposalStaysWithTheWardToBeForwarded() throws {
        let reviewing = try Fx.org.reviewingUnit(forProposer: Fx.chair).get()
        #expect(reviewing.id == "UBND")
        let run = try Self.registered()
        #expect(Fx.org.isBeyondWard(run.proposal))
        // No other proposal is beyond the ward: an office head's goes to UBND, a vice-chair's stays.
        // Submitted only: the ward clerk may not register their own dossier (§7.4).
        for proposer in [Fx.head, Fx.viceChair1, Fx.staff, Fx.wardClerk] {
            var submitted = try Run.draft(by: proposer)
            try submitted.submit()
            #expect(!Fx.org.isBeyondWard(submitted.proposal), "\(proposer)")
        }
    }

    @Test func theWholePath() throws {
        var run = try Self.forwarded()
        #expect(run.proposal.state == .forwarded)
        #expect(run.proposal.forwarding?.letterNumber == Self.letter)
        #expect(run.proposal.notices.contains(.forwardedToProvince))
        #expect(run.events.last?.change.kind == "forwarded")
        let answered = run.context.today
        try run.act(Self.outcome(.approved, on: answered), by: Fx.wardClerk)
        #expect(run.proposal.state == .approved)
        #expect(run.proposal.provincialOutcome?.result == .approved)
        #expect(run.proposal.decision?.kind == .approve)
        #expect(run.proposal.decision?.number == "1234/QĐ-UBND")
        #expect(run.events.last?.change.kind == "outcome_recorded")
        // The replay of the events gives the same proposal.
        #expect(Proposal.replay(id: run.proposal.id, events: run.events) == run.proposal)
    }

    @Test func aRejectionNeedsReasonsAndClosesTheProposal() throws {
        var run = try Self.forwarded()
        let today = run.context.today
        #expect(run.refusal(Self.outcome(.rejected, on: today, reasons: "  "), by: Fx.wardClerk)?.rule == .reasonRequired)
        try run.act(Self.outcome(.rejected, on: today, reasons: "Chưa đủ cơ sở"), by: Fx.wardClerk)
        #expect(run.proposal.state == .rejected)
        #expect(run.proposal.state.isFinal)
    }

    @Test func theWardDoesNotReviewTheChairsProposal() throws {
        let run = try Self.registered()
        let steps: [(Action, String)] = [
            (.returnForCompletion(reasons: "Bổ sung"), Fx.chair),
            (.outOfScope(ground: .exceedsAuthority, reasons: "Vượt", channel: "Tỉnh"), Fx.chair),
            (.checklist(answers: Fx.fullChecklist()), Fx.viceChair1),
            (.ballot(inFavour: true, comment: ""), Fx.viceChair1),
            (.decide(kind: .approve, number: "1/QĐ", reasons: "", responsibilityStatement: ""), Fx.chair),
        ]
        for (action, who) in steps {
            #expect(run.refusal(action, by: who)?.rule == .forwardRequired, "\(action.kind)")
        }
        #expect(Set(steps.map(\.0.kind)) == Permissions.inWardReviewSteps)
    }

    @Test func forwardingANonChairProposalIsRefused() throws {
        let staff = try Run.registered()
        #expect(staff.refusal(.forward(letterNumber: Self.letter, letterDay: staff.context.today), by: Fx.clerk)?.rule == .notBeyondWard)
        let head = try Run.registered(by: Fx.head)
        #expect(head.refusal(.forward(letterNumber: Self.letter, letterDay: head.context.today), by: Fx.wardClerk)?.rule == .notBeyondWard)
    }

    @Test func onlyTheClerkForwardsAndRecords() throws {
        let run = try Self.registered()
        let today = run.context.today
        for who in [Fx.chair, Fx.viceChair1, Fx.liaison, Fx.clerk, Fx.admin] {
            #expect(run.refusal(.forward(letterNumber: Self.letter, letterDay: today), by: who)?.rule == .roleRequired, "\(who)")
        }
        let forwarded = try Self.forwarded()
        for who in [Fx.chair, Fx.viceChair1, Fx.liaison, Fx.clerk, Fx.admin] {
            #expect(forwarded.refusal(Self.outcome(.approved, on: today), by: who)?.rule == .roleRequired, "\(who)")
        }
    }

    @Test func theOrderIsReceiptForwardOutcomeOnce() throws {
        var draft = try Run.draft(by: Fx.chair)
        #expect(draft.refusal(.forward(letterNumber: Self.letter, letterDay: draft.context.today), by: Fx.wardClerk)?.rule == .wrongState)
        try draft.submit()
        #expect(draft.refusal(.forward(letterNumber: Self.letter, letterDay: draft.context.today), by: Fx.wardClerk)?.rule == .wrongState)
        let registered = try Self.registered()
        #expect(registered.refusal(Self.outcome(.approved, on: registered.context.today), by: Fx.wardClerk)?.rule == .wrongState)
        var run = try Self.forwarded()
        #expect(run.refusal(.forward(letterNumber: "2", letterDay: run.context.today), by: Fx.wardClerk)?.rule == .wrongState)
        try run.act(Self.outcome(.approved, on: run.context.today), by: Fx.wardClerk)
        #expect(run.refusal(Self.outcome(.rejected, on: run.context.today), by: Fx.wardClerk)?.rule == .wrongState)
    }

    @Test func theLetterAndTheDatesAreChecked() throws {
        let run = try Self.registered()
        let today = run.context.today
        #expect(run.refusal(.forward(letterNumber: " ", letterDay: today), by: Fx.wardClerk)?.rule == .forwardLetter)
        #expect(run.refusal(.forward(letterNumber: "1\u{1B}[2J", letterDay: today), by: Fx.wardClerk)?.rule == .controlCharacters)
        #expect(run.refusal(.forward(letterNumber: Self.letter, letterDay: today.adding(days: 1)), by: Fx.wardClerk)?.rule == .forwardDate)
        #expect(run.refusal(.forward(letterNumber: Self.letter, letterDay: today.adding(days: -1)), by: Fx.wardClerk)?.rule == .forwardDate)
        var forwarded = try Self.forwarded()
        forwarded.at(Fx.utc(2026, 3, 20))
        let sent = try #require(forwarded.proposal.forwarding?.letterDay)
        #expect(forwarded.refusal(Self.outcome(.approved, on: sent.adding(days: -1)), by: Fx.wardClerk)?.rule == .forwardDate)
        #expect(forwarded.refusal(Self.outcome(.approved, on: Fx.day(2026, 3, 21)), by: Fx.wardClerk)?.rule == .forwardDate)
        #expect(forwarded.refusal(.recordOutcome(decisionNumber: "", decisionDay: sent, result: .approved, reasons: ""), by: Fx.wardClerk)?.rule == .decisionNumber)
    }

    /// While forwarded no clock runs, across weeks; the decision clock is done on the
    /// letter's day; after the outcome the clocks that follow start from the day it is recorded.
    @Test func theClocksPauseWhileForwarded() throws {
        let calendar = WorkingCalendar()
        var run = try Self.registered()
        let settings = run.context.settings
        // §7.7: the Party opinion is due on the review's own due day and comes first.
        let first = try #require(run.proposal.nextDue(calendar: calendar, settings: settings))
        #expect(first.step == .partyOpinion)
        #expect(run.proposal.clocks(calendar: calendar, settings: settings).first { $0.step == .decision }?.due == first.due)
        try run.act(.forward(letterNumber: Self.letter, letterDay: run.context.today), by: Fx.wardClerk)
        #expect(run.proposal.nextDue(calendar: calendar, settings: settings) == nil)
        let decision = try #require(run.proposal.clocks(calendar: calendar, settings: settings).first { $0.step == .decision })
        #expect(decision.done == Fx.day(2026, 3, 2))
        #expect(decision.onTime == true)
        // Eight weeks later: still nothing due, nothing overdue.
        for week in 1...8 {
            let later = run.context.today.adding(days: 7 * week)
            #expect(run.proposal.clocks(calendar: calendar, settings: settings).allSatisfy { $0.status(today: later, calendar: calendar, soonWithin: 2) == nil })
            #expect(run.proposal.nextDue(calendar: calendar, settings: settings) == nil)
        }
        run.at(Fx.utc(2026, 5, 4))
        try run.act(Self.outcome(.approved, on: Fx.day(2026, 4, 28)), by: Fx.wardClerk)
        #expect(run.proposal.decision?.day == Fx.day(2026, 5, 4))
        #expect(run.proposal.provincialOutcome?.decisionDay == Fx.day(2026, 4, 28))
        #expect(run.proposal.clocks(calendar: calendar, settings: settings).first { $0.step == .decision }?.done == Fx.day(2026, 3, 2))
    }

    /// The dashboard's facts give the same clocks, and nobody but the clerk holds it.
    @Test func theFactsAndTheHolderAgree() throws {
        let calendar = WorkingCalendar()
        var run = try Self.registered()
        #expect(Holder.of(ProposalFacts(run.proposal), in: Fx.org)?.role == .clerk)
        try run.act(.forward(letterNumber: Self.letter, letterDay: run.context.today), by: Fx.wardClerk)
        var facts = ProposalFacts(run.proposal)
        #expect(facts.forwarded == Fx.day(2026, 3, 2))
        #expect(!facts.clocksRun)
        #expect(facts.clocks(calendar: calendar, settings: .standard) == run.proposal.clocks(calendar: calendar, settings: .standard))
        #expect(Holder.of(facts, in: Fx.org)?.role == .clerk)
        run.at(Fx.utc(2026, 5, 4))
        try run.act(Self.outcome(.approved, on: Fx.day(2026, 4, 28)), by: Fx.wardClerk)
        facts = ProposalFacts(run.proposal)
        #expect(facts.clocksRun)
        #expect(facts.clocks(calendar: calendar, settings: .standard) == run.proposal.clocks(calendar: calendar, settings: .standard))
    }
}
