import Foundation
import Procedure

/// Vietnamese-aware search text. SQLite's unicode61 tokenizer removes tone and vowel
/// marks but keeps `đ` (it has no decomposition), so we fold `đ/Đ → d` ourselves, on the
/// indexed text and on the query alike: `de xuat` finds "Đề xuất", `duong` finds "đường".
public enum SearchText {
    /// Lower case, NFC, đ → d; accents are kept (the tokenizer drops them), so the stored
    /// text can still tell "đường" from "dương" when a query is typed with accents.
    public static func fold(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            out.unicodeScalars.append(scalar == "đ" ? "d" : scalar)
        }
        return out
    }

    /// The words of a query, folded: letters and digits only, so nothing the user types
    /// can become FTS5 syntax.
    public static func terms(_ query: String) -> [String] {
        fold(query).split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { !$0.isEmpty }.prefix(12).map { $0 }
    }

    /// An FTS5 MATCH expression: every term quoted (a quote inside doubled) with a prefix
    /// star, joined by AND. Nil when the query has no word at all.
    public static func matchExpression(_ query: String) -> String? {
        let terms = terms(query)
        guard !terms.isEmpty else { return nil }
        return terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }.joined(separator: " AND ")
    }

    /// Whether the query carries Vietnamese marks (then exact matches rank first).
    public static func hasMarks(_ query: String) -> Bool {
        let folded = fold(query)
        return folded.decomposedStringWithCanonicalMapping.unicodeScalars.contains { (0x0300...0x036F).contains($0.value) }
    }

    /// Whether every accented term occurs, accents and all, in the folded text.
    static func exactlyContains(_ foldedText: String, terms: [String]) -> Bool {
        terms.allSatisfy { foldedText.contains($0) }
    }

    /// The indexed columns of a proposal.
    static func document(_ proposal: Proposal, proposerName: String) -> (title: String, body: String, people: String) {
        let d = proposal.dossier
        let body = [d.necessity, d.bottleneck, d.content, d.scope, d.implementers, d.feasibility,
                    d.positiveImpact, d.negativeImpact, d.expectedEffect]
            + d.targets.flatMap { [$0.description, $0.measure] }
        return (fold(d.title), fold(body.joined(separator: "\n")), fold(proposerName + " " + proposal.proposer))
    }
}
