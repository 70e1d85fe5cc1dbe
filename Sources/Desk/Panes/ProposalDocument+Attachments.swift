import Foundation
import Ledger
import Procedure
import Terminal

/// §7.8: the files attached to the proposal, in its detail: number, name, size, day,
/// who attached it, the step, the start of its SHA-256. Names are stored text: they are
/// drawn through the terminal sanitiser like every other (escapes become placeholders).
extension ProposalDocument {
    public static func attachmentLines(_ files: [AttachmentRecord], org: Organization, language lang: Language) -> [StyledLine] {
        files.map { f in
            let day = f.date.map { Day.inVietnam($0).vietnamese } ?? "?"
            let who = org.officer(f.attachedBy)?.name ?? f.attachedBy
            let step = f.step?.label[lang] ?? DeskText.attachmentDossier[lang]
            return [Span("\(f.number). ", .textEmphasis), Span(f.name, .textEmphasis),
                    Span("  \(AttachmentRules.sizeText(f.size))  \(day)  \(who)  [\(step)]  "),
                    Span(String(f.sha256.prefix(12)), .textMuted)]
        }
    }
}

extension ProposalDocument {
    /// §7.8: an attachment in the timeline: its event's number and time, the file's number
    /// and name, who attached it.
    static func attachmentTimelineLine(_ f: AttachmentRecord, org: Organization, language lang: Language) -> StyledLine {
        let when = String(f.attachedAtLocal.prefix(16)).replacingOccurrences(of: "T", with: " ")
        let who = org.officer(f.attachedBy).map { "\($0.name) (\(f.attachedBy))" } ?? f.attachedBy
        return [Span("#\(f.seq) " + when + " ", .textMuted), Span(DeskText.timelineAttachmentAdded[lang] + " \(f.number). " + f.name, .normal),
                Span(" — " + who, .textMuted)]
    }
}
