import Procedure
import Terminal

/// The documents of the "Văn bản, quán triệt" board, as styled lines.
extension DisseminationBoard {
    /// The selected text: its number, who issued it, whether the officer acknowledged it,
    /// how many did, and its summary.
    func textLines(_ desk: DeskState) -> [StyledLine] {
        guard let text = selectedText else { return [] }
        let lang = desk.language
        var lines: [StyledLine] = [
            [Span(text.number, .textEmphasis), Span(" — " + text.title)],
            [Span(DeskText.issued[lang] + text.issuedOn.vietnamese + " · " + text.issuer, .textMuted)],
        ]
        if let ack = records.acknowledgements[OversightRecords.key(desk.officer, text.id)] {
            lines.append([Span("✓ " + DeskText.youAcknowledged(ack.statement, ack.day)[lang], .dueDone)])
        } else if text.required {
            lines.append([Span(DeskText.notYetAcknowledged[lang], .noticeWarning)])
        }
        if let line = coverage?.texts.first(where: { $0.textID == text.id }) {
            lines.append([Span(DeskText.acknowledgedBy(line.acknowledged, line.officers, line.percent)[lang])])
        }
        lines.append([])
        let summary = text.summary[lang].isEmpty ? text.summary.vi : text.summary[lang]
        lines += summary.split(separator: "\n", omittingEmptySubsequences: false).map { [Span(String($0))] }
        return lines
    }

    /// "██████░░░░ 60%": a bar with its number, so it is never read from colour or length alone.
    static func bar(_ percent: Int, width: Int) -> String {
        let filled = max(0, min(width, percent * width / 100))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    static func role(_ percent: Int) -> StyleRole {
        percent == 100 ? .dueDone : percent < 50 ? .dueOverdue : .dueSoon
    }

    func coverageLines(_ c: Coverage, width: Int, _ lang: Language) -> [StyledLine] {
        let barWidth = width >= 100 ? 30 : 16
        var lines: [StyledLine] = [
            [Span(DeskText.overall[lang], .textEmphasis), Span("\(c.percent)% (\(c.acknowledged)/\(c.expected))")],
            [Span(DeskText.coverageRule[lang], .textMuted)],
            [],
            [Span(DeskText.byUnit[lang], .listHeader)],
        ]
        for u in c.units {
            lines.append([Span(DisplayWidth.pad(u.unitID, to: 9)), Span(Self.bar(u.percent, width: barWidth), Self.role(u.percent)),
                          Span(" " + DisplayWidth.pad("\(u.percent)%", to: 5) + "\(u.complete)/\(u.officers) " + DeskText.unitComplete[lang])])
        }
        lines += [[], [Span(DeskText.byText[lang], .listHeader)]]
        for t in c.texts {
            lines.append([Span(DisplayWidth.pad(t.number, to: 16)), Span(Self.bar(t.percent, width: barWidth), Self.role(t.percent)),
                          Span(" " + DisplayWidth.pad("\(t.percent)%", to: 5) + "\(t.acknowledged)/\(t.officers), " + DeskText.briefed(t.briefed)[lang])])
        }
        let numbers = Dictionary(records.library.map { ($0.id, $0.number) }, uniquingKeysWith: { first, _ in first })
        lines += [[], [Span(DeskText.stillMissing(c.missing.count)[lang], .listHeader)]]
        if c.missing.isEmpty { lines.append([Span(DeskText.noOneMissing[lang], .textMuted)]) }
        for m in c.missing {
            lines.append([Span(DisplayWidth.pad(m.unitID, to: 9)), Span(m.name, .textEmphasis),
                          Span(m.briefed ? DeskText.briefedMark[lang] : "", .textMuted),
                          Span(": " + m.textIDs.map { numbers[$0] ?? $0 }.joined(separator: ", "))])
        }
        return lines
    }

    func briefingLines(_ desk: DeskState) -> [StyledLine] {
        let lang = desk.language
        let org = desk.organization
        let numbers = Dictionary(records.library.map { ($0.id, $0.number) }, uniquingKeysWith: { first, _ in first })
        let briefings = records.briefings.values.sorted { ($0.day, $0.id) > ($1.day, $1.id) }
        if briefings.isEmpty { return [[Span(DeskText.noBriefings[lang], .textMuted)]] }
        var lines: [StyledLine] = []
        for b in briefings {
            lines.append([Span(b.id, .textEmphasis), Span("  " + b.day.vietnamese + "  " + (org.unit(b.unitID)?.name ?? b.unitID)),
                          Span("  \(b.attendees.count) " + DeskText.attended[lang], .textMuted)])
            lines.append([Span("  " + DeskText.presenter[lang] + b.presenter)])
            lines.append([Span("  " + DeskText.texts[lang] + b.textIDs.map { numbers[$0] ?? $0 }.joined(separator: ", "))])
            lines.append([])
        }
        return lines
    }
}
