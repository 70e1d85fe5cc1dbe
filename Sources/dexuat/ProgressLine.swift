import Foundation

/// "…  42 %" on standard error, redrawn in place with \r and cleared at the end: shown
/// only when standard error is a terminal, so a script, a pipe, a log or a timer's
/// journal never gets it (issue 14, item 6).
final class ProgressLine {
    private let label: String
    private let enabled: Bool
    private var shown = -1

    init(_ label: String, enabled: Bool = isatty(2) == 1) {
        self.label = label
        self.enabled = enabled
    }

    /// The fraction done, 0…1; redrawn only when the whole percent changes.
    func update(_ fraction: Double) {
        guard enabled else { return }
        let percent = Int((min(1, max(0, fraction)) * 100).rounded(.down))
        guard percent != shown else { return }
        shown = percent
        FileHandle.standardError.write(Data("\r\(label)…  \(percent) %".utf8))
    }

    func update(_ done: Int, of total: Int) { update(total > 0 ? Double(done) / Double(total) : 1) }

    /// Erases the line, if one was drawn.
    func finish() {
        guard enabled, shown >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = -1
    }
}
