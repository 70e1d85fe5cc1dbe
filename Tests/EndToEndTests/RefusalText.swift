import Procedure

/// Issue 17: a refusal on the command line is a Vietnamese sentence with its basis; the
/// rule's id is for `--json` and logs, not for the sentence. A test that waits for a rule
/// finds the rule's own message, and no `[id]` before it.
enum RefusalText {
    static func says(_ stderr: String, _ code: String) -> Bool {
        guard !stderr.contains("[\(code)]") else { return false }
        if let rule = Rule(rawValue: code) {
            // The wrong state is worded with the state (GLOSSARY): "Chưa thực hiện được: …".
            if rule == .wrongState { return stderr.contains("Chưa thực hiện được") || stderr.contains("Not possible now") }
            return stderr.contains(rule.message[.vi]) || stderr.contains(rule.message[.en])
        }
        if let rule = OversightRule(rawValue: code) {
            return stderr.contains(rule.message[.vi]) || stderr.contains(rule.message[.en])
        }
        return false
    }
}
