import Foundation
import Ledger
import Procedure

/// The text of one officer's reminder: what `remind` prints, what `remind --mail` sends
/// and what greets an officer opening the Desk over SSH. Impersonal Vietnamese, dates
/// dd/mm/yyyy (GLOSSARY.md); English with --lang en. Every text from the record passes
/// through `Text.plain` (one line, no control character) before it is placed here.
enum ReminderDigest {
    static func heading(_ r: Reminder, today: Day, lang: Language) -> String {
        let who = "\(Text.plain(r.name)) (\(Text.plain(r.login)))"
        return CLIText.workWaitingProposalS(who, today.vietnamese, r.count)[lang]
    }

    static func subject(_ r: Reminder, today: Day, lang: Language) -> String {
        var parts: [String] = []
        if !r.overdue.isEmpty { parts.append(CLIText.overdueCountPhrase(r.overdue.count)[lang]) }
        if !r.dueSoon.isEmpty { parts.append(CLIText.dueSoonCountPhrase(r.dueSoon.count)[lang]) }
        parts.append(CLIText.proposalS(r.count)[lang])
        return (CLIText.dexuatWorkWaiting(today.vietnamese)[lang])
            + parts.joined(separator: ", ")
    }

    /// The sections, each with its proposals, one line each.
    static func body(_ r: Reminder, today: Day, lang: Language) -> String {
        var lines = [heading(r, today: today, lang: lang)]
        if r.isEmpty {
            lines.append(CLIText.nothingWaiting[lang])
        }
        let sections: [(Localized, [ProposalSummary])] = [
            (CLIText.overdueHeading, r.overdue),
            (CLIText.dueSoonHeading, r.dueSoon),
            (CLIText.waiting, r.other),
        ]
        for (title, items) in sections where !items.isEmpty {
            lines.append("")
            lines.append("\(title[lang]) (\(items.count)):")
            for item in items { lines.append("  " + line(item, lang: lang)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func line(_ p: ProposalSummary, lang: Language) -> String {
        let due = p.nextDue.map { CLIText.dueDateSuffix($0.vietnamese)[lang] } ?? ""
        return "\(Text.plain(p.id))  \(Text.plain(p.title)) — \(p.stateLabel[lang])\(due)"
    }

    /// The few lines shown before the Desk opens over SSH: counts only (the Desk lists
    /// the proposals under "Việc chờ tôi"), nothing when nothing waits.
    static func greeting(_ r: Reminder, today: Day, lang: Language) -> String? {
        guard !r.isEmpty else { return nil }
        var lines = [heading(r, today: today, lang: lang)]
        if !r.overdue.isEmpty { lines.append(CLIText.overdueCountLine(r.overdue.count)[lang]) }
        if !r.dueSoon.isEmpty { lines.append(CLIText.dueSoonCountLine(r.dueSoon.count)[lang]) }
        return lines.joined(separator: "\n")
    }
}

extension Text {
    /// Text from the record made safe for one line of a message or a terminal.
    /// Controls, line breaks, bidi controls and U+2028/9 become a space, runs of spaces
    /// one space: a name or a title can never start a new line, let alone a header.
    static func plain(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastSpace = false
        for scalar in text.unicodeScalars {
            let bad = scalar == "\n" || scalar == "\t" || SafeOutput.needsReplacement(scalar)
            let space = bad || scalar == " "
            if space {
                if !lastSpace { out.append(" ") }
            } else {
                out.append(scalar)
            }
            lastSpace = space
        }
        return String(out).trimmingCharacters(in: .whitespaces)
    }
}
