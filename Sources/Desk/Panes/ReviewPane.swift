import Foundation
import Ledger
import Procedure
import Terminal

/// The review pane: each member's checklist against the conditions of art. 5(1) and 4(2),
/// their ballot, the recused, the Party opinions, and what is the officer's to do.
enum ReviewPane {
    static func lines(_ p: Proposal, officer: String, language lang: Language, organization org: Organization,
                      settings: ProcedureSettings) -> [StyledLine] {
        let vi = lang == .vi
        let template = settings.checklist
        var out: [StyledLine] = []
        out.append([Span(vi ? "Phiếu rà soát điều kiện (NĐ 73/2023, Điều 5 khoản 1 và Điều 4 khoản 2)" : "Review checklist (Decree 73, art. 5(1) and 4(2))", .paneTitle)])
        let members = org.collective(of: p.reviewingUnitID)
        if members.isEmpty {
            out.append([Span(vi ? "Đơn vị xem xét chưa có tập thể lãnh đạo." : "The reviewing unit has no leadership collective.", .formError)])
        }
        let ids = template.items.map(\.id)
        let header = DisplayWidth.pad(vi ? "Thành viên" : "Member", to: 24) + " "
            + ids.indices.map { DisplayWidth.pad("\($0 + 1)", to: 2) }.joined(separator: " ") + "  " + (vi ? "Biểu quyết" : "Ballot")
        out.append([Span(header, .listHeader)])
        for member in members {
            let name = DisplayWidth.pad(DisplayWidth.truncate(member.name.visible, to: 24), to: 24) + " "
            if member.login == p.proposer {
                out.append([Span(name, .normal), Span(vi ? "không tham gia (là người đề xuất)" : "recused (the proposer)", .textMuted)])
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
                spans.append(Span(" " + (ballot.inFavour ? (vi ? "Đồng ý" : "Yes") : (vi ? "Không đồng ý" : "No")), .textEmphasis))
            } else {
                spans.append(Span(" " + (vi ? "chưa" : "not yet"), .textMuted))
            }
            out.append(spans)
        }
        out.append([Span(vi ? "✓ đáp ứng · ✗ không đáp ứng · ? chưa rõ · · chưa điền" : "✓ met · ✗ not met · ? unclear · · not filled", .textMuted)])
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
                out.append([Span(stage.label[lang] + ": ", .formLabel), Span(vi ? "chưa có" : "not yet", .textMuted)])
            }
        }
        if Ledger.hasStepFor(officer, on: p, org: org, settings: settings) {
            out.append([])
            out.append([Span(vi ? "Có việc chờ bạn: nhấn a để xem các thao tác." : "A step is waiting on you: press a for the actions.", .noticeInfo)])
        }
        return out
    }

    /// `lines`: the document already wrapped to the pane's inner width.
    static func draw(_ state: DeskState, lines: [StyledLine], loading: Bool, in rect: Rect, focused: Bool, into buffer: inout ScreenBuffer) {
        let empty = loading ? DeskText.loading : DeskText.noProposalSelectedShort
        Draw.document(lines, title: Pane.review.title[state.language], empty: state.detail.proposal == nil || loading ? empty[state.language] : nil,
                      scroll: state.detail.reviewScroll, in: rect, focused: focused, alreadyWrapped: true, into: &buffer)
    }
}
