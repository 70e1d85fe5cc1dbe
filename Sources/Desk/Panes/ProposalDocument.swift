import Foundation
import Ledger
import Procedure
import Terminal

/// A proposal as a document of styled lines: the dossier, each step with its due date and
/// an on-time or late mark, the Party opinions, the ballot tally with recusals, the
/// decisions with their reasons, the notices and the timeline. The detail pane draws it;
/// `dexuat show` prints it as plain text.
public enum ProposalDocument {
    public struct Inputs: Sendable {
        public var proposal: Proposal
        public var history: [StoredEvent]
        public var organization: Organization
        public var settings: ProcedureSettings
        public var calendar: WorkingCalendar
        public var today: Day
        public var language: Language
        /// §7.8: the files attached, by number.
        public var attachments: [AttachmentRecord]

        public init(proposal: Proposal, history: [StoredEvent], organization: Organization, settings: ProcedureSettings,
                    calendar: WorkingCalendar, today: Day, language: Language, attachments: [AttachmentRecord] = []) {
            self.attachments = attachments
            self.proposal = proposal
            self.history = history
            self.organization = organization
            self.settings = settings
            self.calendar = calendar
            self.today = today
            self.language = language
        }
    }

    /// The fields of the header, the receipt's included when there is one (state, proposer,
    /// unit, reviewing unit, field and basis, receipt): the detail pane keeps their rows
    /// (`DetailHeader`).
    static let headerFields = 6

    /// Plain text, one line per element (for the command line).
    public static func text(_ inputs: Inputs) -> String {
        lines(inputs).map { $0.map(\.text).joined() }.joined(separator: "\n") + "\n"
    }

    public static func lines(_ inputs: Inputs) -> [StyledLine] {
        var attachmentsAt: Int?
        return lines(inputs, attachmentsAt: &attachmentsAt)
    }

    /// The lines, and (`attachmentsAt`) the index of the first attachment's line, for the
    /// detail pane's cursor over them.
    static func lines(_ inputs: Inputs, attachmentsAt: inout Int?) -> [StyledLine] {
        let p = inputs.proposal, org = inputs.organization, settings = inputs.settings, calendar = inputs.calendar
        let lang = inputs.language, today = inputs.today
        var out: [StyledLine] = []
        func name(_ login: String) -> String { org.officer(login).map { "\($0.name) (\(login))" } ?? login }
        func row(_ spans: Span...) { out.append(spans) }
        func field(_ label: String, _ value: String) {
            out.append([Span(label + ": ", .formLabel), Span(value.isEmpty ? "—" : value, .normal)])
        }
        func section(_ title: String) {
            out.append([])
            out.append([Span("── " + title, .paneTitle)])
        }

        row(Span(p.id + "  ", .textEmphasis), Span(p.title, .textEmphasis))
        field(DeskText.documentState[lang], p.stateLabel[lang] + " [\(p.state.rawValue)], " + DeskText.documentVersion[lang] + "\(p.version)")
        field(DeskText.documentProposer[lang], name(p.proposer) + (p.proposerIsManaging ? DeskText.documentProposerIsManaging[lang] : ""))
        field(DeskText.documentUnit[lang], org.unit(p.unitID)?.name ?? p.unitID)
        field(DeskText.documentReviewingUnit[lang], org.unit(p.reviewingUnitID)?.name ?? p.reviewingUnitID)
        field(DeskText.documentField[lang], p.dossier.field.label[lang] + " · " + p.dossier.legalBasis.label[lang])
        if let r = p.receipt { field(DeskText.documentReceipt[lang], "\(r.number), \(r.day.vietnamese)") }
        for notice in p.notices { row(Span("⚠ " + notice.text[lang], .noticeWarning)) }

        section(DeskText.sectionDeadlines[lang])
        let clocks = p.clocks(calendar: calendar, settings: settings)
        if clocks.isEmpty { row(Span(DeskText.clockNotStarted[lang], .textMuted)) }
        for c in clocks {
            let mark: String, role: StyleRole
            if let onTime = c.onTime {
                mark = (onTime ? DeskText.clockOnTime[lang] : DeskText.clockLate[lang]) + ", " + DeskText.clockDone[lang] + (c.done?.vietnamese ?? "")
                role = onTime ? .dueDone : .dueOverdue
            } else if p.state.isFinal || p.state == .suspended {
                mark = DeskText.clockStopped[lang]
                role = .textMuted
            } else {
                switch c.status(today: today, calendar: calendar, soonWithin: settings.dueSoonDays) {
                case .overdue: mark = DeskText.clockOverdue[lang]; role = .dueOverdue
                case .dueSoon: mark = DeskText.clockDueSoon[lang]; role = .dueSoon
                default: mark = DeskText.clockOnTrack[lang]; role = .dueOnTime
                }
            }
            row(Span("• " + c.step.label[lang] + ": ", .normal),
                Span(DeskText.clockDue[lang] + c.due.vietnamese + " (\(c.limitDays) " + DeskText.clockWorkingDaysFrom[lang] + c.start.vietnamese + ") ", .normal),
                Span(mark, role))
        }

        let d = p.dossier
        section(DeskText.sectionDossier[lang])
        let items: [(DossierItem, String)] = [
            (.necessity, d.necessity), (.bottleneck, d.bottleneck), (.content, d.content), (.scope, d.scope),
            (.implementers, d.implementers), (.feasibility, d.feasibility), (.positiveImpact, d.positiveImpact),
            (.negativeImpact, d.negativeImpact), (.expectedEffect, d.expectedEffect),
        ]
        for (item, text) in items {
            let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            field(item.label[lang], paragraphs.first ?? "")
            for more in paragraphs.dropFirst() { row(Span("  " + more)) }
        }
        field(DeskText.documentPeriod[lang], (d.startDate?.vietnamese ?? "?") + " – " + (d.endDate?.vietnamese ?? "?"))
        field(DeskText.documentResources[lang], d.resources.people + "; " + money(d.resources.fundingVND) + "; " + d.resources.equipment)
        for (i, t) in d.targets.enumerated() { field(DeskText.documentTarget[lang] + "\(i + 1)", t.description + " — " + t.measure) }
        let missing = d.missingItems(checklist: settings.checklist)
        if !missing.isEmpty && (p.state == .draft || p.state == .returned) {
            row(Span(DeskText.documentMissing[lang] + missing.map { $0.label[lang] }.joined(separator: "; "), .formError))
        }

        if !p.partyOpinions.isEmpty {
            section(DeskText.sectionPartyOpinions[lang])
            for o in p.partyOpinions {
                row(Span("• " + o.stage.label[lang] + ": ", .normal), Span(o.stance.label[lang], .textEmphasis),
                    Span(" — " + o.text + " (" + o.committee + ", " + o.day.vietnamese + ")", .normal))
            }
        }

        if !p.meetings.isEmpty {
            section(DeskText.sectionMeetings[lang])
            out += meetingLines(p, org: org, language: lang)
        }

        if !inputs.attachments.isEmpty {
            section(DeskText.sectionAttachments[lang])
            attachmentsAt = out.count
            out += attachmentLines(inputs.attachments, org: org, language: lang)
        }

        if let f = p.forwarding {
            // §7.6: the chair's own proposal went to the province; no vote of the ward.
            section(DeskText.sectionForwarding[lang])
            field(DeskText.forwardLetterNumber[lang], f.letterNumber + ", " + f.letterDay.vietnamese)
            if let o = p.provincialOutcome {
                field(DeskText.outcomeDecisionNumber[lang], o.decisionNumber + ", " + o.decisionDay.vietnamese + " — " + o.result.label[lang])
                if !o.reasons.isEmpty { field(DeskText.documentReasons[lang], o.reasons) }
            }
        } else if (p.state == .received && !p.awaitingReceipt) || !p.ballots.isEmpty || p.decision != nil {
            section(DeskText.sectionVote[lang])
            out += tallyLines(p, org: org, settings: settings, language: lang)
        }

        if let dec = p.decision, p.provincialOutcome == nil {
            section(DeskText.sectionDecision[lang])
            row(Span(dec.kind.label[lang], .textEmphasis),
                Span(": " + (dec.number.isEmpty ? "" : dec.number + ", ") + dec.day.vietnamese + ", " + name(dec.signedBy)))
            if !dec.reasons.isEmpty { field(DeskText.documentReasons[lang], dec.reasons) }
            if !dec.responsibilityStatement.isEmpty { field(DeskText.documentResponsibility[lang], dec.responsibilityStatement) }
        }
        for r in p.returns { field(DeskText.documentReturned[lang] + r.day.vietnamese, r.reasons) }
        if let o = p.outOfScope {
            section(DeskText.sectionOutOfScope[lang])
            field(o.ground.label[lang], o.reasons + " → " + o.channel)
        }
        if let w = p.withdrawal { field(DeskText.documentWithdrawn[lang], w) }
        if let g = p.resources {
            section(DeskText.sectionResources[lang])
            field(DeskText.documentFunding[lang], money(g.fundingVND))
            if !g.staff.isEmpty { field(DeskText.documentStaff[lang], g.staff) }
            if !g.equipment.isEmpty { field(DeskText.documentEquipment[lang], g.equipment) }
            if !g.reassignment.isEmpty { field(DeskText.documentReassignment[lang], g.reassignment) }
            if !g.noneNeededReason.isEmpty { field(DeskText.documentNoneNeeded[lang], g.noneNeededReason) }
        }
        if !p.progress.isEmpty || !p.directives.isEmpty {
            section(DeskText.sectionImplementation[lang])
            for n in p.progress { row(Span("• \(n.day.vietnamese) \(n.percent)% — " + n.text)) }
            for dir in p.directives { row(Span("• \(dir.day.vietnamese) "), Span(dir.kind.label[lang], .textEmphasis), Span(": " + dir.reason)) }
        }
        if let r = p.report {
            section(DeskText.sectionReport[lang])
            field(r.day.vietnamese, r.summary)
            for t in r.results { row(Span("• " + DeskText.documentTarget[lang] + "\(t.target + 1): " + (t.achieved ? "✓ " : "✗ ") + t.result)) }
        }
        if !p.memberEvaluations.isEmpty {
            // §7.3: each member's own form, in short: the outcome and the findings they deny.
            section(DeskText.sectionMemberEvaluations[lang])
            for m in p.memberEvaluations {
                let denied = m.form.findings.filter { !$0.holds }.map { $0.kind.label[lang] }
                row(Span("• " + name(m.member) + ", " + m.form.day.vietnamese + ": "), Span(m.form.outcome.label[lang], .textEmphasis),
                    Span(DeskText.memberFindings(denied)[lang]))
            }
        }
        if let e = p.evaluation {
            section(DeskText.sectionEvaluation[lang])
            field(DeskText.documentOutcome[lang], e.outcome.label[lang])
            if let participants = e.participants {
                field(DeskText.documentEvaluatedBy[lang], participants.map(name).joined(separator: ", "))
            }
            for login in e.excluded ?? [] {
                row(Span("• " + name(login) + DeskText.documentExcludedFromEvaluation[lang], .textMuted))
            }
            if e.damage { field(DeskText.documentDamage[lang], e.damageDescription + " (" + money(e.damageEstimateVND) + ")") }
            for f in e.findings {
                row(Span("• " + f.kind.label[lang] + ": " + (f.holds ? DeskText.findingHolds[lang] : DeskText.findingDoesNotHold[lang]) + " — " + f.reason))
                if let why = f.departureReason { row(Span("  " + DeskText.departureReason[lang] + ": " + why, .textMuted)) }
            }
            if e.abuseFound { row(Span(DeskText.documentAbuseFound[lang], .formError)) }
            field(DeskText.documentObjectiveCauses[lang], e.objectiveCauses)
            field(DeskText.documentSubjectiveCauses[lang], e.subjectiveCauses)
            row(Span(DeskText.documentProposedConsequence[lang], .formLabel), Span(e.consequence.label(for: org.category(of: p.proposer))[lang], .textEmphasis))
        }
        if let c = p.conclusion {
            section(DeskText.sectionConclusion[lang])
            field(c.number + ", " + c.day.vietnamese, c.text)
        }
        if !p.measures.isEmpty {
            section(DeskText.sectionMeasures[lang])
            for m in p.measures {
                row(Span("• "), Span(m.kind.label(for: org.category(of: p.proposer))[lang], .textEmphasis), Span(": " + m.decisionNumber + ", " + m.day.vietnamese + ", " + m.decidedBy + " — " + m.reason))
            }
        }

        section(DeskText.sectionTimeline[lang])
        // §7.8: the files attached, among the events by their place in the chain.
        var files = inputs.attachments.sorted { $0.seq < $1.seq }[...]
        func filesBefore(_ seq: Int64) {
            while let f = files.first, f.seq < seq { out.append(attachmentTimelineLine(f, org: org, language: lang)); files.removeFirst() }
        }
        for stored in inputs.history {
            filesBefore(stored.seq)
            let e = stored.event
            let who = name(e.actor.login) + (e.actor.onBehalfOf.map { behalf in
                // A clerk records a Party opinion from the committee's letter, never "for" it.
                if case .partyOpinion = e.change { return DeskText.fromLetterOf(behalf)[lang] }
                return DeskText.onBehalfOf(org.officer(behalf)?.name ?? behalf)[lang]
            } ?? "")
                + StandIn.timelineMark(e.actor.acting, org, lang)
                + (e.actor.played ? DeskText.playedMark[lang] : "")
            let when = String(stored.atLocal.prefix(16)).replacingOccurrences(of: "T", with: " ")
            row(Span("#\(stored.seq) " + when + " ", .textMuted), Span(e.change.label[lang], .normal),
                Span(" — " + who + (e.reason.isEmpty ? "" : ": " + String(e.reason.prefix(160)).replacingOccurrences(of: "\n", with: " ")), .textMuted))
        }
        filesBefore(.max)
        return out
    }

    /// The ballots, the recused and those still to vote, and the tally.
    public static func tallyLines(_ p: Proposal, org: Organization, settings: ProcedureSettings, language lang: Language) -> [StyledLine] {
        func name(_ login: String) -> String { org.officer(login).map { "\($0.name) (\(login))" } ?? login }
        var out: [StyledLine] = []
        let tally = p.decision?.tally ?? p.tally(in: org, settings: settings)
        for b in p.ballots {
            let by = b.recordedBy != b.member ? DeskText.recordedByClerk(b.recordedBy)[lang] : ""
            out.append([Span("• " + name(b.member) + ": "),
                        Span(b.inFavour ? DeskText.ballotYesUpper[lang] : DeskText.ballotNoUpper[lang], .textEmphasis),
                        Span((b.comment.isEmpty ? "" : " — " + b.comment) + by)])
        }
        for r in tally.recused {
            out.append([Span("• " + name(r) + DeskText.tallyRecused[lang], .textMuted)])
        }
        for n in tally.notVoted where p.decision == nil && !tally.absent.contains(n) {
            out.append([Span("• " + name(n) + DeskText.tallyNotVoted[lang], .textMuted)])
        }
        out.append([Span(tally.summary[lang] + ": "), Span(tally.verdict[lang], .textEmphasis)])
        return out
    }

    /// "75.000.000 đồng": the one formatter for money (MoneyAmount.format).
    public static func money(_ amount: Int64?) -> String {
        guard let amount else { return "—" }
        return MoneyAmount.format(amount)
    }
}
