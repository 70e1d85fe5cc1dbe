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
    /// so a period is one range of the primary key. `Ledger.factDisagreements` recomputes it.
    @Sendable static func statistics(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE proposal_fact (
                created_day INTEGER NOT NULL,
                seq INTEGER NOT NULL,
                \(StatisticsFacts.columns.map { "\($0.name) \($0.type)" }.joined(separator: ",\n    "))
                , PRIMARY KEY (created_day, seq)
            ) STRICT, WITHOUT ROWID;

            INSERT INTO proposal_fact \(StatisticsFacts.select(from: "proposal p", row: "p"));

            CREATE TRIGGER proposal_fact_insert AFTER INSERT ON proposal
            BEGIN
                INSERT INTO proposal_fact \(StatisticsFacts.select(from: nil, row: "NEW"));
            END;

            CREATE TRIGGER proposal_fact_update AFTER UPDATE OF
                id, state, awaiting_receipt, field, proposer, unit_id, reviewing_unit_id, created_at, updated_at, body
            ON proposal
            BEGIN
                DELETE FROM proposal_fact WHERE created_day = \(StatisticsFacts.day(ofMilliseconds: "OLD.created_at")) AND seq = OLD.seq;
                INSERT INTO proposal_fact \(StatisticsFacts.select(from: nil, row: "NEW"));
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
/// The body is parsed once per row: one `json_extract` with every path gives a small JSON
/// array `a`, from which a second level takes the arrays' digests and the scalars `s`;
/// `DISTINCT` keeps SQLite from flattening the levels (which would parse again for each
/// column). Measured with sqlite3 3.40 on 10,000 demo rows: 43–53 µs a row, against
/// 68–99 µs with one `json_extract` of the body per column.
///
/// A body that is not JSON (a damaged row, which `verify` reports) gives a row of
/// empty facts instead of failing the write.
///
/// The migration's text is built from these when it runs; once shipped they are changed
/// only together with a new migration that rebuilds the table and its triggers.
enum StatisticsFacts {
    struct Column {
        var name: String
        var type: String
        /// The value, as SQL over the digested row `S` (see `source`).
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

    /// The paths read from the body, in the order of the array `a`.
    static let paths = [
        "$.receipts[#-1].day", "$.returns[#-1].day", "$.decision.day", "$.decision.kind", "$.outOfScope.day",   // 0–4
        "$.resources", "$.dossier.endDate", "$.directives", "$.report.day", "$.evaluation.day",                 // 5–9
        "$.evaluation.outcome", "$.evaluation.damage", "$.evaluation.abuseFound", "$.evaluation.findings",       // 10–13
        "$.conclusion.day", "$.measures", "$.partyOpinions", "$.ballots",                                        // 14–17
        "$.resources.day", "$.closedOn", "$.forwarding.letterDay",                                               // 18–20 (v5)
    ]

    /// The scalars of `a` kept in `s`, in order.
    static let scalars = [0, 1, 2, 3, 4, 6, 8, 9, 10, 11, 12, 14, 18, 19, 20]

    /// The proposal's own columns carried through both levels.
    static let carried = ["seq", "id", "state", "awaiting_receipt", "field", "unit_id", "reviewing_unit_id", "proposer",
                          "created_at", "updated_at"]

    /// The value of path `index` of the body, from the scalars `s`.
    static func scalar(_ index: Int) -> String {
        "json_extract(S.s, '$[\(scalars.firstIndex(of: index) ?? -1)]')"
    }

    /// Every column after `created_day` and `seq`, in table order.
    static let columns: [Column] = [
        Column(name: "id", type: "TEXT NOT NULL", expression: "S.id"),
        Column(name: "state", type: "TEXT NOT NULL", expression: "S.state"),
        Column(name: "awaiting_receipt", type: "INTEGER NOT NULL", expression: "S.awaiting_receipt"),
        Column(name: "field", type: "TEXT NOT NULL", expression: "S.field"),
        Column(name: "unit_id", type: "TEXT NOT NULL", expression: "S.unit_id"),
        Column(name: "reviewing_unit_id", type: "TEXT NOT NULL", expression: "S.reviewing_unit_id"),
        Column(name: "proposer", type: "TEXT NOT NULL", expression: "S.proposer"),
        Column(name: "last_change", type: "INTEGER NOT NULL", expression: day(ofMilliseconds: "S.updated_at")),
        Column(name: "receipt", type: "INTEGER", expression: day(ofISO: scalar(0))),
        Column(name: "last_return", type: "INTEGER", expression: day(ofISO: scalar(1))),
        Column(name: "decision", type: "INTEGER", expression: day(ofISO: scalar(2))),
        Column(name: "decision_kind", type: "TEXT", expression: scalar(3)),
        Column(name: "out_of_scope", type: "INTEGER", expression: day(ofISO: scalar(4))),
        Column(name: "resourced", type: "INTEGER NOT NULL", expression: "S.resourced"),
        Column(name: "planned_end", type: "INTEGER", expression: day(ofISO: scalar(6))),
        Column(name: "terminated", type: "INTEGER", expression: day(ofISO: "S.terminated")),
        Column(name: "suspension_reason", type: "TEXT", expression: "S.suspension_reason"),
        Column(name: "report", type: "INTEGER", expression: day(ofISO: scalar(8))),
        Column(name: "evaluation", type: "INTEGER", expression: day(ofISO: scalar(9))),
        Column(name: "outcome", type: "TEXT", expression: scalar(10)),
        Column(name: "damage", type: "INTEGER NOT NULL", expression: "IFNULL(\(scalar(11)) = 1, 0)"),
        Column(name: "abuse", type: "INTEGER NOT NULL", expression: "IFNULL(\(scalar(12)) = 1, 0)"),
        Column(name: "findings", type: "TEXT", expression: "S.findings"),
        Column(name: "conclusion", type: "INTEGER", expression: day(ofISO: scalar(14))),
        Column(name: "measures", type: "TEXT", expression: "S.measures"),
        Column(name: "opinion_before_approval", type: "INTEGER NOT NULL", expression: "S.opinion_before_approval"),
        Column(name: "opinion_before_evaluation", type: "INTEGER NOT NULL", expression: "S.opinion_before_evaluation"),
        Column(name: "ballots", type: "INTEGER NOT NULL", expression: "S.ballots"),
        // v5-step-clocks (PROCEDURE.md §7.7): the days that stop the new clocks.
        Column(name: "opinion_before_approval_day", type: "INTEGER", expression: day(ofISO: "S.opinion_before_approval_day")),
        Column(name: "resourced_day", type: "INTEGER", expression: day(ofISO: scalar(18))),
        Column(name: "closed", type: "INTEGER", expression: day(ofISO: scalar(19))),
        // §7.6: the forwarding letter's day.
        Column(name: "forwarded", type: "INTEGER", expression: day(ofISO: scalar(20))),
    ]

    /// The digested rows `S`, one per proposal row named `row` (`NEW` in a trigger, with
    /// no `from`; `p` over `proposal p`). `body` is the SQL of its body as JSON text: the
    /// column itself before v8-body-packing (the migrations that ran before it), the
    /// `proposal_body` view since (`Schema.bodyOf`).
    static func source(from table: String?, row: String, body: String? = nil) -> String {
        let body = body ?? "\(row).body"
        let carriedFromRow = carried.map { "\(row).\($0) AS \($0)" }.joined(separator: ", ")
        let carriedFromA = carried.map { "A.\($0) AS \($0)" }.joined(separator: ", ")
        let quotedPaths = paths.map { "'\($0)'" }.joined(separator: ", ")
        let scalarPaths = scalars.map { "'$[\($0)]'" }.joined(separator: ", ")
        return """
            (SELECT DISTINCT \(carriedFromA),
                json_extract(A.a, \(scalarPaths)) AS s,
                (IFNULL(json_type(A.a, '$[5]'), 'null') <> 'null') AS resourced,
                (SELECT json_extract(value, '$.day') FROM json_each(A.a, '$[7]')
                 WHERE json_extract(value, '$.kind') = 'terminate' ORDER BY key DESC LIMIT 1) AS terminated,
                CASE WHEN A.state = 'suspended' THEN
                    (SELECT json_extract(value, '$.reason') FROM json_each(A.a, '$[7]')
                     WHERE json_extract(value, '$.kind') = 'suspend' ORDER BY key DESC LIMIT 1) END AS suspension_reason,
                (SELECT group_concat(json_extract(value, '$.kind') || '=' || json_extract(value, '$.holds'), ',')
                 FROM json_each(A.a, '$[13]')) AS findings,
                (SELECT group_concat(json_extract(value, '$.kind'), ',') FROM json_each(A.a, '$[15]')) AS measures,
                EXISTS (SELECT 1 FROM json_each(A.a, '$[16]')
                        WHERE json_extract(value, '$.stage') = 'before_approval') AS opinion_before_approval,
                EXISTS (SELECT 1 FROM json_each(A.a, '$[16]')
                        WHERE json_extract(value, '$.stage') = 'before_evaluation') AS opinion_before_evaluation,
                (SELECT json_extract(value, '$.day') FROM json_each(A.a, '$[16]')
                 WHERE json_extract(value, '$.stage') = 'before_approval' ORDER BY key DESC LIMIT 1) AS opinion_before_approval_day,
                IFNULL(json_array_length(A.a, '$[17]'), 0) AS ballots
             FROM (SELECT DISTINCT \(carriedFromRow),
                          CASE WHEN json_valid(\(body)) THEN json_extract(\(body), \(quotedPaths)) END AS a
                   \(table.map { "FROM " + $0 } ?? "")) AS A) AS S
            """
    }

    /// `SELECT <every column of proposal_fact> FROM <the digested rows>`.
    static func select(from table: String?, row: String, body: String? = nil) -> String {
        "SELECT \(expressionList.joined(separator: ", ")) FROM \(source(from: table, row: row, body: body))"
    }

    /// The names of every column of `proposal_fact`, in table order.
    static var names: [String] { ["created_day", "seq"] + columns.map(\.name) }

    /// The value of each column of `proposal_fact` (in table order) over the digested row `S`.
    static var expressionList: [String] {
        [day(ofMilliseconds: "S.created_at"), "S.seq"] + columns.map(\.expression)
    }
}
