import Procedure
import Terminal

/// §7.3: the chair's side-by-side view of the members' own evaluation forms: one row per
/// answer (the outcome, damage, each finding, abuse), one column per member, then the
/// majority; a member's answer that differs from the majority is marked "≠". Plain
/// values and text lines, so the view renders to text in tests.
struct EvaluationComparison: Sendable, Equatable {
    struct Row: Sendable, Equatable {
        var label: Localized
        /// One answer per member (nil: not given), in the order of `members`.
        var answers: [Localized?]
        /// The majority's answer (nil: a tie, or nobody filed).
        var majority: Localized?
        /// For each member: whether their answer differs from the majority.
        var differs: [Bool]
    }

    /// The logins of the members who filed, in the collective's order.
    var members: [String]
    /// The members who evaluate and have not filed.
    var missing: [String]
    var rows: [Row]

    init(_ p: Proposal, in org: Organization) {
        let filed = p.eligibleMemberEvaluations(in: org)
        let majority = p.memberMajority(in: org)
        members = filed.map(\.member)
        missing = p.evaluatingMembers(in: org).filter { login in !filed.contains { $0.member == login } }
        func row<T: Equatable>(_ label: Localized, _ value: (Evaluation) -> T?, _ expected: T?, _ text: (T) -> Localized) -> Row {
            let values = filed.map { value($0.form) }
            return Row(label: label, answers: values.map { $0.map(text) }, majority: expected.map(text),
                       differs: values.map { given in expected != nil && given != nil && given != expected })
        }
        let yesNo: (Bool) -> Localized = { $0 ? FormText.yes : FormText.no }
        rows = [row(DeskText.evaluationOutcome, { $0.outcome }, majority.outcome, \.label),
                row(DeskText.evaluationDamage, { $0.damage }, majority.damage, yesNo)]
        for kind in FindingKind.allCases {
            rows.append(row(kind.label, { form in form.findings.first { $0.kind == kind }?.holds }, majority.finding(kind), yesNo))
        }
        rows.append(row(DeskText.evaluationAbuse, { $0.abuseFound }, majority.abuseFound, yesNo))
    }

    static let labelWidth = 26
    static let columnWidth = 12

    /// The table as lines of text in `language`: a header, then one line per row.
    func lines(_ language: Language) -> [String] {
        func cell(_ text: String, _ width: Int) -> String {
            DisplayWidth.pad(DisplayWidth.truncate(text, to: width), to: width)
        }
        let header = cell(DeskText.comparisonFinding[language], Self.labelWidth) + " "
            + members.map { cell($0, Self.columnWidth) }.joined(separator: " ") + " " + DeskText.comparisonMajority[language]
        var lines = [DeskText.comparisonTitle(filed: members.count, missing: missing)[language], header]
        for row in rows {
            let answers = zip(row.answers, row.differs).map { answer, differs in
                cell((differs ? "≠ " : "") + (answer?[language] ?? "—"), Self.columnWidth)
            }
            lines.append(cell(row.label[language], Self.labelWidth) + " " + answers.joined(separator: " ") + " "
                         + (row.majority?[language] ?? DeskText.comparisonTie[language]))
        }
        return lines
    }

    /// The table as read-only lines on top of the chair's form.
    func noteFields() -> [FormField] {
        let vi = lines(.vi)
        let en = lines(.en)
        return zip(vi, en).enumerated().map { index, pair in
            .note("comparison.\(index)", Localized(vi: pair.0, en: pair.1))
        }
    }
}
