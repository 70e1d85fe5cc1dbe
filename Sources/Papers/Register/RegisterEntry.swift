import Ledger
import Procedure

/// One line of the public register: a proposal as the record said it at one event.
///
/// Every value is one line of text (line breaks and runs of spaces become one space), so
/// that the CSV and HTML copies say exactly what `verify --register` rebuilds.
public struct RegisterEntry: Sendable, Hashable {
    public var proposalID: String
    /// The chain hash of the event the line was taken at.
    public var hash: String
    public var values: [RegisterField: String]

    public subscript(field: RegisterField) -> String { values[field] ?? "" }

    /// The line for `proposal` as it stands after the event with `hash`. All fields are
    /// computed; which are printed is the business of the writer and the privacy settings.
    public init(_ p: Proposal, hash: String, organization org: Organization, language lang: Language) {
        proposalID = p.id
        self.hash = hash
        func name(_ login: String) -> String { org.officer(login)?.name ?? login }
        func day(_ d: Day?) -> String { d?.vietnamese ?? "" }
        var v: [RegisterField: String] = [:]
        v[.id] = p.id
        v[.title] = p.title
        v[.unit] = org.unit(p.unitID)?.name ?? p.unitID
        v[.proposer] = name(p.proposer)
        v[.field] = p.dossier.field.label[lang]
        v[.state] = p.stateLabel[lang]
        v[.submitted] = day(p.submittedOn)
        v[.received] = p.receipts.map { (PapersText.numberPrefix[lang]) + $0.number + PapersText.onDateJoiner[lang] + $0.day.vietnamese }
            .joined(separator: "; ")
        v[.partyOpinion] = p.partyOpinions.map {
            "\($0.stage.label[lang]): \($0.stance.label[lang])" + ($0.committee.isEmpty ? "" : " (\($0.committee))") + ", \($0.day.vietnamese)"
        }.joined(separator: "; ")
        if let decision = p.decision, p.provincialOutcome == nil {
            v[.vote] = decision.tally.summary[lang]
        } else if !p.ballots.isEmpty {
            let yes = p.ballots.filter(\.inFavour).count
            v[.vote] = PapersText.yesNoVotingOpen(yes, p.ballots.count - yes)[lang]
        } else {
            v[.vote] = ""
        }
        var decisions: [String] = []
        for r in p.returns {
            decisions.append(PapersText.returnedCompletion[lang] + r.day.vietnamese + ": " + r.reasons)
        }
        if let o = p.outOfScope {
            decisions.append(PapersText.outScope[lang] + o.day.vietnamese + " (" + o.ground.label[lang] + "): "
                             + o.reasons + PapersText.rightChannel[lang] + o.channel)
        }
        if let w = p.withdrawal { decisions.append(PapersText.withdrawnProposer[lang] + w) }
        decisions += Self.forwardingLines(p, lang)
        if let d = p.decision, p.provincialOutcome == nil {
            var text = d.kind.label[lang] + (d.number.isEmpty ? "" : PapersText.commaNumberPrefix[lang] + d.number)
                + PapersText.commaOnDate[lang] + d.day.vietnamese + PapersText.signed[lang] + name(d.signedBy)
            if !TextInput.isBlank(d.reasons) { text += PapersText.reasons[lang] + d.reasons }
            if !TextInput.isBlank(d.responsibilityStatement) {
                text += PapersText.statementResponsibility[lang] + d.responsibilityStatement
            }
            decisions.append(text)
        }
        for d in p.directives {
            decisions.append(d.kind.label[lang] + PapersText.onDateJoiner[lang] + d.day.vietnamese + ": " + d.reason)
        }
        v[.decisions] = decisions.joined(separator: " | ")
        v[.resourced] = day(p.resources?.day)
        v[.reported] = day(p.report?.day)
        v[.evaluated] = day(p.evaluation?.day)
        // Without protection, the discipline instrument of the proposer's kind (issue 17).
        let category = org.category(of: p.proposer)
        v[.outcome] = p.evaluation.map { $0.outcome.label[lang] + " — " + $0.consequence.label(for: category)[lang] } ?? ""
        v[.concluded] = p.conclusion.map { (PapersText.numberPrefix[lang]) + $0.number + PapersText.onDateJoiner[lang] + $0.day.vietnamese } ?? ""
        v[.measures] = p.measures.map { m in
            var text = m.kind.label(for: category)[lang] + PapersText.commaNumberPrefix[lang] + m.decisionNumber + PapersText.onDateJoiner[lang] + m.day.vietnamese
                + " (" + m.decidedBy + ")"
            // The reasons of a liability decision are liability details (hidden by default).
            if !m.kind.isLiabilityDecision && !TextInput.isBlank(m.reason) { text += ": " + m.reason }
            return text
        }.joined(separator: "; ")
        v[.closed] = day(p.closedOn)
        v[.ballotComments] = p.ballots.filter { !TextInput.isBlank($0.comment) }.map {
            name($0.member) + " (" + ($0.inFavour ? PapersText.ballotInFavour[lang] : PapersText.ballotNotInFavour[lang]) + "): " + $0.comment
        }.joined(separator: "; ")
        var notes: [String] = p.progress.map { "\($0.day.vietnamese) \($0.percent)%: \($0.text)" }
        for member in p.checklists.keys.sorted() {
            for answer in p.checklists[member] ?? [] where !TextInput.isBlank(answer.comment) {
                notes.append(name(member) + " — " + answer.itemID + ": " + answer.comment)
            }
        }
        v[.privateNotes] = notes.joined(separator: "; ")
        var liability: [String] = []
        if let e = p.evaluation {
            if e.damage {
                liability.append(PapersText.damagePrefix[lang] + e.damageDescription
                                 + (e.damageEstimateVND.map { PapersText.estimate($0)[lang] } ?? ""))
            } else {
                liability.append(PapersText.noDamage[lang])
            }
            for f in e.findings {
                liability.append(f.kind.label[lang] + ": " + (f.holds ? PapersText.answerYes[lang] : PapersText.answerNo[lang]) + " — " + f.reason)
            }
            if e.abuseFound { liability.append(PapersText.corruptionProfiteeringAbuseFound[lang]) }
            liability.append(PapersText.objectiveCauses[lang] + e.objectiveCauses)
            liability.append(PapersText.subjectiveCauses[lang] + e.subjectiveCauses)
        }
        for m in p.measures where m.kind.isLiabilityDecision {
            liability.append(m.kind.label[lang] + ": " + m.reason)
        }
        v[.liabilityDetails] = liability.joined(separator: "; ")
        v[.lastEvent] = hash
        values = v.mapValues(Self.flatten)
    }

    /// One line: every run of white space (line breaks included) becomes one space.
    static func flatten(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }
}

/// What the public register lists: every proposal that reached its unit (drafts stay
/// private), in the period asked for, each with the hash of its last event.
public struct PublicRegister: Sendable {
    public var entries: [RegisterEntry]
    public var columns: [RegisterField]
    public var period: RegisterPeriod?
    public var language: Language
    /// The root unit's name, for the heading.
    public var wardName: String
    public var printedOn: Day
    /// The chain's head when the register was printed, printed at its foot (PROCEDURE.md §5).
    public var checkpoint: ChainCheckpoint
    /// §7.8: the files attached to each proposal of the register, by proposal id: their
    /// names, sizes and hashes are printed (HTML), never their content.
    public var attachments: [String: [AttachmentRecord]] = [:]

    public init(proposals: [Proposal], lastHashes: [String: String], organization: Organization, settings: ProcedureSettings,
                period: RegisterPeriod?, language: Language, printedOn: Day, checkpoint: ChainCheckpoint) {
        self.checkpoint = checkpoint
        entries = proposals.filter { p in
            guard let submitted = p.submittedOn, lastHashes[p.id] != nil else { return false }
            return period?.contains(submitted) ?? true
        }.map { RegisterEntry($0, hash: lastHashes[$0.id] ?? "", organization: organization, language: language) }
        columns = RegisterField.columns(settings: settings)
        self.period = period
        self.language = language
        wardName = organization.units.values.first { $0.parentID == nil }?.name ?? ""
        self.printedOn = printedOn
    }
}
