import Terminal

/// The detail pane's header at a fixed height (issue 16: bytes per line move).
///
/// The header (the id and title, the fields, the notices) used to take as many rows as
/// its texts needed, so everything under it moved up or down from one proposal to the next
/// and the terminal was sent the whole pane again, though most of its wording (the labels,
/// the sections' titles, the dossier's opening) was the same. Here the title takes at
/// least `titleRows`, the fields as many rows as when the receipt is there, the notices
/// at least `noticeRows`: moving from proposal to proposal, a line whose text did not
/// change stays in place and nothing is sent for it. A longer text still shows whole (the
/// header grows); nothing is cut. `dexuat show` prints the document as it is.
enum DetailHeader {
    /// Rows the id and title take at least.
    static let titleRows = 2
    /// Rows the notices take at least (one notice of two rows, the usual one).
    static let noticeRows = 2

    /// Where the header ends in a detail document: its first empty line (the one before
    /// the first section), or 0 when there is none.
    static func end(of lines: [StyledLine]) -> Int {
        lines.firstIndex(where: \.isEmpty) ?? 0
    }

    /// The header's lines wrapped to `width`, each part padded with empty rows to its
    /// least height.
    static func wrap(_ header: ArraySlice<StyledLine>, width: Int) -> [StyledLine] {
        guard let title = header.first else { return [] }
        var out = Draw.wrap([title], width: width)
        pad(&out, to: titleRows)
        let rest = header.dropFirst()
        let fields = rest.prefix { $0.first?.role == .formLabel }
        let notices = rest.dropFirst(fields.count)
        var fieldRows = Draw.wrap(Array(fields), width: width)
        // The receipt's field is there once the proposal is received: its row is kept before.
        pad(&fieldRows, to: fieldRows.count + max(0, ProposalDocument.headerFields - fields.count))
        out += fieldRows
        var noticeRows = Draw.wrap(Array(notices), width: width)
        pad(&noticeRows, to: Self.noticeRows)
        out += noticeRows
        return out
    }

    private static func pad(_ rows: inout [StyledLine], to count: Int) {
        if rows.count < count { rows += Array(repeating: [], count: count - rows.count) }
    }
}
