import Procedure

/// The papers' user-facing text, Vietnamese and English side by side: one entry per
/// message, grouped by subject in the files PapersStrings+*.swift. Code outside Strings/
/// reads these entries and never writes an inline pair (StringCatalogueTests).
/// The bodies of the official documents (Nghị định 30/2020) are Vietnamese only and stay
/// as templates in DocumentBuilder.
enum PapersText {}
