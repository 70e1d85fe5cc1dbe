import GRDB
import Procedure

extension Schema {
    /// Issue 14: the working calendar now uses the breaks the government announced
    /// (2020 to the latest announced year, `AnnouncedHolidays`) instead of the computed
    /// defaults. A database made before kept each open proposal's `next_due` as the
    /// computed calendar gave it; verify checks that column against the calendar
    /// (`Ledger.dueAgrees`), so without this every proposal whose deadline crosses a
    /// changed day (a Tết break, a moved day, a make-up Saturday) would be named as
    /// tampered. The events are untouched: only the derived column is recomputed,
    /// exactly as a calendar adjustment does (`refreshDueDates`).
    @Sendable static func announcedHolidays(_ db: Database) throws {
        try Ledger.recomputeDueDates(db)
    }
}

extension Ledger {
    /// Every open proposal's next due day under the calendar and settings in the
    /// database: after a calendar or settings change, or a change of the calendar's data.
    static func recomputeDueDates(_ db: Database) throws {
        let settings = try loadSettings(db)
        let calendar = try loadCalendar(db)
        // The migrations before v8-body-packing run this over the body column; later, the body
        // is read through the view.
        let body = try db.columns(in: "proposal").contains { $0.name == "body" } ? "p.body" : Schema.bodyOf("p")
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.id, \(body) AS body FROM proposal p
            WHERE p.next_due IS NOT NULL OR p.state NOT IN ('closed','withdrawn','rejected','out_of_scope')
            """)
        for row in rows {
            let p = try Codec.decode(Proposal.self, row["body"])
            let due = p.nextDue(calendar: calendar, settings: settings)
            try db.execute(sql: "UPDATE proposal SET next_due = ?, next_step = ? WHERE id = ?",
                           arguments: [due?.due.iso, due?.step.rawValue, p.id])
        }
    }
}
