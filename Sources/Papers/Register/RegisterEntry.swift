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
        let vi = lang == .vi
        var v: [RegisterField: String] = [:]
        v[.id] = p.id
        v[.title] = p.title
        v[.unit] = org.unit(p.unitID)?.name ?? p.unitID
        v[.proposer] = name(p.proposer)
        v[.field] = p.dossier.field.label[lang]
        v[.state] = p.stateLabel[lang]
        v[.submitted] = day(p.submittedOn)
        v[.received] = p.receipts.map { (vi ? "số " : "no. ") + $0.number + (vi ? " ngày " : " on ") + $0.day.vietnamese }
            .joined(separator: "; ")
        v[.partyOpinion] = p.partyOpinions.map {
            "\($0.stage.label[lang]): \($0.stance.label[lang])" + ($0.committee.isEmpty ? "" : " (\($0.committee))") + ", \($0.day.vietnamese)"
        }.joined(separator: "; ")
        if let decision = p.decision {
            v[.vote] = decision.tally.summary[lang]
        } else if !p.ballots.isEmpty {
            let yes = p.ballots.filter(\.inFavour).count
            v[.vote] = vi ? "\(yes) đồng ý, \(p.ballots.count - yes) không đồng ý (đang biểu quyết)"
                          : "\(yes) yes, \(p.ballots.count - yes) no (voting open)"
        } else {
            v[.vote] = ""
        }
        var decisions: [String] = []
        for r in p.returns {
            decisions.append((vi ? "Trả lại bổ sung ngày " : "Returned for completion on ") + r.day.vietnamese + ": " + r.reasons)
        }
        if let o = p.outOfScope {
            decisions.append((vi ? "Không thuộc phạm vi ngày " : "Out of scope on ") + o.day.vietnamese + " (" + o.ground.label[lang] + "): "
                             + o.reasons + (vi ? "; kênh phù hợp: " : "; right channel: ") + o.channel)
        }
        if let w = p.withdrawal { decisions.append((vi ? "Người đề xuất rút: " : "Withdrawn by the proposer: ") + w) }
        if let d = p.decision {
            var text = d.kind.label[lang] + (d.number.isEmpty ? "" : (vi ? ", số " : ", no. ") + d.number)
                + (vi ? ", ngày " : ", on ") + d.day.vietnamese + (vi ? ", người ký: " : ", signed by: ") + name(d.signedBy)
            if !TextInput.isBlank(d.reasons) { text += (vi ? ". Lý do: " : ". Reasons: ") + d.reasons }
            if !TextInput.isBlank(d.responsibilityStatement) {
                text += (vi ? ". Cam kết chịu trách nhiệm: " : ". Statement of responsibility: ") + d.responsibilityStatement
            }
            decisions.append(text)
        }
        for d in p.directives {
            decisions.append(d.kind.label[lang] + (vi ? " ngày " : " on ") + d.day.vietnamese + ": " + d.reason)
        }
        v[.decisions] = decisions.joined(separator: " | ")
        v[.resourced] = day(p.resources?.day)
        v[.reported] = day(p.report?.day)
        v[.evaluated] = day(p.evaluation?.day)
        v[.outcome] = p.evaluation.map { $0.outcome.label[lang] + " — " + $0.consequence.label[lang] } ?? ""
        v[.concluded] = p.conclusion.map { (vi ? "số " : "no. ") + $0.number + (vi ? " ngày " : " on ") + $0.day.vietnamese } ?? ""
        v[.measures] = p.measures.map { m in
            var text = m.kind.label[lang] + (vi ? ", số " : ", no. ") + m.decisionNumber + (vi ? " ngày " : " on ") + m.day.vietnamese
                + " (" + m.decidedBy + ")"
            // The reasons of a liability decision are liability details (hidden by default).
            if !m.kind.isLiabilityDecision && !TextInput.isBlank(m.reason) { text += ": " + m.reason }
            return text
        }.joined(separator: "; ")
        v[.closed] = day(p.closedOn)
        v[.ballotComments] = p.ballots.filter { !TextInput.isBlank($0.comment) }.map {
            name($0.member) + " (" + ($0.inFavour ? (vi ? "đồng ý" : "yes") : (vi ? "không đồng ý" : "no")) + "): " + $0.comment
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
                liability.append((vi ? "Thiệt hại: " : "Damage: ") + e.damageDescription
                                 + (e.damageEstimateVND.map { (vi ? " (ước tính " : " (estimate ") + "\($0) VND)" } ?? ""))
            } else {
                liability.append(vi ? "Không gây thiệt hại" : "No damage")
            }
            for f in e.findings {
                liability.append(f.kind.label[lang] + ": " + (f.holds ? (vi ? "có" : "yes") : (vi ? "không" : "no")) + " — " + f.reason)
            }
            if e.abuseFound { liability.append(vi ? "Phát hiện tham nhũng, vụ lợi, lạm quyền" : "Corruption, profiteering or abuse found") }
            liability.append((vi ? "Nguyên nhân khách quan: " : "Objective causes: ") + e.objectiveCauses)
            liability.append((vi ? "Nguyên nhân chủ quan: " : "Subjective causes: ") + e.subjectiveCauses)
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
