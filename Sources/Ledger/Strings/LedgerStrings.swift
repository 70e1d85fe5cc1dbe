import Procedure

/// The Ledger's user-facing text, Vietnamese and English side by side: one entry per
/// message, grouped by subject in the files LedgerStrings+*.swift. Code outside Strings/
/// reads these entries and never writes an inline pair (StringCatalogueTests).
enum LedgerText {}
