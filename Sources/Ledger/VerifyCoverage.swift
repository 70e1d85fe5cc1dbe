/// How `verify` covers each table of the schema and each key of `meta` (PROCEDURE.md §5:
/// everything under the chain). A test enumerates `sqlite_master` and `meta` of a fresh
/// database after every migration and fails on anything not listed here, so a table or
/// key added later is refused until someone has said how verify covers it.
public enum VerifyCoverage {
    public enum How: Sendable, Hashable {
        /// The hash chain itself: every row's hash and link recomputed.
        case chain
        /// Rebuilt from the events and compared row by row with the table, by the function
        /// named.
        case replayed(by: String)
        /// Computed from other tables (an index or a count) and recomputed by the function
        /// named.
        case derived(checkedBy: String)
        /// The full-text search index (FTS5 and its shadow tables): each proposal's row is
        /// recomputed from the replayed proposal and compared by the function named; the
        /// index structure is checked by FTS5's integrity-check (backup, restore).
        case searchIndex(checkedBy: String)
        /// The key/value table, checked key by key (``metaKeys``).
        case keyByKey
        /// Migration bookkeeping of GRDB: not part of the record; an unknown entry is
        /// refused at open.
        case schemaBookkeeping
    }

    /// Every table and virtual table of a database after all migrations.
    public static let tables: [String: How] = [
        "event_log": .chain,
        "proposal": .replayed(by: "Ledger.verify (Proposal.replay against the unpacked body, columnsAgree, dueAgrees under the calendar and settings the events give)"),
        "unit": .replayed(by: "Ledger.verifyAdministration"),
        "officer": .replayed(by: "Ledger.verifyAdministration"),
        "role_grant": .replayed(by: "Ledger.verifyAdministration"),
        "calendar_adjustment": .replayed(by: "Ledger.verifyAdministration"),
        "officer_email": .replayed(by: "Ledger.verifyAdministration"),
        "legal_text": .replayed(by: "Ledger.verifyOversight"),
        "briefing": .replayed(by: "Ledger.verifyOversight"),
        "acknowledgement": .replayed(by: "Ledger.verifyOversight"),
        "inspection": .replayed(by: "Ledger.verifyOversight"),
        "difficulty": .replayed(by: "Ledger.verifyOversight"),
        "conflict_declaration": .replayed(by: "Ledger.verifyConflicts"),
        "delegation": .replayed(by: "Ledger.verifyDelegations"),
        "appointment": .replayed(by: "Ledger.verifyDelegations"),
        "attachment": .replayed(by: "Ledger.verifyAttachments"),
        "attachment_blob": .derived(checkedBy: "Ledger.verifyAttachments (every content rehashed, chunk by chunk, against its key and the attachment_added events)"),
        "act_number": .replayed(by: "Ledger.verifyActNumbers"),
        "document_number": .replayed(by: "Ledger.verifyDocumentRegister (dexuat verify)"),
        "proposal_count": .derived(checkedBy: "Ledger.countDisagreements"),
        "receipt_count": .derived(checkedBy: "Ledger.countDisagreements (in verify when every proposal agrees)"),
        "proposal_fact": .derived(checkedBy: "Ledger.factDisagreements"),
        "period_count": .derived(checkedBy: "Ledger.countDisagreements (keys period:…, recounted from proposal_fact)"),
        "proposal_search": .searchIndex(checkedBy: "Ledger.expectedSearchRow (each row's word counts against its proposal's text, tokenised alike), Ledger.searchIndexDisagreements (each row's postings, word, column and position, against that text) and orphanSearchRows (verify), Ledger.checkSearchIndex (backup, restore)"),
        "proposal_search_data": .searchIndex(checkedBy: "Ledger.checkSearchIndex"),
        "proposal_search_idx": .searchIndex(checkedBy: "Ledger.checkSearchIndex"),
        "proposal_search_people": .searchIndex(checkedBy: "Ledger.expectedSearchRow (the login at the end of the names; the row's word counts made from them) and orphanSearchRows (verify)"),
        "proposal_search_docsize": .searchIndex(checkedBy: "Ledger.expectedSearchRow and orphanSearchRows (verify), Ledger.checkSearchIndex"),
        "proposal_search_config": .searchIndex(checkedBy: "Ledger.checkSearchIndex"),
        "meta": .keyByKey,
        "grdb_migrations": .schemaBookkeeping,
    ]

    /// Every view, and what it shows; a test fails on a view not listed.
    public static let views: [String: String] = [
        "event": "event_log as the old table stored it (v7-event-packing): reason and payload unpacked by dexuat_unpack, the hashes as hex, prev_hash and at_local derived; verify's hash pass reads event_log and checks the same bytes",
        "proposal_body": "each proposal's body as JSON text (v8-body-packing), unpacked by dexuat_body against its created event; verify unpacks proposal's columns itself (Ledger.storedBody) and compares the JSON with the replay",
    ]

    /// Every key of `meta`, and how verify checks it; any other key is reported.
    public static let metaKeys: [String: String] = [
        "demo": "equals the demo flag of the chain's first event (database_created)",
        "created_at": "equals the time of the chain's first event",
        "schema": "the schema the file was made with (not in the chain, never read): must name an applied migration",
        "settings": "equals the settings of the last settings_changed event (absent when there is none)",
    ]
}
