import Procedure
import Terminal

/// §7.1: the collective's meetings in the proposal's detail: day, chair, the members
/// convened (frozen at opening), and each one's attendance.
extension ProposalDocument {
    public static func meetingLines(_ p: Proposal, org: Organization, language lang: Language) -> [StyledLine] {
        func name(_ login: String) -> String { org.officer(login).map { "\($0.name) (\(login))" } ?? login }
        var out: [StyledLine] = []
        for m in p.meetings {
            out.append([Span(m.stage.label[lang], .textEmphasis), Span(": " + m.day.vietnamese + " — " + DeskText.meetingChair[lang] + ": " + name(m.chair))])
            if !m.attendanceRecorded {
                out.append([Span(DeskText.meetingConvened[lang] + ": ", .formLabel), Span(m.convened.map(name).joined(separator: ", "))])
                out.append([Span("• " + DeskText.attendanceNotRecorded[lang], .textMuted)])
            } else {
                for a in m.attendance {
                    if a.present {
                        out.append([Span("• " + name(a.member) + ": "), Span(DeskText.attendancePresent[lang], .textEmphasis)])
                    } else {
                        out.append([Span("• " + name(a.member) + ": "), Span(DeskText.attendanceAbsent[lang], .textEmphasis),
                                    Span(" — " + a.reason)])
                    }
                }
                out.append([Span(DeskText.attendanceCount(m.present?.count ?? 0, m.convened.count)[lang], .textMuted)])
            }
            for r in m.recused { out.append([Span("• " + name(r) + " — " + DeskText.meetingRecused[lang], .textMuted)]) }
        }
        return out
    }
}
