import Foundation
import Ledger
import Procedure
import Terminal

/// The review pane: each member's checklist against the conditions of art. 5(1) and 4(2),
/// their ballot, the recused, the Party opinions, and what is the officer's to do.
enum ReviewPane {
    static func lines(_ p: Proposal, officer: String, language lang: Language, organization org: Organization,
                      settings: ProcedureSettings) -> [StyledLine] {
        let template = settings.checklist
        var out: [StyledLine] = []
        out.append([Span(DeskText.reviewChecklistTitle[lang], .paneTitle)])
        let members = p.listedMembers(in: org)
        if members.isEmpty {
            out.append([Span(DeskText.reviewNoCollective[lang], .formError)])
        }
        let ids = template.items.map(\.id)
        let header = DisplayWidth.pad(DeskText.reviewMemberColumn[lang], to: 24) + " "
            + ids.indices.map { DisplayWidth.pad("\($0 + 1)", to: 2) }.joined(separator: " ") + "  " + DeskText.reviewBallotColumn[lang]
        out.append([Span(header, .listHeader)])
        for member in members {
            let name = DisplayWidth.pad(DisplayWidth.truncate(member.name.visible, to: 24), to: 24) + " "
            if member.login == p.proposer {
                out.append([Span(name, .normal), Span(DeskText.reviewRecused[lang], .textMuted)])
                continue
            }
            let answers = p.checklists[member.login] ?? []
            var spans: StyledLine = [Span(name, member.login == officer ? .textEmphasis : .normal)]
            for id in ids {
                let verdict = answers.last { $0.itemID == id }?.verdict
                let (symbol, role): (String, StyleRole) = switch verdict {
                case .met: ("✓", .dueDone)
                case .notMet: ("✗", .dueOverdue)
                case .unclear: ("?", .dueSoon)
                case nil: ("·", .textMuted)
                }
                spans.append(Span(DisplayWidth.pad(symbol, to: 2) + " ", role))
            }
            if let ballot = p.ballots.first(where: { $0.member == member.login }) {
                spans.append(Span(" " + (ballot.inFavour ? DeskText.ballotYes[lang] : DeskText.ballotNo[lang]), .textEmphasis))
            } else {
                spans.append(Span(" " + DeskText.reviewNotYet[lang], .textMuted))
            }
            out.append(spans)
        }
        out.append([Span(DeskText.reviewLegend[lang], .textMuted)])
        // The table keeps the rows of the ward's largest collective, so the conditions
        // under it stay in place from one proposal to the next and the terminal is sent
        // nothing for them (issue 16).
        let largest = org.units.keys.map { org.collective(of: $0).count }.max() ?? 0
        out += Array(repeating: [], count: max(0, largest - max(members.count, 1)))
        out.append([])
        for (index, item) in template.items.enumerated() {
            out.append([Span("\(index + 1). ", .formLabel), Span(item.text[lang]), Span(" (" + item.source + ")", .textMuted)])
        }
        out.append([])
        out += ProposalDocument.tallyLines(p, org: org, settings: settings, language: lang)
        out.append([])
        for stage in PartyOpinionStage.allCases {
            if let opinion = p.partyOpinion(stage) {
                out.append([Span(stage.label[lang] + ": ", .formLabel), Span(opinion.stance.label[lang], .textEmphasis)])
            } else {
                out.append([Span(stage.label[lang] + ": ", .formLabel), Span(DeskText.opinionNotYet[lang], .textMuted)])
            }
        }
        if Ledger.hasStepFor(officer, on: p, org: org, settings: settings) {
            out.append([])
            out.append([Span(DeskText.reviewStepWaiting[lang], .noticeInfo)])
        }
        return out
    }

    /// `lines`: the document already wrapped to the pane's inner width.
    static func draw(_ state: DeskState, lines: [StyledLine], loading: Bool, in rect: Rect, focused: Bool, into buffer: inout ScreenBuffer) {
        let empty = loading ? DeskText.loading : DeskText.noProposalSelectedShort
        Draw.document(lines, title: Pane.review.title[state.language], empty: state.detail.proposal == nil || loading ? empty[state.language] : nil,
                      scroll: state.detail.reviewScroll, in: rect, focused: focused, alreadyWrapped: true,
                      window: state.detail.reviewWindow, into: &buffer)
    }
}
