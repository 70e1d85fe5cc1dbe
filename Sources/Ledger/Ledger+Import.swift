import Foundation
import GRDB
import Procedure

/// A proposal collected on paper, as one row of an import file.
public struct PaperProposal: Sendable, Hashable {
    /// Where the row starts in its file, for messages.
    public var line: Int
    /// The login of the officer who signed the paper proposal.
    public var proposer: String
    public var dossier: Dossier

    public init(line: Int, proposer: String, dossier: Dossier) {
        self.line = line
        self.proposer = proposer
        self.dossier = dossier
    }
}

/// Why one row of an import was refused.
public struct PaperImportProblem: Error, Sendable, Hashable {
    public var line: Int
    public var reason: Localized

    public init(line: Int, reason: Localized) {
        self.line = line
        self.reason = reason
    }
}

/// An import refused as a whole: every bad row with its line, and nothing written.
public struct PaperImportRejected: Error, Sendable {
    public var problems: [PaperImportProblem]

    public init(problems: [PaperImportProblem]) {
        self.problems = problems
    }

    public func message(_ language: Language) -> String {
        let head = LedgerText.nothingImportedInvalidRows(problems.count)[language]
        return ([head] + problems.map { (LedgerText.lineLabel[language]) + "\($0.line): " + $0.reason[language] })
            .joined(separator: "\n")
    }
}

extension Ledger {
    /// Records proposals collected on paper, all or nothing, in one transaction.
    ///
    /// The clerk (văn thư) or the head of the unit that receives a proposal records it on
    /// behalf of the proposer who signed the paper: each proposal gets a `created` and a
    /// `submitted` event whose actor is the clerk and whose `on_behalf_of` is the proposer.
    /// Each row goes through the same rules as `dexuat new` and `dexuat submit`
    /// (`Workflow.create`, then `.submit` with its complete-dossier check). When any row is
    /// refused, nothing is written and every refused row is reported with its line.
    ///
    /// With `dryRun`, every check is made and nothing is written: the proposals returned
    /// are what would be recorded.
    /// `progress` is told the fraction done (0…1): the rows checked, then recorded.
    public func importPaperProposals(_ rows: [PaperProposal], by actor: Actor, at now: Date = Date(),
                                     dryRun: Bool = false, progress: ((Double) -> Void)? = nil) throws -> [Proposal] {
        let now = Codec.millisecond(now)
        let outcome: Result<[Proposal], PaperImportRejected> = try write { db in
            let org = try Self.loadOrganization(db)
            let context = Context(organization: org, settings: try Self.loadSettings(db), now: now)
            let calendar = try Self.loadCalendar(db)
            var problems: [PaperImportProblem] = []
            var planned: [(row: PaperProposal, transitions: [Transition])] = []
            let year = context.today.year
            var next = (try Int.fetchOne(db, sql: "SELECT MAX(CAST(substr(id, 6) AS INTEGER)) FROM proposal WHERE id LIKE ?",
                                         arguments: ["\(year)-%"]) ?? 0) + 1
            let recorder = Actor(login: actor.login, played: actor.played)
            let total = Double(max(1, rows.count))
            for (index, row) in rows.enumerated() {
                progress?(Double(index) / total / 2)
                switch Self.plan(row, id: ProposalID.make(year: year, number: next), recorder: recorder, context: context) {
                case .success(let transitions):
                    planned.append((row, transitions))
                    next += 1
                case .failure(let refusal):
                    problems.append(PaperImportProblem(line: row.line, reason: Localized(
                        vi: refusal.message(.vi), en: refusal.message(.en))))
                }
            }
            if !problems.isEmpty { return .failure(PaperImportRejected(problems: problems)) }
            if dryRun { return .success(planned.compactMap { $0.transitions.last?.proposal }) }
            var created: [Proposal] = []
            for (index, (_, transitions)) in planned.enumerated() {
                progress?(0.5 + Double(index) / total / 2)
                var previous: Proposal?
                for transition in transitions {
                    try store(transition, previous: previous, context: context, calendar: calendar, db: db)
                    previous = transition.proposal
                }
                if let previous { created.append(previous) }
            }
            return .success(created)
        }
        return try outcome.get()
    }

    /// The create and submit transitions of one paper proposal, recorded by `recorder` on
    /// behalf of its proposer, or why not.
    static func plan(_ row: PaperProposal, id: String, recorder: Actor, context: Context) -> Result<[Transition], Refusal> {
        let org = context.organization
        guard org.officer(row.proposer) != nil else { return .failure(Refusal(.unknownOfficer, detail: row.proposer)) }
        let reviewing: Procedure.Unit
        switch org.reviewingUnit(forProposer: row.proposer) {
        case .success(let unit): reviewing = unit
        case .failure(let refusal): return .failure(refusal)
        }
        // Who may import: the clerk (who registers incoming documents) or the head of the
        // unit that receives the proposal, the same people who may register its receipt.
        guard org.holds(.clerk, recorder.login, in: reviewing.id) || org.holds(.head, recorder.login, in: reviewing.id) else {
            return .failure(Refusal(.roleRequired, detail: LedgerText.clerkOrHead(reviewing.name)))
        }
        let behalf = Actor(login: recorder.login, onBehalfOf: row.proposer, played: recorder.played)
        let proposer = Actor(login: row.proposer)
        var creation: Transition
        switch Workflow.create(id: id, dossier: row.dossier, by: proposer, context: context) {
        case .success(let t): creation = t
        case .failure(let refusal): return .failure(refusal)
        }
        creation.events = creation.events.map { var e = $0; e.actor = behalf; return e }
        guard let first = creation.events.first else { return .failure(Refusal(.wrongState)) }
        creation.proposal = Proposal(id: id, created: first)
        var submission: Transition
        switch Workflow.perform(.submit, on: creation.proposal, by: proposer, context: context) {
        case .success(let t): submission = t
        case .failure(let refusal): return .failure(refusal)
        }
        submission.events = submission.events.map { var e = $0; e.actor = behalf; return e }
        submission.proposal = submission.events.reduce(creation.proposal) { $0.applying($1) }
        return .success([creation, submission])
    }
}
