import Foundation
import GRDB
import Procedure

/// Finding a proposal by what an officer typed: its id or a short form ("58",
/// "2026-58"), in a database whose ids are "2026-000058" or, written before the format
/// was one, "2026-058".
extension Ledger {
    /// The stored id that `text` names, or nil. An exact id first; then the spellings of
    /// the number in its year, or (no year typed) in this year and then each earlier
    /// year, newest first. Each try is a lookup of the unique id index.
    public func resolveID(_ text: String, today: Day = Day.inVietnam(Date())) throws -> String? {
        try read { db in try Self.resolveID(text, today: today, db: db) }
    }

    static func resolveID(_ text: String, today: Day, db: Database) throws -> String? {
        if try String.fetchOne(db, sql: "SELECT id FROM proposal WHERE id = ?", arguments: [text]) != nil { return text }
        guard let typed = ProposalID(parsing: text) else { return nil }
        var years = [typed.year ?? today.year]
        if typed.year == nil, let oldest = try Int.fetchOne(db, sql: "SELECT CAST(substr(MIN(id), 1, 4) AS INTEGER) FROM proposal"),
           oldest < today.year {
            years += (oldest..<today.year).reversed()
        }
        for year in years {
            let spellings = typed.candidates(year: year)
            let found = try String.fetchAll(db, sql: "SELECT id FROM proposal WHERE id IN (SELECT value FROM json_each(?))",
                                            arguments: [Self.jsonArray(spellings)])
            // Two spellings of one number (a damaged file): the made format wins.
            if let id = spellings.first(where: found.contains) { return id }
        }
        return nil
    }
}
