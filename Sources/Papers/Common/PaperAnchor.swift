import Foundation
import Ledger
import Procedure

/// The chain anchored on paper (PROCEDURE.md §5): every official document, report and
/// register prints the checkpoint code of the chain at its issue, on one line of its own,
/// "Mã kiểm tra: 4711-7F3K-9QXA-M2CD-H8PW-6RT5", so that a signed copy holds a code a
/// later rewrite of the file cannot match (`dexuat verify --against`).
public enum PaperAnchor {
    /// "Mã kiểm tra" (GLOSSARY: `checkpoint`); "Checkpoint" in English.
    public static func label(_ language: Language) -> String {
        PapersText.checkpointLabel[language]
    }

    /// The line printed on paper: "Mã kiểm tra: CODE".
    public static func line(_ checkpoint: ChainCheckpoint, _ language: Language = .vi) -> String {
        label(language) + ": " + checkpoint.code
    }

    /// How our pages put the line: alone (Markdown, the register's CSV, `dexuat checkpoint`),
    /// in a paragraph of its own (HTML), or as the report's `checkpoint` record (CSV).
    static let linePrefixes = ["<p class=\"checkpoint\">", "report,checkpoint,"]

    /// The code written after a label that starts `line` ("Mã kiểm tra: CODE", any case, in
    /// either language, after one of our own prefixes), as the text found there: nil when
    /// the line does not start so. Stored text can neither start a line of a page (every
    /// writer folds its line breaks) nor carry a label to the start of one, so a title that
    /// holds "Mã kiểm tra: …" is not read as a code.
    public static func labelled(in line: String) -> String? {
        var rest = Substring(line).drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
        if let prefix = linePrefixes.first(where: { rest.hasPrefix($0) }) { rest = rest.dropFirst(prefix.count) }
        for language in [Language.vi, .en] {
            let label = self.label(language) + ":"
            guard rest.prefix(label.count).compare(label, options: .caseInsensitive) == .orderedSame else { continue }
            let code = rest.dropFirst(label.count).drop { $0 == " " || $0 == "\t" }
            return String(code.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        }
        return nil
    }

    /// One entry of a list of codes, with the line it came from (1-based).
    public struct Entry: Sendable, Hashable {
        public var line: Int
        /// The code as written, for messages.
        public var text: String
        /// Nil when the text is not a valid code (wrong format, or a character copied wrong).
        public var checkpoint: ChainCheckpoint?
    }

    /// The codes of a list (`verify --against-file`): one code a line, `#` comments and blank
    /// lines ignored. A printed document or report may be given as it is: when any line
    /// carries the label "Mã kiểm tra:", only those lines are read, each for the code after
    /// its label, and the rest of the page is ignored.
    public static func entries(in text: String) -> [Entry] {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        let printed = lines.enumerated().compactMap { index, line in labelled(in: line).map { (index + 1, $0) } }
        let written: [(Int, String)]
        if !printed.isEmpty {
            written = printed
        } else {
            written = lines.enumerated().compactMap { index, raw in
                let line = raw.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["\u{FEFF}"])
                return line.isEmpty || line.hasPrefix("#") ? nil : (index + 1, line)
            }
        }
        return written.map { Entry(line: $0.0, text: $0.1, checkpoint: ChainCheckpoint(code: $0.1)) }
    }
}
