import Foundation
import Ledger
import Procedure

/// Stable JSON for scripts: snake_case keys, sorted, days as "YYYY-MM-DD", times in ISO 8601 UTC.
func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.dateEncodingStrategy = .iso8601
    print(SafeOutput.json(String(decoding: try encoder.encode(value), as: UTF8.self)))
}

/// An optional written as `null` when absent, so that every key of the JSON output is
/// always there for scripts.
@propertyWrapper
struct NullEncoded<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

/// One line of `list --json`.
struct ListItemJSON: Encodable {
    var id: String
    var title: String
    var state: String
    var stateLabel: String
    var awaitingReceipt: Bool
    var field: String
    var unit: String
    var unitName: String
    var reviewingUnit: String
    var reviewingUnitName: String
    var proposer: String
    var proposerName: String
    @NullEncoded var due: String?
    @NullEncoded var dueStep: String?
    var overdue: Bool
    var dueSoon: Bool
    var version: Int

    init(_ s: ProposalSummary, today: Day, calendar: WorkingCalendar, soonWithin: Int, lang: Language) {
        id = s.id
        title = s.title
        state = s.state.rawValue
        stateLabel = s.stateLabel[lang]
        awaitingReceipt = s.awaitingReceipt
        field = s.field
        unit = s.unitID
        unitName = s.unitName
        reviewingUnit = s.reviewingUnitID
        reviewingUnitName = s.reviewingUnitName
        proposer = s.proposer
        proposerName = s.proposerName
        due = s.nextDue?.iso
        dueStep = s.nextStep?.rawValue
        let status = s.nextDue.map { calendar.dueStatus(of: $0, today: today, soonWithin: soonWithin) }
        overdue = status == .overdue
        dueSoon = status == .dueSoon
        version = s.version
    }
}

/// `show --json`: the list fields plus the dossier, the steps, the ballots and the events.
struct ShowJSON: Encodable {
    struct Step: Encodable {
        var step: String
        var label: String
        var limitWorkingDays: Int
        var start: String
        var due: String
        var done: String?
        var onTime: Bool?
        var status: String?
    }
    struct BallotJSON: Encodable {
        var member: String
        var memberName: String
        var vote: String
        var comment: String
        var day: String
        var recordedBy: String
        var checklist: [ChecklistAnswer]
    }
    /// §7.3: a member's own evaluation form (the latest; amendments are in `events`).
    struct MemberEvaluationJSON: Encodable {
        var member: String
        var memberName: String
        var day: String
        var recordedBy: String
        var amended: Bool
        var form: Evaluation
    }
    struct Tally: Encodable {
        var eligible: [String]
        var recused: [String]
        var yes: [String]
        var no: [String]
        var notVoted: [String]
        var basis: String
        var passed: Bool
    }
    struct EventJSON: Encodable {
        var seq: Int64
        var kind: String
        var actor: String
        var onBehalfOf: String?
        var played: Bool
        var at: Date
        var atLocal: String
        var reason: String
        var hash: String
        /// §7.5: the delegation or appointment the actor acted on (null in their own right).
        @NullEncoded var acting: ActingJSON?
        /// §7.8: for an `attachment_added` event, the file it attached (absent otherwise).
        var attachment: AttachmentJSON? = nil
    }

    var id: String
    var title: String
    var state: String
    var stateLabel: String
    var awaitingReceipt: Bool
    var unit: String
    var reviewingUnit: String
    var proposer: String
    var proposerName: String
    var proposerIsManaging: Bool
    var version: Int
    @NullEncoded var due: String?
    @NullEncoded var dueStep: String?
    var overdue: Bool
    var notices: [String]
    var dossier: Dossier
    @NullEncoded var receipt: Receipt?
    var steps: [Step]
    var partyOpinions: [PartyOpinion]
    var ballots: [BallotJSON]
    var tally: Tally
    @NullEncoded var decision: Decision?
    var returns: [ReturnRecord]
    @NullEncoded var outOfScope: OutOfScopeRecord?
    @NullEncoded var resources: ResourceGrant?
    var progress: [ProgressNote]
    var directives: [Directive]
    @NullEncoded var report: CompletionReport?
    /// §7.3: each member's own evaluation form; `evaluation` is the collective one.
    var memberEvaluations: [MemberEvaluationJSON]
    @NullEncoded var evaluation: Evaluation?
    @NullEncoded var consequence: String?
    @NullEncoded var conclusion: Conclusion?
    var measures: [Measure]
    /// §7.4: the conflicts of interest declared on the proposal.
    var conflicts: [ConflictJSON]
    /// §7.1: the collective's meetings, with their attendance.
    var meetings: [MeetingJSON]
    /// §7.8: the files attached, by number (name, size, hash; never the content).
    var attachments: [AttachmentJSON]
    /// §7.6: the forwarding letter and the province's decision (null for a proposal of the ward).
    @NullEncoded var forwarding: Forwarding?
    @NullEncoded var provincialOutcome: ProvincialOutcome?
    var events: [EventJSON]

    init(_ p: Proposal, ledger: Ledger, lang: Language) throws {
        let org = try ledger.organization()
        let settings = try ledger.settings()
        let calendar = try ledger.calendar()
        let today = Day.inVietnam(Date())
        id = p.id
        title = p.title
        state = p.state.rawValue
        stateLabel = p.stateLabel[lang]
        awaitingReceipt = p.awaitingReceipt
        unit = p.unitID
        reviewingUnit = p.reviewingUnitID
        proposer = p.proposer
        proposerName = org.officer(p.proposer)?.name ?? ""
        proposerIsManaging = p.proposerIsManaging
        version = p.version
        let next = p.nextDue(calendar: calendar, settings: settings)
        due = next?.due.iso
        dueStep = next?.step.rawValue
        overdue = next.map { calendar.dueStatus(of: $0.due, today: today) == .overdue } ?? false
        notices = p.notices.map(\.rawValue)
        dossier = p.dossier
        receipt = p.receipt
        steps = p.clocks(calendar: calendar, settings: settings).map {
            Step(step: $0.step.rawValue, label: $0.step.label[lang], limitWorkingDays: $0.limitDays, start: $0.start.iso,
                 due: $0.due.iso, done: $0.done?.iso, onTime: $0.onTime,
                 status: $0.status(today: today, calendar: calendar, soonWithin: settings.dueSoonDays)?.rawValue)
        }
        partyOpinions = p.partyOpinions
        ballots = p.ballots.map {
            BallotJSON(member: $0.member, memberName: org.officer($0.member)?.name ?? "", vote: $0.inFavour ? "yes" : "no",
                       comment: $0.comment, day: $0.day.iso, recordedBy: $0.recordedBy, checklist: p.checklists[$0.member] ?? [])
        }
        let t = p.tally(in: org, settings: settings)
        tally = Tally(eligible: t.eligible, recused: t.recused, yes: t.yes, no: t.no, notVoted: t.notVoted,
                      basis: t.basis.rawValue, passed: t.passed)
        decision = p.decision
        returns = p.returns
        outOfScope = p.outOfScope
        resources = p.resources
        progress = p.progress
        directives = p.directives
        report = p.report
        memberEvaluations = p.memberEvaluations.map {
            MemberEvaluationJSON(member: $0.member, memberName: org.officer($0.member)?.name ?? "", day: $0.form.day.iso,
                                 recordedBy: $0.recordedBy, amended: $0.amends == true, form: $0.form)
        }
        evaluation = p.evaluation
        consequence = (p.conclusion?.consequence ?? p.evaluation?.consequence)?.rawValue
        conclusion = p.conclusion
        measures = p.measures
        conflicts = p.conflicts.map { ConflictJSON($0, proposal: p.id, name: org.officer($0.officer)?.name ?? "") }
        meetings = p.meetings.map { MeetingJSON($0, org: org) }
        attachments = try ledger.attachments(ofVisible: p).map { AttachmentJSON($0, org: org) }
        forwarding = p.forwarding
        provincialOutcome = p.provincialOutcome
        events = try ledger.history(of: p.id).map {
            EventJSON(seq: $0.seq, kind: $0.event.change.kind, actor: $0.event.actor.login, onBehalfOf: $0.event.actor.onBehalfOf,
                      played: $0.event.actor.played, at: $0.event.at, atLocal: $0.atLocal, reason: $0.event.reason, hash: $0.hash,
                      acting: $0.event.actor.acting.map { ActingJSON($0, org: org) })
        }
        events = try Self.withAttachmentEvents(events, ledger.attachmentEvents(ofVisible: p), org: org)
    }
}
