import Procedure
import Terminal

/// The rows and detail documents of the "Kiểm tra, vướng mắc" board.
extension OversightBoard {
    /// The list's rows: a mark (overdue "!", open "~", done "✓": never colour alone) and the text.
    func rows(_ desk: DeskState) -> [(mark: String, markRole: StyleRole, text: String)] {
        let lang = desk.language
        let today = desk.today
        switch view {
        case .inspections:
            return inspections(desk).map { i in
                let overdue = i.overdue(today: today).count
                let open = i.recommendations.filter { !$0.status.isClosed }.count
                return (overdue > 0 ? "!" : open > 0 ? "~" : "✓", overdue > 0 ? .dueOverdue : open > 0 ? .dueSoon : .dueDone,
                        i.id + "  " + i.day.vietnamese + "  " + DisplayWidth.pad(i.unitID, to: 8) + " "
                        + DeskText.openRecommendations(open, i.recommendations.count)[lang]
                        + (overdue > 0 ? DeskText.overdueCount(overdue)[lang] : ""))
            }
        case .difficulties:
            return difficulties(desk).map { d in
                let overdue = d.isOverdue(today: today)
                return (overdue ? "!" : d.status.isClosed ? "✓" : "~", overdue ? .dueOverdue : d.status.isClosed ? .dueDone : .dueSoon,
                        d.id + "  " + d.filedOn.vietnamese + "  " + DisplayWidth.pad(d.unitID, to: 8) + " " + DeskText.shortLabel(d.status)[lang]
                        + (d.escalation.map { DeskText.dueComma[lang] + $0.due.vietnamese } ?? ""))
            }
        }
    }

    static func inspectionLines(_ i: Inspection, _ desk: DeskState) -> [StyledLine] {
        let lang = desk.language
        let org = desk.organization
        let today = desk.today
        var lines: [StyledLine] = [
            [Span(i.id, .textEmphasis), Span(" — " + (org.unit(i.unitID)?.name ?? i.unitID) + " — " + i.day.vietnamese)],
            [Span(DeskText.recordedBy[lang] + (org.officer(i.recordedBy)?.name ?? i.recordedBy), .textMuted)],
            [Span(DeskText.scope[lang], .formLabel), Span(i.scope)],
            [Span(DeskText.findings[lang], .formLabel), Span(i.findings)],
        ]
        for r in i.recommendations {
            let overdue = r.isOverdue(today: today)
            lines.append([])
            lines.append([Span(DeskText.recommendation(r.number)[lang], .formLabel), Span(r.text)])
            lines.append([Span("  " + DeskText.due[lang] + r.due.vietnamese + " · " + r.status.label[lang],
                               r.status.isClosed ? .dueDone : overdue ? .dueOverdue : .normal),
                          Span(overdue ? DeskText.overdueBy(r.due.days(until: today))[lang] : "", .dueOverdue)])
            for f in r.followUps {
                lines.append([Span("  " + f.day.vietnamese + " " + (org.officer(f.by)?.name ?? f.by) + ": " + f.status.label[lang] + " — " + f.note,
                                   .textMuted)])
            }
        }
        return lines
    }

    static func difficultyLines(_ d: DifficultyReport, _ desk: DeskState) -> [StyledLine] {
        let lang = desk.language
        let org = desk.organization
        let today = desk.today
        let name = { (login: String) in org.officer(login)?.name ?? login }
        var lines: [StyledLine] = [
            [Span(d.id, .textEmphasis), Span(" — " + (org.unit(d.unitID)?.name ?? d.unitID) + " — " + d.filedOn.vietnamese)],
            [Span(DeskText.category[lang] + d.category.label[lang] + " · " + DeskText.filedBy[lang] + name(d.filedBy), .textMuted)],
            [Span(DeskText.status[lang] + d.status.label[lang], d.isOverdue(today: today) ? .dueOverdue : d.status.isClosed ? .dueDone : .normal),
             Span(d.isOverdue(today: today) ? DeskText.overdueBang[lang] : "", .dueOverdue)],
            [],
            [Span(d.text)],
        ]
        if let a = d.answer {
            lines += [[], [Span(DeskText.officeAnswered(a.day, name(a.by))[lang], .formLabel)], [Span(a.text)]]
        }
        if let e = d.escalation {
            lines += [[], [Span(DeskText.escalatedOn(e.day, due: e.due)[lang], .formLabel)], [Span(e.note)]]
        }
        if let s = d.resolution {
            lines += [[], [Span(DeskText.committeeAnswered(s.day, name(s.by))[lang], .formLabel)], [Span(s.text)]]
        }
        return lines
    }
}
