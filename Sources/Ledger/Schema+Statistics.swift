import Foundation
import GRDB

extension Schema {
    /// v3-statistics: the facts the dashboard and the consolidated report count, one small
    /// row per proposal, so that a period reads only its own rows of small integer columns
    /// instead of every body of its year.
    ///
    /// `proposal_fact` is a projection of `proposal` (and so of the events): the triggers
    /// below recompute a row from the proposal's columns and body JSON whenever the row is
    /// written, in the same statement and transaction, so no write path (the workflow,
    /// the demo import, CSV/TOML imports) can forget it. Days are Julian day numbers
    /// (`Day.julianDayNumber`); the table is clustered on the day of creation in Vietnam,
    /// so a period is one range of the primary key. `Ledger.verifyFacts` recomputes it.
    @Sendable static func statistics(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE proposal_fact (
                created_day INTEGER NOT NULL,
                seq INTEGER NOT NULL,
                \(StatisticsFacts.columns.map { "\($0.name) \($0.type)" }.joined(separator: ",\n    "))
                , PRIMARY KEY (created_day, seq)
            ) STRICT, WITHOUT ROWID;

            INSERT INTO proposal_fact SELECT \(StatisticsFacts.expressions(of: "p")) FROM proposal p;

            CREATE TRIGGER proposal_fact_insert AFTER INSERT ON proposal
            BEGIN
                INSERT INTO proposal_fact SELECT \(StatisticsFacts.expressions(of: "NEW"));
            END;

            CREATE TRIGGER proposal_fact_update AFTER UPDATE OF
                id, state, awaiting_receipt, field, proposer, unit_id, reviewing_unit_id, created_at, updated_at, body
            ON proposal
            BEGIN
                DELETE FROM proposal_fact WHERE created_day = \(StatisticsFacts.day(ofMilliseconds: "OLD.created_at")) AND seq = OLD.seq;
                INSERT INTO proposal_fact SELECT \(StatisticsFacts.expressions(of: "NEW"));
            END;

            CREATE TRIGGER proposal_fact_delete AFTER DELETE ON proposal
            BEGIN
                DELETE FROM proposal_fact WHERE created_day = \(StatisticsFacts.day(ofMilliseconds: "OLD.created_at")) AND seq = OLD.seq;
            END;
            """)
    }
}

/// The columns of `proposal_fact` and how each is computed from a `proposal` row, in one
/// place for the migration's backfill, its triggers and `verify`.
///
/// The migration's text is built from these when it runs; once shipped they are changed
/// only together with a new migration that rebuilds the table and its triggers.
enum StatisticsFacts {
    struct Column {
        var name: String
        var type: String
        /// The value, as SQL over the proposal row named `@`.
        var expression: String
    }

    /// The day in Vietnam (UTC+7) of a time in milliseconds, as a Julian day number:
    /// `Day.inVietnam(_:).julianDayNumber`.
    static func day(ofMilliseconds column: String) -> String {
        "((\(column) / 1000 + 25200) / 86400 + 2440588)"
    }

    /// The Julian day number of an ISO day (`YYYY-MM-DD`), NULL when there is none.
    static func day(ofISO expression: String) -> String {
        "CAST(julianday(\(expression)) + 0.5 AS INTEGER)"
    }

    /// Every column after `created_day` and `seq`, in table order.
    static let columns: [Column] = [
        Column(name: "id", type: "TEXT NOT NULL", expression: "@.id"),
        Column(name: "state", type: "TEXT NOT NULL", expression: "@.state"),
        Column(name: "awaiting_receipt", type: "INTEGER NOT NULL", expression: "@.awaiting_receipt"),
        Column(name: "field", type: "TEXT NOT NULL", expression: "@.field"),
        Column(name: "unit_id", type: "TEXT NOT NULL", expression: "@.unit_id"),
        Column(name: "reviewing_unit_id", type: "TEXT NOT NULL", expression: "@.reviewing_unit_id"),
        Column(name: "proposer", type: "TEXT NOT NULL", expression: "@.proposer"),
        Column(name: "last_change", type: "INTEGER NOT NULL", expression: day(ofMilliseconds: "@.updated_at")),
        Column(name: "receipt", type: "INTEGER", expression: day(ofISO: "json_extract(@.body, '$.receipts[#-1].day')")),
        Column(name: "last_return", type: "INTEGER", expression: day(ofISO: "json_extract(@.body, '$.returns[#-1].day')")),
        Column(name: "decision", type: "INTEGER", expression: day(ofISO: "json_extract(@.body, '$.decision.day')")),
        Column(name: "decision_kind", type: "TEXT", expression: "json_extract(@.body, '$.decision.kind')"),
        Column(name: "out_of_scope", type: "INTEGER", expression: day(ofISO: "json_extract(@.body, '$.outOfScope.day')")),
        Column(name: "resourced", type: "INTEGER NOT NULL",
               expression: "(IFNULL(json_type(@.body, '$.resources'), 'null') <> 'null')"),
        Column(name: "planned_end", type: "INTEGER", expression: day(ofISO: "json_extract(@.body, '$.dossier.endDate')")),
        Column(name: "terminated", type: "INTEGER", expression: day(ofISO: """
            (SELECT json_extract(value, '$.day') FROM json_each(@.body, '$.directives')
             WHERE json_extract(value, '$.kind') = 'terminate' ORDER BY key DESC LIMIT 1)
            """)),
        Column(name: "suspension_reason", type: "TEXT", expression: """
            CASE WHEN @.state = 'suspended' THEN
                (SELECT json_extract(value, '$.reason') FROM json_each(@.body, '$.directives')
                 WHERE json_extract(value, '$.kind') = 'suspend' ORDER BY key DESC LIMIT 1) END
            """),
        Column(name: "report", type: "INTEGER", expression: day(ofISO: "json_extract(@.body, '$.report.day')")),
        Column(name: "evaluation", type: "INTEGER", expression: day(ofISO: "json_extract(@.body, '$.evaluation.day')")),
        Column(name: "outcome", type: "TEXT", expression: "json_extract(@.body, '$.evaluation.outcome')"),
        Column(name: "damage", type: "INTEGER NOT NULL", expression: "IFNULL(json_extract(@.body, '$.evaluation.damage') = 1, 0)"),
        Column(name: "abuse", type: "INTEGER NOT NULL", expression: "IFNULL(json_extract(@.body, '$.evaluation.abuseFound') = 1, 0)"),
        Column(name: "findings", type: "TEXT", expression: """
            (SELECT group_concat(json_extract(value, '$.kind') || '=' || json_extract(value, '$.holds'), ',')
             FROM json_each(@.body, '$.evaluation.findings'))
            """),
        Column(name: "conclusion", type: "INTEGER", expression: day(ofISO: "json_extract(@.body, '$.conclusion.day')")),
        Column(name: "measures", type: "TEXT", expression: """
            (SELECT group_concat(json_extract(value, '$.kind'), ',') FROM json_each(@.body, '$.measures'))
            """),
        Column(name: "opinion_before_approval", type: "INTEGER NOT NULL", expression: """
            EXISTS (SELECT 1 FROM json_each(@.body, '$.partyOpinions') WHERE json_extract(value, '$.stage') = 'before_approval')
            """),
        Column(name: "opinion_before_evaluation", type: "INTEGER NOT NULL", expression: """
            EXISTS (SELECT 1 FROM json_each(@.body, '$.partyOpinions') WHERE json_extract(value, '$.stage') = 'before_evaluation')
            """),
        Column(name: "ballots", type: "INTEGER NOT NULL", expression: "IFNULL(json_array_length(@.body, '$.ballots'), 0)"),
    ]

    /// `created_day, seq, …`: the values of a whole `proposal_fact` row from the proposal
    /// row named `alias`, in table order.
    static func expressions(of alias: String) -> String {
        expressionList(of: alias).joined(separator: ", ")
    }

    /// The names of every column of `proposal_fact`, in table order.
    static var names: [String] { ["created_day", "seq"] + columns.map(\.name) }

    /// The value of each column of `proposal_fact` (in table order) from the proposal row
    /// named `alias`.
    static func expressionList(of alias: String) -> [String] {
        ([day(ofMilliseconds: "@.created_at"), "@.seq"] + columns.map(\.expression))
            .map { $0.replacingOccurrences(of: "@.", with: alias + ".") }
    }
}
