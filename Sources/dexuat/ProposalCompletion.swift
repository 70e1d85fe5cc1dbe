import Foundation
import Ledger
import Procedure

/// Completes a proposal id (`dexuat show 2026-0<TAB>`) from the database, for the bash,
/// zsh and fish scripts of `--generate-completion-script`. The shell runs it on every TAB,
/// so it opens the database read-only, reads one page of ids, and on any error (no
/// database, no permission, a corrupt file) offers nothing and prints nothing.
enum ProposalCompletion {
    /// At most this many ids are offered (the newest first).
    static let limit = 500

    /// The `.custom` completion: `words` is the command line as the shell split it,
    /// `index` the word being completed, `prefix` what is typed of it.
    @Sendable static func ids(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        let path = databasePath(words: words, environment: ProcessInfo.processInfo.environment)
        guard FileManager.default.isReadableFile(atPath: path),
              let ledger = try? Ledger.open(path: path, readOnly: true) else { return [] }
        var query = ProposalQuery()
        query.limit = limit
        guard let found = try? ledger.list(query) else { return [] }
        return found.map(\.id).filter { $0.hasPrefix(prefix) }
    }

    /// The database the completed command will use: its `--db` (as `--db X` or
    /// `--db=X`), else the same default as every command (GlobalOptions.databasePath).
    static func databasePath(words: [String], environment: [String: String]) -> String {
        for (offset, word) in words.enumerated() {
            if word == "--db", offset + 1 < words.count { return words[offset + 1] }
            if word.hasPrefix("--db=") { return String(word.dropFirst(5)) }
        }
        return GlobalOptions.defaultDatabasePath(environment: environment)
    }
}
