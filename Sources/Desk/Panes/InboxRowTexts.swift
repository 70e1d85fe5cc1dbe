import Ledger
import Procedure
import Terminal

/// Where the inbox's columns fall in a pane of a given inner width: the columns drop from
/// the right as the pane narrows (the state, then the due day), the title takes the rest.
struct InboxColumns: Equatable, Sendable {
    var width: Int
    var showDue: Bool { width >= 56 }
    var showState: Bool { width >= 84 }
    /// Columns before the title: the "›" marker, the due mark, the id and the columns shown.
    var beforeTitle: Int { 2 + 13 + (showDue ? 11 : 0) + (showState ? 17 : 0) }
    var title: Int { max(0, width - beforeTitle) }
}

/// The inbox rows' texts made visible, measured, cut and padded once per row content, pane
/// width and language, not once per frame (issue 16: measuring each row's title every
/// frame was a fifth of a key's time in a profile). The layout pass prepares the rows in
/// view; drawing only copies their cells. An entry is used only while the row's texts are
/// the ones it was made from, so a renamed proposer or a new state is never drawn stale.
struct InboxRowTexts: Sendable {
    struct Entry: Sendable {
        /// What the texts were made from.
        struct Source: Equatable, Sendable {
            var id: String
            var title: String
            var proposer: String
            var state: String
            var due: Day?
            var columns: InboxColumns

            init(_ row: ProposalSummary, columns: InboxColumns, language: Language) {
                id = row.id
                title = row.title
                proposer = row.proposerName
                state = row.stateLabel[language]
                due = row.nextDue
                self.columns = columns
            }
        }

        var source: Source
        /// The id, 12 columns and a space.
        var id: PreparedText
        /// The due day, 10 columns and a space.
        var due: PreparedText
        /// The state, 16 columns and a space.
        var state: PreparedText
        /// "title — proposer", cut to the columns left.
        var title: PreparedText

        init(_ row: ProposalSummary, columns: InboxColumns, language: Language) {
            source = Source(row, columns: columns, language: language)
            let space = PreparedText(" ")
            id = PreparedText(row.id).padded(to: 12) + space
            due = PreparedText(row.nextDue?.vietnamese ?? "—").padded(to: 10) + space
            state = PreparedText(source.state).padded(to: 16) + space
            title = PreparedText(row.title + " — " + row.proposerName).truncated(to: columns.title)
        }
    }

    /// Entries kept before starting again from empty (about 2 KB each at 200 columns).
    static let capacity = 512
    private var entries: [String: Entry] = [:]

    var count: Int { entries.count }

    /// The texts of a row, if prepared from these very texts at these columns.
    func texts(for row: ProposalSummary, columns: InboxColumns, language: Language) -> Entry? {
        guard let entry = entries[row.id], entry.source == Entry.Source(row, columns: columns, language: language) else { return nil }
        return entry
    }

    /// Prepares the rows not prepared yet (or whose texts changed).
    mutating func prepare(_ rows: ArraySlice<ProposalSummary>, columns: InboxColumns, language: Language) {
        for row in rows where texts(for: row, columns: columns, language: language) == nil {
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[row.id] = Entry(row, columns: columns, language: language)
        }
    }
}
