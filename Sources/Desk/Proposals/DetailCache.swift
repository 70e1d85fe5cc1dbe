import Foundation
import Ledger
import Procedure
import Terminal

/// The last few proposals the Desk showed or read ahead, laid out and wrapped: moving back
/// and forth in the inbox reads nothing while a proposal's version is unchanged. Emptied when the database
/// changes (any officer) or the language changes.
struct DetailCache: Sendable {
    struct Key: Hashable, Sendable {
        var id: String
        var version: Int
        var officer: String
        var language: Language
        var today: Day
    }

    struct Entry: Sendable {
        var proposal: Proposal
        var history: [StoredEvent]
        var detailLines: [StyledLine]
        var reviewLines: [StyledLine]
        var attachments: [AttachmentRecord] = []
        var attachmentsAt: Int?
        /// The documents as last wrapped (width -1: not yet), so that coming back to a
        /// proposal wraps nothing again.
        var detailWrapped = DetailState.Wrapped()
        var attachmentRows: [Range<Int>] = []
        var reviewWrapped = DetailState.Wrapped()
        /// The rows in view at the top of each document, for a proposal read ahead.
        var detailWindow = PreparedWindow()
        var reviewWindow = PreparedWindow()
    }

    static let capacity = 64
    private var entries: [Key: Entry] = [:]
    private var order: [Key] = []

    subscript(key: Key) -> Entry? {
        get { entries[key] }
        set {
            if entries[key] == nil { order.append(key) }
            entries[key] = newValue
            while order.count > Self.capacity {
                entries[order.removeFirst()] = nil
            }
        }
    }

    mutating func removeAll() {
        entries.removeAll()
        order.removeAll()
    }
}
