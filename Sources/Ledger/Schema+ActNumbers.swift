import GRDB
import Procedure

extension Schema {
    /// v6-act-numbers (issue 15): the register of acts. One row per act event (`decided`,
    /// `concluded`, `measure_recorded`) with the one number the act carries in its event,
    /// the register it belongs to (the issuing body's code, the symbol, the year of the act's
    /// day) and its number in that register; written in the same
    /// transaction as the event and rebuilt from the events by `verify`
    /// (``Ledger/verifyActNumbers(_:into:)``). An old file's acts are entered from their
    /// events here, keeping the numbers typed then (an unreadable or empty one has
    /// `symbol` and `number` NULL): the file stays valid.
    @Sendable static func actNumbers(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE act_number (
                event_seq INTEGER PRIMARY KEY NOT NULL,
                proposal_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                code TEXT NOT NULL,
                symbol TEXT,
                year INTEGER NOT NULL,
                number INTEGER,
                reference TEXT NOT NULL,
                day TEXT NOT NULL
            ) STRICT;
            CREATE INDEX act_number_series ON act_number(code, symbol, year, number);
            """)
        for row in try Ledger.actRows(db) {
            try Ledger.insertActRow(row, db: db)
        }
    }
}
