import Foundation
import Testing
@testable import DemoWard
import Procedure

/// One generated proposal: its id, transitions and the proposal after the last one.
private struct Generated {
    var id: String
    var transitions: [Transition]
    var proposal: Proposal
    var events: [Event] { transitions.flatMap(\.events) }
}

/// 10:00 in Vietnam on a day given as ISO.
private func vietnamMorning(_ iso: String) -> Date {
    (Day(iso: iso) ?? Day(julianDayNumber: 2_461_000)).startInVietnam.addingTimeInterval(10 * 3600)
}

private let fixedNow = vietnamMorning("2026-03-18")

private func run(proposals: Int = 60, seed: UInt64 = 2026, now: Date = fixedNow) throws -> [Generated] {
    var result: [Generated] = []
    try DemoGenerator(proposals: proposals, seed: seed, now: now).generate { id, transitions in
        guard let last = transitions.last else {
            Issue.record("no transitions for \(id)")
            return
        }
        result.append(Generated(id: id, transitions: transitions, proposal: last.proposal))
    }
    return result
}

private func isNFC(_ text: String) -> Bool {
    text.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars)
}

@Suite struct DemoWardTests {
    let org = DemoWard.organization()

    @Test func coversEveryRole() {
        let held = Set(org.grants.map(\.role))
        for role in Role.allCases {
            #expect(held.contains(role), "no officer holds \(role.rawValue)")
        }
    }

    @Test func everyUnitHasAHeadDeputiesAndAClerk() {
        #expect(org.units.count == 8)
        for unit in org.units.values {
            #expect(org.head(of: unit.id) != nil, "\(unit.id) has no head")
            #expect(!org.deputies(of: unit.id).isEmpty, "\(unit.id) has no deputy")
            #expect(org.grants.contains { $0.role == .clerk && $0.unitID == unit.id }, "\(unit.id) has no clerk")
            if unit.kind != .peoplesCommittee { #expect(unit.parentID == "UBND") }
        }
        #expect(org.units.values.filter { $0.parentID == nil }.map(\.id) == ["UBND"])
    }

    @Test func wardLevelRoles() {
        let root = "UBND"
        #expect(org.head(of: root)?.position == "Chủ tịch UBND phường")
        #expect(org.deputies(of: root).allSatisfy { $0.position == "Phó Chủ tịch UBND phường" })
        #expect(org.grants.filter { $0.role == .wardLeader }.count == 4)
        #expect(org.grants.contains { $0.role == .partyLiaison && $0.unitID == root })
        #expect(org.grants.contains { $0.role == .admin })
        #expect(org.grants.filter { $0.role == .inspector }.allSatisfy { $0.unitID == "VHXH" })
        #expect(DemoWard.partyCommittee == "Đảng ủy phường Uông Bí")
    }

    @Test func officersAreBelievable() {
        #expect((38...45).contains(org.officers.count))
        let leaders = Set(org.grants.filter { $0.role == .head || $0.role == .deputy }.map(\.login))
        for officer in org.officers.values {
            #expect(officer.login.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }, "\(officer.login)")
            #expect(officer.isManaging == leaders.contains(officer.login), "\(officer.login) isManaging")
            #expect(isNFC(officer.name) && isNFC(officer.position))
            #expect(officer.name.split(separator: " ").count >= 3)
            #expect(org.unit(officer.unitID) != nil)
        }
        for unit in org.units.values { #expect(isNFC(unit.name)) }
        // Heads of offices are routed to the ward; the chair's stays with it, for the province (§7.6).
        #expect((try? org.reviewingUnit(forProposer: "tvcuong").get())?.id == "UBND")
        #expect((try? org.reviewingUnit(forProposer: "mtyen").get())?.id == "KTHTDT")
    }
}

@Suite struct DemoGeneratorTests {
    static let dates = ["2026-03-18", "2026-02-16", "2025-09-06", "2026-12-31"]

    @Test(arguments: dates) func everyStateAppears(_ iso: String) throws {
        let all = try run(now: vietnamMorning(iso))
        #expect(all.count == 60)
        let states = Set(all.map(\.proposal.state))
        for state in ProposalState.allCases {
            #expect(states.contains(state), "no proposal in state \(state.rawValue) on \(iso)")
        }
    }

    @Test(arguments: dates) func everyFeatureAppears(_ iso: String) throws {
        let now = vietnamMorning(iso)
        let all = try run(now: now)
        let proposals = all.map(\.proposal)
        let org = DemoWard.organization()
        let settings = ProcedureSettings.standard

        // Received: awaiting registration, and registered with some ballots but not all.
        #expect(proposals.contains { $0.state == .received && $0.awaitingReceipt })
        #expect(proposals.contains { p in
            p.state == .received && !p.awaitingReceipt && !p.ballots.isEmpty
                && p.ballots.count < p.tally(in: org, settings: settings).eligible.count
        })
        // Returned and resubmitted; withdrawn; out of scope with reasons and channel.
        #expect(proposals.contains { $0.receipts.count >= 2 && $0.returns.count == 1 && $0.state != .returned })
        #expect(proposals.contains { $0.state == .outOfScope && !($0.outOfScope?.channel.isEmpty ?? true) })
        // Rejected with reasons; approved by the head against the vote.
        #expect(proposals.contains { $0.state == .rejected && !($0.decision?.reasons.isEmpty ?? true) })
        let overrides = proposals.filter { $0.decision?.kind == .override }
        #expect(!overrides.isEmpty)
        #expect(overrides.allSatisfy { !($0.decision?.responsibilityStatement.isEmpty ?? true) && $0.notices.contains(.headOverride) })
        // Implementation: progress notes, directives.
        #expect(proposals.contains { $0.state == .inProgress && !$0.progress.isEmpty })
        #expect(proposals.contains { $0.state == .inProgress && $0.directives.contains { $0.kind == .resume } })
        #expect(proposals.contains { $0.directives.contains { $0.kind == .continue } })
        // Terminated, with damage, then reported, evaluated, decided on liability.
        #expect(proposals.contains { p in
            guard let evaluation = p.evaluation else { return false }
            return p.terminatedOn != nil && p.report != nil && evaluation.outcome != .completed && evaluation.damage
                && (evaluation.damageEstimateVND ?? 0) > 0 && evaluation.consequence == .considerProtection
                && p.measures.contains { $0.kind.isLiabilityDecision }
        })
        // Closed with rewards and with protection.
        let closed = proposals.filter { $0.state == .closed }
        let measures = Set(closed.flatMap { $0.measures.map(\.kind) })
        for kind in [MeasureKind.commendation, .praise, .earlySalaryStep, .liabilityExcluded, .notLiable] {
            #expect(measures.contains(kind), "no closed proposal with \(kind.rawValue)")
        }
        #expect(closed.contains { $0.evaluation?.consequence == .noProtection && $0.measures.contains { $0.kind == .ordinaryRules } })
        // §7.3: every evaluation was taken on a majority of the members' own forms, and one
        // member somewhere differs from the others on a finding.
        let evaluated = proposals.filter { $0.evaluation != nil }
        #expect(!evaluated.isEmpty)
        for p in evaluated {
            #expect(p.eligibleMemberEvaluations(in: org).count >= p.requiredMemberEvaluations(in: org, settings: settings), "\(p.id)")
            #expect(p.evaluation?.memberForms?.isEmpty == false, "\(p.id)")
        }
        #expect(evaluated.contains { p in
            let majority = p.memberMajority(in: org)
            return p.memberEvaluations.contains { form in
                form.form.findings.contains { finding in majority.finding(finding.kind).map { $0 != finding.holds } ?? false }
            }
        })
        // §7.6: the chair's own proposal at the province (no clock running), and one answered.
        #expect(proposals.contains { $0.state == .forwarded && $0.nextDue(calendar: WorkingCalendar(), settings: settings) == nil })
        #expect(proposals.contains { $0.provincialOutcome?.result == .approved && $0.state == .approved })
        // Routing, protection notice, recusal, the S&T regime.
        #expect(proposals.contains { $0.unitID != $0.reviewingUnitID && $0.notices.contains(.routedToSuperior) })
        #expect(proposals.contains { !$0.proposerIsManaging && $0.notices.contains(.protectionMayNotApply) })
        #expect(proposals.contains { !($0.decision?.tally.recused.isEmpty ?? true) })
        #expect(proposals.contains { $0.notices.contains(.scienceTechnologyRegime) })
        // Ballots recorded by the clerk from the minutes; Party opinions of every kind.
        #expect(proposals.contains { p in p.ballots.contains { $0.recordedBy != $0.member } })
        let events = all.flatMap(\.events)
        #expect(events.contains { $0.actor.onBehalfOf != nil && $0.change.kind == "ballot_cast" })
        // Issue 17: each opinion is the reviewing unit's own committee's (the ward's Đảng ủy
        // or an office's or school's chi bộ), recorded "theo văn bản của" it by a clerk at times.
        let committees = Set(org.units.keys.map { org.partyCommittee(of: $0) })
        #expect(events.contains { $0.change.kind == "party_opinion" && committees.contains($0.actor.onBehalfOf ?? "") })
        for p in proposals {
            for opinion in p.partyOpinions { #expect(opinion.committee == org.partyCommittee(of: p.reviewingUnitID), "\(p.id)") }
        }
        let named = Set(proposals.flatMap { $0.partyOpinions.map(\.committee) })
        #expect(named.contains(DemoWard.partyCommittee) && named.contains { $0.hasPrefix("Chi bộ ") }, "\(named)")
        let stances = Set(proposals.flatMap { $0.partyOpinions.map(\.stance) })
        #expect(stances == Set(PartyStance.allCases))
        #expect(proposals.contains { $0.partyOpinion(.beforeEvaluation) != nil })

        // A year of history, nothing in the future, working hours.
        let created = proposals.map(\.createdAt)
        let earliest = created.min() ?? now
        #expect(earliest >= now.addingTimeInterval(-366 * 86_400))
        #expect(earliest <= now.addingTimeInterval(-330 * 86_400))
        #expect(events.allSatisfy { $0.at < now })
        let calendar = WorkingCalendar()
        for event in events {
            let day = Day.inVietnam(event.at)
            #expect(calendar.isWorkingDay(day), "event on a day off: \(day)")
            let minutes = Int(event.at.timeIntervalSince(day.startInVietnam)) / 60
            #expect((450...1079).contains(minutes), "event at \(minutes / 60):\(minutes % 60)")
        }

        // Deadlines: a few overdue, a few due soon, decisions sometimes late.
        let today = Day.inVietnam(now)
        let statuses = proposals.compactMap { p in
            p.nextDue(calendar: calendar, settings: settings).flatMap { $0.status(today: today, calendar: calendar, soonWithin: settings.dueSoonDays) }
        }
        #expect(statuses.filter { $0 == .overdue }.count >= 2)
        #expect(statuses.filter { $0 == .dueSoon }.count >= 2)
    }

    @Test func historiesReplayAndStayTogether() throws {
        for item in try run() {
            #expect(item.transitions.first.map { if case .created = $0.events.first?.change { true } else { false } } == true)
            #expect(item.events.allSatisfy { $0.proposalID == item.id })
            #expect(Proposal.replay(id: item.id, events: item.events) == item.proposal)
            let times = item.events.map(\.at)
            #expect(times == times.sorted(), "\(item.id) events out of order")
        }
    }

    @Test func sameSeedSameOutputOtherSeedDiffers() throws {
        let first = try run(seed: 42)
        let again = try run(seed: 42)
        let other = try run(seed: 43)
        #expect(first.map(\.id) == again.map(\.id))
        #expect(first.map(\.transitions) == again.map(\.transitions))
        #expect(first.map(\.transitions) != other.map(\.transitions))
        #expect(first.map(\.proposal.title) != other.map(\.proposal.title))
    }

    @Test func idsAreUniqueYearAndSequence() throws {
        let all = try run(proposals: 1_500, seed: 9)
        #expect(all.count == 1_500)
        #expect(Set(all.map(\.id)).count == all.count)
        var lastSequence: [Int: Int] = [:]
        var lastCreated = Date.distantPast
        for item in all {
            let parts = item.id.split(separator: "-")
            #expect(parts.count == 2 && parts[0].count == 4 && parts[1].count >= 6 && parts.allSatisfy { $0.allSatisfy(\.isNumber) })
            let year = Int(parts[0]) ?? 0
            let sequence = Int(parts[1]) ?? 0
            #expect(year == Day.inVietnam(item.proposal.createdAt).year)
            #expect(sequence == lastSequence[year, default: 0] + 1)
            lastSequence[year] = sequence
            #expect(item.proposal.createdAt >= lastCreated, "\(item.id) created out of order")
            lastCreated = item.proposal.createdAt
        }
        #expect(Set(all.map(\.proposal.title)).count > 500)
    }

    @Test func allTextIsNFC() throws {
        let encoder = JSONEncoder()
        for item in try run() {
            for event in item.events {
                let json = String(decoding: try encoder.encode(event), as: UTF8.self)
                #expect(isNFC(json), "\(item.id) \(event.change.kind)")
            }
            #expect(isNFC(item.id))
        }
        for officer in DemoNames.roster { #expect(isNFC(officer.name) && isNFC(officer.position)) }
        for topic in DemoTopics.all {
            let texts = topic.subjects + topic.places + topic.tasks + topic.progress
                + [topic.necessity, topic.bottleneck, topic.scope, topic.partners, topic.people, topic.equipment,
                   topic.feasibility, topic.positive, topic.negative, topic.effect, topic.difficulty, topic.damage]
                + topic.targets.flatMap { [$0.text, $0.measure] }
            #expect(texts.allSatisfy(isNFC))
        }
    }

    @Test func smallRunsKeepTheFirstOfTheCast() throws {
        #expect(try run(proposals: 0).isEmpty)
        let three = try run(proposals: 3)
        #expect(three.count == 3)
        #expect(Set(three.map(\.proposal.proposer)) == Set(["tttha", "dcthanh", "ntbngoc"]))
    }
}
