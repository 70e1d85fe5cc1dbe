import GRDB

extension Schema {
    /// v7-period-counts (issue 16): the dashboard's first figures for a period of any
    /// length read a number of rows that does not grow with the proposals.
    ///
    /// `period_count` counts the rows of `proposal_fact` (the proposals written in a month,
    /// by state, proposing unit and field) per month of creation in Vietnam: a period is
    /// whole months (`Period`), so a year is at most twelve months of (state, unit, field)
    /// rows, whatever the number of proposals. Triggers on `proposal_fact` keep it in the
    /// same statement and transaction as the facts (themselves kept by triggers on
    /// `proposal`), so every write path keeps it; `Ledger.countDisagreements` recounts it
    /// from the facts (keys `period:…`) in `verify`.
    @Sendable static func periodCounts(_ db: Database) throws {
        let month = { (row: String) in PeriodCounts.month(ofJulianDay: "\(row).created_day") }
        let matches = { (row: String) in
            "month = \(month(row)) AND state = \(row).state AND unit_id = \(row).unit_id AND field = \(row).field"
        }
        try db.execute(sql: """
            CREATE TABLE period_count (
                month INTEGER NOT NULL,
                state TEXT NOT NULL,
                unit_id TEXT NOT NULL,
                field TEXT NOT NULL,
                n INTEGER NOT NULL,
                PRIMARY KEY (month, state, unit_id, field)
            ) STRICT, WITHOUT ROWID;

            INSERT INTO period_count (month, state, unit_id, field, n)
            SELECT \(month("f")), f.state, f.unit_id, f.field, COUNT(*) FROM proposal_fact f GROUP BY 1, 2, 3, 4;

            CREATE TRIGGER period_count_insert AFTER INSERT ON proposal_fact
            BEGIN
                INSERT INTO period_count (month, state, unit_id, field, n)
                VALUES (\(month("NEW")), NEW.state, NEW.unit_id, NEW.field, 1)
                ON CONFLICT (month, state, unit_id, field) DO UPDATE SET n = n + 1;
            END;

            CREATE TRIGGER period_count_delete AFTER DELETE ON proposal_fact
            BEGIN
                UPDATE period_count SET n = n - 1 WHERE \(matches("OLD"));
                DELETE FROM period_count WHERE \(matches("OLD")) AND n <= 0;
            END;

            CREATE TRIGGER period_count_update AFTER UPDATE OF created_day, state, unit_id, field ON proposal_fact
            BEGIN
                UPDATE period_count SET n = n - 1 WHERE \(matches("OLD"));
                DELETE FROM period_count WHERE \(matches("OLD")) AND n <= 0;
                INSERT INTO period_count (month, state, unit_id, field, n)
                VALUES (\(month("NEW")), NEW.state, NEW.unit_id, NEW.field, 1)
                ON CONFLICT (month, state, unit_id, field) DO UPDATE SET n = n + 1;
            END;
            """)
    }
}

/// How `period_count` names a month, in one place for the migration, the reads and the
/// recount in `verify`.
enum PeriodCounts {
    /// The month (`YYYYMM` as an integer) of a day given as a Julian day number (a whole
    /// number is noon of its day, so `strftime` reads the right date).
    static func month(ofJulianDay expression: String) -> String {
        "CAST(strftime('%Y%m', \(expression)) AS INTEGER)"
    }

    /// The key of a month, as the SQL above computes it.
    static func key(year: Int, month: Int) -> Int { year * 100 + month }
}
