import Foundation

/// The action menu as a screen shows it: each allowed line is "KEY  Label", the key fixed
/// per action (a digit or a letter, `M` and `D` upper case); greyed lines carry " — " and Procedure's reason.
enum MenuKey {
    /// The key shown before the allowed line whose label starts with `text`.
    static func of(_ text: String, in screen: String) -> String? {
        let pattern = "([0-9a-zA-Z])  " + NSRegularExpression.escapedPattern(for: text)
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        for line in screen.split(separator: "\n").map(String.init) where line.contains(text) {
            let range = NSRange(line.startIndex..., in: line)
            guard let match = regex.firstMatch(in: line, range: range), let key = Range(match.range(at: 1), in: line) else { continue }
            // A greyed line says why after its label.
            let rest = line[key.upperBound...]
            if rest.contains(" — ") { continue }
            return String(line[key])
        }
        return nil
    }
}
