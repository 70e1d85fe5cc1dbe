import Ledger
import Procedure

/// Proposals collected on paper, typed into a spreadsheet and saved as CSV (UTF-8, with or
/// without a byte-order mark, LF or CRLF): one row per proposal, the first row naming the
/// columns. The separator is sniffed from that first row: `,`, `;` (Excel under Vietnamese
/// regional settings) or tab. Amounts are read by `MoneyAmount`, dates by `DayText`
/// (docs/IMPORT.md).
///
/// Columns (by id; order free; `proposer` and the dossier's contents):
/// `proposer, title, field, legal_basis, necessity, bottleneck, content, scope,
/// implementers, start_date, end_date, people, funding_vnd, equipment, feasibility,
/// positive_impact, negative_impact, expected_effect, targets, self_check`.
/// `targets` is "description | measure", several separated by ";". `self_check` is
/// "c1_bottleneck=met; c2_common_good=met: comment; …" (as `--check` takes it).
public enum PaperImportCSV {
    public static let columns = ["proposer", "title", "field", "legal_basis", "necessity", "bottleneck", "content", "scope",
                                 "implementers", "start_date", "end_date", "people", "funding_vnd", "equipment", "feasibility",
                                 "positive_impact", "negative_impact", "expected_effect", "targets", "self_check"]

    /// A file read: its rows, every row that cannot be read (each with its line), and the
    /// separator it was read with.
    public struct Parsed: Sendable {
        public var rows: [PaperProposal]
        public var problems: [PaperImportProblem]
        /// The separator sniffed from the header line (`CSV.separator(of:)`).
        public var separator: Character
    }

    /// How the output names a separator: "dấu chấm phẩy (;)".
    public static func separatorName(_ separator: Character) -> Localized {
        PapersText.separatorName(separator)
    }

    /// The rows, or every row that cannot be read, each with its line.
    public static func parse(_ text: String) -> (rows: [PaperProposal], problems: [PaperImportProblem]) {
        let parsed = read(text)
        return (parsed.rows, parsed.problems)
    }

    /// The file, its separator sniffed from the header line. With `checklistItems` (the
    /// receiving ward's checklist), a self-check item outside it is refused with its line.
    public static func read(_ text: String, checklistItems: [String]? = nil) -> Parsed {
        guard let separator = CSV.separator(of: text) else {
            return Parsed(rows: [], problems: [PaperImportProblem(line: 1, reason: PapersText.separatorAmbiguous)], separator: ",")
        }
        let (rows, problems) = parse(text, separator: separator, checklistItems: checklistItems)
        return Parsed(rows: rows, problems: problems, separator: separator)
    }

    static func parse(_ text: String, separator: Character, checklistItems: [String]?) -> (rows: [PaperProposal], problems: [PaperImportProblem]) {
        let records: [(line: Int, fields: [String])]
        do {
            records = try CSV.records(text, separator: separator)
        } catch let error as CSVError {
            return ([], [PaperImportProblem(line: error.line, reason: error.reason)])
        } catch {
            return ([], [PaperImportProblem(line: 1, reason: PapersText.unreadableCsvFile)])
        }
        guard let header = records.first else {
            return ([], [PaperImportProblem(line: 1, reason: PapersText.emptyFile)])
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        if let unknown = names.first(where: { !columns.contains($0) }) {
            return ([], [PaperImportProblem(line: header.line, reason: PapersText.unknownColumnColumns(unknown, columns.joined(separator: ", ")))])
        }
        // A column named twice would let the last one silently win over the first.
        for (index, name) in names.enumerated() {
            if let first = names[..<index].firstIndex(of: name) {
                return ([], [PaperImportProblem(line: header.line, reason: PapersText.columnAppearsTwiceHeaderColumns(name, first + 1, index + 1))])
            }
        }
        guard names.contains("proposer") && names.contains("title") else {
            return ([], [PaperImportProblem(line: header.line, reason: PapersText.proposerTitleColumnMissing)])
        }
        var rows: [PaperProposal] = []
        var problems: [PaperImportProblem] = []
        for record in records.dropFirst() {
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if record.fields.count != names.count {
                problems.append(PaperImportProblem(line: record.line, reason: PapersText.columnsHeader(record.fields.count, names.count)))
                continue
            }
            var cell: [String: String] = [:]
            for (name, value) in zip(names, record.fields) { cell[name] = value }
            switch row(cell, line: record.line, checklistItems: checklistItems) {
            case .success(let row): rows.append(row)
            case .failure(let problem): problems.append(problem)
            }
        }
        if rows.isEmpty && problems.isEmpty {
            problems.append(PaperImportProblem(line: header.line, reason: PapersText.noProposalRows))
        }
        return (rows, problems)
    }

    static func row(_ cell: [String: String], line: Int, checklistItems: [String]? = nil) -> Result<PaperProposal, PaperImportProblem> {
        func fail(_ reason: Localized) -> Result<PaperProposal, PaperImportProblem> {
            .failure(PaperImportProblem(line: line, reason: reason))
        }
        func text(_ key: String) -> String { (cell[key] ?? "").trimmingCharacters(in: .whitespaces) }
        var d = Dossier(title: text("title"))
        let proposer = text("proposer")
        if proposer.isEmpty { return fail(PapersText.proposerMissingColumnProposer) }
        if !text("field").isEmpty {
            guard let field = ProposalField(rawValue: text("field")) else {
                return fail(PapersText.fieldMustOne(ProposalField.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            d.field = field
        }
        if !text("legal_basis").isEmpty {
            guard let basis = LegalBasis(rawValue: text("legal_basis")) else {
                return fail(PapersText.legalBasisMustDecreeSt)
            }
            d.legalBasis = basis
        }
        d.necessity = text("necessity")
        d.bottleneck = text("bottleneck")
        d.content = text("content")
        d.scope = text("scope")
        d.implementers = text("implementers")
        for (key, set) in [("start_date", { (day: Day) in d.startDate = day }), ("end_date", { (day: Day) in d.endDate = day })] {
            let value = text(key)
            if value.isEmpty { continue }
            switch DayText.read(value) {
            case .success(let day): set(day)
            case .failure(let problem): return fail(PapersText.labelled(key, DayText.problem(value, problem)))
            }
        }
        d.resources.people = text("people")
        d.resources.equipment = text("equipment")
        if !text("funding_vnd").isEmpty {
            switch MoneyAmount.read(text("funding_vnd")) {
            case .success(let amount): d.resources.fundingVND = amount
            case .failure(let problem): return fail(PapersText.labelled("funding_vnd", MoneyAmount.problem(text("funding_vnd"), problem)))
            }
        }
        d.feasibility = text("feasibility")
        d.positiveImpact = text("positive_impact")
        d.negativeImpact = text("negative_impact")
        d.expectedEffect = text("expected_effect")
        for entry in text("targets").split(separator: ";") where !entry.trimmingCharacters(in: .whitespaces).isEmpty {
            let parts = entry.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else {
                return fail(PapersText.targetsEachTargetDescriptionMeasure(entry))
            }
            d.targets.append(Target(description: parts[0], measure: parts[1]))
        }
        for entry in text("self_check").split(separator: ";") where !entry.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let answer = ChecklistAnswer(parsing: String(entry)) else {
                return fail(PapersText.selfCheckEachItemId(entry))
            }
            if let checklistItems, !checklistItems.contains(answer.itemID) {
                return fail(PapersText.selfCheckUnknownItem(answer.itemID, checklistItems.joined(separator: ", ")))
            }
            if d.selfCheck.contains(where: { $0.itemID == answer.itemID }) {
                return fail(PapersText.selfCheckItemTwice(answer.itemID))
            }
            d.selfCheck.append(answer)
        }
        return .success(PaperProposal(line: line, proposer: proposer, dossier: d))
    }
}
