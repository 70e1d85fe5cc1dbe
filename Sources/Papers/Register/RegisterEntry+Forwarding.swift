import Procedure

extension RegisterEntry {
    /// §7.6: the forwarding letter and the province's decision, as lines of the register's
    /// decisions column. The province's decision stands in place of a ward decision.
    static func forwardingLines(_ p: Proposal, _ lang: Language) -> [String] {
        var lines: [String] = []
        if let f = p.forwarding {
            lines.append(PapersText.forwardedByLetter(f.letterNumber, f.letterDay.vietnamese)[lang])
        }
        if let o = p.provincialOutcome {
            var text = PapersText.provincialDecision(o.result.label, o.decisionNumber, o.decisionDay.vietnamese,
                                                     o.recordedOn.vietnamese)[lang]
            if !TextInput.isBlank(o.reasons) { text += PapersText.reasons[lang] + o.reasons }
            lines.append(text)
        }
        return lines
    }
}
